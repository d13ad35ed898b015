"""The seven rewrite kinds, importable without loading the coach (for argparse choices)."""

from __future__ import annotations

KINDS: tuple[str, ...] = (
    "i_statement",
    "soft_startup",
    "validation",
    "reflective_listening",
    "request",
    "appreciation",
    "repair",
)
