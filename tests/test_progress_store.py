"""ProgressStore behaviour: recording, scheduling, mastery, streaks, journal, safety on disk."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from fsrs import Rating

from trainer.packs.loader import PackSet, load_packs
from trainer.progress import scheduling, shards
from trainer.progress.aggregates import SCHEMA_VERSION
from trainer.progress.store import ProgressStore, ReadOnlyStoreError

PACK_YAML = """
pack:
  id: listen
  title: Listening
  component: empathy
  steps: [active-listening]
exercises:
  - id: a
    type: choice
    prompt: Pick one
    options:
      - {text: "yes", correct: true, feedback: good}
      - {text: "no", feedback: less}
  - id: b
    type: choice
    prompt: Pick another
    steps: [validation]
    options:
      - {text: "yes", correct: true, feedback: good}
      - {text: "no", feedback: less}
  - id: c
    type: order
    prompt: Order these
    items: [one, two, three]
  - id: muse
    type: reflect
    prompt: What did you notice?
"""

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def packs(tmp_path: Path) -> PackSet:
    path = tmp_path / "listen.yaml"
    path.write_text(PACK_YAML, encoding="utf-8")
    loaded = load_packs([path], builtin=False, user=False)
    assert not loaded.problems, loaded.problems
    return loaded


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_record_and_read_back(isolated_dirs: Path) -> None:
    store = ProgressStore()
    first = store.record_attempt("listen/a", 0.5, answer="hello", duration_s=3, hinted=True)
    second = store.record_attempt("listen/b", 1.0, profile="sam", mode="workshop", session="s1")
    assert first != second
    mine = store.attempts()
    assert [a["id"] for a in mine] == [first]
    assert mine[0]["answer"] == "hello" and mine[0]["hinted"] is True
    assert [a["id"] for a in store.attempts(None)] == [first, second]
    assert store.attempts("sam", exercise="listen/a") == []
    assert store.profiles() == ["me", "sam"]
    reopened = ProgressStore()
    assert [a["id"] for a in reopened.attempts(None)] == [first, second]
    assert reopened.warnings == []


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan"), True])
def test_bad_scores_are_refused(bad: float) -> None:
    with pytest.raises(ValueError):
        ProgressStore().record_attempt("listen/a", bad)


def test_bad_keys_and_profiles_are_refused() -> None:
    store = ProgressStore()
    with pytest.raises(ValueError):
        store.record_attempt("no-slash", 1.0)
    with pytest.raises(ValueError):
        store.record_attempt("listen/a", 1.0, profile="a/b")


@pytest.mark.parametrize(
    ("score", "hinted", "rating"),
    [
        (0.0, False, Rating.Again),
        (0.39, False, Rating.Again),
        (0.4, False, Rating.Hard),
        (0.69, False, Rating.Hard),
        (0.7, False, Rating.Good),
        (0.89, False, Rating.Good),
        (0.9, False, Rating.Easy),
        (1.0, False, Rating.Easy),
        (1.0, True, Rating.Hard),
        (0.2, True, Rating.Again),
    ],
)
def test_score_to_rating(score: float, hinted: bool, rating: Rating) -> None:
    assert scheduling.rating_for(score, hinted) == rating


def test_cards_have_stable_ids_and_utc_dates() -> None:
    store = ProgressStore()
    store.record_attempt("listen/a", 1.0, at=T0)
    card = store.card("listen/a")
    assert card is not None
    assert card["card_id"] == scheduling.card_id_for("me", "listen/a")
    assert card["card_id"] == scheduling.card_id_for("me", "listen/a")
    assert card["card_id"] != scheduling.card_id_for("sam", "listen/a")
    due = datetime.fromisoformat(card["due"])
    assert due.utcoffset() == timedelta(0) and due > T0


def test_due_orders_by_urgency_and_caps_new(packs: PackSet) -> None:
    store = ProgressStore(packs=packs)
    # An exercise failed long ago is less retrievable than one done well recently.
    store.record_attempt("listen/a", 1.0, at=T0 - timedelta(days=60))
    store.record_attempt("listen/b", 0.1, at=T0 - timedelta(days=60))
    store.record_attempt("listen/a", 1.0, at=T0 - timedelta(days=30))
    now = T0 + timedelta(days=200)
    due = store.due(now=now)
    assert due[:2] == ["listen/b", "listen/a"]
    assert due[2:] == ["listen/c"]  # new, and reflect prompts are never scheduled
    assert store.due(now=now, limit=1) == ["listen/b"]
    assert store.due(now=now, new_per_day=0) == ["listen/b", "listen/a"]
    assert store.due(now=now, candidates=["listen/a", "listen/c"]) == ["listen/a", "listen/c"]


def test_new_exercises_capped_per_day() -> None:
    store = ProgressStore()
    keys = [f"p/e{i}" for i in range(15)]
    now = datetime.now(UTC)
    assert store.due(now=now, candidates=keys) == keys[:10]
    for key in keys[:4]:
        store.record_attempt(key, 1.0, at=now)
    new_today = [k for k in store.due(now=now, candidates=keys) if k not in keys[:4]]
    assert new_today == keys[4:10]  # 4 introduced today, so 6 more
    assert store.due(now=now, candidates=keys, new_per_day=3) == []


def test_reflect_is_recorded_but_not_scheduled(packs: PackSet) -> None:
    store = ProgressStore(packs=packs)
    store.record_attempt("listen/muse", 1.0)
    assert store.card("listen/muse") is None
    assert "listen/muse" not in store.mastery()["exercises"]
    assert store.streak()["practised_today"]


def test_mastery_per_exercise_pack_component_and_step(packs: PackSet) -> None:
    store = ProgressStore(packs=packs)
    for _ in range(3):
        store.record_attempt("listen/a", 1.0)
    store.record_attempt("listen/b", 0.5)
    result = store.mastery()
    assert result["exercises"]["listen/a"]["mastery"] == pytest.approx(1.0)
    assert result["exercises"]["listen/b"]["mastery"] == pytest.approx(0.5 / 3, abs=1e-3)
    assert result["exercises"]["listen/a"]["attempts"] == 3
    # a, b, c are scored (reflect is not); c unpractised counts as 0.
    assert result["packs"]["listen"] == {
        "mastery": pytest.approx((1.0 + 0.5 / 3) / 3, abs=1e-3), "practised": 2, "total": 3,
    }
    assert result["components"]["empathy"]["total"] == 3
    assert result["steps"]["validation"] == {
        "mastery": pytest.approx(0.5 / 3, abs=1e-3), "practised": 1, "total": 1,
    }
    assert result["steps"]["active-listening"]["total"] == 2
    # The packs may also be passed per call.
    assert ProgressStore().mastery(packs=packs)["steps"] == result["steps"]


def test_hinted_attempts_count_less() -> None:
    store = ProgressStore()
    store.record_attempt("p/x", 1.0, hinted=True)
    assert store.mastery()["exercises"]["p/x"]["level"] == pytest.approx(0.7)


def streak_on(days: list[int], today: date) -> dict[str, object]:
    """A streak in a fresh store of its own, with one attempt at noon on each listed day back."""
    import tempfile

    store = ProgressStore(Path(tempfile.mkdtemp(dir=Path(os.environ["TRAINER_DATA_DIR"]).parent)))
    for back in days:
        day = today - timedelta(days=back)
        store.record_attempt("p/x", 1.0, at=datetime(day.year, day.month, day.day, 12).astimezone())
    return dict(store.streak(today=today))


def test_streak_forgives_one_missed_day_a_week() -> None:
    today = date(2026, 3, 20)
    # Every day for 10 days except 3 days ago: forgiven.
    result = streak_on([0, 1, 2, 4, 5, 6, 7, 8, 9], today)
    assert result["current"] == 9
    assert result["forgiven"] == ["2026-03-17"]
    assert result["days_7"] == 6 and result["days_30"] == 9


def test_streak_breaks_on_second_miss_within_a_week_or_two_in_a_row() -> None:
    today = date(2026, 3, 20)
    assert streak_on([0, 1, 3, 5, 6], today)["current"] == 3  # misses 2 and 4 days ago
    assert streak_on([0, 1, 4, 5], today)["current"] == 2  # two days in a row missed
    # Misses 8 days apart are each forgiven.
    assert streak_on([0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13], today)["current"] == 12


def test_streak_today_not_yet_practised_does_not_break() -> None:
    today = date(2026, 3, 20)
    result = streak_on([1, 2, 3], today)
    assert result["current"] == 3 and not result["practised_today"]
    assert streak_on([2, 3, 4], today)["current"] == 3  # yesterday forgiven, today still open
    assert streak_on([3, 4], today)["current"] == 0


def test_longest_streak_survives_a_break() -> None:
    today = date(2026, 3, 20)
    result = streak_on([0, 10, 11, 12, 13, 14], today)
    assert result["current"] == 1 and result["longest"] == 5


def test_sessions_by_id_and_by_gap() -> None:
    store = ProgressStore()
    store.record_attempt("p/a", 1.0, at=T0)
    store.record_attempt("p/b", 0.5, at=T0 + timedelta(minutes=10))
    store.record_attempt("p/a", 0.0, at=T0 + timedelta(hours=3))
    store.record_attempt("p/c", 1.0, at=T0 + timedelta(hours=3, minutes=1), session="w1",
                         mode="workshop")
    found = store.sessions()
    assert [s["attempts"] for s in found] == [2, 1, 1]
    assert found[0]["mean_score"] == 0.75 and found[0]["exercises"] == 2
    assert found[2]["id"] == "w1" and found[2]["mode"] == "workshop"


def test_journal_is_separate_and_deletable() -> None:
    store = ProgressStore()
    first = store.record_reflection("listen/muse", "I noticed [bold]this[/bold]")
    store.record_reflection("listen/muse", "Sam's view", profile="sam")
    assert [r["text"] for r in store.journal()] == ["I noticed [bold]this[/bold]"]
    assert store.attempts(None) == []
    assert store.delete_reflection(first) is True
    assert store.delete_reflection(first) is False
    assert store.journal() == [] and len(store.journal(None)) == 1


def test_files_0600_and_folders_0700(isolated_dirs: Path) -> None:
    store = ProgressStore()
    store.record_attempt("p/a", 1.0)
    store.record_reflection("p/r", "private")
    root = isolated_dirs / "progress"
    assert mode(isolated_dirs) == 0o700
    seen = 0
    for folder, _dirs, files in os.walk(root):
        assert mode(Path(folder)) == 0o700, folder
        for name in files:
            assert mode(Path(folder) / name) == 0o600, name
            seen += 1
    assert seen >= 5  # state, shard, journal, backup, locks


def test_corrupt_state_is_quarantined_and_rebuilt(isolated_dirs: Path) -> None:
    store = ProgressStore()
    ids = [store.record_attempt("p/a", 1.0), store.record_attempt("p/b", 0.2, profile="sam")]
    state = isolated_dirs / "progress" / "state.json"
    state.write_bytes(b'{"schema": 2, "profi')
    reopened = ProgressStore()
    assert len(reopened.warnings) == 1 and "state.json.corrupt-" in reopened.warnings[0]
    moved = list(state.parent.glob("state.json.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == b'{"schema": 2, "profi'
    assert [a["id"] for a in reopened.attempts(None)] == ids
    assert reopened.mastery()["exercises"]["p/a"]["attempts"] == 1
    assert reopened.profiles() == ["me", "sam"]
    reopened.record_attempt("p/a", 1.0)
    assert ProgressStore().mastery()["exercises"]["p/a"]["attempts"] == 2


def test_corrupt_shard_is_quarantined_and_the_rest_loads(isolated_dirs: Path) -> None:
    store = ProgressStore()
    kept = store.record_attempt("p/a", 1.0, at=T0)
    store.record_attempt("p/b", 1.0, at=T0 + timedelta(days=40))
    month = (T0 + timedelta(days=40)).strftime("%Y-%m")
    broken = shards.shard_path(isolated_dirs / "progress", f"{month}/0001")
    broken.write_bytes(b"\x00garbage")
    reopened = ProgressStore()
    assert any("corrupt" in w for w in reopened.warnings)
    assert list(broken.parent.glob("0001.json.corrupt-*"))
    assert [a["id"] for a in reopened.attempts()] == [kept]
    assert set(reopened.mastery()["exercises"]) == {"p/a"}
    reopened.record_attempt("p/c", 0.5)
    assert len(ProgressStore().attempts()) == 2


def test_corrupt_journal_is_quarantined(isolated_dirs: Path) -> None:
    store = ProgressStore()
    store.record_attempt("p/a", 1.0)
    store.record_reflection("p/r", "x")
    (isolated_dirs / "progress" / "journal.json").write_text("[1, 2", encoding="utf-8")
    reopened = ProgressStore()
    assert any("journal.json.corrupt-" in w for w in reopened.warnings)
    assert reopened.journal() == [] and len(reopened.attempts()) == 1
    reopened.record_reflection("p/r", "again")
    assert len(reopened.journal()) == 1


def test_daily_backups_keep_seven(isolated_dirs: Path) -> None:
    backups = isolated_dirs / "progress" / "backups"
    backups.mkdir(parents=True, mode=0o700)
    for n in range(1, 10):
        (backups / f"state-2020-01-0{n}.json").write_text("{}", encoding="utf-8")
    ProgressStore().record_attempt("p/a", 1.0)
    names = sorted(p.name for p in backups.iterdir())
    assert len(names) == 7
    assert names[-1] == f"state-{date.today().isoformat()}.json"
    assert json.loads((backups / names[-1]).read_text())["schema"] == SCHEMA_VERSION


def test_migration_from_schema_1_single_file(isolated_dirs: Path) -> None:
    isolated_dirs.mkdir(parents=True)
    legacy = isolated_dirs / "progress.json"
    base = T0.timestamp()
    legacy.write_text(json.dumps({"attempts": {
        "1": {"exercise": "listen/a", "score": 1.0, "timestamp": base},
        "2": {"exercise": "listen/a", "score": 0.5, "timestamp": base + 86400, "hinted": True},
        "3": {"exercise": "listen/b", "score": 0.8, "timestamp": base + 60, "profile": "sam"},
        "4": {"oops": True},
    }}), encoding="utf-8")
    store = ProgressStore()
    assert not legacy.exists()
    assert (isolated_dirs / "progress.json.migrated-v1").exists()
    assert any("older version" in w and "1 unreadable" in w for w in store.warnings)
    mine = store.attempts()
    assert [a["score"] for a in mine] == [1.0, 0.5] and mine[1]["hinted"] is True
    assert mine[0]["ts"] == T0.isoformat(timespec="microseconds")
    assert store.profiles() == ["me", "sam"]
    assert store.mastery()["exercises"]["listen/a"]["attempts"] == 2
    state = json.loads((isolated_dirs / "progress" / "state.json").read_text())
    assert state["schema"] == SCHEMA_VERSION


def test_older_state_schema_is_rebuilt(isolated_dirs: Path) -> None:
    store = ProgressStore()
    store.record_attempt("p/a", 1.0)
    store.add_profile("kim")
    path = isolated_dirs / "progress" / "state.json"
    path.write_text(json.dumps({"schema": 1, "profiles": {"kim": {}}}), encoding="utf-8")
    reopened = ProgressStore()
    assert reopened.mastery()["exercises"]["p/a"]["attempts"] == 1
    assert reopened.profiles() == ["kim", "me"]
    assert json.loads(path.read_text())["schema"] == SCHEMA_VERSION


def test_newer_schema_is_read_only_and_untouched(isolated_dirs: Path) -> None:
    store = ProgressStore()
    store.record_attempt("p/a", 1.0)
    path = isolated_dirs / "progress" / "state.json"
    future = json.loads(path.read_text())
    future["schema"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(future), encoding="utf-8")
    before = path.read_bytes()
    reopened = ProgressStore()
    assert reopened.read_only and "newer version" in reopened.warnings[0]
    assert len(reopened.attempts()) == 1
    with pytest.raises(ReadOnlyStoreError):
        reopened.record_attempt("p/a", 1.0)
    assert path.read_bytes() == before


def test_shards_roll_over_at_the_cap(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shards, "SEGMENT_MAX", 3)
    store = ProgressStore()
    ids = [store.record_attempt("p/a", 1.0, at=T0 + timedelta(minutes=i)) for i in range(7)]
    names = sorted(shards.list_shards(isolated_dirs / "progress"))
    assert names == ["2026-03/0001", "2026-03/0002", "2026-03/0003"]
    assert [a["id"] for a in ProgressStore().attempts()] == ids


def test_state_behind_a_shard_is_caught_up(isolated_dirs: Path) -> None:
    """What a kill between the shard write and the state write leaves behind."""
    store = ProgressStore()
    store.record_attempt("p/a", 1.0)
    path = isolated_dirs / "progress" / "state.json"
    behind = path.read_bytes()
    store.record_attempt("p/a", 0.0)
    path.write_bytes(behind)
    assert ProgressStore().mastery()["exercises"]["p/a"]["attempts"] == 2
    store2 = ProgressStore()
    path.write_bytes(behind)
    store2.record_attempt("p/b", 1.0)  # a writer catches up too
    assert store2.mastery()["exercises"]["p/a"]["attempts"] == 2


def test_forget_removes_profile_everywhere(isolated_dirs: Path) -> None:
    store = ProgressStore()
    store.record_attempt("p/a", 1.0)
    store.record_attempt("p/a", 1.0, profile="sam")
    store.record_reflection("p/r", "mine")
    assert store.forget("me") == (1, 1)
    assert store.attempts() == [] and store.journal() == []
    assert store.profiles() == ["sam"] and len(store.attempts("sam")) == 1
    raw = b"".join(p.read_bytes() for p in (isolated_dirs / "progress").rglob("*.json"))
    assert b'"profile":"me"' not in raw


def test_corrupt_state_without_attempts_is_still_kept(isolated_dirs: Path) -> None:
    state = isolated_dirs / "progress" / "state.json"
    state.parent.mkdir(parents=True)
    state.write_bytes(b"\xff\xfe not json")
    store = ProgressStore()
    assert "state.json.corrupt-" in store.warnings[0]
    assert len(list(state.parent.glob("state.json.corrupt-*"))) == 1
    store.record_attempt("p/a", 1.0)
    assert len(ProgressStore().attempts()) == 1


def test_reflect_answers_go_to_the_journal_not_attempts(packs: PackSet) -> None:
    store = ProgressStore(packs=packs)
    store.record_attempt("listen/muse", 1.0, answer="what I noticed about myself")
    assert store.attempts()[0]["answer"] is None
    assert [r["text"] for r in store.journal()] == ["what I noticed about myself"]
    assert "noticed" not in json.dumps(store.export())


def test_checkpoint_lag_is_counted_in_by_other_processes(isolated_dirs: Path) -> None:
    """Attempts past the last checkpoint are seen by a second store at once."""
    first = ProgressStore()
    for _ in range(3):
        first.record_attempt("p/a", 1.0)
    second = ProgressStore()
    assert second.mastery()["exercises"]["p/a"]["attempts"] == 3
    first.record_attempt("p/a", 0.0)
    second.record_attempt("p/a", 0.0)
    assert second.mastery()["exercises"]["p/a"]["attempts"] == 5
    first.close()
    assert ProgressStore().mastery()["exercises"]["p/a"]["attempts"] == 5
    first.record_attempt("p/b", 0.5)
    assert "p/b" in second.mastery()["exercises"]  # reads see other writers at once


def test_import_data_checks_records_and_normalises_times() -> None:
    store = ProgressStore()
    with pytest.raises(ValueError, match="score"):
        store.import_data([{"id": "x", "profile": "me", "exercise": "p/a", "score": 2,
                            "ts": T0.isoformat()}])
    assert store.attempts(None) == []
    local = datetime(2026, 3, 2, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    result = store.import_data([], [{"id": "r1", "profile": "me", "exercise": "p/r",
                                     "text": "hi", "ts": local.isoformat()}])
    assert result["reflections_added"] == 1
    assert store.journal()[0]["ts"] == "2026-03-02T12:00:00.000000+00:00"
