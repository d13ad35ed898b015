"""The projector view: what the whole room sees, from the question to the final summary.

One screen walks the workshop's phases (question, reveal, leaderboard, done) and redraws its body
when the phase or the tallies change. It never shows facilitator notes, and never shows an answer
before the reveal. The state is saved after every action (and every few seconds while the clock
runs), so closing the terminal loses nothing: ``trainer workshop --resume`` carries on.
"""

from __future__ import annotations

import os

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from trainer.packs.models import (
    ChoiceExercise,
    ClassifyExercise,
    Exercise,
    OrderExercise,
    PairExercise,
    RewriteExercise,
)
from trainer.progress.atomic import atomic_write
from trainer.ui.dialogs.confirm import ConfirmDialog
from trainer.ui.dialogs.workshop_credit import WorkshopCreditDialog
from trainer.ui.dialogs.workshop_recredit import Recredit, WorkshopRecreditDialog
from trainer.ui.dialogs.workshop_rewrite import SpokenRewrite, WorkshopRewriteDialog
from trainer.ui.dialogs.workshop_tally import TallyOption, TallyResult, WorkshopTallyDialog
from trainer.ui.widgets.workshop_bars import DistributionBars, distribution_text
from trainer.ui.widgets.workshop_timer import WorkshopTimer
from trainer.workshop.model import WorkshopState
from trainer.workshop.points import (
    leaderboard,
    option_votes,
    strongest_and_hardest,
    success_rate,
)
from trainer.workshop.report import render_markdown
from trainer.workshop.roster import initials
from trainer.workshop.session import WorkshopServices, coach_rewrite, record_progress

HEARTBEAT_SECONDS = 5.0
"""While the clock runs, save this often so a resume after a crash loses at most this much."""
TICK_SECONDS = 0.25

ORDINALS = (
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth",
    "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth",
)  # fmt: skip
PLACES = ("1st", "2nd", "3rd")


def _short(text: str, width: int = 64) -> str:
    """The first sentence, or the first ``width`` characters, of a long prompt."""
    first = text.split(". ")[0].rstrip(".")
    text = first if len(first) < len(text) and len(first) >= 30 else text
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _plain(text: str, classes: str = "") -> Static:
    """Pack and participant text is shown as typed, never parsed as markup."""
    return Static(Text(text), classes=classes)


def _lettered(lead: str, text: str, classes: str, gap: int = 3) -> Static:
    """``A   option text`` with a long text wrapping under itself, not under the letter."""
    grid = Table.grid(padding=(0, gap, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(Text(lead), Text(text))
    return Static(grid, classes=classes)


class WorkshopProjectorScreen(Screen[None]):
    """Large, wide and readable from the back of the room."""

    BINDINGS = [
        Binding("space", "pause", "Pause/resume", id="ws.pause", tooltip="Stop/restart the clock"),
        Binding(
            "plus,equals_sign", "more_time", "More time", key_display="+", id="ws.more",
            tooltip="Thirty more seconds on the clock",
        ),
        Binding("v", "reveal", "Reveal", id="ws.reveal", tooltip="Stop the clock, show the answer"),
        Binding("s", "skip", "Skip", id="ws.skip", tooltip="Go on without revealing"),
        Binding("t", "tally", "Tally", id="ws.tally", tooltip="Enter how the room answered"),
        Binding("r", "rewrite", "Add rewrite", id="ws.rewrite",
                tooltip="Type a participant's rewrite; the coach scores it for the room"),
        Binding("c", "credit", "Who got it", id="ws.credit", tooltip="Tick who got it right"),
        Binding("c", "recredit", "Who said it", id="ws.recredit",
                tooltip="Change who said a rewrite (the name it is credited to)"),
        Binding("m", "models", "Model answers", id="ws.models",
                tooltip="Show the model answers for this rewrite"),
        Binding("d", "discuss", "Discuss", id="ws.discuss", tooltip="Show the questions"),
        Binding("n,enter", "next", "Next", id="ws.next", tooltip="On to what comes next"),
        Binding("h", "handout", "Save handout", id="ws.handout",
                tooltip="Write the Markdown report next to the workshop file"),
        Binding("e", "end", "End", id="ws.end", tooltip="End now, show the summary"),
        Binding("escape,q", "leave", "Leave", id="ws.leave",
                tooltip="Close this view; the workshop is saved and can be resumed"),
        # The app's own keys (stats, journal...) must never open a private screen on the
        # projector: a key this screen does not use right now stops here.
        Binding("t,j,f,w,p,s,r,c,d,m,h,n", "swallow", show=False),
    ]  # fmt: skip

    def __init__(self, services: WorkshopServices, state: WorkshopState) -> None:
        super().__init__(id="workshop-projector")
        self.services = services
        self.state = state
        self.store = services.store
        self.lookup = services.lookup(state)
        self.numbers = state.scoring != "off"
        """False in "don't keep score" mode: no digit anywhere on this screen."""
        self._last_save = 0.0
        self._hide_answer = False
        self._was_up = False
        self._show_models = False

    # ---- layout ----

    def compose(self) -> ComposeResult:
        with Horizontal(id="ws-top"):
            yield Static(Text(self.state.config.title), id="ws-title")
            yield Static("", id="ws-progress")
            yield Static("", id="ws-phase")
        with Horizontal(id="ws-main"):
            yield VerticalScroll(id="ws-body", can_focus=False)
            with Vertical(id="ws-side"):
                yield WorkshopTimer(numbers=self.numbers, id="ws-timer")
                yield Static("", id="ws-cue")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.state.pid = os.getpid()
        self._save()
        self._redraw()
        self.set_interval(TICK_SECONDS, self._tick)

    def shown(self, name: str) -> str:
        """A participant as the room sees them: initials when scores are anonymous."""
        people = {p.name for p in self.state.config.people}
        if self.state.scoring == "anonymous" and name in people:
            return initials(name)
        return name

    def labels(self) -> dict[str, str]:
        names = [p.name for p in self.state.config.people] + self.state.config.teams
        return {name: self.shown(name) for name in names}

    def now(self) -> float:
        return self.services.clock()

    def _save(self) -> None:
        now = self.now()
        self.store.save(self.state, now)
        self._last_save = now

    def _changed(self) -> None:
        """After every action: save, redraw, refresh which keys apply."""
        self._save()
        self._redraw()
        self.refresh_bindings()

    # ---- the clock ----

    def _tick(self) -> None:
        run = self.state.current
        if run is None:
            return
        now = self.now()
        showing_clock = self.state.phase == "question"
        timer = self.query_one(WorkshopTimer)
        timer.display = showing_clock
        if showing_clock:
            timer.show(run.timer.remaining(now), run.timer.total, paused=run.timer.paused)
        up = showing_clock and run.timer.is_up(now)
        self.set_class(up, "-time-up")
        self.query_one("#ws-cue", Static).update("Time is up: reveal with v" if up else "")
        if up != self._was_up:
            self._was_up = up
            self._save()
        elif showing_clock and not run.timer.paused and now - self._last_save >= HEARTBEAT_SECONDS:
            self._save()

    # ---- drawing ----

    def _redraw(self) -> None:
        state = self.state
        dots = " ".join(
            "◉"
            if i == state.index and not state.done
            else ("●" if i < state.index or state.exercises[i].revealed else "○")
            for i in range(len(state.exercises))
        )
        self.query_one("#ws-progress", Static).update(dots)
        phase = {"question": "Question", "reveal": "Answer", "leaderboard": "Leaderboard"}
        self.query_one("#ws-phase", Static).update(phase.get(state.phase, "Summary"))
        body = self.query_one("#ws-body", VerticalScroll)
        body.remove_children()
        body.mount_all(self._body())
        body.scroll_home(animate=False)
        self._tick()

    def _body(self) -> list[Widget]:
        run = self.state.current
        exercise = self.lookup.get(run.key) if run is not None else None
        if self.state.phase == "done":
            return self._summary()
        if self.state.phase == "leaderboard":
            return self._leaderboard()
        if exercise is None:
            return [_plain("This exercise is no longer in the loaded packs; press s to skip.")]
        if self.state.phase == "reveal" and not self._hide_answer:
            return self._reveal(exercise)
        return self._question(exercise)

    def _question(self, exercise: Exercise) -> list[Widget]:
        run = self.state.current
        assert run is not None
        widgets: list[Widget] = [_plain(exercise.prompt, "ws-prompt")]
        if isinstance(exercise, ChoiceExercise):
            for option in run.order or range(len(exercise.options)):
                letter = run.letter_of(option)
                widgets.append(_lettered(letter, exercise.options[option].text, "ws-option"))
        elif isinstance(exercise, RewriteExercise):
            if exercise.said:
                widgets.append(_plain(f"They said: “{exercise.said}”", "ws-quote"))
            widgets.append(_plain(f"“{exercise.original}”", "ws-quote"))
            when = "when the time is up" if run.timer.timed else "when you're asked"
            widgets.append(_plain(f"Say your rewrite out loud {when}.", "ws-hint"))
        elif isinstance(exercise, ClassifyExercise):
            widgets.append(_plain("Sort into: " + " · ".join(exercise.categories), "ws-hint"))
            for item in run.order or range(len(exercise.items)):
                lead = run.letter_of(item)
                widgets.append(_lettered(lead, exercise.items[item].text, "ws-option"))
        elif isinstance(exercise, OrderExercise):
            for item in run.order or range(len(exercise.items)):
                lead = run.letter_of(item)
                widgets.append(_lettered(lead, exercise.items[item].text, "ws-option"))
        elif isinstance(exercise, PairExercise):
            widgets.append(_plain("Turn to a partner and take turns.", "ws-hint"))
        return widgets

    def _reveal(self, exercise: Exercise) -> list[Widget]:
        state = self.state
        run = state.current
        assert run is not None
        widgets: list[Widget] = [_plain(exercise.prompt, "ws-prompt ws-small")]
        if isinstance(exercise, ChoiceExercise):
            rows = option_votes(state, run, exercise)
            if run.marked:
                bars = DistributionBars(classes="ws-bars")
                bars.show(rows, numbers=self.numbers)
                widgets.append(bars)
            for row in rows:
                mark = "✓" if row.correct else "✗"
                classes = "ws-answer -right" if row.correct else "ws-answer"
                widgets.append(_lettered(f"{row.letter} {mark}", row.text, classes, gap=1))
                widgets.append(_plain(row.feedback, "ws-feedback"))
        elif isinstance(exercise, RewriteExercise):
            widgets.append(_plain(f"Original: “{exercise.original}”", "ws-quote"))
            if not run.rewrites:
                widgets.append(_plain("Press r to type a rewrite someone says.", "ws-hint"))
            for entry in reversed(run.rewrites):
                who = f" — {self.shown(entry.participant)}" if entry.participant else ""
                widgets.append(_plain(f"“{entry.text}”{who}", "ws-heard"))
                score = f" · {entry.score}/100" if self.numbers else ""
                widgets.append(_plain(f"Coach: {entry.verdict}{score}", "ws-verdict"))
                lines = [f"✓ {note}" for note in entry.found]
                lines += [f"→ {note}" for note in entry.missing]
                lines += [f"! {note}" for note in entry.flags]
                if lines:
                    widgets.append(_plain("\n".join(lines), "ws-feedback"))
            if run.rewrites or self._show_models:
                widgets.append(_plain("Model answers", "ws-heading"))
                widgets += [_plain(f"“{a}”", "ws-feedback") for a in exercise.model_answers]
            else:
                widgets.append(_plain("Press m for the model answers.", "ws-hint"))
        elif isinstance(exercise, ClassifyExercise):
            # the letters the room saw on the question, so each answer can be matched to it
            for position, item in enumerate(exercise.items):
                text = f"{run.letter_of(position)}  {item.text}  →  {item.category}"
                widgets.append(_plain(text, "ws-answer -right"))
                widgets.append(_plain(item.why, "ws-feedback"))
        elif isinstance(exercise, OrderExercise):
            for position, step in enumerate(exercise.items):
                word = ORDINALS[position] if position < len(ORDINALS) else "Then"
                text = f"{word}: {run.letter_of(position)}  {step.text}"
                widgets.append(_plain(text, "ws-answer -right"))
                if step.why:
                    widgets.append(_plain(step.why, "ws-feedback"))
        elif isinstance(exercise, PairExercise):
            widgets += [_plain(f"• {q}", "ws-feedback") for q in exercise.follow_ups]
        if isinstance(exercise, ClassifyExercise | OrderExercise) and run.marked and self.numbers:
            names = ", ".join(self.shown(n) for n in run.credited) or "nobody this time"
            widgets.append(_plain(f"Got it right: {names}", "ws-verdict"))
        if exercise.explanation:
            widgets.append(_plain(exercise.explanation, "ws-explain"))
        if exercise.discussion:
            widgets.append(
                _plain(
                    "Let's discuss",
                    "ws-heading",
                )
            )
            widgets.append(_plain("\n".join(f"• {q}" for q in exercise.discussion), "ws-discuss"))
        return widgets

    def _leaderboard(self) -> list[Widget]:
        rows = leaderboard(self.state, self.lookup) or []
        widgets: list[Widget] = [_plain("Leaderboard", "ws-prompt")]
        top = max((row.correct for row in rows), default=0)
        for row in rows:
            bar = "█" * (0 if top == 0 else round(row.correct / top * 24))
            line = Text()
            line.append(f"{row.place:>2}. ", style="bold")
            line.append(f"{row.label[:20]:<21}", style="bold")
            line.append(f"{bar:<25}", style="green")
            line.append(f"{row.correct} right")
            if row.speed:
                line.append(f"   first in {row.speed}×", style="dim")
            widgets.append(Static(line, classes="ws-rank"))
        if not any(row.answered for row in rows):
            word = "team" if self.state.config.teams else "person"
            widgets.append(
                _plain(
                    f"No one credited yet. To rank, pick which option each {word} chose "
                    "in the tally, and tick who got classify and order right.",
                    "ws-hint",
                )
            )
        widgets.append(_plain("Right answers rank; being first in only breaks ties.", "ws-hint"))
        return widgets

    def _summary(self) -> list[Widget]:
        state = self.state
        widgets: list[Widget] = [_plain(f"Thank you! {state.config.title}", "ws-prompt")]
        played = [run for run in state.exercises if run.revealed]
        if not self.numbers:
            widgets.append(_plain("What we explored together", "ws-heading"))
            for run in played:
                exercise = self.lookup.get(run.key)
                if exercise is not None:
                    widgets.append(_plain(f"• {_short(exercise.prompt)}", "ws-feedback"))
            return widgets
        rows = leaderboard(state, self.lookup) or []
        # everyone placed in the top three stands on it: a tie never drops someone off the end
        podium = [row for row in rows if row.place <= 3 and row.correct > 0]
        if podium:
            widgets.append(_plain("Podium", "ws-heading"))
            for row in podium:
                text = f"{PLACES[row.place - 1]}  {row.label} — {row.correct} right"
                widgets.append(_plain(text, "ws-podium"))
        strongest, hardest = strongest_and_hardest(state, self.lookup)
        for label, picked in (("Strongest", strongest), ("Hardest", hardest)):
            exercise = self.lookup.get(picked.key) if picked is not None else None
            if exercise is not None:
                widgets.append(_plain(f"{label}: {_short(exercise.prompt)}", "ws-verdict"))
        widgets.append(_plain("How the room answered", "ws-heading"))
        for position, run in enumerate(played, start=1):
            exercise = self.lookup.get(run.key)
            if exercise is None:
                continue
            rate = success_rate(state, run, exercise)
            share = f"{rate:.0%} right" if rate is not None else "no tally"
            if isinstance(exercise, RewriteExercise) and rate is not None:
                share = f"average coach score {rate * 100:.0f}"
            # one line each, the share included: the prompt gives way (76 columns at 120 wide)
            text = f"{position}. {_short(exercise.prompt, 68 - len(share))}  ({share})"
            widgets.append(_plain(text, "ws-summary-line"))
            if isinstance(exercise, ChoiceExercise) and run.marked:
                rows_ = option_votes(state, run, exercise)
                widgets.append(Static(distribution_text(rows_, numbers=True), classes="ws-bars"))
        return widgets

    # ---- which keys apply now ----

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        phase = self.state.phase
        run = self.state.current
        kind = run.type if run is not None else ""
        if action in ("pause", "more_time"):
            return phase == "question" and run is not None and run.timer.timed
        if action in ("reveal", "skip"):
            return phase == "question"
        if action == "tally":
            return phase == "reveal" and kind == "choice"
        if action == "rewrite":
            return phase == "reveal" and kind == "rewrite"
        if action == "models":
            return (
                phase == "reveal"
                and kind == "rewrite"
                and run is not None
                and not run.rewrites
                and not self._show_models
            )
        if action == "credit":
            return phase == "reveal" and kind in ("classify", "order") and self.numbers
        if action == "recredit":
            return (
                phase == "reveal"
                and kind == "rewrite"
                and run is not None
                and bool(run.rewrites)
                and bool(self.state.config.people)
            )
        if action == "discuss":
            exercise = self.lookup.get(run.key) if run is not None else None
            return phase == "reveal" and exercise is not None and bool(exercise.discussion)
        if action == "next":
            return phase in ("reveal", "leaderboard")
        if action == "end":
            return phase != "done"
        if action == "handout":
            return phase == "done"
        return True

    # ---- actions (each saves) ----

    def action_swallow(self) -> None:
        """A key with no meaning in this phase: do nothing (and let nothing else act on it)."""

    def action_pause(self) -> None:
        self.state.toggle_pause(self.now())
        self._save()
        self._tick()

    def action_more_time(self) -> None:
        self.state.add_time()
        self._save()
        self._tick()

    def action_reveal(self) -> None:
        run = self.state.current
        if run is None:
            return
        self.state.reveal(self.now())
        exercise = self.lookup.get(run.key)
        if isinstance(exercise, ChoiceExercise):
            self._hide_answer = True  # the answer waits until the tally is in
        self._changed()
        if isinstance(exercise, ChoiceExercise):
            self.action_tally()
        elif isinstance(exercise, RewriteExercise):
            self.action_rewrite()

    def action_skip(self) -> None:
        self.state.skip(self.now())
        self._changed()

    def action_next(self) -> None:
        self._show_models = False
        if self.state.phase == "reveal":
            self._record()
        self.state.next(self.now())
        self._changed()

    def _record(self) -> None:
        run = self.state.current
        exercise = self.lookup.get(run.key) if run is not None else None
        if run is None or exercise is None:
            return
        try:
            record_progress(
                self.state, run, exercise, self.services.data_dir, self.services.packset
            )
        except Exception as exc:  # progress must never stop the room
            self.notify(f"Progress not recorded: {exc}", severity="warning", markup=False)

    def action_tally(self) -> None:
        run = self.state.current
        exercise = self.lookup.get(run.key) if run is not None else None
        if run is None or not isinstance(exercise, ChoiceExercise):
            return
        options = [
            TallyOption(index, run.letter_of(index), exercise.options[index].text)
            for index in (run.order or range(len(exercise.options)))
        ]
        previous = TallyResult(
            {int(k): v for k, v in run.counts.items()}, dict(run.choices), run.first
        )
        word = "team" if self.state.config.teams else "person"
        dialog = WorkshopTallyDialog(
            options,
            self.state.config.choosers(),
            previous,
            numbers=self.numbers,
            chooser_word=word,
            labels=self.labels(),
        )
        self.app.push_screen(dialog, self._tallied)

    def _tallied(self, result: TallyResult | None) -> None:
        self._hide_answer = False
        if result is not None:
            run = self.state.current
            exercise = self.lookup.get(run.key) if run is not None else None
            count = len(exercise.options) if isinstance(exercise, ChoiceExercise) else None
            self.state.set_tally(result.counts, result.choices, result.first, options=count)
        self._changed()

    def action_rewrite(self) -> None:
        run = self.state.current
        exercise = self.lookup.get(run.key) if run is not None else None
        if run is None or not isinstance(exercise, RewriteExercise):
            return
        people = [p.name for p in self.state.config.people]
        credited = {entry.participant for entry in run.rewrites}
        suggested = next((name for name in people if name not in credited), None)
        self.app.push_screen(
            WorkshopRewriteDialog(exercise.original, people, suggested, self.labels()),
            self._rewritten,
        )

    def _rewritten(self, spoken: SpokenRewrite | None) -> None:
        run = self.state.current
        exercise = self.lookup.get(run.key) if run is not None else None
        if spoken is None or not isinstance(exercise, RewriteExercise):
            return
        try:
            entry = coach_rewrite(exercise, spoken.text, spoken.participant)
        except Exception as exc:  # the coach failing must not end the workshop
            self.notify(f"The coach could not score that: {exc}", severity="error", markup=False)
            return
        self.state.add_rewrite(entry)
        self._changed()

    def action_credit(self) -> None:
        run = self.state.current
        if run is None:
            return
        word = "team" if self.state.config.teams else "person"
        self.app.push_screen(
            WorkshopCreditDialog(self.state.config.choosers(), run.credited, word, self.labels()),
            self._credited,
        )

    def _credited(self, names: list[str] | None) -> None:
        if names is not None:
            self.state.set_credited(names)
            self._changed()

    def action_recredit(self) -> None:
        run = self.state.current
        if run is None or not run.rewrites:
            return
        self.app.push_screen(
            WorkshopRecreditDialog(
                [(entry.text, entry.participant) for entry in run.rewrites],
                [p.name for p in self.state.config.people],
                self.labels(),
            ),
            self._recredited,
        )

    def _recredited(self, change: Recredit | None) -> None:
        if change is not None:
            self.state.credit_rewrite(change.position, change.participant)
            self._changed()

    def action_models(self) -> None:
        self._show_models = True
        self._redraw()
        self.refresh_bindings()

    def action_discuss(self) -> None:
        found = self.query(".ws-discuss")
        if found:
            found.last().scroll_visible(top=True, animate=False)

    def action_end(self) -> None:
        def confirmed(yes: bool | None) -> None:
            if yes:
                if self.state.phase == "reveal":
                    self._record()
                self.state.finish(self.now())
                self._changed()

        self.app.push_screen(
            ConfirmDialog("End the workshop now and show the summary?", yes="End", no="Stay"),
            confirmed,
        )

    def action_handout(self) -> None:
        path = self.store.path(self.state.id).with_suffix(".md")
        atomic_write(path, render_markdown(self.state, self.lookup).encode("utf-8"))
        where = str(path) if self.numbers else "beside the workshop file"
        self.notify(f"Handout saved {where}", title="Handout", markup=False)

    def action_leave(self) -> None:
        def confirmed(yes: bool | None) -> None:
            if yes:
                self.state.pid = None  # closed on purpose: free to resume anywhere
                self._save()
                from trainer.ui.screens.workshop_entry import leave_workshop

                leave_workshop(self.app)

        if self.state.done:
            confirmed(True)
            return
        self.app.push_screen(
            ConfirmDialog(
                "Leave the projector view? The workshop is saved; "
                "`trainer workshop --resume` carries on where you are."
            ),
            confirmed,
        )
