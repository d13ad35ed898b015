"""`trainer workshop`: run drills for a room, follow them from a second terminal, get the results.

trainer workshop                      set up a new workshop (opens the app)
trainer workshop --resume [ID]        carry on where a workshop stopped (default: the latest)
trainer workshop notes [ID]           the facilitator's companion, for a second terminal
trainer workshop report [ID] --format md|csv [--out FILE]
trainer workshop list                 past and running workshops
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trainer.packs.loader import PackSet

EXIT_OK = 0
EXIT_USAGE = 2


def register(sub: "argparse._SubParsersAction[Any]") -> None:
    """Add this area's subcommands to `sub`."""
    parser = sub.add_parser(
        "workshop",
        help="run drills for a room: projector view, timer, reveal, leaderboard, report",
        description="Run drills for a room from a laptop on a projector. Without a subcommand, "
        "opens the set-up screen (or, with --resume, the workshop where it stopped).",
    )
    parser.add_argument(
        "--resume",
        nargs="?",
        const="",
        default=None,
        metavar="ID",
        help="carry on an unfinished workshop (default: the latest one)",
    )
    parser.set_defaults(handler=_run)
    actions = parser.add_subparsers(dest="workshop_command", metavar="ACTION")
    notes = actions.add_parser(
        "notes",
        help="the facilitator's companion for a second terminal",
        description="Follow the running workshop and show what the projector must not: notes, "
        "answers, model answers, discussion questions, the tally and the clock.",
    )
    notes.add_argument("id", nargs="?", help="workshop id (default: the one saved last)")
    notes.set_defaults(handler=_notes)
    report = actions.add_parser(
        "report",
        help="write a workshop's results as a Markdown handout or CSV",
        description="Per-participant correct counts and average rewrite score, per-exercise "
        "distributions and the discussion questions used.",
    )
    report.add_argument("id", nargs="?", help="workshop id (default: the latest)")
    report.add_argument("--format", choices=("md", "csv"), default="md", help="default: md")
    report.add_argument("--out", metavar="FILE", help="write to FILE instead of the terminal")
    report.set_defaults(handler=_report)
    listing = actions.add_parser("list", help="past and running workshops")
    listing.set_defaults(handler=_list)


def _fail(message: str) -> int:
    print(f"trainer workshop: {message}", file=sys.stderr)
    return EXIT_USAGE


def _packs(args: argparse.Namespace) -> PackSet:
    from trainer.packs.loader import load_packs

    packset = load_packs([Path(p) for p in getattr(args, "packs", []) or []])
    for problem in packset.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return packset


def _data_dir() -> Path:
    from trainer import paths

    return paths.data_dir()


def _run(args: argparse.Namespace) -> int:
    from trainer.workshop.store import WorkshopError, WorkshopStore

    state = None
    if args.resume is not None:
        store = WorkshopStore(_data_dir())
        try:
            workshop_id = store.resolve(args.resume or None, unfinished=True)
            state = store.load(workshop_id)
        except WorkshopError as exc:
            return _fail(str(exc))
        if state.done:
            return _fail(f"{state.id} has finished; see `trainer workshop report {state.id}`")
        if state.pid is not None and _running_elsewhere(state.pid):
            return _fail(
                f"{state.id} is open in another terminal (process {state.pid}); "
                "close it there first, or follow it with `trainer workshop notes`"
            )
        state.resumed(time.time())
        store.save(state)
    packset = _packs(args)
    if not packset.packs:
        return _fail("no packs could be loaded; check `trainer packs` for problems")
    from trainer.ui.screens.workshop_entry import workshop_trainer_app

    workshop_trainer_app(packset, _data_dir(), state).run()
    return EXIT_OK


def _running_elsewhere(pid: int) -> bool:
    """Whether another trainer process still shows this workshop (two projectors would fight)."""
    import os

    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc here: a live process with that id is enough to be careful
    return b"trainer" in cmdline


def _notes(args: argparse.Namespace) -> int:
    from trainer.workshop.store import WorkshopError, WorkshopStore

    if args.id:
        try:
            WorkshopStore(_data_dir()).load(args.id)
        except WorkshopError as exc:
            return _fail(str(exc))
    from trainer.ui.screens.workshop_notes import WorkshopNotesApp
    from trainer.workshop.session import WorkshopServices

    WorkshopNotesApp(WorkshopServices(_packs(args), _data_dir()), args.id).run()
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from trainer.progress.atomic import atomic_write
    from trainer.workshop.report import render
    from trainer.workshop.session import lookup_for
    from trainer.workshop.store import WorkshopError, WorkshopStore

    store = WorkshopStore(_data_dir())
    try:
        state = store.load(store.resolve(args.id))
    except WorkshopError as exc:
        return _fail(str(exc))
    packset = _packs(args)
    text = render(state, lookup_for(packset, [run.key for run in state.exercises]), args.format)
    if not args.out:
        sys.stdout.write(text)
        return EXIT_OK
    out = Path(args.out).expanduser()
    if out.is_dir():
        return _fail(f"{out} is a folder; give a file name, e.g. {out / (state.id + '.md')}")
    try:
        atomic_write(out, text.encode("utf-8"))
    except OSError as exc:
        return _fail(f"cannot write {out}: {exc.strerror or exc}")
    print(f"wrote {out}", file=sys.stderr)
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from trainer.workshop.store import WorkshopStore

    listings = WorkshopStore(_data_dir()).listings()
    if not listings:
        print("No workshops yet; start one with `trainer workshop`.")
        return EXIT_OK
    for item in listings:
        when = datetime.fromtimestamp(item.created_at).strftime("%Y-%m-%d %H:%M")
        where = "finished" if item.phase == "done" else f"at {item.position}/{item.total}"
        print(
            f"{item.id:40} {when}  {item.people:3} people  {where:9}  "
            f"scoring {item.scoring:9}  {item.title}"
        )
    return EXIT_OK
