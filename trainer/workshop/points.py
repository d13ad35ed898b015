"""Points from tallies: correctness and speed kept apart, and leaderboards for each scoring mode.

A "chooser" answers as one: a team when the roster has teams, otherwise a participant. Correct
answers are counted per chooser and per participant (a team's answer counts for each member);
speed is a separate count of times a chooser was first in with a right answer, shown beside
correctness and only used to break ties.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from trainer.packs.models import (
    ChoiceExercise,
    ClassifyExercise,
    Exercise,
    OrderExercise,
    RewriteExercise,
)
from trainer.workshop.model import ExerciseRun, WorkshopState
from trainer.workshop.roster import initials

REWRITE_PASS = 70
"""A coach score at or above this counts a live rewrite as a right answer."""

Lookup = Mapping[str, Exercise]


@dataclass
class Tally:
    """One participant's or chooser's record across the workshop."""

    name: str
    correct: int = 0
    answered: int = 0
    speed: int = 0
    rewrite_scores: list[int] = field(default_factory=list)

    @property
    def rewrite_avg(self) -> float | None:
        if not self.rewrite_scores:
            return None
        return sum(self.rewrite_scores) / len(self.rewrite_scores)


@dataclass(frozen=True)
class OptionVotes:
    letter: str
    text: str
    votes: int
    correct: bool
    feedback: str
    who: tuple[str, ...] = ()


@dataclass(frozen=True)
class LeaderRow:
    place: int
    label: str
    correct: int
    speed: int
    answered: int


def correct_options(exercise: ChoiceExercise) -> set[int]:
    return {i for i, option in enumerate(exercise.options) if option.correct}


def option_votes(
    state: WorkshopState, run: ExerciseRun, exercise: ChoiceExercise
) -> list[OptionVotes]:
    """How many people chose each option, in the order shown on the projector."""
    roster = state.config.roster
    teams = set(roster.teams)
    order = run.order or list(range(len(exercise.options)))
    rows: list[OptionVotes] = []
    # Named answers and raised hands describe the same room: when the facilitator recorded who
    # chose what, those are the votes, and hands entered as well are not added on top.
    use_hands = not run.choices
    for option in order:
        votes = run.counts.get(str(option), 0) if use_hands else 0
        who: list[str] = []
        for chooser, chosen in run.choices.items():
            if chosen == option:
                votes += len(roster.members(chooser)) if chooser in teams else 1
                who.append(chooser)
        spec = exercise.options[option]
        rows.append(
            OptionVotes(
                run.letter_of(option), spec.text, votes, spec.correct, spec.feedback, tuple(who)
            )
        )
    return rows


def _run_results(
    state: WorkshopState, run: ExerciseRun, exercise: Exercise
) -> tuple[dict[str, bool], dict[str, int]]:
    """Per chooser: right or wrong; per participant: best rewrite score in this exercise."""
    right: dict[str, bool] = {}
    best: dict[str, int] = {}
    if isinstance(exercise, ChoiceExercise) and run.marked:
        good = correct_options(exercise)
        right = {who: option in good for who, option in run.choices.items()}
    elif isinstance(exercise, ClassifyExercise | OrderExercise) and run.marked:
        right = {who: who in run.credited for who in state.config.choosers()}
    elif isinstance(exercise, RewriteExercise):
        for entry in run.rewrites:
            if entry.participant:
                best[entry.participant] = max(best.get(entry.participant, 0), entry.score)
    return right, best


def participant_tallies(state: WorkshopState, lookup: Lookup) -> dict[str, Tally]:
    """Per participant: correct answers (a team's count for each member) and rewrite scores."""
    roster = state.config.roster
    teams = set(roster.teams)
    tallies = {name: Tally(name) for name in roster.names}
    for run in state.exercises:
        exercise = lookup.get(run.key)
        if exercise is None:
            continue
        right, best = _run_results(state, run, exercise)
        for chooser, ok in right.items():
            for person in roster.members(chooser) if chooser in teams else [chooser]:
                if person in tallies:
                    tallies[person].answered += 1
                    tallies[person].correct += int(ok)
                    tallies[person].speed += int(ok and run.first == chooser)
        for person, score in best.items():
            if person in tallies:
                tallies[person].answered += 1
                tallies[person].correct += int(score >= REWRITE_PASS)
                tallies[person].rewrite_scores.append(score)
    return tallies


def chooser_tallies(state: WorkshopState, lookup: Lookup) -> dict[str, Tally]:
    """Per team (or per participant when there are no teams)."""
    roster = state.config.roster
    if not roster.teams:
        return participant_tallies(state, lookup)
    tallies = {team: Tally(team) for team in roster.teams}
    for run in state.exercises:
        exercise = lookup.get(run.key)
        if exercise is None:
            continue
        right, best = _run_results(state, run, exercise)
        for team, ok in right.items():
            if team in tallies:
                tallies[team].answered += 1
                tallies[team].correct += int(ok)
                tallies[team].speed += int(ok and run.first == team)
        team_best: dict[str, int] = {}
        for person, score in best.items():
            member_of = roster.team_of(person)
            if member_of is not None and member_of in tallies:
                team_best[member_of] = max(team_best.get(member_of, 0), score)
                tallies[member_of].rewrite_scores.append(score)
        for team, score in team_best.items():
            tallies[team].answered += 1
            tallies[team].correct += int(score >= REWRITE_PASS)
    return tallies


def leaderboard(state: WorkshopState, lookup: Lookup) -> list[LeaderRow] | None:
    """Ranked by correct answers, then speed; None when scoring is off (no numbers at all)."""
    if state.scoring == "off":
        return None
    tallies = list(chooser_tallies(state, lookup).values())
    order = {name: i for i, name in enumerate(state.config.choosers())}
    tallies.sort(key=lambda t: (-t.correct, -t.speed, order.get(t.name, 0)))
    anonymous = state.scoring == "anonymous" and not state.config.teams
    rows: list[LeaderRow] = []
    place = 0
    previous: tuple[int, int] | None = None
    for position, tally in enumerate(tallies, start=1):
        key = (tally.correct, tally.speed)
        if key != previous:
            place, previous = position, key
        label = initials(tally.name) if anonymous else tally.name
        rows.append(LeaderRow(place, label, tally.correct, tally.speed, tally.answered))
    return rows


def success_rate(state: WorkshopState, run: ExerciseRun, exercise: Exercise) -> float | None:
    """0..1: share of the room that got it right (or the mean rewrite score); None if no data."""
    if isinstance(exercise, ChoiceExercise):
        rows = option_votes(state, run, exercise)
        total = sum(row.votes for row in rows)
        if not total:
            return None
        return sum(row.votes for row in rows if row.correct) / total
    if isinstance(exercise, ClassifyExercise | OrderExercise):
        choosers = state.config.choosers()
        if not run.marked or not choosers:
            return None
        return len(run.credited) / len(choosers)
    if isinstance(exercise, RewriteExercise):
        if not run.rewrites:
            return None
        return sum(entry.score for entry in run.rewrites) / len(run.rewrites) / 100
    return None


def strongest_and_hardest(
    state: WorkshopState, lookup: Lookup
) -> tuple[ExerciseRun | None, ExerciseRun | None]:
    rated: list[tuple[float, int, ExerciseRun]] = []
    for position, run in enumerate(state.exercises):
        exercise = lookup.get(run.key)
        if exercise is None or run.skipped:
            continue
        rate = success_rate(state, run, exercise)
        if rate is not None:
            rated.append((rate, position, run))
    if not rated:
        return None, None
    strongest = max(rated, key=lambda item: (item[0], -item[1]))[2]
    hardest = min(rated, key=lambda item: (item[0], item[1]))[2]
    if strongest is hardest and len(rated) > 1:
        return strongest, None
    return strongest, hardest if len(rated) > 1 else None
