"""Benchmark: loading and validating packs against a raw CSafeLoader parse of the same files.

Generates 50 packs x 100 exercises (every type) in a temp folder, then times, in the same run and
as medians of several repetitions:

- raw:  ``yaml.load(..., Loader=CSafeLoader)`` of every file (the baseline; no validation at all)
- cold: ``load_packs`` with an empty cache (parse, validate, write the cache)
- warm: ``load_packs`` again with the cache from the cold run

The loader pauses the garbage collector while it builds packs (no cycles are made); for a fair view
the raw parse is also timed with the collector paused, and both ratios are shown (the targets are
judged against the plain raw parse, as specified).

Targets: cold <= 1.3 x raw, warm <= 0.15 x raw. Exit status 1 when a target is missed.
Usage: python bench/packs.py [--packs 50] [--exercises 100] [--repeat 7]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from trainer.packs.vocab import EXERCISE_TYPES, REWRITE_KINDS, STEPS

COLD_TARGET = 1.3
WARM_TARGET = 0.15
WORDS = ("I feel when you the because need would like we could talk listen share moment time "
         "together understand notice gently honest kind tired worried hopeful").split()


def _q(text: str) -> str:
    return '"' + text.replace('"', "'") + '"'


def _sentence(rng: random.Random, n: int = 10) -> str:
    return _q(" ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + ".")


def _exercise(rng: random.Random, index: int) -> str:
    kind = EXERCISE_TYPES[index % len(EXERCISE_TYPES)]
    common = (
        f"  - id: ex-{index}\n    type: {kind}\n    prompt: {_sentence(rng, 14)}\n"
        f"    difficulty: {index % 3 + 1}\n    tags: [drill, t{index % 5}]\n"
        f"    steps: [{STEPS[index % len(STEPS)]}]\n    explanation: {_sentence(rng, 20)}\n"
        f"    source: Gottman (1999)\n"
    )
    if kind == "choice":
        options = "".join(
            f"      - text: {_sentence(rng)}\n        correct: {str(o == 0).lower()}\n"
            f"        feedback: {_sentence(rng)}\n" for o in range(3)
        )
        return common + "    shuffle: true\n    options:\n" + options
    if kind == "rewrite":
        return common + (
            f"    kind: {REWRITE_KINDS[index % len(REWRITE_KINDS)]}\n"
            f"    original: {_sentence(rng)}\n"
            f"    said: {_sentence(rng)}\n    model_answers:\n      - {_sentence(rng)}\n"
            f"      - {_sentence(rng)}\n    hints: [{_sentence(rng, 5)}]\n"
            f"    require_any:\n      - phrases: [I feel, I'm feeling]\n"
            f"        feedback: {_sentence(rng)}\n"
            f"    avoid:\n      - phrases: [always, never]\n        feedback: {_sentence(rng)}\n"
        )
    if kind == "classify":
        items = "".join(
            f"      - text: {_sentence(rng)}\n        category: {('criticism', 'gentle')[i % 2]}\n"
            f"        why: {_sentence(rng)}\n" for i in range(4)
        )
        return common + "    categories: [criticism, gentle]\n    items:\n" + items
    if kind == "order":
        items = "".join(f"      - text: {_sentence(rng)}\n        why: {_sentence(rng)}\n"
                        for _ in range(4))
        return common + "    items:\n" + items
    if kind == "reflect":
        return common + f"    follow_ups: [{_sentence(rng)}, {_sentence(rng)}]\n"
    return common + f"    depth: {index % 3 + 1}\n    follow_ups: [{_sentence(rng)}]\n" \
        f"    discussion: [{_sentence(rng)}]\n    facilitator_notes: {_sentence(rng)}\n"


def generate(folder: Path, packs: int, exercises: int) -> list[Path]:
    rng = random.Random(7)
    files = []
    for number in range(packs):
        header = (
            "# yaml-language-server: $schema=pack.schema.json\n"
            f"pack:\n  id: bench-{number}\n  title: Bench pack {number}\n  component: custom\n"
            f"  steps: [validation, appreciation]\n  description: {_sentence(rng)}\n"
            f"  version: '1.0'\n  author: bench\n  licence: CC0\nexercises:\n"
        )
        body = "".join(_exercise(rng, i) for i in range(exercises))
        path = folder / f"bench-{number:02d}.yaml"
        path.write_text(header + body, encoding="utf-8")
        files.append(path)
    return files


def median_time(action: Callable[[], object], repeat: int,
                before: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=50)
    parser.add_argument("--exercises", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="trainer-bench-") as tmp:
        root = Path(tmp)
        os.environ["TRAINER_DATA_DIR"] = str(root / "data")
        os.environ.pop("TRAINER_CACHE_DIR", None)
        from trainer import paths
        from trainer.packs.loader import load_packs

        folder = root / "packs"
        folder.mkdir()
        files = generate(folder, args.packs, args.exercises)
        megabytes = sum(f.stat().st_size for f in files) / 1e6
        cache = paths.cache_dir()

        def raw() -> None:
            for file in files:
                with open(file, "rb") as handle:
                    yaml.load(handle.read(), Loader=yaml.CSafeLoader)

        def raw_paused() -> None:
            gc.disable()
            try:
                raw()
            finally:
                gc.enable()

        def load() -> None:
            packset = load_packs([folder], builtin=False, user=False)
            assert len(packset.packs) == args.packs and not packset.problems, packset.problems

        def clear_cache() -> None:
            shutil.rmtree(cache, ignore_errors=True)

        load()  # warm imports (pydantic schema build) outside every measurement
        # Interleave the measurements so drift in machine load hits them alike.
        raws: list[float] = []
        pauseds: list[float] = []
        colds: list[float] = []
        warms: list[float] = []
        for _ in range(args.repeat):
            raws.append(median_time(raw, 1))
            pauseds.append(median_time(raw_paused, 1))
            colds.append(median_time(load, 1, before=clear_cache))
            warms.append(median_time(load, 1))
        raw_s, paused_s, cold_s, warm_s = (
            statistics.median(x) for x in (raws, pauseds, colds, warms)
        )

    cold_ratio, warm_ratio = cold_s / raw_s, warm_s / raw_s
    cold_ok, warm_ok = cold_ratio <= COLD_TARGET, warm_ratio <= WARM_TARGET
    print(f"{args.packs} packs x {args.exercises} exercises, {megabytes:.1f} MB, "
          f"median of {args.repeat}")
    print(f"raw CSafeLoader parse : {raw_s * 1000:8.1f} ms")
    print(f"cold load+validate    : {cold_s * 1000:8.1f} ms  ratio {cold_ratio:.2f}x "
          f"(target <= {COLD_TARGET}x)  {'PASS' if cold_ok else 'FAIL'}")
    print(f"warm load (cache)     : {warm_s * 1000:8.1f} ms  ratio {warm_ratio:.3f}x "
          f"(target <= {WARM_TARGET}x)  {'PASS' if warm_ok else 'FAIL'}")
    print(f"(raw parse with the collector paused: {paused_s * 1000:.1f} ms; against it cold is "
          f"{cold_s / paused_s:.2f}x and warm {warm_s / paused_s:.3f}x)")
    return 0 if cold_ok and warm_ok else 1


if __name__ == "__main__":
    sys.exit(main())
