"""The small state file: everything mastery, due and streak need, kept up to date on each write.

Shape (schema 2)::

    {"schema": 2,
     "profiles": {profile: {"created": iso}},
     "cards":    {profile: {key: fsrs card dict}},
     "stats":    {profile: {key: {"n", "sum", "best", "last", "level", "first_day",
                                  "last_ts", "scheduled"}}},
     "days":     {profile: {"YYYY-MM-DD": [attempts, score_sum]}},
     "shards":   {"YYYY-MM/NNNN": {"n": attempts applied, "sig": [mtime_ns, size, inode]}}}

All of it can be rebuilt by replaying the attempt shards in time order (see ``store.rebuild``);
``shards`` records how much of each shard is already counted, so a writer killed between the
shard and the state is caught up on the next open or write.
"""

from __future__ import annotations

from typing import Any

from trainer.progress.scheduling import parse_utc, review

SCHEMA_VERSION = 2
EWMA_ALPHA = 0.4
HINTED_SCORE_CAP = 0.7
"""For mastery a hinted attempt counts at most this much (as its FSRS rating is at most Hard)."""

State = dict[str, Any]


def empty_state() -> State:
    return {"schema": SCHEMA_VERSION, "profiles": {}, "cards": {}, "stats": {}, "days": {},
            "shards": {}}


def apply_attempt(state: State, attempt: dict[str, Any]) -> None:
    """Count one attempt into the aggregates (attempts must arrive in time order per card)."""
    profile: str = attempt["profile"]
    key: str = attempt["exercise"]
    score = float(attempt["score"])
    hinted = bool(attempt.get("hinted"))
    ts: str = attempt["ts"]
    day: str = attempt["day"]
    scheduled = bool(attempt.get("scheduled", True))
    state["profiles"].setdefault(profile, {"created": ts})
    counted = min(score, HINTED_SCORE_CAP) if hinted else score
    stats = state["stats"].setdefault(profile, {})
    entry = stats.get(key)
    if entry is None:
        stats[key] = {"n": 1, "sum": score, "best": score, "last": score, "level": counted,
                      "first_day": day, "last_ts": ts, "scheduled": scheduled}
    else:
        entry["n"] += 1
        entry["sum"] += score
        entry["best"] = max(entry["best"], score)
        entry["last"] = score
        entry["level"] = EWMA_ALPHA * counted + (1 - EWMA_ALPHA) * entry["level"]
        entry["first_day"] = min(entry["first_day"], day)
        entry["last_ts"] = max(entry["last_ts"], ts)
        entry["scheduled"] = scheduled
    days = state["days"].setdefault(profile, {})
    count = days.get(day)
    days[day] = [1, score] if count is None else [count[0] + 1, count[1] + score]
    if scheduled:
        cards = state["cards"].setdefault(profile, {})
        cards[key] = review(cards.get(key), profile, key, score, hinted, parse_utc(ts))


def drop_profile(state: State, profile: str) -> None:
    for section in ("profiles", "cards", "stats", "days"):
        state[section].pop(profile, None)


def is_current(state: Any) -> bool:
    return (
        isinstance(state, dict)
        and state.get("schema") == SCHEMA_VERSION
        and all(isinstance(state.get(k), dict)
                for k in ("profiles", "cards", "stats", "days", "shards"))
    )
