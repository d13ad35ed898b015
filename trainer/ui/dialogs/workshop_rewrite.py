"""Live rewrite coaching: the facilitator types what a participant said, and credits them."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static


@dataclass(frozen=True)
class SpokenRewrite:
    text: str
    participant: str | None


class WorkshopRewriteDialog(ModalScreen[SpokenRewrite | None]):
    """One rewrite at a time; press ``r`` again on the reveal for the next person."""

    BINDINGS = [
        Binding(
            "escape", "cancel", "Cancel", id="ws-rewrite.cancel", tooltip="Close, score nothing"
        ),
        Binding("ctrl+s", "save", "Score it", id="ws-rewrite.save", tooltip="Score with the coach"),
    ]

    def __init__(
        self,
        original: str,
        people: list[str],
        suggested: str | None = None,
        labels: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.labels = labels or {}
        """How each name is shown (initials in anonymous mode); the values stay the names."""
        self.original = original
        self.people = people
        self.suggested = suggested

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="ws-rewrite"):
            yield Static("Type the rewrite as it was said", classes="ws-dialog-title")
            yield Static(Text(f"Original: “{self.original}”"), classes="ws-hint")
            yield Input(placeholder="the participant's words", id="ws-rewrite-text")
            with Horizontal(classes="ws-form-row"):
                yield Label("Said by")
                yield Select(
                    [(Text(self.labels.get(name, name)), name) for name in self.people],
                    prompt="(nobody credited)",
                    value=self.suggested if self.suggested in self.people else Select.NULL,
                    id="ws-rewrite-who",
                )
            yield Static("", id="ws-rewrite-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel (esc)", id="cancel")
                yield Button("Score it (enter)", id="save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#ws-rewrite-text", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        text = " ".join(self.query_one("#ws-rewrite-text", Input).value.split())
        if not text:
            self.query_one("#ws-rewrite-error", Static).update("Type what was said first.")
            return
        who = self.query_one("#ws-rewrite-who", Select).value
        self.dismiss(SpokenRewrite(text[:600], who if isinstance(who, str) else None))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
