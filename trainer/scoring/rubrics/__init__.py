"""One rubric per rewrite kind; each fills an :class:`~trainer.scoring.assessment.Assessment`."""

from __future__ import annotations

from collections.abc import Callable

from trainer.scoring.assessment import Assessment
from trainer.scoring.rubrics import (
    appreciation,
    i_statement,
    reflective_listening,
    repair,
    request,
    soft_startup,
    validation,
)

Rubric = Callable[[Assessment], None]

RUBRICS: dict[str, Rubric] = {
    "i_statement": i_statement.assess,
    "soft_startup": soft_startup.assess,
    "validation": validation.assess,
    "reflective_listening": reflective_listening.assess,
    "request": request.assess,
    "appreciation": appreciation.assess,
    "repair": repair.assess,
}
