"""The results of a workshop: a printable Markdown handout and a CSV for a spreadsheet.

Both hold per-participant correct counts and average rewrite scores (unless scoring was off: then
no scores at all), each exercise's distribution, the strongest and hardest exercise, and the
discussion questions used. Pack and participant text is written as typed; in Markdown the
characters that would change the layout are escaped.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

from trainer.packs.models import (
    ChoiceExercise,
    ClassifyExercise,
    Exercise,
    OrderExercise,
    PairExercise,
    RewriteExercise,
)
from trainer.workshop.model import ExerciseRun, WorkshopState
from trainer.workshop.points import (
    Lookup,
    leaderboard,
    option_votes,
    participant_tallies,
    strongest_and_hardest,
    success_rate,
)
from trainer.workshop.roster import initials

FORMATS = ("md", "csv")
TYPE_NAMES = {
    "choice": "Choice",
    "rewrite": "Rewrite",
    "classify": "Classify",
    "order": "Order",
    "pair": "Pair prompt",
}


def _md(text: str) -> str:
    """Plain text inside Markdown: escape what would become markup, keep it on one line."""
    text = " ".join(text.split())
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", text)


def _when(stamp: float) -> str:
    return datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M") if stamp else "-"


def _label(state: WorkshopState, name: str) -> str:
    return initials(name) if state.scoring == "anonymous" else name


def _prompt(lookup: Lookup, key: str) -> str:
    exercise = lookup.get(key)
    return exercise.prompt if exercise is not None else f"{key} (no longer in the packs)"


def discussion_used(state: WorkshopState, lookup: Lookup) -> list[tuple[str, str]]:
    """(exercise key, question) for every exercise that was revealed."""
    used: list[tuple[str, str]] = []
    for run in state.exercises:
        exercise = lookup.get(run.key)
        if exercise is not None and run.revealed:
            used.extend((run.key, question) for question in exercise.discussion)
    return used


def render_markdown(state: WorkshopState, lookup: Lookup) -> str:
    off = state.scoring == "off"
    config = state.config
    lines = [f"# {_md(config.title)}", ""]
    played = [run for run in state.exercises if run.revealed or run.skipped]
    facts = [f"Held {_when(state.created_at)}", f"{len(config.people)} participants"]
    if config.teams:
        facts.append("teams: " + ", ".join(_md(t) for t in config.teams))
    facts.append(
        {"on": "scores kept", "anonymous": "scores kept anonymously", "off": "no scores kept"}[
            config.scoring
        ]
    )
    lines += [" · ".join(facts), ""]
    if off:
        lines += [
            "Scoring was off: this handout keeps answers and questions, no scores.",
            "",
        ]
    else:
        tallies = participant_tallies(state, lookup)
        team_column = bool(config.teams)
        head = "| Participant | Team |" if team_column else "| Participant |"
        lines += ["## Results", "", f"{head} Correct | Answered | Avg rewrite |"]
        lines += ["|---|---|---:|---:|---:|" if team_column else "|---|---:|---:|---:|"]
        for name, tally in tallies.items():
            team = f" {_md(config.roster.team_of(name) or '')} |" if team_column else ""
            avg = f"{tally.rewrite_avg:.0f}" if tally.rewrite_avg is not None else "-"
            lines.append(
                f"| {_md(_label(state, name))} |{team} {tally.correct} | {tally.answered} | {avg} |"
            )
        lines.append("")
        board = leaderboard(state, lookup) or []
        if config.teams and board:
            lines += ["| Place | Team | Correct | First in |", "|---:|---|---:|---:|"]
            lines += [f"| {r.place} | {_md(r.label)} | {r.correct} | {r.speed} |" for r in board]
            lines.append("")
        strongest, hardest = strongest_and_hardest(state, lookup)
        if strongest is not None:
            lines.append(f"- Strongest exercise: {_md(_prompt(lookup, strongest.key))}")
        if hardest is not None:
            lines.append(f"- Hardest exercise: {_md(_prompt(lookup, hardest.key))}")
        if strongest is not None or hardest is not None:
            lines.append("")
    lines += ["## Exercises", ""]
    for position, run in enumerate(played, start=1):
        exercise = lookup.get(run.key)
        heading = "###" if off else f"### {position}."
        if exercise is None:
            lines += [
                f"{heading} {_md(run.key)}",
                "",
                "(This exercise is no longer in the packs.)",
                "",
            ]
            continue
        lines += [f"{heading} {_md(exercise.prompt)}", ""]
        kind = TYPE_NAMES.get(exercise.type, exercise.type)
        lines += [f"*{kind}*" + (" — skipped" if run.skipped else ""), ""]
        if run.revealed:
            lines += _exercise_md(state, run, exercise, off)
    used = discussion_used(state, lookup)
    if used:
        lines += ["## Discussion questions used", ""]
        lines += [f"- {_md(question)}" for _, question in used]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _exercise_md(
    state: WorkshopState, run: ExerciseRun, exercise: Exercise, off: bool
) -> list[str]:
    lines: list[str] = []
    if isinstance(exercise, ChoiceExercise):
        rows = option_votes(state, run, exercise)
        total = sum(row.votes for row in rows)
        for row in rows:
            mark = " ✓" if row.correct else ""
            votes = "" if off or not total else f" — {row.votes} of {total}"
            lines.append(f"- **{row.letter}** {_md(row.text)}{mark}{votes}")
            lines.append(f"  - {_md(row.feedback)}")
        lines.append("")
    elif isinstance(exercise, RewriteExercise):
        lines += [f"Original: “{_md(exercise.original)}”", ""]
        if exercise.said:
            lines += [f"They said: “{_md(exercise.said)}”", ""]
        lines.append("Model answers:")
        lines += [f"- “{_md(answer)}”" for answer in exercise.model_answers]
        lines.append("")
        if run.rewrites:
            lines.append("Heard in the room:")
            for entry in run.rewrites:
                who = f" — {_md(_label(state, entry.participant))}" if entry.participant else ""
                score = "" if off else f" ({entry.score}/100)"
                lines.append(f"- “{_md(entry.text)}”{who}{score}")
                for note in entry.found:
                    lines.append(f"  - + {_md(note)}")
                for note in entry.missing + entry.flags:
                    lines.append(f"  - − {_md(note)}")
            lines.append("")
    elif isinstance(exercise, ClassifyExercise):
        for sorted_item in exercise.items:
            lines.append(
                f"- {_md(sorted_item.text)} → **{_md(sorted_item.category)}**: "
                f"{_md(sorted_item.why)}"
            )
        lines.append("")
    elif isinstance(exercise, OrderExercise):
        for position, item in enumerate(exercise.items, start=1):
            bullet = "-" if off else f"{position}."
            why = f": {_md(item.why)}" if item.why else ""
            lines.append(f"{bullet} {_md(item.text)}{why}")
        lines.append("")
    elif isinstance(exercise, PairExercise):
        lines += [f"- {_md(q)}" for q in exercise.follow_ups] + [""]
    if isinstance(exercise, ClassifyExercise | OrderExercise) and run.marked and not off:
        got = ", ".join(_md(_label(state, n)) for n in run.credited) or "nobody this time"
        lines += [f"Got it right: {got}", ""]
    if exercise.explanation:
        lines += [_md(exercise.explanation), ""]
    return lines


def render_csv(state: WorkshopState, lookup: Lookup) -> str:
    """One table in long form: a ``section`` column says what each row is."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "section",
            "exercise",
            "label",
            "team",
            "correct",
            "answered",
            "avg_rewrite_score",
            "votes",
            "share",
            "detail",
        ]
    )
    off = state.scoring == "off"
    if not off:
        for name, tally in participant_tallies(state, lookup).items():
            avg = f"{tally.rewrite_avg:.1f}" if tally.rewrite_avg is not None else ""
            writer.writerow(
                [
                    "participant",
                    "",
                    name,
                    state.config.roster.team_of(name) or "",
                    tally.correct,
                    tally.answered,
                    avg,
                    "",
                    "",
                    "",
                ]
            )
    for run in state.exercises:
        exercise = lookup.get(run.key)
        if exercise is None or not (run.revealed or run.skipped):
            continue
        status = "skipped" if run.skipped else exercise.type
        rate = None if off else success_rate(state, run, exercise)
        writer.writerow(
            [
                "exercise",
                run.key,
                exercise.prompt,
                "",
                "",
                "",
                "",
                "",
                f"{rate:.2f}" if rate is not None else "",
                status,
            ]
        )
        if isinstance(exercise, ChoiceExercise) and run.revealed:
            rows = option_votes(state, run, exercise)
            total = sum(row.votes for row in rows)
            for row in rows:
                share = f"{row.votes / total:.2f}" if total else ""
                writer.writerow(
                    [
                        "option",
                        run.key,
                        f"{row.letter}: {row.text}",
                        "",
                        int(row.correct),
                        "",
                        "",
                        "" if off else row.votes,
                        "" if off else share,
                        " ".join(row.who),
                    ]
                )
        for entry in run.rewrites:
            writer.writerow(
                [
                    "rewrite",
                    run.key,
                    entry.text,
                    "",
                    "",
                    "",
                    "" if off else entry.score,
                    "",
                    "",
                    entry.participant or "",
                ]
            )
        if isinstance(exercise, ClassifyExercise | OrderExercise) and run.marked and not off:
            writer.writerow(
                [
                    "credited",
                    run.key,
                    ", ".join(run.credited),
                    "",
                    len(run.credited),
                    len(state.config.choosers()),
                    "",
                    "",
                    "",
                    "",
                ]
            )
    if not off:
        strongest, hardest = strongest_and_hardest(state, lookup)
        for label, picked in (("strongest", strongest), ("hardest", hardest)):
            if picked is not None:
                writer.writerow(
                    [label, picked.key, _prompt(lookup, picked.key), "", "", "", "", "", "", ""]
                )
    for key, question in discussion_used(state, lookup):
        writer.writerow(["discussion", key, question, "", "", "", "", "", "", ""])
    return out.getvalue()


def render(state: WorkshopState, lookup: Lookup, fmt: str) -> str:
    if fmt == "csv":
        return render_csv(state, lookup)
    return render_markdown(state, lookup)
