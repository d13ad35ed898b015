"""Command palette (Ctrl+P) commands: practise any pack, open stats or the journal, switch theme,
reload packs. Every command calls the same app actions and ``Trainer`` methods the keys do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp


@dataclass(frozen=True)
class PaletteCommand:
    title: str
    help: str
    run: Callable[[], object]


class TrainerCommands(Provider):
    """The trainer's own commands, listed when the palette opens and found by fuzzy search."""

    @property
    def trainer_app(self) -> TrainerApp:
        return cast("TrainerApp", self.app)

    def _commands(self) -> list[PaletteCommand]:
        app = self.trainer_app
        commands = [
            PaletteCommand(
                "Review due",
                "Practise what is due, most urgent first",
                partial(self._start, "review"),
            ),
            PaletteCommand(
                "Quick practice",
                "10 mixed exercises, weakest first",
                partial(self._start, "quick"),
            ),
            PaletteCommand(
                "Open stats",
                "Mastery, practice days, rewrite trend and your weakest exercises",
                partial(app.run_action, "open_stats"),
            ),
            PaletteCommand(
                "Open journal",
                "Your private reflections, searchable",
                partial(app.run_action, "open_journal"),
            ),
            PaletteCommand(
                "Switch theme", "Pick a colour theme (remembered)", app.action_change_theme
            ),
            PaletteCommand(
                "Reload packs",
                "Read every pack file again, e.g. after editing your own",
                partial(app.run_action, "reload_packs"),
            ),
            PaletteCommand("Keys", "Every key of this screen", partial(app.run_action, "help")),
        ]
        packset = app.trainer.packset
        for loaded in packset.packs if packset is not None else []:
            header = loaded.pack.pack
            commands.append(
                PaletteCommand(
                    f"Practise {header.title}",
                    f"All {len(loaded.pack.exercises)} exercises of the {header.component} "
                    f"pack '{loaded.id}'",
                    partial(self._start, "pack", loaded.id),
                )
            )
        return commands

    def _start(self, kind: str, pack_id: str | None = None) -> None:
        app = self.trainer_app
        trainer = app.trainer
        if kind == "review":
            session = trainer.review_session()
        elif kind == "quick":
            session = trainer.quick_session()
        else:
            session = trainer.pack_session(pack_id or "")
        app.start_session(session)

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(Content(command.title), command.run, command.title, command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                display = _highlight(matcher, command.title)
                yield Hit(score, display, command.run, command.title, command.help)


def _highlight(matcher: Matcher, title: str) -> Content:
    """Like ``Matcher.highlight`` but without parsing markup: pack titles are shown as typed."""
    content = Content(title)
    query = matcher.query if matcher.case_sensitive else matcher.query.lower()
    candidate = title if matcher.case_sensitive else title.lower()
    _score, offsets = matcher.fuzzy_search.match(query, candidate)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
