"""Loading packs from every source into one PackSet.

INTERFACE (used by the CLI, the progress store's doctor, the TUI and workshops) — keep it stable:

- ``load_packs(extra_paths=(), *, builtin=True, user=True, use_cache=True) -> PackSet``
- ``PackSet.packs: list[LoadedPack]`` in load order; ``PackSet.problems: list[Problem]``
- ``PackSet.get(key) -> tuple[LoadedPack, Exercise] | None`` for a ``pack_id/exercise_id`` key
- ``PackSet.exercises() -> Iterator[tuple[str, LoadedPack, Exercise]]``
- ``LoadedPack.pack: Pack``, ``.path: Path``, ``.origin: "builtin" | "user" | "extra"``
- ``Problem(path, line, col, pack, exercise, message, severity)``; ``str(problem)`` is
  ``path:line:col: pack/exercise: message``
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from trainer import paths
from trainer.packs.models import Exercise, Pack

Origin = Literal["builtin", "user", "extra"]


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    col: int
    pack: str | None
    exercise: str | None
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.pack or '-'}/{self.exercise}" if self.exercise else (self.pack or "-")
        return f"{self.path}:{self.line}:{self.col}: {where}: {self.message}"


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


def _pack_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file())


def load_packs(
    extra_paths: Sequence[Path] = (),
    *,
    builtin: bool = True,
    user: bool = True,
    use_cache: bool = True,
) -> PackSet:
    """Simple first version: no line numbers yet. The validator issue replaces the internals."""
    import yaml

    sources: list[tuple[Path, Origin]] = []
    if builtin:
        sources.append((paths.builtin_packs_dir(), "builtin"))
    if user:
        sources.append((paths.user_packs_dir(), "user"))
    sources.extend((Path(p), "extra") for p in extra_paths)
    result = PackSet()
    by_id: dict[str, int] = {}
    for root, origin in sources:
        for file in _pack_files(root):
            try:
                data = yaml.load(file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
                pack = Pack.model_validate(data)
            except Exception as exc:  # replaced by precise problems in the validator
                result.problems.append(Problem(str(file), 1, 1, None, None, str(exc)))
                continue
            loaded = LoadedPack(pack, file, origin)
            if pack.pack.id in by_id:
                result.packs[by_id[pack.pack.id]] = loaded
            else:
                by_id[pack.pack.id] = len(result.packs)
                result.packs.append(loaded)
    return result
