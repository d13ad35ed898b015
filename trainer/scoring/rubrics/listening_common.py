"""Pieces shared by the validation and reflective-listening rubrics."""

from __future__ import annotations

from functools import lru_cache

from trainer.scoring import checks
from trainer.scoring.assessment import Assessment
from trainer.scoring.doc import Doc, Match
from trainer.scoring.text import tokenise

_SELF_STARTS = frozenset({"i", "im", "ive", "id", "my", "when", "same", "mine", "me", "in"})


def stem(word: str) -> str:
    """A crude stem, enough to match 'shaking' with 'shake' and 'friends' with 'friend'."""
    for ending in ("ing", "ed", "es", "s", "e", "y"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=256)
def content_stems(text: str) -> frozenset[str]:
    from trainer.scoring.lexicon import lexicon

    stopwords = lexicon().phrases.get("function_words", set())
    tokens, _ = tokenise(text)
    return frozenset(
        stem(t.norm) for t in tokens if (t.norm,) not in stopwords and len(t.norm) > 2
    )


def overlap(doc: Doc, said: str) -> list[Match]:
    wanted = content_stems(said)
    stopwords = doc.lex.phrases.get("function_words", set())
    return [
        Match((n,), i, i + 1)
        for i, n in enumerate(doc.norms)
        if (n,) not in stopwords and len(n) > 2 and stem(n) in wanted
    ]


def credit_content(
    a: Assessment, criterion: str, minimum: int = 2, paraphrase: Match | None = None
) -> bool:
    """Credit for showing what happened: words from what they said, or (half) a reflection
    sentence of some length in the listener's own words."""
    doc = a.doc
    if a.said.strip():
        shared = [
            m for m in overlap(doc, a.said)
            if doc.tokens[m.first].sentence not in a.flagged_sentences
        ]
        if len(shared) >= minimum:
            return a.credit(criterion, _join(doc, shared))
        if paraphrase is not None:
            sentence = doc.sentence(paraphrase.first)
            if sentence.stop - sentence.first >= 6:
                quote = doc.quote(sentence.first, min(sentence.stop, sentence.first + 12))
                return a.credit(criterion, quote, 0.6)
        if shared:
            return a.credit(criterion, _join(doc, shared), 0.5)
        return a.credit(criterion, None)
    if len(doc) >= 10:
        return a.credit(criterion, doc.quote_sentence(0, 8), 0.6)
    return a.credit(criterion, None)


def _join(doc: Doc, matches: list[Match]) -> str:
    """One stretch of the answer, from the first echoed word to the last in that sentence."""
    first = matches[0]
    sentence = doc.sentence(first.first)
    last = max(m.stop for m in matches if m.first < sentence.stop)
    start = max(sentence.first, first.first - 2)
    return doc.quote(start, min(last, start + 12))


_NOT_ADVICE = frozenset(
    {"worry", "stress", "panic", "be", "feel", "beat", "let", "get", "you", "know", "mind"}
)


def flag_advice(a: Assessment, rule: str, before: int) -> None:
    doc = a.doc
    advice = list(doc.find("listening.roadblocks.advising"))
    for sentence in doc.sentences:
        opening = doc.norms[sentence.first : sentence.first + 2]
        fixing_question = sentence.question and opening in (["can", "you"], ["could", "you"])
        # "Don't quit." tells them what to do; "don't worry" and "don't be ..." are other roadblocks
        telling = opening[0] in {"dont", "never"} and opening[1:] and opening[1] not in _NOT_ADVICE
        if opening[0] in {"just", "try", "maybe"} or fixing_question or telling:
            advice.append(Match((doc.norms[sentence.first],), sentence.first,
                                min(sentence.stop, sentence.first + 4)))
    advised: set[int] = set()
    for match in sorted(advice, key=lambda m: m.first):
        number = doc.tokens[match.first].sentence
        if number in advised:
            continue  # "Maybe you could ..." is one piece of advice, not two
        advised.add(number)
        quote_stop = min(doc.sentence(match.first).stop, match.stop + 3)
        quoted = Match(match.phrase, match.first, quote_stop)
        penalty = None if match.first < before else 0.12
        a.flag_match(rule, quoted, penalty=penalty)


def flag_self_focus(a: Assessment, key: str, rule: str) -> None:
    doc = a.doc
    for match in doc.find(key):
        sentence = doc.sentence(match.first)
        if checks.has_person(doc, match.first, checks.SECOND_PERSON) and match.phrase[0] in {
            "when", "i", "id", "ive"
        }:
            continue  # "when I heard about your ..." keeps the focus on them
        a.flag_match(rule, Match(match.phrase, match.first, min(sentence.stop, match.stop + 3)))
