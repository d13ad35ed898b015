"""ProgressStore: every attempt kept, crash-safe across processes, with fast mastery/due/streak.

Layout under ``<data dir>/progress/`` (folders 0700, files 0600)::

    state.json               profiles, FSRS cards, per-exercise and per-day aggregates, schema
    attempts/YYYY-MM/NNNN.json   the attempts themselves (TinyDB, at most 500 per file)
    journal.json             reflections (TinyDB), separate and private
    backups/state-YYYY-MM-DD.json   the last 7 daily copies of state.json

One lock (``.state.json.lock``) covers every read-modify-write of state and shards. The shards
are the log: ``record_attempt`` returns once the attempt is fsync'd in its shard. ``state.json``
is a checkpoint of what has been counted from them (``state["shards"]`` says how much of each
shard), written every 32 attempts, after 5 s, on ``close()`` and at exit; whatever a crash leaves
uncounted is counted in by the next open, read or write, in any process. The state can always be
rebuilt from the shards (``rebuild``), which is what happens when it is damaged or old.

Packs: give the store a ``PackSet`` (``ProgressStore(packs=...)`` or ``store.use_packs(...)``)
and it knows each exercise's pack, component, steps and type: mastery is grouped by component and
step, ``due`` offers new exercises from the packs, and reflect/pair attempts are not scheduled.
Without packs the store still records and schedules, grouping mastery by pack id only.
"""

from __future__ import annotations

import atexit
import math
import threading
import time
import uuid
import weakref
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer import paths
from trainer.paths import ensure_private_dir
from trainer.progress import aggregates, shards, stats
from trainer.progress.aggregates import SCHEMA_VERSION, State
from trainer.progress.atomic import atomic_write, fault_point, file_lock
from trainer.progress.catalog import Catalog
from trainer.progress.journal import Journal
from trainer.progress.records import (
    Attempt,
    ImportResult,
    Mastery,
    Reflection,
    Session,
    Streak,
)
from trainer.progress.scheduling import iso_utc
from trainer.progress.storage import (
    AtomicJSONStorage,
    CorruptFileError,
    Signature,
    decode,
    encode,
    quarantine,
    signature,
)

if TYPE_CHECKING:
    from trainer.packs.loader import PackSet

STATE_FILE = "state.json"
JOURNAL_FILE = "journal.json"
BACKUP_DIR = "backups"
BACKUPS_KEPT = 7
NEW_PER_DAY = 10
CHECKPOINT_EVERY = 32
CHECKPOINT_SECONDS = 5.0


class ReadOnlyStoreError(RuntimeError):
    """The data was written by a newer trainer; this one will not risk changing it."""


class ProgressStore:
    """Attempts, journal, scheduling and stats for every profile on this machine."""

    def __init__(
        self, data_dir: Path | str | None = None, *, packs: PackSet | None = None
    ) -> None:
        base = Path(data_dir) if data_dir is not None else paths.data_dir()
        self.root = ensure_private_dir(base / "progress")
        ensure_private_dir(self.root.parent)
        self.warnings: list[str] = []
        """Things the user should be told (a file moved aside, a newer schema...)."""
        self.read_only = False
        self.catalog: Catalog | None = Catalog.from_packs(packs) if packs is not None else None
        self._state_path = self.root / STATE_FILE
        self._lock = file_lock(self._state_path)
        self._mutex = threading.RLock()
        self._backup_day: str | None = None
        self._mem: State | None = None
        self._mem_sig: Signature | None = None
        self._unsaved = 0
        self._last_checkpoint = time.monotonic()
        self.journal_file = Journal(self.root / JOURNAL_FILE)
        self._open()
        _open_stores.add(self)

    # -- packs ------------------------------------------------------------------------------

    def use_packs(self, packs: PackSet | None) -> None:
        """Tell the store which exercises exist (after packs are loaded or reloaded)."""
        self.catalog = Catalog.from_packs(packs) if packs is not None else None

    # -- opening, recovery --------------------------------------------------------------------
    #
    # The shards are the log and state.json is a checkpoint of everything counted from them.
    # ``self._mem`` is this process's state: the checkpoint whose file signature is
    # ``self._mem_sig`` plus the attempts this process appended since. When the file's signature
    # changes (another process checkpointed) the state is read again and every shard's unseen
    # tail is counted in. A checkpoint is written every CHECKPOINT_EVERY attempts, after
    # CHECKPOINT_SECONDS, on close() and at exit; a crash before it loses nothing (the
    # attempts are fsync'd in their shard and counted in by the next open).

    def _open(self) -> None:
        from trainer.progress import migrations

        try:
            self.journal_file.check()
        except CorruptFileError as exc:
            self._quarantine(exc, "the journal starts empty")
        legacy = migrations.legacy_file(self.root.parent)
        if legacy is not None and not self._state_path.exists():
            with self._mutex, self._lock:
                migrations.migrate_legacy(self, legacy)
            return
        damaged = False
        try:
            state, sig = self._read_state_file()
        except CorruptFileError:
            state, sig, damaged = None, None, True
        if state is not None and _newer_schema(state):
            self._go_read_only(int(state["schema"]))
            self._mem, self._mem_sig = state, sig
            return
        if state is not None and aggregates.is_current(state) and not self._needs_catch_up(state):
            self._mem, self._mem_sig = state, sig
            return
        if not damaged and state is None and not shards.list_shards(self.root):
            self._mem, self._mem_sig = aggregates.empty_state(), None
            return
        with self._mutex, self._lock:
            self._load_state_locked()

    def _read_state_file(self) -> tuple[State | None, Signature | None]:
        """The checkpoint as on disk with the signature it was read at (raises if damaged)."""
        for _ in range(5):
            sig = signature(self._state_path)
            if sig is None:
                return None, None
            try:
                raw = self._state_path.read_bytes()
            except FileNotFoundError:
                continue
            if signature(self._state_path) == sig:
                return decode(self._state_path, raw), sig
        raise CorruptFileError(self._state_path, "it keeps changing while being read")

    def _quarantine(self, exc: CorruptFileError, consequence: str) -> None:
        moved = quarantine(exc.path)
        self.warnings.append(
            f"{exc.path.name} could not be read ({exc.reason}); it was moved to {moved.name} "
            f"and kept; {consequence}."
        )

    def _go_read_only(self, schema: int) -> None:
        if not self.read_only:
            self.read_only = True
            self.warnings.append(
                f"Your progress was saved by a newer version of the trainer (schema {schema}; "
                f"this one knows {SCHEMA_VERSION}). It is shown but not changed: please update."
            )

    def _load_state_locked(self) -> State:
        """Under the lock: the state with every shard counted in, repaired if it has to be."""
        sig = signature(self._state_path)
        if self._mem is not None and sig == self._mem_sig:
            return self._mem
        try:
            state, sig = self._read_state_file()
        except CorruptFileError as exc:
            self._quarantine(exc, "progress was rebuilt from your attempts")
            return self.rebuild(profiles=self._backup_profiles())
        if state is None:
            if shards.list_shards(self.root):
                self.warnings.append(
                    f"{STATE_FILE} was missing; progress was rebuilt from your attempts."
                )
                return self.rebuild(profiles=self._backup_profiles())
            self._mem, self._mem_sig, self._unsaved = aggregates.empty_state(), None, 0
            return self._mem
        if _newer_schema(state):
            self._go_read_only(int(state["schema"]))
            self._mem, self._mem_sig = state, sig
            raise ReadOnlyStoreError(self.warnings[-1])
        if not aggregates.is_current(state):
            # Older schema: the state is derived data, so it is rebuilt from the attempts
            # (which are upgraded as they are read); profiles are carried over.
            old_profiles = state.get("profiles") if isinstance(state.get("profiles"), dict) else {}
            return self.rebuild(profiles=dict(old_profiles or {}))
        self._mem, self._mem_sig, self._unsaved = state, sig, 0
        if self._needs_catch_up(state):
            return self._catch_up_all(state)
        return state

    def _needs_catch_up(self, state: State) -> bool:
        recorded = state["shards"]
        on_disk = shards.list_shards(self.root)
        if set(on_disk) != set(recorded):
            return True
        return any(list(sig) != recorded[rel].get("sig") for rel, sig in on_disk.items())

    def _catch_up_all(self, state: State) -> State:
        on_disk = shards.list_shards(self.root)
        changed = False
        for rel in sorted(set(on_disk) | set(state["shards"])):
            outcome = self._catch_up(state, rel)
            if outcome == "rebuild":
                return self.rebuild(profiles=state["profiles"])
            changed = changed or outcome == "changed"
        if changed:
            self._write_state(state)
        return state

    def _catch_up(self, state: State, rel: str) -> str:
        """Count in attempts a shard has beyond what the state knows: same/changed/rebuild."""
        path = shards.shard_path(self.root, rel)
        entry = state["shards"].get(rel)
        sig = signature(path)
        if sig is None:
            if entry is None:
                return "same"
            if entry.get("n", 0) == 0:
                del state["shards"][rel]
                return "changed"
            self.warnings.append(f"attempts file {rel}.json disappeared; progress was recounted.")
            return "rebuild"
        if entry is not None and entry.get("sig") == list(sig):
            return "same"
        try:
            docs = shards.read_shard(path)
        except CorruptFileError as exc:
            self._quarantine(exc, "the other attempts were kept and progress recounted")
            return "rebuild"
        applied = int(entry["n"]) if entry else 0
        if len(docs) < applied:
            return "rebuild"
        for attempt in sorted(docs[applied:], key=lambda a: str(a["ts"])):
            aggregates.apply_attempt(state, attempt)
        state["shards"][rel] = {"n": len(docs), "sig": list(sig)}
        self._unsaved += len(docs) - applied
        return "changed"

    def rebuild(self, profiles: dict[str, Any] | None = None) -> State:
        """Recount everything from the attempt shards (call under the lock). Returns the state."""
        state = aggregates.empty_state()
        for name, info in (profiles or {}).items():
            if isinstance(name, str) and isinstance(info, dict):
                state["profiles"][name] = info
        everything: list[Attempt] = []
        seen: set[str] = set()
        for rel, sig, _path, docs in self._readable_shards():
            for doc in docs:
                if doc["id"] not in seen:
                    seen.add(doc["id"])
                    everything.append(doc)
            state["shards"][rel] = {"n": len(docs), "sig": list(sig)}
        everything.sort(key=lambda a: str(a["ts"]))
        for attempt in everything:
            aggregates.apply_attempt(state, attempt)
        self._write_state(state)
        return state

    def _readable_shards(self) -> Iterator[tuple[str, Signature, Path, list[Attempt]]]:
        """Every attempt shard with its attempts (call under the lock).

        A damaged shard is moved aside, said in ``warnings`` and skipped.
        """
        for rel, sig in shards.list_shards(self.root).items():
            path = shards.shard_path(self.root, rel)
            try:
                docs = shards.read_shard(path)
            except CorruptFileError as exc:
                self._quarantine(exc, "the other attempts were kept")
                continue
            yield rel, sig, path, docs

    def _backup_profiles(self) -> dict[str, Any]:
        """Profiles named in the newest readable backup (a profile may have no attempts yet)."""
        folder = self.root / BACKUP_DIR
        for path in sorted(folder.glob("state-*.json"), reverse=True):
            try:
                data = shards.decode_file(path)
            except (OSError, CorruptFileError):
                continue
            found = data.get("profiles")
            if isinstance(found, dict):
                return found
        return {}

    # -- writing ------------------------------------------------------------------------------

    def _write_state(self, state: State) -> None:
        """Checkpoint (call under the lock)."""
        self._mem = state
        try:
            atomic_write(self._state_path, encode(state))
        except BaseException:
            self._mem, self._mem_sig = None, None
            raise
        self._mem_sig = signature(self._state_path)
        self._unsaved = 0
        self._last_checkpoint = time.monotonic()
        self._daily_backup(state)

    def checkpoint(self) -> None:
        """Write the counted state now if this process has counted attempts since the last one."""
        with self._mutex:
            if self._unsaved and self._mem is not None and not self.read_only:
                with self._lock:
                    if signature(self._state_path) == self._mem_sig:
                        self._write_state(self._mem)
                    else:
                        # Someone else checkpointed; our attempts are counted in from the
                        # shards by whoever loads next (including us).
                        self._load_state_locked()
                        if self._unsaved and self._mem is not None:
                            self._write_state(self._mem)

    def close(self) -> None:
        """Checkpoint; the store stays usable. Also runs at interpreter exit."""
        self.checkpoint()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _daily_backup(self, state: State) -> None:
        today = date.today().isoformat()
        if self._backup_day == today:
            return
        folder = ensure_private_dir(self.root / BACKUP_DIR)
        target = folder / f"state-{today}.json"
        if not target.exists():
            atomic_write(target, encode(state))
            for old in sorted(folder.glob("state-*.json"))[:-BACKUPS_KEPT]:
                old.unlink(missing_ok=True)
        self._backup_day = today

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(
                "progress was saved by a newer trainer; update before recording more"
            )

    def record_attempt(
        self,
        exercise: str,
        score: float,
        *,
        profile: str = "me",
        answer: str | None = None,
        duration_s: float | None = None,
        hinted: bool = False,
        mode: str = "solo",
        session: str | None = None,
        at: datetime | None = None,
    ) -> str:
        """Record one attempt; returns its id once it is fsync'd to disk.

        ``score`` is 0..1. ``at`` (timezone-aware; default now) is for imports and tests.
        """
        _check_key(exercise)
        _check_profile(profile)
        if isinstance(score, bool) or not isinstance(score, int | float) or not math.isfinite(
            score
        ) or not 0.0 <= score <= 1.0:
            raise ValueError(f"score must be a number from 0 to 1, got {score!r}")
        when = at if at is not None else datetime.now(UTC)
        if when.tzinfo is None:
            raise ValueError("at must be timezone-aware")
        info = self.catalog.exercises.get(exercise) if self.catalog else None
        self._check_writable()
        if answer and info is not None and info.type == "reflect":
            # A reflection is private: it goes to the journal, never into attempts or exports.
            self.journal_file.record(profile, exercise, answer, at=when)
            answer = None
        attempt: Attempt = {
            "id": uuid.uuid4().hex,
            "profile": profile,
            "exercise": exercise,
            "score": float(score),
            "ts": iso_utc(when),
            "day": when.astimezone().date().isoformat(),
            "answer": answer,
            "duration_s": None if duration_s is None else float(duration_s),
            "hinted": bool(hinted),
            "mode": mode,
            "session": session,
            "scheduled": info.scheduled if info is not None else True,
        }
        with self._mutex, self._lock:
            state = self._load_state_locked()
            self._append_locked(state, [attempt])
        return str(attempt["id"])

    def _append_locked(self, state: State, attempts: list[Attempt]) -> None:
        """Put attempts into their month's open segment, then count them into the state."""
        by_month: dict[str, list[Attempt]] = {}
        for attempt in attempts:
            by_month.setdefault(attempt["ts"][:7], []).append(attempt)
        for month, items in sorted(by_month.items()):
            while items:
                state = self._open_segment(state, month)
                rel = self._segment_with_room(state, month)
                room = shards.SEGMENT_MAX - int(state["shards"].get(rel, {}).get("n", 0))
                batch, items = items[:room], items[room:]
                path = shards.shard_path(self.root, rel)
                ensure_private_dir(path.parent.parent)
                sig = shards.append(path, batch)
                fault_point("between-files")
                before = int(state["shards"].get(rel, {}).get("n", 0))
                for attempt in batch:
                    aggregates.apply_attempt(state, attempt)
                state["shards"][rel] = {"n": before + len(batch), "sig": list(sig)}
                self._unsaved += len(batch)
        self._mem = state
        due_checkpoint = (
            self._mem_sig is None
            or self._unsaved >= CHECKPOINT_EVERY
            or time.monotonic() - self._last_checkpoint >= CHECKPOINT_SECONDS
        )
        if due_checkpoint:
            self._write_state(state)

    def _open_segment(self, state: State, month: str) -> State:
        """Count in whatever other processes (or a crash) left in this month's segments."""
        known = {shards.number_of(r) for r in state["shards"] if shards.month_of(r) == month}
        on_disk = {shards.number_of(r) for r in shards.list_month(self.root, month)}
        last = max(known | on_disk | {1})
        for number in sorted((on_disk - known) | {last}):
            if self._catch_up(state, shards.rel_name(month, number)) == "rebuild":
                return self.rebuild(profiles=dict(state["profiles"]))
        return state

    def _segment_with_room(self, state: State, month: str) -> str:
        numbers = [shards.number_of(r) for r in state["shards"] if shards.month_of(r) == month]
        number = max(numbers + [1])
        rel = shards.rel_name(month, number)
        if int(state["shards"].get(rel, {}).get("n", 0)) >= shards.SEGMENT_MAX:
            rel = shards.rel_name(month, number + 1)
        return rel

    # -- reading ------------------------------------------------------------------------------

    def _state(self) -> State:
        """The state for reading: this process's, reloaded if another process checkpointed."""
        with self._mutex:
            if self._mem is not None and (
                self.read_only
                or (
                    signature(self._state_path) == self._mem_sig
                    and not self._needs_catch_up(self._mem)
                )
            ):
                return self._mem
            with self._lock:
                try:
                    state = self._load_state_locked()
                    if self._needs_catch_up(state):
                        state = self._catch_up_all(state)
                    return state
                except ReadOnlyStoreError:
                    assert self._mem is not None
                    return self._mem

    def attempts(
        self,
        profile: str | None = "me",
        exercise: str | None = None,
        since: datetime | date | None = None,
    ) -> list[Attempt]:
        """Attempts oldest first; ``profile=None`` means every profile."""
        since_iso: str | None = None
        if isinstance(since, datetime):
            since_iso = iso_utc(since)
        elif isinstance(since, date):
            since_iso = iso_utc(datetime(since.year, since.month, since.day).astimezone())
        found: list[Attempt] = []
        for rel in shards.list_shards(self.root):
            if since_iso is not None and shards.month_of(rel) < since_iso[:7]:
                continue
            try:
                docs = shards.read_shard(shards.shard_path(self.root, rel))
            except CorruptFileError as exc:
                with self._mutex, self._lock:
                    self._quarantine(exc, "the other attempts were kept and progress recounted")
                    self.rebuild(profiles=dict(self._mem["profiles"]) if self._mem else {})
                continue
            for doc in docs:
                if profile is not None and doc["profile"] != profile:
                    continue
                if exercise is not None and doc["exercise"] != exercise:
                    continue
                if since_iso is not None and doc["ts"] < since_iso:
                    continue
                found.append(dict(doc))
        found.sort(key=lambda a: str(a["ts"]))
        return found

    def profiles(self) -> list[str]:
        return sorted(self._state()["profiles"])

    def add_profile(self, profile: str) -> None:
        """Create a profile before its first attempt (e.g. a partner joining)."""
        _check_profile(profile)
        self._check_writable()
        with self._mutex, self._lock:
            state = self._load_state_locked()
            if profile not in state["profiles"]:
                state["profiles"][profile] = {"created": iso_utc(datetime.now(UTC))}
                self._write_state(state)

    def mastery(self, profile: str = "me", packs: PackSet | None = None) -> Mastery:
        """Per exercise, pack, component and step (see records.Mastery)."""
        catalog = Catalog.from_packs(packs) if packs is not None else self.catalog
        return stats.mastery(self._state(), profile, catalog)

    def due(
        self,
        profile: str = "me",
        now: datetime | None = None,
        limit: int | None = None,
        *,
        new_per_day: int = NEW_PER_DAY,
        candidates: Sequence[str] | None = None,
    ) -> list[str]:
        """Exercise keys to practise, most urgent first: due reviews, then new exercises.

        New exercises come from ``candidates`` if given, else from the store's packs (in pack
        order), at most ``new_per_day`` first-time exercises per local day. With ``candidates``
        the reviews are limited to those keys too (e.g. practising one pack).
        """
        moment = (now or datetime.now(UTC)).astimezone(UTC)
        return stats.due(
            self._state(),
            profile,
            moment,
            moment.astimezone().date(),
            limit=limit,
            new_per_day=new_per_day,
            candidates=candidates,
            catalog=self.catalog,
        )

    def streak(self, profile: str = "me", today: date | None = None) -> Streak:
        days = self._state()["days"].get(profile, {})
        return stats.streak(days.keys(), today or date.today())

    def sessions(self, profile: str = "me", since: datetime | date | None = None) -> list[Session]:
        return stats.sessions(self.attempts(profile, since=since))

    def card(self, exercise: str, profile: str = "me") -> dict[str, Any] | None:
        """The FSRS card (``Card.to_dict()`` form) for an exercise, if it has been scheduled."""
        found = self._state()["cards"].get(profile, {}).get(exercise)
        return dict(found) if found else None

    # -- journal ------------------------------------------------------------------------------

    def record_reflection(
        self, exercise: str, text: str, *, profile: str = "me", at: datetime | None = None
    ) -> str:
        """Keep a private reflection in the journal; returns its id once it is on disk.

        It does not count as practice by itself: call ``record_attempt(key, 1.0)`` as well
        if the reflection should count for the streak.
        """
        _check_key(exercise)
        _check_profile(profile)
        if at is not None and at.tzinfo is None:
            raise ValueError("at must be timezone-aware")
        self._check_writable()
        return self.journal_file.record(profile, exercise, text, at=at)

    def journal(self, profile: str | None = "me") -> list[Reflection]:
        """Reflections oldest first; ``profile=None`` means every profile."""
        return self.journal_file.entries(profile)

    def delete_reflection(self, reflection_id: str) -> bool:
        self._check_writable()
        return self.journal_file.delete(reflection_id)

    # -- export, import, forget ----------------------------------------------------------------

    def export(self, profile: str | None = None, include_journal: bool = False) -> dict[str, Any]:
        """Everything needed to merge this progress elsewhere (see ``import_data``)."""
        data: dict[str, Any] = {
            "format": "intimacy-trainer-progress",
            "version": 1,
            "exported_at": iso_utc(datetime.now(UTC)),
            "profile": profile,
            "attempts": self.attempts(profile),
        }
        if include_journal:
            data["journal"] = self.journal(profile)
        return data

    def import_data(
        self, attempts: Sequence[Attempt], journal: Sequence[Reflection] = ()
    ) -> ImportResult:
        """Merge attempts (and reflections) by id: importing the same export twice adds nothing.

        Records are checked first (ValueError names the first bad one); nothing is written
        unless all are good.
        """
        from trainer.progress import transfer

        self._check_writable()
        try:
            attempts = [transfer.check_attempt(a) for a in attempts]
            journal = [transfer.check_reflection(r) for r in journal]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"cannot import: {exc}") from None
        with self._mutex, self._lock:
            state = self._load_state_locked()
            known = {a["id"] for a in self.attempts(None)}
            fresh: list[Attempt] = []
            for attempt in attempts:
                if attempt["id"] not in known:
                    known.add(attempt["id"])
                    fresh.append(attempt)
            if fresh:
                fresh.sort(key=lambda a: str(a["ts"]))
                self._append_locked(state, fresh)
                # Imported attempts may be older than what was counted: FSRS needs the reviews
                # in time order, so everything is replayed once.
                self.rebuild(profiles=state["profiles"])
        added_j, skipped_j = self.journal_file.merge(list(journal)) if journal else (0, 0)
        return {
            "attempts_added": len(fresh),
            "attempts_skipped": len(attempts) - len(fresh),
            "reflections_added": added_j,
            "reflections_skipped": skipped_j,
        }

    def forget(self, profile: str) -> tuple[int, int]:
        """Delete a profile's attempts, journal and scheduling; returns (attempts, reflections).

        Backups hold the forgotten data too, so they are cleared (and a fresh one taken).
        """
        from tinydb import TinyDB, where

        self._check_writable()
        removed = 0
        with self._mutex, self._lock:
            state = self._load_state_locked()
            for _rel, _sig, path, docs in self._readable_shards():
                if any(d["profile"] == profile for d in docs):
                    table = TinyDB(path, storage=AtomicJSONStorage).table(shards.TABLE)
                    removed += len(table.remove(where("profile") == profile))
            profiles = dict(state["profiles"])
            profiles.pop(profile, None)
            for old in (self.root / BACKUP_DIR).glob("state-*.json"):
                old.unlink(missing_ok=True)
            self._backup_day = None
            self.rebuild(profiles=profiles)
        reflections = self.journal_file.forget(profile)
        return removed, reflections

    @property
    def state_path(self) -> Path:
        return self._state_path


def _check_key(exercise: str) -> None:
    if not isinstance(exercise, str) or "/" not in exercise or exercise.strip() != exercise:
        raise ValueError(f"exercise must be a 'pack/exercise' key, got {exercise!r}")


def _check_profile(profile: str) -> None:
    if not isinstance(profile, str) or not profile.strip() or "/" in profile or len(profile) > 80:
        raise ValueError(f"profile must be a short name without '/', got {profile!r}")


def _newer_schema(state: State) -> bool:
    schema = state.get("schema")
    return isinstance(schema, int) and schema > SCHEMA_VERSION


_open_stores: weakref.WeakSet[ProgressStore] = weakref.WeakSet()


@atexit.register
def _checkpoint_all() -> None:
    for store in list(_open_stores):
        try:
            store.checkpoint()
        except Exception:  # exiting anyway; the shards already hold every attempt
            pass
