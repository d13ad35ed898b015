"""Crash-safe file primitives shared by the progress store, settings and workshops.

A write goes to a temp file in the same folder, is fsync'd, replaces the target with ``os.replace``
and then the folder is fsync'd, so a reader sees the old file or the new one, never a torn one.
Files are created 0600 and folders 0700: what people write here is private.

Fault injection (tests only): ``TRAINER_FAULT_POINT=NAME[:N]`` makes the process SIGKILL itself the
N-th time (default 1st) it reaches the named point, so tests can prove a kill at the worst moment
loses nothing. Points here: ``after-temp-write`` (data written, not yet fsync'd), ``before-replace``
(temp fsync'd, target untouched), ``after-replace`` (renamed, folder not yet fsync'd). The store
adds ``between-files`` (attempt shard written, state not yet).
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
POLL_INTERVAL_S = 0.005
FAULT_ENV = "TRAINER_FAULT_POINT"
_fault_hits: dict[str, int] = {}


def fault_point(name: str) -> None:
    """Kill this process with SIGKILL here if ``TRAINER_FAULT_POINT`` names this point."""
    wanted = os.environ.get(FAULT_ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _fault_hits[name] = _fault_hits.get(name, 0) + 1
    if _fault_hits[name] >= (int(nth) if nth.isdigit() else 1):
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


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
    """Replace ``path`` with ``data``; a crash at any moment leaves the old or new content."""
    folder = ensure_private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            fault_point("after-temp-write")
            os.fsync(handle.fileno())
        fault_point("before-replace")
        os.replace(tmp_name, path)
        fault_point("after-replace")
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
    # Short polls: a waiting process must catch the brief gaps between a busy writer's writes.
    return FileLock(str(lock_path), timeout=timeout, mode=0o600, poll_interval=POLL_INTERVAL_S)
