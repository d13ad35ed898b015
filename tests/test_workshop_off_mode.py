"""Scoring off ("don't keep score"): no number anywhere a participant could see."""

from __future__ import annotations

import re
from pathlib import Path

from test_workshop_helpers import FakeClock, config, room_packs, svg_text
from textual.widgets import Select

from trainer.ui.dialogs.workshop_tally import WorkshopTallyDialog
from trainer.ui.screens.workshop_entry import WorkshopApp
from trainer.ui.screens.workshop_projector import WorkshopProjectorScreen
from trainer.workshop.session import new_workshop
from trainer.workshop.store import WorkshopStore


def _no_digits(app: WorkshopApp, where: str) -> str:
    shown = svg_text(app.export_screenshot())
    assert "Tuesday group" in shown  # the check reads what is really on screen
    around = re.findall(r".{0,20}\d.{0,20}", shown)
    assert not around, f"{where}: {around}"
    return shown


async def test_off_mode_shows_no_number_anywhere(tmp_path: Path) -> None:
    clock = FakeClock()
    packs = room_packs()
    state = new_workshop(packs, config(scoring="off"), WorkshopStore(tmp_path), clock())
    app = WorkshopApp(packs, tmp_path, state=state, clock=clock)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        projector = app.screen
        assert isinstance(projector, WorkshopProjectorScreen)
        seen = []
        for position, run in enumerate(state.exercises):
            clock.advance(20)
            projector._tick()
            _no_digits(app, f"question {position}")
            if position == 0:
                await pilot.press("plus", "space")
                clock.advance(500)
                projector._tick()
                assert projector.has_class("-time-up") or run.timer.paused
                _no_digits(app, "paused or up")
            await pilot.press("v")
            await pilot.pause()
            if isinstance(app.screen, WorkshopTallyDialog):
                dialog = app.screen
                assert not dialog.query("Input")  # no counts to type in front of the room
                dialog.query_one("#who-0", Select).value = 0
                _no_digits(app, "tally dialog")
                await pilot.press("ctrl+s")
            elif run.type == "rewrite":
                dialog = app.screen
                dialog.query_one("#ws-rewrite-text").value = "You always do this"  # type: ignore[attr-defined]
                await pilot.press("ctrl+s")
            await pilot.pause()
            seen.append(_no_digits(app, f"reveal {position}"))
            await pilot.press("n")
            await pilot.pause()
        assert state.phase == "done"
        summary = _no_digits(app, "summary")
        assert "What we explored together" in summary and "Podium" not in summary
        assert "Coach:" in " ".join(seen)  # the rewrite got its feedback, without a score


async def test_the_check_sees_numbers_when_scores_are_kept(tmp_path: Path) -> None:
    """Control: the same reading of the screen finds the leaderboard's numbers in 'on' mode."""
    clock = FakeClock()
    packs = room_packs()
    state = new_workshop(packs, config(), WorkshopStore(tmp_path), clock())
    app = WorkshopApp(packs, tmp_path, state=state, clock=clock)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("ctrl+s", "n")
        await pilot.pause()
        shown = svg_text(app.export_screenshot())
        assert "Leaderboard" in shown and re.search(r"\d right", shown)


async def test_anonymous_mode_shows_initials_not_names(tmp_path: Path) -> None:
    """Anonymous scoring without teams: the room sees initials, in the dialogs too."""
    from trainer.workshop.model import WorkshopConfig
    from trainer.workshop.roster import parse_roster

    clock = FakeClock()
    packs = room_packs()
    people = WorkshopConfig.people_from(parse_roster("Ana Lima\nBen Ode\nCleo"))
    cfg = config(scoring="anonymous", people=people, types=["rewrite"], count=1)
    state = new_workshop(packs, cfg, WorkshopStore(tmp_path), clock())
    app = WorkshopApp(packs, tmp_path, state=state, clock=clock)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#ws-rewrite-text").value = "I feel worried when you are late"  # type: ignore[attr-defined]
        dialog.query_one("#ws-rewrite-who", Select).value = "Ana Lima"
        await pilot.pause()
        assert "A.L." in svg_text(app.export_screenshot())
        await pilot.press("ctrl+s")
        await pilot.pause()
        shown = svg_text(app.export_screenshot())
        assert "— A.L." in shown
        assert "Ana" not in shown and "Ben Ode" not in shown
        assert state.exercises[0].rewrites[0].participant == "Ana Lima"  # kept in full for reports
