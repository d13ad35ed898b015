"""Turning an answer into tokens the rubrics can match, forgiving of how people type.

Every answer and every lexicon phrase goes through :func:`normalise_tokens`, so one spelling in
the lexicons matches the others: case, curly or missing apostrophes (``don't`` = ``dont``),
"I am" = "I'm", British and American spellings, text-speak (``u``, ``thx``) and extra whitespace.
Tokens keep their character offsets so feedback can quote exactly what the person typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from trainer.scoring.lexicon import typing_rules

MAX_CHARS = 5000
"""Answers are scored on their first 5,000 characters (with a note); keeps big pastes instant."""

_WORD = re.compile(
    r"[£$€]?\d+(?:[:.,]\d+)*(?:am|pm|k|%|st|nd|rd|th|s)?|[^\W\d_]+(?:['’‘`][^\W\d_]+)*",
    re.UNICODE,
)
_BOUNDARY = re.compile(r"[.!?;…]+(?=[\s\"'”’)\]]|$)|\n")
_APOSTROPHES = str.maketrans("", "", "'’‘`")
# After these, "we have" / "I will" are a question's verb, not a contraction ("could we have").
_ASKING = frozenset(
    {"could", "can", "would", "will", "should", "shall", "may", "might", "must", "do", "did",
     "does", "have", "had", "has"}
)
_IZE = re.compile(r"^([a-z]{3,})(y|i)z(e|es|ed|ing|ation|ations)$")


@dataclass(frozen=True, slots=True)
class Token:
    norm: str
    """Normalised form: lower case, no apostrophes, British spelling, contractions folded."""
    start: int
    end: int
    sentence: int
    raw: str


@dataclass(frozen=True, slots=True)
class Sentence:
    first: int
    """Index of the first token."""
    stop: int
    """One past the last token."""
    question: bool
    """Ends with a question mark."""
    exclaims: bool = False
    """Ends with an exclamation mark."""


@lru_cache(maxsize=4096)
def normalise_word(word: str) -> tuple[str, ...]:
    """One typed word to its normalised token(s); text-speak may expand ("wanna" -> want to)."""
    rules = typing_rules()
    lowered = word.lower().translate(_APOSTROPHES)
    mapped = rules.shorthand.get(lowered) or rules.spelling.get(lowered) or lowered
    parts = mapped.split()
    return tuple(_british(part) for part in parts)


def _british(word: str) -> str:
    match = _IZE.match(word)
    if match is None:
        return word
    stem, vowel, ending = match.groups()
    return f"{stem}{vowel}s{ending}"


def tokenise(text: str) -> tuple[list[Token], list[Sentence]]:
    """Tokens with offsets into ``text``, and the sentences they fall in."""
    contractions = typing_rules().contractions
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    position = 0
    spans = [(m.start(), m.end()) for m in _BOUNDARY.finditer(text)]
    spans.append((len(text), len(text)))
    for boundary_start, boundary_end in spans:
        chunk_first = len(tokens)
        sentence_index = len(sentences)
        for match in _WORD.finditer(text, position, boundary_start):
            for norm in normalise_word(match.group()):
                if tokens and len(tokens) > chunk_first:
                    folded = contractions.get((tokens[-1].norm, norm))
                    asked = len(tokens) - 1 > chunk_first and tokens[-2].norm in _ASKING
                    if folded is not None and not asked:
                        previous = tokens[-1]
                        tokens[-1] = Token(
                            folded, previous.start, match.end(), sentence_index,
                            text[previous.start : match.end()],
                        )
                        continue
                tokens.append(
                    Token(norm, match.start(), match.end(), sentence_index, match.group())
                )
        if len(tokens) > chunk_first:
            ending = text[boundary_start:boundary_end]
            sentences.append(Sentence(chunk_first, len(tokens), "?" in ending, "!" in ending))
        position = boundary_end
    return tokens, sentences


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase in the same normalised form as answers."""
    tokens, _ = tokenise(phrase)
    return tuple(token.norm for token in tokens)
