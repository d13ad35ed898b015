"""The fixed words of the pack format: components, building steps, rewrite kinds, exercise types.

The one place they are spelled. It imports nothing but ``typing``, so argparse choices, the stats
and the practice facade can use them without loading pydantic; ``models`` types pack fields with
the ``Literal`` aliases, so the JSON Schema lists exactly these values.
"""

from __future__ import annotations

from typing import Literal, get_args

Component = Literal[
    "vulnerability",
    "empathy",
    "respect",
    "communication",
    "support",
    "shared-time",
    "conflict",
    "roadblocks",
    "custom",
]
COMPONENTS: tuple[str, ...] = get_args(Component)
"""In the order the home screen and the stats list them."""
CUSTOM_COMPONENT = "custom"
BUILTIN_COMPONENTS: tuple[str, ...] = tuple(c for c in COMPONENTS if c != CUSTOM_COMPONENT)
"""The components the built-in packs train; 'custom' is for anyone's own packs."""

Step = Literal[
    "self-awareness",
    "active-listening",
    "gradual-vulnerability",
    "feelings-and-needs",
    "validation",
    "quality-time",
    "appreciation",
    "constructive-conflict",
]
STEPS: tuple[str, ...] = get_args(Step)

RewriteKind = Literal[
    "i_statement",
    "soft_startup",
    "validation",
    "reflective_listening",
    "request",
    "appreciation",
    "repair",
]
REWRITE_KINDS: tuple[str, ...] = get_args(RewriteKind)
"""Each has a rubric in ``trainer/scoring/rubrics`` and a goal in ``lexicons/rubrics.yaml``."""

ExerciseType = Literal["choice", "rewrite", "classify", "order", "reflect", "pair"]
EXERCISE_TYPES: tuple[str, ...] = get_args(ExerciseType)
TYPE_LABELS: dict[str, str] = {
    "choice": "Choices",
    "rewrite": "Rewrites",
    "classify": "Sorting",
    "order": "Ordering",
    "reflect": "Reflections",
    "pair": "Pair prompts",
}
"""What a set of exercises of each type is called on screen (a pack's 'Rewrites')."""
