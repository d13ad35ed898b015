"""What the store needs to know about exercises: pack, component, steps and type per key.

Built once from a ``PackSet`` (``load_packs()``); the store never reads pack files itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.progress.scheduling import UNSCHEDULED_TYPES

if TYPE_CHECKING:
    from trainer.packs.loader import PackSet


@dataclass(frozen=True)
class ExerciseInfo:
    pack: str
    component: str
    steps: tuple[str, ...]
    type: str

    @property
    def scheduled(self) -> bool:
        return self.type not in UNSCHEDULED_TYPES


@dataclass(frozen=True)
class Catalog:
    exercises: dict[str, ExerciseInfo]
    """By ``pack/exercise`` key, in load order."""

    @classmethod
    def from_packs(cls, packs: PackSet) -> Catalog:
        found: dict[str, ExerciseInfo] = {}
        for key, loaded, exercise in packs.exercises():
            found[key] = ExerciseInfo(
                pack=loaded.id,
                component=str(loaded.pack.pack.component),
                steps=tuple(loaded.pack.steps_of(exercise)),
                type=str(exercise.type),
            )
        return cls(found)

    def scheduled_keys(self) -> list[str]:
        return [key for key, info in self.exercises.items() if info.scheduled]
