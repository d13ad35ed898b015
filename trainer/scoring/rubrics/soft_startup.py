"""Soft start-up (Gottman): a complaint without blame, opened gently, ending in a positive need."""

from __future__ import annotations

from trainer.scoring import checks
from trainer.scoring.assessment import Assessment
from trainer.scoring.doc import Match
from trainer.scoring.rubrics import i_statement

_RHETORICAL_FOLLOWERS = frozenset(
    {"do", "dont", "cant", "are", "arent", "is", "isnt", "am", "didnt", "would", "wont", "must",
     "does", "doesnt", "have", "havent", "should", "even", "bother", "on"}
)


def assess(a: Assessment) -> None:
    doc = a.doc
    i_statement.statement_flags(a)
    checks.common_flags(a)
    _harsh_start(a)
    a.flag_all("kitchen_sink", "cues.kitchen_sink")
    for match in checks.negative_asks(doc):
        if match.phrase[0] in {"stop", "dont", "quit", "no"}:
            a.flag_match("negative_ask", match)
    for match in doc.find("requests.demands"):
        # "... You need to help more." later on is as hard as at the start
        if match.phrase[0] in checks.SECOND_PERSON and doc.clause_start(match.first):
            a.flag_match("demand", match)
    if not checks.times(doc) and not doc.find("requests.concrete_markers"):
        for match in checks.vague_asks(doc):  # "help more" with nothing anyone could check
            a.flag_match("vague_ask", match)
    _gentle_opener(a)
    i_statement.credit_feeling(a)
    i_statement.credit_situation(a)
    i_statement.credit_need(a, "positive_need", positive_only=True)


_OPEN_QUESTION = frozenset({"feel", "sound", "sounds", "about"})


def flag_rhetorical_why(a: Assessment, *, suggestions_ok: bool = False) -> None:
    """'Why am I the only one who ...?' accuses; with ``suggestions_ok``, 'why don't we ...?'
    is a suggestion and passes."""
    doc = a.doc
    for sentence in doc.sentences:
        norms = doc.norms[sentence.first : sentence.stop]
        if len(norms) >= 2 and norms[0] in {"why", "how"} and norms[1] in _RHETORICAL_FOLLOWERS | {
            "come", "many"
        }:
            if suggestions_ok and norms[1] in {"dont", "not"} and norms[2:3] in (["we"], ["us"]):
                continue
            if norms[0] == "how" and _OPEN_QUESTION & set(norms):
                continue  # "How would you feel about Boxing Day?" really asks
            stop = min(sentence.stop, sentence.first + 6)
            a.flag("rhetorical_why", doc.quote(sentence.first, stop))


def _harsh_start(a: Assessment) -> None:
    doc = a.doc
    flag_rhetorical_why(a)
    if doc.sentences:
        first = doc.sentences[0]
        for match in doc.find("cues.harsh_openers"):
            if match.first == first.first and not a.has_flag("rhetorical_why"):
                a.flag_match("harsh_opener", match)


def _gentle_opener(a: Assessment) -> bool:
    doc = a.doc
    if not doc.sentences or a.has_flag("harsh_opener") or a.has_flag("rhetorical_why"):
        return a.credit("gentle_opener", None)
    first = doc.sentences[0]
    start = first.first
    if start + 2 < first.stop and doc.clause_start(start + 1):
        start += 1  # "Mum, I love ...": look past the name they are called by
    head = min(first.stop, start + 3)
    for match in doc.find("cues.gentle_openers"):
        if first.first <= match.first < head:
            return a.credit_match("gentle_opener", _span(match, first.stop))
    own = checks.own_feelings(doc)
    if own and own[0].first < first.stop and doc.norms[start] in checks.FIRST_PERSON:
        return a.credit("gentle_opener", doc.quote(start, own[0].stop))
    if doc.norms[start] in checks.FIRST_PERSON and not a.has_flag("disclaimer"):
        return a.credit("gentle_opener", doc.quote(start, min(first.stop, start + 4)), 0.5)
    valued = [m for m in doc.find("needs.markers") if m.first < first.stop]
    if valued and 0 not in a.flagged_sentences:
        # "Mum, Sam matters a lot to me": starting with what you value is soft too
        return a.credit("gentle_opener", doc.quote(start, valued[0].stop), 0.75)
    return a.credit("gentle_opener", None)


def _span(match: Match, limit: int) -> Match:
    return Match(match.phrase, match.first, min(limit, match.stop + 2))
