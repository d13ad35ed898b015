"""The shapes the progress store returns (for the UI, the CLI and workshops)."""

from __future__ import annotations

from typing import Any, TypedDict

Attempt = dict[str, Any]
"""One attempt: ``id`` (uuid4 hex), ``profile``, ``exercise`` (``pack/exercise``), ``score`` (0..1),
``ts`` (ISO UTC), ``day`` (local date the attempt was made, ``YYYY-MM-DD``), ``answer``,
``duration_s``, ``hinted``, ``mode`` (``solo``/``workshop``/...), ``session``, ``scheduled``."""

Reflection = dict[str, Any]
"""One journal entry: ``id``, ``profile``, ``exercise``, ``text``, ``ts`` (ISO UTC)."""


class ExerciseMastery(TypedDict):
    mastery: float
    """0..1: recent-weighted score (EWMA, alpha 0.4) x confidence (attempts/3, at most 1)."""
    level: float
    """The recent-weighted score alone."""
    attempts: int
    best: float
    last: float
    last_practised: str
    """ISO UTC of the latest attempt."""
    next_due: str | None
    """ISO UTC when FSRS wants it again; None for unscheduled exercises."""


class GroupMastery(TypedDict):
    mastery: float
    """Mean exercise mastery over ALL scored exercises of the group (unpractised count as 0)."""
    practised: int
    total: int


class Mastery(TypedDict):
    exercises: dict[str, ExerciseMastery]
    packs: dict[str, GroupMastery]
    components: dict[str, GroupMastery]
    steps: dict[str, GroupMastery]


class Streak(TypedDict):
    current: int
    """Practised days in the current run (forgiven days keep the run alive but do not count)."""
    longest: int
    days_7: int
    """Distinct days practised in the last 7 days, today included."""
    days_30: int
    practised_today: bool
    forgiven: list[str]
    """Missed days (ISO dates) forgiven inside the current run: at most one in any 7 days."""


class Session(TypedDict):
    id: str
    """The ``session`` given when recording, or ``auto-<first attempt id>`` for solo practice
    grouped by gaps of under 30 minutes."""
    start: str
    end: str
    attempts: int
    exercises: int
    mean_score: float
    mode: str


class ImportResult(TypedDict):
    attempts_added: int
    attempts_skipped: int
    reflections_added: int
    reflections_skipped: int
