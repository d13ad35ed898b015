"""I-statements (Gordon; Rosenberg): I + a real feeling + the moment + what I need.

The statement helpers here are shared with the soft start-up rubric, which asks for the same
parts and adds a gentle opening.
"""

from __future__ import annotations

from trainer.scoring import checks
from trainer.scoring.assessment import Assessment
from trainer.scoring.doc import Doc, Match

_SELF_SUBJECTS = ("i", "im", "ive", "id")


def assess(a: Assessment) -> None:
    statement_flags(a)
    checks.common_flags(a)
    credit_i_subject(a)
    credit_feeling(a)
    credit_situation(a)
    credit_need(a, "need_or_request")


# ------------------------------------------------------------------ flags
def statement_flags(a: Assessment) -> None:
    doc = a.doc
    real = checks.feelings(doc)
    for match in doc.find("cues.feel_thought"):
        followed_by_feeling = any(f.first == match.stop for f in real)
        if not followed_by_feeling:
            a.flag_match("feel_thought", _extend(doc, match, 2))
    for match in doc.find("faux_feelings"):
        window = doc.norms[max(doc.sentence(match.first).first, match.first - 4) : match.first]
        if any(w in checks.FEELING_VERBS for w in window) and checks.has_person(
            doc, match.first, checks.FIRST_PERSON, before_only=True
        ):
            options = doc.lex.faux.get(match.phrase, [])
            suggest = " or ".join(f"'{w}'" for w in options[:2]) or "a feeling word"
            a.flag_match("faux_feeling", match, suggest)
    a.flag_all("make_me_feel", "cues.you_make_me_feel")
    for match in doc.find("cues.blame_clauses"):
        a.flag_match("blame_clause", _extend(doc, match, 3))
    own = checks.own_feelings(doc)
    for feeling in own:
        after = doc.norms[feeling.stop : min(doc.sentence(feeling.first).stop, feeling.stop + 2)]
        if after[:2] == ["that", "you"] or after[:1] == ["you"]:
            a.flag_match("feeling_at_you", _extend(doc, feeling, 3))
    judging = doc.find("situations.judgement_verbs")
    for i, norm in enumerate(doc.norms[:-1]):
        if norm == "when" and doc.norms[i + 1] in checks.SECOND_PERSON:
            for verb in judging:
                if i + 1 < verb.first <= i + 5 and doc.tokens[verb.first].sentence == doc.tokens[
                    i
                ].sentence:
                    a.flag("judging_situation", doc.quote(i, verb.stop))
                    break


def _extend(doc: Doc, match: Match, extra: int) -> Match:
    stop = min(doc.sentence(match.first).stop, match.stop + extra)
    return Match(match.phrase, match.first, stop)


# ------------------------------------------------------------------ credit
def credit_i_subject(a: Assessment) -> bool:
    doc = a.doc
    for i, norm in enumerate(doc.norms):
        if norm in _SELF_SUBJECTS:
            return a.credit("i_subject", doc.quote(i, min(len(doc), i + 2)))
    return a.credit("i_subject", None)


def credit_feeling(a: Assessment) -> bool:
    doc = a.doc
    thoughts = doc.find("cues.feel_thought")
    own = [m for m in checks.own_feelings(doc) if not _thought_follows(m, thoughts)]
    if own:
        share = 1.0
        if a.has_flag("feel_thought") or a.has_flag("make_me_feel"):
            share = 0.6
        return a.credit_match("feeling", own[0], share)
    others = checks.feelings(doc)
    if others:
        return a.credit_match("feeling", others[0], 0.4)
    return a.credit("feeling", None)


def _thought_follows(feeling: Match, thoughts: list[Match]) -> bool:
    return any(t.stop <= feeling.first <= t.stop + 3 and t.stop != feeling.first for t in thoughts)


def when_clause(doc: Doc) -> Match | None:
    for i, norm in enumerate(doc.norms):
        if norm in {"when", "while", "after", "since"}:
            stop = doc.clause_stop(i)
            if stop - i >= 3:
                return Match(tuple(doc.norms[i:stop]), i, stop)
    return None


def credit_situation(a: Assessment, criterion: str = "situation") -> bool:
    doc = a.doc
    clause = when_clause(doc)
    anchors = checks.times(doc)
    place = doc.first("situations.place")
    one_time = [m for m in anchors if not _habitual(m)]
    if clause is not None:
        share = 1.0 if one_time else 0.85 if anchors else 0.75
    elif anchors:
        share = 0.75 if one_time else 0.5  # "in the mornings" is a habit, not one moment
        clause = (one_time or anchors)[0]
    elif place is not None:
        share = 0.5
        clause = place
    else:
        return a.credit(criterion, None)
    if a.has_flag("judging_situation") or a.has_flag("feeling_at_you"):
        share *= 0.5
    return a.credit_match(criterion, clause, share)


def _habitual(match: Match) -> bool:
    last = match.phrase[-1] if match.phrase else ""
    return last.endswith("s") and last not in {"times", "hours", "minutes"} or match.phrase[:1] in (
        ("every",), ("each",)
    )


_HOSTILE_RULES = frozenset({"mind_reading", "sarcasm", "contempt", "label"})


def _hostile(a: Assessment, request: Match) -> bool:
    sentence = a.doc.quote_sentence(request.first, 40)
    return any(f.rule in _HOSTILE_RULES and f.quote and f.quote in sentence for f in a.flags)


def credit_need(a: Assessment, criterion: str, positive_only: bool = False) -> bool:
    doc = a.doc
    request = checks.ask(doc)
    concrete = bool(checks.times(doc)) or bool(doc.find("requests.action_verbs"))
    vague = checks.vague_asks(doc)
    negative = checks.negative_asks(doc)
    need = doc.first("needs.markers") or doc.first("needs.families")
    if request is not None:
        share = 1.0 if concrete and not vague else 0.7
        if positive_only and any(
            doc.tokens[m.first].sentence == doc.tokens[request.first].sentence for m in negative
        ):
            share = 0.3  # asks them to stop, not for what you'd love
        if need is not None:
            share = min(1.0, share + 0.2)
        if _hostile(a, request):
            share = 0.3  # "It sounds like you love fights, is that right?" asks for nothing
        return a.credit_match(criterion, request, share)
    if need is not None:
        return a.credit_match(criterion, need, 0.85 if not vague else 0.6)
    return a.credit(criterion, None)
