"""Where things live, and that every folder the trainer creates is private."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from trainer import paths


def test_data_dir_override_moves_config_and_cache(tmp_path: Path) -> None:
    assert paths.data_dir() == tmp_path / "data"
    assert paths.config_dir() == tmp_path / "data" / "config"
    assert paths.cache_dir() == tmp_path / "data" / "cache"
    assert paths.user_packs_dir() == tmp_path / "data" / "packs"


def test_config_and_cache_can_move_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRAINER_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.setenv("TRAINER_CACHE_DIR", str(tmp_path / "cch"))
    assert paths.config_dir() == tmp_path / "cfg"
    assert paths.cache_dir() == tmp_path / "cch"


def test_every_created_folder_is_0700(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "c"
    paths.ensure_private_dir(target)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", target):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_builtin_packs_are_found_from_the_source_tree() -> None:
    folder = paths.builtin_packs_dir()
    assert (folder / "pack.schema.json").is_file()
    assert len(list(folder.glob("*.yaml"))) == 8
