"""Scoring: the rewrite coach (free text, explained) and grading for one-right-answer exercises."""

from __future__ import annotations

from trainer.scoring.coach import KINDS, kind_goal, score_rewrite
from trainer.scoring.lexicon import rubrics
from trainer.scoring.result import Flag, Found, Missing, RewriteScore, Verdict


def _goals() -> dict[str, str]:
    return {kind: str(rubrics()["kinds"][kind]["goal"]) for kind in KINDS}


KIND_GOALS: dict[str, str] = _goals()
"""One line per kind on what a good rewrite does (from ``lexicons/rubrics.yaml``)."""

__all__ = [
    "KINDS",
    "KIND_GOALS",
    "Flag",
    "Found",
    "Missing",
    "RewriteScore",
    "Verdict",
    "kind_goal",
    "score_rewrite",
]
