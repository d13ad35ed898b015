"""What every exercise screen shares: the session header, leaving, recording, moving on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Footer, Static

from trainer.practice.session import Session
from trainer.ui.widgets.session_header import SessionHeader

if TYPE_CHECKING:
    from trainer.packs.loader import LoadedPack
    from trainer.practice.service import Trainer


def plain(text: str, *classes: str, id: str | None = None) -> Static:  # noqa: A002
    """A Static showing pack or user text literally (``[bold]`` stays ``[bold]``), wrapped."""
    return Static(Text(text), classes=" ".join(classes), id=id, markup=False)


def next_row(label: str = "Next (Enter)") -> Horizontal:
    """The row under feedback with the button that moves on."""
    return Horizontal(Button(label, id="next", variant="primary"), classes="actions")


def explanation_text(exercise: Any) -> Text:
    """The explanation and its source, as shown after answering."""
    text = Text()
    if exercise.explanation:
        text.append("Why: ", style="bold")
        text.append(exercise.explanation.strip())
    if exercise.source:
        if text:
            text.append("\n")
        text.append("Source: ", style="bold")
        text.append(exercise.source.strip(), style="italic")
    return text


class ExerciseScreen(Screen[None]):
    """Base for the six exercise screens: subclasses compose ``compose_body``, call ``record``."""

    BINDINGS = [
        Binding(
            "escape",
            "leave",
            "Leave",
            id="exercise.leave",
            tooltip="Leave this session; what you answered is kept",
        ),
    ]

    def __init__(self, session: Session, key: str) -> None:
        super().__init__()
        self.session = session
        """The session this exercise belongs to."""
        self.key = key
        """``pack/exercise`` of the exercise shown."""
        self.answered = False
        """True once an answer is recorded (the feedback is showing)."""
        loaded, exercise = self.trainer.exercise(key)
        self.loaded: LoadedPack = loaded
        self.exercise: Any = exercise

    @property
    def trainer(self) -> Trainer:
        return self.app.trainer  # type: ignore[attr-defined, no-any-return]

    def compose(self) -> ComposeResult:
        yield SessionHeader(self.session)
        with VerticalScroll(classes="exercise-body", id="body"):
            yield from self.compose_before_prompt()
            yield plain(self.exercise.prompt, "prompt")
            yield from self.compose_body()
        yield Footer(compact=True)

    def compose_before_prompt(self) -> ComposeResult:
        yield from ()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def has_typed(self) -> bool:
        """True when leaving would throw away something the person typed or chose."""
        return False

    def confirm_then(
        self, then: Callable[[], object], message: str, *, yes: str = "Leave", no: str = "Stay"
    ) -> None:
        from trainer.ui.dialogs.confirm import ConfirmDialog

        def done(confirmed: bool | None) -> None:
            if confirmed:
                then()

        self.app.push_screen(ConfirmDialog(message, yes=yes, no=no), done)

    def action_leave(self) -> None:
        from trainer.ui.flow import leave_session

        def leave() -> None:
            leave_session(self.app, self.session)  # type: ignore[arg-type]

        if self.has_typed() and not self.answered:
            self.confirm_then(
                leave,
                "Leave this session? What you typed here is lost; "
                "exercises you already answered are kept.",
            )
        else:
            leave()

    def action_next(self) -> None:
        from trainer.ui.flow import next_exercise

        next_exercise(self.app, self.session)  # type: ignore[arg-type]

    def record(self, score: float | None, answer: Any = None, *, hinted: bool = False) -> None:
        """Record the answer; if the store refuses, say so and carry on (never a traceback)."""
        try:
            self.trainer.record(self.session, self.key, score, answer=answer, hinted=hinted)
        except Exception as error:  # noqa: BLE001
            self.notify(
                f"This answer could not be saved: {error}",
                severity="error",
                timeout=15,
                markup=False,
            )
        self.answered = True
        self.query_one(SessionHeader).refresh()

    def show_after(self, *widgets: Widget) -> None:
        """Mount feedback at the end of the body, focus its Next button, show its start."""
        body = self.query_one("#body", VerticalScroll)

        def settle() -> None:
            for button in self.query("#next").results(Button):
                button.focus(scroll_visible=False)
            if widgets:
                body.scroll_to_widget(widgets[0], top=True, animate=False)

        body.mount_all(widgets)
        # Twice: the first refresh mounts the feedback, the second has laid it out.
        self.call_after_refresh(self.call_after_refresh, settle)

    @on(Button.Pressed, "#next")
    def _next_pressed(self) -> None:
        self.action_next()
