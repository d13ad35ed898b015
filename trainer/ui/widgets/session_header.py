"""The line at the top of every exercise: session title, where we are, a progress bar, the time."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from trainer.practice.session import Session, format_elapsed


class SessionHeader(Static):
    """``Quick practice      3 of 10  ███░░░░░░░  1:23``, refreshed every second."""

    def __init__(self, session: Session, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, markup=False)
        self.session = session

    def on_mount(self) -> None:
        self.set_interval(1.0, self.refresh)

    def render(self) -> Text:
        session = self.session
        done = min(len(session.latest_results()), session.total)
        width = max(5, min(20, session.total * 2))
        filled = round(width * done / session.total) if session.total else 0
        right = Text(no_wrap=True)
        right.append(f"  {session.position} of {session.total}  ")
        right.append("█" * filled, style="green")
        right.append("░" * (width - filled), style="dim")
        right.append(f"  {format_elapsed(session.elapsed())}")
        # The title gives way first, so the count, bar and time always fit.
        room = max(8, self.content_size.width - right.cell_len)
        title = Text(session.title, style="bold", no_wrap=True, overflow="ellipsis")
        title.truncate(room, overflow="ellipsis", pad=True)
        return title + right
