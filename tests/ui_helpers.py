"""Shared helpers for the TUI tests: a fixed clock, the tiny test packs, waiting for the home."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from textual.pilot import Pilot

from trainer.ui.app import TrainerApp, make_app

UI_PACKS = Path(__file__).parent / "data" / "ui_packs"
GOOD = UI_PACKS / "good"
BAD = UI_PACKS / "bad"
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def ui_app(data_dir: Path, *, bad: bool = False, now: datetime = NOW) -> TrainerApp:
    """The app on the tiny test packs only, a fixed 'now', seeded shuffles, a frozen clock."""
    packs = [GOOD, BAD] if bad else [GOOD]
    return make_app(packs=packs, data_dir=data_dir, now=now, builtin=False)


async def settle(pilot: Pilot[None]) -> None:
    """Wait for the home screen's background load and any screen changes to finish."""
    from trainer.ui.screens.home import HomeScreen

    home = pilot.app.screen_stack[0]
    for _ in range(100):  # the home reads packs and progress just after its first frame
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        if not isinstance(home, HomeScreen) or home.overview is not None:
            break
    await pilot.pause()
    await pilot.pause()
