"""Crash-safe file primitives shared by the progress store, settings and workshops.

A write goes to a temp file in the same folder, is fsync'd, replaces the target with ``os.replace``
and then the folder is fsync'd, so a reader sees the old file or the new one, never a torn one.
Files are created 0600 and folders 0700: what people write here is private.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.paths import ensure_private_dir

if TYPE_CHECKING:
    from filelock import FileLock

LOCK_TIMEOUT_S = 30.0


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash at any moment leaves the old or new content."""
    folder = ensure_private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
    fsync_dir(folder)


def file_lock(path: Path, timeout: float = LOCK_TIMEOUT_S) -> FileLock:
    """A cross-process lock for ``path`` (the lock file sits beside it as ``.NAME.lock``)."""
    from filelock import FileLock

    folder = ensure_private_dir(path.parent)
    lock_path = folder / f".{path.name}.lock"
    return FileLock(str(lock_path), timeout=timeout, mode=0o600)
