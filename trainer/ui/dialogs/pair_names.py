"""Ask the two names once at the start of a pair session."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


class PairNamesDialog(ModalScreen[tuple[str, str] | None]):
    """Two inputs; Enter moves on, then starts. Esc cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="pair.cancel", tooltip="Leave without starting"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(
                "Two people take turns. Who is playing? (Enter after each name)",
                classes="dialog-message",
                markup=False,
            )
            yield Input(placeholder="First name", id="name-a")
            yield Input(placeholder="Second name", id="name-b")
            yield Button("Start", id="start", variant="primary")

    @on(Input.Submitted, "#name-a")
    def _first(self) -> None:
        self.query_one("#name-b", Input).focus()

    @on(Input.Submitted, "#name-b")
    @on(Button.Pressed, "#start")
    def _start(self) -> None:
        first = self.query_one("#name-a", Input).value.strip() or "Person A"
        second = self.query_one("#name-b", Input).value.strip() or "Person B"
        self.dismiss((first, second))

    def action_cancel(self) -> None:
        self.dismiss(None)
