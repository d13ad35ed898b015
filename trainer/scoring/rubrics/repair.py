"""Repair (Gottman; Lewicki et al. 2016): own it, apologise without conditions, offer to mend it.

A break with a time to come back is a repair attempt too, so it earns the apology's share.
"""

from __future__ import annotations

from trainer.scoring import checks
from trainer.scoring.assessment import Assessment
from trainer.scoring.doc import Match


def assess(a: Assessment) -> None:
    doc = a.doc
    checks.common_flags(a)
    conditional = a.flag_all("non_apology", "repair.non_apologies")
    a.flag_all("passive_voice", "repair.passive")
    a.flag_all("excuse", "repair.excuses")
    for match in doc.find("repair.stonewalling"):
        if checks.dismissive(doc, match):
            a.flag_match("stonewalling", match)
    credit = doc.find("repair.their_credit")
    for match in doc.find("repair.counter_complaints"):
        if checks.in_span(match, credit) or _praises_them(a, match):
            continue  # "You were being kind and I snapped" owns it
        stop = min(doc.sentence(match.first).stop, match.stop + 3)
        a.flag_match("counter_complaint", Match(match.phrase, match.first, stop))
    for i in _orders_to_them(a):
        stop = min(doc.sentence(i).stop, i + 5)
        a.flag("counter_complaint", doc.quote(i, stop))

    apologies = [m for m in doc.find("repair.apology") if not checks.in_span(m, conditional)]
    breaks = doc.find("repair.breaks")
    returning = breaks and (checks.times(doc) or any(m.phrase[0] in {"come", "pick", "then",
                                                                     "talk", "so"} for m in breaks))
    owned = [m for m in doc.find("repair.ownership") if not _said_of_them(a, m)]
    ownership = owned or _i_did(a) or _sorry_for(a, apologies)
    if not ownership and breaks:
        ownership = [m for m in checks.own_feelings(doc)]
    a.credit_match("ownership", ownership[0] if ownership else None,
                   0.6 if ownership and ownership[0].phrase == ("sorry", "for") else 1.0)
    if apologies:
        a.credit_match("apology", apologies[0])
    elif returning:
        a.credit("pause", doc.quote(breaks[0].first, doc.clause_stop(breaks[0].first)))
    else:
        a.credit("apology", None)
    vague = doc.find("repair.vague_promises")
    offers = [m for m in doc.find("repair.repair_offers") if not checks.in_span(m, vague)]
    offers += _already_done(a)
    if returning:
        a.credit_match("repair_offer", breaks[-1] if not offers else offers[0])
    elif offers:
        a.credit_match("repair_offer", offers[0])
    elif vague:
        a.credit_match("repair_offer", vague[0], 0.5)
    elif breaks:
        a.credit_match("repair_offer", breaks[0], 0.4)
    else:
        a.credit("repair_offer", None)
    impact = doc.find("repair.impact")
    a.credit_match("impact", impact[0] if impact else None)


_LINKS = frozenset({"were", "was", "being", "so", "really", "totally", "completely", "well"})


def _orders_to_them(a: Assessment) -> list[int]:
    """'Maybe next time don't gang up on me': an apology that ends by telling them off."""
    doc = a.doc
    found = []
    for i, norm in enumerate(doc.norms[:-1]):
        if norm not in {"dont", "stop"} or doc.norms[i + 1] in _KIND_DONTS:
            continue
        if i == doc.sentence(i).first or doc.norms[i - 1] in _IMPERATIVE_LEADS:
            found.append(i)
    return found


_KIND_DONTS = frozenset({"worry", "feel", "apologise", "apologize", "thank", "hesitate", "rush",
                         "have", "need", "let", "blame"})
_IMPERATIVE_LEADS = frozenset({"maybe", "just", "please", "so", "then", "time", "but", "and",
                               "perhaps", "now"})


def _said_of_them(a: Assessment, match: Match) -> bool:
    """'You were out of order': an ownership phrase pinned on them is no ownership."""
    doc = a.doc
    i = match.first - 1
    first = doc.sentence(match.first).first
    while i >= first and doc.norms[i] in _LINKS:
        i -= 1
    return i >= first and doc.norms[i] in checks.OTHER_SUBJECTS


def _praises_them(a: Assessment, match: Match) -> bool:
    """'You were being so patient': a kind quality right after the cue makes it credit."""
    doc = a.doc
    near = match.stop + 3
    if any(match.stop <= m.first < near for m in doc.find("cues.labels")):
        return False
    return any(match.stop <= m.first < near for m in doc.find("appreciation.qualities"))


def _already_done(a: Assessment) -> list[Match]:
    """'I've blocked out your next one': a repair already made counts as an offer kept."""
    doc = a.doc
    past = {m.first for m in doc.find("repair.past_actions")}
    found = []
    for i, norm in enumerate(doc.norms[:-1]):
        if norm == "ive":
            verb = i + 2 if doc.norms[i + 1] in {"already", "just", "now", "also"} else i + 1
            if verb < len(doc) and (verb in past or doc.norms[verb].endswith("ed")):
                found.append(Match(("ive", doc.norms[verb]), i, doc.clause_stop(i, 6)))
    return found


def _i_did(a: Assessment) -> list[Match]:
    """'I read your messages': I + a past action, owned plainly (not an excuse)."""
    doc = a.doc
    excuses = doc.find("repair.excuses")
    past = {m.first: m for m in doc.find("repair.past_actions")}
    for i, norm in enumerate(doc.norms[:-1]):
        if norm != "i":
            continue
        verb = i + 2 if doc.norms[i + 1] in {"just", "really", "totally", "completely"} else i + 1
        if verb >= len(doc) or doc.tokens[verb].sentence != doc.tokens[i].sentence:
            continue
        word = doc.norms[verb]
        if verb in past or (len(word) > 4 and word.endswith("ed")):
            match = Match(("i", word), i, doc.clause_stop(i, 6))
            if not checks.in_span(Match(match.phrase, i, verb + 1), excuses):
                return [match]
    return []


def _sorry_for(a: Assessment, apologies: list[Match]) -> list[Match]:
    doc = a.doc
    for match in apologies:
        end = doc.sentence(match.first).stop
        says_for = doc.norms[match.stop - 1] == "for"
        if not says_for and match.stop < end:
            says_for = doc.norms[match.stop] in checks.FIRST_PERSON | {"for"}
        if says_for and match.stop < end:
            return [Match(("sorry", "for"), match.first, min(end, match.stop + 3))]
    return []
