"""The line at the top of every exercise: session title, where we are, a progress bar, the time."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from trainer.practice.session import Session, format_elapsed


class SessionHeader(Static):
    """``Quick practice   3 of 10  ███░░░░░░░   1:23``, refreshed every second."""

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
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(session.title, style="bold")
        text.append(f"  ·  {session.position} of {session.total}  ")
        text.append("█" * filled, style="green")
        text.append("░" * (width - filled), style="dim")
        text.append(f"   time {format_elapsed(session.elapsed())}")
        return text
