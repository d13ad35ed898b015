"""The journal: private reflections by date, searchable, each one deletable after a confirm."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from trainer.packs.loader import PackSet
from trainer.progress.stats_views import JournalEntry, journal_entries, search_journal
from trainer.ui.dialogs.confirm_delete import ConfirmDelete

if TYPE_CHECKING:
    from trainer.practice.service import Trainer

PREVIEW_CHARS = 90


class JournalSource(Protocol):
    """The part of ``ProgressStore`` the journal needs."""

    def journal(self, profile: str = ...) -> list[dict[str, Any]]: ...

    def delete_reflection(self, reflection_id: str) -> Any: ...


def _preview(text: str, limit: int) -> str:
    """The text on one line, shortened to ``limit`` characters (the full text is beside it)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _date(entry: JournalEntry, long: bool = False) -> str:
    if entry.when is None:
        return "undated"
    return entry.when.strftime("%A %d %B %Y, %H:%M" if long else "%a %d %b %Y")


class JournalScreen(Screen[None]):
    """Newest first; type to filter (every word must match), Delete to remove one."""

    TITLE = "Journal"

    BINDINGS = [
        Binding(
            "escape", "back", "Back", id="journal.back", tooltip="Clear the search, or go back"
        ),
        Binding("slash", "search", "Search", id="journal.search", tooltip="Filter reflections"),
        Binding(
            "delete,d",
            "delete",
            "Delete",
            id="journal.delete",
            tooltip="Delete the selected reflection (asks first)",
        ),
    ]

    def __init__(
        self,
        source: JournalSource,
        packs: PackSet | None = None,
        *,
        profile: str = "me",
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        """Where reflections are read and deleted (the progress store)."""
        self.packs = packs
        """For each reflection's prompt text."""
        self.profile = profile
        self.now = now or (lambda: datetime.now().astimezone())
        self.entries: list[JournalEntry] = []
        self.shown: list[JournalEntry] = []

    @classmethod
    def for_trainer(cls, trainer: Trainer) -> JournalScreen:
        return cls(
            trainer.store,
            trainer.packs,
            profile=trainer.profile,
            now=lambda: trainer.now().astimezone(),
        )

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "Your reflections. Private: they stay on this machine and are never exported "
            "unless you ask.",
            id="journal-privacy",
        )
        yield Input(placeholder="Search reflections (/)", id="journal-search")
        with Horizontal(id="journal-columns"):
            yield OptionList(id="journal-entries")
            with VerticalScroll(id="journal-reading"):
                yield Label("", id="journal-date")
                yield Static("", id="journal-prompt")
                yield Static("", id="journal-text")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#journal-entries", OptionList).focus()

    def reload(self) -> None:
        """Read the journal from the store again and re-apply the search."""
        raw = self.source.journal(profile=self.profile)
        self.entries = journal_entries(raw, self.packs, self.now())
        self._show(self.query_one("#journal-search", Input).value)

    def _show(self, query: str) -> None:
        self.shown = search_journal(self.entries, query)
        options = self.query_one("#journal-entries", OptionList)
        options.clear_options()
        for entry in self.shown:
            prompt = Text(_date(entry), style="bold")
            prompt.append("\n")
            prompt.append(_preview(entry.text, PREVIEW_CHARS) or "(empty)", style="dim")
            options.add_option(Option(prompt, id=entry.id))
        if self.shown:
            options.highlighted = 0
        self._read(self.shown[0] if self.shown else None)

    def _read(self, entry: JournalEntry | None) -> None:
        date = self.query_one("#journal-date", Label)
        prompt = self.query_one("#journal-prompt", Static)
        text = self.query_one("#journal-text", Static)
        if entry is None:
            date.update("")
            prompt.update("")
            if self.entries:
                text.update("No reflection matches the search.")
            else:
                text.update(
                    "Nothing here yet. Reflection exercises save what you write here, "
                    "for you alone."
                )
            return
        date.update(_date(entry, long=True))
        prompt.update(Text(entry.prompt))
        text.update(Text(entry.text))

    @property
    def selected(self) -> JournalEntry | None:
        options = self.query_one("#journal-entries", OptionList)
        option = options.highlighted_option
        if option is None:
            return None
        return next((entry for entry in self.shown if entry.id == option.id), None)

    @on(Input.Changed, "#journal-search")
    def _search_changed(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#journal-search")
    def _search_done(self) -> None:
        self.query_one("#journal-entries", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#journal-entries")
    def _highlighted(self) -> None:
        self._read(self.selected)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "delete":
            if isinstance(self.focused, Input):
                return False  # Delete edits the search text while typing there
            return True if self.selected is not None else None
        return True

    def action_search(self) -> None:
        self.query_one("#journal-search", Input).focus()

    def action_back(self) -> None:
        search = self.query_one("#journal-search", Input)
        if search.value:
            search.value = ""
            self.query_one("#journal-entries", OptionList).focus()
            return
        self.app.pop_screen()

    def action_delete(self) -> None:
        entry = self.selected
        if entry is None:
            return
        preview = _preview(entry.text, PREVIEW_CHARS * 2)

        def deleted(confirmed: bool | None) -> None:
            if not confirmed:
                return
            self.source.delete_reflection(entry.id)
            index = self.query_one("#journal-entries", OptionList).highlighted or 0
            self.reload()
            options = self.query_one("#journal-entries", OptionList)
            if self.shown:
                options.highlighted = min(index, len(self.shown) - 1)
            self.notify("Reflection deleted.", title="Journal")

        self.app.push_screen(
            ConfirmDelete(f"Delete the reflection of {_date(entry, long=True)}?", preview),
            deleted,
        )
