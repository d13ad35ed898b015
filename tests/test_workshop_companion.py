"""The facilitator's companion follows the projector's process through the state file."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from test_workshop_helpers import T0, FakeClock, room_packs, started

from trainer.ui.screens.workshop_notes import WorkshopNotesApp
from trainer.workshop.follow import StateFollower, companion_sections
from trainer.workshop.session import WorkshopServices

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from trainer.workshop.store import WorkshopStore

    store = WorkshopStore(Path(sys.argv[1]))
    state = store.load(sys.argv[2])
    state.reveal(float(sys.argv[3]))
    state.set_tally({}, {"Blue": 1, "Green": 0}, first="Blue")
    store.save(state)
    print(repr(time.time()), flush=True)
    """
)


def _notes_text(app: WorkshopNotesApp) -> str:
    return " ".join(str(w.render()) for w in app.screen.query("Static"))


async def test_companion_follows_another_process_within_a_second(tmp_path: Path) -> None:
    state, store, lookup = started(tmp_path)
    exercise = lookup[state.exercises[0].key]
    clock = FakeClock(T0 + 12)
    app = WorkshopNotesApp(WorkshopServices(room_packs(), tmp_path, clock))
    left = state.exercises[0].timer.duration - 12
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        shown = _notes_text(app)
        assert exercise.facilitator_notes in shown  # what the projector never shows
        assert "RIGHT" in shown and exercise.discussion[0] in shown
        assert "nothing entered yet" in shown
        # the clock line is computed from the saved timer and the companion's own clock
        assert f"{left // 60}:{left % 60:02d} left" in shown
        writer = subprocess.run(
            [sys.executable, "-c", WRITER, str(tmp_path), state.id, str(T0 + 20)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        written_at = float(writer.stdout.strip())
        seen_at = None
        while time.time() - written_at < 3:
            await pilot.pause(0.05)
            if "answer revealed" in _notes_text(app):
                seen_at = time.time()
                break
        assert seen_at is not None, _notes_text(app)
        assert seen_at - written_at < 1.0
        shown = _notes_text(app)
        assert "First in: Blue" in shown and "(Blue)" in shown and "(Green)" in shown


def test_follower_reads_only_when_the_file_changed(tmp_path: Path) -> None:
    state, store, lookup = started(tmp_path)
    follower = StateFollower(store, state.id)
    assert follower.poll() is not None
    assert follower.poll() is None  # unchanged: not even re-read
    state.toggle_pause(T0 + 1)
    store.save(state, T0 + 1)
    fresh = follower.poll()
    assert fresh is not None and fresh.current is not None and fresh.current.timer.paused
    sections = {
        s.heading: s.lines for s in companion_sections(fresh, lookup[state.exercises[0].key])
    }
    assert {"On the projector", "Facilitator notes", "Answers", "Discussion questions"} <= set(
        sections
    )
    missing = StateFollower(store, "no-such-workshop")
    assert missing.poll() is None


async def test_companion_of_a_finished_workshop_gives_the_report_commands(tmp_path: Path) -> None:
    state, store, _ = started(tmp_path)
    state.finish(T0 + 30)
    store.save(state, T0 + 30)
    app = WorkshopNotesApp(WorkshopServices(room_packs(), tmp_path, FakeClock(T0 + 40)))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = _notes_text(app)
        assert "finished" in shown and "Finished: the results" in shown
        assert f"trainer workshop report {state.id} --format md --out handout.md" in shown
