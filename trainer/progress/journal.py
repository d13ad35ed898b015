"""The private journal: answers to ``reflect`` prompts, kept apart from attempts.

A TinyDB file (table ``reflections``) with the same protections as attempts: atomic writes under a
cross-process lock, 0600. It goes into exports only when asked (``--include-journal``).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from tinydb import TinyDB, where

from trainer.progress.atomic import file_lock
from trainer.progress.records import Reflection
from trainer.progress.scheduling import iso_utc
from trainer.progress.storage import AtomicJSONStorage

TABLE = "reflections"


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = file_lock(path)

    def _db(self) -> TinyDB:
        return TinyDB(self.path, storage=AtomicJSONStorage)

    def check(self) -> None:
        """Raise CorruptFileError if the file cannot be read."""
        AtomicJSONStorage(self.path).read()

    def record(self, profile: str, exercise: str, text: str, at: datetime | None = None) -> str:
        entry: Reflection = {
            "id": uuid.uuid4().hex,
            "profile": profile,
            "exercise": exercise,
            "text": text,
            "ts": iso_utc(at or datetime.now(UTC)),
        }
        with self._lock:
            self._db().table(TABLE).insert(entry)
        return str(entry["id"])

    def entries(self, profile: str | None) -> list[Reflection]:
        if not self.path.exists():
            return []
        table = self._db().table(TABLE)
        docs = table.all() if profile is None else table.search(where("profile") == profile)
        return sorted((dict(d) for d in docs), key=lambda d: str(d["ts"]))

    def delete(self, entry_id: str) -> bool:
        if not self.path.exists():
            return False
        with self._lock:
            removed = self._db().table(TABLE).remove(where("id") == entry_id)
        return bool(removed)

    def forget(self, profile: str) -> int:
        if not self.path.exists():
            return 0
        with self._lock:
            return len(self._db().table(TABLE).remove(where("profile") == profile))

    def merge(self, entries: list[Reflection]) -> tuple[int, int]:
        """Add entries whose id is new; returns (added, skipped)."""
        with self._lock:
            table = self._db().table(TABLE)
            known = {str(d.get("id")) for d in table.all()}
            fresh = []
            for entry in entries:
                if str(entry["id"]) in known:
                    continue
                known.add(str(entry["id"]))
                fresh.append(entry)
            if fresh:
                table.insert_multiple(fresh)
        return len(fresh), len(entries) - len(fresh)
