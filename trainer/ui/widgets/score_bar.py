"""A horizontal bar for a 0..1 value (a score or mastery), coloured by how far along it is."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static


def bar_text(value: float, width: int = 10, *, percent: bool = True) -> Text:
    """A bar as rich Text, for places that cannot hold a widget (table cells)."""
    value = max(0.0, min(1.0, value))
    filled = round(value * width)
    style = "green" if value >= 0.8 else "yellow" if value >= 0.5 else "red" if value > 0 else "dim"
    text = Text()
    text.append("█" * filled, style=style)
    text.append("░" * (width - filled), style="dim")
    if percent:
        text.append(f" {round(value * 100):3d}%")
    return text


class ScoreBar(Static):
    """``████████░░  80%`` plus an optional label after it."""

    value: reactive[float] = reactive(0.0)
    """0..1."""

    def __init__(
        self, value: float = 0.0, label: str = "", *, width: int = 20, id: str | None = None  # noqa: A002
    ) -> None:
        super().__init__(id=id, markup=False)
        self._label = label
        self._width = width
        self.set_reactive(ScoreBar.value, value)

    def render(self) -> Text:
        text = bar_text(self.value, self._width)
        if self._label:
            text.append("  " + self._label)
        return text
