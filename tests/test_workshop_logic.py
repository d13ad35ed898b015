"""The workshop's logic without Textual: roster, timer, tallies, points, store and report."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from test_workshop_helpers import T0, config, room_packs, started

from trainer.workshop.model import RewriteEntry, TimerState
from trainer.workshop.points import leaderboard, participant_tallies, strongest_and_hardest
from trainer.workshop.report import render_csv, render_markdown
from trainer.workshop.roster import RosterError, initials, load_roster_file, parse_roster
from trainer.workshop.session import select_exercises
from trainer.workshop.store import WorkshopError, WorkshopStore

# ---- roster ----


def test_roster_with_team_headings_and_inline_teams() -> None:
    roster = parse_roster("# our group\nTeam: Blue\nAna\nBen\n\nCleo, Green\nDev, Green\n")
    assert roster.names == ["Ana", "Ben", "Cleo", "Dev"]
    assert roster.teams == ["Blue", "Green"]
    assert roster.members("Green") == ["Cleo", "Dev"]
    assert parse_roster(roster.to_text()) == roster


def test_roster_without_teams() -> None:
    roster = parse_roster("  Ana   Lima \nBen\n")
    assert roster.names == ["Ana Lima", "Ben"] and roster.teams == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the roster is empty"),
        ("\n# only a comment\n\n", "the roster is empty"),
        ("Ana\nBen\nana\n", "'ana' is already on line 1"),
        ("Team:\nAna", "'Team:' needs a team name"),
        ("Ana,\n", "nothing after the comma"),
        ("Ana, Blue\nBen\n", "Ben has no team"),
        ("x" * 41, "longer than 40"),
    ],
)
def test_roster_errors_are_clear(text: str, message: str) -> None:
    with pytest.raises(RosterError, match=re.escape(message)):
        parse_roster(text)


def test_roster_file_errors(tmp_path: Path) -> None:
    with pytest.raises(RosterError, match="no such file"):
        load_roster_file(tmp_path / "missing.txt")
    with pytest.raises(RosterError, match="is a folder"):
        load_roster_file(tmp_path)
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(RosterError, match="binary file"):
        load_roster_file(binary)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Zoë\n".encode("latin-1"))
    with pytest.raises(RosterError, match="not UTF-8"):
        load_roster_file(latin)
    good = tmp_path / "names.txt"
    good.write_text("\ufeffAna\nBen\n", encoding="utf-8")
    assert load_roster_file(good).names == ["Ana", "Ben"]


def test_initials() -> None:
    assert initials("Ana Lima") == "A.L."
    assert initials("ben") == "B."
    assert initials("Jean-Luc Picard") == "J.L.P."


# ---- timer ----


def test_timer_counts_down_pauses_and_takes_extra_time() -> None:
    timer = TimerState(duration=90)
    assert timer.remaining(T0) == 90
    timer.start(T0)
    assert timer.remaining(T0 + 10) == 80
    timer.pause(T0 + 10)
    assert timer.remaining(T0 + 500) == 80  # paused: the clock does not move
    timer.resume(T0 + 500)
    assert timer.remaining(T0 + 520) == 60
    timer.add(30)
    assert timer.remaining(T0 + 520) == 90
    assert not timer.is_up(T0 + 609)
    assert timer.is_up(T0 + 610)
    assert timer.remaining(T0 + 9999) == 0


def test_untimed_timer_never_runs_out() -> None:
    timer = TimerState(duration=0)
    timer.start(T0)
    timer.add(30)
    assert timer.remaining(T0 + 9999) is None and not timer.is_up(T0 + 9999)


def test_time_limit_wins_and_zero_is_untimed() -> None:
    assert config(seconds=90).seconds_for(45) == 45
    assert config(seconds=90).seconds_for(None) == 90
    assert config(seconds=0).seconds_for(45) == 0


# ---- selection, tallies and points ----


def test_selection_mixes_types_and_is_repeatable() -> None:
    packs = room_packs()
    picked = [key for key, _ in select_exercises(packs, config(count=4))]
    assert picked == [key for key, _ in select_exercises(packs, config(count=4))]
    types = [packs.get(key)[1].type for key in picked]  # type: ignore[index]
    assert sorted(types) == ["choice", "classify", "order", "rewrite"]
    with pytest.raises(WorkshopError, match="no exercises of type pair"):
        select_exercises(packs, config(types=["pair"]))


def test_tally_points_and_leaderboard(tmp_path: Path) -> None:
    state, _, lookup = started(tmp_path, types=["choice"], count=2)
    first = state.current
    assert first is not None and first.key == "room/late-dinner"
    assert first.letter_of(1) == "B"  # shuffle: false keeps the written order
    state.reveal(T0 + 20)
    assert first.answered_in == 20
    state.set_tally({0: 1}, {"Blue": 1, "Green": 2, "Nobody": 0}, first="Blue")
    assert first.choices == {"Blue": 1, "Green": 2}  # unknown names are dropped
    state.set_tally({0: 1, 7: 2}, {"Blue": 1, "Green": 5}, first="Blue")
    assert first.counts == {"0": 1} and first.choices == {"Blue": 1}  # no option 7 or 5 here
    state.set_tally({0: 1}, {"Blue": 1, "Green": 2, "Nobody": 0}, first="Blue")
    state.next(T0 + 30)
    assert state.phase == "leaderboard"
    board = leaderboard(state, lookup)
    assert board is not None
    assert [(r.place, r.label, r.correct, r.speed) for r in board] == [
        (1, "Blue", 1, 1),
        (2, "Green", 0, 0),
    ]
    tallies = participant_tallies(state, lookup)
    assert (tallies["Ana Lima"].correct, tallies["Ben"].correct, tallies["Cleo"].correct) == (
        1,
        1,
        0,
    )
    state.next(T0 + 40)
    assert state.phase == "question" and state.index == 1
    assert state.current is not None and state.current.timer.remaining(T0 + 40) == 45
    state.reveal(T0 + 50)
    state.next(T0 + 51)
    state.next(T0 + 52)
    assert state.phase == "done"


def test_named_answers_are_not_added_to_raised_hands(tmp_path: Path) -> None:
    from trainer.packs.models import ChoiceExercise
    from trainer.workshop.points import option_votes

    state, _, lookup = started(tmp_path, types=["choice"], count=1)
    run = state.current
    assert run is not None
    exercise = lookup[run.key]
    assert isinstance(exercise, ChoiceExercise)
    state.reveal(T0 + 5)
    state.set_tally({0: 2, 1: 1}, {}, first=None)
    assert [row.votes for row in option_votes(state, run, exercise)][:2] == [2, 1]
    # Blue (2 people) chose A and Green (1 person) chose B: the same room, so 3 votes, not 6.
    state.set_tally({0: 2, 1: 1}, {"Blue": 0, "Green": 1}, first="Blue")
    assert [row.votes for row in option_votes(state, run, exercise)][:2] == [2, 1]
    state.set_tally({}, {"Blue": 1}, first="Blue")
    assert [row.votes for row in option_votes(state, run, exercise)][:2] == [0, 2]


def test_anonymous_without_teams_shows_initials(tmp_path: Path) -> None:
    from trainer.workshop.model import WorkshopConfig

    people = WorkshopConfig.people_from(parse_roster("Ana Lima\nBen Ode"))
    state, _, lookup = started(
        tmp_path, types=["choice"], count=1, people=people, scoring="anonymous"
    )
    state.reveal(T0 + 5)
    right = 1 if state.exercises[0].key == "room/late-dinner" else 0
    state.set_tally({}, {"Ana Lima": right, "Ben Ode": 1 - right})
    board = leaderboard(state, lookup)
    assert board is not None and [r.label for r in board] == ["A.L.", "B.O."]
    assert board[0].correct == 1


def test_off_mode_has_no_leaderboard_and_skips_it(tmp_path: Path) -> None:
    state, _, lookup = started(tmp_path, scoring="off")
    assert leaderboard(state, lookup) is None
    state.reveal(T0 + 5)
    state.next(T0 + 6)
    assert state.phase == "question" and state.index == 1


def test_rewrites_credit_participants_and_classify_credits_teams(tmp_path: Path) -> None:
    state, _, lookup = started(tmp_path, types=["rewrite", "classify"], count=2)
    assert [run.type for run in state.exercises] == ["rewrite", "classify"]
    state.reveal(T0 + 1)
    state.add_rewrite(RewriteEntry(text="I feel worried", participant="Ben", score=90))
    state.add_rewrite(RewriteEntry(text="You never", participant="Zed", score=60))
    assert state.exercises[0].rewrites[1].participant is None  # not on the roster
    state.credit_rewrite(1, "Cleo")
    state.next(T0 + 2)
    state.next(T0 + 3)
    state.reveal(T0 + 4)
    state.set_credited(["Green"])
    tallies = participant_tallies(state, lookup)
    assert tallies["Ben"].rewrite_avg == 90 and tallies["Ben"].correct == 1
    assert tallies["Cleo"].correct == 1 and tallies["Cleo"].rewrite_avg == 60
    assert tallies["Ana Lima"].correct == 0 and tallies["Ana Lima"].answered == 1
    strongest, hardest = strongest_and_hardest(state, lookup)
    assert strongest is not None and strongest.key == "room/always-late"
    assert hardest is not None and hardest.key == "room/horsemen"


def test_skip_moves_on_without_a_leaderboard(tmp_path: Path) -> None:
    state, _, _ = started(tmp_path)
    state.skip(T0 + 3)
    assert state.exercises[0].skipped and state.index == 1 and state.phase == "question"


# ---- store ----


def test_store_round_trip_list_and_resume(tmp_path: Path) -> None:
    state, store, _ = started(tmp_path)
    path = store.path(state.id)
    assert path.exists() and oct(path.stat().st_mode & 0o777) == "0o600"
    state.toggle_pause(T0 + 10)
    state.toggle_pause(T0 + 20)
    store.save(state, T0 + 25)
    again = store.load(state.id)
    again.resumed(T0 + 1000)
    run = again.current
    assert run is not None and run.timer.remaining(T0 + 5000) == run.timer.duration - 15
    listing = store.listings()
    assert [(item.id, item.total, item.people) for item in listing] == [(state.id, 4, 3)]
    assert store.resolve(None, unfinished=True) == state.id
    second = store.new_id("Tuesday group", T0)
    assert second != state.id and second.startswith(state.id)


def test_damaged_workshop_is_moved_aside(tmp_path: Path) -> None:
    store = WorkshopStore(tmp_path)
    store.folder.mkdir(parents=True)
    (store.folder / "bad.json").write_text("{not json")
    with pytest.raises(WorkshopError, match="moved aside"):
        store.load("bad")
    assert list(store.folder.glob("bad.json.damaged-*"))
    with pytest.raises(WorkshopError, match="no workshop 'gone'"):
        store.load("gone")
    with pytest.raises(WorkshopError, match="not a workshop id"):
        store.load("../etc/passwd")


# ---- report ----


def _played(tmp_path: Path, scoring: str = "on") -> tuple:  # type: ignore[type-arg]
    state, store, lookup = started(tmp_path, scoring=scoring, count=5)
    for run in state.exercises:
        state.reveal(T0)
        if run.type == "choice":
            state.set_tally({2: 1}, {"Blue": 1, "Green": 0})
        elif run.type == "rewrite":
            state.add_rewrite(RewriteEntry(text="I feel *worried*", participant="Cleo", score=85))
        else:
            state.set_credited(["Blue"])
        state.next(T0)
        state.next(T0)
    assert state.phase == "done"
    return state, lookup


def test_markdown_report(tmp_path: Path) -> None:
    state, lookup = _played(tmp_path)
    text = render_markdown(state, lookup)
    assert text.startswith("# Tuesday group\n")
    assert "| Ana Lima | Blue | 3 | 4 | - |" in text
    assert "| Cleo | Green | 2 | 5 | 85 |" in text
    assert "“I feel \\*worried\\*” — Cleo (85/100)" in text  # markup characters escaped
    assert "## Discussion questions used" in text
    assert "- When did someone name your feeling for you?" in text
    assert "Strongest exercise:" in text and "Hardest exercise:" in text


def test_csv_report(tmp_path: Path) -> None:
    state, lookup = _played(tmp_path)
    rows = list(csv.DictReader(io.StringIO(render_csv(state, lookup))))
    people = {r["label"]: r for r in rows if r["section"] == "participant"}
    assert people["Ben"]["correct"] == "3" and people["Cleo"]["avg_rewrite_score"] == "85.0"
    options = [r for r in rows if r["section"] == "option"]
    # The teams' answers are the votes; the hand raised for C as well is not added on top.
    assert [(r["votes"], r["correct"]) for r in options][:3] == [("1", "0"), ("2", "1"), ("0", "0")]
    assert any(r["section"] == "discussion" for r in rows)
    assert {r["section"] for r in rows} >= {"strongest", "hardest", "exercise", "rewrite"}


def test_report_with_scoring_off_has_no_scores(tmp_path: Path) -> None:
    state, lookup = _played(tmp_path, scoring="off")
    text = render_markdown(state, lookup)
    assert "## Results" not in text and "/100" not in text
    assert not re.search(r"— \d+ of \d+", text)
    assert "no scores" in text
    rows = list(csv.DictReader(io.StringIO(render_csv(state, lookup))))
    assert not [r for r in rows if r["section"] == "participant"]
    assert all(r["votes"] == "" and r["avg_rewrite_score"] == "" for r in rows)


def test_markdown_without_teams_has_no_team_column(tmp_path: Path) -> None:
    from trainer.workshop.model import WorkshopConfig

    people = WorkshopConfig.people_from(parse_roster("Ana\nBen"))
    state, _, lookup = started(tmp_path, people=people, types=["classify"], count=1)
    state.reveal(T0)
    state.set_credited(["Ben"])
    text = render_markdown(state, lookup)
    assert "| Participant | Correct | Answered | Avg rewrite |" in text
    assert "| Ben | 1 | 1 | - |" in text and "Got it right: Ben" in text
