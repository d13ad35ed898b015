"""Set-up of a workshop: title, packs and types, pace, roster and teams, and how to keep score."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import (
    Button,
    Footer,
    Input,
    Label,
    RadioButton,
    RadioSet,
    SelectionList,
    Static,
    TextArea,
)

from trainer.workshop.model import DEFAULT_SECONDS, WorkshopConfig
from trainer.workshop.roster import Roster, RosterError, load_roster_file, parse_roster
from trainer.workshop.session import WORKSHOP_TYPES, WorkshopServices, new_workshop
from trainer.workshop.store import WorkshopError

SCORING_CHOICES = (
    ("on", "On: a leaderboard with names"),
    ("anonymous", "Anonymous: team names or initials only"),
    ("off", "Off: don't keep score (no numbers anywhere)"),
)
TYPE_LABELS = {
    "choice": "Choice scenarios",
    "rewrite": "Rewrite challenges (live coaching)",
    "classify": "Classify",
    "order": "Order the steps",
    "pair": "Pair prompts (talk in twos)",
}
ROSTER_HELP = "One name a line. 'Team: Blue' starts a team, or write 'Name, Team'."


def roster_problem(exc: RosterError) -> str:
    """A typed roster's problem as the facilitator reads it: 'Line 4: ...', not 'roster:4: ...'."""
    text = str(exc)
    number, colon, rest = text.removeprefix("roster:").partition(": ")
    if text.startswith("roster:") and colon and number.isdigit():
        return f"Line {number}: {rest}"
    return text.removeprefix("roster: ")


def describe(roster: Roster) -> str:
    people = len(roster.participants)
    noun = "person" if people == 1 else "people"
    if roster.teams:
        return f"{people} {noun} in {len(roster.teams)} teams: " + ", ".join(roster.teams)
    return f"{people} {noun}, no teams"


class WorkshopSetupScreen(Screen[None]):
    """Everything the facilitator decides before the first question goes up."""

    BINDINGS = [
        Binding("ctrl+s", "start", "Start workshop", id="ws-setup.start",
                tooltip="Pick the exercises and put the first one on the projector"),
        Binding("escape", "back", "Back", id="ws-setup.back", tooltip="Leave without starting"),
        # The set-up may already be on the projector: the app's private screens (stats,
        # journal) must not open from here, and q must not drop a half-filled form.
        Binding("t,j,q", "swallow", show=False),
    ]  # fmt: skip

    def __init__(self, services: WorkshopServices, *, title: str = "Workshop") -> None:
        super().__init__(id="workshop-setup")
        self.services = services
        self.initial_title = title

    def compose(self) -> ComposeResult:
        packs = self.services.packset.packs
        yield Static("Set up a workshop", id="ws-setup-heading")
        with Horizontal(id="ws-setup-columns"):
            with VerticalScroll(id="ws-setup-left"):
                yield Label("Title")
                yield Input(self.initial_title, id="ws-title-input", max_length=80)
                yield Label("Packs")
                yield SelectionList[str](
                    *[
                        (Text(f"{p.pack.pack.title} ({len(p.pack.exercises)})"), p.id, True)
                        for p in packs
                    ],
                    id="ws-packs",
                )
                yield Label("Exercise types")
                yield SelectionList[str](
                    *[(TYPE_LABELS[t], t, t != "pair") for t in WORKSHOP_TYPES],
                    id="ws-types",
                )
                with Horizontal(classes="ws-form-row", id="ws-pace"):
                    yield Label("Exercises")
                    yield Input("5", id="ws-count", type="integer", max_length=3)
                    yield Label("Seconds (0 = untimed)")
                    yield Input(str(DEFAULT_SECONDS), id="ws-seconds", type="integer", max_length=4)
                yield Label("Scoring")
                with RadioSet(id="ws-scoring"):
                    for value, label in SCORING_CHOICES:
                        yield RadioButton(label, value=value == "on", name=value)
            with Vertical(id="ws-setup-right"):
                yield Label(f"Roster — {ROSTER_HELP}", id="ws-roster-help")
                yield TextArea("", id="ws-roster", soft_wrap=False)
                with Horizontal(id="ws-roster-file-row"):
                    yield Input(placeholder="…or a file of names: ~/names.txt", id="ws-roster-file")
                    yield Button("Load", id="ws-roster-load")
                yield Static("No names yet.", id="ws-roster-summary", markup=False)
        yield Static("", id="ws-setup-error", markup=False)
        with Horizontal(id="ws-setup-buttons"):
            yield Button("Back (esc)", id="ws-setup-back")
            yield Button("Start workshop (ctrl+s)", id="ws-setup-start", variant="primary")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#ws-title-input", Input).focus()

    def action_swallow(self) -> None:
        """A key the app would use for a private screen: do nothing here."""

    def _error(self, message: str) -> None:
        self.query_one("#ws-setup-error", Static).update(message)

    @on(TextArea.Changed, "#ws-roster")
    def _roster_changed(self) -> None:
        summary = self.query_one("#ws-roster-summary", Static)
        text = self.query_one("#ws-roster", TextArea).text
        if not text.strip():
            summary.update("No names yet.")
            return
        try:
            summary.update(describe(parse_roster(text)))
        except RosterError as exc:
            summary.update(roster_problem(exc))

    @on(Input.Submitted, "#ws-roster-file")
    @on(Button.Pressed, "#ws-roster-load")
    def _load_roster(self) -> None:
        raw = self.query_one("#ws-roster-file", Input).value.strip()
        if not raw:
            self._error("Type the path of a text file of names first.")
            return
        from pathlib import Path

        try:
            roster = load_roster_file(Path(raw))
        except RosterError as exc:
            self._error(str(exc))
            return
        self.query_one("#ws-roster", TextArea).load_text(roster.to_text())
        self._error("")

    def _number(self, widget_id: str, what: str, low: int, high: int) -> int | None:
        raw = self.query_one(widget_id, Input).value.strip()
        if not raw.isdigit() or not low <= int(raw) <= high:
            self._error(f"{what}: a whole number from {low} to {high}.")
            return None
        return int(raw)

    def build_config(self) -> WorkshopConfig | None:
        """The configuration the form describes, or None (with the reason shown)."""
        title = " ".join(self.query_one("#ws-title-input", Input).value.split()) or "Workshop"
        packs = list(self.query_one("#ws-packs", SelectionList).selected)
        types = list(self.query_one("#ws-types", SelectionList).selected)
        if not packs:
            self._error("Choose at least one pack.")
            return None
        if not types:
            self._error("Choose at least one type of exercise.")
            return None
        count = self._number("#ws-count", "Exercises", 1, 100)
        seconds = self._number("#ws-seconds", "Seconds each", 0, 3600)
        if count is None or seconds is None:
            return None
        try:
            roster = parse_roster(self.query_one("#ws-roster", TextArea).text)
        except RosterError as exc:
            self._error(f"Roster: {roster_problem(exc)}")
            return None
        pressed = self.query_one("#ws-scoring", RadioSet).pressed_button
        scoring = pressed.name if pressed is not None and pressed.name else "on"
        return WorkshopConfig.model_validate(
            {
                "title": title,
                "packs": packs,
                "types": [t for t in WORKSHOP_TYPES if t in types],
                "count": count,
                "seconds": seconds,
                "people": WorkshopConfig.people_from(roster),
                "scoring": scoring,
                "seed": int(self.services.clock() * 1000) % 2**31,
            }
        )

    @on(Button.Pressed, "#ws-setup-start")
    def action_start(self) -> None:
        config = self.build_config()
        if config is None:
            return
        try:
            state = new_workshop(
                self.services.packset, config, self.services.store, self.services.clock()
            )
        except WorkshopError as exc:
            self._error(str(exc))
            return
        from trainer.ui.screens.workshop_projector import WorkshopProjectorScreen

        self.app.switch_screen(WorkshopProjectorScreen(self.services, state))
        if len(state.exercises) < config.count:
            found = f"Only {len(state.exercises)}" if config.scoring != "off" else "Fewer"
            self.app.notify(
                f"{found} exercises matched the packs and types chosen.",
                title="Fewer exercises",
                severity="warning",
                markup=False,
            )

    @on(Button.Pressed, "#ws-setup-back")
    def action_back(self) -> None:
        from trainer.ui.screens.workshop_entry import leave_workshop

        leave_workshop(self.app)
