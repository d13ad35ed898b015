"""`?` / F1: every key of the screen underneath and the keys that work everywhere.

The list is read from the live bindings (``Screen.active_bindings``), so it cannot drift from what
the keys really do, and a key rebound in a keymap shows its new key.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static


@dataclass(frozen=True)
class KeyRow:
    keys: str
    description: str
    tooltip: str


@dataclass(frozen=True)
class KeySection:
    title: str
    rows: list[KeyRow]


def _screen_name(screen: Screen[object]) -> str:
    return str(screen.title or screen.__class__.__name__.removesuffix("Screen") or "This screen")


def key_sections(screen: Screen[object]) -> list[KeySection]:
    """The active bindings of ``screen`` grouped as: this screen (and the focused widget), then
    everywhere (the app's). Bindings without a description are internal and left out; several
    keys for one action are shown together ("? / f1")."""
    app = screen.app
    here: dict[tuple[str, str], list[str]] = {}
    everywhere: dict[tuple[str, str], list[str]] = {}
    tooltips: dict[tuple[str, str], str] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description or binding.system:
            continue
        group = everywhere if isinstance(active.node, App) else here
        ident = (binding.action, binding.description)
        group.setdefault(ident, []).append(app.get_key_display(binding))
        tooltips.setdefault(ident, binding.tooltip)

    def rows(group: dict[tuple[str, str], list[str]]) -> list[KeyRow]:
        return [
            KeyRow(" / ".join(dict.fromkeys(keys)), ident[1], tooltips.get(ident, ""))
            for ident, keys in group.items()
        ]

    sections = [KeySection(_screen_name(screen), rows(here))]
    sections.append(KeySection("Everywhere", rows(everywhere)))
    return [section for section in sections if section.rows]


class HelpScreen(ModalScreen[None]):
    """A panel of keys for the screen it was opened from; any of Esc, q, ? or F1 closes it."""

    BINDINGS = [
        Binding(
            "escape,q,question_mark,f1", "close", "Close", id="help.close", tooltip="Close help"
        ),
    ]

    def __init__(self, target: Screen[object]) -> None:
        super().__init__()
        self.target = target
        """The screen whose keys are listed (the one underneath)."""
        self.sections = key_sections(target)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-panel"):
            yield Label("Keys", id="help-title")
            with VerticalScroll(id="help-body"):
                for section in self.sections:
                    yield Label(Text(section.title), classes="help-section")
                    yield Static(self._table(section), classes="help-keys")
            yield Label(
                "Mouse works too: click buttons, options and the keys in the footer.  "
                "Ctrl+P finds any command.",
                id="help-hint",
            )

    @staticmethod
    def _table(section: KeySection) -> Text:
        width = max((len(row.keys) for row in section.rows), default=0) + 2
        text = Text()
        for index, row in enumerate(section.rows):
            if index:
                text.append("\n")
            text.append(row.keys.rjust(width), "bold")
            text.append("  ")
            text.append(row.description)
            if row.tooltip and row.tooltip.casefold() != row.description.casefold():
                text.append(f" — {row.tooltip}", "dim")
        return text

    def action_close(self) -> None:
        self.dismiss(None)
