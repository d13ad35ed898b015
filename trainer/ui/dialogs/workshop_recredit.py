"""Change who said a rewrite after it was scored (picked the wrong name, or nobody)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, Static


@dataclass(frozen=True)
class Recredit:
    position: int
    """Index of the rewrite in the exercise's list (oldest first)."""
    participant: str | None


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class WorkshopRecreditDialog(ModalScreen[Recredit | None]):
    """Pick a rewrite already heard (the latest by default) and who said it."""

    BINDINGS = [
        Binding(
            "escape", "cancel", "Cancel", id="ws-recredit.cancel", tooltip="Close, change nothing"
        ),
        Binding("ctrl+s", "save", "Save", id="ws-recredit.save", tooltip="Credit this person"),
    ]

    def __init__(
        self,
        rewrites: list[tuple[str, str | None]],
        people: list[str],
        labels: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.rewrites = rewrites
        """(text, participant) of each rewrite heard, oldest first."""
        self.people = people
        self.labels = labels or {}
        """How each name is shown (initials in anonymous mode); the values stay the names."""

    def compose(self) -> ComposeResult:
        latest = len(self.rewrites) - 1
        with Vertical(classes="dialog wide", id="ws-recredit"):
            yield Static("Who said this rewrite?", classes="ws-dialog-title")
            with Horizontal(classes="ws-form-row"):
                yield Label("Rewrite")
                yield Select(
                    [
                        (Text(f"“{_short(text)}”"), position)
                        for position, (text, _) in enumerate(self.rewrites)
                    ],
                    value=latest,
                    allow_blank=False,
                    id="ws-recredit-which",
                )
            with Horizontal(classes="ws-form-row"):
                yield Label("Said by")
                yield Select(
                    [(Text(self.labels.get(name, name)), name) for name in self.people],
                    prompt="(nobody credited)",
                    value=self._said_by(latest),
                    id="ws-recredit-who",
                )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel (esc)", id="cancel")
                yield Button("Save (ctrl+s)", id="save", variant="primary")

    def _said_by(self, position: int) -> str | object:
        who = self.rewrites[position][1] if 0 <= position < len(self.rewrites) else None
        return who if who in self.people else Select.NULL

    def on_mount(self) -> None:
        self.query_one("#ws-recredit-who", Select).focus()

    @on(Select.Changed, "#ws-recredit-which")
    def _rewrite_picked(self, event: Select.Changed) -> None:
        if isinstance(event.value, int):
            self.query_one("#ws-recredit-who", Select).value = self._said_by(event.value)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        which = self.query_one("#ws-recredit-which", Select).value
        who = self.query_one("#ws-recredit-who", Select).value
        if isinstance(which, int):
            self.dismiss(Recredit(which, who if isinstance(who, str) else None))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
