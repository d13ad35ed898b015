"""End to end: the real `trainer` command in tmux at 100x30 — home, a choice, an answer, quit."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.ui_helpers import GOOD
from trainer.practice.service import Trainer

pytestmark = pytest.mark.slow

TMUX = shutil.which("tmux")
TRAINER = Path(sys.executable).parent / "trainer"


SOCKET = f"trainer-e2e-{uuid.uuid4().hex[:8]}"
"""A private tmux server, so other tmux sessions (and their servers exiting) never interfere."""


def tmux(*args: str, check: bool = True) -> str:
    return subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=check
    ).stdout


def capture(session: str) -> str:
    return tmux("capture-pane", "-p", "-t", session)


def wait_for(session: str, text: str, timeout: float = 15.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = capture(session)
        if text in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")


def keys(session: str, *names: str) -> None:
    tmux("send-keys", "-t", session, *names)


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (install it to run the e2e test)")
@pytest.mark.skipif(not TRAINER.exists(), reason=f"no trainer command at {TRAINER}")
def test_home_choice_answer_quit(tmp_path: Path) -> None:
    session = f"trainer-e2e-{uuid.uuid4().hex[:8]}"
    data = tmp_path / "data"
    command = f"TRAINER_DATA_DIR={data} {TRAINER} --packs {GOOD}; echo EXITED=$?; sleep 30"
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
    # Detached sessions may keep the server's default size; make it 100x30 for certain.
    tmux("resize-window", "-t", session, "-x", "100", "-y", "30", check=False)
    try:
        size = tmux("display", "-p", "-t", session, "#{window_width}x#{window_height}").strip()
        assert size == "100x30", size
        home = wait_for(session, "Today")
        assert "Today" in home and "Quick practice" in home
        keys(session, "p")
        picker = wait_for(session, "Which pack?")
        assert "Talking it through" in picker
        # Built-in packs come first; move to the test pack by its place in the home's order.
        rows = Trainer(extra_paths=[GOOD], data_dir=tmp_path / "probe").overview().rows
        index = [row.id for row in rows].index("talk")
        keys(session, *["Down"] * index, "Enter")
        wait_for(session, "everything, or one type?")
        keys(session, "Down", "Enter")  # Choices
        question = wait_for(session, "Which opening keeps the door open?")
        assert "[bold]not" in question and "markup[/bold]" in question  # shown literally
        assert "1 of 2" in question
        keys(session, "2")
        answered = wait_for(session, "Right!")
        assert "Rosenberg" in answered or "Next" in answered
        keys(session, "q")
        wait_for(session, "Quit now?")
        keys(session, "y")
        wait_for(session, "EXITED=0")
    finally:
        tmux("kill-server", check=False)
    attempts = list((data / "progress").rglob("*.json"))
    assert attempts, "the answer was not recorded on disk"
