"""Grading the exercise types that have one right answer: choice, classify and order.

Pure functions over plain values, so the UI, workshops and tests share one definition of a score
(0.0 to 1.0). The rewrite coach lives next door and explains free text; these explain structure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def grade_choice(correct: Sequence[bool], selected: Sequence[int]) -> float:
    """Score a choice answer given which options are correct and which indices were chosen.

    With one right option, choosing it scores 1 and anything else 0. With several right options
    the credit is partial: each right option chosen earns ``1/len(right)`` and each wrong option
    chosen takes the same amount away, never below 0 — so "choose everything" earns nothing.
    """
    right = {i for i, is_right in enumerate(correct) if is_right}
    if not right:
        raise ValueError("a choice needs at least one correct option")
    chosen = {i for i in selected if 0 <= i < len(correct)}
    if not chosen:
        return 0.0
    hits = len(chosen & right)
    misses = len(chosen - right)
    return max(0.0, min(1.0, (hits - misses) / len(right)))


@dataclass(frozen=True)
class ItemResult:
    """How one classify item was answered."""

    text: str
    answer: str | None
    """The category chosen, or None if the item was not answered."""
    category: str
    """The right category."""
    why: str

    @property
    def right(self) -> bool:
        return self.answer == self.category


@dataclass(frozen=True)
class ClassifyGrade:
    score: float
    items: list[ItemResult]


def grade_classify(
    items: Sequence[tuple[str, str, str]], answers: Sequence[str | None]
) -> ClassifyGrade:
    """Score a classify answer: the share of items put in their right category.

    ``items`` are ``(text, right_category, why)`` triples; ``answers`` the chosen category per
    item in the same order (missing answers count as wrong).
    """
    if not items:
        raise ValueError("nothing to classify")
    results = [
        ItemResult(text, answers[i] if i < len(answers) else None, category, why)
        for i, (text, category, why) in enumerate(items)
    ]
    return ClassifyGrade(sum(r.right for r in results) / len(results), results)


@dataclass(frozen=True)
class OrderGrade:
    score: float
    in_place: frozenset[int]
    """Right-order indices of the items forming the longest run kept in the right relative order."""


def grade_order(order: Sequence[int]) -> OrderGrade:
    """Score an order answer by its longest correctly ordered subsequence.

    ``order`` lists, top to bottom, the right-order index of each item as the person left it
    (so a perfect answer is ``[0, 1, 2, ...]``). The score is ``(L - 1) / (n - 1)`` where ``L`` is
    the length of the longest increasing subsequence: a perfect order scores 1, a fully reversed
    one 0, and one misplaced step in five costs a quarter. This reads well as feedback ("4 of 5
    steps are in the right order relative to each other") and, unlike counting exact positions,
    does not punish a single early slip for shifting everything after it.
    """
    n = len(order)
    if sorted(order) != list(range(n)):
        raise ValueError(f"order must be a permutation of 0..{n - 1}, got {list(order)}")
    if n <= 1:
        return OrderGrade(1.0, frozenset(order))
    # O(n^2) is plenty: packs allow at most 12 items.
    best_len = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if order[j] < order[i] and best_len[j] + 1 > best_len[i]:
                best_len[i] = best_len[j] + 1
                prev[i] = j
    end = max(range(n), key=lambda i: best_len[i])
    kept: set[int] = set()
    while end != -1:
        kept.add(order[end])
        end = prev[end]
    return OrderGrade((len(kept) - 1) / (n - 1), frozenset(kept))
