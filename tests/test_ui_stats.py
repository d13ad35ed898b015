"""The stats screen: figures from the store (pure functions), the screen, and "practise these"."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from trainer.packs.loader import PackSet, load_packs
from trainer.progress.stats_views import (
    MasteryRow,
    build_stats,
    daily_counts,
    heatmap_start,
    ordered_rows,
    weakest,
    weekly_averages,
)
from trainer.progress.store import ProgressStore
from trainer.ui.app import make_app
from trainer.ui.screens.exercise import ExerciseScreen
from trainer.ui.screens.stats import StatsScreen
from trainer.ui.screenshots import seed_history
from trainer.ui.widgets.bars import MasteryBar
from trainer.ui.widgets.heatmap import level_of, month_line
from trainer.ui.widgets.trend import column_heights

NOW = datetime(2026, 11, 20, 18, 30, tzinfo=timezone.utc)  # a Friday


def _choice(index: int) -> str:
    return f"""
  - id: drill-{index}
    type: choice
    shuffle: false
    prompt: "Drill {index}: which reply keeps the door open? [bold]shown as typed[/bold]"
    options:
      - text: "I felt worried when you didn't call."
        correct: true
        feedback: An observation and a feeling.
      - text: "You never call."
        feedback: "'Never' invites a counter-example."
"""


REWRITE = """
  - id: soften-{index}
    type: rewrite
    kind: i_statement
    prompt: Rewrite this as an I-statement.
    original: You never listen.
    model_answers:
      - I feel unheard when I am interrupted; could you let me finish?
      - I feel frustrated when we talk over each other; can we take turns?
"""

PACK = (
    """pack:
  id: drills
  title: Drills for the stats tests
  component: communication
  steps: [feelings-and-needs, active-listening]
exercises:
"""
    + "".join(_choice(i) for i in range(1, 8))
    + "".join(REWRITE.format(index=i) for i in range(1, 3))
    + """
  - id: notice
    type: reflect
    prompt: When did you last feel heard?
"""
)


@pytest.fixture(autouse=True)
def utc_days() -> Iterator[None]:
    """Local days are UTC days, so the calendar and the streak are the same on every machine."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def packs(tmp_path: Path) -> PackSet:
    path = tmp_path / "packs" / "drills.yaml"
    path.parent.mkdir()
    path.write_text(PACK, encoding="utf-8")
    packset = load_packs([path], builtin=False, user=False, use_cache=False)
    assert not packset.problems, packset.problems
    return packset


@pytest.fixture
def history(tmp_path: Path, packs: PackSet) -> Path:
    data = tmp_path / "history"
    seed_history(data, packs, NOW, practised_share=1.0)
    return data


def _at(day: date, hour: int = 12) -> str:
    return datetime(day.year, day.month, day.day, hour, tzinfo=timezone.utc).isoformat()


# -- pure figures ------------------------------------------------------------------------------


def test_daily_counts_keeps_the_twelve_weeks_up_to_today_only() -> None:
    first = heatmap_start(NOW.date())
    assert first.weekday() == 0 and first == date(2026, 8, 31)
    attempts: list[dict[str, Any]] = [
        {"ts": _at(NOW.date())},
        {"ts": _at(NOW.date(), 9)},
        {"ts": _at(first)},
        {"ts": _at(first - timedelta(days=1))},  # the Sunday before: outside
        {"ts": _at(NOW.date() + timedelta(days=1))},  # tomorrow: outside
        {"ts": "not a time"},
    ]
    assert daily_counts(attempts, NOW) == {NOW.date(): 2, first: 1}


def test_daily_counts_uses_the_callers_time_zone() -> None:
    late = {"ts": "2026-11-19T23:30:00+00:00"}
    east = NOW.astimezone(timezone(timedelta(hours=2)))
    assert daily_counts([late], NOW) == {date(2026, 11, 19): 1}
    assert daily_counts([late], east) == {date(2026, 11, 20): 1}


def test_weekly_averages_by_monday_with_gaps_as_none() -> None:
    monday = date(2026, 11, 16)
    attempts = [
        {"exercise": "p/a", "score": 0.4, "ts": _at(monday)},
        {"exercise": "p/a", "score": 0.8, "ts": _at(monday + timedelta(days=3))},
        {"exercise": "p/b", "score": 0.0, "ts": _at(monday)},  # not a rewrite: left out
        {"exercise": "p/a", "score": 0.5, "ts": _at(monday - timedelta(days=14))},
    ]
    weeks = weekly_averages(attempts, NOW, keys={"p/a"})
    assert len(weeks) == 12
    assert weeks[-1].start == monday and weeks[-1].average == pytest.approx(0.6)
    assert weeks[-1].count == 2
    assert weeks[-2].average is None and weeks[-2].count == 0
    assert weeks[-3].average == pytest.approx(0.5)


def test_weakest_is_lowest_first_stable_and_only_practisable() -> None:
    mastery = {"p/a": 0.5, "p/b": 0.1, "p/c": 0.1, "p/gone": 0.0, "p/d": None, "p/e": 0.9}
    rows = weakest(mastery, count=3, practisable={"p/a", "p/b", "p/c", "p/d", "p/e"})
    assert rows == [MasteryRow("p/b", 0.1), MasteryRow("p/c", 0.1), MasteryRow("p/a", 0.5)]


def test_unpractised_groups_show_as_not_started_not_zero() -> None:
    rows = ordered_rows(
        {
            "empathy": {"mastery": 0.0, "practised": 0, "total": 9},
            "support": {"mastery": 0.25, "practised": 2, "total": 8},
            "custom-thing": {"mastery": 0.5, "practised": 1, "total": 1},
        },
        ("empathy", "support", "respect"),
    )
    assert rows == [
        MasteryRow("empathy", None),
        MasteryRow("support", 0.25),
        MasteryRow("respect", None),
        MasteryRow("custom-thing", 0.5),
    ]


def test_month_names_sit_over_the_first_week_of_each_month() -> None:
    # Aug shows only its 31st in the first column, so it gives way to September.
    assert month_line(date(2026, 8, 31), 12) == "      Sep     Oct     Nov"
    assert month_line(date(2025, 12, 15), 12) == "    Dec   Jan     Feb"


def test_heatmap_levels_and_trend_heights() -> None:
    assert [level_of(n, 8) for n in (0, 1, 2, 4, 8)] == [0, 1, 1, 2, 4]
    assert level_of(1, 1) == 4
    assert column_heights([None, 0.0, 0.5, 1.0], rows=3) == [None, 0, 12, 24]


def test_build_stats_from_a_real_store(history: Path, packs: PackSet) -> None:
    store = ProgressStore(history)
    view = build_stats(store, packs, NOW)
    mastery = store.mastery(packs=packs)
    scored = sorted(mastery["exercises"].items(), key=lambda kv: (kv[1]["mastery"], kv[0]))
    assert [row.name for row in view.weakest] == [key for key, _ in scored[:5]]
    assert "drills/notice" not in {row.name for row in view.weakest}
    assert sum(view.practice_days.values()) == len(store.attempts(since=heatmap_start(NOW.date())))
    assert view.streak == store.streak(today=NOW.date())["current"]
    communication = next(row for row in view.components if row.name == "communication")
    assert communication.value == pytest.approx(mastery["components"]["communication"]["mastery"])
    assert next(row for row in view.components if row.name == "empathy").value is None
    assert any(week.average is not None for week in view.rewrite_trend)


# -- the screen --------------------------------------------------------------------------------


async def test_practise_these_starts_a_session_of_exactly_the_weakest(
    history: Path, packs: PackSet
) -> None:
    app = make_app(packs, data_dir=history, now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        expected = [row.name for row in screen.view.weakest]
        assert len(expected) == 5
        shown = [bar.label for bar in screen.query_one("#stats-activity").query(MasteryBar)]
        # Labelled by what the person saw: each exercise's prompt, shortened, not its key.
        assert shown == [row.label for row in screen.view.weakest]
        assert all(label.startswith("Drill ") for label in shown)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ExerciseScreen)
        assert app.screen.session.keys == expected
        assert app.screen.key == expected[0]
        # Stats made way: leaving the session goes back home, not to stale figures.
        assert not any(isinstance(screen, StatsScreen) for screen in app.screen_stack)


async def test_practise_these_button_does_the_same(history: Path, packs: PackSet) -> None:
    app = make_app(packs, data_dir=history, now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        expected = [row.name for row in app.screen.view.weakest]  # type: ignore[attr-defined]
        await pilot.click("#stats-practise")
        await pilot.pause()
        assert isinstance(app.screen, ExerciseScreen)
        assert app.screen.session.keys == expected


async def test_no_history_explains_and_cannot_start_an_empty_session(
    tmp_path: Path, packs: PackSet
) -> None:
    app = make_app(packs, data_dir=tmp_path / "empty", now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        assert screen.query_one("#stats-weakest-empty")
        assert screen.query_one("#stats-practise").disabled
        await pilot.press("p")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StatsScreen)


def test_stats_snapshot(snap_compare: Any, history: Path, packs: PackSet) -> None:
    """Stats at 100x30 with twelve seeded weeks: under the header, the streak line; on the left,
    mastery bars for the eight components by name (only "Communication" filled, the rest "—")
    and the eight steps in words ("Feelings and needs"; two filled); on the right, a 12-week
    calendar (Sep Oct Nov, Mon to Sun, greener on busier days, the days after Friday 20 Nov
    blank), the weekly rewrite trend as bars with a "latest week" line, and the five weakest
    drills, lowest first, each named by its prompt cut short with '…' ("Drill 2: which reply
    keeps the…"), above "Practise these (p)".
    Nothing is cut off and there is no scroll bar."""
    app = make_app(packs, data_dir=history, now=NOW)

    async def open_stats(pilot: Any) -> None:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_stats)


def test_prompt_labels_fold_whitespace_and_cut_at_a_word() -> None:
    from trainer.progress.stats_views import prompt_label

    assert prompt_label("Short  and\nsweet") == "Short and sweet"
    label = prompt_label("Which reply keeps the door open when your sister cancels again?", 30)
    assert label == "Which reply keeps the door…"
    assert len(label) <= 30
