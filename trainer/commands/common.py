"""What the `trainer` subcommands share: exit codes, error lines, the checked --packs paths.

A handler raises :class:`UsageError` for input it cannot act on; ``trainer.cli.main`` prints it as
one ``trainer: ...`` line and exits 2, so handlers do not each repeat the print-and-return.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input on the command line (a path that does not exist, an unusable name): exit 2."""


def warn(message: str) -> None:
    print(f"trainer: {message}", file=sys.stderr)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def existing_paths(paths: Iterable[str]) -> list[Path]:
    """``paths`` as ``Path`` objects; a :class:`UsageError` naming every one that is missing."""
    given = list(paths)
    missing = [path for path in given if not Path(path).exists()]
    if missing:
        raise UsageError("no such file or folder: " + ", ".join(missing))
    return [Path(path) for path in given]


def pack_paths(args: argparse.Namespace) -> list[Path]:
    """The global ``--packs PATH`` options, each checked to exist."""
    return existing_paths(getattr(args, "packs", None) or [])
