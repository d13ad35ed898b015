"""The rewrite coach's API: kinds, non-answers, truncation, pack rules, results as data."""

from __future__ import annotations

import json

import pytest

from trainer.packs.models import PhraseRule
from trainer.scoring import KIND_GOALS, KINDS, RewriteScore, kind_goal, score_rewrite
from trainer.scoring.text import MAX_CHARS

GOOD_I = (
    "I felt anxious on Saturday when the car wasn't there. "
    "I need to count on it in the mornings. Could you text me before you borrow it?"
)


def rules(result: RewriteScore) -> set[str]:
    return {flag.rule for flag in result.flags}


def test_unknown_kind_is_a_clear_value_error_naming_the_valid_kinds() -> None:
    with pytest.raises(ValueError) as caught:
        score_rewrite("I feel sad.", kind="apology")
    message = str(caught.value)
    assert "'apology'" in message
    for kind in KINDS:
        assert kind in message


def test_seven_kinds_each_with_a_one_line_goal() -> None:
    assert set(KINDS) == {
        "i_statement", "soft_startup", "validation", "reflective_listening",
        "request", "appreciation", "repair",
    }
    assert set(KIND_GOALS) == set(KINDS)
    for kind in KINDS:
        goal = kind_goal(kind)
        assert goal == KIND_GOALS[kind]
        assert goal.endswith(".") and "\n" not in goal and 20 < len(goal) < 120
    with pytest.raises(ValueError):
        kind_goal("nope")


@pytest.mark.parametrize("answer", ["", "   ", "idk", "...", "asdf", "whatever", "?!", "ok"])
@pytest.mark.parametrize("kind", ["i_statement", "validation", "repair", "appreciation"])
def test_non_answers_score_zero_with_a_kind_word(kind: str, answer: str) -> None:
    result = score_rewrite(answer, kind=kind)
    assert result.score == 0.0
    assert result.verdict == "needs work"
    assert "non_answer" in rules(result)
    assert result.missing, "the missing list still says what to add"
    assert "placeholder" in result.flags[0].why


def test_strong_answer_scores_high_and_quotes_what_it_found() -> None:
    result = score_rewrite(GOOD_I, kind="i_statement", original="You took my car, you're selfish.")
    assert result.verdict == "strong" and result.score >= 0.9
    quotes = {found.quote for found in result.found}
    assert "anxious" in quotes
    assert any(q.startswith("Could you") for q in quotes)
    assert not result.flags


def test_scores_are_deterministic_and_bounded() -> None:
    first = score_rewrite(GOOD_I, kind="i_statement")
    assert first == score_rewrite(GOOD_I, kind="i_statement")
    for kind in KINDS:
        for text in (GOOD_I, "You ALWAYS ruin everything!!! Or I'll leave.", "x " * 3000):
            score = score_rewrite(text, kind=kind).score
            assert 0.0 <= score <= 1.0


def test_near_copy_of_the_original_is_flagged() -> None:
    original = "You have to stop ringing me every night to talk about your ex."
    result = score_rewrite("You have to stop ringing me every night.", kind="request",
                           original=original)
    assert "near_copy" in rules(result)
    assert result.verdict == "needs work"


def test_long_answers_are_scored_on_the_first_5000_characters_with_a_note() -> None:
    answer = GOOD_I + " " + "and more words here " * 400
    assert len(answer) > MAX_CHARS
    result = score_rewrite(answer, kind="i_statement")
    assert any("5,000" in note for note in result.notes)
    assert not any("5,000" in n for n in score_rewrite(GOOD_I, kind="i_statement").notes)


def test_a_100_kb_paste_is_scored() -> None:
    result = score_rewrite(GOOD_I * (100_000 // len(GOOD_I) + 1), kind="soft_startup")
    assert result.notes and 0.0 <= result.score <= 1.0


def test_pack_rules_from_phrase_rule_objects() -> None:
    extra = {
        "require_any": [PhraseRule(phrases=["the car", "my car"], feedback="Mention the car.")],
        "avoid": [PhraseRule(phrases=["borrow"], feedback="'borrow' sounds like a loan.")],
    }
    result = score_rewrite(GOOD_I, kind="i_statement", extra=extra)
    assert any(f.quote == "the car" for f in result.found)
    avoid = [flag for flag in result.flags if flag.rule == "avoid_rule"]
    assert avoid and avoid[0].quote == "borrow" and "sounds like a loan" in avoid[0].why
    plain = score_rewrite(GOOD_I, kind="i_statement")
    assert result.score < plain.score


def test_pack_rules_from_plain_dicts_and_unmet_require_any() -> None:
    extra = {"require_any": [{"phrases": ["the van"], "feedback": "Name the van."}], "avoid": []}
    result = score_rewrite(GOOD_I, kind="i_statement", extra=extra)
    assert any(m.tip == "Name the van." for m in result.missing)
    assert result.score < score_rewrite(GOOD_I, kind="i_statement").score


def test_pack_rules_match_apostrophe_less_typing() -> None:
    extra = {"avoid": [{"phrases": ["you don't"], "feedback": "Start from yourself."}]}
    result = score_rewrite("I feel like you dont listen", kind="i_statement", extra=extra)
    assert any(f.rule == "avoid_rule" and f.quote == "you dont" for f in result.flags)


def test_to_dict_is_json_ready() -> None:
    result = score_rewrite("I feel like you ALWAYS ignore me!!!", kind="i_statement")
    data = result.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["verdict"] == result.verdict and data["kind"] == "i_statement"
    assert {"quote", "why", "rule"} <= set(data["flags"][0])


def test_flags_read_as_quote_then_reason() -> None:
    result = score_rewrite("You always leave the dishes.", kind="i_statement")
    absolute = next(flag for flag in result.flags if flag.rule == "absolute")
    assert str(absolute) == (
        "'always' invites a counter-example — describe this one time instead."
    )


def test_extra_may_be_the_rewrite_exercise_itself() -> None:
    from trainer.packs.models import RewriteExercise

    exercise = RewriteExercise.model_validate(
        {
            "id": "car",
            "type": "rewrite",
            "prompt": "Rewrite as an I-statement.",
            "kind": "i_statement",
            "original": "You took my car again.",
            "model_answers": ["I felt anxious.", "I felt worried."],
            "require_any": [{"phrases": ["car"], "feedback": "Mention the car."}],
            "avoid": [{"phrases": ["again"], "feedback": "Keep to this one time."}],
        }
    )
    result = score_rewrite("I felt anxious when the car was gone again.", kind=exercise.kind,
                           original=exercise.original, extra=exercise)
    assert any(f.quote == "car" for f in result.found)
    assert any(f.rule == "avoid_rule" and f.quote == "again" for f in result.flags)


@pytest.mark.parametrize("kind", KINDS)
def test_odd_input_never_breaks_the_coach(kind: str) -> None:
    odd = [
        "😀😀😀", "£50!!!", "I I I I", "sorry but " * 40, "?" * 30, "a\n\n\nb", "ÉMOTIONS ÉLEVÉES",
        "I’m sorry—truly—I was wrong.", "x" * 6000, "you always " * 600,
    ]
    for text in odd:
        result = score_rewrite(text, kind=kind, original=text[:40], said="I got it!")
        assert 0.0 <= result.score <= 1.0
        assert len([f for f in result.flags if f.rule == "absolute"]) <= 3


def test_pathological_pastes_stay_fast() -> None:
    """A generous guard against accidental quadratic work; bench/scoring.py has the real figure."""
    import time

    score_rewrite("warm up", kind="repair")
    start = time.perf_counter()
    for text in ("you always " * 10_000, "lonley " * 15_000, "I " * 50_000):
        score_rewrite(text, kind="soft_startup", original=text[:100])
    assert time.perf_counter() - start < 1.5
