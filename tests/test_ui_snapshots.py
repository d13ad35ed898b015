"""How the TUI looks at 100x30: home, every exercise type before and after answering, summary.

Deterministic: tiny packs from tests/data/ui_packs, a fixed 'now' (which also freezes the session
clock at 0:00 and seeds every shuffle), and cursors that do not blink.
Regenerate after an intended change with ``pytest tests/test_ui_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.ui_helpers import NOW, settle, ui_app
from trainer.progress.store import ProgressStore

SIZE = (100, 30)


def steps(*keys: str | Sequence[str]) -> Callable[[Pilot[None]], Awaitable[None]]:
    """A run_before that waits for the home, presses keys (a list = typed at once), settles."""

    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            if isinstance(key, str):
                await pilot.press(key)
            else:
                await pilot.press(*key)
            await settle(pilot)
        for area in pilot.app.screen.query(TextArea):
            area.cursor_blink = False
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await settle(pilot)

    return run


PACK_TALK = ("p", "enter")  # Practice a pack -> Talking it through -> (type list)
PACK_TOGETHER = ("p", ["down", "enter"])


def with_history(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    for days_ago, key, score in [
        (6, "talk/late-again", 0.0),
        (3, "talk/good-news", 1.0),
        (2, "talk/horsemen", 0.67),
        (1, "talk/late-again", 1.0),
        (0, "talk/repair-steps", 0.5),
    ]:
        store.record_attempt(key, score, at=NOW - timedelta(days=days_ago, hours=1))


def test_home_first_run(snap_compare: Any, tmp_path: Path) -> None:
    """Home on first run: the today line (streak 0, 0 of 7 days, 0 due), three start buttons,
    the welcome box naming the six components in two lines each and suggesting Quick practice,
    then the two test packs (Communication: Talking it through, 5; Shared time: Time together, 3)
    with empty mastery bars; the footer lists v, s, p, q, t, j and ?."""
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=steps())


def test_home_with_history(snap_compare: Any, tmp_path: Path) -> None:
    """Home after five attempts over a week: no welcome box; the today line shows a streak and
    practice days; Talking it through has a partly filled mastery bar."""
    with_history(tmp_path)
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=steps())


def test_pack_problems_notice(snap_compare: Any, tmp_path: Path) -> None:
    """A modal over home listing each problem in tests/data/ui_packs/bad/broken.yaml as
    file:line:col: pack/exercise: message, with a Dismiss button; the good packs loaded."""
    assert snap_compare(ui_app(tmp_path, bad=True), terminal_size=SIZE, run_before=steps())


def test_choice_before(snap_compare: Any, tmp_path: Path) -> None:
    """A choice exercise: header 'Talking it through · Choices' with '1 of 2', an empty progress
    bar and 0:00 at the right; the prompt with '[bold]not markup[/bold]' shown literally;
    'Press 1-3'; three numbered options, the first highlighted; footer has 1-9 Answer and
    esc Leave."""
    run = steps(*PACK_TALK, ["down", "enter"])
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_choice_after_wrong(snap_compare: Any, tmp_path: Path) -> None:
    """After pressing 1 (wrong): options marked (✓ on option 2), a red-bordered box 'Not quite.'
    with the chosen option's feedback, the right answer and its feedback, Why and Source; the
    progress bar has moved; a focused 'Next (Enter)' button."""
    run = steps(*PACK_TALK, ["down", "enter"], "1")
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_rewrite_before(snap_compare: Any, tmp_path: Path) -> None:
    """A rewrite: the prompt, 'The line to rewrite:' with the original quoted, the kind's goal in
    one line, one hint shown after Ctrl+T, an empty text box with its placeholder, and Submit
    (Ctrl+S) / Hint buttons; footer lists ^s Submit, ^t Hint and esc Leave."""
    run = steps(*PACK_TALK, ["down", "down", "enter"], "ctrl+t")
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_rewrite_after(snap_compare: Any, tmp_path: Path) -> None:
    """The coach's result for a typed I-statement: a score bar marked 'hinted', the verdict,
    Found (with quoted phrases) / Missing / Works against you, then the two model answers;
    Next and Retry buttons; footer has r Retry and n Next."""
    answer = list("I feel tired when the dishes pile up; could you do them tonight?")
    run = steps(*PACK_TALK, ["down", "down", "enter"], "ctrl+t", answer, "ctrl+s")
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_classify_before(snap_compare: Any, tmp_path: Path) -> None:
    """Classify: instructions, the box 'Item 1 of 3' with "You're so lazy.", then three stacked
    category buttons '1 Criticism', '2 Contempt', '3 Stonewalling'."""
    run = steps(*PACK_TALK, ["down", "down", "down", "enter"])
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_classify_after(snap_compare: Any, tmp_path: Path) -> None:
    """After sorting 1, 2, 1: a 67% score bar, '2 of 3 sorted right', two ✓ items with their
    category and why, and a ✗ item 'you said Criticism; it is Stonewalling: ...'."""
    run = steps(*PACK_TALK, ["down", "down", "down", "enter"], ["1", "2", "1"])
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_order_before(snap_compare: Any, tmp_path: Path) -> None:
    """Order: instructions naming Ctrl+Up/Ctrl+Down and Ctrl+S, four numbered steps in a seeded
    shuffled order (never already right), and Move up / Move down / Submit buttons."""
    run = steps(*PACK_TALK, ["down", "down", "down", "down", "enter"])
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_order_after(snap_compare: Any, tmp_path: Path) -> None:
    """After one Ctrl+Down and Ctrl+S: steps marked ✓/✗, a partial score bar, 'N of 4 steps are
    in the right order relative to each other', and the right order with each step's why."""
    run = steps(*PACK_TALK, ["down", "down", "down", "down", "enter"], "ctrl+down", "ctrl+s")
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_reflect_before(snap_compare: Any, tmp_path: Path) -> None:
    """Reflect: the prompt, its follow-up as a bullet, the privacy line, an empty text box, and
    'Save to journal (Ctrl+S)' / 'Skip (Ctrl+N)' buttons."""
    run = steps(*PACK_TOGETHER, ["down", "enter"])
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_reflect_after(snap_compare: Any, tmp_path: Path) -> None:
    """After typing '[bold]a walk[/bold]' and Ctrl+S: the text shown literally in the read-only
    box, a green box 'Saved to your private journal.' and a focused Next button."""
    run = steps(*PACK_TOGETHER, ["down", "enter"], list("[bold]a walk[/bold]"), "ctrl+s")
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_pair_before(snap_compare: Any, tmp_path: Path) -> None:
    """The names dialog of a pair session: 'Two people take turns...', two name fields with
    'Ana' typed in the first, and a Start button."""
    run = steps(*PACK_TOGETHER, ["down", "down", "enter"], list("Ana"))
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_pair_after(snap_compare: Any, tmp_path: Path) -> None:
    """Second prompt after Ana answered the first: 'Ben's turn to answer; Ana listens.', the
    deep prompt with 'Depth ●●● deep', header at 2 of 2 with half the bar filled."""
    names = ["A", "n", "a", "enter", "B", "e", "n", "enter"]
    run = steps(*PACK_TOGETHER, ["down", "down", "enter"], names, "enter")
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)


def test_summary(snap_compare: Any, tmp_path: Path) -> None:
    """Summary after the two choices (the first right, the second 0% for one right and one wrong
    pick): a table of both exercises with type, score bar and time; By component with scored %
    and mastery before -> after; Now due; the suggested next session as a focused button and
    Home."""
    run = steps(*PACK_TALK, ["down", "enter"], "2", "enter", ["1", "2", "ctrl+s"], "enter")
    assert snap_compare(ui_app(tmp_path), terminal_size=SIZE, run_before=run)
