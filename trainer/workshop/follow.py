"""The facilitator's companion: follow a running workshop through its state file.

The projector saves after every action; the companion polls the file's modification stamp a few
times a second and re-reads it only when it changed, so it is at most a poll interval behind.
``companion_sections`` is what the companion shows: everything the projector must not.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.packs.models import (
    ChoiceExercise,
    ClassifyExercise,
    Exercise,
    OrderExercise,
    PairExercise,
    RewriteExercise,
)
from trainer.workshop.model import WorkshopState
from trainer.workshop.points import option_votes
from trainer.workshop.store import WorkshopStore

POLL_SECONDS = 0.2


class StateFollower:
    """Re-reads a workshop's file when (and only when) it changed on disk."""

    def __init__(self, store: WorkshopStore, workshop_id: str) -> None:
        self.store = store
        self.workshop_id = workshop_id
        self.state: WorkshopState | None = None
        self._stamp: tuple[int, int] | None = None

    def _current_stamp(self) -> tuple[int, int] | None:
        try:
            info = self.store.path(self.workshop_id).stat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_ino

    def poll(self) -> WorkshopState | None:
        """The new state when the file changed since the last poll, else None."""
        stamp = self._current_stamp()
        if stamp is None or stamp == self._stamp:
            return None
        state = self.store.peek(self.workshop_id)
        if state is None:
            return None
        self._stamp = stamp
        self.state = state
        return state


@dataclass(frozen=True)
class Section:
    heading: str
    lines: list[str]


def clock_text(state: WorkshopState, now: float) -> str:
    run = state.current
    if run is None:
        return ""
    remaining = run.timer.remaining(now)
    if remaining is None:
        return "untimed"
    minutes, seconds = divmod(int(remaining + 0.999), 60)
    text = f"{minutes}:{seconds:02d} left"
    if run.timer.paused and state.phase == "question":
        text += " (paused)"
    elif remaining <= 0:
        text = "time is up"
    return text


def status_line(state: WorkshopState, now: float) -> str:
    phase = {
        "question": "question on screen",
        "reveal": "answer revealed",
        "leaderboard": "leaderboard",
        "done": "finished",
    }[state.phase]
    position = f"exercise {state.index + 1} of {len(state.exercises)}"
    return f"{position} · {phase} · {clock_text(state, now)} · scoring {state.scoring}"


def companion_sections(state: WorkshopState, exercise: Exercise | None) -> list[Section]:
    """Notes, answers, model answers, discussion questions and what the room has answered."""
    run = state.current
    if run is None or exercise is None:
        return [Section("Exercise", ["(not in the loaded packs)"])]
    sections = [Section("On the projector", [exercise.prompt])]
    if exercise.facilitator_notes:
        sections.append(Section("Facilitator notes", [exercise.facilitator_notes]))
    answers: list[str] = []
    if isinstance(exercise, ChoiceExercise):
        for row in option_votes(state, run, exercise):
            mark = "RIGHT" if row.correct else "     "
            answers.append(f"{row.letter} {mark} {row.text}")
            answers.append(f"      {row.feedback}")
    elif isinstance(exercise, RewriteExercise):
        answers.append(f"Original: {exercise.original}")
        if exercise.said:
            answers.append(f"They said: {exercise.said}")
        answers += [f"Model: {answer}" for answer in exercise.model_answers]
        answers += [f"Hint: {hint}" for hint in exercise.hints]
    elif isinstance(exercise, ClassifyExercise):
        answers += [f"{item.text} -> {item.category}: {item.why}" for item in exercise.items]
    elif isinstance(exercise, OrderExercise):
        for position, item in enumerate(exercise.items, start=1):
            letter = run.letter_of(position - 1)
            why = f": {item.why}" if item.why else ""
            answers.append(f"{position}. ({letter} on screen) {item.text}{why}")
    elif isinstance(exercise, PairExercise):
        answers += [f"Follow-up: {question}" for question in exercise.follow_ups]
    if answers:
        sections.append(Section("Answers", answers))
    if exercise.explanation:
        sections.append(Section("Explanation", [exercise.explanation]))
    if exercise.discussion:
        sections.append(Section("Discussion questions", list(exercise.discussion)))
    sections.append(Section("The room so far", _room_lines(state, exercise)))
    if exercise.source:
        sections.append(Section("Source", [exercise.source]))
    return sections


def _room_lines(state: WorkshopState, exercise: Exercise) -> list[str]:
    run = state.current
    assert run is not None
    lines: list[str] = []
    if isinstance(exercise, ChoiceExercise) and run.marked:
        for row in option_votes(state, run, exercise):
            who = f" ({', '.join(row.who)})" if row.who else ""
            lines.append(f"{row.letter}: {row.votes}{who}")
        if run.first:
            lines.append(f"First in: {run.first}")
    if isinstance(exercise, ClassifyExercise | OrderExercise) and run.marked:
        lines.append("Got it right: " + (", ".join(run.credited) or "nobody"))
    for entry in run.rewrites:
        who = entry.participant or "unassigned"
        lines.append(f"{who}: {entry.score}/100 {entry.verdict} - {entry.text}")
    return lines or ["nothing entered yet"]
