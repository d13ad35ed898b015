"""Pilot flows through the TUI: every exercise type right and wrong, leaving, review order, home."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static, TextArea

from tests.ui_helpers import NOW, settle, ui_app
from trainer.practice.service import BUILTIN_COMPONENT_ORDER as BUILTIN_ORDER
from trainer.progress.store import ProgressStore
from trainer.ui.screens.choice import ChoiceScreen
from trainer.ui.screens.classify import ClassifyScreen
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.order import OrderScreen
from trainer.ui.screens.pair import PairScreen
from trainer.ui.screens.reflect import ReflectScreen
from trainer.ui.screens.summary import SummaryScreen


def attempts(data_dir: Path) -> list[dict[str, object]]:
    return ProgressStore(data_dir).attempts()


async def open_pack(pilot, type_row: int) -> None:  # type: ignore[no-untyped-def]
    """Home -> Practice a pack -> first pack ("Talking it through") -> the n-th line of types."""
    await pilot.press("p")
    await pilot.pause()
    await pilot.press("enter")  # the pack
    await pilot.pause()
    await pilot.press(*["down"] * type_row, "enter")
    await settle(pilot)


def all_text(screen) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(str(w.render()) for w in screen.query(Static))


async def test_first_run_shows_welcome_and_packs(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        welcome = home.query_one("#welcome", Static)
        assert welcome.display
        text = str(welcome.render())
        for name in ("Vulnerability", "Empathy", "respect", "communication", "Support", "Shared"):
            assert name.lower() in text.lower()
        assert "Quick practice" in text
        table = home.query_one("#packs", DataTable)
        assert [str(k.value) for k in table.rows] == ["talk", "together"]
        assert "streak 0 days" in str(home.query_one("#today", Static).render())


async def test_enter_on_a_fresh_home_at_80x24_starts_the_suggested_quick_practice(
    tmp_path: Path,
) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.focused is not None and app.focused.id == "start-quick"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.session.title == "Quick practice"  # type: ignore[attr-defined]


async def test_choice_right_answer_is_recorded(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 1)  # Choices (2)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("2")
        await settle(pilot)
        feedback = str(app.screen.query_one(".feedback", Static).render())
        assert "Right!" in feedback
        assert "Rosenberg" in feedback  # the source
        [attempt] = attempts(tmp_path)
        assert attempt["exercise"] == "talk/late-again"
        assert attempt["score"] == 1.0
        assert attempt["mode"] == "solo" and attempt["hinted"] is False
        assert json.loads(str(attempt["answer"])) == {"selected": [1]}


async def test_choice_arrows_and_enter_answer(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 1)
        await pilot.press("down", "enter")  # the highlight starts on option 1; down -> option 2
        await settle(pilot)
        feedback = str(app.screen.query_one(".feedback", Static).render())
        assert "Right!" in feedback
        [attempt] = attempts(tmp_path)
        assert json.loads(str(attempt["answer"]))["selected"] == [1]


async def test_choice_wrong_by_number(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 1)
        await pilot.press("3")
        await settle(pilot)
        feedback = str(app.screen.query_one(".feedback", Static).render())
        assert "Not quite." in feedback
        assert "Stonewalling leaves the other person guessing." in feedback
        assert "I was waiting twenty minutes" in feedback  # the right answer is named
        assert attempts(tmp_path)[0]["score"] == 0.0


async def test_choice_with_several_right_answers_gives_partial_credit(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 1)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("enter")  # Next
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ChoiceScreen) and screen.multi
        await pilot.press("1", "2", "ctrl+s")
        await settle(pilot)
        assert attempts(tmp_path)[-1]["score"] == 0.0  # one right, one wrong: 1/2 - 1/2
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)


async def test_choice_both_right_answers_score_full(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 1)
        await pilot.press("1", "enter")
        await settle(pilot)
        await pilot.press("1", "3", "ctrl+s")
        await settle(pilot)
        assert attempts(tmp_path)[-1]["score"] == 1.0


async def test_classify_right_and_wrong(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 3)  # Sorting
        assert isinstance(app.screen, ClassifyScreen)
        await pilot.press("1", "3", "backspace", "2", "1")  # undo the slip, then one wrong
        await settle(pilot)
        text = all_text(app.screen)
        assert "2 of 3 sorted right" in text
        assert "you said Criticism; it is Stonewalling" in text
        attempt = attempts(tmp_path)[-1]
        assert abs(float(attempt["score"]) - 2 / 3) < 1e-9  # type: ignore[arg-type]


async def test_order_moves_and_partial_credit(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 4)  # Ordering
        screen = app.screen
        assert isinstance(screen, OrderScreen)
        start = list(screen.order)
        assert start != sorted(start)
        # Sort with keyboard moves only: bubble the highlighted item into place.
        for target in range(len(start)):
            at = screen.order.index(target)
            await pilot.press("home", *["down"] * at)
            await pilot.press(*["ctrl+up"] * (at - target))
        assert screen.order == sorted(start)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert attempts(tmp_path)[-1]["score"] == 1.0
        assert "4 of 4 steps" in all_text(screen)


async def test_order_submitted_as_shuffled_gets_partial_or_no_credit(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 4)
        await pilot.click("#submit")
        await settle(pilot)
        score = float(attempts(tmp_path)[-1]["score"])  # type: ignore[arg-type]
        assert 0.0 <= score < 1.0
        assert "The right order" in all_text(app.screen)


async def test_reflect_saves_to_journal_unscored(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "enter", "down", "enter")  # Time together -> Reflections
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)
        await pilot.press(*"a walk [bold]", "ctrl+s")
        await settle(pilot)
        journal = ProgressStore(tmp_path).journal()
        assert [e["text"] for e in journal] == ["a walk [bold]"]
        assert attempts(tmp_path) == []  # never scored


async def test_reflect_skip_saves_nothing(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "enter", "down", "enter")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert ProgressStore(tmp_path).journal() == []


async def test_reflect_skip_with_text_written_asks_first_and_keeps_it(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "enter", "down", "enter")  # Time together -> Reflections
        await settle(pilot)
        await pilot.press(*"a walk", "ctrl+n")
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("n")  # keep writing
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReflectScreen)
        area = screen.query_one("#answer", TextArea)
        assert area.has_focus
        await pilot.press(*" home")
        assert area.text == "a walk home"
        await pilot.press("ctrl+n", "y")  # skip after all
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert ProgressStore(tmp_path).journal() == []


async def test_pair_asks_names_once_and_alternates_with_rising_depth(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "enter", "down", "down", "enter")  # Pair prompts
        await settle(pilot)
        await pilot.press(*"Ana", "enter", *"Ben", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PairScreen)
        assert screen.exercise.depth == 1  # lightest first
        assert "Ana's turn" in str(screen.query_one("#turn", Static).render())
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PairScreen)
        assert screen.exercise.depth == 3
        assert "Ben's turn" in str(screen.query_one("#turn", Static).render())
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        recorded = attempts(tmp_path)
        assert [a["mode"] for a in recorded] == ["pair", "pair"]


@pytest.mark.parametrize("between", ["enter", "tab"])
async def test_pair_names_typed_faster_than_the_screen_each_land_in_their_box(
    tmp_path: Path, between: str
) -> None:
    """All keys queued at once (a fast typist, a paste): the second name still lands in the
    second box, not after the first name."""
    from textual import events

    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "enter", "down", "down", "enter")  # Pair prompts
        await settle(pilot)
        for key in [*"Ana", between, *"Ben", "enter"]:
            app.post_message(events.Key(key, None if key == "enter" else key))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PairScreen)
        assert screen.session.pair_names == ("Ana", "Ben")


async def test_leaving_mid_session_keeps_answers_and_confirms_typed_text(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 0)  # all five exercises of the talk pack
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("enter")  # on to the second choice
        await settle(pilot)
        await pilot.press("1")  # mark one option: something chosen
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("n")  # stay
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape", "y")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert len(app.screen.summary.lines) == 1
        assert app.screen.summary.unanswered == 4
        assert [a["exercise"] for a in attempts(tmp_path)] == ["talk/late-again"]
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_leaving_with_nothing_typed_needs_no_confirm(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 1)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_quit_mid_session_asks_first(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 1)
        await pilot.press("q")
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("q", "y")
        await settle(pilot)
    assert app.return_code == 0


async def test_q_in_an_open_question_does_not_quit_and_stats_mid_session_still_asks(
    tmp_path: Path,
) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 1)
        await pilot.press("q")
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("q", "t", "j")  # not answers: the question stays open, on top
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("n", "t")  # stats on top of the exercise
        await settle(pilot)
        assert type(app.screen).__name__ == "StatsScreen"
        await pilot.press("q")
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("y")
        await settle(pilot)
    assert app.return_code == 0


async def test_review_due_follows_store_order(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    early = NOW - timedelta(days=40)
    store.record_attempt("talk/horsemen", 0.2, at=early)
    store.record_attempt("talk/late-again", 0.0, at=early + timedelta(days=1))
    store.record_attempt("talk/good-news", 1.0, at=early + timedelta(days=2))
    expected = [k for k in store.due(now=NOW, new_per_day=0) if k.startswith("talk/")]
    assert len(expected) >= 2
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert home.overview is not None and home.overview.due == len(expected)
        await pilot.press("v")
        await settle(pilot)
        seen = []
        while not isinstance(app.screen, SummaryScreen):
            screen = app.screen
            seen.append(screen.key)  # type: ignore[attr-defined]
            await pilot.press("escape")  # nothing typed: leave straight away
            await settle(pilot)
            break
        assert seen == expected[:1]
        session = app.trainer.review_session()
        assert session.keys == expected


async def test_bad_pack_shows_a_dismissible_notice(tmp_path: Path) -> None:
    app = ui_app(tmp_path, bad=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        dialog = app.screen
        assert type(dialog).__name__ == "PackProblemsDialog"
        text = "\n".join(str(w.render()) for w in dialog.query(".problem"))
        assert "broken.yaml:10:" in text
        await pilot.press("enter")
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert [str(k.value) for k in home.query_one("#packs", DataTable).rows] == [
            "talk",
            "together",
        ]
        await pilot.press("w")  # can be opened again
        await settle(pilot)
        assert type(app.screen).__name__ == "PackProblemsDialog"


async def test_home_with_history_shows_streak_and_mastery(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    for days_ago in (2, 1, 0):
        store.record_attempt("talk/late-again", 1.0, at=NOW - timedelta(days=days_ago))
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert not home.query_one("#welcome").display
        today = str(home.query_one("#today", Static).render())
        assert "streak 3 days" in today and "3 of the last 7 days" in today
        talk = next(r for r in home.overview.rows if r.id == "talk")  # type: ignore[union-attr]
        assert talk.mastery > 0


async def test_rewrite_hint_submit_retry(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_pack(pilot, 2)  # Rewrites
        screen = app.screen
        assert type(screen).__name__ == "RewriteScreen"
        await pilot.press("ctrl+t")
        await pilot.press(*"You never help. Whatever.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        first = attempts(tmp_path)[-1]
        assert first["hinted"] is True
        assert "Model answers" in all_text(screen)
        await pilot.press("r")
        await settle(pilot)
        area = screen.query_one("#answer", TextArea)
        area.clear()
        await pilot.press(*"I feel tired when the dishes pile up; could we take turns tonight?")
        await pilot.press("ctrl+s")
        await settle(pilot)
        second = attempts(tmp_path)[-1]
        assert second["id"] != first["id"]
        assert float(second["score"]) > float(first["score"])  # type: ignore[arg-type]
        await pilot.press("n")  # the only rewrite: on to the summary
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert "h after a score: you used a hint" in all_text(app.screen)  # what 'h' means


async def test_a_store_that_refuses_to_save_is_reported_not_a_crash(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)

        def refuse(*args: object, **kwargs: object) -> str:
            raise OSError("disk full")

        app.trainer.store.record_attempt = refuse  # type: ignore[method-assign]
        await open_pack(pilot, 1)
        await pilot.press("2")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        assert "Right!" in str(app.screen.query_one(".feedback", Static).render())
        assert any("disk full" in str(n.message) for n in app._notifications)


async def test_trainer_app_with_no_arguments_opens_home_on_the_built_in_packs() -> None:
    from trainer.app import TrainerApp

    app = TrainerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen) and home.overview is not None
        assert home.overview.rows and not any(row.custom for row in home.overview.rows)
        components = [row.component for row in home.overview.rows]
        assert components == sorted(components, key=list(BUILTIN_ORDER).index)


async def test_pack_text_with_markup_is_shown_literally_in_notices(tmp_path: Path) -> None:
    app = ui_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        session = app.trainer.keys_session([], "[bold]Nothing[/bold]")
        app.start_session(session)
        await settle(pilot)
        [notice] = list(app._notifications)
        assert notice.title == "[bold]Nothing[/bold]" and notice.markup is False
