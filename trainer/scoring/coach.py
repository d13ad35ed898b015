"""The rewrite coach: score a free-text rewrite offline and explain the score.

``score_rewrite`` is pure and deterministic: the same answer always gets the same score and the
same feedback. Word lists and coaching lines live in ``lexicons/*.yaml``; the rubrics in
``rubrics/`` decide what counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from trainer.scoring import checks
from trainer.scoring.assessment import Assessment
from trainer.scoring.doc import Doc
from trainer.scoring.kinds import KINDS
from trainer.scoring.lexicon import rubrics
from trainer.scoring.result import Flag, Found, Missing, RewriteScore
from trainer.scoring.rubrics import RUBRICS
from trainer.scoring.text import MAX_CHARS, phrase_key

assert set(RUBRICS) == set(KINDS), "every kind needs a rubric"
MISSING_RULE_PENALTY = 0.1
"""What one unmet ``require_any`` rule from a pack takes off."""


def kind_goal(kind: str) -> str:
    """One line on what a good rewrite of this kind does (shown above the text box)."""
    _check_kind(kind)
    return str(rubrics()["kinds"][kind]["goal"])


def _check_kind(kind: str) -> None:
    if kind not in RUBRICS:
        valid = ", ".join(KINDS)
        raise ValueError(f"unknown rewrite kind {kind!r}; valid kinds are: {valid}")


def score_rewrite(
    answer: str,
    *,
    kind: str,
    original: str = "",
    said: str = "",
    extra: Any = None,
) -> RewriteScore:
    """Score ``answer`` as a rewrite of ``original`` (a reply to ``said``) of the given ``kind``.

    ``extra`` may carry a pack's own rules: a mapping (or an object such as ``RewriteExercise``)
    with ``require_any`` and ``avoid`` lists of ``PhraseRule`` objects or plain dicts with
    ``phrases`` and ``feedback``.
    """
    _check_kind(kind)
    text = answer or ""
    notes: list[str] = []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        notes.append(
            f"Scored on the first {MAX_CHARS:,} characters of {len(answer):,} — "
            "a few sentences is usually enough."
        )
    doc = Doc(text)
    assessment = Assessment(doc, kind, original or "", said or "", notes=notes)
    for typed, read_as in doc.corrections[:3]:
        notes.append(f"Read '{typed}' as '{read_as}'.")
    if checks.is_non_answer(doc):
        assessment.flag("non_answer", "")
        for spec in assessment.criteria.values():
            if not spec.get("optional"):
                assessment.missing.append(Missing(str(spec["label"]), str(spec["tip"])))
        return assessment.result(score_cap=0.0)
    RUBRICS[kind](assessment)
    checks.flag_near_copy(assessment)
    _apply_pack_rules(assessment, extra)
    return assessment.result()


def _rules(extra: Any, name: str) -> list[tuple[list[str], str]]:
    if extra is None:
        return []
    raw = extra.get(name) if isinstance(extra, Mapping) else getattr(extra, name, None)
    rules: list[tuple[list[str], str]] = []
    for rule in raw or ():
        if isinstance(rule, Mapping):
            phrases, feedback = rule.get("phrases", []), rule.get("feedback", "")
        else:
            phrases, feedback = getattr(rule, "phrases", []), getattr(rule, "feedback", "")
        if isinstance(phrases, str):
            phrases = [phrases]
        rules.append(([str(p) for p in _iterable(phrases)], str(feedback)))
    return rules


def _iterable(value: Any) -> Iterable[Any]:
    return value if isinstance(value, Iterable) else ()


def _find_phrase(doc: Doc, phrase: str) -> str | None:
    """The answer's own words for a pack phrase (plain text, normalised like the lexicons)."""
    wanted = phrase_key(phrase)
    size = len(wanted)
    if not size:
        return None
    for i in range(len(doc.norms) - size + 1):
        if tuple(doc.norms[i : i + size]) == wanted:
            return doc.quote(i, i + size)
    return None


def _apply_pack_rules(a: Assessment, extra: Any) -> None:
    for phrases, feedback in _rules(extra, "require_any"):
        hit = next((q for q in (_find_phrase(a.doc, p) for p in phrases) if q), None)
        if hit is None:
            a.missing.append(Missing("This exercise's focus", feedback))
            a.earned -= MISSING_RULE_PENALTY
        else:
            a.found.append(Found("This exercise's focus", hit))
    for phrases, feedback in _rules(extra, "avoid"):
        for phrase in phrases:
            hit = _find_phrase(a.doc, phrase)
            if hit is not None:
                a.flag("avoid_rule", hit, suggest=f"— {feedback}")
                break


__all__ = ["KINDS", "Flag", "RewriteScore", "kind_goal", "score_rewrite"]
