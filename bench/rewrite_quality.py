"""How well the rewrite coach ranks labelled rewrites: `python bench/rewrite_quality.py PATH...`.

Prints pairwise ranking accuracy (overall, per kind, good vs poor) and the verdict confusion
table for each file, then for all files together. `-v` also lists every mis-ranked pair.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.scoring.quality import evaluate, format_report, load_labelled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("-v", "--verbose", action="store_true", help="list mis-ranked pairs")
    args = parser.parse_args(argv)
    everything = []
    for path in args.paths:
        if not path.is_file():
            print(f"{path}: not found, skipped", file=sys.stderr)
            continue
        rows = load_labelled(path)
        everything.extend(rows)
        report = evaluate(rows)
        print(format_report(report, f"== {path} ({len(rows)} rewrites)"))
        if args.verbose:
            for better, b_score, worse, w_score in report.wrong:
                print(f"  [{better.item}] {better.label} {b_score:.2f} <= {worse.label} "
                      f"{w_score:.2f}\n     + {better.text[:110]}\n     - {worse.text[:110]}")
        print()
    if len(args.paths) > 1 and everything:
        print(format_report(evaluate(everything), f"== all ({len(everything)} rewrites)"))
    return 0 if everything else 2


if __name__ == "__main__":
    sys.exit(main())
