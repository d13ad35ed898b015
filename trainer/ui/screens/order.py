"""Put steps in order: move the highlighted one with Ctrl+Up/Down (or the buttons), then submit."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button

from trainer.practice.session import Session
from trainer.scoring.grading import grade_order
from trainer.ui.screens.exercise import ExerciseScreen, explanation_text, next_row, plain
from trainer.ui.widgets.hanging import HangingText
from trainer.ui.widgets.numbered_options import NumberedOptions
from trainer.ui.widgets.score_bar import ScoreBar


class OrderScreen(ExerciseScreen):
    """The list starts shuffled; arrows pick a step, Ctrl+arrows move it, Ctrl+S submits."""

    BINDINGS = [
        # One footer entry for both moves, so every key (? included) still fits at 80 columns.
        Binding(
            "ctrl+up",
            "move(-1)",
            "Move",
            key_display="^↑↓",
            id="order.up",
            tooltip="Move the highlighted step up (Ctrl+Up) or down (Ctrl+Down) one place",
        ),
        Binding(
            "ctrl+down",
            "move(1)",
            "Move down",
            show=False,
            id="order.down",
            tooltip="Move the highlighted step down one place",
        ),
        Binding(
            "ctrl+s",
            "submit",
            "Submit",
            id="order.submit",
            tooltip="Check the order (partial credit for steps in the right relative order)",
        ),
        Binding("n", "next", "Next", id="order.next", tooltip="Go on to the next exercise"),
    ]

    def __init__(self, session: Session, key: str) -> None:
        super().__init__(session, key)
        self.order = self.trainer.order_start(key, len(self.exercise.items))
        """Top to bottom: the right-order index of each step as currently placed."""
        self.moved = False

    def compose_body(self) -> ComposeResult:
        yield plain(
            "Up/Down picks a step; Ctrl+Up/Ctrl+Down (or the buttons) moves it. "
            "Ctrl+S when the order looks right.",
            "instructions",
        )
        yield NumberedOptions(self._texts(), id="order-list")
        with Horizontal(classes="actions", id="order-actions"):
            yield Button("▲ Move up", id="up")
            yield Button("▼ Move down", id="down")
            yield Button("Submit (Ctrl+S)", id="submit", variant="primary")

    def _texts(self) -> list[str]:
        return [self.exercise.items[i].text for i in self.order]

    def on_mount(self) -> None:
        listing = self.query_one(NumberedOptions)
        listing.highlighted = 0
        listing.focus()

    def has_typed(self) -> bool:
        return self.moved

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("move", "submit"):
            return not self.answered
        if action == "next":
            return self.answered
        return True

    @on(Button.Pressed, "#up")
    def _up(self) -> None:
        self.action_move(-1)

    @on(Button.Pressed, "#down")
    def _down(self) -> None:
        self.action_move(1)

    def action_move(self, step: int) -> None:
        listing = self.query_one(NumberedOptions)
        at = listing.highlighted
        if at is None or self.answered:
            return
        to = at + step
        if not 0 <= to < len(self.order):
            return
        self.order[at], self.order[to] = self.order[to], self.order[at]
        self.moved = True
        listing.replace_texts(self._texts())
        listing.highlighted = to
        listing.focus()

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self.answered:
            return
        grade = grade_order(self.order)
        self.record(grade.score, {"order": list(self.order)})
        self.query_one("#order-actions").remove()
        listing = self.query_one(NumberedOptions)
        listing.set_marks(["✓ " if i in grade.in_place else "✗ " for i in self.order])
        listing.disabled = True
        self.refresh_bindings()
        items = self.exercise.items
        text = Text()
        kept = len(grade.in_place)
        text.append(
            f"{kept} of {len(items)} steps are in the right order relative to each other"
            f"{' — all of them!' if kept == len(items) else '.'}\n",
            style="bold",
        )
        text.append("\nThe right order\n", style="bold")
        for number, item in enumerate(items, start=1):
            text.append(f"{number}. ")
            text.append(item.text)
            if item.why:
                text.append("\n   ")
                text.append(item.why.strip(), style="italic")
            text.append("\n")
        more = explanation_text(self.exercise)
        if more:
            text.append("\n")
            text.append_text(more)
        kind = "right" if grade.score >= 1 else "wrong" if grade.score == 0 else ""
        self.show_after(
            Vertical(
                ScoreBar(grade.score, width=20),
                HangingText(text),
                classes=f"feedback {kind}",
            ),
            next_row(),
        )
