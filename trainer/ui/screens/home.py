"""Home: today's line, three ways to start, every pack with its mastery and what is due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

from trainer.practice.service import Overview, PackRow

if TYPE_CHECKING:
    from textual.widgets import DataTable
from trainer.ui.widgets.score_bar import bar_text

COMPONENT_NAMES = {
    "vulnerability": "Vulnerability",
    "empathy": "Empathy",
    "respect": "Respect",
    "communication": "Communication",
    "support": "Support",
    "shared-time": "Shared time",
    "conflict": "Conflict",
    "roadblocks": "Roadblocks",
    "custom": "Custom",
}

WELCOME = [
    ("Vulnerability", "letting someone see what is really going on with you.",
     "Practise naming a feeling and a need, and sharing at a safe pace."),
    ("Empathy", "hearing the feeling under the words before fixing anything.",
     "Practise reflecting back what you heard and checking you got it."),
    ("Mutual respect", "disagreeing without contempt, blame or shutting down.",
     "Practise soft start-ups and repairs that keep both people's dignity."),
    ("Open communication", "saying what you saw, feel, need and would like.",
     "Practise I-statements and clear, doable requests."),
    ("Support", "being there in the way the other person needs.",
     "Practise validating, and celebrating good news with enthusiasm."),
    ("Shared time", "small, regular moments of real attention add up.",
     "Practise questions and rituals that turn time together into closeness."),
]


def welcome_text() -> Text:
    text = Text()
    text.append("Welcome! ", style="bold")
    text.append("Short drills for six everyday skills of closeness, with anyone you love.\n")
    # The suggestion comes first so it is on screen at 80x24 without scrolling.
    text.append("A good first session: ")
    text.append("press s for Quick practice", style="bold")
    text.append(" (10 short exercises, about five minutes).\n")
    for name, first, second in WELCOME:
        text.append("\n")  # a blank line before the first; ends the line before the others
        text.append(name, style="bold")
        text.append(f": {first}\n")
        text.append(f"  {second}", style="dim")
    return text


class HomeScreen(Screen[None]):
    """The first screen: what to practise today."""

    BINDINGS = [
        Binding(
            "v",
            "review",
            "Review",
            id="home.review",
            tooltip="Practise the exercises the scheduler says are due, most urgent first",
        ),
        Binding(
            "s",
            "quick",
            "Quick",
            id="home.quick",
            tooltip="10 mixed exercises, weakest first, a few new ones",
        ),
        Binding(
            "p",
            "pick_pack",
            "Pack",
            id="home.pick",
            tooltip="Choose a pack, then all of it or one type of exercise",
        ),
        # Not in the footer, which is full at 80 columns: the problems line names the key
        # whenever there are problems, and help lists it.
        Binding(
            "w",
            "show_problems",
            "Pack problems",
            show=False,
            id="home.problems",
            tooltip="List the problems found in pack files",
        ),
        Binding(
            "f",
            "workshop",
            "Workshop",
            id="home.workshop",
            tooltip="Facilitate: run timed drills for a room on a projector",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.overview: Overview | None = None
        """The last overview loaded from the trainer; None until packs and progress are read."""
        self._rows: list[PackRow] = []
        self._problems_shown = False

    def compose(self) -> ComposeResult:
        # Only what the first frame needs; the rest mounts right after it (see on_mount).
        with VerticalScroll(id="home-body"):
            # ASCII dots: a first frame with only ASCII text spares loading Rich's Unicode width
            # table (~1.3 ms); the line is replaced as soon as packs and progress are read.
            yield Static("Loading your packs and progress...", id="today", markup=False)
            with Horizontal(id="starts"):
                yield Button("Review due", id="start-review")
                yield Button("Quick practice", id="start-quick", variant="primary")
                yield Button("Practice a pack", id="start-pick")

    def on_mount(self) -> None:
        # The footer (a widget per key) and the table cost more than the rest of the first
        # frame together: mount them right after it, then read packs and progress off the UI
        # thread.
        self.call_after_refresh(self._mount_rest)

    async def _mount_rest(self) -> None:
        from textual.widgets import DataTable, Footer

        problems = Static("", id="problems-line", markup=False)
        welcome = Static("", id="welcome", markup=False)
        problems.display = False
        welcome.display = False
        table: DataTable[Text | str] = DataTable(
            id="packs",
            cursor_type="row",
            zebra_stripes=True,
            # Keep the mastery colours on the highlighted row too.
            cursor_foreground_priority="renderable",
        )
        table.add_column("Component", key="component", width=13)
        table.add_column("Pack", key="pack", width=24)
        table.add_column("Items", key="count", width=5)
        table.add_column("Mastery", key="mastery", width=15)
        table.add_column("Due", key="due", width=4)
        await self.query_one("#home-body").mount_all([problems, welcome, table])
        await self.mount(Footer(compact=True))
        self.load_overview()

    def on_screen_resume(self) -> None:
        if self.overview is not None:
            self.load_overview()

    @work(thread=True, exclusive=True, group="overview")
    def load_overview(self) -> None:
        trainer = self.app.trainer  # type: ignore[attr-defined]
        try:
            trainer.load()
            overview = trainer.overview()
        except Exception as error:  # noqa: BLE001 - shown on screen, never a traceback
            self.app.call_from_thread(self.show_error, error)
            return
        self.app.call_from_thread(self.show_overview, overview)

    def show_error(self, error: Exception) -> None:
        self.query_one("#today", Static).update(
            Text(f"Could not read your packs or progress: {error}", style="red")
        )
        self.notify(str(error), title="Could not load", severity="error", timeout=15, markup=False)

    def show_overview(self, overview: Overview) -> None:
        first_load = self.overview is None
        self.overview = overview
        self.query_one("#today", Static).update(self._today(overview))
        review = self.query_one("#start-review", Button)
        review.label = f"Review due ({overview.due})"
        review.refresh(layout=True)  # a label change alone keeps the old width: "(52)" was cut
        # The suggested start stands out: reviews when something is due, else quick practice.
        review.variant = "primary" if overview.due else "default"
        self.query_one("#start-quick", Button).variant = "default" if overview.due else "primary"
        welcome = self.query_one("#welcome", Static)
        welcome.display = overview.first_run
        if overview.first_run:
            welcome.update(welcome_text())
        line = self.query_one("#problems-line", Static)
        line.display = bool(overview.problems)
        if overview.problems:
            count = len(overview.problems)
            line.update(
                Text(
                    f"⚠ {count} problem{'s' if count != 1 else ''} in pack files; "
                    "the other packs loaded fine. Press w to see them.",
                    style="yellow",
                )
            )
        self._fill_table(overview.rows)
        if first_load:
            # Enter starts the suggested (highlighted) session, not "Review due (0)"; at 80x24
            # focus would otherwise land on the scrolling body, where Enter does nothing.
            self.query_one("#start-review" if overview.due else "#start-quick").focus()
        elif self.focused is None or self.focused.id == "packs":
            self.query_one("#packs").focus()
        self.refresh_bindings()
        if overview.warnings and not self._problems_shown:
            for warning in overview.warnings:
                self.notify(
                    warning, title="Progress", severity="warning", timeout=15, markup=False
                )
        if overview.problems and not self._problems_shown:
            self.action_show_problems()
        self._problems_shown = True

    def _today(self, overview: Overview) -> Text:
        text = Text()
        text.append("Today  ", style="bold")
        days = overview.streak
        text.append(f"streak {days} day{'s' if days != 1 else ''}")
        text.append("  ·  ")
        text.append(f"practised {overview.days_this_week} of the last 7 days")
        text.append("  ·  ")
        text.append(f"{overview.due} due", style="bold" if overview.due else "")
        return text

    def _fill_table(self, rows: list[PackRow]) -> None:
        from textual.widgets import DataTable

        table: DataTable[Text | str] = self.query_one("#packs", DataTable)
        cursor = table.cursor_row
        table.clear()
        self._rows = rows
        previous_group = None
        for row in rows:
            component = COMPONENT_NAMES.get(row.component, row.component)
            group = "Your packs" if row.custom else component
            title = Text(row.title)
            table.add_row(
                Text(group if group != previous_group else "", style="bold"),
                title,
                Text(str(row.count), justify="right"),
                bar_text(row.mastery, 8),
                Text(str(row.due) if row.due else "·", justify="right"),
                key=row.id,
                height=None,
            )
            previous_group = group
        if rows:
            table.move_cursor(row=min(cursor, len(rows) - 1))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_problems":
            return bool(self.overview and self.overview.problems)
        return True

    # -- starting sessions -----------------------------------------------------------------------

    @on(Button.Pressed, "#start-review")
    def action_review(self) -> None:
        if self.overview is None:
            return
        if not self.overview.due:
            self.notify("Nothing is due right now. Try a quick practice (s).", title="Review due")
            return
        self.app.start_session(self.app.trainer.review_session())  # type: ignore[attr-defined]

    @on(Button.Pressed, "#start-quick")
    def action_quick(self) -> None:
        if self.overview is None:
            return
        self.app.start_session(self.app.trainer.quick_session())  # type: ignore[attr-defined]

    @on(Button.Pressed, "#start-pick")
    def action_pick_pack(self) -> None:
        self._pick(None)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "packs":
            self._pick(str(event.row_key.value))

    def _pick(self, pack_id: str | None) -> None:
        if self.overview is None or not self._rows:
            return
        from trainer.ui.dialogs.pick_pack import PickPackDialog

        def chosen(choice: tuple[str, str | None] | None) -> None:
            if choice is not None:
                trainer = self.app.trainer  # type: ignore[attr-defined]
                self.app.start_session(  # type: ignore[attr-defined]
                    trainer.pack_session(choice[0], choice[1])
                )

        self.app.push_screen(PickPackDialog(self._rows, pack_id), chosen)

    def action_show_problems(self) -> None:
        if self.overview and self.overview.problems:
            from trainer.ui.dialogs.problems import PackProblemsDialog

            self.app.push_screen(PackProblemsDialog(self.overview.problems))

    def action_workshop(self) -> None:
        from trainer.ui.app import TrainerApp
        from trainer.ui.screens.workshop_entry import open_workshop_setup

        if isinstance(self.app, TrainerApp):
            open_workshop_setup(self.app)
