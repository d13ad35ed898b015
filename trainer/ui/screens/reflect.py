"""A private reflection: write, save to the journal (never scored), or skip."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Static, TextArea

from trainer.ui.screens.exercise import ExerciseScreen, next_row, plain
from trainer.ui.widgets.hanging import HangingText
from trainer.ui.widgets.session_header import SessionHeader


class ReflectScreen(ExerciseScreen):
    """Nothing here is scored; what is written stays in the private journal on this machine."""

    BINDINGS = [
        Binding(
            "ctrl+s",
            "save",
            "Save to journal",
            id="reflect.save",
            tooltip="Keep this reflection in your private journal",
        ),
        Binding(
            "ctrl+n",
            "skip",
            "Skip",
            id="reflect.skip",
            tooltip="Skip this prompt; nothing is saved",
        ),
        Binding("n", "next", "Next", id="reflect.next", tooltip="Go on to the next exercise"),
    ]

    def compose_body(self) -> ComposeResult:
        if self.exercise.follow_ups:
            yield HangingText(
                Text("\n".join(f"• {q}" for q in self.exercise.follow_ups)), classes="goal"
            )
        yield plain(
            "Private: this stays in your journal on this machine and is never scored.",
            "instructions",
        )
        yield TextArea(
            id="answer", soft_wrap=True, placeholder="Write as much or as little as you like…"
        )
        with Horizontal(classes="actions", id="save-row"):
            yield Button("Save to journal (Ctrl+S)", id="save", variant="primary")
            yield Button("Skip (Ctrl+N)", id="skip")

    def on_mount(self) -> None:
        self.query_one("#answer", TextArea).focus()

    def has_typed(self) -> bool:
        return bool(self.query_one("#answer", TextArea).text.strip())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("save", "skip"):
            return not self.answered
        if action == "next":
            return self.answered
        return True

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if self.answered:
            return
        text = self.query_one("#answer", TextArea).text.strip()
        if not text:
            self.notify("Write something first, or skip with Ctrl+N.")
            return
        try:
            self.trainer.save_reflection(self.session, self.key, text)
        except Exception as error:  # noqa: BLE001 - the text stays in the box to copy
            self.notify(
                f"Could not save to the journal: {error}",
                severity="error",
                timeout=15,
                markup=False,
            )
            return
        self.answered = True
        self.query_one(SessionHeader).refresh()
        self._done(Text("Saved to your private journal. ", style="bold green"))

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        if self.answered:
            return
        if self.has_typed():
            self.confirm_then(
                self._skip,
                "Skip this prompt? What you wrote here is not saved.",
                yes="Skip",
                no="Keep writing",
            )
        else:
            self._skip()

    def _skip(self) -> None:
        self.trainer.skip(self.session, self.key)
        self.answered = True
        self.action_next()

    def _done(self, message: Text) -> None:
        self.query_one("#answer", TextArea).read_only = True
        self.query_one("#save-row").remove()
        self.refresh_bindings()
        message.append("Read it again any time in the journal (j).", style="")
        self.show_after(Static(message, classes="feedback right", markup=False), next_row())
