"""Checks shared by every rubric: non-answers, copies, shouting, sarcasm, threats, absolutes ...

Each takes the :class:`Assessment` and records flags on it; the helpers below also find the
pieces (feelings, moments, requests) that several kinds give credit for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.scoring.assessment import Assessment
from trainer.scoring.doc import Doc, Match
from trainer.scoring.lexicon import rubrics
from trainer.scoring.text import tokenise

LISTENING_KINDS = frozenset({"validation", "reflective_listening"})
FIRST_PERSON = frozenset({"i", "im", "ive", "id", "ill", "me", "my", "myself", "mine"})
SECOND_PERSON = frozenset({"you", "youre", "youve", "youd", "youll", "your", "yours", "yourself"})
THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them", "hes", "shes", "theyre"})
FEELING_VERBS = frozenset(
    {"feel", "felt", "feeling", "feels", "im", "am", "was", "been", "get", "got", "getting", "so"}
)
_SHOUT = re.compile(r"[!?]*![!?]*!+[!?]*|\?\?+")
_VOWEL = re.compile(r"[aeiouy]")
_NUMBER = re.compile(r"^[£$€]?\d")
_NOT_ASKING = frozenset(
    {"why", "how", "what", "whats", "who", "am", "are", "arent", "is", "isnt", "do", "dont", "did",
     "didnt", "does", "doesnt", "have", "havent", "was", "wasnt", "were", "werent"}
)
_MODAL_OPENERS = frozenset({"could", "can", "would", "will", "shall", "might"})
_TIME_PREPOSITIONS = frozenset({"by", "at", "on", "before", "after", "until", "from", "in", "for"})
_BARE_PREPOSITIONS = frozenset((word,) for word in ("before", "after", "until"))
NEAR_COPY_RATIO = 0.6
FULL_COPY_RATIO = 0.8
KEPT_PART_RATIO = 0.6
RAMBLING_SENTENCE = 40


# ------------------------------------------------------------------ finding pieces
def has_person(doc: Doc, index: int, people: frozenset[str], before_only: bool = False) -> bool:
    """Whether the sentence holding ``index`` has one of ``people`` (before it, if asked)."""
    first = doc.first_in_sentence(index, people)
    return first is not None and (not before_only or first < index)


def feelings(doc: Doc) -> list[Match]:
    """Real feeling words, leaving out the ones inside a faux feeling or a 'feel like' thought."""
    blocked = {(m.first, m.stop) for m in doc.find("faux_feelings")}
    result = []
    for match in doc.find("feelings"):
        if any(a <= match.first < b for a, b in blocked):
            continue
        result.append(match)
    return result


def their_feelings(doc: Doc) -> list[Match]:
    """Feelings named for someone else; a faux feeling ('pushed aside') counts when reflecting."""
    return sorted(feelings(doc) + doc.find("faux_feelings"), key=lambda m: m.first)


def reported(doc: Doc, match: Match) -> bool:
    """Whether the words are quoted from someone ('they said it's probably nothing')."""
    window = doc.norms[max(doc.sentence(match.first).first, match.first - 4) : match.first]
    return any(w in {"said", "says", "told", "saying", "though"} for w in window)


def own_feelings(doc: Doc) -> list[Match]:
    """Feelings the speaker claims: a first-person word earlier in the same sentence, or right
    after it when no 'you' is the subject ("It really hurt me when ...")."""
    found = []
    for match in feelings(doc):
        if has_person(doc, match.first, FIRST_PERSON, before_only=True):
            if not _nearest_subject_is_other(doc, match.first):  # not "you're ashamed of me"
                found.append(match)
            continue
        after = doc.norms[match.stop : min(doc.sentence(match.first).stop, match.stop + 2)]
        if any(w in FIRST_PERSON for w in after) and not aimed_at_others(doc, match.first):
            found.append(match)
    return found


def dont_feel(doc: Doc) -> list[Match]:
    """'Don't be sad', 'don't get upset', 'don't feel bad': telling a feeling to go away."""
    found = []
    for feeling in feelings(doc):
        lead = doc.norms[max(doc.sentence(feeling.first).first, feeling.first - 3) : feeling.first]
        if "dont" in lead or "stop" in lead or "no" in lead and "need" in lead:
            start = feeling.first - len(lead) + lead.index(
                "dont" if "dont" in lead else "stop" if "stop" in lead else "no"
            )
            found.append(Match(tuple(doc.norms[start : feeling.stop]), start, feeling.stop))
    return found


_CLOCK_PREPOSITIONS = frozenset({"by", "at", "until", "till", "before", "after", "around"})


def times(doc: Doc) -> list[Match]:
    """Time and amount anchors: words from the situations lexicon plus any number typed."""
    sarcastic = doc.find("cues.sarcasm")  # "for once" is a dig, not a time anyone could check
    found = [m for m in doc.find("situations.time") if not in_span(m, sarcastic)]
    for i, norm in enumerate(doc.norms):
        if _NUMBER.match(norm):
            found.append(Match((norm,), i, i + 1))
    for match in doc.find("situations.clock"):  # "by three", "at half five"
        if match.first > 0 and doc.norms[match.first - 1] in _CLOCK_PREPOSITIONS:
            found.append(match)
    # Quote "by 11" rather than "11": the preposition is part of what was asked. A bare
    # "until" or "before" is the weakest anchor, so it comes last.
    return sorted(
        (
            Match(m.phrase, m.first - 1, m.stop)
            if m.first > 0
            and m.phrase[0] not in _TIME_PREPOSITIONS
            and doc.norms[m.first - 1] in _TIME_PREPOSITIONS
            and doc.tokens[m.first - 1].sentence == doc.tokens[m.first].sentence
            else m
            for m in found
        ),
        key=lambda m: (m.phrase in _BARE_PREPOSITIONS, m.first),
    )


def ask(doc: Doc) -> Match | None:
    """A request form ("could you", "would you be willing"), or a question addressed to them."""
    match = doc.first("requests.ask_forms")
    if match is not None:
        return match
    for sentence in doc.sentences:
        if doc.norms[sentence.first] in _NOT_ASKING:
            continue  # "Why do you never help?" is a question, not a request
        if sentence.question and (
            doc.norms[sentence.first] in _MODAL_OPENERS  # "Could practice finish by ten?"
            or any(
                doc.norms[i] in SECOND_PERSON or doc.norms[i] in {"we", "us"}
                for i in range(sentence.first, sentence.stop)
            )
        ):
            return Match(tuple(doc.norms[sentence.first : sentence.stop]), sentence.first,
                         sentence.stop)
    return None


def negative_asks(doc: Doc) -> list[Match]:
    """'Stop ...', 'Please don't ...', 'Can you stop?', 'less often': asking for an absence."""
    found = []
    for match in doc.find("requests.negative_asks"):
        sentence = doc.sentence(match.first)
        lead = set(doc.norms[sentence.first : match.first])
        if match.first == sentence.first or lead <= _ASK_LEADS:
            found.append(match)
        elif match.phrase[0] in {"less", "no"} or match.phrase == ("not", "to"):
            found.append(match)
    return found


_ASK_LEADS = frozenset({"please", "can", "could", "you", "would", "will", "just", "so", "and"})


def vague_asks(doc: Doc) -> list[Match]:
    """Asks nobody could check: the vague list plus 'be' + a comparative ("be quicker")."""
    together = doc.find("requests.not_vague")
    found = [
        m for m in doc.find("requests.vague")
        if not in_span(m, together) and not _made_concrete_later(doc, m)
    ]
    for i, norm in enumerate(doc.norms[:-1]):
        word = doc.norms[i + 1]
        if any(m.first <= i < m.stop for m in found):
            continue
        if norm in _DEGREE_LEADS and len(word) > 4 and word.endswith("er") and (
            word not in _NOT_COMPARATIVE
        ) and not _FEEL & set(doc.norms[max(0, i - 3) : i]):  # "so we feel a bit closer"
            found.append(Match((norm, word), i, i + 2))  # "be quicker", "a bit tidier"
        elif norm == "more" and word.endswith(_QUALITY_ENDINGS) and not _made_concrete_later(
            doc, Match((norm, word), i, i + 2)
        ):
            found.append(Match((norm, word), i, i + 2))  # "more mindful", "more attentive"
    return sorted(found, key=lambda m: m.first)


_DEGREE_LEADS = frozenset({"be", "bit"})
_FEEL = frozenset({"feel", "felt", "feeling", "feels"})
_QUALITY_ENDINGS = ("ful", "ive", "ate", "ent", "ible", "able", "ous", "ant")


def _made_concrete_later(doc: Doc, match: Match) -> bool:
    """'I'd love more help. Could you do Tuesdays?': a wish beside a checkable ask (before or
    after it) is the reason, not the ask."""
    sentence = doc.tokens[match.first].sentence
    anchors = [m.first for m in times(doc) + doc.find("requests.concrete_markers")]
    return any(
        doc.tokens[i].sentence != sentence and doc.sentences[doc.tokens[i].sentence].question
        for i in anchors
    )


_NOT_COMPARATIVE = frozenset(
    {"together", "never", "over", "after", "under", "other", "rather", "there", "whether",
     "where", "however", "ever", "matter", "quieter", "slower", "louder", "softer"}
)


def in_span(match: Match, matches: list[Match]) -> bool:
    return any(m.first <= match.first and match.stop <= m.stop for m in matches)


# ------------------------------------------------------------------ whole-answer checks
@lru_cache(maxsize=256)
def _norms_of(text: str) -> tuple[str, ...]:
    tokens, _ = tokenise(text)
    return tuple(t.norm for t in tokens)


def commanding(doc: Doc, match: Match) -> bool:
    """A minimiser, unless it is a word like 'relax' used as an offer ("or just chill?"), or
    'only' about time ("it's only hitting you now")."""
    if match.phrase[-1] == "only" and match.stop < len(doc):
        following = doc.norms[match.stop]
        if following.endswith("ing") or following in _ONLY_ABOUT_TIME:
            return False
    if not doc.lex.has("validation.imperatives_only", match.phrase):
        return True
    before = doc.norms[max(doc.sentence(match.first).first, match.first - 2) : match.first]
    if any(word in _OFFERING for word in before):
        return False
    return doc.clause_start(match.first) or bool(before) and before[-1] in _TELLING


_ONLY_ABOUT_TIME = frozenset({"now", "just", "when", "since", "after", "because", "natural"})
_OFFERING = frozenset({"or", "want", "could", "can", "we", "lets", "shall"})
_TELLING = frozenset({"just", "to", "should", "must", "need", "youve"})


def dismissive(doc: Doc, match: Match) -> bool:
    """A dismissive cue, unless an everyday word used kindly ("whatever you need")."""
    return not doc.lex.has("cues.needs_own_clause", match.phrase) or standalone(doc, match)


def standalone(doc: Doc, match: Match) -> bool:
    """Whether the words make a clause of their own ("Fine, whatever.")."""
    ends = match.stop >= doc.sentence(match.first).stop or doc.clause_start(match.stop)
    return doc.clause_start(match.first) and ends


def is_non_answer(doc: Doc) -> bool:
    words = [n for n in doc.norms if n.isalpha()]
    if not words:
        return True
    joined = tuple(doc.norms)
    if doc.lex.has("cues.non_answers", joined):
        return True
    if len(words) <= 3:
        known = any(w in doc.lex.vocabulary for w in words)
        mashed = any(len(w) >= 4 and not _VOWEL.search(w) for w in words)
        return mashed or not known
    return False


def copy_ratio(doc: Doc, original: str) -> tuple[float, float]:
    """Share of the answer's word pairs found in the original, and of the original's in it."""
    if not original.strip() or len(doc) < 3:
        return 0.0, 0.0
    theirs = _norms_of(original)
    pairs = set(zip(doc.norms, doc.norms[1:], strict=False))
    original_pairs = set(zip(theirs, theirs[1:], strict=False))
    if not pairs or not original_pairs:
        return 0.0, 0.0
    shared = len(pairs & original_pairs)
    return shared / len(pairs), shared / len(original_pairs)


def flag_near_copy(a: Assessment) -> None:
    """Run last: a copy is judged by whether it kept the original's problems."""
    forward, backward = copy_ratio(a.doc, a.original)
    if forward < NEAR_COPY_RATIO:
        return
    if backward < KEPT_PART_RATIO and not a.flags:
        # A trimmed original that dropped the sharp part: fine, but ask for their own words.
        a.flag("kept_original", "")
        return
    # The closer to a straight copy, the more it costs.
    full = float(rubrics()["flags"]["near_copy"]["penalty"])
    share = min(1.0, 0.5 + (forward - NEAR_COPY_RATIO) / (FULL_COPY_RATIO - NEAR_COPY_RATIO) / 2)
    a.flag("near_copy", "", penalty=full * share)


def common_flags(a: Assessment, *, absolutes: bool = True, praise_ok: bool = False) -> None:
    """Flags that apply to every kind."""
    doc = a.doc
    _shouting(a)
    grudging = doc.find("cues.sarcasm")
    if a.kind != "appreciation":  # appreciation weighs grudging thanks on its own terms
        grudging += doc.find("appreciation.grudging")
    for match in grudging:
        if doc.lex.has("cues.hedges", match.phrase) and not _sentence_has(doc, match, _WARM):
            continue  # "I wanted to say something, I suppose" hedges; "Thanks, I suppose" sneers
        a.flag_match("sarcasm", match)
    for match in doc.find("cues.sarcasm_openers"):
        if _sarcastic_opener(doc, match):
            a.flag_match("sarcasm", match)
    a.flag_all("contempt", "cues.contempt")
    for match in doc.find("cues.contempt_scoffs"):
        if _scoffing(doc, match):
            a.flag_match("contempt", match)
    a.flag_all("disclaimer", "cues.disclaimers")
    a.flag_all("passive_aggressive", "cues.passive_aggressive")
    if a.kind != "repair":  # in an apology these are non-apologies, flagged there
        a.flag_all("dismissal", "cues.dismissals")
    _role_guilt(a)
    a.flag_all("threat", "cues.threats")
    _conditional_threats(a)
    a.flag_all("guilt", "cues.guilt")
    for match in doc.find("cues.mind_reading"):
        if praise_ok and _positive_sentence(doc, match):  # "you clearly put so much thought in"
            continue
        if _asks_them(doc, match):  # "Do you want me to come over?" asks instead of guessing
            continue
        if _validated(doc, match):  # "It makes sense you don't want to" accepts, not accuses
            continue
        a.flag_match("mind_reading", match)
    if a.kind in _OWN_SIDE_KINDS:
        _guessing_stems(a)
    for match in doc.find("cues.labels"):
        if doc.norms[max(0, match.first - 2) : match.first].count("not"):
            continue  # "You're not useless to me" reassures; it labels no one
        if aimed_at_others(doc, match.first):  # "what I said was cruel" owns it; no label
            a.flag_match("label", match)
    for match in doc.find("cues.non_committal"):
        if dismissive(doc, match):
            a.flag_match("non_committal", match)
    if absolutes:
        flag_absolutes(a, praise_ok=praise_ok)
    if any(s.stop - s.first > RAMBLING_SENTENCE for s in doc.sentences) or (
        len(doc) > 70 and len(doc.sentences) <= 2
    ):
        a.flag("rambling", "")


def flag_absolutes(a: Assessment, *, praise_ok: bool = False) -> None:
    doc = a.doc
    praise = doc.find("absolutes.praise_frames") if praise_ok else []
    # A listener echoing the speaker's own "no one" reflects their view; it is no verdict.
    echoed = _norms_of(a.said) if a.kind in LISTENING_KINDS else ()
    for match in doc.find("absolutes.absolutes"):
        if praise and in_span(match, praise):
            continue
        if echoed and _contains(echoed, match.phrase):
            continue
        if praise_ok and not _complaining(doc, match):
            continue  # in thanks, "always" and "every day" are admiration
        if match.phrase[0] in SECOND_PERSON or aimed_at_others(doc, match.first):
            a.flag_match("absolute", match)
    for match in doc.find("absolutes.pattern"):
        # "try again" in a reply to someone's news is not keeping score
        if a.kind not in LISTENING_KINDS and aimed_at_others(doc, match.first):
            a.flag_match("pattern", match)
    for match in doc.find("absolutes.keeping_score"):
        a.flag_match("pattern", match)


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


FIRST_SUBJECTS = frozenset({"i", "im", "ive", "id", "ill", "we", "weve", "well"})
OTHER_SUBJECTS = frozenset({"you", "youre", "youve", "youd", "youll"}) | THIRD_PERSON


def aimed_at_others(doc: Doc, index: int) -> bool:
    """Whether an absolute is said about someone else: the nearest subject before it is 'you',
    he/she/they or a name ("I won't look at your phone again" is a promise, not a verdict)."""
    sentence = doc.sentence(index)
    for i in range(index - 1, sentence.first - 1, -1):
        norm = doc.norms[i]
        if norm in FIRST_SUBJECTS:
            return False
        if norm in OTHER_SUBJECTS or _is_name(doc, i):
            return True
    return about_others(doc, index)


def _nearest_subject_is_other(doc: Doc, index: int) -> bool:
    sentence = doc.sentence(index)
    for i in range(index - 1, sentence.first - 1, -1):
        if doc.norms[i] in FIRST_SUBJECTS:
            return False
        if doc.norms[i] in OTHER_SUBJECTS:
            return True
    return False


def _is_name(doc: Doc, i: int) -> bool:
    raw = doc.tokens[i].raw
    return (
        i > doc.sentence(i).first
        and raw[:1].isupper()
        and not raw.isupper()
        and not doc.lex.has("situations.time", (doc.norms[i],))
    )


def about_others(doc: Doc, index: int) -> bool:
    """Whether the sentence is about someone else: 'you', he/she/they, or a name."""
    if has_person(doc, index, SECOND_PERSON | THIRD_PERSON):
        return True
    sentence = doc.sentence(index)
    times = {m.first for m in doc.find("situations.time")}
    for i in range(sentence.first + 1, sentence.stop):
        if _is_name(doc, i) and i not in times:
            return True
    return False


def _sentence_has(doc: Doc, match: Match, keys: tuple[str, ...]) -> bool:
    """Whether any of the lexicon ``keys`` matches in the sentence that holds ``match``."""
    sentence = doc.sentence(match.first)
    return any(sentence.first <= m.first < sentence.stop for key in keys for m in doc.find(key))


def _complaining(doc: Doc, match: Match) -> bool:
    """Whether the sentence also carries a complaint: a 'but'/'though' or a label."""
    return _sentence_has(
        doc, match, ("appreciation.qualifiers", "cues.labels", "appreciation.grudging")
    )


# Kinds where the speaker raises their own side: a listening stem aimed at the other person
# ("It sounds like you just love starting fights") guesses at their motives.
_OWN_SIDE_KINDS = frozenset({"i_statement", "soft_startup", "request"})
_GUESS_WORDS = frozenset({"sounds", "sound", "seems", "seem", "looks"})


def _guessing_stems(a: Assessment) -> None:
    doc = a.doc
    for match in doc.find("listening.stems"):
        if not _GUESS_WORDS & set(match.phrase) or match.stop >= len(doc):
            continue
        if doc.norms[match.stop] in SECOND_PERSON:
            stop = min(doc.sentence(match.first).stop, match.stop + 4)
            a.flag_match("mind_reading", Match(match.phrase, match.first, stop))


def _validated(doc: Doc, match: Match) -> bool:
    sentence = doc.tokens[match.first].sentence
    return any(
        doc.tokens[m.first].sentence == sentence and m.first < match.first
        for m in doc.find("validation.makes_sense")
    )


def _asks_them(doc: Doc, match: Match) -> bool:
    sentence = doc.sentence(match.first)
    opening = doc.norms[sentence.first : sentence.first + 2]
    return sentence.question and len(opening) == 2 and opening[1] == "you" and opening[0] in {
        "do", "would", "could", "can", "will", "did"
    }


def _positive_sentence(doc: Doc, match: Match) -> bool:
    return _sentence_has(
        doc, match, ("appreciation.qualities", "appreciation.effects", "appreciation.thanks")
    )


def _shouting(a: Assessment) -> None:
    doc = a.doc
    letters = [c for c in doc.text if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        a.flag("all_caps", "")
    else:
        initialisms = doc.lex.phrases.get("cues.initialisms", set())
        for i, token in enumerate(doc.tokens):
            raw = token.raw
            if len(raw) < 2 or not raw.isalpha() or not raw.isupper():
                continue
            if (token.norm,) in initialisms:
                continue
            sentence = doc.sentence(i)
            first = max(sentence.first, i - 1)
            stop = min(sentence.stop, i + 2)
            a.flag("caps_emphasis", doc.quote(first, stop))
    for match in _SHOUT.finditer(doc.text):
        if len(match.group()) >= 2:
            start = max(0, doc.text.rfind(" ", 0, max(0, match.start() - 1)) + 1)
            a.flag("exclaim", doc.text[start : match.end()])
            break


_WARM = ("appreciation.thanks", "repair.apology", "appreciation.generic_praise",
         "appreciation.qualities")


def _role_guilt(a: Assessment) -> None:
    """'A good grandson would ring', 'any decent friend would': measuring them against a role."""
    doc = a.doc
    norms = doc.norms
    for i in range(len(norms) - 3):
        if (norms[i] in {"a", "any"} and norms[i + 1] in _ROLE_ADJECTIVES
                and norms[i + 2] in _ROLES and norms[i + 3] in {"would", "wouldnt"}):
            a.flag("guilt", doc.quote(i, i + 4))


_ROLE_ADJECTIVES = frozenset({"good", "real", "decent", "proper", "normal", "caring", "loving"})
_ROLES = frozenset(
    {"grandson", "granddaughter", "son", "daughter", "brother", "sister", "husband", "wife",
     "partner", "friend", "mate", "boyfriend", "girlfriend", "mum", "mother", "dad", "father",
     "parent", "flatmate", "housemate", "roommate", "neighbour", "colleague", "person", "adult",
     "sibling", "uncle", "aunt", "auntie", "cousin", "nephew", "niece", "grandparent", "boss"}
)


def _scoffing(doc: Doc, match: Match) -> bool:
    """'Seriously?' / 'Seriously, are you ...': a scoff in a question, alone, or opening a
    sentence aimed at them; 'thanks for the lift, seriously' is emphasis."""
    sentence = doc.sentence(match.first)
    if sentence.question or (match.first == sentence.first and match.stop == sentence.stop):
        return True
    following = doc.norms[match.stop : match.stop + 1]
    return match.first == sentence.first and bool(following) and following[0] in _SCOFF_TARGETS


_SCOFF_TARGETS = SECOND_PERSON | {"how", "what", "why", "who", "is", "are", "do", "does", "did"}


def _sarcastic_opener(doc: Doc, match: Match) -> bool:
    """'As if' opening a clause and pointing at someone ("As if you'd ever!"), or standing alone."""
    if not doc.clause_start(match.first):
        return False
    end = doc.sentence(match.first).stop
    if match.stop >= end:
        return True
    # "as if you'd ever / I didn't have enough / you care": a scoff, not a comparison
    rest = doc.norms[match.stop + 1 : min(end, match.stop + 5)]
    return doc.norms[match.stop] in _POINTED and any(word in _SCOFF for word in rest)


_POINTED = FIRST_PERSON | SECOND_PERSON | THIRD_PERSON | {"we", "anyone", "thats", "that"}
_SCOFF = frozenset(
    {"didnt", "dont", "doesnt", "wasnt", "isnt", "werent", "never", "ever", "any", "care",
     "cared", "would", "could", "can", "will", "bothered", "noticed", "notice", "know", "knew"}
)


def _offered(doc: Doc, opener: Match) -> bool:
    """'If you want, I'll ...': the condition is their wish and ends right there."""
    offer = next(
        (m for m in doc.find("cues.threat_offer_conditions") if m.first == opener.stop), None
    )
    return offer is not None and doc.clause_stop(opener.first) - offer.stop <= 1


def _conditional_threats(a: Assessment) -> None:
    doc = a.doc
    consequences = doc.find("cues.threat_consequences")
    for opener in doc.find("cues.threat_openers"):
        if _offered(doc, opener):
            continue
        sentence = doc.sentence(opener.first)
        for consequence in consequences:
            if opener.stop <= consequence.first < sentence.stop:
                a.flag("threat", doc.quote(opener.first, min(sentence.stop, consequence.stop + 2)))
                return
