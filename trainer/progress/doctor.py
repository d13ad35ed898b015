"""`trainer doctor`: look at every progress file without changing anything, then say what a
repair would do. ``repair()`` does it: permissions, leftover temp files, a recount of the state.
Orphaned attempts (their exercise is in no loaded pack) are reported and always kept: the pack may
come back, or the attempts may be worth exporting.
"""

from __future__ import annotations

import os
import stat
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from trainer.progress import aggregates, shards
from trainer.progress.catalog import Catalog
from trainer.progress.storage import CorruptFileError, decode
from trainer.progress.store import JOURNAL_FILE, STATE_FILE, ProgressStore

STALE_TEMP_S = 60.0


@dataclass(frozen=True)
class Finding:
    level: Literal["ok", "note", "problem"]
    message: str
    repair: str = ""
    """What ``--repair`` would do about it ('' for nothing)."""


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    orphans: dict[str, int] = field(default_factory=dict)
    """Attempt counts by exercise key that no loaded pack has."""

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "problem"]

    def add(self, level: Literal["ok", "note", "problem"], message: str, repair: str = "") -> None:
        self.findings.append(Finding(level, message, repair))


def examine(data_root: Path, catalog: Catalog | None) -> Report:
    report = Report()
    root = data_root / "progress"
    if root.exists() and not root.is_dir():
        report.add("problem", f"{root} is a file, not a folder, so no progress can be recorded",
                   "none: move or rename that file yourself")
        return report
    if not root.is_dir():
        report.add("ok", f"no progress recorded yet ({root})")
        return report
    _check_permissions(root, report)
    state: dict[str, object] | None = None
    state_path = root / STATE_FILE
    if state_path.exists():
        try:
            state = decode(state_path, state_path.read_bytes())
        except CorruptFileError as exc:
            report.add("problem", f"{STATE_FILE}: {exc.reason}",
                       "move it aside as .corrupt-* and recount from the attempts")
        else:
            schema = state.get("schema")
            if isinstance(schema, int) and schema > aggregates.SCHEMA_VERSION:
                report.add("problem", f"{STATE_FILE} has schema {schema}, newer than this "
                           f"trainer ({aggregates.SCHEMA_VERSION})", "none: update the trainer")
            elif not aggregates.is_current(state):
                report.add("problem", f"{STATE_FILE} has an old schema ({schema})",
                           "recount it from the attempts")
            else:
                report.add("ok", f"{STATE_FILE}: schema {schema}")
    recorded = state.get("shards") if isinstance(state, dict) else None
    recorded = recorded if isinstance(recorded, dict) else {}
    counts: Counter[str] = Counter()
    total = 0
    on_disk = shards.list_shards(root)
    behind = 0
    for rel, sig in on_disk.items():
        path = shards.shard_path(root, rel)
        try:
            docs = shards.read_shard(path)
        except CorruptFileError as exc:
            report.add("problem", f"attempts/{rel}.json: {exc.reason}",
                       "move it aside as .corrupt-* and recount from the other attempts")
            continue
        total += len(docs)
        counts.update(d["exercise"] for d in docs)
        entry = recorded.get(rel)
        if not isinstance(entry, dict) or entry.get("n") != len(docs):
            behind += 1
        elif entry.get("sig") != list(sig):
            behind += 1
    if behind:
        # Normal: the state is a checkpoint, written every few attempts; the rest is counted in
        # from the shards whenever the store opens.
        report.add("note", f"{behind} attempts file(s) have attempts newer than the last "
                   f"checkpoint in {STATE_FILE}; they are counted in when the store opens")
    vanished = sorted(set(recorded) - set(on_disk))
    if vanished:
        report.add("problem", f"{len(vanished)} attempts file(s) named in {STATE_FILE} are "
                   f"gone, e.g. attempts/{vanished[0]}.json", "recount from the attempts left")
    report.add("ok", f"{len(on_disk)} attempts file(s), {total} attempts")
    journal = root / JOURNAL_FILE
    if journal.exists():
        try:
            decode(journal, journal.read_bytes())
            report.add("ok", f"{JOURNAL_FILE} readable")
        except CorruptFileError as exc:
            report.add("problem", f"{JOURNAL_FILE}: {exc.reason}", "move it aside as .corrupt-*")
    now = time.time()
    for temp in root.rglob(".*.tmp"):
        if now - temp.stat().st_mtime > STALE_TEMP_S:
            report.add("problem", f"leftover temp file {temp.relative_to(root)} from an "
                       "interrupted write", "delete it (the real file is intact)")
    for corrupt in sorted(root.rglob("*.corrupt-*")):
        report.add("note", f"kept damaged file {corrupt.relative_to(root)} (yours to inspect "
                   "or delete)")
    if catalog is not None:
        report.orphans = {k: n for k, n in sorted(counts.items()) if k not in catalog.exercises}
        if report.orphans:
            report.add("note", f"{sum(report.orphans.values())} attempts on "
                       f"{len(report.orphans)} exercise(s) no loaded pack has; kept "
                       "(they count again if the pack returns)")
    return report


def _check_permissions(root: Path, report: Report) -> None:
    loose = [root.parent] if stat.S_IMODE(os.stat(root.parent).st_mode) & 0o077 else []
    for folder, _dirs, files in os.walk(root):
        for path in [Path(folder), *(Path(folder) / name for name in files)]:
            if stat.S_IMODE(os.stat(path).st_mode) & 0o077:
                loose.append(path)
    if loose:
        report.add("problem", f"{len(loose)} progress file(s)/folder(s) readable by others, "
                   f"e.g. {loose[0]}", "make files 0600 and folders 0700")


def repair(data_root: Path) -> list[str]:
    """Do what ``examine`` proposed; returns what was done."""
    root = data_root / "progress"
    done: list[str] = []
    if not root.is_dir():
        return done
    for folder, _dirs, files in os.walk(root):
        if stat.S_IMODE(os.stat(folder).st_mode) != 0o700:
            os.chmod(folder, 0o700)
            done.append(f"folder {folder} made 0700")
        for name in files:
            path = Path(folder) / name
            if stat.S_IMODE(os.stat(path).st_mode) & 0o077:
                os.chmod(path, 0o600)
                done.append(f"file {path.relative_to(root)} made 0600")
    if stat.S_IMODE(os.stat(data_root).st_mode) & 0o077:
        os.chmod(data_root, 0o700)
        done.append(f"folder {data_root} made 0700")
    store = ProgressStore(data_root)
    done.extend(store.warnings)
    if store.read_only:
        done.append("left the progress as it is: a newer trainer wrote it")
        return done
    now = time.time()
    with store._lock:
        for temp in root.rglob(".*.tmp"):
            if now - temp.stat().st_mtime > STALE_TEMP_S:
                temp.unlink(missing_ok=True)
                done.append(f"deleted leftover {temp.relative_to(root)}")
        state = store.rebuild(profiles=store._state()["profiles"])
        total = sum(int(entry["n"]) for entry in state["shards"].values())
        done.append(f"recounted progress from the attempts ({total} attempts)")
    return done
