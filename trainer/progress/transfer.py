"""Export and import files: JSON (the whole export object) or CSV (one row per record).

CSV columns are :data:`CSV_FIELDS`; ``kind`` is ``attempt`` or ``reflection``. Both formats import.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable
from typing import Any, TypeVar

from trainer.progress.records import Attempt, Reflection
from trainer.progress.scheduling import iso_utc, parse_utc

CSV_FIELDS = (
    "kind", "id", "profile", "exercise", "ts", "day", "score", "hinted", "mode", "session",
    "duration_s", "answer", "scheduled", "text",
)


_Record = TypeVar("_Record", Attempt, Reflection)


class ImportFileError(ValueError):
    """The file is not an export this trainer can merge (message says where and why)."""


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def to_csv(data: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for attempt in data.get("attempts", []):
        writer.writerow({**_csv_values(attempt), "kind": "attempt"})
    for entry in data.get("journal", []):
        writer.writerow({**_csv_values(entry), "kind": "reflection"})
    return out.getvalue()


def _csv_values(record: dict[str, Any]) -> dict[str, str]:
    values: dict[str, str] = {}
    for key, value in record.items():
        if value is None:
            values[key] = ""
        elif isinstance(value, bool):
            values[key] = "true" if value else "false"
        else:
            values[key] = str(value)
    return values


def parse_export(text: str) -> tuple[list[Attempt], list[Reflection]]:
    """Validate an export (JSON or CSV); raises ImportFileError naming the first bad record."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except ValueError as exc:
            raise ImportFileError(f"not valid JSON: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != "intimacy-trainer-progress":
            raise ImportFileError("not a trainer export (no 'format: intimacy-trainer-progress')")
        raw_attempts = data.get("attempts", [])
        raw_journal = data.get("journal", [])
        if not isinstance(raw_attempts, list) or not isinstance(raw_journal, list):
            raise ImportFileError("'attempts' and 'journal' must be lists")
        where = "attempt"
    else:
        reader = csv.DictReader(io.StringIO(text))
        if reader.fieldnames is None or not {"kind", "id", "exercise"} <= set(reader.fieldnames):
            raise ImportFileError("neither a JSON export nor a CSV export with a header row")
        raw_attempts, raw_journal = [], []
        for row in reader:
            (raw_journal if row.get("kind") == "reflection" else raw_attempts).append(
                _from_csv(row)
            )
        where = "row"
    attempts = _checked(raw_attempts, check_attempt, where)
    return attempts, _checked(raw_journal, check_reflection, "reflection")


def _checked(raws: list[Any], check: Callable[[Any], _Record], what: str) -> list[_Record]:
    """Each record through ``check``; the first bad one is named by ``what`` and its number."""
    checked = []
    for n, raw in enumerate(raws, 1):
        try:
            checked.append(check(raw))
        except (KeyError, TypeError, ValueError) as exc:
            raise ImportFileError(f"{what} {n}: {exc}") from None
    return checked


def _from_csv(row: dict[str, str]) -> dict[str, Any]:
    record: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items() if k}
    for key in ("hinted", "scheduled"):
        if record.get(key) is not None:
            record[key] = record[key].lower() == "true"
    for key in ("score", "duration_s"):
        if record.get(key) is not None:
            record[key] = float(record[key])
    return record


def _text(raw: dict[str, Any], key: str, *, required: bool = True) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise ValueError(f"'{key}' must be text")
    return value


def check_attempt(raw: Any) -> Attempt:
    """A clean attempt from an export record (raises ValueError/KeyError/TypeError)."""
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    exercise = _text(raw, "exercise")
    assert exercise is not None
    if "/" not in exercise:
        raise ValueError(f"exercise {exercise!r} is not a 'pack/exercise' key")
    score = raw.get("score")
    if isinstance(score, bool) or not isinstance(score, int | float):
        raise ValueError("'score' must be a number")
    if not math.isfinite(score) or not 0 <= score <= 1:
        raise ValueError("'score' must be from 0 to 1")
    ts = iso_utc(parse_utc(str(_text(raw, "ts"))))
    day = raw.get("day") or parse_utc(ts).astimezone().date().isoformat()
    duration = raw.get("duration_s")
    profile = _text(raw, "profile")
    if profile is None or "/" in profile:
        raise ValueError(f"profile {profile!r} may not contain '/'")
    return {
        "id": _text(raw, "id"),
        "profile": profile,
        "exercise": exercise,
        "score": float(score),
        "ts": ts,
        "day": str(day)[:10],
        "answer": _text(raw, "answer", required=False) if raw.get("answer") else None,
        "duration_s": float(duration) if isinstance(duration, int | float) else None,
        "hinted": bool(raw.get("hinted", False)),
        "mode": str(raw.get("mode") or "solo"),
        "session": str(raw["session"]) if raw.get("session") else None,
        "scheduled": bool(raw.get("scheduled", True)),
    }


def check_reflection(raw: Any) -> Reflection:
    """A clean reflection from an export record; timestamps normalised to ISO UTC."""
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    return {
        "id": _text(raw, "id"),
        "profile": _text(raw, "profile"),
        "exercise": _text(raw, "exercise"),
        "text": str(raw.get("text") or ""),
        "ts": iso_utc(parse_utc(str(_text(raw, "ts")))),
    }
