"""Reflective listening (Miller & Rollnick); for good news, active-constructive responding (Gable).

A reflection says back what happened and what they feel, then checks; Gordon's roadblocks
(advising, judging, reassuring, probing, talking about yourself, changing the subject) get flagged.
"""

from __future__ import annotations

from trainer.scoring import checks
from trainer.scoring.assessment import Assessment
from trainer.scoring.doc import Doc, Match
from trainer.scoring.lexicon import rubrics
from trainer.scoring.rubrics import listening_common

_ROADBLOCKS = {
    "advising": "advising",
    "judging": "judging",
    "reassuring": "reassuring",
    "probing": "probing",
    "subject_change": "subject_change",
}


_YOU_OPENINGS = frozenset({"youre", "you", "youve", "youd"})


def is_good_news(said: str) -> bool:
    if not said.strip():
        return False
    said_doc = Doc(said)
    cue = said_doc.first("listening.good_news") is not None
    troubled = bool(said_doc.find("feelings.unmet"))
    return ("!" in said and not troubled) or (cue and not troubled and "but" not in said_doc.norms)


def assess(a: Assessment) -> None:
    checks.common_flags(a)
    if is_good_news(a.said):
        _good_news(a)
    else:
        _reflection(a)


def _flag_roadblocks(
    a: Assessment, *, skip: tuple[str, ...] = (), self_focus: str = "self_focus"
) -> None:
    doc = a.doc
    for name, rule in _ROADBLOCKS.items():
        if name in skip:
            continue
        if name == "advising":
            listening_common.flag_advice(a, "advising", before=len(doc) + 1)
            continue
        for match in doc.find(f"listening.roadblocks.{name}"):
            if checks.reported(doc, match):
                continue
            stop = min(doc.sentence(match.first).stop, match.stop + 3)
            a.flag_match(rule, Match(match.phrase, match.first, stop))
    if "reassuring" not in skip:
        for match in checks.dont_feel(doc):
            a.flag_match("reassuring", match)
    listening_common.flag_self_focus(a, "listening.roadblocks.self_focus", self_focus)


def _flag_minimising(a: Assessment) -> None:
    doc = a.doc
    for match in doc.find("validation.minimisers"):
        if not checks.reported(doc, match) and checks.commanding(doc, match):
            a.flag_match("minimising", match)


def _reflection(a: Assessment) -> None:
    doc = a.doc
    _flag_roadblocks(a)
    _flag_minimising(a)
    stem = doc.first("listening.stems")
    share = 1.0
    if stem is None:  # "You're exhausted and ..." reflects without a stem phrase
        advising = {m.first for m in doc.find("listening.roadblocks.advising")}
        for sentence in doc.sentences:
            opening = doc.norms[sentence.first]
            # "So since the baby came you've had ..." sums up in their terms too
            summing_up = opening == "so" and checks.has_person(
                doc, sentence.first, checks.SECOND_PERSON
            )
            if (opening in _YOU_OPENINGS or summing_up) and sentence.first not in advising:
                stem = Match((), sentence.first, min(sentence.stop, sentence.first + 2))
                share = 0.8
                break
    a.credit_match("stem", stem, share)
    listening_common.credit_content(a, "content", paraphrase=stem)
    blocked = [m for k in ("reassuring", "judging") for m in doc.find(f"listening.roadblocks.{k}")]
    blocked += checks.dont_feel(doc)
    feelings = [f for f in checks.their_feelings(doc) if not checks.in_span(f, blocked)]
    a.credit_match("feeling", feelings[0] if feelings else None)
    _credit_check(a)


def _credit_check(a: Assessment) -> bool:
    doc = a.doc
    for match in doc.find("listening.checks"):
        sentence = doc.sentence(match.first)
        if len(match.phrase) >= 3 or sentence.question:
            return a.credit_match("check", match)
    for sentence in doc.sentences:
        norms = doc.norms[sentence.first : sentence.stop]
        addressed = any(n in checks.SECOND_PERSON for n in norms) or len(norms) <= 6
        if sentence.question and addressed and not _is_roadblock_sentence(a, sentence.first):
            return a.credit("check", doc.quote_sentence(sentence.first), 0.6)
    return a.credit("check", None)


def _is_roadblock_sentence(a: Assessment, index: int) -> bool:
    return any(
        f.rule in _ROADBLOCKS.values() or f.rule in {"self_focus", "hijacking", "dampening"}
        for f in a.flags
        if f.quote and f.quote in a.doc.quote_sentence(index, 40)
    )


def _good_news(a: Assessment) -> None:
    doc = a.doc
    a.criteria = dict(rubrics()["kinds"]["reflective_listening"]["good_news_criteria"])
    damp = doc.find("listening.active_destructive")
    for match in damp:
        stop = min(doc.sentence(match.first).stop, match.stop + 4)
        a.flag_match("dampening", Match(match.phrase, match.first, stop))
    for match in doc.find("listening.passive_destructive"):
        stop = min(doc.sentence(match.first).stop, match.stop + 3)
        a.flag_match("subject_change", Match(match.phrase, match.first, stop))
    # Gable: answering good news with a story of one's own is a hijack, not a mere roadblock
    _flag_roadblocks(a, skip=("reassuring", "subject_change"), self_focus="hijacking")
    joy = [m for m in doc.find("listening.active_constructive") if not checks.in_span(m, damp)]
    share = 1.0
    if not joy:  # "You got into Edinburgh!" shares the joy by echoing it
        joy = [
            Match((), s.first, s.stop)
            for s in doc.sentences
            if s.exclaims and doc.norms[s.first] in checks.SECOND_PERSON
        ]
    if not joy:  # glad words ("that's wonderful") share it too, a little less surely
        joy = [m for m in doc.find("feelings.met") if not checks.in_span(m, damp)]
        share = 0.8
    if not joy:  # "That's nice": kind, if flat (Gable's passive-constructive)
        joy = [m for m in doc.find("listening.passive_constructive") if not checks.in_span(m, damp)]
        share = 0.3
    a.credit_match("enthusiasm", joy[0] if joy else None, share)
    listening_common.credit_content(a, "content", paraphrase=doc.first("listening.stems"))
    # "The pay is terrible though": a feeling word in a dampening sentence is not theirs
    damped = {doc.tokens[m.first].sentence for m in damp}
    feelings = [
        f for f in checks.feelings(doc)
        if not checks.in_span(f, damp) and doc.tokens[f.first].sentence not in damped
    ]
    a.credit_match("feeling", feelings[0] if feelings else None)
    # After a hijack, a question serves the comparison ("My sister did that. Was it hard?")
    hijacked = a.has_flag("hijacking")
    turn = min((m.first for m in doc.find("listening.roadblocks.self_focus")), default=len(doc))
    before = turn if hijacked else len(doc)
    invites = doc.find("listening.invitations") + doc.find("listening.checks")
    invite = min((m for m in invites if m.first < before), key=lambda m: m.first, default=None)
    if invite is None:
        for sentence in doc.sentences:
            why = doc.norms[sentence.first] == "why"  # "why would you?" questions the choice
            if sentence.first >= before:
                break
            if sentence.question and not why and not _is_roadblock_sentence(a, sentence.first):
                invite = Match((), sentence.first, sentence.stop)
                break
    a.credit_match("elaborate", invite)
    if not joy and not feelings and len(doc) <= 6 and doc.first("listening.passive_constructive"):
        first = doc.first("listening.passive_constructive")
        if first is not None:
            a.flag_match("flat_response", first)
