"""What the rewrite coach hands back: frozen dataclasses, easy to show, test and print as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Verdict = Literal["strong", "getting there", "needs work"]
VERDICTS: tuple[Verdict, ...] = ("strong", "getting there", "needs work")


@dataclass(frozen=True)
class Found:
    """A criterion the answer meets, with the words that meet it."""

    criterion: str
    quote: str

    def __str__(self) -> str:
        return f"{self.criterion}: '{self.quote}'"


@dataclass(frozen=True)
class Missing:
    """A criterion the answer does not meet yet, with one line on what to add."""

    criterion: str
    tip: str

    def __str__(self) -> str:
        return f"{self.criterion} — {self.tip}"


@dataclass(frozen=True)
class Flag:
    """Something in the answer that works against it: the words, and why they hurt."""

    quote: str
    """The words from the answer ('' when the flag is about the whole answer)."""
    why: str
    """Reads on from the quote: "'always' invites a counter-example — ..." """
    rule: str = ""
    """Which check raised it (for tests and tools, never shown as the message)."""

    def __str__(self) -> str:
        return f"'{self.quote}' {self.why}" if self.quote else self.why


@dataclass(frozen=True)
class RewriteScore:
    score: float
    """0.0 to 1.0."""
    verdict: Verdict
    kind: str
    found: tuple[Found, ...] = ()
    missing: tuple[Missing, ...] = ()
    flags: tuple[Flag, ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (for ``trainer score --json``)."""
        return {
            "kind": self.kind,
            "score": round(self.score, 3),
            "verdict": self.verdict,
            "found": [{"criterion": f.criterion, "quote": f.quote} for f in self.found],
            "missing": [{"criterion": m.criterion, "tip": m.tip} for m in self.missing],
            "flags": [{"quote": f.quote, "why": f.why, "rule": f.rule} for f in self.flags],
            "notes": list(self.notes),
        }
