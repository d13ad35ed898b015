"""`trainer` subcommands for the packs area: validate, packs, schema, new-pack, paths.

Exit codes: 0 all good, 1 problems found in packs, 2 usage or input errors (a path that does not
exist, a pack that would be overwritten).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from typing import Any

from trainer.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    existing_paths,
    pack_paths,
    plural,
    warn,
)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this area's subcommands to `sub`."""
    validate = sub.add_parser(
        "validate",
        help="check pack files and report every problem with file:line:col",
        description="Check pack files and report every problem, each as "
        "path:line:col: pack/exercise: message. With no PATH, checks every source: the built-in "
        "packs, your packs folder and any --packs paths. Exit status: 0 clean, 1 problems, "
        "2 usage errors.",
    )
    validate.add_argument("paths", nargs="*", metavar="PATH", help="a pack file or a folder")
    validate.add_argument("--no-cache", action="store_true",
                          help="check every file afresh, ignoring the cache of validated packs")
    validate.add_argument("--json", action="store_true",
                          help="print the problems and counts as JSON (for editors and CI)")
    validate.set_defaults(handler=run_validate)

    listing = sub.add_parser(
        "packs",
        help="list the loaded packs",
        description="List every loaded pack: id, title, component, exercises per type and "
        "the file it came from. Packs with problems are left out and counted; `trainer validate` "
        "shows the problems. Exit status: 0 listed, 2 usage errors.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=run_packs)

    schema = sub.add_parser(
        "schema",
        help="print the JSON Schema of the pack format",
        description="Print the JSON Schema of pack format v1. Editors use it to complete and "
        "check fields when a pack starts with: # yaml-language-server: $schema=pack.schema.json",
    )
    schema.set_defaults(handler=run_schema)

    new_pack = sub.add_parser(
        "new-pack",
        help="write a commented starter pack into your packs folder",
        description="Write a commented starter pack showing every exercise type into your packs "
        "folder (see `trainer paths`), with the schema beside it. Never overwrites a file. "
        "Exit status: 0 written, 2 the name cannot be used or the file cannot be written.",
    )
    new_pack.add_argument("name", metavar="NAME", help="the pack's name, e.g. 'family evenings'")
    new_pack.set_defaults(handler=run_new_pack)

    where = sub.add_parser(
        "paths",
        help="show where data, packs, config and cache live",
        description="Show the folders the trainer uses. TRAINER_DATA_DIR moves the data folder "
        "(and config and cache inside it); TRAINER_CONFIG_DIR and TRAINER_CACHE_DIR move one each.",
    )
    where.add_argument("--json", action="store_true", help="print JSON for scripts")
    where.set_defaults(handler=run_paths)


def run_validate(args: argparse.Namespace) -> int:
    from trainer.packs.loader import load_packs, pack_files

    # Checked together so one message names every missing path, named or --packs.
    everything = existing_paths([*args.paths, *(getattr(args, "packs", None) or [])])
    named = everything[: len(args.paths)]
    empty = [str(path) for path in named if not pack_files(path)]
    if empty:
        raise UsageError("no pack files (*.yaml, *.yml) in: " + ", ".join(empty))
    every_source = not named
    packset = load_packs(
        everything,
        builtin=every_source,
        user=every_source,
        use_cache=not args.no_cache,
    )
    exercises = sum(len(loaded.pack.exercises) for loaded in packset.packs)
    errors, warnings = len(packset.errors), len(packset.warnings)
    if args.json:
        print(json.dumps({
            "packs": len(packset.packs),
            "exercises": exercises,
            "files": packset.files,
            "problems": [dataclasses.asdict(p) for p in packset.problems],
        }, indent=2, ensure_ascii=False))
        return EXIT_PROBLEMS if errors else EXIT_OK
    for problem in packset.problems:
        print(problem)
    summary = (f"{plural(len(packset.packs), 'pack')}, {plural(exercises, 'exercise')}, "
               f"{plural(errors, 'problem')}")
    if warnings:
        summary += f", {plural(warnings, 'warning')}"
    broken = packset.files - len(packset.packs)
    if errors and broken > 0:
        summary += f" ({plural(broken, 'file')} not loaded)"
    print(summary)
    return EXIT_PROBLEMS if errors else EXIT_OK


def run_packs(args: argparse.Namespace) -> int:
    from trainer.packs.loader import load_packs
    from trainer.packs.vocab import EXERCISE_TYPES

    packset = load_packs(pack_paths(args))
    rows: list[dict[str, Any]] = []
    for loaded in packset.packs:
        header = loaded.pack.pack
        types: Counter[str] = Counter(exercise.type for exercise in loaded.pack.exercises)
        rows.append({
            "id": header.id,
            "title": header.title,
            "component": header.component,
            "steps": list(header.steps),
            "exercises": len(loaded.pack.exercises),
            "types": {kind: types[kind] for kind in EXERCISE_TYPES if types[kind]},
            "origin": loaded.origin,
            "path": str(loaded.path.resolve()),
        })
    if args.json:
        print(json.dumps({"packs": rows, "problems": [str(p) for p in packset.problems]},
                         indent=2, ensure_ascii=False))
        return EXIT_OK
    for row in rows:
        per_type = " ".join(f"{kind}:{n}" for kind, n in row["types"].items())
        print(f"{row['id']:<24} {row['component']:<14} {row['exercises']:>4}  {row['title']}")
        print(f"{'':<24} {per_type}")
        print(f"{'':<24} {row['path']}")
    if not rows:
        print("no packs found — `trainer new-pack NAME` starts one")
    if packset.problems:
        warn(f"{plural(len(packset.problems), 'problem')} in pack files — run `trainer validate` "
             "to see them")
    return EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    from trainer.packs.authoring import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK


def run_new_pack(args: argparse.Namespace) -> int:
    from trainer import paths
    from trainer.packs.authoring import SCHEMA_FILE_NAME, schema_text, slugify, starter_pack
    from trainer.progress.atomic import atomic_write

    pack_id = slugify(args.name)
    if not pack_id:
        raise UsageError(f"cannot make a pack id from {args.name!r}: use letters or digits")
    folder = paths.user_packs_dir()
    target = folder / f"{pack_id}.yaml"
    if target.exists():
        raise UsageError(f"{target} already exists; choose another name or edit that file")
    title = args.name.strip() or pack_id
    try:
        paths.ensure_private_dir(folder)
        atomic_write(target, starter_pack(pack_id, title, target).encode("utf-8"))
        # Beside the pack, so the `$schema=pack.schema.json` line works in editors.
        atomic_write(folder / SCHEMA_FILE_NAME, schema_text().encode("utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from exc
    print(f"wrote {target}")
    print(f"check it with: trainer validate {target}")
    return EXIT_OK


def run_paths(args: argparse.Namespace) -> int:
    from trainer import paths

    where = {
        "data": paths.data_dir(),
        "packs": paths.user_packs_dir(),
        "builtin-packs": paths.builtin_packs_dir(),
        "config": paths.config_dir(),
        "cache": paths.cache_dir(),
    }
    if args.json:
        print(json.dumps({name: str(path) for name, path in where.items()}, indent=2))
    else:
        for name, path in where.items():
            print(f"{name + ':':<15} {path}")
    return EXIT_OK
