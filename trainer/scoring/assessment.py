"""The running tally one rubric builds: criteria met or missing, flags raised, and the score."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from trainer.scoring.doc import Doc, Match
from trainer.scoring.lexicon import rubrics
from trainer.scoring.result import Flag, Found, Missing, RewriteScore, Verdict

REPEAT_PENALTY = 0.25
"""Each further quote of an already-raised flag adds this share of its penalty (up to double)."""
FLOOR = 0.1
"""Below this, scores shrink smoothly instead of stopping at 0, so a rewrite with more problems
still ranks below one with fewer; only non-answers score exactly 0."""
MAX_QUOTES_PER_RULE = 3
POISON = ("sarcasm", "contempt", "threat", "guilt")
POISON_SHARE = 0.6
"""Polite words wrapped round sarcasm, contempt, threats or guilt are not polite: the good parts
of such an answer earn only this share."""
SHORT_ANSWER_WORDS = 5
"""Answers shorter than this can only earn part of their score: a word or two rarely lands."""


@dataclass
class Assessment:
    doc: Doc
    kind: str
    original: str = ""
    said: str = ""
    criteria: dict[str, Any] = field(default_factory=dict)
    found: list[Found] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    earned: float = 0.0
    penalties: dict[str, list[float]] = field(default_factory=dict)
    flagged_spans: set[tuple[int, int]] = field(default_factory=set)
    flagged_sentences: set[int] = field(default_factory=set)
    """Sentences holding a flagged phrase: their words earn no credit for echoing the speaker."""

    def __post_init__(self) -> None:
        if not self.criteria:
            self.criteria = dict(rubrics()["kinds"][self.kind]["criteria"])

    # ---------------------------------------------------------------- criteria
    def credit(self, criterion: str, quote: str | None, share: float = 1.0) -> bool:
        """Record a criterion as met (with its quote) or, when ``quote`` is None, as missing."""
        spec = self.criteria[criterion]
        if quote is None or share <= 0:
            self.missing.append(Missing(str(spec["label"]), str(spec["tip"])))
            return False
        share = min(1.0, share)
        self.earned += float(spec["weight"]) * share
        self.found.append(Found(str(spec["label"]), quote.strip()))
        return True

    def credit_match(self, criterion: str, match: Match | None, share: float = 1.0) -> bool:
        return self.credit(criterion, None if match is None else self.doc.quote_match(match), share)

    # ------------------------------------------------------------------- flags
    def flag(self, rule: str, quote: str, suggest: str = "", penalty: float | None = None) -> bool:
        """Raise a flag; False when it adds nothing (same quote again, or enough examples)."""
        if len(self.penalties.get(rule, ())) >= MAX_QUOTES_PER_RULE:
            return False  # three examples make the point; a pasted essay should not list hundreds
        spec = rubrics()["flags"][rule]
        why = str(spec["why"]).format(quote=quote, suggest=suggest)
        if any(f.rule == rule and f.quote.lower() == quote.lower() for f in self.flags):
            return False
        self.flags.append(Flag(quote, why, rule))
        self.penalties.setdefault(rule, []).append(
            float(spec["penalty"]) if penalty is None else penalty
        )
        return True

    def flag_match(
        self, rule: str, match: Match, suggest: str = "", penalty: float | None = None
    ) -> None:
        if len(self.penalties.get(rule, ())) >= MAX_QUOTES_PER_RULE:
            return
        core_stop = match.first + max(1, len(match.phrase))
        span = (match.first, core_stop)
        if any(match.first < b and a < core_stop for a, b in self.flagged_spans):
            return  # these words already carry a flag; one reason per phrase is enough
        if self.flag(rule, self.doc.quote_match(match), suggest, penalty):
            self.flagged_spans.add(span)
            self.flagged_sentences.add(self.doc.tokens[match.first].sentence)

    def flag_all(self, rule: str, key: str) -> list[Match]:
        found = self.doc.find(key)
        for match in found:
            self.flag_match(rule, match)
        return found

    def has_flag(self, rule: str) -> bool:
        return rule in self.penalties

    # ------------------------------------------------------------------ result
    def penalty(self) -> float:
        total = 0.0
        for amounts in self.penalties.values():
            first, rest = amounts[0], amounts[1:]
            total += first + min(first, REPEAT_PENALTY * sum(rest))
        return total

    def result(self, score_cap: float = 1.0) -> RewriteScore:
        earned = self.earned
        if any(rule in self.penalties for rule in POISON):
            earned *= POISON_SHARE
        raw = earned - self.penalty()
        words = sum(1 for n in self.doc.norms if n.isalpha())
        if words < SHORT_ANSWER_WORDS and raw > 0:
            raw *= (words + 1) / (SHORT_ANSWER_WORDS + 1)
        score = raw if raw >= FLOOR else FLOOR * math.exp((raw - FLOOR) / 0.25)
        score = max(0.0, min(score_cap, score, 1.0))
        return RewriteScore(
            score=round(score, 4),
            verdict=verdict_for(score),
            kind=self.kind,
            found=tuple(self.found),
            missing=tuple(self.missing),
            flags=tuple(self.flags),
            notes=tuple(self.notes),
        )


def verdict_for(score: float) -> Verdict:
    bands = rubrics()["verdicts"]
    if score >= float(bands["strong"]):
        return "strong"
    if score >= float(bands["getting_there"]):
        return "getting there"
    return "needs work"
