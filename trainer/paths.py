"""Where the trainer keeps things on this machine.

Everything lives under the platformdirs user folders. ``TRAINER_DATA_DIR`` moves the data folder
(and, unless they are set too, the config and cache folders inside it), so tests and demos never
touch a real user's files. ``TRAINER_CONFIG_DIR`` and ``TRAINER_CACHE_DIR`` move one folder each.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

APP_NAME = "intimacy-trainer"


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else None


Kind = Literal["data", "config", "cache"]


def _folder(kind: Kind) -> Path:
    """``TRAINER_<KIND>_DIR``, else ``<kind>`` inside ``TRAINER_DATA_DIR``, else the user folder."""
    own = _env_path(f"TRAINER_{kind.upper()}_DIR")
    if own is not None:
        return own
    data = _env_path("TRAINER_DATA_DIR")
    if data is not None:
        return data / kind
    import platformdirs  # only when nothing is moved (never in tests)

    find = {
        "data": platformdirs.user_data_dir,
        "config": platformdirs.user_config_dir,
        "cache": platformdirs.user_cache_dir,
    }[kind]
    return Path(find(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Progress, journal and user packs."""
    return _folder("data")


def config_dir() -> Path:
    """Settings such as the chosen theme."""
    return _folder("config")


def cache_dir() -> Path:
    """Things that can be rebuilt at any time, such as validated packs."""
    return _folder("cache")


def misplaced_folder() -> str | None:
    """Why a ``TRAINER_*_DIR`` setting cannot be used (it names a file), or None when all can."""
    for name in ("TRAINER_DATA_DIR", "TRAINER_CONFIG_DIR", "TRAINER_CACHE_DIR"):
        path = _env_path(name)
        if path is not None and path.exists() and not path.is_dir():
            return f"{name} is {path}, which is a file; point it at a folder"
    return None


def user_packs_dir() -> Path:
    """Packs the user wrote or installed; loaded after the built-in ones."""
    return data_dir() / "packs"


def builtin_packs_dir() -> Path:
    """The packs that ship with the trainer.

    In a wheel they are installed as ``trainer/_exercises``; in a source checkout (and an editable
    install) they are the top-level ``exercises/`` folder.
    """
    here = Path(__file__).resolve().parent
    installed = here / "_exercises"
    if installed.is_dir():
        return installed
    return here.parent / "exercises"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user alone (0700)."""
    # mkdir(parents=True) gives the parents the umask's mode (often 0755), so the folders we
    # create on the way (e.g. TRAINER_DATA_DIR/cache above cache/packs) are made one by one.
    missing = []
    for ancestor in [path, *path.parents]:
        if ancestor.exists():
            break
        missing.append(ancestor)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
            os.chmod(folder, 0o700)
        except FileExistsError:
            pass
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path
