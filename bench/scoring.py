"""Speed of the rewrite coach, in-process: `python bench/scoring.py [PATH...]`.

Scores every labelled rewrite (default: tests/data/rewrites.yaml and, when present,
../shared/data/rewrite_dev.yaml) many times and prints the median time per answer, then the
time for a 100 KB paste. Each figure is also shown as a ratio to a baseline measured in the same
run: tokenising the same text, the least any scorer must do. Targets: median <= 1 ms per answer,
100 KB paste < 50 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from trainer.scoring import score_rewrite
from trainer.scoring.quality import Labelled, load_labelled
from trainer.scoring.text import tokenise

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [REPO / "tests/data/rewrites.yaml", REPO.parent / "shared/data/rewrite_dev.yaml"]
ROUNDS = 7
MEDIAN_TARGET_MS = 1.0
PASTE_TARGET_MS = 50.0


def _median_ms(rows: list[Labelled], work: Callable[[Labelled], object]) -> float:
    timings: list[float] = []
    for _ in range(ROUNDS):
        for row in rows:
            start = time.perf_counter()
            work(row)
            timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def _best_ms(work: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or [p for p in DEFAULT_PATHS if p.is_file()]
    rows = [row for path in paths if path.is_file() for row in load_labelled(path)]
    if not rows:
        print("no labelled rewrites found", file=sys.stderr)
        return 2
    start = time.perf_counter()
    score_rewrite("warm up", kind="i_statement")  # loads and indexes the lexicons once
    load_ms = (time.perf_counter() - start) * 1000

    def score(row: Labelled) -> object:
        return score_rewrite(row.text, kind=row.kind, original=row.original, said=row.said)

    median = _median_ms(rows, score)
    baseline = _median_ms(rows, lambda row: tokenise(row.text))
    print(f"lexicons loaded and indexed once: {load_ms:.1f} ms")
    print(f"median per answer ({len(rows)} rewrites x {ROUNDS}): {median:.3f} ms "
          f"(target <= {MEDIAN_TARGET_MS:g} ms; {median / baseline:.1f}x tokenising alone)")

    sample = " ".join(row.text for row in rows)
    paste = (sample * (100_000 // len(sample) + 1))[:100_000]
    paste_ms = _best_ms(lambda: score_rewrite(paste, kind="i_statement", original=rows[0].original))
    paste_base = _best_ms(lambda: tokenise(paste[:5000]))
    print(f"100 KB paste: {paste_ms:.2f} ms (target < {PASTE_TARGET_MS:g} ms; "
          f"{paste_ms / paste_base:.1f}x tokenising its first 5,000 characters)")
    ok = median <= MEDIAN_TARGET_MS and paste_ms < PASTE_TARGET_MS
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
