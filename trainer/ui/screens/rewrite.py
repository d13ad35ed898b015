"""Rewrite a hurtful or weak line; the coach explains what it found, what is missing, what hurts."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, TextArea

from trainer.practice.session import Session
from trainer.ui.screens.exercise import ExerciseScreen, explanation_text, plain
from trainer.ui.widgets.hanging import HangingText
from trainer.ui.widgets.score_bar import ScoreBar

VERDICT_STYLES = {"strong": "bold green", "getting there": "bold yellow", "needs work": "bold red"}


def coach_text(result: Any) -> Text:
    """The coach's result: verdict, then found / missing / flagged with the quoted phrases."""
    text = Text()
    verdict = str(result.verdict)
    text.append(verdict[:1].upper() + verdict[1:] + "\n", style=VERDICT_STYLES.get(verdict, "bold"))
    if result.found:
        text.append("\nFound\n", style="bold green")
        for found in result.found:
            text.append(f"  ✓ {found.criterion}: ")
            text.append(f"“{found.quote}”\n", style="italic")
    if result.missing:
        text.append("\nMissing\n", style="bold yellow")
        for missing in result.missing:
            text.append(f"  • {missing.criterion}: {missing.tip}\n")
    if result.flags:
        text.append("\nWorks against you\n", style="bold red")
        for flag in result.flags:
            text.append("  ✗ ")
            if flag.quote:
                text.append(f"“{flag.quote}” ", style="italic")
            text.append(f"{flag.why}\n")
    for note in result.notes:
        text.append(f"\n{note}\n", style="dim")
    return text


class RewriteScreen(ExerciseScreen):
    """Type a rewrite; Ctrl+S submits; hints on request mark the attempt as hinted."""

    BINDINGS = [
        Binding(
            "ctrl+s",
            "submit",
            "Submit",
            id="rewrite.submit",
            tooltip="Ask the coach to score your rewrite",
        ),
        Binding(
            "ctrl+t",
            "hint",
            "Hint",
            id="rewrite.hint",
            tooltip="Show the next hint (the attempt counts as hinted)",
        ),
        Binding(
            "h",
            "hint",
            "Hint",
            show=False,
            id="rewrite.hint_h",
            tooltip="Show the next hint (when not typing)",
        ),
        Binding(
            "r,ctrl+r", "retry", "Retry", id="rewrite.retry", tooltip="Try again: a new attempt"
        ),
        Binding("n", "next", "Next", id="rewrite.next", tooltip="Go on to the next exercise"),
    ]

    def __init__(self, session: Session, key: str) -> None:
        super().__init__(session, key)
        self.hints_shown = 0
        """How many hints are showing; any hint marks the attempt as hinted."""
        self.attempt = 1

    def compose_body(self) -> ComposeResult:
        ex = self.exercise
        if ex.said:
            yield plain("They said:", "label")
            yield plain(ex.said, "quote")
        yield plain("The line to rewrite:", "label")
        yield plain(ex.original, "quote")
        yield plain("Goal: " + self.trainer.kind_goal(ex.kind), "goal")
        yield Vertical(id="hints")
        yield TextArea(
            id="answer",
            soft_wrap=True,
            show_line_numbers=False,
            placeholder="Type your rewrite here, then press Ctrl+S.",
        )
        with Horizontal(classes="actions", id="submit-row"):
            yield Button("Submit (Ctrl+S)", id="submit", variant="primary")
            yield Button("Hint (Ctrl+T)", id="hint")

    def on_mount(self) -> None:
        self.query_one("#answer", TextArea).focus()

    def has_typed(self) -> bool:
        return bool(self.query_one("#answer", TextArea).text.strip())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "submit":
            return not self.answered
        if action == "hint":
            return not self.answered and self.hints_shown < len(self.exercise.hints)
        if action in ("retry", "next"):
            return self.answered
        return True

    @on(Button.Pressed, "#hint")
    def action_hint(self) -> None:
        hints = self.exercise.hints
        if self.answered:
            return
        if self.hints_shown >= len(hints):
            self.notify("No more hints for this one." if hints else "This one has no hints.")
            return
        self.query_one("#hints").mount(
            plain(f"Hint {self.hints_shown + 1}: {hints[self.hints_shown]}", "hint")
        )
        self.hints_shown += 1
        self.refresh_bindings()

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self.answered:
            return
        area = self.query_one("#answer", TextArea)
        answer = area.text.strip()
        if not answer:
            self.notify("Type your rewrite first.")
            return
        result = self.trainer.coach(self.key, answer)
        self.record(float(result.score), answer, hinted=self.hints_shown > 0)
        area.read_only = True
        self.query_one("#submit-row").display = False
        self.refresh_bindings()
        self.show_after(self._feedback(result), self._after_row())

    def _feedback(self, result: Any) -> Vertical:
        score = float(result.score)
        models = Text()
        models.append("Model answers\n", style="bold")
        for answer in self.exercise.model_answers:
            models.append("  • ")
            models.append(answer.strip())
            models.append("\n")
        more = explanation_text(self.exercise)
        if more:
            models.append("\n")
            models.append_text(more)
        verdict_class = "right" if score >= 0.8 else "wrong" if score < 0.5 else ""
        return Vertical(
            ScoreBar(score, "hinted" if self.hints_shown else "", width=20),
            HangingText(coach_text(result)),
            HangingText(models),
            classes=f"feedback {verdict_class}",
            id="coach",
        )

    def _after_row(self) -> Horizontal:
        return Horizontal(
            Button("Next (Enter)", id="next", variant="primary"),
            Button("Retry (r)", id="retry"),
            classes="actions",
            id="after-row",
        )

    @on(Button.Pressed, "#retry")
    def action_retry(self) -> None:
        if not self.answered:
            return
        self.answered = False
        self.attempt += 1
        self.session.restart_exercise_timer()
        self.query_one("#coach").remove()
        self.query_one("#after-row").remove()
        self.query_one("#submit-row").display = True
        area = self.query_one("#answer", TextArea)
        area.read_only = False
        area.focus()
        area.move_cursor(area.document.end)
        self.refresh_bindings()
