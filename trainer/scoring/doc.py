"""One answer, tokenised, typo-corrected and matched against every lexicon in a single pass."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from trainer.scoring.lexicon import Lexicon, lexicon
from trainer.scoring.text import Sentence, Token, tokenise
from trainer.scoring.typos import FUZZY_MIN_LENGTH, correct


@dataclass(frozen=True, slots=True)
class Match:
    phrase: tuple[str, ...]
    first: int
    stop: int


class Doc:
    """An answer ready for the rubrics: tokens, sentences, lexicon hits, typo corrections."""

    def __init__(self, text: str, lex: Lexicon | None = None) -> None:
        self.text = text
        self.lex = lex or lexicon()
        tokens, self.sentences = tokenise(text)
        self.corrections: list[tuple[str, str]] = []
        self.tokens = [self._maybe_correct(t) for t in tokens]
        self.norms = [t.norm for t in self.tokens]
        self.hits = self._scan()
        self._found: dict[str, list[Match]] = {}
        self._first_in: dict[tuple[int, frozenset[str]], int | None] = {}

    def _maybe_correct(self, token: Token) -> Token:
        word = token.norm
        if len(word) < FUZZY_MIN_LENGTH or not word.isalpha() or word in self.lex.vocabulary:
            return token
        if token.raw[:1].isupper() and token.start > 0:
            return token  # a name mid-sentence, not a typo
        fixed = correct(word)
        if fixed is None or fixed == word:
            return token
        self.corrections.append((token.raw, fixed))
        return Token(fixed, token.start, token.end, token.sentence, token.raw)

    def _scan(self) -> dict[str, list[Match]]:
        hits: dict[str, list[Match]] = defaultdict(list)
        norms, tokens, index = self.norms, self.tokens, self.lex.index
        count = len(norms)
        for i, norm in enumerate(norms):
            node = index.get(norm)
            if not node:
                continue
            sentence = tokens[i].sentence
            candidates = list(node.get("", ()))
            if i + 1 < count:
                candidates += node.get(norms[i + 1], ())
            for phrase, keys in candidates:
                stop = i + len(phrase)
                if stop > count or tokens[stop - 1].sentence != sentence:
                    continue
                if len(phrase) > 2 and tuple(norms[i + 2 : stop]) != phrase[2:]:
                    continue
                match = Match(phrase, i, stop)
                for key in keys:
                    hits[key].append(match)
        return hits

    # ------------------------------------------------------------------ queries
    def find(self, key: str) -> list[Match]:
        """Matches for a lexicon key, in order; where two overlap, the longer wins."""
        cached = self._found.get(key)
        if cached is not None:
            return list(cached)
        kept: list[Match] = []
        for match in sorted(self.hits.get(key, ()), key=lambda m: (m.first, m.first - m.stop)):
            if kept and match.first < kept[-1].stop:
                continue
            kept.append(match)
        self._found[key] = kept
        return list(kept)

    def first(self, key: str) -> Match | None:
        found = self.find(key)
        return found[0] if found else None

    def quote(self, first: int, stop: int) -> str:
        if first >= stop:
            return ""
        return self.text[self.tokens[first].start : self.tokens[stop - 1].end]

    def quote_match(self, match: Match) -> str:
        return self.quote(match.first, match.stop)

    def sentence(self, index: int) -> Sentence:
        return self.sentences[self.tokens[index].sentence]

    def sentence_norms(self, index: int) -> list[str]:
        sentence = self.sentence(index)
        return self.norms[sentence.first : sentence.stop]

    def quote_sentence(self, index: int, limit: int = 12) -> str:
        sentence = self.sentence(index)
        return self.quote(sentence.first, min(sentence.stop, sentence.first + limit))

    def first_in_sentence(self, index: int, words: frozenset[str]) -> int | None:
        """Index of the first of ``words`` in the sentence holding ``index`` (memoised)."""
        key = (self.tokens[index].sentence, words)
        if key not in self._first_in:
            sentence = self.sentence(index)
            self._first_in[key] = next(
                (i for i in range(sentence.first, sentence.stop) if self.norms[i] in words), None
            )
        return self._first_in[key]

    def clause_start(self, index: int) -> bool:
        """Whether the token opens a sentence or a clause (after a comma, dash or 'and'/'so')."""
        if index == self.sentence(index).first:
            return True
        between = self.text[self.tokens[index - 1].end : self.tokens[index].start]
        return any(mark in between for mark in ",:–—") or self.norms[index - 1] in {"and", "so"}

    def clause_stop(self, index: int, limit: int = 10) -> int:
        """Where the clause starting at ``index`` ends: a comma, dash or the sentence end."""
        stop = min(self.sentence(index).stop, index + limit)
        for i in range(index + 1, stop):
            between = self.text[self.tokens[i - 1].end : self.tokens[i].start]
            if any(mark in between for mark in ",:–—(") or " - " in between:
                return i
        return stop

    def __len__(self) -> int:
        return len(self.tokens)
