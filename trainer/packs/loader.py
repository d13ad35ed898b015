"""Loading packs from every source into one PackSet.

INTERFACE (used by the CLI, the progress store's doctor, the TUI and workshops) — keep it stable:

- ``load_packs(extra_paths=(), *, builtin=True, user=True, use_cache=True) -> PackSet``
- ``PackSet.packs: list[LoadedPack]`` in load order; ``PackSet.problems: list[Problem]``
- ``PackSet.get(key) -> tuple[LoadedPack, Exercise] | None`` for a ``pack_id/exercise_id`` key
- ``PackSet.exercises() -> Iterator[tuple[str, LoadedPack, Exercise]]``
- ``LoadedPack.pack: Pack``, ``.path: Path``, ``.origin: "builtin" | "user" | "extra"``
- ``Problem(path, line, col, pack, exercise, message, severity)``; ``str(problem)`` is
  ``path:line:col: pack/exercise: message``

Sources load in order (built-in, user folder, then each extra path); within a folder, files load in
sorted order. A pack whose id was already loaded replaces the earlier one in place, with a warning
naming both files. A file with any error is left out; every other file still loads.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from trainer import paths
from trainer.packs.models import Exercise, Pack
from trainer.packs.problems import Problem

__all__ = ["LoadedPack", "Origin", "PackSet", "Problem", "load_packs", "pack_files"]

Origin = Literal["builtin", "user", "extra"]
PACK_SUFFIXES = {".yaml", ".yml"}


@dataclass(frozen=True)
class LoadedPack:
    pack: Pack
    path: Path
    origin: Origin

    @property
    def id(self) -> str:
        return self.pack.pack.id


@dataclass
class PackSet:
    packs: list[LoadedPack] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    """How many pack files were read (broken ones included)."""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def get(self, key: str) -> tuple[LoadedPack, Exercise] | None:
        pack_id, _, exercise_id = key.partition("/")
        for loaded in self.packs:
            if loaded.id == pack_id:
                for exercise in loaded.pack.exercises:
                    if exercise.id == exercise_id:
                        return loaded, exercise
        return None

    def exercises(self) -> Iterator[tuple[str, LoadedPack, Exercise]]:
        for loaded in self.packs:
            for exercise in loaded.pack.exercises:
                yield loaded.pack.key(exercise), loaded, exercise


def pack_files(root: Path) -> list[Path]:
    """The pack files under ``root`` (itself, when it is a file), hidden ones skipped."""
    if root.is_file():
        return [root]
    if not root.is_dir():
        return []
    found: list[Path] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(folder, name)
            for name in names
            if not name.startswith(".") and os.path.splitext(name)[1] in PACK_SUFFIXES
        )
    return sorted(found)


def _load_source(
    root: Path, origin: Origin, result: PackSet, use_cache: bool
) -> list[tuple[LoadedPack, tuple[int, int]]]:
    from trainer.packs.validate import check_source, display_path
    from trainer.packs.yaml_source import read_source

    if not root.exists():
        if origin == "extra":
            result.problems.append(
                Problem(display_path(root), 1, 1, None, None, "no such file or folder")
            )
        return []
    cache = None
    if use_cache:
        from trainer.packs.cache import PackCache

        cache = PackCache(root)
    loaded: list[tuple[LoadedPack, tuple[int, int]]] = []
    for file in pack_files(root):
        result.files += 1
        try:
            stat = file.stat()
            hit = cache.get(file, stat) if cache is not None else None
            if hit is not None:
                loaded.append((LoadedPack(hit[0], file, origin), hit[1]))
                continue
            checked = check_source(read_source(file, stat), display_path(file))
        except OSError as exc:
            message = f"cannot be read: {exc.strerror or exc}"
            result.problems.append(Problem(display_path(file), 1, 1, None, None, message))
            continue
        except Exception as exc:  # a bug of ours must cost one file, never the whole load
            message = f"could not be checked ({type(exc).__name__}: {exc}); please report this"
            result.problems.append(Problem(display_path(file), 1, 1, None, None, message))
            continue
        result.problems.extend(checked.problems)
        if checked.pack is not None:
            loaded.append((LoadedPack(checked.pack, file, origin), checked.id_position))
            if cache is not None:
                cache.put(file, stat, checked.pack, checked.id_position)
    if cache is not None:
        cache.save()
    return loaded


def load_packs(
    extra_paths: Sequence[Path] = (),
    *,
    builtin: bool = True,
    user: bool = True,
    use_cache: bool = True,
) -> PackSet:
    """Load every pack from the chosen sources; problems never stop the good packs loading."""
    # Loading allocates hundreds of thousands of objects and no cycles; collector passes over
    # them would cost a third of the load time for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_all(extra_paths, builtin=builtin, user=user, use_cache=use_cache)
    finally:
        if collecting:
            gc.enable()


def _load_all(
    extra_paths: Sequence[Path], *, builtin: bool, user: bool, use_cache: bool
) -> PackSet:
    from trainer.packs.validate import display_path

    sources: list[tuple[Path, Origin]] = []
    if builtin:
        sources.append((paths.builtin_packs_dir(), "builtin"))
    if user:
        sources.append((paths.user_packs_dir(), "user"))
    sources.extend((Path(p), "extra") for p in extra_paths)
    result = PackSet()
    by_id: dict[str, int] = {}
    for root, origin in sources:
        for loaded, (line, col) in _load_source(root, origin, result, use_cache):
            earlier_index = by_id.get(loaded.id)
            if earlier_index is None:
                by_id[loaded.id] = len(result.packs)
                result.packs.append(loaded)
                continue
            earlier = result.packs[earlier_index]
            if earlier.path == loaded.path:
                continue  # the same file named twice (say, by two --packs paths)
            result.packs[earlier_index] = loaded
            result.problems.append(Problem(
                display_path(loaded.path), line, col, loaded.id, None,
                f"pack id '{loaded.id}' is also used by {display_path(earlier.path)}; "
                "this file replaces it — rename one id to keep both",
                "warning",
            ))
    return result
