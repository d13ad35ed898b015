"""The parsed-CSS cache: written after a first frame, reused next start, never trusted blindly."""

from __future__ import annotations

from pathlib import Path

from tests.ui_helpers import settle, ui_app
from trainer import paths


def _cache_files() -> list[Path]:
    return sorted((paths.cache_dir() / "css").glob("*.pickle"))


async def _home_text(data_dir: Path) -> str:
    app = ui_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        return app.export_screenshot()


async def test_second_start_reuses_the_parsed_css_and_looks_the_same(tmp_path: Path) -> None:
    first = await _home_text(tmp_path)
    files = _cache_files()
    assert len(files) == 1
    written = files[0].stat().st_mtime_ns
    app = ui_app(tmp_path)
    assert app._css_cache.loaded, "the second start should load the rules parsed by the first"
    second = await _home_text(tmp_path)
    assert second == first
    assert _cache_files() == files and files[0].stat().st_mtime_ns == written  # nothing new


async def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path: Path) -> None:
    first = await _home_text(tmp_path)
    (cached,) = _cache_files()
    cached.write_bytes(b"not a pickle")
    assert not ui_app(tmp_path)._css_cache.loaded
    assert await _home_text(tmp_path) == first
    assert ui_app(tmp_path)._css_cache.loaded


async def test_an_unexpected_textual_cache_only_costs_speed(tmp_path: Path) -> None:
    await _home_text(tmp_path)
    app = ui_app(tmp_path)

    class Broken:
        def set(self, *args: object) -> None:
            raise TypeError("a later Textual changed its private cache")

    app.stylesheet._parse_cache = Broken()  # type: ignore[assignment]
    app._css_cache._load()
    app._css_cache.save()  # neither raises
