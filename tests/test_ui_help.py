"""The help screen (built from the live bindings) and the command palette's commands."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Button, Footer, Input

from trainer.packs.loader import PackSet, load_packs
from trainer.ui.app import TrainerApp, make_app
from trainer.ui.screens.exercise import ExerciseScreen
from trainer.ui.screens.help import HelpScreen, key_sections
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.journal import JournalScreen
from trainer.ui.screens.stats import StatsScreen

NOW = datetime(2026, 11, 20, 18, 30, tzinfo=timezone.utc)

PACK = """pack:
  id: basics
  title: Basics [bold]as typed[/bold]
  component: empathy
exercises:
  - id: first
    type: choice
    shuffle: false
    prompt: Which reply listens?
    options:
      - text: "That sounds hard. Tell me more?"
        correct: true
        feedback: It invites them to go on.
      - text: "Cheer up!"
        feedback: It hurries past the feeling.
"""


@pytest.fixture
def packs(tmp_path: Path) -> PackSet:
    path = tmp_path / "basics.yaml"
    path.write_text(PACK, encoding="utf-8")
    packset = load_packs([path], builtin=False, user=False, use_cache=False)
    assert not packset.problems, packset.problems
    return packset


def _rows(screen: HelpScreen) -> dict[str, dict[str, str]]:
    """Section title -> {description: keys}."""
    return {s.title: {row.description: row.keys for row in s.rows} for s in screen.sections}


async def test_help_lists_the_home_keys_and_the_global_ones(
    tmp_path: Path, packs: PackSet
) -> None:
    app = make_app(packs, data_dir=tmp_path / "d", now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen) and help_screen.target is home
        rows = _rows(help_screen)
        # Every binding the home screen declares and has on offer is listed: it cannot drift.
        home_section = next(iter(rows.values()))
        for binding in HomeScreen.BINDINGS:
            assert isinstance(binding, Binding)
            if home.check_action(binding.action, ()) is False:
                assert binding.description not in home_section  # e.g. no pack problems now
            else:
                assert binding.description in home_section
        everywhere = rows["Everywhere"]
        for binding in TrainerApp.BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.description in everywhere
        assert everywhere["Keys"] == "? / f1"
        assert "Palette" not in everywhere or everywhere["Palette"]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is home


async def test_f1_on_the_journal_shows_its_keys_and_closes_with_f1(
    tmp_path: Path, packs: PackSet
) -> None:
    app = make_app(packs, data_dir=tmp_path / "d", now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        journal_keys = _rows(app.screen)["Journal"]
        assert journal_keys["Delete"] == "del / d"
        delete = next(r for s in app.screen.sections for r in s.rows if r.description == "Delete")
        assert not delete.enabled  # an empty journal: nothing to delete
        assert journal_keys["Search"] == "/"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)


async def test_a_key_rebound_in_a_keymap_shows_its_new_key(
    tmp_path: Path, packs: PackSet
) -> None:
    app = make_app(packs, data_dir=tmp_path / "d", now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        app.set_keymap({"app.stats": "g"})
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert _rows(app.screen)["Everywhere"]["Stats"] == "g"


async def test_sections_group_our_keys_apart_from_textuals() -> None:
    class Target(Screen[None]):
        TITLE = "Target"
        BINDINGS = [
            Binding("x", "noop", "Do x", id="target.x", tooltip="Does x"),
            Binding("y", "noop", "", id="target.hidden"),
            Binding("z", "noop", "Unlabelled by id"),
        ]

        def compose(self) -> ComposeResult:
            yield Button("focused")
            yield Footer()

        def action_noop(self) -> None:
            pass

    class Host(App[None]):
        BINDINGS = [Binding("k", "noop", "Global k", id="host.k")]

        def action_noop(self) -> None:
            pass

    app = Host()
    async with app.run_test() as pilot:
        await app.push_screen(Target())
        await pilot.pause()
        sections = {s.title: s.rows for s in key_sections(app.screen)}
        assert list(sections) == ["Target", "Everywhere", "More keys"], sections
        assert [(r.keys, r.description, r.tooltip) for r in sections["Target"]] == [
            ("x", "Do x", "Does x")
        ]
        assert [r.description for r in sections["Everywhere"]][0] == "Global k"
        moving = {r.description for r in sections["More keys"]}
        assert "Unlabelled by id" in moving  # a binding without an id is not "ours"
        assert "Press button" in moving  # the focused button's own key
        assert not any(r.keys == "y" for rows in sections.values() for r in rows)


async def test_keys_a_focused_input_would_type_are_not_offered(
    tmp_path: Path, packs: PackSet
) -> None:
    app = make_app(packs, data_dir=tmp_path / "d", now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("slash")
        assert isinstance(app.screen.focused, Input)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = _rows(app.screen)
        assert "Stats" not in rows["Everywhere"]  # "t" would be typed into the search
        assert rows["Everywhere"]["Keys"] == "f1"


async def test_palette_opens_stats_and_journal(tmp_path: Path, packs: PackSet) -> None:
    app = make_app(packs, data_dir=tmp_path / "d", now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"open stats")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"open journal")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)


async def test_palette_has_one_command_per_name_and_its_quit_asks_mid_session(
    tmp_path: Path, packs: PackSet
) -> None:
    from trainer.ui.commands import TrainerCommands

    app = make_app(packs, data_dir=tmp_path / "d", now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        system = list(app.get_system_commands(app.screen))
        titles = [c.title for c in system]
        assert "Quit" in titles and "Screenshot" in titles
        ours = {c.title for c in TrainerCommands(app.screen)._commands()}
        assert not ours & set(titles)  # no "Keys" twice
        assert "Theme" not in titles  # ours is "Switch theme", which says it is remembered
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"practise basics")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExerciseScreen)
        next(c for c in system if c.title == "Quit").callback()
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmDialog"


async def test_palette_starts_a_pack_by_its_literal_title(tmp_path: Path, packs: PackSet) -> None:
    app = make_app(packs, data_dir=tmp_path / "d", now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"practise basics")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExerciseScreen)
        assert app.screen.session.keys == ["basics/first"]


async def test_palette_reloads_packs(tmp_path: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(PACK, encoding="utf-8")
    app = make_app([pack], data_dir=tmp_path / "d", now=NOW, builtin=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.trainer.packs.get("basics/second") is None
        pack.write_text(
            PACK
            + """  - id: second
    type: reflect
    prompt: What did you notice today?
""",
            encoding="utf-8",
        )
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"reload packs")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.trainer.packs.get("basics/second") is not None


def test_help_snapshot(snap_compare: Any, tmp_path: Path, packs: PackSet) -> None:
    """Help over the (empty) journal at 100x30: a bordered "Keys" panel. "Journal": esc Back and
    / Search, each with its tooltip dimmed after a dash, and "del / d Delete" all dimmed and
    marked "(not now)" as there is nothing to delete. "Everywhere": q Quit, t Stats, j Journal,
    "? / f1" Keys, ^p Palette. Then "More keys", Textual's own (the list's arrows...), scrollable.
    A hint (Esc closes this; the mouse; Ctrl+P) wraps at the bottom. Nothing is cut off."""
    app = make_app(packs, data_dir=tmp_path / "d", now=NOW)

    async def open_help(pilot: Any) -> None:
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_help)
