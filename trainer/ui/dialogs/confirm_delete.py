"""Ask before deleting something that cannot be brought back."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmDelete(ModalScreen[bool]):
    """Dismisses with True to delete, False to keep. "Keep" has the focus, so Enter is safe."""

    BINDINGS = [
        Binding("y", "delete", "Delete", id="confirm-delete.yes", tooltip="Delete it for good"),
        Binding(
            "n,escape", "keep", "Keep", id="confirm-delete.no", tooltip="Keep it and go back"
        ),
    ]

    def __init__(self, title: str, detail: str) -> None:
        super().__init__()
        self.title_text = title
        """What is about to be deleted, e.g. "Delete this reflection?"."""
        self.detail = detail
        """A preview of it, shown literally (it is the user's own text)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm-delete-panel"):
            yield Static(Text(self.title_text), id="confirm-delete-title")
            yield Static(Text(self.detail), id="confirm-delete-detail")
            yield Static("It cannot be brought back.", classes="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Delete (y)", variant="error", id="confirm-delete-yes")
                yield Button("Keep (n)", variant="primary", id="confirm-delete-no")

    def on_mount(self) -> None:
        self.query_one("#confirm-delete-no", Button).focus()

    @on(Button.Pressed, "#confirm-delete-yes")
    def action_delete(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-delete-no")
    def action_keep(self) -> None:
        self.dismiss(False)
