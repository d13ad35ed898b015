"""The user's TUI settings (for now, the chosen theme) in ``settings.json`` in the config folder.

Written atomically and privately (0600) under a cross-process lock, so two open trainers never tear
the file. A file that cannot be read is moved aside as ``settings.json.corrupt-YYYYmmddTHHMMSS``
(never deleted) and the defaults are used; keys this version does not know are kept as they are.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer import paths

if TYPE_CHECKING:
    from textual.app import App
    from textual.theme import Theme

SETTINGS_FILE = "settings.json"


class Settings:
    """What is saved. A plain class, not a dataclass: it is imported before the first frame,
    and building a dataclass costs about a millisecond there."""

    __slots__ = ("theme", "other", "moved_aside")

    def __init__(
        self,
        theme: str | None = None,
        other: dict[str, Any] | None = None,
        moved_aside: Path | None = None,
    ) -> None:
        self.theme = theme
        """A Textual theme name; None means Textual's default."""
        self.other: dict[str, Any] = dict(other or {})
        """Keys written by a newer version (or another part of the app), kept untouched."""
        self.moved_aside = moved_aside
        """Where a damaged settings file was moved when these were loaded, to tell the user."""


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def _move_aside(path: Path) -> Path | None:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    try:
        path.replace(target)
    except OSError:
        return None
    return target


def _read(path: Path) -> Settings | None:
    """The settings in ``path``: defaults when there is no file, None when it is damaged."""
    try:
        raw = path.read_bytes()
    except OSError:
        return Settings()
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("settings must be a JSON object")
    except (ValueError, UnicodeDecodeError):
        return None
    theme = data.pop("theme", None)
    return Settings(theme=theme if isinstance(theme, str) and theme else None, other=data)


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults when there are none or they cannot be read."""
    path = path or settings_path()
    settings = _read(path)
    return settings if settings is not None else Settings(moved_aside=_move_aside(path))


def saved_theme(path: Path | None = None) -> str | None:
    """The saved theme's name, only reading: a damaged file is left for ``load_settings``."""
    settings = _read(path or settings_path())
    return settings.theme if settings is not None else None


def save_settings(settings: Settings, path: Path | None = None) -> None:
    from trainer.progress.atomic import atomic_write, file_lock

    path = path or settings_path()
    data = dict(settings.other)
    if settings.theme:
        data["theme"] = settings.theme
    payload = (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")
    with file_lock(path):
        atomic_write(path, payload)


def remember_theme(app: App[Any]) -> None:
    """Apply the saved theme to ``app`` now and save every theme the user picks from here on.

    Call it from the app's ``on_mount``. A saved theme that no longer exists is ignored.
    """
    settings = load_settings()
    if settings.moved_aside is not None:
        app.notify(
            f"Your settings file could not be read; it was kept as {settings.moved_aside.name} "
            "and the defaults are used.",
            title="Settings",
            severity="warning",
            timeout=10,
        )
    if settings.theme and settings.theme in app.available_themes:
        app.theme = settings.theme

    def saved(theme: Theme) -> None:
        current = load_settings()
        if current.theme == theme.name:
            return
        current.theme = theme.name
        try:
            save_settings(current)
        except OSError as error:
            app.notify(f"Could not save the theme: {error}", title="Settings", severity="warning")

    app.theme_changed_signal.subscribe(app, saved)
