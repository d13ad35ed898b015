"""Figures the stats screen shows, derived from the progress store by pure functions.

The TUI computes nothing itself: it asks :func:`build_stats` for a :class:`StatsView` and draws it.
Every function here takes plain data (attempt dicts, mastery mappings, a fixed ``now``) so it can be
tested without Textual or a data folder.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Protocol

from trainer.packs.vocab import BUILTIN_COMPONENTS, STEPS

if TYPE_CHECKING:
    from trainer.packs.loader import PackSet

HEATMAP_WEEKS = 12
TREND_WEEKS = 12
WEAKEST_COUNT = 5
UNSCORED_TYPES = frozenset({"reflect", "pair"})
"""Exercise types that are never scored, so never 'weak' and never in a trend."""

class StatsSource(Protocol):
    """The part of ``ProgressStore`` the stats need."""

    def attempts(
        self, profile: str | None = ..., exercise: str | None = ..., since: datetime | None = ...
    ) -> list[dict[str, Any]]: ...

    def mastery(self, profile: str = ..., packs: PackSet | None = ...) -> Any: ...

    def streak(self, profile: str = ..., today: date | None = ...) -> Any: ...


@dataclass(frozen=True)
class MasteryRow:
    """One labelled bar: a component, a step or an exercise."""

    name: str
    value: float | None
    """0..1, or None when nothing has been practised yet."""
    label: str = ""
    """What to show instead of ``name`` (an exercise's prompt, shortened); empty shows the name."""


@dataclass(frozen=True)
class WeekAverage:
    start: date
    """The Monday the week starts on."""
    average: float | None
    """Mean score (0..1) of that week's attempts, or None for a week without any."""
    count: int


@dataclass(frozen=True)
class StatsView:
    """Everything the stats screen draws."""

    today: date
    components: list[MasteryRow]
    steps: list[MasteryRow]
    streak: int
    days_7: int
    days_30: int
    practice_days: dict[date, int]
    """Attempts per local day over the heatmap's weeks (days without any are absent)."""
    rewrite_trend: list[WeekAverage]
    weakest: list[MasteryRow]
    recent_attempts: int
    """Attempts since the heatmap's first day."""
    extra: dict[str, Any] = field(default_factory=dict)


def attempt_time(attempt: Mapping[str, Any]) -> datetime | None:
    """When an attempt was made, as an aware datetime (naive values are taken as UTC)."""
    raw = attempt.get("ts", attempt.get("at"))
    when: datetime
    if isinstance(raw, datetime):
        when = raw
    elif isinstance(raw, str):
        try:
            when = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return None
    elif isinstance(raw, int | float):
        when = datetime.fromtimestamp(raw, tz=timezone.utc)
    else:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def heatmap_start(today: date, weeks: int = HEATMAP_WEEKS) -> date:
    """The first day (a Monday) the heatmap shows: ``weeks`` whole weeks ending with this one."""
    return week_start(today) - timedelta(weeks=weeks - 1)


def daily_counts(
    attempts: Iterable[Mapping[str, Any]], now: datetime, weeks: int = HEATMAP_WEEKS
) -> dict[date, int]:
    """Attempts per day in ``now``'s time zone, from the heatmap's first Monday up to today."""
    today = now.date()
    first = heatmap_start(today, weeks)
    counts: Counter[date] = Counter()
    for attempt in attempts:
        when = attempt_time(attempt)
        if when is None:
            continue
        day = when.astimezone(now.tzinfo).date()
        if first <= day <= today:
            counts[day] += 1
    return dict(counts)


def weekly_averages(
    attempts: Iterable[Mapping[str, Any]],
    now: datetime,
    keys: Iterable[str] | None = None,
    weeks: int = TREND_WEEKS,
) -> list[WeekAverage]:
    """Mean score per week (oldest first) for the attempts on ``keys`` (all when None)."""
    wanted = None if keys is None else set(keys)
    today = now.date()
    first = heatmap_start(today, weeks)
    sums: dict[date, float] = {}
    counts: Counter[date] = Counter()
    for attempt in attempts:
        if wanted is not None and attempt.get("exercise") not in wanted:
            continue
        score = attempt.get("score")
        when = attempt_time(attempt)
        if when is None or not isinstance(score, int | float):
            continue
        day = when.astimezone(now.tzinfo).date()
        if not first <= day <= today:
            continue
        start = week_start(day)
        sums[start] = sums.get(start, 0.0) + float(score)
        counts[start] += 1
    result = []
    for index in range(weeks):
        start = first + timedelta(weeks=index)
        count = counts[start]
        result.append(WeekAverage(start, sums[start] / count if count else None, count))
    return result


def weakest(
    exercise_mastery: Mapping[str, float | None],
    count: int = WEAKEST_COUNT,
    practisable: Iterable[str] | None = None,
) -> list[MasteryRow]:
    """The ``count`` practised exercises with the lowest mastery (ties by key, for a stable list).

    ``practisable`` limits the list to keys that can still be practised (exercises that exist in a
    loaded pack and are scored); None keeps every key.
    """
    allowed = None if practisable is None else set(practisable)
    rows = [
        MasteryRow(key, float(value))
        for key, value in exercise_mastery.items()
        if value is not None and (allowed is None or key in allowed)
    ]
    rows.sort(key=lambda row: (row.value, row.name))
    return rows[:count]


def ordered_rows(
    values: Mapping[str, float | None], order: Sequence[str], keep_empty: bool = True
) -> list[MasteryRow]:
    """Rows in the canonical ``order`` (each shown even if unpractised), then others by name."""
    rows = [MasteryRow(name, _as_fraction(values.get(name))) for name in order]
    if not keep_empty:
        rows = [row for row in rows if row.value is not None]
    rows += [
        MasteryRow(name, _as_fraction(values[name]))
        for name in sorted(values)
        if name not in order
    ]
    return rows


def _as_fraction(value: Any) -> float | None:
    if isinstance(value, Mapping):
        if value.get("practised") == 0:
            return None  # a group nobody has practised yet: "not started", not "0%"
        value = value.get("mastery", value.get("value"))
    if value is None:
        return None
    try:
        return max(0.0, min(1.0, float(value)))
    except (TypeError, ValueError):
        return None


def _section(mastery: Any, *names: str) -> dict[str, float | None]:
    """One level of the store's mastery report (per exercise, component or step) as a flat dict."""
    for name in names:
        part = mastery.get(name) if isinstance(mastery, Mapping) else getattr(mastery, name, None)
        if isinstance(part, Mapping):
            return {str(key): _as_fraction(value) for key, value in part.items()}
    return {}


def _streak_figures(streak: Any) -> tuple[int, int, int]:
    if isinstance(streak, int):
        return streak, 0, 0
    get = streak.get if isinstance(streak, Mapping) else lambda name, default=0: getattr(
        streak, name, default
    )
    current = get("current", get("streak", 0))
    return int(current or 0), int(get("days_7", 0) or 0), int(get("days_30", 0) or 0)


def practisable_keys(packs: PackSet | None) -> set[str] | None:
    """Keys of scored exercises in the loaded packs (None when no packs are known)."""
    if packs is None:
        return None
    return {
        key for key, _loaded, exercise in packs.exercises() if exercise.type not in UNSCORED_TYPES
    }


PROMPT_LABEL_WIDTH = 32


def prompt_label(prompt: str, width: int = PROMPT_LABEL_WIDTH) -> str:
    """A prompt on one short line: whitespace folded, cut at a word with '…' when too long."""
    text = " ".join(prompt.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] or text[: width - 1]
    return cut.rstrip(" ,;:.") + "…"


def _with_prompts(rows: list[MasteryRow], packs: PackSet | None) -> list[MasteryRow]:
    """Exercise rows labelled by what the person saw (their prompt), not by the key."""
    if packs is None:
        return rows
    labelled = []
    for row in rows:
        found = packs.get(row.name)
        label = prompt_label(found[1].prompt) if found else ""
        labelled.append(MasteryRow(row.name, row.value, label))
    return labelled


def rewrite_keys(packs: PackSet | None) -> set[str] | None:
    if packs is None:
        return None
    return {key for key, _loaded, exercise in packs.exercises() if exercise.type == "rewrite"}


def build_stats(
    store: StatsSource,
    packs: PackSet | None,
    now: datetime,
    profile: str = "me",
) -> StatsView:
    """Gather everything the stats screen shows in one pass over the store.

    ``now`` should be in the user's time zone (``datetime.now().astimezone()``): the calendar's
    days and the streak's "today" are local days.
    """
    since = datetime.combine(
        heatmap_start(now.date()), datetime.min.time(), tzinfo=now.tzinfo
    ) - timedelta(days=1)
    recent = store.attempts(profile=profile, since=since)
    mastery = store.mastery(profile, packs=packs)
    streak, days_7, days_30 = _streak_figures(store.streak(profile, today=now.date()))
    rewrites = rewrite_keys(packs)
    return StatsView(
        today=now.date(),
        components=ordered_rows(_section(mastery, "components", "component"), BUILTIN_COMPONENTS),
        steps=ordered_rows(_section(mastery, "steps", "step"), STEPS),
        streak=streak,
        days_7=days_7,
        days_30=days_30,
        practice_days=daily_counts(recent, now),
        rewrite_trend=weekly_averages(recent, now, rewrites),
        weakest=_with_prompts(
            weakest(
                _section(mastery, "exercises", "exercise"), practisable=practisable_keys(packs)
            ),
            packs,
        ),
        recent_attempts=len(recent),
    )


@dataclass(frozen=True)
class JournalEntry:
    """One private reflection, ready to show."""

    id: str
    exercise: str
    prompt: str
    """The reflection prompt from its pack, or the exercise key when the pack is gone."""
    text: str
    when: datetime | None


def journal_entries(
    raw: Iterable[Mapping[str, Any]], packs: PackSet | None, now: datetime
) -> list[JournalEntry]:
    """The store's journal records as entries, newest first, times in ``now``'s time zone."""
    entries = []
    for record in raw:
        key = str(record.get("exercise", ""))
        prompt = key
        found = packs.get(key) if packs is not None and key else None
        if found is not None:
            prompt = found[1].prompt
        when = attempt_time(record)
        entries.append(
            JournalEntry(
                id=str(record.get("id", "")),
                exercise=key,
                prompt=prompt,
                text=str(record.get("text", record.get("answer", "")) or ""),
                when=None if when is None else when.astimezone(now.tzinfo),
            )
        )
    oldest = datetime.min.replace(tzinfo=timezone.utc)
    entries.sort(key=lambda entry: entry.when or oldest, reverse=True)
    return entries


def search_journal(entries: Sequence[JournalEntry], query: str) -> list[JournalEntry]:
    """Entries whose text, prompt or date contain every word of ``query`` (any case)."""
    words = query.casefold().split()
    if not words:
        return list(entries)
    found = []
    for entry in entries:
        when = entry.when.strftime("%Y-%m-%d %A %d %B") if entry.when else ""
        haystack = f"{entry.text}\n{entry.prompt}\n{entry.exercise}\n{when}".casefold()
        if all(word in haystack for word in words):
            found.append(entry)
    return found
