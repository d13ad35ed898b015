"""The eight built-in packs validate and meet the content counts of issue 2."""

from __future__ import annotations

from collections import Counter

import pytest

from trainer import paths
from trainer.packs.loader import PackSet, load_packs
from trainer.packs.models import RewriteExercise
from trainer.packs.vocab import REWRITE_KINDS, STEPS

COMPONENTS = ["vulnerability", "empathy", "respect", "communication", "support", "shared-time",
              "conflict", "roadblocks"]
SCHEMA_LINE = "# yaml-language-server: $schema=pack.schema.json"


@pytest.fixture(scope="module")
def builtin() -> PackSet:
    return load_packs(user=False, use_cache=False)


def test_builtin_packs_validate_without_problems(builtin: PackSet) -> None:
    assert [str(p) for p in builtin.problems] == []


def test_one_pack_per_component(builtin: PackSet) -> None:
    components = Counter(p.pack.pack.component for p in builtin.packs)
    assert sorted(components) == sorted(COMPONENTS)
    assert set(components.values()) == {1}


@pytest.mark.parametrize("component", COMPONENTS)
def test_pack_size_types_and_difficulty_spread(builtin: PackSet, component: str) -> None:
    (loaded,) = [p for p in builtin.packs if p.pack.pack.component == component]
    exercises = loaded.pack.exercises
    assert len(exercises) >= 15
    assert len({e.type for e in exercises}) >= 4
    assert {e.difficulty for e in exercises} == {1, 2, 3}


def test_every_step_is_trained_by_eight_exercises(builtin: PackSet) -> None:
    trained: Counter[str] = Counter()
    for _, loaded, exercise in builtin.exercises():
        trained.update(set(loaded.pack.steps_of(exercise)))
    short = {step: trained[step] for step in STEPS if trained[step] < 8}
    assert short == {}


def test_every_rewrite_kind_has_three_exercises(builtin: PackSet) -> None:
    kinds: Counter[str] = Counter(
        e.kind for _, _, e in builtin.exercises() if isinstance(e, RewriteExercise)
    )
    short = {kind: kinds[kind] for kind in REWRITE_KINDS if kinds[kind] < 3}
    assert short == {}


def test_every_exercise_explains_itself(builtin: PackSet) -> None:
    missing = [key for key, _, e in builtin.exercises() if not e.explanation.strip()]
    assert missing == []


def test_every_builtin_file_starts_with_the_schema_line(builtin: PackSet) -> None:
    for loaded in builtin.packs:
        first = loaded.path.read_text(encoding="utf-8").splitlines()[0]
        assert first == SCHEMA_LINE, loaded.path
    assert (paths.builtin_packs_dir() / "pack.schema.json").is_file()
