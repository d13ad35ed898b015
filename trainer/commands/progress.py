"""`trainer` subcommands for the progress area: stats, export, import, forget, doctor."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.commands.common import EXIT_OK, EXIT_PROBLEMS, UsageError, pack_paths, plural, warn

if TYPE_CHECKING:
    from trainer.packs.loader import PackSet
    from trainer.progress.store import ProgressStore


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this area's subcommands to `sub`."""
    stats = sub.add_parser(
        "stats",
        help="show mastery, streak and what is due for review",
        description="Show a profile's streak, what is due for review, mastery by component and "
        "by building step, and the weakest exercises. Exit status: 0 shown, 1 the progress "
        "files could not be read, 2 usage errors (such as an unknown profile).",
    )
    stats.add_argument("--profile", default="me", help="whose progress (default: me)")
    stats.add_argument("--json", action="store_true", help="print JSON for scripts")
    stats.set_defaults(handler=_guarded(run_stats))

    export = sub.add_parser(
        "export",
        help="export attempts (and, if asked, the journal) as JSON or CSV",
        description="Write every recorded attempt as JSON or CSV, to a file or the terminal. "
        "Private reflections are left out unless --include-journal is given. The file can be "
        "merged back with `trainer import`. Exit status: 0 written, 1 the progress files could "
        "not be read, 2 usage errors.",
    )
    export.add_argument("--profile", default=None, help="only this profile (default: all)")
    export.add_argument("--format", choices=("json", "csv"), default="json",
                        help="json (default) or csv")
    export.add_argument("--include-journal", action="store_true",
                        help="also export private reflections (left out unless asked)")
    export.add_argument("--out", type=Path, default=None, metavar="FILE",
                        help="write to FILE (its folder must exist) instead of the terminal")
    export.set_defaults(handler=_guarded(run_export))

    imp = sub.add_parser(
        "import",
        help="merge an export; attempts already here are skipped",
        description="Merge a file written by `trainer export` (JSON or CSV) into your progress. "
        "Attempts and reflections already here are skipped, so importing twice is harmless. "
        "Exit status: 0 merged, 1 the progress files could not be written, 2 an unreadable or "
        "unrecognised file.",
    )
    imp.add_argument("file", type=Path, metavar="FILE", help="a file from `trainer export`")
    imp.set_defaults(handler=_guarded(run_import))

    forget = sub.add_parser(
        "forget",
        help="delete a profile's progress and journal for good",
        description="Delete every attempt and journal entry of one profile. Asks first unless "
        "--yes is given. Exit status: 0 deleted (or nothing deleted on 'no'), 1 the progress "
        "files could not be changed, 2 usage errors.",
    )
    forget.add_argument("--profile", default="me", help="whose progress (default: me)")
    forget.add_argument("--yes", action="store_true", help="do not ask before deleting")
    forget.set_defaults(handler=_guarded(run_forget))

    doctor = sub.add_parser(
        "doctor",
        help="check the progress files and say what a repair would do",
        description="Check the progress files (damaged files, loose permissions, leftovers of "
        "interrupted writes, counts to redo, attempts on exercises no loaded pack has) and say "
        "what a repair would do; --repair does it. Damaged files are moved aside, never "
        "deleted. Exit status: 0 healthy or repaired, 1 problems found, 2 usage errors.",
    )
    doctor.add_argument("--repair", action="store_true", help="do the repairs")
    doctor.set_defaults(handler=_guarded(run_doctor))


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn the failures a user can meet into a message and exit 1, never a traceback."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from filelock import Timeout

        from trainer.progress.store import ReadOnlyStoreError

        try:
            return handler(args)
        except Timeout:
            warn("the progress files stayed locked by another trainer for 30 s; try again")
        except ReadOnlyStoreError as exc:
            warn(str(exc))
        except OSError as exc:
            warn(f"{getattr(exc, 'filename', None) or 'progress'}: {exc.strerror or exc}")
        return EXIT_PROBLEMS

    return run


def _packs(args: argparse.Namespace) -> PackSet | None:
    paths = pack_paths(args)
    try:
        from trainer.packs.loader import load_packs

        return load_packs(paths)
    except Exception as exc:  # a broken pack never stops progress commands
        warn(f"packs could not be loaded ({exc}); showing progress without them")
        return None


def _open_store(profile: str | None, packs: PackSet | None = None) -> ProgressStore:
    """The store, with its warnings said; a UsageError if ``profile`` names nobody recorded here."""
    from trainer.progress.store import ProgressStore

    store = ProgressStore(packs=packs)
    for warning in store.warnings:
        warn(warning)
    known: list[str] = store.profiles()
    if profile is not None and known and profile not in known:
        raise UsageError(
            f"no progress recorded for profile {profile!r}; profiles here: {', '.join(known)}"
        )
    return store


def run_stats(args: argparse.Namespace) -> int:
    store = _open_store(args.profile, _packs(args))
    mastery = store.mastery(args.profile)
    streak = store.streak(args.profile)
    due = store.due(args.profile, new_per_day=0)
    known = store.catalog.exercises if store.catalog is not None else None
    practisable = [kv for kv in mastery["exercises"].items() if known is None or kv[0] in known]
    weakest = sorted(practisable, key=lambda kv: (kv[1]["mastery"], kv[0]))[:5]
    if args.json:
        print(json.dumps({
            "profile": args.profile,
            "streak": streak,
            "due": len(due),
            "components": mastery["components"],
            "steps": mastery["steps"],
            "packs": mastery["packs"],
            "weakest": [{"exercise": k, **v} for k, v in weakest],
        }, indent=1))
        return EXIT_OK
    print(f"Progress for {args.profile}")
    print(f"  streak: {plural(streak['current'], 'day')} (longest {streak['longest']}); "
          f"practised {streak['days_7']} of the last 7 days, {streak['days_30']} of 30")
    print(f"  due for review now: {len(due)}")
    for title, groups in (("component", mastery["components"]), ("step", mastery["steps"])):
        if groups:
            print(f"  mastery by {title}:")
            for name, group in sorted(groups.items()):
                print(f"    {name:<24} {group['mastery'] * 100:5.1f}%  "
                      f"({group['practised']}/{group['total']} practised)")
    if weakest:
        print("  weakest exercises:")
        for key, item in weakest:
            tries = plural(item["attempts"], "attempt")
            print(f"    {key:<40} {item['mastery'] * 100:5.1f}%  ({tries})")
    if not mastery["exercises"]:
        print("  nothing practised yet")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from trainer.progress import transfer
    from trainer.progress.atomic import atomic_write

    if args.out is not None:
        _check_writable_folder(args.out)
    store = _open_store(args.profile)
    data = store.export(args.profile, include_journal=args.include_journal)
    text = transfer.to_csv(data) if args.format == "csv" else transfer.to_json(data)
    if args.out is None:
        sys.stdout.write(text)
    else:
        try:
            atomic_write(args.out, text.encode("utf-8"))
        except OSError as exc:
            raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
        journal = f" and {len(data['journal'])} reflections" if "journal" in data else ""
        print(f"exported {len(data['attempts'])} attempts{journal} to {args.out}")
    return EXIT_OK


def _check_writable_folder(out: Path) -> None:
    """Refuse an --out whose folder is missing: an export never invents folders from a typo."""
    folder = out.parent
    if not folder.exists():
        raise UsageError(f"cannot write {out}: there is no folder {folder}")
    if not folder.is_dir():
        raise UsageError(f"cannot write {out}: {folder} is a file, not a folder")


def run_import(args: argparse.Namespace) -> int:
    from trainer.progress import transfer

    try:
        text = args.file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"cannot read {args.file}: not UTF-8 text (an export is)") from exc
    except OSError as exc:
        raise UsageError(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    try:
        attempts, journal = transfer.parse_export(text)
    except transfer.ImportFileError as exc:
        raise UsageError(f"{args.file}: {exc}") from exc
    store = _open_store(None)
    result = store.import_data(attempts, journal)
    print(f"imported {result['attempts_added']} attempts "
          f"({result['attempts_skipped']} already here), "
          f"{result['reflections_added']} reflections "
          f"({result['reflections_skipped']} already here)")
    return EXIT_OK


def run_forget(args: argparse.Namespace) -> int:
    store = _open_store(args.profile)
    attempts = len(store.attempts(args.profile))
    reflections = len(store.journal(args.profile))
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError("forget deletes progress for good; run it in a terminal or pass --yes")
        answer = input(
            f"Delete {attempts} attempts and {reflections} journal entries of profile "
            f"{args.profile!r}? This cannot be undone. [y/N] "
        )
        if answer.strip().lower() not in {"y", "yes"}:
            print("nothing deleted")
            return EXIT_OK
    removed, removed_journal = store.forget(args.profile)
    print(f"forgot {removed} attempts and {removed_journal} journal entries of {args.profile!r}")
    return EXIT_OK


def run_doctor(args: argparse.Namespace) -> int:
    from trainer import paths
    from trainer.progress import doctor
    from trainer.progress.catalog import Catalog

    packs = _packs(args)
    catalog = Catalog.from_packs(packs) if packs is not None else None
    report = doctor.examine(paths.data_dir(), catalog)
    marks = {"ok": "ok  ", "note": "note", "problem": "FIX "}
    for finding in report.findings:
        line = f"{marks[finding.level]} {finding.message}"
        if finding.repair and not args.repair:
            line += f"\n       would: {finding.repair}"
        print(line)
    for key, count in report.orphans.items():
        print(f"       orphaned: {key} ({plural(count, 'attempt')})")
    if args.repair:
        for done in doctor.repair(paths.data_dir()):
            print(f"done {done}")
        return EXIT_OK
    if report.problems:
        problems = plural(len(report.problems), "problem")
        print(f"{problems}; run `trainer doctor --repair` to fix them")
        return EXIT_PROBLEMS
    return EXIT_OK
