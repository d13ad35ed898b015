"""An on-disk cache of validated packs, so a warm start skips YAML and validation altogether.

One file per pack source (the built-in folder, the user folder, each ``--packs`` path) in
``paths.cache_dir()/packs``. Each entry is keyed by the pack file's path, size and ``mtime_ns`` and
holds the validated pack as JSON; anything stale, damaged or written for other models is ignored
(and rewritten), never trusted. Writes are atomic: a crash leaves the old cache or the new one.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from trainer import __version__, paths
from trainer.packs import models, vocab
from trainer.packs.models import Pack

CACHE_FORMAT = 1


def _models_stamp() -> str:
    # Editing the models or their vocabulary (in a checkout) must invalidate packs validated by
    # the old ones.
    stamp = f"{__version__}:{CACHE_FORMAT}"
    for module in (models, vocab):
        try:
            stat = os.stat(module.__file__ or "")
        except OSError:
            continue
        stamp += f":{stat.st_size}:{stat.st_mtime_ns}"
    return stamp


@dataclass(frozen=True)
class Entry:
    size: int
    mtime_ns: int
    pack_json: bytes
    id_position: tuple[int, int]


class PackCache:
    """The cached packs of one source; ``get`` returns None for anything not current.

    The file is one line of JSON (the index: stamp, source and, per pack file, its size, mtime,
    and where its pack's JSON lies in the rest of the file) followed by the packs' JSON, back to
    back, so a warm load parses only the small index itself and hands each pack's bytes straight
    to pydantic's JSON validator.
    """

    def __init__(self, source_root: Path) -> None:
        digest = hashlib.sha256(str(source_root.resolve()).encode()).hexdigest()[:24]
        self.file = paths.cache_dir() / "packs" / f"{digest}.cache"
        self.root = str(source_root.resolve())
        self.stamp = _models_stamp()
        self.old: dict[str, Entry] = self._read()
        self.new: dict[str, Entry] = {}

    def _read(self) -> dict[str, Entry]:
        try:
            content = self.file.read_bytes()
            newline = content.index(b"\n")
            index = json.loads(content[:newline])
            if index.get("stamp") != self.stamp or index.get("root") != self.root:
                return {}
            body = newline + 1
            entries: dict[str, Entry] = {}
            for key, e in index["entries"].items():
                start, length = int(e["at"]), int(e["length"])
                blob = content[body + start : body + start + length]
                if len(blob) != length:
                    continue  # a truncated file
                entries[str(key)] = Entry(int(e["size"]), int(e["mtime_ns"]), blob,
                                          (int(e["id_at"][0]), int(e["id_at"][1])))
            return entries
        except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError):
            return {}

    def get(self, path: Path, stat: os.stat_result) -> tuple[Pack, tuple[int, int]] | None:
        entry = self.old.get(str(path))
        if entry is None or entry.size != stat.st_size or entry.mtime_ns != stat.st_mtime_ns:
            return None
        try:
            pack = Pack.model_validate_json(entry.pack_json)
        except (ValidationError, ValueError):
            return None
        self.new[str(path)] = entry
        return pack, entry.id_position

    def put(self, path: Path, stat: os.stat_result, pack: Pack, id_at: tuple[int, int]) -> None:
        blob = pack.model_dump_json().encode("utf-8")
        self.new[str(path)] = Entry(stat.st_size, stat.st_mtime_ns, blob, id_at)

    def save(self) -> None:
        """Write the entries used in this load, if they differ from what was read."""
        if self.new == self.old:
            return
        blobs: list[bytes] = []
        entries: dict[str, Any] = {}
        offset = 0
        for key, e in self.new.items():
            entries[key] = {"size": e.size, "mtime_ns": e.mtime_ns, "id_at": list(e.id_position),
                            "at": offset, "length": len(e.pack_json)}
            blobs.append(e.pack_json)
            offset += len(e.pack_json)
        index = json.dumps({"stamp": self.stamp, "root": self.root, "entries": entries})
        from trainer.progress.atomic import atomic_write

        try:
            atomic_write(self.file, index.encode("utf-8") + b"\n" + b"".join(blobs))
            _prune(self.file.parent, keep=self.file)
        except OSError:
            return  # a cache that cannot be written only costs speed


MAX_CACHE_FILES = 64
"""Every `trainer validate PATH` caches PATH; the least recently written beyond this go."""


def _prune(folder: Path, keep: Path) -> None:
    files = [f for f in folder.glob("*.cache") if f != keep]
    if len(files) < MAX_CACHE_FILES:
        return
    files.sort(key=lambda f: f.stat().st_mtime_ns)
    for stale in files[: len(files) - MAX_CACHE_FILES + 1]:
        stale.unlink(missing_ok=True)
