"""Sort items one by one with a key per category; then each item's right category and why."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Static

from trainer.practice.session import Session
from trainer.scoring.grading import grade_classify
from trainer.ui.screens.exercise import ExerciseScreen, explanation_text, next_row, plain
from trainer.ui.widgets.hanging import HangingText
from trainer.ui.widgets.numbered_options import number_bindings
from trainer.ui.widgets.score_bar import ScoreBar


class ClassifyScreen(ExerciseScreen):
    """One item at a time; the number of a category files it there. Backspace undoes."""

    BINDINGS = [
        *number_bindings("file", "Choose category"),
        Binding(
            "backspace",
            "undo",
            "Undo",
            id="classify.undo",
            tooltip="Take back the last item you sorted",
        ),
        Binding("n", "next", "Next", id="classify.next", tooltip="Go on to the next exercise"),
    ]

    def __init__(self, session: Session, key: str) -> None:
        super().__init__(session, key)
        self.answers: list[str] = []
        """Chosen category per item, in item order, for the items sorted so far."""

    def compose_body(self) -> ComposeResult:
        categories = self.exercise.categories
        yield plain(
            f"Press the number of the category for each item (1-{len(categories)}). "
            "Backspace takes back the last one.",
            "instructions",
        )
        yield Static("", id="item", classes="classify-item", markup=False)
        with Vertical(classes="categories", id="categories"):
            for number, category in enumerate(categories, start=1):
                yield Button(
                    Content.styled(f"{number} ", "bold") + Content(category),
                    id=f"cat-{number - 1}",
                    compact=True,
                )
        yield HangingText(Text(), id="sorted")

    def on_mount(self) -> None:
        self._show_item()

    def has_typed(self) -> bool:
        return bool(self.answers)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "file":
            index = parameters[0] if parameters else 0
            return (
                not self.answered
                and isinstance(index, int)
                and index < len(self.exercise.categories)
            )
        if action == "undo":
            return not self.answered and bool(self.answers)
        if action == "next":
            return self.answered
        return True

    def _show_item(self) -> None:
        items = self.exercise.items
        done = len(self.answers)
        if done < len(items):
            text = Text()
            text.append(f"Item {done + 1} of {len(items)}\n", style="bold")
            text.append(items[done].text)
            self.query_one("#item", Static).update(text)
        sorted_text = Text()
        for item, answer in zip(items, self.answers, strict=False):
            sorted_text.append("  ")
            sorted_text.append(item.text)
            sorted_text.append(f"  →  {answer}\n", style="dim")
        self.query_one("#sorted", Static).update(sorted_text)

    @on(Button.Pressed, ".categories Button")
    def _category_pressed(self, event: Button.Pressed) -> None:
        self.action_file(int((event.button.id or "cat-0").removeprefix("cat-")))

    def action_file(self, index: int) -> None:
        if self.answered or index >= len(self.exercise.categories):
            return
        self.answers.append(self.exercise.categories[index])
        if len(self.answers) == len(self.exercise.items):
            self._finish()
        else:
            self._show_item()
            self.refresh_bindings()

    def action_undo(self) -> None:
        if self.answers and not self.answered:
            self.answers.pop()
            self._show_item()
            self.refresh_bindings()

    def _finish(self) -> None:
        grade = grade_classify(
            [(i.text, i.category, i.why) for i in self.exercise.items], self.answers
        )
        self.record(grade.score, {"answers": self.answers})
        self.query_one("#categories").remove()
        self.query_one("#item").remove()
        self.query_one("#sorted").remove()
        self.refresh_bindings()
        text = Text()
        right = sum(r.right for r in grade.items)
        text.append(f"{right} of {len(grade.items)} sorted right\n", style="bold")
        for result in grade.items:
            text.append(
                "\n✓ " if result.right else "\n✗ ", style="green" if result.right else "red"
            )
            text.append(result.text)
            text.append("\n  ")
            if result.right:
                text.append(result.category, style="bold")
            else:
                text.append(f"you said {result.answer}; it is ")
                text.append(result.category, style="bold")
            text.append(": ")
            text.append(result.why.strip())
            text.append("\n")
        more = explanation_text(self.exercise)
        if more:
            text.append("\n")
            text.append_text(more)
        kind = "right" if grade.score >= 1 else "wrong" if grade.score == 0 else ""
        feedback = HangingText(text)
        box = ScoreBar(grade.score, width=20)
        self.show_after(Vertical(box, feedback, classes=f"feedback {kind}"), next_row())
