"""A dismissible notice listing problems found in pack files (file:line: what and how to fix)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class PackProblemsDialog(ModalScreen[None]):
    """Every problem at once; the packs without problems loaded and work."""

    BINDINGS = [
        Binding(
            "escape,enter",
            "dismiss_notice",
            "Dismiss",
            id="problems.dismiss",
            tooltip="Close this notice; the packs without problems are ready",
        ),
    ]

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__()
        self._problems = list(problems)

    def compose(self) -> ComposeResult:
        count = len(self._problems)
        with Vertical(classes="dialog wide"):
            yield Static(
                f"{count} problem{'s' if count != 1 else ''} in pack files. Packs with problems "
                "were skipped; every other pack loaded. Fix these and restart the trainer "
                "(`trainer validate` checks them from the shell).",
                classes="dialog-message",
                markup=False,
            )
            with VerticalScroll(id="problem-list"):
                for problem in self._problems:
                    yield Static(problem, classes="problem", markup=False)
            yield Button("Dismiss (Enter)", id="dismiss", variant="primary")

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_dismiss_notice(self) -> None:
        self.dismiss(None)
