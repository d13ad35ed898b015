"""The coach's word lists: YAML files under ``lexicons/``, loaded once and indexed for matching.

Each leaf list in a lexicon file becomes a key named by its path (``validation.minimisers``,
``feelings.unmet.sad``); a phrase also counts under every shorter prefix (``feelings``), so a
rubric can ask for "any feeling" or one family. Phrases are plain words, never regular
expressions, and are normalised exactly like answers (see :mod:`trainer.scoring.text`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).with_name("lexicons")
_NOT_PHRASE_FILES = {"typing.yaml", "rubrics.yaml"}

try:  # libyaml's loader is several times faster; fall back quietly where it is missing
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


def _load(name: str) -> Any:
    with (LEXICON_DIR / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


@dataclass(frozen=True)
class TypingRules:
    shorthand: dict[str, str]
    spelling: dict[str, str]
    contractions: dict[tuple[str, str], str]


@lru_cache(maxsize=1)
def typing_rules() -> TypingRules:
    data = _load("typing.yaml")
    contractions: dict[tuple[str, str], str] = {}
    for pair, folded in data["contractions"].items():
        first, second = str(pair).lower().split()
        contractions[(first, second)] = str(folded)
    return TypingRules(
        shorthand={str(k).lower(): str(v) for k, v in data["shorthand"].items()},
        spelling={str(k).lower(): str(v) for k, v in data["spelling"].items()},
        contractions=contractions,
    )


@dataclass
class Lexicon:
    """Every phrase list, indexed by first token for a single pass over an answer."""

    index: dict[str, dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]] = field(
        default_factory=dict
    )
    """First token -> second token ("" for one-word phrases) -> (phrase, keys it counts under),
    longest first. Two levels keep the scan cheap even for common first words like "i"."""
    phrases: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    vocabulary: set[str] = field(default_factory=set)
    faux: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    """Faux feeling -> real feelings to suggest."""
    fuzzy_feelings: tuple[str, ...] = ()
    """Single-word feelings long enough (>= 5 letters) for typo-tolerant matching."""

    def add(self, key: str, phrase: str) -> None:
        from trainer.scoring.text import phrase_key

        tokens = phrase_key(phrase)
        if not tokens:
            return
        parts = key.split(".")
        keys = tuple(".".join(parts[: n + 1]) for n in range(len(parts)))
        for each in keys:
            self.phrases.setdefault(each, set()).add(tokens)
        self.vocabulary.update(tokens)
        second = tokens[1] if len(tokens) > 1 else ""
        bucket = self.index.setdefault(tokens[0], {}).setdefault(second, [])
        for n, (existing, existing_keys) in enumerate(bucket):
            if existing == tokens:
                merged = tuple(dict.fromkeys(existing_keys + keys))
                bucket[n] = (existing, merged)
                return
        bucket.append((tokens, keys))
        bucket.sort(key=lambda entry: -len(entry[0]))

    def has(self, key: str, tokens: tuple[str, ...]) -> bool:
        return tokens in self.phrases.get(key, set())


def _leaves(prefix: str, node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, Mapping):
        for name, child in node.items():
            yield from _leaves(f"{prefix}.{name}", child)
    else:
        yield prefix, node


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All lexicon files, loaded and indexed once per process."""
    result = Lexicon()
    for path in sorted(LEXICON_DIR.glob("*.yaml")):
        if path.name in _NOT_PHRASE_FILES:
            continue
        data = _load(path.name)
        if path.stem == "faux_feelings":
            for word, suggestions in data["faux"].items():
                result.add("faux_feelings", str(word))
                from trainer.scoring.text import phrase_key

                result.faux[phrase_key(str(word))] = [str(s) for s in suggestions]
            continue
        for key, values in _leaves(path.stem, data):
            if key == "feelings.not_typos":
                result.vocabulary.update(str(v).lower() for v in values)
                continue
            for value in values:
                result.add(key, str(value))
    result.fuzzy_feelings = tuple(
        sorted(
            tokens[0]
            for tokens in result.phrases.get("feelings", set())
            if len(tokens) == 1 and len(tokens[0]) >= 5 and tokens[0].isalpha()
        )
    )
    return result


@lru_cache(maxsize=1)
def rubrics() -> dict[str, Any]:
    """Goals, criteria, weights and coaching lines for every kind (``lexicons/rubrics.yaml``)."""
    data: dict[str, Any] = _load("rubrics.yaml")
    return data
