"""Scoring: the rewrite coach (free text, explained) and grading for one-right-answer exercises.

The coach's names load on first use, so importing ``trainer.scoring.kinds`` (for the CLI) or
``trainer.scoring.grading`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from trainer.scoring.kinds import KINDS

if TYPE_CHECKING:
    from trainer.scoring.coach import kind_goal, score_rewrite
    from trainer.scoring.result import Flag, Found, Missing, RewriteScore, Verdict

    KIND_GOALS: dict[str, str]

_LAZY = {
    "kind_goal": "trainer.scoring.coach",
    "score_rewrite": "trainer.scoring.coach",
    "Flag": "trainer.scoring.result",
    "Found": "trainer.scoring.result",
    "Missing": "trainer.scoring.result",
    "RewriteScore": "trainer.scoring.result",
    "Verdict": "trainer.scoring.result",
}


def __getattr__(name: str) -> Any:
    if name == "KIND_GOALS":
        from trainer.scoring.coach import kind_goal

        return {kind: kind_goal(kind) for kind in KINDS}
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'trainer.scoring' has no attribute {name!r}")


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
