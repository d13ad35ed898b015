"""The coach agrees with the built-in packs: every model answer of every rewrite exercise scores
`strong`, and every original line scores `needs work` — judged on its own words, without the
near-copy check doing the work."""

from __future__ import annotations

import pytest

from trainer.packs.loader import load_packs
from trainer.packs.models import RewriteExercise
from trainer.scoring import score_rewrite


@pytest.fixture(scope="module")
def rewrites() -> list[tuple[str, RewriteExercise]]:
    packs = load_packs(user=False, use_cache=False)
    found = [(str(key), e) for key, _, e in packs.exercises() if isinstance(e, RewriteExercise)]
    assert len(found) >= 21, "three rewrite exercises for each of the seven kinds"
    return found


def test_every_model_answer_scores_strong(rewrites: list[tuple[str, RewriteExercise]]) -> None:
    weak = []
    for key, exercise in rewrites:
        for answer in exercise.model_answers:
            result = score_rewrite(answer, kind=exercise.kind, original=exercise.original,
                                   said=exercise.said, extra=exercise)
            if result.verdict != "strong":
                flags = [str(f) for f in result.flags]
                weak.append(f"{key}: {result.score:.2f} {answer!r} {flags}")
    assert weak == []


def test_every_original_needs_work(rewrites: list[tuple[str, RewriteExercise]]) -> None:
    passed = []
    for key, exercise in rewrites:
        result = score_rewrite(exercise.original, kind=exercise.kind, said=exercise.said,
                               extra=exercise)
        if result.verdict != "needs work":
            passed.append(f"{key}: {result.score:.2f} {exercise.original!r}")
    assert passed == []
