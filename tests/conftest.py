"""Keep the developer's machine out of every test: data, config and cache live in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("TRAINER_DATA_DIR", str(data))
    monkeypatch.delenv("TRAINER_CONFIG_DIR", raising=False)
    monkeypatch.delenv("TRAINER_CACHE_DIR", raising=False)
    return data
