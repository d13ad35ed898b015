"""Reveal step for a choice: the facilitator enters how the room answered."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static


@dataclass
class TallyResult:
    counts: dict[int, int] = field(default_factory=dict)
    """Option index -> hands raised (unnamed)."""
    choices: dict[str, int] = field(default_factory=dict)
    """Team or participant -> option index."""
    first: str | None = None


@dataclass(frozen=True)
class TallyOption:
    index: int
    letter: str
    text: str


def _short(text: str, width: int = 52) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class WorkshopTallyDialog(ModalScreen[TallyResult | None]):
    """Hands per option and/or which team (or person) chose which option.

    With ``numbers=False`` (scoring off) only the who-chose-what pickers show, so nothing with a
    digit ever reaches the projector.
    """

    BINDINGS = [
        Binding(
            "escape", "cancel", "Cancel", id="ws-tally.cancel", tooltip="Reveal without a tally"
        ),
        Binding(
            "ctrl+s", "save", "Show result", id="ws-tally.save", tooltip="Show the distribution"
        ),
    ]

    def __init__(
        self,
        options: list[TallyOption],
        choosers: list[str],
        previous: TallyResult,
        *,
        numbers: bool = True,
        chooser_word: str = "team",
        labels: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.labels = labels or {}
        """How each name is shown (initials in anonymous mode); the values stay the names."""
        self.options = options
        self.choosers = choosers
        self.previous = previous
        self.numbers = numbers
        self.chooser_word = chooser_word

    def compose(self) -> ComposeResult:
        letters = [(Text(o.letter), o.index) for o in self.options]
        with Vertical(classes="dialog wide", id="ws-tally"):
            yield Static("How did the room answer?", classes="ws-dialog-title")
            with VerticalScroll(id="ws-tally-rows"):
                if self.numbers:
                    hands = "Hands raised for each option (blank = none)"
                    if self.choosers:  # named answers win, so nobody is counted twice
                        hands += (
                            f". If you also enter each {self.chooser_word}'s answer below, "
                            "those are counted instead of the hands."
                        )
                    yield Static(hands, classes="ws-hint")
                    for option in self.options:
                        with Horizontal(classes="ws-form-row"):
                            yield Label(Text(f"{option.letter}  {_short(option.text)}"))
                            count = self.previous.counts.get(option.index)
                            yield Input(
                                str(count) if count else "",
                                type="integer",
                                id=f"count-{option.index}",
                                placeholder="0",
                            )
                if self.choosers:
                    yield Static(
                        f"Which option did each {self.chooser_word} choose?", classes="ws-hint"
                    )
                    for position, who in enumerate(self.choosers):
                        with Horizontal(classes="ws-form-row"):
                            yield Label(Text(self.labels.get(who, who)))
                            yield Select(
                                letters,
                                prompt="—",
                                value=self.previous.choices.get(who, Select.NULL),
                                id=f"who-{position}",
                            )
                    if self.numbers:
                        with Horizontal(classes="ws-form-row"):
                            yield Label("First in (speed, kept apart)")
                            yield Select(
                                [(Text(self.labels.get(who, who)), who) for who in self.choosers],
                                prompt="—",
                                value=self.previous.first or Select.NULL,
                                id="first",
                            )
            yield Static("", id="ws-tally-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel (esc)", id="cancel")
                yield Button("Show result (ctrl+s)", id="save", variant="primary")

    def on_mount(self) -> None:
        first = self.query("Input, Select").first()
        first.focus()

    def _result(self) -> TallyResult | None:
        result = TallyResult()
        for option in self.options:
            found = self.query(f"#count-{option.index}")
            if not found:
                continue
            raw = found.first(Input).value.strip()
            if not raw:
                continue
            if not raw.isdigit() or int(raw) > 10_000:
                self.query_one("#ws-tally-error", Static).update(
                    f"Option {option.letter}: write how many people chose it, e.g. 3"
                )
                return None
            result.counts[option.index] = int(raw)
        for position, who in enumerate(self.choosers):
            value = self.query_one(f"#who-{position}", Select).value
            if isinstance(value, int):
                result.choices[who] = value
        found_first = self.query("#first")
        if found_first:
            value = found_first.first(Select).value
            result.first = value if isinstance(value, str) else None
        return result

    @on(Input.Submitted)
    def _submitted(self) -> None:
        # Enter walks down the form (counts are typed one after another); ctrl+s shows the result.
        self.focus_next()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        result = self._result()
        if result is not None:
            self.dismiss(result)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
