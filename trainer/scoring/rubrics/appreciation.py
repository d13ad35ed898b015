"""Appreciation (Algoe's find-remind-bind): thanks, the action, their quality, its effect."""

from __future__ import annotations

from trainer.scoring import checks
from trainer.scoring.assessment import Assessment
from trainer.scoring.doc import Doc, Match

_IMPLIED_THANKS = 0.7  # warm gratitude without the word "thanks" earns most of the credit
_STOP_ACTION = frozenset({"youre", "you", "it", "and", "but", "so", "though", "i", "im"})


def assess(a: Assessment) -> None:
    doc = a.doc
    checks.common_flags(a, praise_ok=True)
    thanks = [m for m in doc.find("appreciation.thanks") if not _sarcastic(a, m)]
    first_thanks = thanks[0].first if thanks else 0
    for match in doc.find("appreciation.qualifiers"):
        if match.first > first_thanks or not thanks:
            stop = min(doc.sentence(match.first).stop, match.stop + 4)
            a.flag_match("qualifier", Match(match.phrase, match.first, stop))
    a.flag_all("grudging", "appreciation.grudging")

    if thanks:
        a.credit_match("thanks", thanks[0])
    else:
        implied = doc.find("appreciation.implied_thanks")
        a.credit_match("thanks", implied[0] if implied else None, _IMPLIED_THANKS)
    _credit_action(a, thanks)
    qualities = [
        m for m in doc.find("appreciation.qualities")
        if checks.has_person(doc, m.first, checks.SECOND_PERSON) or "such" in doc.norms
        or m.phrase[:2] == ("that", "was")  # "That was so kind" is about them, said warmly
        or _stands_alone(doc, m)  # "So thoughtful." on its own is said of them
    ]
    if qualities:
        a.credit_match("quality", qualities[0])
    elif (described := _you_are_so(a)) is not None:
        a.credit_match("quality", described, 0.8)
    else:
        praise = [
            m for m in doc.find("appreciation.generic_praise")
            if checks.has_person(doc, m.first, checks.SECOND_PERSON)
        ]
        a.credit_match("quality", praise[0] if praise else None, 0.5)
    qualified = [
        Match(q.phrase, q.first, doc.sentence(q.first).stop)
        for q in doc.find("appreciation.qualifiers") if q.first > first_thanks
    ]
    effects = [  # "Thanks, but the food was strange" : nothing after the 'but' is an effect
        m for m in doc.find("appreciation.effects") or checks.own_feelings(doc)
        if not checks.in_span(m, thanks) and not checks.in_span(m, qualified)
    ]
    a.credit_match("effect", effects[0] if effects else None)


_FILLER_AFTER_THANKS = frozenset(
    {"so", "much", "very", "a", "lot", "again", "loads", "ever", "heaps", "a million", "x"}
)
_HABIT_LEADS = frozenset({"how", "way"})
_INTENSIFIERS = frozenset({"so", "very", "really", "such", "how", "truly", "incredibly", "a"})


def _stands_alone(doc: Doc, match: Match) -> bool:
    sentence = doc.sentence(match.first)
    lead = doc.norms[sentence.first : match.first]
    if not all(w in _INTENSIFIERS for w in lead):
        return False
    # "So thoughtful, it calmed me" leads with praise; a bare "Kind of ..." is no quality
    led = bool(lead) or (len(match.phrase) > 1 and match.phrase[0] in _INTENSIFIERS)
    return led or match.stop >= sentence.stop - 1


def _you_are_so(a: Assessment) -> Match | None:
    """"You're so unflappable", "you're a proper team player": a quality in their own words."""
    doc = a.doc
    labels = doc.find("cues.labels")
    for i, norm in enumerate(doc.norms[:-2]):
        if norm not in {"youre", "you are"}:
            continue
        if doc.norms[i + 1] in {"so", "such", "a", "really", "truly", "the"}:
            match = Match(tuple(doc.norms[i : i + 3]), i, doc.clause_stop(i, 6))
            if not checks.in_span(Match(match.phrase, i + 1, i + 3), labels) and not any(
                i <= m.first < match.stop for m in labels
            ):
                return match
    return None


def _sarcastic(a: Assessment, match: Match) -> bool:
    if match.first != 0 or len(a.doc) >= 10:
        return False
    return any(f.rule in {"sarcasm", "caps_emphasis"} for f in a.flags)


def _you_did(a: Assessment) -> Match | None:
    doc = a.doc
    past = {m.first for m in doc.find("repair.past_actions")}
    filler = {m.first for m in doc.find("function_words.stopwords")}
    anchors = [m.first for m in checks.times(doc)]
    for i, norm in enumerate(doc.norms[:-1]):
        if norm not in {"you", "youve"}:
            continue
        stop = doc.clause_stop(i, 10)
        if i + 1 in past or doc.norms[i + 1].endswith("ed"):
            return Match(("you", doc.norms[i + 1]), i, stop)
        # "You sit with me three hours": a deed told in the present tense, pinned to a time;
        # "I love how you always ask": a habit they have, named as what they do
        habit = i > 0 and doc.norms[i - 1] in _HABIT_LEADS
        if habit and i + 1 < len(doc) and doc.norms[i + 1] in {"always", "still", "never"}:
            return Match(("you",) + tuple(doc.norms[i + 1 : i + 3]), i, stop)
        if i + 1 not in filler and (habit or any(i + 1 < t < stop for t in anchors)):
            return Match(("you", doc.norms[i + 1]), i, stop)
    return None


def _said_before(a: Assessment, thanks: list[Match]) -> Match | None:
    """The clause before a thanks that closes its sentence names what they did."""
    doc = a.doc
    for match in thanks:
        sentence = doc.sentence(match.first)
        if match.stop >= sentence.stop - 1 and match.first - sentence.first >= 4:
            return Match((), sentence.first, match.first)
    return None


def _credit_action(a: Assessment, thanks: list[Match]) -> bool:
    doc = a.doc
    best: Match | None = None
    for match in thanks:
        stop = match.stop
        end = doc.sentence(match.first).stop
        if stop < end and doc.norms[stop] in _STOP_ACTION:
            stop = end = match.stop  # "Thanks, but ..." names no action
        while stop < end and (stop == match.stop or doc.norms[stop] not in _STOP_ACTION):
            stop += 1
        while stop > match.stop and all(
            w in _FILLER_AFTER_THANKS for w in doc.norms[match.stop : stop]
        ):
            stop = match.stop  # "Thank you so much." says how much, not for what
        if best is None or stop - match.stop > best.stop - best.first:
            best = Match(match.phrase, match.stop, stop)
    length = 0 if best is None else best.stop - best.first
    anchored = bool(checks.times(doc))
    if best is None or length < 2:
        deed = _you_did(a)  # "You brought soup round every day" names it before the thanks
        if deed is not None:
            return a.credit("action", doc.quote_match(deed))
        before = _said_before(a, thanks)  # "You were great with Gran today, thank you."
        if before is not None:
            return a.credit("action", doc.quote_match(before), 0.9 if anchored else 0.6)
    if best is None or length == 0:
        return a.credit("action", None)
    share = 1.0 if length >= 4 else 0.6 if length >= 2 else 0.3
    if anchored:
        share = min(1.0, share + 0.3)
    return a.credit("action", doc.quote(best.first, best.stop), share)
