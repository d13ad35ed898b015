"""Choose a pack, then all of it or one type of exercise; dismisses with (pack_id, type|None)."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from trainer.practice.service import TYPE_NAMES, PackRow


class PickPackDialog(ModalScreen[tuple[str, str | None] | None]):
    """Two steps in one box: the pack (skipped when given), then "all" or a type."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="pick.back", tooltip="Go back a step, or close"),
    ]

    def __init__(self, rows: Sequence[PackRow], pack_id: str | None = None) -> None:
        super().__init__()
        self._rows = list(rows)
        self._given = pack_id
        self._pack: PackRow | None = next((r for r in rows if r.id == pack_id), None)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("", id="pick-title", classes="dialog-message", markup=False)
            yield OptionList(id="pick-list", markup=False)

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        title = self.query_one("#pick-title", Static)
        options = self.query_one("#pick-list", OptionList)
        options.clear_options()
        if self._pack is None:
            title.update("Which pack? (arrows + Enter, Esc to close)")
            for row in self._rows:
                options.add_option(
                    Option(Content(row.title) + Content(f"  ({row.count})"), id=row.id)
                )
        else:
            title.update(
                Content("Practise ")
                + Content(self._pack.title).stylize("bold")
                + Content(": everything, or one type?")
            )
            options.add_option(Option(f"All {self._pack.count} exercises", id="*"))
            for kind, count in self._pack.types.items():
                options.add_option(Option(f"{TYPE_NAMES.get(kind, kind)} ({count})", id=kind))
        options.highlighted = 0
        options.focus()

    @on(OptionList.OptionSelected, "#pick-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id or ""
        if self._pack is None:
            self._pack = next((r for r in self._rows if r.id == chosen), None)
            self._show()
            return
        self.dismiss((self._pack.id, None if chosen == "*" else chosen))

    def action_back(self) -> None:
        if self._pack is not None and self._given is None:
            self._pack = None
            self._show()
        else:
            self.dismiss(None)
