"""Stats: mastery per component and step, practice days, the rewrite trend, streak and the
weakest exercises with a one-key way to practise them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Label, Static

from trainer.progress.stats_views import StatsView, build_stats
from trainer.ui.screens.home import COMPONENT_NAMES
from trainer.ui.widgets.bars import MasteryBar
from trainer.ui.widgets.heatmap import CalendarHeatmap
from trainer.ui.widgets.trend import TrendLine

if TYPE_CHECKING:
    from trainer.practice.service import Trainer


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


class StatsScreen(Screen[None]):
    """Shows a :class:`StatsView`; computes nothing itself."""

    TITLE = "Stats"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (92, "-wide")]

    BINDINGS = [
        Binding(
            "escape", "app.pop_screen", "Back", id="stats.back", tooltip="Back to where you were"
        ),
        Binding(
            "p",
            "practise_weakest",
            "Practise these",
            id="stats.practise-weakest",
            tooltip="Start a session of exactly the five weakest exercises",
        ),
    ]

    @dataclass
    class PractiseThese(Message):
        """Asks the app to start a session of exactly ``keys``, in this order."""

        keys: tuple[str, ...]

    def __init__(self, view: StatsView) -> None:
        super().__init__()
        self.view = view
        """The figures to show, from ``trainer.progress.stats_views.build_stats``."""

    @classmethod
    def for_trainer(cls, trainer: Trainer) -> StatsScreen:
        """The stats of the trainer's profile as of ``trainer.now()``, in local days."""
        now = trainer.now().astimezone()
        return cls(build_stats(trainer.store, trainer.packs, now, trainer.profile))

    def compose(self) -> ComposeResult:
        view = self.view
        yield Header()
        with VerticalScroll(id="stats-body"):
            yield Static(self._today_line(), id="stats-today")
            with Horizontal(id="stats-columns"):
                with Vertical(id="stats-mastery"):
                    yield Label("Mastery by component", classes="stats-heading")
                    for row in view.components:
                        name = COMPONENT_NAMES.get(row.name, row.name)  # as on the home screen
                        yield MasteryBar(name, row.value, label_width=21)
                    yield Label("Mastery by step", classes="stats-heading")
                    for row in view.steps:
                        name = row.name.replace("-", " ").capitalize()  # 'Feelings and needs'
                        yield MasteryBar(name, row.value, label_width=21)
                with Vertical(id="stats-activity"):
                    yield Label("Practice days, last 12 weeks", classes="stats-heading")
                    yield CalendarHeatmap(view.practice_days, view.today, id="stats-heatmap")
                    yield Label("Rewrite score, weekly average", classes="stats-heading")
                    yield TrendLine(view.rewrite_trend, id="stats-trend")
                    yield Label("Weakest 5", classes="stats-heading")
                    if view.weakest:
                        for row in view.weakest:
                            yield MasteryBar(
                                row.label or row.name, row.value, label_width=6, label_last=True
                            )
                    else:
                        yield Static(
                            "Nothing scored yet: your weakest exercises show here.",
                            id="stats-weakest-empty",
                        )
                    yield Button(
                        "Practise these (p)",
                        id="stats-practise",
                        compact=True,
                        disabled=not view.weakest,
                        tooltip="A session of exactly these exercises, weakest first",
                    )
        yield Footer(compact=True)

    def _today_line(self) -> Text:
        view = self.view
        text = Text()
        text.append(f"Streak {_days(view.streak)}", "bold")
        text.append(f" · {view.days_7} of the last 7 days · {view.days_30} of the last 30")
        text.append(" · one missed day a week is forgiven", "dim")
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "practise_weakest" and not self.view.weakest:
            return None  # shown dimmed: there is nothing to practise yet
        return True

    @on(Button.Pressed, "#stats-practise")
    def action_practise_weakest(self) -> None:
        if self.view.weakest:
            # Leave stats first, so the session's summary returns to where stats was opened from
            # (and never to figures that are out of date by then).
            keys = tuple(row.name for row in self.view.weakest)
            self.app.pop_screen()
            self.app.post_message(self.PractiseThese(keys))
