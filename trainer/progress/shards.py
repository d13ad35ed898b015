"""Attempts sharded by month and capped in size, so a write costs the same after years of use.

``attempts/YYYY-MM/NNNN.json`` are TinyDB files (table ``attempts``) written through
:class:`AtomicJSONStorage`. A month's last segment takes new attempts until it holds
``SEGMENT_MAX``; then the next segment starts. A heavy month (a facilitator's workshops) is just
more segments; a write never re-serialises more than ``SEGMENT_MAX`` attempts.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from trainer.paths import ensure_private_dir
from trainer.progress.records import Attempt
from trainer.progress.storage import AtomicJSONStorage, Signature, decode, signature

ATTEMPTS_DIR = "attempts"
TABLE = "attempts"
SEGMENT_MAX = 500


def shard_path(root: Path, rel: str) -> Path:
    return root / ATTEMPTS_DIR / f"{rel}.json"


def rel_name(month: str, number: int) -> str:
    return f"{month}/{number:04d}"


def month_of(rel: str) -> str:
    return rel.partition("/")[0]


def number_of(rel: str) -> int:
    return int(rel.partition("/")[2])


def list_shards(root: Path) -> dict[str, Signature]:
    """Every shard on disk with its signature, by relative name, oldest first."""
    found: dict[str, Signature] = {}
    base = root / ATTEMPTS_DIR
    try:
        months = sorted(e.name for e in os.scandir(base) if e.is_dir())
    except FileNotFoundError:
        return found
    for month in months:
        with os.scandir(base / month) as entries:
            names = sorted(
                e.name for e in entries
                if e.name.endswith(".json") and not e.name.startswith(".") and e.is_file()
            )
        for name in names:
            if not name[:-5].isdigit():
                continue
            rel = f"{month}/{name[:-5]}"
            sig = signature(base / month / name)
            if sig is not None:
                found[rel] = sig
    return found


def list_month(root: Path, month: str) -> list[str]:
    """Relative names of one month's segments on disk."""
    try:
        with os.scandir(root / ATTEMPTS_DIR / month) as entries:
            return sorted(
                f"{month}/{e.name[:-5]}" for e in entries
                if e.name.endswith(".json") and e.name[:-5].isdigit()
            )
    except FileNotFoundError:
        return []


def read_shard(path: Path) -> list[Attempt]:
    """The shard's attempts in insertion order (raises CorruptFileError for a damaged file)."""
    data = AtomicJSONStorage(path).read()
    if data is None:
        return []
    table = data.get(TABLE, {})
    if not isinstance(table, dict):
        raise_corrupt(path, f"table {TABLE!r} is not an object")
    docs: list[tuple[int, Attempt]] = []
    for doc_id, doc in table.items():
        if not (str(doc_id).isdigit() and isinstance(doc, dict) and _looks_like_attempt(doc)):
            raise_corrupt(path, f"document {doc_id!r} is not an attempt")
        docs.append((int(doc_id), doc))
    docs.sort(key=lambda pair: pair[0])
    return [doc for _id, doc in docs]


def _looks_like_attempt(doc: dict[str, Any]) -> bool:
    return (
        isinstance(doc.get("id"), str)
        and isinstance(doc.get("profile"), str)
        and isinstance(doc.get("exercise"), str)
        and isinstance(doc.get("score"), int | float)
        and isinstance(doc.get("ts"), str)
        and isinstance(doc.get("day"), str)
    )


def raise_corrupt(path: Path, reason: str) -> None:
    from trainer.progress.storage import CorruptFileError

    raise CorruptFileError(path, reason)


def append(path: Path, attempts: Iterable[Attempt]) -> Signature:
    """Insert attempts with TinyDB (fresh ``TinyDB`` so doc ids come from the file as it is now)."""
    ensure_private_dir(path.parent)
    db = TinyDB(path, storage=AtomicJSONStorage)
    db.table(TABLE).insert_multiple(list(attempts))
    sig = signature(path)
    assert sig is not None
    return sig


def write_new(path: Path, attempts: list[Attempt]) -> Signature:
    """Write a whole shard at once (bulk import and the benchmark's history builder)."""
    ensure_private_dir(path.parent)
    AtomicJSONStorage(path).write({TABLE: {str(i): a for i, a in enumerate(attempts, 1)}})
    sig = signature(path)
    assert sig is not None
    return sig


def decode_file(path: Path) -> dict[str, Any]:
    return decode(path, path.read_bytes())
