"""The settings file: the chosen theme survives a restart; a damaged file never stops the app."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timezone
from pathlib import Path

from trainer import paths
from trainer.ui.app import make_app
from trainer.ui.settings import Settings, load_settings, save_settings, settings_path

NOW = datetime(2026, 11, 20, 18, 30, tzinfo=timezone.utc)


def test_missing_file_gives_defaults() -> None:
    assert settings_path() == paths.config_dir() / "settings.json"
    settings = load_settings()
    assert settings.theme is None and settings.other == {} and settings.moved_aside is None


def test_saved_privately_and_read_back_keeping_unknown_keys() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"theme": "nord", "from_a_newer_version": [1, 2]}))
    settings = load_settings()
    assert settings.theme == "nord"
    settings.theme = "gruvbox"
    save_settings(settings)
    assert json.loads(path.read_text()) == {"theme": "gruvbox", "from_a_newer_version": [1, 2]}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_damaged_file_is_moved_aside_never_deleted() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    for damage in (b'{"theme": "nord"', b"[1, 2]", b"\xff\xfe"):
        path.write_bytes(damage)
        settings = load_settings()
        assert settings.theme is None
        assert settings.moved_aside is not None and settings.moved_aside.read_bytes() == damage
        assert settings.moved_aside.name.startswith("settings.json.corrupt-")
        assert not path.exists()
    assert len(list(path.parent.glob("settings.json.corrupt-*"))) == 3


async def test_theme_chosen_in_one_run_is_used_in_the_next(tmp_path: Path) -> None:
    app = make_app([], data_dir=tmp_path / "d", now=NOW, builtin=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme != "nord"
        app.theme = "nord"
        await pilot.pause()
    assert load_settings().theme == "nord"

    again = make_app([], data_dir=tmp_path / "d", now=NOW, builtin=False)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_theme_picked_from_the_palette_is_remembered(tmp_path: Path) -> None:
    app = make_app([], data_dir=tmp_path / "d", now=NOW, builtin=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"switch theme")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press(*"dracula")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "dracula"
    assert load_settings().theme == "dracula"


async def test_unknown_or_damaged_settings_start_on_the_default_theme(tmp_path: Path) -> None:
    save_settings(Settings(theme="no-such-theme"))
    app = make_app([], data_dir=tmp_path / "d", now=NOW, builtin=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"

    settings_path().write_text("{not json")
    app = make_app([], data_dir=tmp_path / "d", now=NOW, builtin=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any("could not be read" in str(n.message) for n in app._notifications)
    assert list(settings_path().parent.glob("settings.json.corrupt-*"))
