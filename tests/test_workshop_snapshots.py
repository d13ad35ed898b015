"""How workshop mode looks at 120x35, from the tiny room pack with a fixed clock.

Regenerate after an intended change with
``pytest tests/test_workshop_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_workshop_helpers import ROSTER_TEXT, FakeClock, room_packs, started
from textual.pilot import Pilot
from textual.widgets import Input, Select, TextArea

from trainer.ui.screens.workshop_entry import WorkshopApp
from trainer.ui.screens.workshop_notes import WorkshopNotesApp
from trainer.workshop.model import RewriteEntry
from trainer.workshop.session import WorkshopServices

SIZE = (120, 35)


async def _still(pilot: Pilot[None]) -> None:
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    for area in pilot.app.screen.query(TextArea):
        area.cursor_blink = False
    await pilot.pause()


def _projector(tmp_path: Path, **changes: object) -> tuple[WorkshopApp, FakeClock]:
    state, _, _ = started(tmp_path, **changes)
    clock = FakeClock()
    return WorkshopApp(room_packs(), tmp_path, state=state, clock=clock), clock


def test_setup(snap_compare: Any, tmp_path: Path) -> None:
    """Set-up: a 'Set up a workshop' bar; left column with Title 'Tuesday group', the Room drills
    pack ticked, five exercise types (all but Pair prompts ticked), Exercises 5 and 'Seconds (0 =
    untimed)' 90 on one row, both boxes whole, Scoring with On selected; right column the
    roster help, the typed roster (Team: Blue, Ana Lima, Ben, Team: Green, Cleo), a file path
    field with Load and
    '3 people in 2 teams: Blue, Green'; Back and Start workshop buttons; footer ^s and esc."""

    async def run(pilot: Pilot[None]) -> None:
        screen = pilot.app.screen
        screen.query_one("#ws-title-input", Input).value = "Tuesday group"
        screen.query_one("#ws-roster", TextArea).load_text(ROSTER_TEXT)
        await _still(pilot)

    app = WorkshopApp(room_packs(), tmp_path, clock=FakeClock())
    assert snap_compare(app, terminal_size=SIZE, run_before=run)


def test_projector_question(snap_compare: Any, tmp_path: Path) -> None:
    """Projector, first question after 30 s: top bar 'Tuesday group', dots ◉ ○ ○ ○ and
    'Question'; the prompt large in a bordered box, options A and B in the order shown;
    on the right big digits '0:15' with a draining bar (45 s limit wins over 90); no answer, no
    tick and no facilitator note anywhere; footer: space, +, v, s, e, esc."""

    app, clock = _projector(tmp_path)
    clock.advance(30)
    assert snap_compare(app, terminal_size=SIZE, run_before=_still)


def test_projector_time_up(snap_compare: Any, tmp_path: Path) -> None:
    """Time is up: the top bar turns red, the timer box has a heavy red border, reads '0:00' and
    'TIME IS UP', a red 'Time is up: reveal with v' cue sits under it and the body has a red
    edge. No sound, only the picture."""

    app, clock = _projector(tmp_path)
    clock.advance(60)
    assert snap_compare(app, terminal_size=SIZE, run_before=_still)


def test_reveal_choice_with_tally(snap_compare: Any, tmp_path: Path) -> None:
    """Reveal after the tally (Blue chose A, Green chose B; a hand typed for B as well is not
    added to the teams' answers): 'Answer' in the top bar; the prompt small; distribution bars
    A (2) in green with '✓ right', B (1) dim; each
    option marked ✓ or ✗ with its feedback; the explanation in italics; 'Let's discuss' with
    one question. The timer is hidden."""

    async def run(pilot: Pilot[None]) -> None:
        await pilot.press("v")
        await pilot.pause()
        dialog = pilot.app.screen
        dialog.query_one("#count-1", Input).value = "1"
        dialog.query_one("#who-0", Select).value = 0
        dialog.query_one("#who-1", Select).value = 1
        await pilot.press("ctrl+s")
        await _still(pilot)

    app, _ = _projector(tmp_path)
    assert snap_compare(app, terminal_size=SIZE, run_before=run)


def test_reveal_rewrite_live(snap_compare: Any, tmp_path: Path) -> None:
    """A live rewrite on the reveal (a fixed coach result, so coach tuning never moves this
    picture): the original quoted in orange; Cleo's rewrite in quotes with '— Cleo',
    'Coach: strong · 88/100', two ✓ lines quoting what was found and one → line for what is
    missing; then the model answers, the explanation and 'Let's discuss'; footer r Add rewrite,
    c Who said it, d Discuss, n Next."""

    state, store, _ = started(tmp_path)
    state.skip(state.created_at)
    state.reveal(state.created_at)
    state.add_rewrite(
        RewriteEntry(
            text="I feel anxious when plans slip. Could you text me when you're late?",
            participant="Cleo",
            score=88,
            verdict="strong",
            found=["Speaks from 'I': 'I feel'", "Names a real feeling: 'anxious'"],
            missing=["Says what you need — add 'I need ...'"],
        )
    )
    store.save(state, state.created_at)
    app = WorkshopApp(room_packs(), tmp_path, state=state, clock=FakeClock())
    assert snap_compare(app, terminal_size=SIZE, run_before=_still)


def test_leaderboard(snap_compare: Any, tmp_path: Path) -> None:
    """Leaderboard between exercises: 'Leaderboard' in a box, '1. Blue' with a full green bar,
    '1 right   first in 1×', then '2. Green' with no bar and '0 right', and the line that right
    answers rank and speed only breaks ties; footer: n Next, e End, esc Leave."""

    async def run(pilot: Pilot[None]) -> None:
        await pilot.press("v")
        await pilot.pause()
        dialog = pilot.app.screen
        dialog.query_one("#who-0", Select).value = 0
        dialog.query_one("#who-1", Select).value = 1
        dialog.query_one("#first", Select).value = "Blue"
        await pilot.press("ctrl+s", "n")
        await _still(pilot)

    app, _ = _projector(tmp_path)
    assert snap_compare(app, terminal_size=SIZE, run_before=run)


def test_companion(snap_compare: Any, tmp_path: Path) -> None:
    """The companion (second terminal) during a rewrite reveal: a status bar 'Tuesday group ·
    exercise 2 of 4 · answer revealed · 1:30 left (paused) · scoring on'; sections On the
    projector, Facilitator notes, Answers (original, two model answers), Explanation,
    Discussion questions, The room so far ('Ben: 80/100 strong - I feel worried...'), Up next."""

    state, store, _ = started(tmp_path)
    state.skip(state.created_at)
    state.reveal(state.created_at)
    state.add_rewrite(
        RewriteEntry(text="I feel worried", participant="Ben", score=80, verdict="strong")
    )
    store.save(state, state.created_at)
    app = WorkshopNotesApp(WorkshopServices(room_packs(), tmp_path, FakeClock()), state.id)
    assert snap_compare(app, terminal_size=SIZE, run_before=_still)


def test_summary(snap_compare: Any, tmp_path: Path) -> None:
    """Final summary: 'Thank you! Tuesday group'; Podium '1st  Blue — 2 right' (choice and classify;
    Ben's rewrite scored 60, under the pass mark); Strongest and
    Hardest naming an exercise each; 'How the room answered' with one line per exercise (share
    right, or the average coach score for the rewrite) and the choice's bars (A 2 ✓, B 1: the
    teams' answers, with the extra hand for A not added on top);
    footer h Save handout and esc Leave; all dots filled."""

    state, store, _ = started(tmp_path)
    for run in state.exercises:
        state.reveal(state.created_at)
        if run.type == "choice":
            state.set_tally({0: 1}, {"Blue": 0, "Green": 1})
        elif run.type == "rewrite":
            state.add_rewrite(RewriteEntry(text="I feel worried", participant="Ben", score=60))
        else:
            state.set_credited(["Blue"] if run.type == "classify" else [])
        state.next(state.created_at)
        state.next(state.created_at)
    store.save(state, state.created_at)
    app = WorkshopApp(room_packs(), tmp_path, state=state, clock=FakeClock())
    assert snap_compare(app, terminal_size=SIZE, run_before=_still)


def test_projector_scoring_off(snap_compare: Any, tmp_path: Path) -> None:
    """Scoring off, 30 s into the first question: the same projector, but the timer box has no
    digits, only the draining bar (a third full); options are letters; no number anywhere."""

    app, clock = _projector(tmp_path, scoring="off")
    clock.advance(30)
    assert snap_compare(app, terminal_size=SIZE, run_before=_still)
