"""The facilitator's companion: a second terminal that shows what the projector must not.

``trainer workshop notes`` opens :class:`WorkshopNotesApp`. It follows the running workshop through
its state file (polled a few times a second) and shows the current exercise's facilitator notes,
the answers and model answers, the discussion questions, what the room has answered and the clock.
Without an id it follows whichever workshop was saved last, and waits if there is none yet.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from trainer.workshop.follow import POLL_SECONDS, StateFollower, companion_sections, status_line
from trainer.workshop.model import WorkshopState
from trainer.workshop.session import WorkshopServices

SWITCH_CHECK_EVERY = 5
"""Polls between looks for a newer workshop (when following the latest one)."""


def _indented(lines: list[str]) -> list[Static]:
    """Plain-text lines; an indented run (an option's feedback) wraps at its own indent."""
    runs: list[tuple[int, list[str]]] = []
    for line in lines:
        text = line.lstrip(" ")
        indent = len(line) - len(text)
        if runs and runs[-1][0] == indent:
            runs[-1][1].append(text)
        else:
            runs.append((indent, [text]))
    widgets = []
    for indent, texts in runs:
        widget = Static(Text("\n".join(texts)), classes="wn-lines")
        if indent:
            widget.styles.padding = (0, 0, 0, 2 + indent)  # .wn-lines pads 2; this adds the indent
        widgets.append(widget)
    return widgets


class WorkshopNotesScreen(Screen[None]):
    """Read-only: nothing here changes the workshop, so it can never disturb the room."""

    BINDINGS = [
        Binding("q,escape", "app.quit", "Quit", id="ws-notes.quit", tooltip="Close the notes"),
    ]

    def __init__(self, services: WorkshopServices, workshop_id: str | None) -> None:
        super().__init__(id="workshop-notes")
        self.services = services
        self.store = services.store
        self.follow_latest = workshop_id is None
        """No id given: follow whichever workshop was saved last."""
        start = workshop_id or self.store.most_recently_saved()
        self.follower: StateFollower | None = (
            StateFollower(self.store, start) if start is not None else None
        )
        self._polls = 0
        self._drawn: tuple[str, int, str] | None = None

    def compose(self) -> ComposeResult:
        yield Static("Waiting for a workshop to start…", id="wn-status", markup=False)
        yield VerticalScroll(id="wn-body", can_focus=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.poll()
        self.set_interval(POLL_SECONDS, self.poll)

    def poll(self) -> None:
        """Re-read the state file if it changed; keep the clock line live either way."""
        self._polls += 1
        if self.follow_latest and (self.follower is None or self._polls % SWITCH_CHECK_EVERY == 0):
            newest = self.store.most_recently_saved()
            if newest is not None and (
                self.follower is None or newest != self.follower.workshop_id
            ):
                self.follower = StateFollower(self.store, newest)
        if self.follower is None:
            return
        fresh = self.follower.poll()
        state = self.follower.state
        if state is None:
            return
        status = Text(state.config.title, style="bold")
        status.append("  ·  " + status_line(state, self.services.clock()))
        self.query_one("#wn-status", Static).update(status)
        if fresh is not None:
            self._draw(fresh)

    def _draw(self, state: WorkshopState) -> None:
        run = state.current
        lookup = self.services.lookup(state)
        exercise = lookup.get(run.key) if run is not None else None
        body = self.query_one("#wn-body", VerticalScroll)
        here = (state.id, state.index, state.phase)
        keep_scroll = here == self._drawn
        position = body.scroll_y
        body.remove_children()
        widgets: list[Static] = []
        if state.phase == "done":  # the next step for the facilitator: the results
            widgets.append(Static("Finished: the results", classes="wn-heading", markup=False))
            widgets += _indented(
                [
                    f"trainer workshop report {state.id} --format md --out handout.md",
                    f"trainer workshop report {state.id} --format csv --out results.csv",
                ]
            )
        for section in companion_sections(state, exercise):
            widgets.append(Static(section.heading, classes="wn-heading", markup=False))
            widgets += _indented(section.lines)
        following = state.index + 1
        if state.phase != "done" and following < len(state.exercises):
            upcoming = lookup.get(state.exercises[following].key)
            if upcoming is not None:
                widgets.append(Static("Up next", classes="wn-heading", markup=False))
                widgets.append(Static(Text(upcoming.prompt), classes="wn-lines"))
        body.mount_all(widgets)
        if keep_scroll:
            body.scroll_to(y=position, animate=False)
        self._drawn = here


class WorkshopNotesApp(App[None]):
    """A small app of its own, so it runs beside the projector in a second terminal."""

    CSS_PATH = str(Path(__file__).resolve().parent.parent / "app.tcss")
    TITLE = "Workshop notes"

    def __init__(self, services: WorkshopServices, workshop_id: str | None = None) -> None:
        super().__init__()
        self.services = services
        self.workshop_id = workshop_id

    def on_mount(self) -> None:
        self.push_screen(WorkshopNotesScreen(self.services, self.workshop_id))
