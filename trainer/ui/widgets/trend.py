"""A small bar-chart trend line: one column per week, taller for a higher average."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from trainer.progress.stats_views import WeekAverage

BLOCKS = " ▁▂▃▄▅▆▇█"
NO_DATA = "·"


def column_heights(values: Sequence[float | None], rows: int) -> list[int | None]:
    """Each value (0..1) as a height in eighths of a cell, over ``rows`` rows."""
    steps = rows * 8
    return [None if value is None else round(max(0.0, min(1.0, value)) * steps) for value in values]


class TrendLine(Widget):
    """Weekly averages, oldest on the left; weeks without attempts show a dot on the baseline.

    Under the chart: the latest week's average and its change against the previous week that had
    attempts, so "am I getting better?" has an answer in words, not only in shapes.
    """

    DEFAULT_CSS = """
    TrendLine {
        height: 5;
        width: auto;
        min-width: 30;
    }
    """

    COMPONENT_CLASSES = {"trend-line--bar", "trend-line--axis", "trend-line--none"}

    CHART_ROWS = 3

    def __init__(
        self,
        weeks: Sequence[WeekAverage],
        *,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own parameter name
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.weeks = list(weeks)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"trend-line--{name}")

    def summary(self) -> str:
        """The latest average and its change, in words."""
        seen = [week for week in self.weeks if week.average is not None]
        if not seen:
            return "no rewrites in these weeks yet"
        latest = seen[-1]
        words = f"latest week {round((latest.average or 0) * 100)}%"
        if len(seen) > 1:
            change = round(((latest.average or 0) - (seen[-2].average or 0)) * 100)
            words += f" ({change:+d} on the one before)"
        return words

    def render(self) -> Text:
        rows = self.CHART_ROWS
        heights = column_heights([week.average for week in self.weeks], rows)
        axis = self._style("axis")
        lines: list[Text] = []
        for row in range(rows, 0, -1):
            label = "100%" if row == rows else ("0%" if row == 1 else "")
            line = Text(label.rjust(4) + " ", style=axis)
            for height in heights:
                if height is None:
                    cell = NO_DATA if row == 1 else " "
                    line.append(cell + " ", self._style("none"))
                    continue
                fill = max(0, min(8, height - (row - 1) * 8))
                line.append(BLOCKS[fill] + " ", self._style("bar"))
            lines.append(line)
        first = self.weeks[0].start.strftime("%d %b") if self.weeks else ""
        last = self.weeks[-1].start.strftime("%d %b") if self.weeks else ""
        span = len(self.weeks) * 2
        lines.append(Text("     " + first.ljust(max(0, span - len(last))) + last, style=axis))
        lines.append(Text("     " + self.summary(), style=axis))
        return Text("\n", no_wrap=True).join(lines)
