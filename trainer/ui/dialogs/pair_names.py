"""Ask the two names once at the start of a pair session."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


class _FirstName(Input):
    """The first box: Enter (or Tab) moves to the second at once.

    Keys typed quickly after Enter are already queued here before focus can move (Textual hands
    each key to the widget focused when it arrives), so they are passed on to the second box
    instead of landing in this one.
    """

    handing_on = False
    """True from Enter until this box is focused again: keys arriving here belong to the next."""

    def on_focus(self) -> None:
        self.handing_on = False

    async def _on_key(self, event: events.Key) -> None:
        # Enter and Tab are handled here, not as bindings: a binding runs once the key has bubbled
        # up to the app, after the keys queued behind it were already typed into this box.
        second = self.screen.query_one("#name-b", Input)
        if self.handing_on:
            second.post_message(events.Key(event.key, event.character))
        elif event.key in ("enter", "tab"):
            self.handing_on = True
            self.screen.set_focus(second)
        else:
            return
        event.prevent_default()
        event.stop()


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
            yield _FirstName(placeholder="First name", id="name-a")
            yield Input(placeholder="Second name", id="name-b")
            yield Button("Start", id="start", variant="primary")

    @on(Input.Submitted, "#name-b")
    @on(Button.Pressed, "#start")
    def _start(self) -> None:
        first = self.query_one("#name-a", Input).value.strip() or "Person A"
        second = self.query_one("#name-b", Input).value.strip() or "Person B"
        self.dismiss((first, second))

    def action_cancel(self) -> None:
        self.dismiss(None)
