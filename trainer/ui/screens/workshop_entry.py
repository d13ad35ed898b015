"""Ways into workshop mode: from the home screen, from the CLI, and a bare host for tests.

``trainer workshop`` opens the full app with the set-up (or the resumed projector) on top of the
home screen, so leaving the workshop lands where the rest of the trainer lives.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.screen import Screen

from trainer.workshop.model import WorkshopState
from trainer.workshop.session import WorkshopServices

if TYPE_CHECKING:
    from trainer.packs.loader import PackSet
    from trainer.ui.app import TrainerApp

TCSS = str(Path(__file__).resolve().parent.parent / "app.tcss")


def opening_screen(services: WorkshopServices, state: WorkshopState | None) -> Screen[None]:
    """The set-up for a new workshop, or the projector for a resumed one."""
    if state is None:
        from trainer.ui.screens.workshop_setup import WorkshopSetupScreen

        return WorkshopSetupScreen(services)
    from trainer.ui.screens.workshop_projector import WorkshopProjectorScreen

    return WorkshopProjectorScreen(services, state)


def open_workshop_setup(app: TrainerApp) -> None:
    """The home screen's way in (bound in the app)."""
    from trainer import paths
    from trainer.ui.screens.workshop_setup import WorkshopSetupScreen

    if isinstance(app.screen, WorkshopSetupScreen):
        return
    trainer = app.trainer
    services = WorkshopServices(trainer.packs, trainer.data_dir or paths.data_dir())
    app.push_screen(WorkshopSetupScreen(services))


def leave_workshop(app: App[object]) -> None:
    """Back to the trainer's home screen below; the bare :class:`WorkshopApp` simply exits."""
    if isinstance(app, WorkshopApp) or len(app.screen_stack) < 2:
        app.exit()
    else:
        app.pop_screen()


def workshop_trainer_app(
    packset: PackSet, data_dir: Path, state: WorkshopState | None = None
) -> App[None]:
    """The trainer app with the workshop opened on top of its home screen."""
    from trainer.practice.service import Trainer
    from trainer.ui.app import TrainerApp

    services = WorkshopServices(packset, data_dir)

    class WorkshopTrainerApp(TrainerApp):
        CSS_PATH = TCSS  # relative paths resolve against the defining file

        def on_ready(self) -> None:
            self.push_screen(opening_screen(services, state))

    return WorkshopTrainerApp(Trainer(packset=packset, data_dir=data_dir))


class WorkshopApp(App[None]):
    """Only the workshop, on the one stylesheet: for tests, snapshots and demos."""

    CSS_PATH = TCSS
    TITLE = "intimacy-trainer workshop"

    def __init__(
        self,
        packset: PackSet,
        data_dir: Path,
        *,
        state: WorkshopState | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.services = WorkshopServices(packset, data_dir, clock)
        self.initial_state = state

    def on_mount(self) -> None:
        self.push_screen(opening_screen(self.services, self.initial_state))
