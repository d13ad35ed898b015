"""`trainer score`: the rewrite coach from the command line.

Exit codes: 0 scored, 2 usage or input errors (an unknown kind, unreadable stdin).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from trainer.commands.common import EXIT_OK, UsageError
from trainer.scoring.kinds import KINDS


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this area's subcommands to `sub`."""
    score = sub.add_parser(
        "score",
        help="score a rewrite with the coach and explain why",
        description="Score a rewrite offline with the rewrite coach: prints the score, the verdict "
        "and quoted feedback (what it found, what is missing, what works against it). "
        "Exit status: 0 scored, 2 usage errors.",
    )
    score.add_argument("--kind", required=True, choices=KINDS, metavar="KIND",
                       help="the kind of rewrite: " + ", ".join(KINDS))
    score.add_argument("--original", default="", metavar="S", help="the line being rewritten")
    score.add_argument("--said", default="",  metavar="S",
                       help="what the other person said (validation, reflective_listening)")
    score.add_argument("--json", action="store_true", help="print JSON for scripts")
    score.add_argument("text", metavar="TEXT", help="the rewrite, or '-' to read it from stdin")
    score.set_defaults(handler=run_score)


def run_score(args: argparse.Namespace) -> int:
    from trainer.scoring import score_rewrite

    text = str(args.text)
    if text == "-":
        try:
            text = sys.stdin.read()
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"could not read the rewrite from stdin: {error}") from error
    result = score_rewrite(text, kind=args.kind, original=args.original, said=args.said)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{result.verdict.capitalize()} — {result.score:.0%} ({args.kind})")
    sections = (
        ("Found", [str(item) for item in result.found]),
        ("Missing", [str(item) for item in result.missing]),
        ("Works against it", [str(item) for item in result.flags]),
    )
    for title, lines in sections:
        if lines:
            print(f"\n{title}:")
            for line in lines:
                print(f"  - {line}")
    for note in result.notes:
        print(f"\nNote: {note}")
    return EXIT_OK
