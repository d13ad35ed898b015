"""Text whose wrapped lines line up after their bullet: a hanging indent for feedback and lists.

``Hanging(text)`` renders a Rich ``Text`` line by line; a line that starts with an indent and/or a
marker (``•``, ``✓``, ``✗``, ``[x]``, ``1.``) continues under the text after the marker instead of
at the left edge::

      ✓ Gentle opening: “I love living with you, and I feel stressed
        when the pans are left”

The text stays a ``Text`` (pack and user text is never parsed as markup). ``HangingText`` is the
Static that shows one.
"""

from __future__ import annotations

import re

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual.visual import RichVisual
from textual.widgets import Static

MARKER = re.compile(r" *(?:(?:[•✓✗]|\[[ x]\]) +)?(?:\d+\. +)?")
"""Leading spaces, then an optional bullet or check mark, then an optional number."""


class Hanging:
    """A Rich renderable: ``text`` wrapped with a hanging indent after each line's marker."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        for line in self.text.split("\n", allow_blank=True):
            indent = MARKER.match(line.plain).end()  # type: ignore[union-attr]
            if indent == len(line.plain) or indent > width // 3:
                indent = 0  # a marker alone, or a very narrow space: wrap as usual
            head, body = line[:indent], line[indent:]
            for number, part in enumerate(body.wrap(console, max(1, width - indent))):
                start = head.copy() if number == 0 else Text(" " * indent)
                start.append_text(part)
                start.end = "\n"
                yield start

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)


class _HangingVisual(RichVisual):
    def __str__(self) -> str:
        renderable = self._renderable
        return renderable.text.plain if isinstance(renderable, Hanging) else str(renderable)


class HangingText(Static):
    """A Static showing a ``Text`` literally, with hanging indents; ``str(render())`` is the plain
    text, as for a plain Static."""

    def __init__(
        self,
        text: Text,
        *,
        id: str | None = None,  # noqa: A002
        classes: str | None = None,
    ) -> None:
        super().__init__(text, id=id, classes=classes, markup=False)

    def render(self) -> RichVisual:
        content = self.content
        text = content if isinstance(content, Text) else Text(str(content))
        return _HangingVisual(self, Hanging(text))
