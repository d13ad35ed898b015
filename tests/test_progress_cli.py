"""`trainer stats / export / import / forget / doctor`."""

from __future__ import annotations

import io
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.progress.store import ProgressStore

T0 = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


def fill(store: ProgressStore) -> list[str]:
    ids = []
    for i in range(30):
        ids.append(store.record_attempt(
            f"pack{i % 3}/e{i % 7}", (i % 10) / 10, profile="me" if i % 4 else "sam",
            at=T0 + timedelta(days=i * 9), answer=f"answer {i}" if i % 2 else None,
            hinted=i % 5 == 0, session="w1" if i < 3 else None, duration_s=i or None,
        ))
    store.record_reflection("pack0/muse", "something private, with, commas\nand a newline")
    return ids


def comparable(store: ProgressStore) -> list[dict[str, object]]:
    return sorted(store.attempts(None), key=lambda a: str(a["id"]))


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_import_roundtrip_and_twice_adds_nothing(
    tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = ProgressStore()
    fill(source)
    out = tmp_path / f"export.{fmt}"
    assert main(["export", "--format", fmt, "--include-journal", "--out", str(out)]) == 0
    assert os.stat(out).st_mode & 0o077 == 0
    empty = tmp_path / "elsewhere"
    monkeypatch.setenv("TRAINER_DATA_DIR", str(empty))
    assert main(["import", str(out)]) == 0
    assert "imported 30 attempts (0 already here), 1 reflections" in capsys.readouterr().out
    target = ProgressStore(empty)
    assert comparable(target) == comparable(source)
    assert target.journal(None) == source.journal(None)
    assert target.mastery("me") == source.mastery("me")
    assert target.card("pack1/e1", "me") == source.card("pack1/e1", "me")
    assert main(["import", str(out)]) == 0
    assert "imported 0 attempts (30 already here), 0 reflections (1 already here)" in (
        capsys.readouterr().out
    )
    assert len(ProgressStore(empty).attempts(None)) == 30


def test_journal_stays_out_of_exports_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    fill(ProgressStore())
    assert main(["export"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "journal" not in data and "private" not in json.dumps(data)
    assert len(data["attempts"]) == 30
    assert main(["export", "--profile", "sam", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.strip().splitlines()
    assert len(rows) == 1 + 8 and "private" not in "".join(rows)


def test_import_merges_from_another_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    here = ProgressStore()
    here.record_attempt("p/a", 1.0, at=T0 + timedelta(days=3))
    other = ProgressStore(tmp_path / "laptop")
    other.record_attempt("p/a", 0.0, at=T0)
    (tmp_path / "laptop.json").write_text(json.dumps(other.export()), encoding="utf-8")
    assert main(["import", str(tmp_path / "laptop.json")]) == 0
    merged = ProgressStore()
    assert [a["score"] for a in merged.attempts()] == [0.0, 1.0]  # in time order
    assert merged.mastery()["exercises"]["p/a"]["attempts"] == 2


@pytest.mark.parametrize(
    "content",
    ['{"format": "something-else"}', "{not json", "a,b\n1,2\n",
     '{"format": "intimacy-trainer-progress", "attempts": [{"id": "x", "score": 3}]}'],
)
def test_bad_import_file_exits_2_with_a_message(
    tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert main(["import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and "Traceback" not in err
    assert main(["import", str(tmp_path / "missing.json")]) == 2


def test_forget_asks_and_refuses_without_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(ProgressStore())
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["forget"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert len(ProgressStore().attempts()) == 22
    assert main(["forget", "--yes"]) == 0
    assert "forgot 22 attempts and 1 journal entries" in capsys.readouterr().out
    assert ProgressStore().attempts() == [] and len(ProgressStore().attempts("sam")) == 8


def test_forget_in_a_terminal_takes_no_for_an_answer(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(ProgressStore())

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert main(["forget"]) == 0
    assert "nothing deleted" in capsys.readouterr().out
    assert len(ProgressStore().attempts()) == 22


def test_stats_json_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    store = ProgressStore()
    store.record_attempt("gone/x", 0.2)
    store.record_attempt("gone/y", 0.9)
    assert main(["stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["streak"]["practised_today"] is True
    assert set(data) >= {"profile", "streak", "due", "components", "steps", "weakest"}
    assert main(["stats"]) == 0
    text = capsys.readouterr().out
    assert "streak: 1 day " in text and "mastery by component" in text


def test_doctor_reports_orphans_and_repairs(
    isolated_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainer.packs.loader import load_packs

    known = next(iter(load_packs().exercises()), None)
    store = ProgressStore()
    if known is not None:
        store.record_attempt(known[0], 1.0)
    store.record_attempt("retired-pack/old", 0.5)
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "orphaned: retired-pack/old (1 attempt)" in out
    if known is not None:
        assert f"orphaned: {known[0]}" not in out
    state = isolated_dirs / "progress" / "state.json"
    os.chmod(state, 0o644)
    (isolated_dirs / "progress" / ".state.json.x.tmp").write_text("half", encoding="utf-8")
    os.utime(isolated_dirs / "progress" / ".state.json.x.tmp", (0, 0))
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "readable by others" in out and "leftover temp file" in out and "would:" in out
    assert main(["doctor", "--repair"]) == 0
    assert os.stat(state).st_mode & 0o777 == 0o600
    assert not (isolated_dirs / "progress" / ".state.json.x.tmp").exists()
    capsys.readouterr()
    assert main(["doctor"]) == 0


def test_unknown_profile_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats"]) == 0  # nothing recorded yet is not an error
    assert "nothing practised yet" in capsys.readouterr().out
    ProgressStore().record_attempt("p/a", 1.0, profile="sam")
    for command in (["stats", "--profile", "kim"], ["export", "--profile", "kim"],
                    ["forget", "--profile", "kim", "--yes"]):
        assert main(command) == 2
        assert "profiles here: sam" in capsys.readouterr().err


def test_newer_data_is_left_alone_by_every_command(
    isolated_dirs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ProgressStore().record_attempt("p/a", 1.0)
    path = isolated_dirs / "progress" / "state.json"
    future = json.loads(path.read_text())
    future["schema"] = 99
    path.write_text(json.dumps(future), encoding="utf-8")
    before = path.read_bytes()
    export = tmp_path / "e.json"
    assert main(["export", "--out", str(export)]) == 0
    assert main(["import", str(export)]) == 1
    assert main(["forget", "--yes"]) == 1
    assert main(["doctor", "--repair"]) == 0
    captured = capsys.readouterr()
    assert "newer" in captured.err and "Traceback" not in captured.err
    assert path.read_bytes() == before


def test_bad_places_exit_2_with_a_message_and_create_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(ProgressStore())
    nowhere = tmp_path / "no" / "such" / "folder"
    assert main(["export", "--out", str(nowhere / "x.csv")]) == 2
    assert "there is no folder" in capsys.readouterr().err and not nowhere.parent.exists()
    a_file = tmp_path / "a-file"
    a_file.write_text("hi", encoding="utf-8")
    assert main(["export", "--out", str(a_file / "x.csv")]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00")
    assert main(["import", str(binary)]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    for command in (["stats"], ["doctor"]):
        assert main(["--packs", str(tmp_path / "gone"), *command]) == 2
        assert "no such file or folder" in capsys.readouterr().err
    monkeypatch.setenv("TRAINER_DATA_DIR", str(a_file))
    for command in (["stats"], ["export"], ["doctor"], ["paths"]):
        assert main(command) == 2
        captured = capsys.readouterr()
        assert "TRAINER_DATA_DIR" in captured.err and "Traceback" not in captured.err


def test_doctor_reports_a_file_where_the_progress_folder_belongs(
    isolated_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_dirs.mkdir(parents=True, exist_ok=True)
    (isolated_dirs / "progress").write_text("not a folder", encoding="utf-8")
    assert main(["doctor"]) == 1
    assert "is a file, not a folder" in capsys.readouterr().out
