"""After a session: each exercise's score, per component, time, mastery change, what is due next."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Header, Static

from trainer.practice.service import TYPE_NAMES, Summary
from trainer.practice.session import format_elapsed
from trainer.ui.screens.home import COMPONENT_NAMES
from trainer.ui.widgets.score_bar import bar_text


class SummaryScreen(Screen[None]):
    """The end of a session (finished or left early)."""

    BINDINGS = [
        Binding(
            "enter",
            "suggested",
            "Start suggested",
            id="summary.next",
            tooltip="Start the suggested next session",
        ),
        Binding("escape,h", "home", "Home", id="summary.home", tooltip="Back to the home screen"),
    ]

    def __init__(self, summary: Summary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        s = self.summary
        yield Header()
        with VerticalScroll(classes="exercise-body", id="body"):
            head = Text()
            head.append(f"{s.title}: done", style="bold")
            answered = len(s.lines)
            head.append(f"  ·  {answered} exercise{'s' if answered != 1 else ''}")
            head.append(f"  ·  {format_elapsed(s.elapsed_s)} spent")
            if s.unanswered:
                head.append(f"  ·  {s.unanswered} left for another time")
            yield Static(head, classes="prompt", markup=False)
            table: DataTable[Text] = DataTable(id="summary-table", cursor_type="none")
            yield table
            if any(line.hinted for line in s.lines):
                yield Static(
                    Text("h after a score: you used a hint", style="dim"),
                    classes="summary-line",
                    markup=False,
                )
            yield Static(self._components(), classes="summary-line", markup=False)
            yield Static(self._next_text(), classes="summary-line", markup=False)
            with Horizontal(classes="actions"):
                yield Button(
                    Content(f"{s.suggestion_text} (Enter)"), id="suggested", variant="primary"
                )
                yield Button("Home (Esc)", id="home")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one("#summary-table", DataTable)
        table.add_column("Exercise", width=40)
        table.add_column("Type", width=9)
        table.add_column("Score", width=14)
        table.add_column("Time", width=6)
        for line in self.summary.lines:
            if line.skipped:
                score = Text("skipped", style="dim")
            elif line.score is None:
                score = Text("done (unscored)", style="dim")
            else:
                score = bar_text(line.score, 8)
                if line.hinted:
                    score.append(" h", style="yellow")
            table.add_row(
                Text(line.prompt.strip()),
                Text(TYPE_NAMES.get(line.exercise_type, line.exercise_type)),
                score,
                Text(format_elapsed(line.duration_s)),
                height=None,
            )
        self.query_one("#suggested", Button).focus()

    def _components(self) -> Text:
        s = self.summary
        text = Text()
        text.append("By component\n", style="bold")
        for component, (before, after) in s.mastery_change.items():
            name = COMPONENT_NAMES.get(component, component)
            text.append(f"  {name:<14}")
            if component in s.per_component:
                text.append(f"scored {round(s.per_component[component] * 100):3d}%   ")
            else:
                text.append(" " * 14)
            text.append(f"mastery {round(before * 100)}% → {round(after * 100)}%")
            delta = round(after * 100) - round(before * 100)
            if delta:
                text.append(f" ({delta:+d})", style="green" if delta > 0 else "red")
            text.append("\n")
        return text

    def _next_text(self) -> Text:
        s = self.summary
        text = Text()
        text.append("Now due: ", style="bold")
        text.append(f"{s.due_now} exercise{'s' if s.due_now != 1 else ''}")
        text.append("\nSuggested next: ", style="bold")
        text.append(s.suggestion_text)
        return text

    @on(Button.Pressed, "#suggested")
    def action_suggested(self) -> None:
        trainer = self.app.trainer  # type: ignore[attr-defined]
        kind = self.summary.suggestion
        if kind == "review":
            session = trainer.review_session()
        elif kind == "quick":
            session = trainer.quick_session()
        else:
            session = trainer.pack_session(kind)
        self.app.pop_screen()
        self.app.start_session(session)  # type: ignore[attr-defined]

    @on(Button.Pressed, "#home")
    def action_home(self) -> None:
        self.app.pop_screen()
