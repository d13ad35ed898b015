"""Workshops on disk: ``data_dir/workshops/ID.json``, rewritten atomically after every action.

The facilitator's companion (another process) polls the file's mtime, so each save is a complete
file swapped in with ``os.replace``: a reader sees the previous state or the new one, never half.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from trainer.progress.atomic import atomic_write
from trainer.workshop.model import WorkshopState


class WorkshopError(Exception):
    """A workshop that cannot be found or read; the message says what to do."""


@dataclass(frozen=True)
class WorkshopListing:
    id: str
    title: str
    created_at: float
    phase: str
    position: int
    total: int
    people: int
    scoring: str


def _slug(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:32].strip("-") or "workshop"


class WorkshopStore:
    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / "workshops"

    def path(self, workshop_id: str) -> Path:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", workshop_id):
            raise WorkshopError(
                f"{workshop_id!r} is not a workshop id (see `trainer workshop list`)"
            )
        return self.folder / f"{workshop_id}.json"

    def new_id(self, title: str, now: float) -> str:
        stamp = datetime.fromtimestamp(now).strftime("%Y%m%d-%H%M")
        base = f"{stamp}-{_slug(title)}"
        candidate, n = base, 2
        while (self.folder / f"{candidate}.json").exists():
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def save(self, state: WorkshopState, now: float | None = None) -> Path:
        state.saved_at = time.time() if now is None else now
        path = self.path(state.id)
        atomic_write(path, state.model_dump_json(indent=1).encode("utf-8"))
        return path

    def load(self, workshop_id: str) -> WorkshopState:
        path = self.path(workshop_id)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise WorkshopError(
                f"no workshop {workshop_id!r} (see `trainer workshop list`)"
            ) from None
        except OSError as exc:
            raise WorkshopError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        try:
            return WorkshopState.model_validate_json(raw)
        except ValidationError:
            aside = self._move_aside(path)
            raise WorkshopError(
                f"{path}: damaged, so it was moved aside to {aside.name}; nothing was deleted"
            ) from None

    def peek(self, workshop_id: str) -> WorkshopState | None:
        """Read without side effects (for the companion): None when missing or unreadable."""
        try:
            return WorkshopState.model_validate_json(self.path(workshop_id).read_bytes())
        except (OSError, ValueError, WorkshopError):
            return None

    def _move_aside(self, path: Path) -> Path:
        aside = path.with_name(f"{path.name}.damaged-{int(time.time())}")
        try:
            os.replace(path, aside)
        except OSError:
            return path
        return aside

    def mtime(self, workshop_id: str) -> float | None:
        try:
            return self.path(workshop_id).stat().st_mtime_ns / 1e9
        except OSError:
            return None

    def ids(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return [p.stem for p in self.folder.glob("*.json") if not p.name.startswith(".")]

    def listings(self) -> list[WorkshopListing]:
        """Past and running workshops, newest first; damaged files are skipped, never touched."""
        found: list[WorkshopListing] = []
        for workshop_id in self.ids():
            try:
                data = json.loads(self.path(workshop_id).read_bytes())
                state = WorkshopState.model_validate(data)
            except (OSError, ValueError):
                continue
            found.append(
                WorkshopListing(
                    id=state.id,
                    title=state.config.title,
                    created_at=state.created_at,
                    phase=state.phase,
                    position=state.index + 1,
                    total=len(state.exercises),
                    people=len(state.config.people),
                    scoring=state.config.scoring,
                )
            )
        found.sort(key=lambda item: (item.created_at, item.id), reverse=True)
        return found

    def most_recently_saved(self) -> str | None:
        """The workshop whose file changed last (cheap: no file is parsed)."""
        best: tuple[int, str] | None = None
        for workshop_id in self.ids():
            try:
                stamp = self.path(workshop_id).stat().st_mtime_ns
            except (OSError, WorkshopError):
                continue
            if best is None or stamp > best[0]:
                best = (stamp, workshop_id)
        return best[1] if best else None

    def latest(self, *, unfinished: bool = False) -> str | None:
        for listing in self.listings():
            if not unfinished or listing.phase != "done":
                return listing.id
        return None

    def resolve(self, workshop_id: str | None, *, unfinished: bool = False) -> str:
        """The id given, or the newest (unfinished) workshop; WorkshopError when there is none."""
        if workshop_id:
            self.path(workshop_id)
            return workshop_id
        latest = self.latest(unfinished=unfinished)
        if latest is None:
            what = "unfinished workshop to resume" if unfinished else "workshop yet"
            raise WorkshopError(f"no {what}; start one with `trainer workshop`")
        return latest
