"""A TinyDB storage that is safe to share between processes and cheap to re-read.

Stock ``JSONStorage`` truncates and rewrites in place (a kill leaves half a file) and re-reads
nothing another process wrote. ``AtomicJSONStorage`` writes with :func:`atomic_write` and keeps
the parsed data together with the file's signature (``mtime_ns``, size, inode): a read returns the
cached data while the signature is unchanged and re-parses the file as soon as anyone replaced it.
Because every write is ``os.replace`` of a new file the inode changes, so a change is never missed
even where mtime is coarse.

Callers hold :func:`file_lock` around each read-modify-write; the storage itself never locks, so
that one lock can cover several files.
"""

from __future__ import annotations

import json
import os
from collections import OrderedDict
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from trainer.progress.atomic import atomic_write

Signature = tuple[int, int, int]
"""(mtime_ns, size, inode) of a file as last seen."""


class CorruptFileError(Exception):
    """A data file exists but cannot be understood; it should be quarantined, never deleted."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def signature(path: Path) -> Signature | None:
    """The file's signature, or None when it does not exist."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse a data file's bytes; anything but a JSON object is corrupt (an empty file too)."""
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        raise CorruptFileError(path, f"not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise CorruptFileError(path, "expected a JSON object at the top")
    return data


def quarantine(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged file aside as ``NAME.corrupt-YYYYmmddTHHMMSS`` (never deleted)."""
    stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    try:
        os.chmod(target, 0o600)
    except OSError:
        pass
    return target


CACHED_FILES = 16
"""Parsed files kept in memory: the open segments and the journal, not years of history."""

_cache: OrderedDict[str, tuple[Signature, dict[str, Any]]] = OrderedDict()
"""Parsed files by path (least recently used first), shared by every storage in this process."""


def _remember(key: str, sig: Signature, data: dict[str, Any]) -> None:
    _cache[key] = (sig, data)
    _cache.move_to_end(key)
    while len(_cache) > CACHED_FILES:
        _cache.popitem(last=False)


class AtomicJSONStorage(Storage):
    """TinyDB storage: atomic, fsync'd writes; re-reads only when the file changed on disk.

    ``read()`` raises :class:`CorruptFileError` for a damaged file instead of letting TinyDB fail
    somewhere later; the store quarantines it.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._key = str(self.path)

    def read(self) -> dict[str, Any] | None:
        sig = signature(self.path)
        if sig is None:
            _cache.pop(self._key, None)
            return None
        cached = _cache.get(self._key)
        if cached is not None and cached[0] == sig:
            _cache.move_to_end(self._key)
            # A shallow copy: TinyDB replaces whole tables in the dict it is given.
            return dict(cached[1])
        raw = self.path.read_bytes()
        data = decode(self.path, raw)
        # The file may have been replaced between stat and read; then its signature is unknown
        # and the next read parses again rather than trusting a mismatched pair.
        if signature(self.path) == sig:
            _remember(self._key, sig, data)
        return dict(data)

    def write(self, data: dict[str, Any]) -> None:
        _cache.pop(self._key, None)
        atomic_write(self.path, encode(data))
        sig = signature(self.path)
        if sig is not None:
            _remember(self._key, sig, data)

    def invalidate(self) -> None:
        """Forget the parsed copy (after an in-memory change that was not written)."""
        _cache.pop(self._key, None)

    def close(self) -> None:
        pass
