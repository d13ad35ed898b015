"""Typo tolerance for feeling words: "lonley" is read as "lonely", cheaply and precisely.

Only words of five letters or more that no lexicon knows are tried; candidates share the first
letter and nearly the length; one edit is allowed (two from nine letters) by optimal string
alignment (a swap of two letters is one edit), via rapidfuzz. A correction must also look like a
slip of the fingers rather than another real word (see :func:`_looks_like_a_slip`).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from trainer.scoring.lexicon import lexicon

FUZZY_MIN_LENGTH = 5
"""Shorter words have too many real-word neighbours ("sad"/"mad") to correct safely."""


@lru_cache(maxsize=1)
def _feelings_by_shape() -> dict[tuple[str, int], list[str]]:
    """Fuzzy-matchable feeling words grouped by first letter and length: a typo keeps both
    (nearly), so each unknown word is compared with a handful of candidates, not hundreds."""
    groups: dict[tuple[str, int], list[str]] = {}
    for word in lexicon().fuzzy_feelings:
        groups.setdefault((word[0], len(word)), []).append(word)
    return groups


@lru_cache(maxsize=8192)
def correct(word: str) -> str | None:
    """The feeling word a typo most likely meant, or None. One edit allowed (two from 9 letters)."""
    allowed = 1 if len(word) < 9 else 2
    groups = _feelings_by_shape()
    candidates = [
        w for size in range(len(word) - allowed, len(word) + allowed + 1)
        for w in groups.get((word[0], size), ())
    ]
    if not candidates:
        return None
    close = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=allowed, limit=None)
    for fixed, _distance, _index in sorted(close, key=lambda hit: (hit[1], hit[0])):
        if _looks_like_a_slip(word, str(fixed)):
            return str(fixed)
    return None


_ENDINGS = frozenset({"s", "es", "r", "er", "d", "ed", "ly", "ing", "est", "st", "ness", "y"})
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {
    key: (row, col) for row, keys in enumerate(_KEYBOARD_ROWS) for col, key in enumerate(keys)
}


def _neighbours(a: str, b: str) -> bool:
    if a not in _KEY_AT or b not in _KEY_AT:
        return False
    (row_a, col_a), (row_b, col_b) = _KEY_AT[a], _KEY_AT[b]
    return abs(row_a - row_b) <= 1 and abs(col_a - col_b) <= 1


def _looks_like_a_slip(typed: str, meant: str) -> bool:
    """Whether ``typed`` is a plausible slip for ``meant`` rather than another real word:
    not just ``meant`` plus an ending ("closer" is not "close"), and a single swapped letter
    must be a keyboard neighbour ("lobely" is a slip for "lonely"; "losing" is not "loving")."""
    longer, shorter = (typed, meant) if len(typed) > len(meant) else (meant, typed)
    extra = longer[len(shorter) :]
    if longer.startswith(shorter) and extra in _ENDINGS and extra != shorter[-1]:
        return False  # an inflection ("closer"), not a slip; a doubled last letter is a slip
    if len(typed) == len(meant):
        different = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
        if len(different) == 1:
            return _neighbours(*different[0])
    return True
