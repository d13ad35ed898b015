"""A calendar heatmap of practice days: weeks as columns, Monday..Sunday as rows."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from trainer.progress.stats_views import HEATMAP_WEEKS, heatmap_start

DAY_LABELS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
LEVELS = 5
CELL = "■ "


def level_of(count: int, busiest: int) -> int:
    """0 for no practice, else 1..4 by share of the busiest day (so one day is never 'empty')."""
    if count <= 0:
        return 0
    if busiest <= 1:
        return 4
    return 1 + min(3, (count - 1) * 4 // busiest)


def month_line(first: date, weeks: int) -> str:
    """Month names above the first week starting in them; a month that only shows its last
    days in the first column gives way to the next one rather than hiding it."""
    cells = [" "] * (4 + weeks * len(CELL))
    placed: list[tuple[int, int]] = []  # (start cell, end cell) of each name written
    previous_month = None
    for week in range(weeks):
        monday = first + timedelta(weeks=week)
        if monday.month == previous_month:
            continue
        previous_month = monday.month
        name = monday.strftime("%b")
        start = 4 + week * len(CELL)
        if start + len(name) > len(cells):
            break
        if placed and start <= placed[-1][1]:
            if placed[-1][0] != 4:
                continue  # no room after a full month's name: skip this one
            begin, end = placed.pop()  # the first column's month gives way
            cells[begin:end] = [" "] * (end - begin)
        cells[start : start + len(name)] = list(name)
        placed.append((start, start + len(name)))
    return "".join(cells).rstrip()


class CalendarHeatmap(Widget):
    """``weeks`` weeks ending with the week of ``today``; darker cells mean more attempts that day.

    Days after today are left blank. Month names sit above the first week that starts in them.
    """

    DEFAULT_CSS = f"""
    CalendarHeatmap {{
        width: {4 + HEATMAP_WEEKS * len(CELL)};
        height: 9;
    }}
    """

    COMPONENT_CLASSES = {
        "calendar-heatmap--label",
        "calendar-heatmap--today",
        *(f"calendar-heatmap--level-{level}" for level in range(LEVELS)),
    }

    def __init__(
        self,
        counts: Mapping[date, int],
        today: date,
        weeks: int = HEATMAP_WEEKS,
        *,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own parameter name
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.counts = dict(counts)
        self.today = today
        self.weeks = weeks
        self.styles.width = 4 + weeks * len(CELL)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"calendar-heatmap--{name}")

    def render(self) -> Text:
        first = heatmap_start(self.today, self.weeks)
        busiest = max(self.counts.values(), default=0)
        label_style = self._style("label")
        lines = [self._month_line(first)]
        for weekday in range(7):
            line = Text(DAY_LABELS[weekday].ljust(4), style=label_style)
            for week in range(self.weeks):
                day = first + timedelta(weeks=week, days=weekday)
                if day > self.today:
                    line.append("  ")
                    continue
                level = level_of(self.counts.get(day, 0), busiest)
                style = self._style(f"level-{level}")
                line.append(CELL[0], style)
                line.append(" ")
            lines.append(line)
        legend = Text("    less ", style=label_style)
        for level in range(LEVELS):
            legend.append(CELL, self._style(f"level-{level}"))
        legend.append("more", label_style)
        lines.append(legend)
        return Text("\n", no_wrap=True).join(lines)

    def _month_line(self, first: date) -> Text:
        return Text(month_line(first, self.weeks), style=self._style("label"))
