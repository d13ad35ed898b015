"""The glue between a workshop's state and the rest of the trainer: packs, the coach, progress.

Everything here is still free of Textual; the screens call these functions and then save.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.packs.loader import PackSet
from trainer.packs.models import (
    ChoiceExercise,
    ClassifyExercise,
    Exercise,
    OrderExercise,
    RewriteExercise,
)
from trainer.workshop.model import ExerciseRun, RewriteEntry, WorkshopConfig, WorkshopState
from trainer.workshop.points import REWRITE_PASS, correct_options
from trainer.workshop.store import WorkshopError, WorkshopStore


@dataclass
class WorkshopServices:
    """What the workshop screens need from the outside world, injected so tests fix the clock."""

    packset: PackSet
    data_dir: Path
    clock: Callable[[], float] = field(default=time.time)
    """Seconds since the epoch; a fixed clock makes the timer and snapshots deterministic."""

    @property
    def store(self) -> WorkshopStore:
        return WorkshopStore(self.data_dir)

    def lookup(self, state: WorkshopState) -> dict[str, Exercise]:
        return lookup_for(self.packset, [run.key for run in state.exercises])


WORKSHOP_TYPES: tuple[str, ...] = ("choice", "rewrite", "classify", "order", "pair")
"""Reflection prompts are private journaling, so they never go on a projector."""


def lookup_for(packset: PackSet, keys: Iterable[str]) -> dict[str, Exercise]:
    found: dict[str, Exercise] = {}
    for key in keys:
        hit = packset.get(key)
        if hit is not None:
            found[key] = hit[1]
    return found


def candidates(packset: PackSet, config: WorkshopConfig) -> list[tuple[str, Exercise]]:
    wanted_types = [t for t in config.types if t in WORKSHOP_TYPES] or ["choice"]
    return [
        (key, exercise)
        for key, loaded, exercise in packset.exercises()
        if (not config.packs or loaded.id in config.packs) and exercise.type in wanted_types
    ]


def select_exercises(packset: PackSet, config: WorkshopConfig) -> list[tuple[str, Exercise]]:
    """Up to ``count`` exercises, types in turn so a round mixes them; same seed, same pick."""
    pool = candidates(packset, config)
    if not pool:
        packs = ", ".join(config.packs) or "any pack"
        raise WorkshopError(
            f"no exercises of type {', '.join(config.types) or '-'} in {packs}; "
            "choose other packs or types"
        )
    rng = random.Random(config.seed)
    by_type: dict[str, list[tuple[str, Exercise]]] = {}
    for item in pool:
        by_type.setdefault(item[1].type, []).append(item)
    for items in by_type.values():
        rng.shuffle(items)
    order = [t for t in config.types if t in by_type]
    picked: list[tuple[str, Exercise]] = []
    while len(picked) < config.count and any(by_type[t] for t in order):
        for kind in order:
            if by_type[kind] and len(picked) < config.count:
                picked.append(by_type[kind].pop())
    return picked


def new_workshop(
    packset: PackSet, config: WorkshopConfig, store: WorkshopStore, now: float
) -> WorkshopState:
    """Pick the exercises, start the first one's clock, save, and return the state."""
    if not config.people:
        raise WorkshopError("the roster is empty; write one name a line")
    picked = select_exercises(packset, config)
    rng = random.Random(config.seed + 1)
    runs: list[ExerciseRun] = []
    for key, exercise in picked:
        run = ExerciseRun(key=key, type=exercise.type)
        run.seconds = config.seconds_for(exercise.time_limit)
        run.timer.duration = run.seconds
        if isinstance(exercise, ChoiceExercise):
            run.order = list(range(len(exercise.options)))
            if exercise.shuffle:
                rng.shuffle(run.order)
        elif isinstance(exercise, OrderExercise | ClassifyExercise):
            run.order = list(range(len(exercise.items)))
            rng.shuffle(run.order)
            if isinstance(exercise, OrderExercise) and run.order == sorted(run.order):
                run.order = run.order[1:] + run.order[:1]  # never show the answer as the question
        runs.append(run)
    state = WorkshopState(
        id=store.new_id(config.title, now), config=config, exercises=runs, created_at=now
    )
    state.start(now)
    store.save(state, now)
    return state


# ---- the rewrite coach ----


def _as_text(item: Any) -> str:
    """The coach's Found/Missing/Flag print as the quoted line the room should read."""
    return item if isinstance(item, str) else str(item)


def coach_rewrite(exercise: RewriteExercise, text: str, participant: str | None) -> RewriteEntry:
    """Score a participant's spoken rewrite with the coach (offline, explainable)."""
    from trainer.scoring import score_rewrite

    extra = {
        "require_any": [rule.model_dump() for rule in exercise.require_any],
        "avoid": [rule.model_dump() for rule in exercise.avoid],
        "model_answers": list(exercise.model_answers),
    }
    result = score_rewrite(
        text, kind=exercise.kind, original=exercise.original, said=exercise.said, extra=extra
    )
    raw = float(result.score)
    score = round(raw * 100) if raw <= 1.0 else round(raw)
    return RewriteEntry(
        text=text,
        participant=participant,
        score=max(0, min(100, score)),
        verdict=_as_text(result.verdict),
        found=[_as_text(item) for item in result.found],
        missing=[_as_text(item) for item in result.missing],
        flags=[_as_text(item) for item in result.flags],
    )


# ---- progress: each participant is a profile, mode "workshop" ----


def attempts_for(state: WorkshopState, run: ExerciseRun, exercise: Exercise) -> dict[str, float]:
    """Per participant, the 0..1 score this exercise earned them (only for what was entered)."""
    roster = state.config.roster
    teams = set(roster.teams)
    scores: dict[str, float] = {}

    def give(chooser: str, value: float) -> None:
        for person in roster.members(chooser) if chooser in teams else [chooser]:
            scores[person] = value

    if isinstance(exercise, ChoiceExercise) and run.marked:
        good = correct_options(exercise)
        for chooser, option in run.choices.items():
            give(chooser, 1.0 if option in good else 0.0)
    elif isinstance(exercise, ClassifyExercise | OrderExercise) and run.marked:
        for chooser in state.config.choosers():
            give(chooser, 1.0 if chooser in run.credited else 0.0)
    elif isinstance(exercise, RewriteExercise):
        for entry in run.rewrites:
            if entry.participant:
                scores[entry.participant] = max(
                    scores.get(entry.participant, 0.0), entry.score / 100
                )
    return scores


def record_progress(
    state: WorkshopState,
    run: ExerciseRun,
    exercise: Exercise,
    data_dir: Path,
    packs: PackSet | None = None,
) -> int:
    """Write the exercise's attempts to the progress store once; returns how many were written.

    With scoring off nothing is scored, so nothing is recorded: the group asked not to keep score.
    """
    if run.recorded or state.scoring == "off":
        return 0
    scores = attempts_for(state, run, exercise)
    if scores:
        from trainer.progress.store import ProgressStore

        store = ProgressStore(data_dir, packs=packs)
        for person, score in scores.items():
            store.record_attempt(run.key, score, profile=person, mode="workshop", session=state.id)
    run.recorded = True
    return len(scores)


def passed(entry: RewriteEntry) -> bool:
    return entry.score >= REWRITE_PASS
