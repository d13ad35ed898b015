"""Mastery, due reviews, streaks and sessions: pure functions over the state and attempts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from trainer.progress.aggregates import State
from trainer.progress.catalog import Catalog
from trainer.progress.records import (
    Attempt,
    ExerciseMastery,
    GroupMastery,
    Mastery,
    Session,
    Streak,
)
from trainer.progress.scheduling import parse_utc, retrievability

CONFIDENT_AFTER = 3
"""Attempts after which an exercise's level counts in full towards its mastery."""
SESSION_GAP = timedelta(minutes=30)
FORGIVE_EVERY_DAYS = 7


def exercise_mastery(entry: dict[str, Any]) -> float:
    return float(entry["level"]) * min(1.0, int(entry["n"]) / CONFIDENT_AFTER)


def mastery(state: State, profile: str, catalog: Catalog | None) -> Mastery:
    """Per exercise, pack, component and step. Without a catalog groups are by pack id only."""
    stats: dict[str, dict[str, Any]] = state["stats"].get(profile, {})
    cards: dict[str, dict[str, Any]] = state["cards"].get(profile, {})
    exercises: dict[str, ExerciseMastery] = {}
    for key, entry in stats.items():
        if not entry.get("scheduled", True):
            continue
        info = catalog.exercises.get(key) if catalog is not None else None
        if info is not None and not info.scheduled:
            continue
        card = cards.get(key)
        exercises[key] = {
            "mastery": round(exercise_mastery(entry), 4),
            "level": round(float(entry["level"]), 4),
            "attempts": int(entry["n"]),
            "best": float(entry["best"]),
            "last": float(entry["last"]),
            "last_practised": str(entry["last_ts"]),
            "next_due": str(card["due"]) if card else None,
        }
    groups: dict[str, dict[str, list[float]]] = {"packs": {}, "components": {}, "steps": {}}

    def add(kind: str, name: str, value: float | None) -> None:
        bucket = groups[kind].setdefault(name, [])
        bucket.append(-1.0 if value is None else value)

    if catalog is not None:
        for key, info in catalog.exercises.items():
            if not info.scheduled:
                continue
            value = exercises[key]["mastery"] if key in exercises else None
            add("packs", info.pack, value)
            add("components", info.component, value)
            for step in info.steps:
                add("steps", step, value)
    else:
        for key, item in exercises.items():
            add("packs", key.partition("/")[0], item["mastery"])

    def summary(values: list[float]) -> GroupMastery:
        practised = [v for v in values if v >= 0]
        return {
            "mastery": round(sum(practised) / len(values), 4) if values else 0.0,
            "practised": len(practised),
            "total": len(values),
        }

    return {
        "exercises": exercises,
        "packs": {k: summary(v) for k, v in groups["packs"].items()},
        "components": {k: summary(v) for k, v in groups["components"].items()},
        "steps": {k: summary(v) for k, v in groups["steps"].items()},
    }


def due(
    state: State,
    profile: str,
    now: datetime,
    today: date,
    *,
    limit: int | None,
    new_per_day: int,
    candidates: Sequence[str] | None,
    catalog: Catalog | None,
) -> list[str]:
    """Reviews that are due (least retrievable first), then new exercises up to the daily cap."""
    cards: dict[str, dict[str, Any]] = state["cards"].get(profile, {})
    stats: dict[str, dict[str, Any]] = state["stats"].get(profile, {})
    allowed: set[str] | None = None
    if candidates is not None:
        allowed = set(candidates)
    elif catalog is not None:
        allowed = set(catalog.scheduled_keys())
    now_iso = now.isoformat(timespec="microseconds")
    reviews: list[tuple[float, str, str]] = []
    for key, card in cards.items():
        if allowed is not None and key not in allowed:
            continue
        # Stored due dates are ISO UTC with a fixed width, so text order is time order.
        if card["due"] <= now_iso:
            reviews.append((retrievability(card, now), card["due"], key))
    reviews.sort()
    result = [key for _r, _d, key in reviews]
    if limit is not None and len(result) >= limit:
        return result[:limit]
    today_iso = today.isoformat()
    introduced = sum(
        1 for entry in stats.values()
        if entry["first_day"] == today_iso and entry.get("scheduled", True)
    )
    room = max(0, new_per_day - introduced)
    if room:
        if candidates is not None:
            pool: Iterable[str] = candidates
        elif catalog is not None:
            pool = catalog.scheduled_keys()
        else:
            pool = ()
        if catalog is not None:
            pool = [k for k in pool if k not in catalog.exercises or catalog.exercises[k].scheduled]
        for key in pool:
            if key not in stats and key not in result:
                result.append(key)
                room -= 1
                if room == 0:
                    break
    return result if limit is None else result[:limit]


def streak(practised_days: Iterable[str], today: date) -> Streak:
    """Runs of practice where one missed day in any 7 is forgiven; two in a row end a run.

    Today never breaks a run: the day is not over yet.
    """
    days = {date.fromisoformat(d) for d in practised_days}
    practised_today = today in days
    current, forgiven = _run_back_from(days, today if practised_today else today - timedelta(1))
    # Every run ends on a practised day whose next day is not practised.
    longest = max(
        [current]
        + [_run_back_from(days, d)[0] for d in days if d + timedelta(1) not in days]
    )
    return {
        "current": current,
        "longest": longest,
        "days_7": sum(1 for d in days if timedelta(0) <= today - d < timedelta(7)),
        "days_30": sum(1 for d in days if timedelta(0) <= today - d < timedelta(30)),
        "practised_today": practised_today,
        "forgiven": [d.isoformat() for d in forgiven],
    }


def _run_back_from(days: set[date], start: date) -> tuple[int, list[date]]:
    count = 0
    forgiven: list[date] = []
    day = start
    earliest = min(days) if days else start
    while day >= earliest:
        if day in days:
            count += 1
        elif (
            not forgiven or (forgiven[-1] - day).days >= FORGIVE_EVERY_DAYS
        ) and day - timedelta(1) in days:
            # A single missed day between practised days is forgiven, once a week.
            forgiven.append(day)
        else:
            break
        day -= timedelta(1)
    return count, forgiven


def sessions(attempts: Sequence[Attempt]) -> list[Session]:
    """Group attempts into sessions: by the recorded session id, else by gaps under 30 minutes."""
    groups: dict[str, list[Attempt]] = {}
    order: list[str] = []
    auto_id: str | None = None
    auto_end: datetime | None = None
    for attempt in sorted(attempts, key=lambda a: a["ts"]):
        when = parse_utc(attempt["ts"])
        if attempt.get("session"):
            sid = str(attempt["session"])
        else:
            if auto_id is None or auto_end is None or when - auto_end > SESSION_GAP:
                auto_id = f"auto-{attempt['id']}"
            auto_end = when
            sid = auto_id
        if sid not in groups:
            groups[sid] = []
            order.append(sid)
        groups[sid].append(attempt)
    result: list[Session] = []
    for sid in order:
        items = groups[sid]
        result.append({
            "id": sid,
            "start": items[0]["ts"],
            "end": items[-1]["ts"],
            "attempts": len(items),
            "exercises": len({a["exercise"] for a in items}),
            "mean_score": round(sum(float(a["score"]) for a in items) / len(items), 4),
            "mode": str(items[0].get("mode", "solo")),
        })
    return result
