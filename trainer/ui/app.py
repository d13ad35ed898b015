"""The Textual app. Thin on purpose: screens do the work, ``Trainer`` holds the logic.

Extending it (other screens): add a ``Binding(..., id=..., tooltip=...)`` to ``BINDINGS`` and an
``action_*`` that pushes your screen; start a session from anywhere with
``self.app.start_session(self.app.trainer.keys_session(keys, title))``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding

from trainer.practice.service import Trainer

if TYPE_CHECKING:
    from trainer.packs.loader import PackSet
    from trainer.practice.session import Session


class TrainerApp(App[None]):
    """intimacy-trainer: short drills for the everyday skills of emotional intimacy."""

    CSS_PATH = "app.tcss"
    TITLE = "intimacy-trainer"
    BINDINGS = [
        Binding("q", "quit_app", "Quit", id="app.quit", tooltip="Quit (asks first mid-session)"),
    ]

    def __init__(self, trainer: Trainer | None = None) -> None:
        super().__init__()
        self.trainer = trainer or Trainer()
        """Packs, progress and planning; screens call it and never touch files."""

    def on_mount(self) -> None:
        from trainer.ui.screens.home import HomeScreen

        self.push_screen(HomeScreen())

    def start_session(self, session: Session) -> None:
        """Open the first exercise of ``session`` (or say there is nothing to practise)."""
        from trainer.ui.flow import open_session

        open_session(self, session)

    def action_quit_app(self) -> None:
        from trainer.ui.screens.exercise import ExerciseScreen

        if isinstance(self.screen, ExerciseScreen):
            self.screen.confirm_then(self.exit, "Quit now? Exercises you answered are kept.")
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
        extra = [Path(p) for p in packs]  # type: ignore[union-attr]
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
