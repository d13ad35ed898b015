"""The logic under the TUI, without Textual: grading, session planning, the session, the facade."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.ui_helpers import GOOD, NOW
from trainer.packs.loader import load_packs
from trainer.practice import planning
from trainer.practice.service import Trainer
from trainer.practice.session import Session, format_elapsed
from trainer.progress.store import ProgressStore
from trainer.scoring.grading import grade_choice, grade_classify, grade_order

# -- grading -------------------------------------------------------------------------------------


def test_grade_choice_single() -> None:
    assert grade_choice([False, True, False], [1]) == 1.0
    assert grade_choice([False, True, False], [0]) == 0.0
    assert grade_choice([False, True, False], []) == 0.0


def test_grade_choice_multi_is_partial_and_punishes_guessing_everything() -> None:
    right = [True, False, True, False]
    assert grade_choice(right, [0, 2]) == 1.0
    assert grade_choice(right, [0]) == 0.5
    assert grade_choice(right, [0, 1]) == 0.0
    assert grade_choice(right, [0, 1, 2, 3]) == 0.0


def test_grade_choice_needs_a_right_option() -> None:
    with pytest.raises(ValueError):
        grade_choice([False, False], [0])


def test_grade_classify_per_item() -> None:
    items = [("a", "X", "because a"), ("b", "Y", "because b"), ("c", "X", "because c")]
    grade = grade_classify(items, ["X", "X", "X"])
    assert grade.score == pytest.approx(2 / 3)
    assert [r.right for r in grade.items] == [True, False, True]
    assert grade.items[1].category == "Y" and grade.items[1].why == "because b"
    assert grade_classify(items, ["X"]).score == pytest.approx(1 / 3)  # unanswered = wrong


@pytest.mark.parametrize(
    ("order", "score"),
    [
        ([0, 1, 2, 3, 4], 1.0),
        ([4, 3, 2, 1, 0], 0.0),
        ([1, 0, 2, 3, 4], 0.75),
        ([4, 0, 1, 2, 3], 0.75),  # one early slip does not sink the rest
        ([0, 2, 1], 0.5),
    ],
)
def test_grade_order_longest_increasing_subsequence(order: list[int], score: float) -> None:
    assert grade_order(order).score == pytest.approx(score)


def test_grade_order_marks_the_steps_in_place() -> None:
    assert grade_order([4, 0, 1, 2, 3]).in_place == frozenset({0, 1, 2, 3})
    with pytest.raises(ValueError):
        grade_order([0, 0, 1])


# -- planning ------------------------------------------------------------------------------------


def test_plan_review_keeps_store_order_and_drops_unknown() -> None:
    assert planning.plan_review(["b", "x", "a", "b"], ["a", "b", "c"]) == ["b", "a"]


def test_plan_quick_weakest_first_new_capped() -> None:
    candidates = [f"p/{i}" for i in range(20)]
    attempted = candidates[:12]
    mastery = {k: (i + 1) / 20 for i, k in enumerate(attempted)}
    plan = planning.plan_quick(candidates, mastery, attempted, rng=random.Random(1))
    assert len(plan) == 10 and len(set(plan)) == 10
    new = [k for k in plan if k not in attempted]
    assert len(new) == planning.NEW_CAP
    old = [k for k in plan if k in attempted]
    assert old == attempted[:7]  # the seven weakest, weakest first
    assert plan.index(new[0]) < len(plan) - 1  # new ones are mixed in, not all at the end


def test_plan_quick_fills_with_new_ones_without_history() -> None:
    candidates = [f"p/{i}" for i in range(5)]
    plan = planning.plan_quick(candidates, {}, [], rng=random.Random(0))
    assert sorted(plan) == candidates


def test_plan_pack_by_type() -> None:
    pairs = [("p/a", "choice"), ("p/b", "rewrite"), ("p/c", "choice")]
    assert planning.plan_pack(pairs) == ["p/a", "p/b", "p/c"]
    assert planning.plan_pack(pairs, "choice") == ["p/a", "p/c"]


# -- session -------------------------------------------------------------------------------------


def test_session_progress_and_timing() -> None:
    now = [100.0]
    session = Session(["a", "b"], "T", clock=lambda: now[0])
    assert session.current == "a" and session.position == 1
    now[0] = 130.0
    assert session.exercise_elapsed() == 30.0
    assert session.advance() == "b"
    now[0] = 135.0
    assert session.exercise_elapsed() == 5.0 and session.elapsed() == 35.0
    assert session.advance() is None and session.finished
    assert format_elapsed(65) == "1:05" and format_elapsed(3725) == "1:02:05"


def test_pair_turns_alternate_and_a_skip_keeps_the_turn() -> None:
    from trainer.practice.session import Result

    session = Session(["a", "b", "c"], "T")
    names = ("Ana", "Ben")
    assert session.turn_of(names) == "Ana"
    session.record(Result("a", None, 1.0))
    assert session.turn_of(names) == "Ben"
    session.record(Result("b", None, 1.0, skipped=True))
    assert session.turn_of(names) == "Ben"


# -- the facade ----------------------------------------------------------------------------------


def make_trainer(tmp_path: Path) -> Trainer:
    packs = load_packs([GOOD], builtin=False, user=False)
    return Trainer(packset=packs, data_dir=tmp_path, now=lambda: NOW, clock=lambda: 0.0, seed=0)


def test_trainer_records_through_the_store(tmp_path: Path) -> None:
    trainer = make_trainer(tmp_path)
    session = trainer.pack_session("talk", "choice")
    assert session.keys == ["talk/late-again", "talk/good-news"]
    trainer.record(session, "talk/late-again", 1.0, answer={"selected": [1]}, hinted=True)
    [attempt] = ProgressStore(tmp_path).attempts()
    assert attempt["hinted"] is True and attempt["session"] == session.id
    assert attempt["ts"].startswith("2026-03-10")


def test_trainer_pair_sessions_rise_in_depth(tmp_path: Path) -> None:
    trainer = make_trainer(tmp_path)
    session = trainer.pack_session("together", "pair")
    assert session.keys == ["together/light-question", "together/deep-question"]
    assert session.mode == "pair"


def test_trainer_shuffles_are_seeded_and_order_never_starts_solved(tmp_path: Path) -> None:
    trainer = make_trainer(tmp_path)
    first = trainer.order_start("talk/repair-steps", 4)
    assert first == trainer.order_start("talk/repair-steps", 4)
    assert first != [0, 1, 2, 3]
    assert trainer.option_order("talk/late-again", 3, shuffle=False) == [0, 1, 2]


def test_trainer_summary_and_suggestion(tmp_path: Path) -> None:
    trainer = make_trainer(tmp_path)
    session = trainer.pack_session("talk", "choice")
    trainer.record(session, "talk/late-again", 0.0)
    summary = trainer.summary(session)
    assert [line.key for line in summary.lines] == ["talk/late-again"]
    assert summary.unanswered == 1
    assert summary.per_component == {"communication": 0.0}
    assert summary.suggestion in {"review", "talk"}


def test_trainer_overview_due_and_first_run(tmp_path: Path) -> None:
    trainer = make_trainer(tmp_path)
    overview = trainer.overview()
    assert overview.first_run and overview.due == 0
    store = ProgressStore(tmp_path)
    store.record_attempt("talk/late-again", 0.0, at=datetime(2026, 1, 1, tzinfo=UTC))
    trainer = make_trainer(tmp_path)
    overview = trainer.overview()
    assert not overview.first_run
    assert overview.due == 1
    assert trainer.review_session().keys == ["talk/late-again"]


def test_pack_types_are_listed_in_one_order_for_every_pack(tmp_path: Path) -> None:
    from trainer.packs.vocab import EXERCISE_TYPES

    trainer = Trainer(packset=load_packs(), data_dir=tmp_path)
    for row in trainer.overview().rows:
        listed = list(row.types)
        assert listed == [kind for kind in EXERCISE_TYPES if kind in row.types], row.id
        assert sum(row.types.values()) == row.count
