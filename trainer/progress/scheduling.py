"""Spaced repetition with FSRS: one card per (profile, exercise), rated from the attempt's score.

Score -> rating (scores are 0..1):

==============  ======
score < 0.4     Again
0.4 <= s < 0.7  Hard
0.7 <= s < 0.9  Good
s >= 0.9        Easy
==============  ======

An attempt made with a hint is rated at most Hard: it shows the skill is not yet free-standing.

``reflect`` and ``pair`` exercises are not scheduled: there is nothing to get right and nothing to
forget, so they count for streaks, sessions and history but get no card and no mastery.

Fuzzing is off so that replaying the same attempts always gives the same cards (imports, repairs
and rebuilds after a damaged state file all replay history).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from fsrs import Card, Rating, Scheduler

UNSCHEDULED_TYPES = frozenset({"reflect", "pair"})
"""Exercise types that are recorded but never scheduled nor counted in mastery."""

THRESHOLDS: tuple[tuple[float, Rating], ...] = (
    (0.4, Rating.Again),
    (0.7, Rating.Hard),
    (0.9, Rating.Good),
)

_scheduler: Scheduler | None = None


def scheduler() -> Scheduler:
    global _scheduler
    if _scheduler is None:
        _scheduler = Scheduler(enable_fuzzing=False)
    return _scheduler


def rating_for(score: float, hinted: bool = False) -> Rating:
    """The FSRS rating for an attempt (see the table in the module docstring)."""
    rating = Rating.Easy
    for limit, below in THRESHOLDS:
        if score < limit:
            rating = below
            break
    if hinted and rating > Rating.Hard:
        rating = Rating.Hard
    return rating


def card_id_for(profile: str, exercise: str) -> int:
    """A stable card id: ``Card()`` without one sleeps 1 ms and differs on every machine."""
    digest = hashlib.blake2b(f"{profile}/{exercise}".encode(), digest_size=6).digest()
    return int.from_bytes(digest, "big")


def new_card(profile: str, exercise: str, now: datetime) -> Card:
    return Card(card_id=card_id_for(profile, exercise), due=now)


def review(
    card_dict: dict[str, Any] | None,
    profile: str,
    exercise: str,
    score: float,
    hinted: bool,
    when: datetime,
) -> dict[str, Any]:
    """Apply one attempt to a stored card (or a new one) and return the card to store."""
    when = when.astimezone(UTC)
    card = Card.from_dict(card_dict) if card_dict else new_card(profile, exercise, when)  # type: ignore[arg-type]
    if card.last_review is not None and when < card.last_review:
        # An imported attempt older than the last review: FSRS cannot go back in time. The
        # store replays history in order when it imports, so this only guards odd clocks.
        when = card.last_review
    updated, _log = scheduler().review_card(card, rating_for(score, hinted), when)
    return dict(updated.to_dict())


def retrievability(card_dict: dict[str, Any], now: datetime) -> float:
    card = Card.from_dict(card_dict)  # type: ignore[arg-type]
    return float(scheduler().get_card_retrievability(card, now))


def parse_utc(text: str) -> datetime:
    """Parse an ISO timestamp; naive ones are taken as UTC."""
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def iso_utc(value: datetime) -> str:
    """A fixed-width ISO form, so timestamps sort as text."""
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.astimezone(UTC).isoformat(timespec="microseconds")
