"""The journal screen: newest first, searchable, a reflection deleted only after a confirm."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, OptionList, Static

from trainer.packs.loader import PackSet, load_packs
from trainer.progress.stats_views import journal_entries, search_journal
from trainer.progress.store import ProgressStore
from trainer.ui.app import TrainerApp, make_app
from trainer.ui.dialogs.confirm_delete import ConfirmDelete
from trainer.ui.screens.journal import JournalScreen

NOW = datetime(2026, 11, 20, 18, 30, tzinfo=timezone.utc)

PACK = """pack:
  id: notes
  title: Noticing
  component: vulnerability
  steps: [self-awareness]
exercises:
  - id: heard
    type: reflect
    prompt: When did you last feel heard? [bold]as typed[/bold]
  - id: low
    type: reflect
    prompt: What helps when you are low?
"""

ENTRIES = [
    ("r-old", "notes/low", 30, "Company without questions helps. Advice too soon does not."),
    ("r-mid", "notes/heard", 9, "Told my brother I missed our calls. [bold]Scary[/bold] and good."),
    ("r-new", "notes/heard", 2, "I go quiet when I'm tired instead of saying so."),
]


@pytest.fixture(autouse=True)
def utc_days() -> Iterator[None]:
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
    path = tmp_path / "notes.yaml"
    path.write_text(PACK, encoding="utf-8")
    packset = load_packs([path], builtin=False, user=False, use_cache=False)
    assert not packset.problems, packset.problems
    return packset


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "journal-data"
    store = ProgressStore(data)
    store.import_data(
        [],
        [
            {
                "id": entry_id,
                "profile": "me",
                "exercise": key,
                "text": text,
                "ts": (NOW - timedelta(days=back, hours=2)).isoformat(),
            }
            for entry_id, key, back, text in ENTRIES
        ],
    )
    return data


async def _open_journal(app: TrainerApp, pilot: Any) -> JournalScreen:
    await pilot.pause()
    await pilot.press("j")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, JournalScreen)
    return screen


def _shown_ids(screen: JournalScreen) -> list[str | None]:
    options = screen.query_one("#journal-entries", OptionList)
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


def _reading(screen: JournalScreen) -> str:
    return str(screen.query_one("#journal-text", Static).visual)


def test_search_needs_every_word_in_any_case(packs: PackSet) -> None:
    raw = [
        {"id": i, "exercise": k, "text": t, "ts": (NOW - timedelta(days=b)).isoformat()}
        for i, k, b, t in ENTRIES
    ]
    entries = journal_entries(raw, packs, NOW)
    assert [e.id for e in entries] == ["r-new", "r-mid", "r-old"]
    assert entries[0].prompt.startswith("When did you last feel heard?")
    assert [e.id for e in search_journal(entries, "BROTHER calls")] == ["r-mid"]
    assert [e.id for e in search_journal(entries, "brother advice")] == []
    assert [e.id for e in search_journal(entries, "heard")] == ["r-new", "r-mid"]  # the prompt
    assert len(search_journal(entries, "  ")) == 3


async def test_newest_first_with_the_full_text_shown_literally(
    data_dir: Path, packs: PackSet
) -> None:
    app = make_app(packs, data_dir=data_dir, now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_journal(app, pilot)
        assert _shown_ids(screen) == ["r-new", "r-mid", "r-old"]
        assert "I go quiet" in _reading(screen)
        await pilot.press("down")
        await pilot.pause()
        assert "[bold]Scary[/bold]" in _reading(screen)


async def test_typing_in_the_search_filters_and_escape_clears(
    data_dir: Path, packs: PackSet
) -> None:
    app = make_app(packs, data_dir=data_dir, now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_journal(app, pilot)
        await pilot.press("slash")
        assert isinstance(screen.focused, Input)
        await pilot.press(*"brother")
        await pilot.pause()
        assert _shown_ids(screen) == ["r-mid"]
        assert "brother" in _reading(screen)
        await pilot.press("d")  # typing, not deleting
        await pilot.pause()
        assert app.screen is screen and _shown_ids(screen) == []
        assert "No reflection matches" in _reading(screen)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_one("#journal-search", Input).value == ""
        assert _shown_ids(screen) == ["r-new", "r-mid", "r-old"]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, JournalScreen)


async def test_delete_asks_first_and_keep_keeps(data_dir: Path, packs: PackSet) -> None:
    app = make_app(packs, data_dir=data_dir, now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_journal(app, pilot)
        await pilot.press("down")
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDelete)
        await pilot.press("enter")  # the focused button is "Keep"
        await pilot.pause()
        assert app.screen is screen
        assert len(ProgressStore(data_dir).journal()) == 3
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert len(ProgressStore(data_dir).journal()) == 3


async def test_delete_confirmed_removes_exactly_that_reflection(
    data_dir: Path, packs: PackSet
) -> None:
    app = make_app(packs, data_dir=data_dir, now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_journal(app, pilot)
        await pilot.press("down")
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDelete)
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is screen
        assert _shown_ids(screen) == ["r-new", "r-old"]
        assert sorted(e["id"] for e in ProgressStore(data_dir).journal()) == ["r-new", "r-old"]
        # The highlight stays at the same place in the list.
        assert "Company without questions" in _reading(screen)


async def test_empty_journal_says_what_it_is_for(tmp_path: Path, packs: PackSet) -> None:
    app = make_app(packs, data_dir=tmp_path / "nothing", now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_journal(app, pilot)
        assert _shown_ids(screen) == []
        assert "Nothing here yet" in _reading(screen)
        await pilot.press("d")
        await pilot.pause()
        assert app.screen is screen


def test_journal_snapshot(snap_compare: Any, data_dir: Path, packs: PackSet) -> None:
    """Journal at 100x30: a privacy line, an empty search box, then on the left three reflections
    newest first (Wed 18 Nov, Wed 11 Nov, Wed 21 Oct 2026), each a bold date over a dimmed
    one-line preview, the first highlighted; on the right its long date and time, its prompt in
    italics and its full text. Footer: Back, Search, Delete and the global keys."""
    app = make_app(packs, data_dir=data_dir, now=NOW)

    async def open_journal(pilot: Any) -> None:
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_journal)


def test_delete_confirm_snapshot(snap_compare: Any, data_dir: Path, packs: PackSet) -> None:
    """The confirm over the journal at 100x30: "Delete the reflection of Wednesday 11 November
    2026, 16:30?", the reflection's text literally ("[bold]Scary[/bold]" with its brackets) beside
    a red bar, "It cannot be brought back.", a red "Delete (y)" and a focused "Keep (n)"."""
    app = make_app(packs, data_dir=data_dir, now=NOW)

    async def ask(pilot: Any) -> None:
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("down", "d")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=ask)
