"""Two people take turns with prompts that deepen as the session goes on."""

from __future__ import annotations

import re

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Static

from trainer.ui.screens.exercise import ExerciseScreen, plain
from trainer.ui.widgets.hanging import HangingText

DEPTHS = {1: "light", 2: "personal", 3: "deep"}
ADDRESSED = re.compile(r"[A-Z][a-z]+: ")
"""A follow-up that says who it is for, e.g. 'Speaker: how did it feel ...'."""


class PairScreen(ExerciseScreen):
    """Names are asked once per session; then whose turn, the prompt, its depth; next or skip."""

    BINDINGS = [
        Binding(
            "n,enter",
            "done",
            "Done, next",
            id="pair.next",
            tooltip="You both answered: on to the next prompt",
        ),
        Binding("s", "skip", "Skip", id="pair.skip", tooltip="Skip this prompt"),
    ]

    def compose_before_prompt(self) -> ComposeResult:
        yield Static("", id="turn", classes="pair-turn", markup=False)

    def compose_body(self) -> ComposeResult:
        depth = int(self.exercise.depth)
        text = Text()
        text.append("Depth ")
        text.append("●" * depth + "○" * (3 - depth), style="bold")
        text.append(f" {DEPTHS.get(depth, '')} (prompts deepen as you go)")
        yield Static(text, classes="goal", markup=False)
        follow_ups = [q.strip() for q in self.exercise.follow_ups]
        if follow_ups:
            # Some follow-ups name who answers ("Speaker: ...", "Together: ..."): then the
            # heading must not claim the listener asks them all.
            addressed = any(ADDRESSED.match(q) for q in follow_ups)
            listing = Text()
            listing.append("Then:" if addressed else "Then the listener asks:", style="bold")
            for question in follow_ups:
                listing.append("\n• ")
                listing.append(question)
            yield HangingText(listing, classes="goal")
        yield plain(
            "Answer out loud while the other person just listens"
            + ("; then go through the follow-up questions." if follow_ups else ".")
            + " Nothing is written down.",
            "instructions",
        )
        with Horizontal(classes="actions"):
            yield Button("Done, next (Enter)", id="done", variant="primary")
            yield Button("Skip (s)", id="skip")

    def on_mount(self) -> None:
        if self.session.pair_names is None:
            from trainer.ui.dialogs.pair_names import PairNamesDialog

            self.app.push_screen(PairNamesDialog(), self._named)
        else:
            self._show_turn()

    def _named(self, names: tuple[str, str] | None) -> None:
        if names is None:
            from trainer.ui.flow import leave_session

            leave_session(self.app, self.session)  # type: ignore[arg-type]
            return
        self.session.pair_names = names
        self._show_turn()

    def _show_turn(self) -> None:
        names = self.session.pair_names or ("Person A", "Person B")
        speaker = self.session.turn_of(names)
        listener = names[1] if speaker == names[0] else names[0]
        text = Text()
        text.append(speaker, style="bold")
        text.append("'s turn to answer; ")
        text.append(listener)
        text.append(" listens.")
        self.query_one("#turn", Static).update(text)
        self.query_one("#done", Button).focus()

    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        if self.answered or self.session.pair_names is None:
            return
        speaker = self.session.turn_of(self.session.pair_names)
        self.record(None, {"answered_by": speaker})
        self.action_next()

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        if self.answered:
            return
        self.trainer.skip(self.session, self.key)
        self.answered = True
        self.action_next()
