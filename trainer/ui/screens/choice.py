"""A scenario with numbered options: pick with 1-9 (or arrows + Enter), then see why."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, OptionList

from trainer.practice.session import Session
from trainer.scoring.grading import grade_choice
from trainer.ui.screens.exercise import ExerciseScreen, explanation_text, next_row, plain
from trainer.ui.widgets.hanging import HangingText
from trainer.ui.widgets.numbered_options import NumberedOptions, number_bindings


class ChoiceScreen(ExerciseScreen):
    """One right option: a number answers at once. Several: numbers mark, Ctrl+S submits."""

    BINDINGS = [
        *number_bindings("pick", "Answer"),
        Binding(
            "ctrl+s",
            "submit",
            "Submit",
            id="choice.submit",
            tooltip="Submit the options you marked",
        ),
        Binding("n", "next", "Next", id="choice.next", tooltip="Go on to the next exercise"),
    ]

    def __init__(self, session: Session, key: str) -> None:
        super().__init__(session, key)
        options = self.exercise.options
        self.shown = self.trainer.option_order(key, len(options), self.exercise.shuffle)
        """Display position -> index in the pack file."""
        self.right = [options[i].correct for i in self.shown]
        self.multi = sum(self.right) > 1
        self.marked: list[int] = []
        """Display positions marked so far (several-right questions)."""

    def compose_body(self) -> ComposeResult:
        count = len(self.shown)
        if self.multi:
            how = (
                f"More than one answer is right. Press 1-{count} (or Enter) to mark each one "
                "you choose, then Ctrl+S to submit."
            )
        else:
            how = f"Press 1-{count}, or use the arrows and Enter."
        yield plain(how, "instructions")
        yield NumberedOptions([self.exercise.options[i].text for i in self.shown], id="options")
        if self.multi:
            with Horizontal(classes="actions", id="submit-row"):
                yield Button("Submit (Ctrl+S)", id="submit", variant="primary")

    def on_mount(self) -> None:
        self.query_one(NumberedOptions).focus()

    def has_typed(self) -> bool:
        return bool(self.marked)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick":
            index = parameters[0] if parameters else 0
            return not self.answered and isinstance(index, int) and index < len(self.shown)
        if action == "submit":
            return self.multi and not self.answered
        if action == "next":
            return self.answered
        return True

    def action_pick(self, position: int) -> None:
        options = self.query_one(NumberedOptions)
        options.highlighted = position
        if self.multi:
            self._toggle(position)
        else:
            self._answer([position])

    @on(OptionList.OptionSelected, "#options")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if self.answered:
            return
        if self.multi:
            self._toggle(event.option_index)
        else:
            self._answer([event.option_index])

    def _toggle(self, position: int) -> None:
        if position in self.marked:
            self.marked.remove(position)
        else:
            self.marked.append(position)
        self.query_one(NumberedOptions).set_marks(
            ["[x] " if i in self.marked else "[ ] " for i in range(len(self.shown))]
        )

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        if self.answered:
            return
        if not self.marked:
            self.notify("Mark at least one option first (press its number).")
            return
        self._answer(sorted(self.marked))

    def _answer(self, positions: list[int]) -> None:
        score = grade_choice(self.right, positions)
        chosen = [self.shown[p] for p in positions]
        self.record(score, {"selected": chosen})
        options = self.query_one(NumberedOptions)
        options.set_marks(
            [
                "✓ " if self.right[i] else ("✗ " if i in positions else "  ")
                for i in range(len(self.shown))
            ]
        )
        options.disabled = True
        if self.multi:
            self.query_one("#submit-row").remove()
        self.refresh_bindings()
        self.show_after(self._feedback(positions, score), next_row())

    def _feedback(self, positions: list[int], score: float) -> HangingText:
        options = self.exercise.options
        text = Text()
        if score >= 1:
            text.append("Right!\n", style="bold green")
        elif score > 0:
            text.append(f"Partly right ({round(score * 100)}%).\n", style="bold yellow")
        else:
            text.append("Not quite.\n", style="bold red")
        # Each option as "N. text" with its feedback indented under the text (see HangingText).
        text.append("\nYou chose:\n", style="bold")
        for p in positions:
            option = options[self.shown[p]]
            text.append(f"{p + 1}. ")
            text.append(option.text)
            text.append("\n   ")
            text.append(option.feedback.strip())
            text.append("\n")
        missed = [p for p in range(len(self.shown)) if self.right[p] and p not in positions]
        if missed:
            label = "Right answers" if sum(self.right) > 1 else "Right answer"
            text.append(f"\n{label}:\n", style="bold")
            for p in missed:
                option = options[self.shown[p]]
                text.append(f"{p + 1}. ")
                text.append(option.text)
                text.append("\n   ")
                text.append(option.feedback.strip(), style="italic")
                text.append("\n")
        more = explanation_text(self.exercise)
        if more:
            text.append("\n")
            text.append_text(more)
        classes = "feedback " + ("right" if score >= 1 else "wrong" if score == 0 else "")
        return HangingText(text, classes=classes)
