"""Distribution bars for the reveal and the summary: how the room answered, at a glance."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from trainer.workshop.points import OptionVotes

BAR_WIDTH = 36


def distribution_text(
    rows: Sequence[OptionVotes], *, numbers: bool, width: int = BAR_WIDTH
) -> Text:
    """One line per option: letter, bar, count (unless numbers are off), a tick on right answers.

    Bars are scaled to the most-chosen option; the right answer is shown in the success colour.
    """
    top = max((row.votes for row in rows), default=0)
    text = Text()
    for row in rows:
        full = 0 if top == 0 else round(row.votes / top * width)
        if row.votes and not full:
            full = 1
        style = "bold green" if row.correct else "dim"
        text.append(f" {row.letter}  ", style="bold")
        text.append("█" * full, style=style)
        text.append("░" * (width - full), style="dim")
        if numbers:
            text.append(f" {row.votes:>3}", style="bold")
        text.append("  ✓ right" if row.correct else "", style="bold green")
        text.append("\n")
    text.rstrip()
    return text


class DistributionBars(Static):
    """Static that draws ``distribution_text``; pack text never reaches the markup parser."""

    def show(self, rows: Sequence[OptionVotes], *, numbers: bool) -> None:
        self.update(distribution_text(rows, numbers=numbers))
