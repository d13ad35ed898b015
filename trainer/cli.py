"""The `trainer` command: plain `trainer` opens the app; subcommands do the rest.

Each area registers its subcommands from a small module under ``trainer/commands/``; handlers
import what they need when they run, so `trainer --help` and the app start quickly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from trainer import __version__, paths
from trainer.commands.common import EXIT_OK, EXIT_USAGE, UsageError, warn


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands``, only the options plain `trainer` takes."""
    parser = argparse.ArgumentParser(
        prog="trainer",
        description="Practise the everyday skills of emotional intimacy: short drills, "
        "specific feedback, progress that is kept. With no command, opens the app.",
        epilog="Exit status: 0 ok, 1 problems found, 2 usage or input errors. "
        "`trainer COMMAND --help` describes each command.",
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    parser.add_argument(
        "--packs",
        action="append",
        default=[],
        metavar="PATH",
        help="also load the pack file or folder at PATH (repeatable)",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    from trainer.commands import packs, progress, score, workshop

    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for module in (packs, score, progress, workshop):
        module.register(sub)
    return parser


def opens_app(argv: Sequence[str]) -> bool:
    """Whether ``argv`` is only ``--packs PATH`` / ``--packs=PATH`` options: plain `trainer`.

    Then the subcommand modules and parsers (about 10 ms before the app's first frame) are not
    needed. Anything else, even an abbreviation, gets the full parser, so help, errors and every
    subcommand behave exactly as before.
    """
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg.startswith("--packs="):
            index += 1
        elif arg == "--packs" and index + 1 < len(argv) and not argv[index + 1].startswith("-"):
            index += 2
        else:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(commands=not opens_app(given))
    args = parser.parse_args(given)
    handler = getattr(args, "handler", None)
    try:
        # Before any command reads or writes there: a file in a folder's place fails every one.
        misplaced = paths.misplaced_folder()
        if misplaced is not None:
            raise UsageError(misplaced)
        if handler is None:
            from trainer.commands.app import run_app

            return run_app(args)
        result: int = handler(args)
        return result
    except UsageError as error:
        warn(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
