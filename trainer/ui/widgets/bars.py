"""A labelled mastery bar: ``empathy      ██████████░░░░░  64%``."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

EMPTY_MARK = "—"


class MasteryBar(Widget):
    """One line: a label, a bar filled to ``value`` (0..1) and the percentage.

    ``value`` None means "not practised yet": the bar is drawn empty with a dash, so a new user sees
    where they could start rather than a row of zeroes. Labels are plain text (never markup).
    """

    DEFAULT_CSS = """
    MasteryBar {
        height: 1;
        width: 1fr;
        min-width: 20;
    }
    MasteryBar.-label-last {
        height: auto;
    }
    """

    COMPONENT_CLASSES = {
        "mastery-bar--label",
        "mastery-bar--filled",
        "mastery-bar--empty",
        "mastery-bar--value",
        "mastery-bar--low",
    }
    """``--low`` colours the bar of a value under ``low_below``."""

    value: reactive[float | None] = reactive(None)
    label: reactive[str] = reactive("")

    def __init__(
        self,
        label: str,
        value: float | None,
        *,
        label_width: int = 22,
        low_below: float = 0.4,
        label_last: bool = False,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own parameter name
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.label_last = label_last
        """Draw a short bar first and the label after it, wrapping: for long labels (keys)."""
        self.set_class(label_last, "-label-last")
        self.set_reactive(MasteryBar.label, label)
        self.set_reactive(MasteryBar.value, value)
        self.label_width = label_width
        """Cells for the label; longer labels are shortened with an ellipsis, the full text is the
        tooltip. With ``label_last``, the cells of the bar."""
        self.low_below = low_below
        if len(label) > label_width and not label_last:
            self.tooltip = label

    def render(self) -> Text:
        if self.label_last:
            return self._render_label_last()
        width = self.size.width or 40
        label = self.label
        if len(label) > self.label_width:
            label = label[: self.label_width - 1] + "…"
        figure = EMPTY_MARK if self.value is None else f"{round(self.value * 100):d}%"
        bar_width = max(4, width - self.label_width - 6)
        filled = 0 if self.value is None else round(max(0.0, min(1.0, self.value)) * bar_width)
        low = self.value is not None and self.value < self.low_below
        style = self.get_component_rich_style
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(label.ljust(self.label_width + 1), style("mastery-bar--label"))
        text.append("█" * filled, style("mastery-bar--low" if low else "mastery-bar--filled"))
        text.append("░" * (bar_width - filled), style("mastery-bar--empty"))
        text.append(figure.rjust(5), style("mastery-bar--value"))
        return text

    def _render_label_last(self) -> Text:
        bar_width = self.label_width
        figure = EMPTY_MARK if self.value is None else f"{round(self.value * 100):d}%"
        filled = 0 if self.value is None else round(max(0.0, min(1.0, self.value)) * bar_width)
        low = self.value is not None and self.value < self.low_below
        style = self.get_component_rich_style
        text = Text()
        text.append("█" * filled, style("mastery-bar--low" if low else "mastery-bar--filled"))
        text.append("░" * (bar_width - filled), style("mastery-bar--empty"))
        text.append(figure.rjust(5) + "  ", style("mastery-bar--value"))
        text.append(self.label, style("mastery-bar--label"))
        return text
