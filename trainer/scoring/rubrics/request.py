"""Requests (Rosenberg): a positive, concrete, doable action, asked so that 'no' is possible."""

from __future__ import annotations

from trainer.scoring import checks
from trainer.scoring.assessment import Assessment
from trainer.scoring.doc import Match
from trainer.scoring.rubrics.soft_startup import flag_rhetorical_why


def assess(a: Assessment) -> None:
    doc = a.doc
    for match in doc.find("requests.demands"):
        # "You better ..." commands; "if that suits you better" does not.
        if match.phrase[0] not in checks.SECOND_PERSON or doc.clause_start(match.first):
            a.flag_match("demand", match)
    _flag_orders(a)
    checks.common_flags(a)
    flag_rhetorical_why(a, suggestions_ok=True)  # "Why am I the only one who ...?" asks nothing
    negative = checks.negative_asks(doc)
    for match in negative:
        a.flag_match("negative_ask", Match(match.phrase, match.first,
                                           min(doc.sentence(match.first).stop, match.stop + 3)))
    vague = checks.vague_asks(doc)
    for match in vague:
        a.flag_match("vague_ask", match)

    asked = checks.ask(doc)
    demanding = a.has_flag("demand") or a.has_flag("threat")
    a.credit_match("asked", asked, 0.5 if demanding else 1.0)
    # "Why do you always get to pick?", "About time you paid your share": the verb in an
    # accusation is no action asked for
    accusing = _accusing_sentences(a)
    actions = [
        m for m in doc.find("requests.action_verbs")
        if not checks.in_span(m, negative) and doc.tokens[m.first].sentence not in accusing
    ]
    if actions and not (negative and not asked):
        a.credit_match("positive_action", actions[0], 0.5 if negative else 1.0)
    else:
        a.credit("positive_action", None)
    # A time is the most checkable anchor, then an amount, then an object or place.
    anchors = checks.times(doc) + doc.find("situations.amounts")
    anchors += doc.find("requests.concrete_markers")
    sarcastic = doc.find("cues.sarcasm")  # "for once" is a dig, not an amount
    anchors = [
        m for m in anchors
        if not checks.in_span(m, sarcastic) and doc.tokens[m.first].sentence not in accusing
    ]
    if anchors:
        a.credit_match("concrete", anchors[0], 0.6 if vague else 1.0)
    elif actions and not vague:
        a.credit_match("concrete", actions[0], 0.5)
    else:
        a.credit("concrete", None)
    choice = doc.first("requests.choice")
    if choice is not None:
        a.credit_match("choice_or_reason", choice)
    else:
        reason = (
            checks.own_feelings(doc) or doc.find("needs.markers") or doc.find("requests.reasons")
        )
        if not reason:
            reason = _reason_sentence(a, asked)
        a.credit_match("choice_or_reason", reason[0] if reason else None, 0.75)


_ORDER_VERBS = frozenset({"start", "make", "get", "go", "put", "give", "take", "tell", "fill",
                          "turn", "pay", "clean", "move", "shut", "keep", "leave", "text", "call"})


_ACCUSING_RULES = frozenset({"rhetorical_why", "sarcasm", "contempt", "mind_reading"})


def _accusing_sentences(a: Assessment) -> set[int]:
    quotes = [f.quote for f in a.flags if f.rule in _ACCUSING_RULES and f.quote]
    return {
        number for number, sentence in enumerate(a.doc.sentences)
        if any(q in a.doc.quote_sentence(sentence.first, 40) for q in quotes)
    }


_THREAT_JOINS = frozenset({"or", "otherwise", "unless"})


def _flag_orders(a: Assessment) -> None:
    """A bare command ("Start telling me your plans.") is an order, not a request."""
    doc = a.doc
    for sentence in doc.sentences:
        if sentence.question:
            continue
        if doc.norms[sentence.first] in _ORDER_VERBS:
            stop = min(sentence.stop, sentence.first + 5)
            # "Call Grandma or ...": the order ends where a threat may begin, so both are seen
            stop = next((i for i in range(sentence.first + 1, stop)
                         if doc.norms[i] in _THREAT_JOINS), stop)
            a.flag_match("demand", Match(tuple(doc.norms[sentence.first : stop]), sentence.first,
                                         stop))


def _reason_sentence(a: Assessment, asked: Match | None) -> list[Match]:
    doc = a.doc
    for sentence in doc.sentences:
        if asked is not None and sentence.first <= asked.first < sentence.stop:
            continue
        norms = doc.norms[sentence.first : sentence.stop]
        quoted = [f.quote for f in a.flags if f.quote]
        text = doc.quote(sentence.first, sentence.stop)
        if any(q in text for q in quoted):
            continue  # a threat or a demand is not a reason
        if any(n in checks.FIRST_PERSON for n in norms) and len(norms) >= 4:
            return [Match(tuple(norms), sentence.first, min(sentence.stop, sentence.first + 8))]
    return []
