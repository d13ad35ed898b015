"""Validation (Linehan; Gottman's turning toward): their feeling, named and said to make sense."""

from __future__ import annotations

from trainer.scoring import checks
from trainer.scoring.assessment import Assessment
from trainer.scoring.doc import Match
from trainer.scoring.rubrics import listening_common


def assess(a: Assessment) -> None:
    doc = a.doc
    checks.common_flags(a)
    minimising = [
        m for m in doc.find("validation.minimisers")
        if not checks.reported(doc, m) and checks.commanding(doc, m)
    ]
    minimising += _dont_feel(a)
    for match in minimising:
        a.flag_match("minimising", match)
    a.flag_all("pivot", "validation.pivots")
    a.flag_all("subject_change", "validation.subject_change")
    listening_common.flag_self_focus(a, "validation.one_upping", "one_upping")
    accepting = doc.find("validation.makes_sense") + doc.find("validation.normalising")
    accepting += _feeling_it_too(a)
    feelings = [f for f in checks.their_feelings(doc) if not checks.in_span(f, minimising)]
    first_good = min([m.first for m in accepting + feelings], default=len(doc))
    listening_common.flag_advice(a, "advice_first", before=first_good)

    if feelings:
        a.credit_match("their_feeling", feelings[0])
    else:
        a.credit("their_feeling", None)
    sense = [m for m in accepting if not checks.in_span(m, minimising)]
    share = 0.5 if a.has_flag("pivot") else 1.0
    reason = _feeling_with_reason(a, feelings)
    if not sense and reason is not None:  # "so disappointing, after all that work"
        sense, share = [reason], share * 0.6
    a.credit_match("makes_sense", sense[0] if sense else None, share)
    support = doc.first("validation.support") or _question_for_them(a)
    a.credit_match("support", support)
    listening_common.credit_content(a, "specific", paraphrase=reason)


def _feeling_with_reason(a: Assessment, feelings: list[Match]) -> Match | None:
    """A reason clause in the sentence that names their feeling, from a sentence with no flag."""
    doc = a.doc
    named = {doc.tokens[f.first].sentence for f in feelings}
    for match in doc.find("validation.reasons"):
        number = doc.tokens[match.first].sentence
        if number in named and number not in a.flagged_sentences:
            return match
    return None


def _feeling_it_too(a: Assessment) -> list[Match]:
    """'I'd be gutted too': sharing the feeling says it makes sense."""
    doc = a.doc
    found = []
    for feeling in checks.feelings(doc):
        sentence = doc.sentence(feeling.first)
        norms = doc.norms[sentence.first : sentence.stop]
        if norms and norms[0] in {"id", "i", "im", "ill"} and norms[-1] in {"too", "well"}:
            found.append(Match(tuple(norms), sentence.first, sentence.stop))
    return found


def _dont_feel(a: Assessment) -> list[Match]:
    return checks.dont_feel(a.doc)


# "Want to run it past me?", "Shall I come round?" ask what would help
_OFFER_OPENERS = frozenset({"what", "how", "do", "would", "is", "want", "shall", "can", "could"})


def _question_for_them(a: Assessment) -> Match | None:
    doc = a.doc
    for sentence in doc.sentences:
        norms = doc.norms[sentence.first : sentence.stop]
        if sentence.question and norms[:1] and norms[0] in _OFFER_OPENERS:
            if not a.has_flag("advice_first"):
                return Match(tuple(norms), sentence.first, sentence.stop)
    return None
