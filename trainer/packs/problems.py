"""One thing wrong (or worth a warning) in a pack file, pinned to a line and column."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """``str(problem)`` is ``path:line:col: pack/exercise: message``; lines and columns from 1."""

    path: str
    line: int
    col: int
    pack: str | None
    exercise: str | None
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.pack or '-'}/{self.exercise}" if self.exercise else (self.pack or "-")
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.path}:{self.line}:{self.col}: {where}: {prefix}{self.message}"
