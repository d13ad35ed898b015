"""The TinyDB storage: atomic, private, re-read when another process replaced the file."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest
from tinydb import TinyDB

from trainer.progress import storage
from trainer.progress.atomic import atomic_write
from trainer.progress.storage import AtomicJSONStorage, CorruptFileError, quarantine


def test_tinydb_through_the_storage_is_private_and_plain_json(tmp_path: Path) -> None:
    path = tmp_path / "db" / "x.json"
    db = TinyDB(path, storage=AtomicJSONStorage)
    db.table("t").insert({"id": "a", "n": 1})
    assert json.loads(path.read_text()) == {"t": {"1": {"id": "a", "n": 1}}}
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_reads_again_after_another_process_replaced_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    db = TinyDB(path, storage=AtomicJSONStorage)
    db.table("t").insert({"id": "a"})
    assert len(db.table("t").all()) == 1
    # What another process's write looks like: a new file (new inode) put in place.
    atomic_write(path, json.dumps({"t": {"1": {"id": "a"}, "2": {"id": "b"}}}).encode())
    assert [d["id"] for d in TinyDB(path, storage=AtomicJSONStorage).table("t").all()] == ["a", "b"]
    fresh = TinyDB(path, storage=AtomicJSONStorage).table("t")
    fresh.insert({"id": "c"})  # doc ids continue from the file as it is now
    assert sorted(json.loads(path.read_text())["t"]) == ["1", "2", "3"]


def test_unchanged_file_is_not_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.json"
    AtomicJSONStorage(path).write({"t": {}})
    calls: list[Path] = []
    real = storage.decode

    def counting(where: Path, raw: bytes) -> dict[str, object]:
        calls.append(where)
        return real(where, raw)

    monkeypatch.setattr(storage, "decode", counting)
    for _ in range(3):
        assert AtomicJSONStorage(path).read() == {"t": {}}
    assert calls == []
    atomic_write(path, b'{"t": {"1": {}}}')  # replaced behind its back: parsed once more
    assert AtomicJSONStorage(path).read() == {"t": {"1": {}}}
    assert calls == [path]


@pytest.mark.parametrize("content", [b"", b"{", b"[1]", b"\xff\xfe"])
def test_damaged_files_raise_instead_of_half_loading(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(CorruptFileError):
        AtomicJSONStorage(path).read()


def test_quarantine_names_and_never_deletes(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(b"one")
    first = quarantine(path)
    path.write_bytes(b"two")
    second = quarantine(path)
    assert re.fullmatch(r"state\.json\.corrupt-\d{8}T\d{6}", first.name)
    assert first != second and first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert not path.exists()
