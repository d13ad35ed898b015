"""Plain `trainer`: open the app (until the TUI lands, list the packs)."""

from __future__ import annotations

import argparse
from pathlib import Path


def run_app(args: argparse.Namespace) -> int:
    from trainer.packs.loader import load_packs

    packset = load_packs([Path(p) for p in args.packs])
    for loaded in packset.packs:
        print(f"{loaded.id:24} {len(loaded.pack.exercises):3} exercises  {loaded.pack.pack.title}")
    for problem in packset.problems:
        print(problem)
    return 0
