"""The Textual app. Thin on purpose: screens do the work, ``Trainer`` holds the logic.

Extending it (other screens): add a ``Binding(..., id=..., tooltip=...)`` to ``BINDINGS`` and an
``action_*`` that pushes your screen; start a session from anywhere with
``self.app.start_session(self.app.trainer.keys_session(keys, title))``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.binding import Binding

from trainer.practice.service import Trainer

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.screen import Screen

    from trainer.packs.loader import PackSet
    from trainer.practice.session import Session
    from trainer.ui.screens.stats import StatsScreen


def _trainer_commands() -> type[Provider]:
    # Imported when the palette first opens, not at start-up.
    from trainer.ui.commands import TrainerCommands

    return TrainerCommands


class TrainerApp(App[None]):
    """intimacy-trainer: short drills for the everyday skills of emotional intimacy."""

    CSS_PATH = "app.tcss"
    TITLE = "intimacy-trainer"
    BINDINGS = [
        Binding("q", "quit_app", "Quit", id="app.quit", tooltip="Quit (asks first mid-session)"),
        Binding(
            "t",
            "open_stats",
            "Stats",
            id="app.stats",
            tooltip="Mastery, practice days, rewrite trend and your weakest exercises",
        ),
        Binding(
            "j", "open_journal", "Journal", id="app.journal", tooltip="Your private reflections"
        ),
        Binding(
            "question_mark,f1", "help", "Keys", id="app.help", tooltip="Every key of this screen"
        ),
    ]
    COMMANDS = App.COMMANDS | {_trainer_commands}

    def __init__(self, trainer: Trainer | None = None) -> None:
        super().__init__()
        self.trainer = trainer or Trainer()
        """Packs, progress and planning; screens call it and never touch files."""
        from trainer import paths
        from trainer.ui.css_cache import ParsedCssCache

        self._apply_saved_theme()
        self._css_cache = ParsedCssCache(self.stylesheet, paths.cache_dir())
        """app.tcss and widget CSS as parsed on an earlier start; saved after a first frame."""

    def _apply_saved_theme(self) -> None:
        # Before any CSS is parsed. Set first in on_mount (by remember_theme, which still loads,
        # reports and saves the settings), the theme made Textual parse every stylesheet again,
        # app.tcss three times in all (~35 ms), and kept the parsed CSS out of the cache. Only
        # reads here: a damaged file is left for remember_theme to move aside and report.
        from trainer.ui.settings import saved_theme

        theme = saved_theme()
        if theme is not None and theme in self.available_themes:
            self.theme = theme
            self.stylesheet.set_variables(self.get_css_variables())

    def get_default_screen(self) -> Screen[Any]:
        # Home is the bottom of the stack, so its first frame is the app's first frame.
        from trainer.ui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        from trainer.ui.settings import remember_theme

        remember_theme(self)

    def on_ready(self) -> None:
        # The first frame is on screen: everything it needed has been parsed.
        self._css_cache.save()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # Textual's "Theme" and "Keys" would sit beside our own "Switch theme" and "Keys" (which
        # open this app's help); its "Quit" would skip the mid-session confirm.
        for command in super().get_system_commands(screen):
            if command.title in ("Theme", "Keys"):
                continue
            if command.title == "Quit":
                command = command._replace(
                    help="Quit (asks first mid-session)", callback=self.action_quit_app
                )
            yield command

    def start_session(self, session: Session) -> None:
        """Open the first exercise of ``session`` (or say there is nothing to practise)."""
        from trainer.ui.flow import open_session

        open_session(self, session)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        from textual.screen import ModalScreen

        if action in {"open_stats", "open_journal"} and isinstance(self.screen, ModalScreen):
            return False  # a dialog (or help) is open: answer or close it first
        return True

    def action_open_stats(self) -> None:
        from trainer.ui.screens.stats import StatsScreen

        if not isinstance(self.screen, StatsScreen):
            self.push_screen(StatsScreen.for_trainer(self.trainer))

    def action_open_journal(self) -> None:
        from trainer.ui.screens.journal import JournalScreen

        if not isinstance(self.screen, JournalScreen):
            self.push_screen(JournalScreen.for_trainer(self.trainer))

    def action_help(self) -> None:
        from trainer.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_reload_packs(self) -> None:
        from trainer.ui.screens.home import HomeScreen

        self.trainer.reload()
        packs = self.trainer.packs
        found = f"{len(packs.packs)} packs loaded"
        if packs.problems:
            found += f"; {len(packs.problems)} problems (w on the home screen lists them)"
        self.notify(found, title="Packs reloaded", markup=False)
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.load_overview()

    def on_stats_screen_practise_these(self, message: StatsScreen.PractiseThese) -> None:
        """Stats' "practise these": a session of exactly those exercises, from the stats screen."""
        self.start_session(self.trainer.keys_session(message.keys, "Your weakest exercises"))

    def action_quit_app(self) -> None:
        from trainer.ui.dialogs.confirm import ConfirmDialog
        from trainer.ui.screens.exercise import ExerciseScreen

        if isinstance(self.screen, ConfirmDialog):
            return  # a question is open: 'q' must not answer it by quitting behind its back
        # Mid-session counts even when stats, the journal or help sit on top of the exercise.
        session = next((s for s in self.screen_stack if isinstance(s, ExerciseScreen)), None)
        if session is not None:
            session.confirm_then(
                self.exit, "Quit now? Exercises you answered are kept.", yes="Quit"
            )
        else:
            self.exit()


def make_app(
    packs: PackSet | Sequence[Path | str] | None = None,
    data_dir: Path | str | None = None,
    now: datetime | None = None,
    *,
    builtin: bool = True,
    seed: int | None = None,
) -> TrainerApp:
    """The app on given packs and data folder, used by the CLI, the tests and the screenshots.

    ``packs`` is a loaded ``PackSet`` or extra pack paths (added to the built-in and user packs
    unless ``builtin`` is False). A fixed ``now`` also freezes the session clock and shuffles, so
    snapshots are the same on every run.
    """
    packset: PackSet | None = None
    extra: list[Path] = []
    # Duck-typed so the CLI path never imports the loader (and pydantic) before the first frame.
    if packs is not None and hasattr(packs, "problems"):
        packset = packs  # type: ignore[assignment]
    elif packs is not None:
        extra = [Path(p) for p in packs]
    if packset is None and not builtin:
        from trainer.packs.loader import load_packs

        packset = load_packs(extra, builtin=False, user=False)
    trainer = Trainer(
        packset=packset,
        extra_paths=extra,
        data_dir=Path(data_dir) if data_dir is not None else None,
        seed=seed if seed is not None else (0 if now is not None else None),
    )
    if now is not None:
        frozen = now
        trainer.now = lambda: frozen
        trainer.clock = lambda: 0.0
    return TrainerApp(trainer)
