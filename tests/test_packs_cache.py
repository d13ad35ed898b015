"""The cache of validated packs: used when current, ignored when stale or damaged."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from trainer import paths
from trainer.packs import cache as cache_module
from trainer.packs.loader import PackSet, load_packs

GOOD = Path(__file__).parent / "data" / "packs" / "good"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "packs"
    shutil.copytree(GOOD, target)
    return target


def load(folder: Path) -> PackSet:
    return load_packs([folder], builtin=False, user=False)


def cache_files() -> list[Path]:
    return sorted((paths.cache_dir() / "packs").glob("*.cache"))


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    from trainer.packs import yaml_source

    parsed: list[Path] = []
    real = yaml_source.read_source

    def spy(path: Path, stat: os.stat_result | None = None) -> yaml_source.SourceFile:
        parsed.append(path)
        return real(path, stat)

    monkeypatch.setattr(yaml_source, "read_source", spy)
    return parsed


def test_warm_load_uses_the_cache(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = load(folder)
    (cache_file,) = cache_files()
    assert cache_file.stat().st_mode & 0o777 == 0o600
    parsed = count_parses(monkeypatch)
    warm = load(folder)
    assert parsed == []
    assert [p.pack for p in warm.packs] == [p.pack for p in cold.packs]
    assert [p.path for p in warm.packs] == [p.path for p in cold.packs]


def test_edited_file_is_parsed_again(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load(folder)
    edited = folder / "second.yaml"
    edited.write_text(edited.read_text().replace("A second good pack", "Renamed"))
    parsed = count_parses(monkeypatch)
    packset = load(folder)
    assert parsed == [edited]
    assert packset.packs[1].pack.pack.title == "Renamed"


def test_same_size_new_mtime_is_stale(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load(folder)
    edited = folder / "second.yaml"
    text = edited.read_text().replace("A second good pack", "A second GOOD pack")
    edited.write_text(text)
    stat = edited.stat()
    os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    packset = load(folder)
    assert packset.packs[1].pack.pack.title == "A second GOOD pack"


def test_file_broken_after_caching_reports_its_problem(folder: Path) -> None:
    load(folder)
    edited = folder / "second.yaml"
    edited.write_text(edited.read_text().replace("prompt:", "promt:"))
    packset = load(folder)
    assert [p.id for p in packset.packs] == ["test-all-types"]
    assert "did you mean 'prompt'" in packset.errors[0].message


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"",
        lambda b: b[: len(b) // 2],
        lambda b: b[: b.index(b"\n") // 2],
        lambda b: b"[]\n" + b,
        lambda b: b'{"stamp": 1}\n',
        lambda b: b"\xff\xfe garbage",
        lambda b: b.replace(b'"title":', b'"titel":'),
        lambda b: b.replace(b'"exercises":[', b'"exercises":[[', 1),
    ],
    ids=["empty", "truncated", "truncated-index", "list-index", "wrong-shape", "binary",
         "field-renamed", "invalid-json-inside"],
)
def test_damaged_cache_is_ignored_and_rewritten(
    folder: Path, damage: Callable[[bytes], bytes]
) -> None:
    expected = [p.pack for p in load(folder).packs]
    (cache_file,) = cache_files()
    good = cache_file.read_bytes()
    cache_file.write_bytes(damage(good))
    assert [p.pack for p in load(folder).packs] == expected
    assert cache_file.read_bytes() == good  # rewritten whole


def test_cache_from_other_models_is_ignored(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(folder)
    monkeypatch.setattr(cache_module, "_models_stamp", lambda: "another-version")
    parsed = count_parses(monkeypatch)
    load(folder)
    assert len(parsed) == 2


def test_no_cache_option_parses_everything(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(folder)
    parsed = count_parses(monkeypatch)
    load_packs([folder], builtin=False, user=False, use_cache=False)
    assert len(parsed) == 2


def test_unwritable_cache_only_costs_speed(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("TRAINER_CACHE_DIR", str(blocker))
    assert len(load(folder).packs) == 2


def test_old_cache_files_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "MAX_CACHE_FILES", 3)
    sources = []
    for number in range(5):
        source = tmp_path / f"source-{number}"
        shutil.copytree(GOOD, source)
        sources.append(source)
        load(source)
    assert len(cache_files()) == 3
    newest = cache_module.PackCache(sources[-1]).file
    assert newest in cache_files()
