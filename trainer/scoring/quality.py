"""Measuring the coach against labelled rewrites (good > fair > poor), for bench and tests.

Pairwise ranking accuracy: within each item, every two rewrites with different labels form a
pair, and the better-labelled one must score strictly higher; a tie counts half.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from trainer.scoring.coach import score_rewrite
from trainer.scoring.result import VERDICTS

LABELS = ("good", "fair", "poor")
RANK = {"good": 2, "fair": 1, "poor": 0}


@dataclass(frozen=True)
class Labelled:
    item: str
    kind: str
    original: str
    said: str
    text: str
    label: str


def load_labelled(path: Path) -> list[Labelled]:
    """Rewrites from a YAML file in the form of ``shared/data/rewrite_dev.yaml``."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows: list[Labelled] = []
    for item in data or []:
        for rewrite in item.get("rewrites", []):
            rows.append(
                Labelled(
                    item=str(item["id"]),
                    kind=str(item["kind"]),
                    original=str(item.get("original", "")),
                    said=str(item.get("said", "")),
                    text=str(rewrite["text"]),
                    label=str(rewrite["label"]),
                )
            )
    return rows


@dataclass
class Tally:
    right: float = 0.0
    total: int = 0

    def add(self, outcome: float) -> None:
        self.right += outcome
        self.total += 1

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class QualityReport:
    overall: Tally = field(default_factory=Tally)
    good_vs_poor: Tally = field(default_factory=Tally)
    per_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    confusion: dict[str, Counter[str]] = field(
        default_factory=lambda: {label: Counter() for label in LABELS}
    )
    wrong: list[tuple[Labelled, float, Labelled, float]] = field(default_factory=list)

    def verdict_rate(self, label: str, verdict: str) -> float:
        row = self.confusion[label]
        total = sum(row.values())
        return row[verdict] / total if total else 1.0


def evaluate(rows: Iterable[Labelled]) -> QualityReport:
    report = QualityReport()
    by_item: dict[str, list[tuple[Labelled, float]]] = defaultdict(list)
    for row in rows:
        result = score_rewrite(row.text, kind=row.kind, original=row.original, said=row.said)
        by_item[row.item].append((row, result.score))
        report.confusion[row.label][result.verdict] += 1
    for scored in by_item.values():
        for (a, score_a), (b, score_b) in combinations(scored, 2):
            if RANK[a.label] == RANK[b.label]:
                continue
            (better, better_score), (worse, worse_score) = sorted(
                ((a, score_a), (b, score_b)), key=lambda pair: -RANK[pair[0].label]
            )
            if better_score == worse_score:
                outcome = 0.5
            else:
                outcome = 1.0 if better_score > worse_score else 0.0
            report.overall.add(outcome)
            report.per_kind[better.kind].add(outcome)
            if {better.label, worse.label} == {"good", "poor"}:
                report.good_vs_poor.add(outcome)
            if outcome < 1.0:
                report.wrong.append((better, better_score, worse, worse_score))
    return report


def format_report(report: QualityReport, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(
        f"pairwise accuracy: {report.overall.accuracy:.3f} ({report.overall.right:g}/"
        f"{report.overall.total})"
    )
    lines.append(
        f"good vs poor:      {report.good_vs_poor.accuracy:.3f} ({report.good_vs_poor.right:g}/"
        f"{report.good_vs_poor.total})"
    )
    for kind, tally in sorted(report.per_kind.items()):
        lines.append(f"  {kind:<22} {tally.accuracy:.3f} ({tally.right:g}/{tally.total})")
    lines.append("verdicts (rows: label; columns: " + " | ".join(VERDICTS) + ")")
    for label in LABELS:
        row = report.confusion[label]
        cells = "  ".join(f"{row[v]:>4}" for v in VERDICTS)
        lines.append(f"  {label:<5} {cells}   (n={sum(row.values())})")
    lines.append(
        f"good -> strong: {report.verdict_rate('good', 'strong'):.0%}   "
        f"poor -> needs work: {report.verdict_rate('poor', 'needs work'):.0%}"
    )
    return "\n".join(lines)
