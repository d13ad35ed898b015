"""Reveal step for classify and order: who got it right."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, SelectionList, Static


class WorkshopCreditDialog(ModalScreen[list[str] | None]):
    """Tick the teams (or people) who had it right; nobody ticked means nobody got it."""

    BINDINGS = [
        Binding(
            "escape", "cancel", "Cancel", id="ws-credit.cancel", tooltip="Close, change nothing"
        ),
        Binding("ctrl+s", "save", "Save", id="ws-credit.save", tooltip="Save who got it right"),
    ]

    def __init__(
        self,
        choosers: list[str],
        credited: list[str],
        chooser_word: str,
        labels: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.labels = labels or {}
        """How each name is shown (initials in anonymous mode); the values stay the names."""
        self.choosers = choosers
        self.credited = credited
        self.chooser_word = chooser_word

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="ws-credit"):
            yield Static(
                f"Which {self.chooser_word}s got it right? (space ticks)", classes="ws-dialog-title"
            )
            yield SelectionList[str](
                *[
                    (Text(self.labels.get(name, name)), name, name in self.credited)
                    for name in self.choosers
                ],
                id="ws-credit-list",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel (esc)", id="cancel")
                yield Button("Save (ctrl+s)", id="save", variant="primary")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        self.dismiss(list(self.query_one("#ws-credit-list", SelectionList).selected))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
