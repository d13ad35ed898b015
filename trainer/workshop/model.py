"""A workshop's configuration and state, as plain data that round-trips through JSON.

Time is never read here: every operation that depends on it takes ``now`` (seconds since the
epoch) from the caller, so the timer is exact under test and survives a restart. The timer never
sleeps; ``remaining(now)`` is computed from when it started, how long it was paused and the extra
seconds added.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from trainer.workshop.roster import Participant, Roster

ScoringMode = Literal["on", "anonymous", "off"]
SCORING_MODES: tuple[str, ...] = ("on", "anonymous", "off")
Phase = Literal["question", "reveal", "leaderboard", "done"]
DEFAULT_SECONDS = 90
DEFAULT_TYPES: tuple[str, ...] = ("choice", "rewrite", "classify", "order")
EXTRA_SECONDS = 30
STATE_VERSION = 1


class PersonModel(BaseModel):
    name: str
    team: str | None = None


class WorkshopConfig(BaseModel):
    title: str
    packs: list[str] = Field(default_factory=list)
    """Pack ids to draw from; empty means every loaded pack."""
    types: list[str] = Field(default_factory=lambda: list(DEFAULT_TYPES))
    count: int = Field(default=5, ge=1, le=100)
    seconds: int = Field(default=DEFAULT_SECONDS, ge=0, le=3600)
    """Seconds per exercise; 0 is untimed. An exercise's own ``time_limit`` wins when timed."""
    people: list[PersonModel] = Field(default_factory=list)
    scoring: ScoringMode = "on"
    seed: int = 0

    @property
    def roster(self) -> Roster:
        return Roster(tuple(Participant(p.name, p.team) for p in self.people))

    @staticmethod
    def people_from(roster: Roster) -> list[PersonModel]:
        return [PersonModel(name=p.name, team=p.team) for p in roster.participants]

    @property
    def teams(self) -> list[str]:
        return self.roster.teams

    def choosers(self) -> list[str]:
        """Who answers as one: the teams when there are teams, otherwise each participant."""
        return self.teams or [p.name for p in self.people]

    def seconds_for(self, time_limit: int | None) -> int:
        if self.seconds == 0:
            return 0
        return time_limit or self.seconds


class TimerState(BaseModel):
    duration: int = 0
    """Seconds; 0 means untimed."""
    started_at: float | None = None
    paused_at: float | None = None
    paused_total: float = 0.0
    extra: int = 0

    @property
    def timed(self) -> bool:
        return self.duration > 0

    @property
    def total(self) -> int:
        return self.duration + self.extra

    def elapsed(self, now: float) -> float:
        if self.started_at is None:
            return 0.0
        end = self.paused_at if self.paused_at is not None else now
        return max(0.0, end - self.started_at - self.paused_total)

    def remaining(self, now: float) -> float | None:
        """Seconds left, or None when untimed."""
        if not self.timed:
            return None
        return max(0.0, self.total - self.elapsed(now))

    def is_up(self, now: float) -> bool:
        remaining = self.remaining(now)
        return remaining is not None and remaining <= 0

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    def start(self, now: float) -> None:
        if self.started_at is None:
            self.started_at = now

    def pause(self, now: float) -> None:
        if self.started_at is not None and self.paused_at is None:
            self.paused_at = now

    def resume(self, now: float) -> None:
        if self.paused_at is not None:
            self.paused_total += max(0.0, now - self.paused_at)
            self.paused_at = None

    def toggle(self, now: float) -> None:
        if self.paused:
            self.resume(now)
        else:
            self.pause(now)

    def add(self, seconds: int = EXTRA_SECONDS) -> None:
        if self.timed:
            self.extra += seconds

    def freeze(self, at: float) -> None:
        """Pause as of ``at`` (used when resuming after the terminal was closed)."""
        if self.started_at is not None and self.paused_at is None:
            self.paused_at = max(self.started_at, at)


class RewriteEntry(BaseModel):
    text: str
    participant: str | None = None
    score: int = 0
    """0-100 from the coach."""
    verdict: str = ""
    found: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)


class ExerciseRun(BaseModel):
    key: str
    type: str = ""
    seconds: int = 0
    timer: TimerState = Field(default_factory=TimerState)
    order: list[int] = Field(default_factory=list)
    """For choice: the option indexes in the order shown (letters A, B, C follow it)."""
    counts: dict[str, int] = Field(default_factory=dict)
    """Option index (as text, JSON keys) -> how many people chose it, for unnamed hands."""
    choices: dict[str, int] = Field(default_factory=dict)
    """Team (or participant) -> the option index they chose."""
    first: str | None = None
    """Who locked in first: a speed point, kept apart from correctness."""
    credited: list[str] = Field(default_factory=list)
    """For classify/order: the teams or participants who got it right."""
    rewrites: list[RewriteEntry] = Field(default_factory=list)
    marked: bool = False
    """Who chose what was entered (so an empty credit list means nobody, not unknown)."""
    revealed: bool = False
    skipped: bool = False
    answered_in: float | None = None
    """Seconds on the clock when the answer was revealed."""
    recorded: bool = False
    """Attempts already written to the progress store (never twice, even after a resume)."""

    @property
    def tallied(self) -> bool:
        return self.marked or bool(self.rewrites)

    def letter_of(self, option: int) -> str:
        """The letter an option is shown under on the projector."""
        position = self.order.index(option) if option in self.order else option
        return chr(ord("A") + position)


class WorkshopState(BaseModel):
    version: int = STATE_VERSION
    id: str
    config: WorkshopConfig
    exercises: list[ExerciseRun]
    index: int = 0
    phase: Phase = "question"
    created_at: float = 0.0
    saved_at: float = 0.0
    finished_at: float | None = None
    pid: int | None = None
    """The process running the projector (the companion tells live from past by it)."""

    @property
    def current(self) -> ExerciseRun | None:
        if 0 <= self.index < len(self.exercises):
            return self.exercises[self.index]
        return None

    @property
    def done(self) -> bool:
        return self.phase == "done"

    @property
    def scoring(self) -> ScoringMode:
        return self.config.scoring

    # ---- actions: each changes the state; the caller saves after every one ----

    def start(self, now: float) -> None:
        run = self.current
        if run is not None and self.phase == "question":
            run.timer.start(now)

    def toggle_pause(self, now: float) -> None:
        run = self.current
        if run is not None and self.phase == "question":
            run.timer.toggle(now)

    def add_time(self, seconds: int = EXTRA_SECONDS) -> None:
        run = self.current
        if run is not None and self.phase == "question":
            run.timer.add(seconds)

    def reveal(self, now: float) -> None:
        run = self.current
        if run is None or self.phase != "question":
            return
        run.timer.pause(now)
        run.answered_in = round(run.timer.elapsed(now), 1)
        run.revealed = True
        self.phase = "reveal"

    def skip(self, now: float) -> None:
        """Leave the current exercise without revealing it."""
        run = self.current
        if run is None or self.phase not in ("question", "reveal"):
            return
        run.timer.pause(now)
        if not run.revealed:
            run.skipped = True
        self._advance(now, show_leaderboard=False)

    def next(self, now: float) -> None:
        """From the reveal: the leaderboard when scores are kept, else the next exercise."""
        if self.phase == "reveal":
            self._advance(now, show_leaderboard=self.scoring != "off")
        elif self.phase == "leaderboard":
            self._go_to(self.index + 1, now)

    def _advance(self, now: float, *, show_leaderboard: bool) -> None:
        if show_leaderboard:
            self.phase = "leaderboard"
        else:
            self._go_to(self.index + 1, now)

    def _go_to(self, index: int, now: float) -> None:
        if index >= len(self.exercises):
            self.index = len(self.exercises) - 1
            self.phase = "done"
            self.finished_at = now
            return
        self.index = index
        self.phase = "question"
        self.exercises[index].timer.start(now)

    def finish(self, now: float) -> None:
        """End early: the summary shows what was played."""
        run = self.current
        if run is not None:
            run.timer.pause(now)
        self.phase = "done"
        self.finished_at = now

    def set_tally(
        self,
        counts: dict[int, int],
        choices: dict[str, int],
        first: str | None = None,
        *,
        options: int | None = None,
    ) -> None:
        """Hands per option and who chose what; unknown names and options are dropped."""
        run = self.current
        if run is None:
            return
        limit = options if options is not None else (len(run.order) or None)

        def valid(option: int) -> bool:
            return option >= 0 and (limit is None or option < limit)

        run.counts = {str(o): n for o, n in sorted(counts.items()) if n > 0 and valid(o)}
        known = set(self.config.choosers())
        run.choices = {who: o for who, o in choices.items() if who in known and valid(o)}
        run.first = first if first in known else None
        run.marked = True

    def set_credited(self, names: list[str]) -> None:
        run = self.current
        if run is None:
            return
        known = self.config.choosers()
        run.credited = [name for name in known if name in names]
        run.marked = True

    def add_rewrite(self, entry: RewriteEntry) -> None:
        run = self.current
        if run is not None:
            if entry.participant not in {p.name for p in self.config.people}:
                entry = entry.model_copy(update={"participant": None})
            run.rewrites.append(entry)

    def credit_rewrite(self, position: int, participant: str | None) -> None:
        run = self.current
        if run is None or not 0 <= position < len(run.rewrites):
            return
        if participant is not None and participant not in {p.name for p in self.config.people}:
            return
        run.rewrites[position] = run.rewrites[position].model_copy(
            update={"participant": participant}
        )

    def resumed(self, now: float) -> None:
        """After a restart: the clock stopped when the last save happened, so freeze it there."""
        run = self.current
        if run is not None and self.phase == "question":
            run.timer.freeze(min(now, self.saved_at or now))
