"""A practice session in progress: which exercises, where we are, what was answered, how long."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Clock = Callable[[], float]
"""Seconds from an arbitrary start (``time.monotonic`` normally; frozen in snapshots)."""


@dataclass
class Result:
    """One answered (or skipped) exercise."""

    key: str
    score: float | None
    """0..1; None for unscored types (reflect, pair) and skips."""
    duration_s: float
    hinted: bool = False
    skipped: bool = False
    attempt_id: str | None = None


@dataclass
class Session:
    """An ordered list of exercise keys worked through one at a time."""

    keys: list[str]
    title: str
    mode: str = "solo"
    """"solo" or "pair"; recorded with every attempt."""
    clock: Clock = time.monotonic
    id: str = field(default_factory=lambda: os.urandom(6).hex())
    """Recorded with every attempt so the store can group them (random, 12 hex digits)."""
    index: int = 0
    results: list[Result] = field(default_factory=list)
    pair_names: tuple[str, str] | None = None
    """Asked once when the first pair prompt comes up."""
    started: float = field(init=False)
    _exercise_started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()
        self._exercise_started = self.started

    @property
    def total(self) -> int:
        return len(self.keys)

    @property
    def finished(self) -> bool:
        return self.index >= len(self.keys)

    @property
    def current(self) -> str | None:
        return None if self.finished else self.keys[self.index]

    @property
    def position(self) -> int:
        """1-based number of the current exercise (``total`` once finished)."""
        return min(self.index + 1, self.total)

    def elapsed(self) -> float:
        return self.clock() - self.started

    def exercise_elapsed(self) -> float:
        return self.clock() - self._exercise_started

    def restart_exercise_timer(self) -> None:
        """A retry is a new attempt, timed from now."""
        self._exercise_started = self.clock()

    def record(self, result: Result) -> None:
        self.results.append(result)

    def advance(self) -> str | None:
        """Move to the next exercise; returns its key, or None when the session is over."""
        self.index += 1
        self._exercise_started = self.clock()
        return self.current

    def turn_of(self, names: tuple[str, str]) -> str:
        """Whose turn it is in a pair session: alternates with every prompt answered (a skip
        gives the same person another prompt)."""
        done = sum(1 for r in self.results if not r.skipped)
        return names[done % 2]

    def latest_results(self) -> dict[str, Result]:
        """The last result per key (a retry replaces the earlier try in the summary)."""
        latest: dict[str, Result] = {}
        for result in self.results:
            latest[result.key] = result
        return latest


def format_elapsed(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
