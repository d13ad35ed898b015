"""The projector's countdown: big digits, a draining bar, and a silent cue when time is up."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

BAR_WIDTH = 28


def clock_face(remaining: float) -> str:
    minutes, seconds = divmod(int(remaining + 0.999), 60)
    return f"{minutes}:{seconds:02d}"


def drain_bar(remaining: float, total: float, width: int = BAR_WIDTH) -> str:
    share = 0.0 if total <= 0 else max(0.0, min(1.0, remaining / total))
    full = round(share * width)
    return "█" * full + "░" * (width - full)


class WorkshopTimer(Vertical):
    """Shows a timer's state; it never keeps time itself (the screen passes ``remaining``).

    With ``numbers=False`` (scoring off) it shows only the bar and words: no digit on screen.
    """

    def __init__(self, *, numbers: bool = True, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.numbers = numbers
        """Whether digits may appear (not when the group asked for no numbers at all)."""

    def compose(self) -> ComposeResult:
        yield Digits("", id="ws-digits")
        yield Static("", id="ws-bar", markup=False)
        yield Static("", id="ws-timer-label", markup=False)

    def on_mount(self) -> None:
        self.query_one("#ws-digits", Digits).display = self.numbers

    def show(self, remaining: float | None, total: float, *, paused: bool) -> None:
        digits = self.query_one("#ws-digits", Digits)
        bar = self.query_one("#ws-bar", Static)
        label = self.query_one("#ws-timer-label", Static)
        up = remaining is not None and remaining <= 0
        self.set_class(up, "-time-up")
        self.set_class(paused and not up, "-paused")
        if remaining is None:
            digits.display = False
            bar.update("")
            label.update("untimed")
            return
        digits.display = self.numbers
        digits.update(clock_face(remaining))
        bar.update(drain_bar(remaining, total))
        if up:
            label.update("TIME IS UP")
        elif paused:  # also how a resumed workshop comes back: say how to carry on
            label.update("paused · space resumes")
        else:
            label.update("")
