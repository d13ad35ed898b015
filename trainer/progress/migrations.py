"""Schema history and how older data is brought forward. Nothing old is deleted.

- **Schema 1** (the prototype): one stock-TinyDB file ``<data dir>/progress.json`` with a table
  ``attempts`` of ``{"exercise", "score", "profile"?, "timestamp" (epoch seconds), "hinted"?}``.
  Migrated by copying every attempt into the shards with an id derived from its content (so a
  migration interrupted half-way and run again adds nothing twice), recounting the state, and
  renaming the old file to ``progress.json.migrated-v1``.
- **Schema 2** (now): see ``aggregates`` (state) and ``shards`` (attempts). A ``state.json`` of an
  older schema is rebuilt from the attempts, which are upgraded one by one as they are read
  (:func:`upgrade_attempt`); a newer schema makes the store read-only rather than risk it.
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.progress.records import Attempt
from trainer.progress.scheduling import iso_utc
from trainer.progress.storage import CorruptFileError, decode

if TYPE_CHECKING:
    from trainer.progress.store import ProgressStore

LEGACY_FILE = "progress.json"
_LEGACY_NAMESPACE = uuid.UUID("6f7a3c59-5d0e-4a53-9a53-7c1f1b1d2a01")


def legacy_file(data_root: Path) -> Path | None:
    path = data_root / LEGACY_FILE
    return path if path.is_file() else None


def upgrade_attempt(doc: dict[str, Any], origin: str) -> Attempt:
    """A schema-1 attempt as a schema-2 one (raises ValueError if it is not an attempt)."""
    exercise = doc.get("exercise")
    score = doc.get("score")
    stamp = doc.get("timestamp")
    if not isinstance(exercise, str) or "/" not in exercise:
        raise ValueError("no exercise key")
    if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 1:
        raise ValueError("no score from 0 to 1")
    if isinstance(stamp, bool) or not isinstance(stamp, int | float):
        raise ValueError("no timestamp")
    when = datetime.fromtimestamp(float(stamp), UTC)
    profile = doc.get("profile") if isinstance(doc.get("profile"), str) else "me"
    return {
        "id": uuid.uuid5(_LEGACY_NAMESPACE, f"{origin}|{exercise}|{stamp}|{profile}").hex,
        "profile": profile,
        "exercise": exercise,
        "score": float(score),
        "ts": iso_utc(when),
        "day": when.astimezone().date().isoformat(),
        "answer": doc.get("answer") if isinstance(doc.get("answer"), str) else None,
        "duration_s": None,
        "hinted": bool(doc.get("hinted", False)),
        "mode": "solo",
        "session": None,
        "scheduled": True,
    }


def migrate_legacy(store: ProgressStore, legacy: Path) -> None:
    """Schema 1 -> 2 (call with the store's lock held)."""
    try:
        data = decode(legacy, legacy.read_bytes())
    except CorruptFileError as exc:
        store._quarantine(exc, "nothing could be migrated from it")
        return
    table = data.get("attempts", {})
    attempts: list[Attempt] = []
    skipped = 0
    for doc_id, doc in (table.items() if isinstance(table, dict) else []):
        try:
            attempts.append(upgrade_attempt(doc if isinstance(doc, dict) else {}, str(doc_id)))
        except ValueError:
            skipped += 1
    result = store.import_data(attempts, [])
    target = legacy.with_name(f"{legacy.name}.migrated-v1")
    os.replace(legacy, target)
    note = f" ({skipped} unreadable records left in it)" if skipped else ""
    store.warnings.append(
        f"Progress from an older version was moved into the new format: "
        f"{result['attempts_added']} attempts; the old file is kept as {target.name}{note}."
    )
