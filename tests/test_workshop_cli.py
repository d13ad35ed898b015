"""`trainer workshop list | report | notes | --resume`: output, files and exit codes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from test_workshop_helpers import PACKS, T0, started

from trainer.cli import main

PACK_ARGS = ["--packs", str(PACKS)]


def _finished(data_dir: Path) -> str:
    state, store, _ = started(data_dir)
    for _ in state.exercises:
        state.reveal(T0)
        state.set_credited(["Blue"])
        state.set_tally({}, {"Blue": 1, "Green": 0})
        state.next(T0)
        state.next(T0)
    store.save(state, T0)
    return state.id


def test_list_empty_and_with_workshops(
    isolated_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["workshop", "list"]) == 0
    assert "No workshops yet" in capsys.readouterr().out
    workshop_id = _finished(isolated_dirs)
    assert main(["workshop", "list"]) == 0
    out = capsys.readouterr().out
    assert workshop_id in out and "Tuesday group" in out and "finished" in out


def test_report_markdown_csv_and_out_file(
    isolated_dirs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop_id = _finished(isolated_dirs)
    assert main([*PACK_ARGS, "workshop", "report"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Tuesday group") and "| Ben | Blue |" in out
    assert main([*PACK_ARGS, "workshop", "report", workshop_id, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["label"] for r in rows if r["section"] == "participant"} == {
        "Ana Lima",
        "Ben",
        "Cleo",
    }
    target = tmp_path / "handout.md"
    assert main([*PACK_ARGS, "workshop", "report", "--out", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Tuesday group")


def test_errors_are_clear_and_exit_2(
    isolated_dirs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["workshop", "report"]) == 2
    assert "no workshop yet" in capsys.readouterr().err
    assert main(["workshop", "--resume"]) == 2
    assert "no unfinished workshop to resume" in capsys.readouterr().err
    workshop_id = _finished(isolated_dirs)
    assert main(["workshop", "report", "nope"]) == 2
    assert "no workshop 'nope'" in capsys.readouterr().err
    assert main(["workshop", "notes", "nope"]) == 2
    assert main(["workshop", "--resume", workshop_id]) == 2
    assert "has finished" in capsys.readouterr().err
    assert main([*PACK_ARGS, "workshop", "report", "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["workshop", "report", "--format", "pdf"])
    assert exit_info.value.code == 2


def test_resume_refuses_a_workshop_open_in_another_process(
    isolated_dirs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    def never(*args: object) -> None:
        raise AssertionError("the app must not open")

    monkeypatch.setattr("trainer.ui.screens.workshop_entry.workshop_trainer_app", never)

    state, store, _ = started(isolated_dirs)
    other = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(30)  # trainer projector stand-in"]
    )
    try:
        state.pid = other.pid
        store.save(state, T0)
        assert main(["workshop", "--resume"]) == 2
        assert "open in another terminal" in capsys.readouterr().err
    finally:
        other.kill()
        other.wait()
