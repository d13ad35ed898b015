"""`?` / F1: every key of the screen underneath and the keys that work everywhere.

The list is read from the live bindings (``Screen.active_bindings``), so it cannot drift from what
the keys really do, and a key rebound in a keymap shows its new key.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
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
    enabled: bool = True
    """False for a key that is there but does nothing right now (drawn dimmed, as in the footer)."""


@dataclass(frozen=True)
class KeySection:
    title: str
    rows: list[KeyRow]


def _screen_name(screen: Screen[object]) -> str:
    return str(screen.title or screen.__class__.__name__.removesuffix("Screen") or "This screen")


def key_sections(screen: Screen[object]) -> list[KeySection]:
    """The active bindings of ``screen``, grouped: the screen's own keys, the keys that work
    everywhere (the app's), then the keys built into Textual (focus, lists, scrolling, copy).

    A key of ours always has an ``id`` (team rule), which tells it from Textual's built-in ones.
    Bindings without a description are internal and left out; several keys for one action are
    shown together ("? / f1").
    """
    app = screen.app
    groups: dict[str, dict[tuple[str, str], list[str]]] = {"here": {}, "app": {}, "moving": {}}
    tooltips: dict[tuple[str, str], str] = {}
    enabled: dict[tuple[str, str], bool] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description or binding.system:
            continue
        if isinstance(active.node, App):
            group = "app" if binding.id or binding.action.endswith("command_palette") else "moving"
        elif active.node is screen and binding.id:
            group = "here"
        else:
            group = "moving"
        ident = (binding.action, binding.description)
        groups[group].setdefault(ident, []).append(app.get_key_display(binding))
        tooltips.setdefault(ident, binding.tooltip)
        enabled[ident] = enabled.get(ident, False) or active.enabled

    def rows(group: dict[tuple[str, str], list[str]]) -> list[KeyRow]:
        return [
            KeyRow(
                " / ".join(dict.fromkeys(keys)),
                ident[1],
                tooltips.get(ident, ""),
                enabled.get(ident, True),
            )
            for ident, keys in group.items()
        ]

    sections = [
        KeySection(_screen_name(screen), rows(groups["here"])),
        KeySection("Everywhere", rows(groups["app"])),
        KeySection("More keys", rows(groups["moving"])),
    ]
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
        with Vertical(classes="dialog wide", id="help-panel"):
            yield Label("Keys", id="help-title")
            with VerticalScroll(id="help-body"):
                for section in self.sections:
                    yield Label(Text(section.title), classes="help-section")
                    yield Static(self._table(section), classes="help-keys")
            yield Static(
                "Esc closes this. Mouse works too: click buttons, options and the keys in the "
                "footer. Ctrl+P finds any command.",
                id="help-hint",
            )

    @staticmethod
    def _table(section: KeySection) -> Table:
        """Keys on the left, what they do on the right; long lines wrap inside their column."""
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True)
        table.add_column(ratio=1)
        for row in section.rows:
            style = "" if row.enabled else "dim"
            what = Text(row.description[:1].upper() + row.description[1:], style=style)
            if row.tooltip and row.tooltip.casefold() != row.description.casefold():
                what.append(f" — {row.tooltip}", "dim")
            if not row.enabled:
                what.append(" (not now)")
            table.add_row(Text(row.keys, style=f"bold {style}".strip()), what)
        return table

    def action_close(self) -> None:
        self.dismiss(None)
