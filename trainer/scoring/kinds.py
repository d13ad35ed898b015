"""The rewrite kinds, importable without loading the coach (for argparse choices)."""

from __future__ import annotations

from trainer.packs.vocab import REWRITE_KINDS

KINDS: tuple[str, ...] = REWRITE_KINDS
