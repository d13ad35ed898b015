"""A whole workshop through the Pilot: 3 people in 2 teams, 4 exercises, time injected.

Covers the set-up form, the timer (pause, +30 s, time up), the reveal with a tally, a live rewrite
scored by the coach and credited, classify/order credit, the leaderboard, closing the app and
resuming exactly where it stopped, the final summary and the report's content.
"""

from __future__ import annotations

from pathlib import Path

from test_workshop_helpers import ROSTER_TEXT, T0, FakeClock, room_packs, svg_text
from textual.pilot import Pilot
from textual.widgets import Digits, Input, Select, SelectionList, TextArea

from trainer.progress.store import ProgressStore
from trainer.ui.dialogs.workshop_credit import WorkshopCreditDialog
from trainer.ui.dialogs.workshop_rewrite import WorkshopRewriteDialog
from trainer.ui.dialogs.workshop_tally import WorkshopTallyDialog
from trainer.ui.screens.workshop_entry import WorkshopApp
from trainer.ui.screens.workshop_projector import WorkshopProjectorScreen
from trainer.ui.screens.workshop_setup import WorkshopSetupScreen
from trainer.workshop.points import REWRITE_PASS
from trainer.workshop.report import render_csv, render_markdown
from trainer.workshop.session import lookup_for
from trainer.workshop.store import WorkshopStore

SIZE = (120, 35)


def _text(app: WorkshopApp) -> str:
    return " ".join(str(w.render()) for w in app.screen.query("#ws-body Static"))


async def _reveal_choice(
    app: WorkshopApp, pilot: Pilot[None], counts: dict[str, str], teams: dict[str, int]
) -> None:
    await pilot.press("v")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, WorkshopTallyDialog)
    body = _text_of_screen_below(app)
    assert "✓" not in body  # the answer waits behind the dialog until the tally is in
    for option, value in counts.items():
        dialog.query_one(f"#count-{option}", Input).value = value
    for position, team in enumerate(dialog.choosers):
        dialog.query_one(f"#who-{position}", Select).value = teams[team]
    dialog.query_one("#first", Select).value = "Blue"
    await pilot.press("ctrl+s")
    await pilot.pause()


def _phase(projector: WorkshopProjectorScreen) -> str:
    """The phase now (a call, so mypy does not keep an earlier assert's narrowing)."""
    return projector.state.phase


def _text_of_screen_below(app: WorkshopApp) -> str:
    below = app.screen_stack[-2]
    return " ".join(str(w.render()) for w in below.query("#ws-body Static"))


async def test_three_people_two_teams_four_exercises(tmp_path: Path) -> None:
    clock = FakeClock()
    packs = room_packs()
    app = WorkshopApp(packs, tmp_path, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, WorkshopSetupScreen)
        await pilot.press("ctrl+s")  # no roster yet: a clear message, no workshop
        assert "roster is empty" in str(setup.query_one("#ws-setup-error").render())
        setup.query_one("#ws-title-input", Input).value = "Tuesday group"
        setup.query_one("#ws-roster", TextArea).load_text(ROSTER_TEXT)
        setup.query_one("#ws-count", Input).value = "4"
        await pilot.pause()
        assert "3 people in 2 teams" in str(setup.query_one("#ws-roster-summary").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
        projector = app.screen
        assert isinstance(projector, WorkshopProjectorScreen)
        state = projector.state
        store = WorkshopStore(tmp_path)
        assert [run.type for run in state.exercises] == ["choice", "rewrite", "classify", "order"]
        lookup = lookup_for(packs, [run.key for run in state.exercises])

        # ---- exercise 1: the clock, then a tally ----
        run = state.exercises[0]
        digits = projector.query_one("#ws-digits", Digits)
        total = run.timer.duration
        await pilot.pause()
        assert digits.value == f"{total // 60}:{total % 60:02d}"
        assert "facilitator" not in _text(app).lower()
        notes = lookup[run.key].facilitator_notes
        assert notes and notes not in _text(app)
        clock.advance(10)
        projector._tick()
        assert run.timer.remaining(clock()) == total - 10
        await pilot.press("space")  # pause
        clock.advance(120)
        projector._tick()
        assert run.timer.remaining(clock()) == total - 10
        assert "paused" in str(projector.query_one("#ws-timer-label").render())
        await pilot.press("space")  # resume
        await pilot.press("plus")  # +30 s
        assert run.timer.remaining(clock()) == total + 20
        assert store.load(state.id).exercises[0].timer.extra == 30  # saved after every action
        clock.advance(total + 21)
        projector._tick()
        assert projector.has_class("-time-up")
        assert "Time is up" in str(projector.query_one("#ws-cue").render())
        exercise = lookup[run.key]
        right = next(i for i, o in enumerate(exercise.options) if o.correct)  # type: ignore[union-attr]
        wrong = (right + 1) % len(exercise.options)  # type: ignore[union-attr]
        await _reveal_choice(app, pilot, {str(wrong): "2"}, {"Blue": right, "Green": wrong})
        assert state.phase == "reveal" and run.choices == {"Blue": right, "Green": wrong}
        bars = str(projector.query_one(".ws-bars").render())
        # Blue's two members chose right and Green's one chose wrong; the two hands the
        # facilitator also typed describe the same room, so they are not added on top.
        lines = bars.splitlines()
        assert lines[right].rstrip().endswith("2  ✓ right") and lines[wrong].rstrip().endswith("1")
        body = _text(app)
        assert exercise.explanation in body and exercise.discussion[0] in body
        await pilot.press("n")
        assert _phase(projector) == "leaderboard"
        board = _text(app)
        assert "Blue" in board and "1 right" in board and "0 right" in board
        await pilot.press("n")
        assert state.index == 1 and _phase(projector) == "question"

        # ---- exercise 2: a live rewrite, scored and credited ----
        await pilot.press("v")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, WorkshopRewriteDialog)
        dialog.query_one("#ws-rewrite-text", Input).value = (
            "I feel anxious when plans slip, because I need to count on us. "
            "Could you text me when you're running late?"
        )
        dialog.query_one("#ws-rewrite-who", Select).value = "Cleo"
        await pilot.press("ctrl+s")
        await pilot.pause()
        entry = state.exercises[1].rewrites[0]
        # a strong I-statement; the count below follows the coach's own pass mark
        assert entry.participant == "Cleo" and entry.score > 0 and entry.found
        cleo_rewrite_right = int(entry.score >= REWRITE_PASS)
        body = _text(app)
        assert "— Cleo" in body and f"{entry.score}/100" in body and entry.found[0] in body
        assert store.load(state.id).exercises[1].rewrites[0].participant == "Cleo"
        await pilot.press("n", "n")

        # ---- exercise 3: classify; reveal, credit Green, then close the app mid-reveal ----
        await pilot.press("v")
        await pilot.press("c")
        await pilot.pause()
        credit = app.screen
        assert isinstance(credit, WorkshopCreditDialog)
        credit.query_one(SelectionList).select("Green")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert state.exercises[2].credited == ["Green"]
        run = state.exercises[2]  # each answer carries the letter the room saw on the question
        assert f"{run.letter_of(0)}  You never listen to me.  →  criticism" in _text(app)
        workshop_id = state.id

    # ---- restart: the same exercise, the same tallies ----
    clock.advance(600)
    again = store.load(workshop_id)
    again.resumed(clock())
    app = WorkshopApp(packs, tmp_path, state=again, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        projector = app.screen
        assert isinstance(projector, WorkshopProjectorScreen)
        state = projector.state
        assert state.index == 2 and state.phase == "reveal"
        assert state.exercises[2].credited == ["Green"]
        assert state.exercises[0].choices["Blue"] == right
        assert "Got it right: Green" in _text(app)
        await pilot.press("n", "n")
        # ---- exercise 4: order, timed out, nobody credited ----
        assert state.index == 3
        await pilot.press("v", "c")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.press("n", "n")
        await pilot.pause()
        assert _phase(projector) == "done"
        summary = _text(app)
        assert "Podium" in summary and "1st" in summary
        assert "Strongest" in summary and "Hardest" in summary

    final = store.load(workshop_id)
    markdown = render_markdown(final, lookup)
    assert "# Tuesday group" in markdown
    assert "| Ana Lima | Blue | 1 | 3 | - |" in markdown
    cleo = 1 + cleo_rewrite_right  # classify (Green credited) + the rewrite if it passed
    assert f"| Cleo | Green | {cleo} | 4 |" in markdown
    assert "— Cleo" in markdown and "## Discussion questions used" in markdown
    csv_text = render_csv(final, lookup)
    assert f"participant,,Cleo,Green,{cleo},4," in csv_text
    # every participant is a profile with workshop-mode attempts
    attempts = ProgressStore(tmp_path).attempts(profile=None)
    assert {a["profile"] for a in attempts} == {"Ana Lima", "Ben", "Cleo"}
    assert {a["mode"] for a in attempts} == {"workshop"}
    assert {a["session"] for a in attempts} == {workshop_id}
    assert len(attempts) == 3 + 1 + 3 + 3  # choice (all) + rewrite (Cleo) + classify + order
    assert T0 < final.saved_at


async def test_roster_from_a_file_and_clear_errors(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Ana, Blue\nBen, Green\n", encoding="utf-8")
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\x00\x00")
    app = WorkshopApp(room_packs(), tmp_path, clock=FakeClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        setup = app.screen
        field = setup.query_one("#ws-roster-file", Input)
        field.value = str(photo)
        await pilot.click("#ws-roster-load")
        assert "binary file" in str(setup.query_one("#ws-setup-error").render())
        field.value = str(names)
        field.focus()
        await pilot.press("enter")  # Enter in the path field loads it too
        await pilot.pause()
        assert setup.query_one("#ws-roster", TextArea).text == "Ana, Blue\nBen, Green"
        assert "2 people in 2 teams" in str(setup.query_one("#ws-roster-summary").render())
        setup.query_one("#ws-roster", TextArea).load_text("Ana, Blue\nana, Green")
        await pilot.pause()  # a typed roster's problem names the line, as the facilitator sees it
        summary = str(setup.query_one("#ws-roster-summary").render())
        assert summary.startswith("Line 2: 'ana' is already on line 1")
        setup.query_one("#ws-roster", TextArea).load_text("Ana, Blue\nBen, Green")
        setup.query_one("#ws-seconds", Input).value = "5000"
        await pilot.press("ctrl+s")
        assert "Seconds each: a whole number from 0 to 3600" in str(
            setup.query_one("#ws-setup-error").render()
        )
        assert isinstance(app.screen, WorkshopSetupScreen)


async def test_a_scored_rewrite_can_be_credited_to_someone_else(tmp_path: Path) -> None:
    """`c` on a rewrite reveal: pick a rewrite already heard and change who said it."""
    from test_workshop_helpers import config

    from trainer.ui.dialogs.workshop_recredit import WorkshopRecreditDialog
    from trainer.workshop.session import new_workshop

    clock = FakeClock()
    packs = room_packs()
    state = new_workshop(packs, config(types=["rewrite"], count=1), WorkshopStore(tmp_path), T0)
    app = WorkshopApp(packs, tmp_path, state=state, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        projector = app.screen
        assert isinstance(projector, WorkshopProjectorScreen)
        assert not projector.check_action("recredit", ())  # nothing heard yet
        heard = (("v", "I feel worried when you are late", "Ana Lima"), ("r", "Be on time", "Ben"))
        for key, text, who in heard:  # v reveals and opens the first; r types the next
            await pilot.press(key)
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, WorkshopRewriteDialog)
            dialog.query_one("#ws-rewrite-text", Input).value = text
            dialog.query_one("#ws-rewrite-who", Select).value = who
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert "c  Who said it" in svg_text(app.export_screenshot())
        await pilot.press("c")
        await pilot.pause()
        recredit = app.screen
        assert isinstance(recredit, WorkshopRecreditDialog)
        # the latest rewrite is picked, with the name it was credited to
        assert recredit.query_one("#ws-recredit-which", Select).value == 1
        assert recredit.query_one("#ws-recredit-who", Select).value == "Ben"
        recredit.query_one("#ws-recredit-which", Select).value = 0
        await pilot.pause()
        assert recredit.query_one("#ws-recredit-who", Select).value == "Ana Lima"
        recredit.query_one("#ws-recredit-who", Select).value = "Cleo"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [e.participant for e in state.exercises[0].rewrites] == ["Cleo", "Ben"]
        saved = WorkshopStore(tmp_path).load(state.id)
        assert [e.participant for e in saved.exercises[0].rewrites] == ["Cleo", "Ben"]
        assert "— Cleo" in _text(app) and "— Ana Lima" not in _text(app)


async def test_everyone_tied_in_the_top_three_stands_on_the_podium(tmp_path: Path) -> None:
    """Four people, all right on the one choice: four '1st' lines, nobody cut off at three."""
    from test_workshop_helpers import config

    from trainer.packs.models import ChoiceExercise
    from trainer.workshop.model import WorkshopConfig
    from trainer.workshop.roster import parse_roster
    from trainer.workshop.session import new_workshop

    packs = room_packs()
    people = WorkshopConfig.people_from(parse_roster("Ana\nBen\nCleo\nDev"))
    cfg = config(people=people, types=["choice"], count=1)
    state = new_workshop(packs, cfg, WorkshopStore(tmp_path), T0)
    exercise = lookup_for(packs, [state.exercises[0].key])[state.exercises[0].key]
    assert isinstance(exercise, ChoiceExercise)
    right = next(i for i, option in enumerate(exercise.options) if option.correct)
    state.reveal(T0 + 5)
    state.set_tally({}, {name: right for name in ("Ana", "Ben", "Cleo", "Dev")})
    state.finish(T0 + 10)
    app = WorkshopApp(packs, tmp_path, state=state, clock=FakeClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        summary = _text(app)
        for name in ("Ana", "Ben", "Cleo", "Dev"):
            assert f"1st  {name} — 1 right" in summary


async def test_setup_never_opens_a_private_screen(tmp_path: Path) -> None:
    """From the set-up (maybe on the projector already), t and j open nothing; q quits nothing."""
    from trainer.ui.screens.workshop_entry import workshop_trainer_app

    app = workshop_trainer_app(room_packs(), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, WorkshopSetupScreen)
        setup.query_one("#ws-types", SelectionList).focus()
        await pilot.press("t", "j", "q")
        await pilot.pause()
        assert app.screen is setup and app.is_running
        footer = svg_text(app.export_screenshot())
        assert "Stats" not in footer and "Journal" not in footer


async def test_leaving_a_workshop_opened_from_home_lands_on_home(tmp_path: Path) -> None:
    """`f` on the home screen, then esc: back home, the app still running (it used to quit)."""
    from trainer.ui.app import make_app
    from trainer.ui.screens.home import HomeScreen

    app = make_app(room_packs(), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, WorkshopSetupScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.is_running
        await pilot.press("f")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, WorkshopSetupScreen)
        again.query_one("#ws-roster", TextArea).load_text(ROSTER_TEXT)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WorkshopProjectorScreen)
        await pilot.press("escape")  # leave asks first
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.is_running
