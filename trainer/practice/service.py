"""The one object the UI talks to: packs, progress, planning and recording.

Screens call ``Trainer`` methods and get plain dataclasses back; YAML, pydantic validation, TinyDB
and FSRS stay behind this facade (and are imported only when first needed, so the app's first
frame does not wait for them).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.packs.vocab import BUILTIN_COMPONENTS, EXERCISE_TYPES, TYPE_LABELS
from trainer.practice import planning

# Sessions are imported where used: the app builds a Trainer before its first frame, sessions
# only after it.
if TYPE_CHECKING:
    from trainer.packs.loader import LoadedPack, PackSet
    from trainer.packs.models import Exercise
    from trainer.practice.session import Clock, Result, Session
    from trainer.progress.store import ProgressStore

BUILTIN_COMPONENT_ORDER = BUILTIN_COMPONENTS
"""Built-in packs are listed in this order, before custom ones."""


@dataclass(frozen=True)
class PackRow:
    """One pack as the home screen lists it."""

    id: str
    title: str
    component: str
    custom: bool
    """Not one of the built-in packs (the user's own, or added with --packs)."""
    count: int
    mastery: float
    """0..1, the mean over the pack's exercises (never-tried ones count as 0)."""
    due: int
    types: dict[str, int]
    """How many exercises of each type, in the format's order of types (choice first)."""


@dataclass(frozen=True)
class Overview:
    """Everything the home screen shows."""

    streak: int
    days_this_week: int
    """Distinct days practised in the last seven, today included."""
    due: int
    first_run: bool
    rows: list[PackRow]
    problems: list[str]
    warnings: list[str] = field(default_factory=list)
    """Things the progress store wants the user told (a damaged file moved aside...)."""


@dataclass(frozen=True)
class SummaryLine:
    key: str
    prompt: str
    component: str
    exercise_type: str
    score: float | None
    hinted: bool
    skipped: bool
    duration_s: float


@dataclass(frozen=True)
class Summary:
    """What a finished (or left) session achieved."""

    title: str
    lines: list[SummaryLine]
    per_component: dict[str, float]
    """Mean score per component over scored lines."""
    elapsed_s: float
    mastery_change: dict[str, tuple[float, float]]
    """Per component practised: mastery before the session and now."""
    due_now: int
    suggestion: str
    """"review", "quick" or a pack id: what to do next."""
    suggestion_text: str
    unanswered: int


@dataclass
class Trainer:
    """Packs + progress + planning for one user profile."""

    packset: PackSet | None = None
    extra_paths: Sequence[Path] = ()
    data_dir: Path | None = None
    now: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))
    clock: Clock | None = None
    seed: int | None = None
    """Fixes every shuffle (tests and screenshots); None shuffles differently each run."""
    profile: str = "me"
    _store: Any = field(default=None, init=False, repr=False)
    _component_mastery_at_start: dict[str, dict[str, float]] = field(
        default_factory=dict, init=False, repr=False
    )

    # -- loading ---------------------------------------------------------------------------------

    def load(self) -> None:
        """Load packs (unless given) and open the store; safe to call from a worker thread."""
        if self.packset is None:
            from trainer.packs.loader import load_packs

            self.packset = load_packs([Path(p) for p in self.extra_paths])
        self.store  # noqa: B018 - opens it now, off the UI thread

    def reload(self) -> None:
        """Read every pack again (after editing a custom pack)."""
        from trainer.packs.loader import load_packs

        self.packset = load_packs([Path(p) for p in self.extra_paths])

    @property
    def packs(self) -> PackSet:
        if self.packset is None:
            self.load()
        assert self.packset is not None
        return self.packset

    @property
    def store(self) -> ProgressStore:
        if self._store is None:
            from trainer import paths
            from trainer.progress.store import ProgressStore

            self._store = ProgressStore(self.data_dir or paths.data_dir(), packs=self.packs)
        return self._store  # type: ignore[no-any-return]

    # -- what the store knows --------------------------------------------------------------------

    def mastery(self) -> dict[str, float]:
        """Mastery 0..1 per exercise key that has been practised."""
        exercises = self.store.mastery(self.profile)["exercises"]
        return {key: float(entry["mastery"]) for key, entry in exercises.items()}

    def due_keys(self) -> list[str]:
        """Reviews FSRS says are due now, most urgent first (new exercises are not "due")."""
        return list(self.store.due(self.profile, now=self.now(), new_per_day=0))

    def streak(self) -> tuple[int, int]:
        """(current streak in days, days practised in the last seven)."""
        value = self.store.streak(self.profile, today=self.now().astimezone().date())
        return int(value["current"]), int(value["days_7"])

    # -- home ------------------------------------------------------------------------------------

    def overview(self) -> Overview:
        packs = self.packs
        full = self.store.mastery(self.profile)
        pack_mastery = {k: float(v["mastery"]) for k, v in full["packs"].items()}
        available = {key for key, _, _ in packs.exercises()}
        due = [k for k in self.due_keys() if k in available]
        due_set = set(due)
        attempted = set(full["exercises"])
        streak, this_week = self.streak()
        rows = [
            self._row(loaded, pack_mastery.get(loaded.id, 0.0), due_set) for loaded in packs.packs
        ]
        rows.sort(key=_row_order)
        return Overview(
            streak=streak,
            days_this_week=this_week,
            due=len(due),
            first_run=not attempted,
            rows=rows,
            problems=[str(p) for p in packs.problems],
            warnings=list(getattr(self.store, "warnings", [])),
        )

    def _row(self, loaded: LoadedPack, mastery: float, due: set[str]) -> PackRow:
        keys = [loaded.pack.key(e) for e in loaded.pack.exercises]
        counts: Counter[str] = Counter(exercise.type for exercise in loaded.pack.exercises)
        # One order for every pack, so the type picker reads the same whichever pack is chosen.
        types = {kind: counts[kind] for kind in EXERCISE_TYPES if counts[kind]}
        return PackRow(
            id=loaded.id,
            title=loaded.pack.pack.title,
            component=loaded.pack.pack.component,
            custom=loaded.origin != "builtin",
            count=len(keys),
            mastery=mastery,
            due=sum(1 for k in keys if k in due),
            types=types,
        )

    # -- planning --------------------------------------------------------------------------------

    def _rng(self, salt: str) -> random.Random:
        return random.Random(f"{self.seed}:{salt}") if self.seed is not None else random.Random()

    def _session(self, keys: list[str], title: str) -> Session:
        types = {self.exercise(k)[1].type for k in keys}
        mode = "pair" if types == {"pair"} else "solo"
        from trainer.practice.session import Session

        kwargs: dict[str, Any] = {"clock": self.clock} if self.clock else {}
        session = Session(keys=keys, title=title, mode=mode, **kwargs)
        self._component_mastery_at_start[session.id] = self.component_mastery()
        return session

    def _scored_keys(self) -> list[str]:
        return [k for k, _, e in self.packs.exercises() if e.type not in planning.UNSCORED_TYPES]

    def _pack(self, pack_id: str) -> LoadedPack | None:
        return next((p for p in self.packs.packs if p.id == pack_id), None)

    def review_session(self) -> Session:
        keys = planning.plan_review(self.due_keys(), self._scored_keys())
        return self._session(keys, "Review due")

    def quick_session(self) -> Session:
        mastery = self.mastery()  # every practised exercise has an entry, so its keys are "tried"
        keys = planning.plan_quick(self._scored_keys(), mastery, mastery, rng=self._rng("quick"))
        return self._session(keys, "Quick practice")

    def pack_session(self, pack_id: str, exercise_type: str | None = None) -> Session:
        loaded = self._pack(pack_id)
        if loaded is None:
            return self._session([], pack_id)
        exercises = list(loaded.pack.exercises)
        # Pair prompts go lightest first, so depth rises through the session.
        exercises.sort(key=lambda e: getattr(e, "depth", 0) if e.type == "pair" else 0)
        keys = planning.plan_pack([(loaded.pack.key(e), e.type) for e in exercises], exercise_type)
        title = loaded.pack.pack.title + (
            f" · {TYPE_LABELS[exercise_type]}" if exercise_type else ""
        )
        return self._session(keys, title)

    def keys_session(self, keys: Iterable[str], title: str = "Practice") -> Session:
        available = [k for k, _, _ in self.packs.exercises()]
        return self._session(planning.plan_keys(keys, available), title)

    # -- exercises -------------------------------------------------------------------------------

    def exercise(self, key: str) -> tuple[LoadedPack, Exercise]:
        found = self.packs.get(key)
        if found is None:
            raise KeyError(f"no exercise {key!r} in the loaded packs")
        return found

    def option_order(self, key: str, count: int, shuffle: bool) -> list[int]:
        """The order a choice's options are shown in (seeded per exercise)."""
        order = list(range(count))
        if shuffle:
            self._rng(f"choice:{key}").shuffle(order)
        return order

    def order_start(self, key: str, count: int) -> list[int]:
        """A shuffled start for an order exercise: never already right."""
        order = list(range(count))
        rng = self._rng(f"order:{key}")
        for _ in range(20):
            rng.shuffle(order)
            if order != sorted(order):
                break
        if order == sorted(order):
            order = order[1:] + order[:1]
        return order

    def coach(self, key: str, answer: str) -> Any:
        """The rewrite coach's ``RewriteScore`` for an answer to a rewrite exercise."""
        from trainer.scoring import score_rewrite

        _, exercise = self.exercise(key)
        return score_rewrite(
            answer,
            kind=getattr(exercise, "kind"),  # noqa: B009 - only rewrite exercises have a kind
            original=getattr(exercise, "original", ""),
            said=getattr(exercise, "said", ""),
            extra=exercise,
        )

    def kind_goal(self, kind: str) -> str:
        from trainer.scoring import kind_goal

        return str(kind_goal(kind))

    # -- recording -------------------------------------------------------------------------------

    def record(
        self,
        session: Session,
        key: str,
        score: float | None,
        *,
        answer: Any = None,
        hinted: bool = False,
        skipped: bool = False,
    ) -> Result:
        """Record one answer in the store and the session; the clock is the session's."""
        duration = round(session.exercise_elapsed(), 2)
        attempt_id = None
        if not skipped:
            attempt_id = self.store.record_attempt(
                key,
                1.0 if score is None else score,
                profile=self.profile,
                answer=_answer_text(answer),
                duration_s=duration,
                hinted=hinted,
                mode=session.mode,
                session=session.id,
                at=self.now(),
            )
        from trainer.practice.session import Result

        result = Result(key, score, duration, hinted, skipped, _as_id(attempt_id))
        session.record(result)
        return result

    def skip(self, session: Session, key: str) -> Result:
        """Note a skipped exercise in the session only; the store keeps answers, not skips."""
        return self.record(session, key, None, skipped=True)

    def save_reflection(self, session: Session, key: str, text: str) -> Result:
        """Keep a reflection in the private journal; reflections are never scored."""
        duration = round(session.exercise_elapsed(), 2)
        entry_id = self.store.record_reflection(key, text, profile=self.profile)
        from trainer.practice.session import Result

        result = Result(key, None, duration, attempt_id=_as_id(entry_id))
        session.record(result)
        return result

    # -- summary ---------------------------------------------------------------------------------

    def component_mastery(self) -> dict[str, float]:
        """Mastery 0..1 per component (the store's mean over each component's scored exercises)."""
        groups = self.store.mastery(self.profile)["components"]
        return {name: float(group["mastery"]) for name, group in groups.items()}

    def summary(self, session: Session) -> Summary:
        lines: list[SummaryLine] = []
        for key, result in session.latest_results().items():
            loaded, exercise = self.exercise(key)
            lines.append(
                SummaryLine(
                    key,
                    exercise.prompt,
                    loaded.pack.pack.component,
                    exercise.type,
                    result.score,
                    result.hinted,
                    result.skipped,
                    sum(r.duration_s for r in session.results if r.key == key),
                )
            )
        per_component: dict[str, list[float]] = {}
        for line in lines:
            if line.score is not None:
                per_component.setdefault(line.component, []).append(line.score)
        before = self._component_mastery_at_start.get(session.id, {})
        after = self.component_mastery()
        practised = {line.component for line in lines}
        change = {c: (before.get(c, 0.0), after.get(c, 0.0)) for c in sorted(practised)}
        due_now = len(self.due_keys())
        suggestion, text = self._suggest(due_now, lines)
        return Summary(
            title=session.title,
            lines=lines,
            per_component={c: sum(v) / len(v) for c, v in per_component.items()},
            elapsed_s=session.elapsed(),
            mastery_change=change,
            due_now=due_now,
            suggestion=suggestion,
            suggestion_text=text,
            unanswered=max(0, session.total - len(session.latest_results())),
        )

    def _suggest(self, due_now: int, lines: list[SummaryLine]) -> tuple[str, str]:
        if due_now:
            return "review", f"Review the {due_now} due exercise{'s' if due_now != 1 else ''}"
        scored = [line for line in lines if line.score is not None]
        if scored:
            weakest = min(scored, key=lambda line: line.score or 0.0)
            pack_id = weakest.key.partition("/")[0]
            if (weakest.score or 0.0) < 0.7:
                loaded = self._pack(pack_id)
                if loaded is not None:
                    return pack_id, f"Practise {loaded.pack.pack.title} again"
        return "quick", "Quick practice: 10 mixed exercises, weakest first"


TYPE_NAMES = TYPE_LABELS
"""Kept for the screens that import it from here."""


def _row_order(row: PackRow) -> tuple[int, int, str]:
    if row.custom or row.component not in BUILTIN_COMPONENT_ORDER:
        return (1, 0, row.title.lower())
    return (0, BUILTIN_COMPONENT_ORDER.index(row.component), row.title.lower())


def _answer_text(answer: Any) -> str | None:
    """The store keeps answers as text: structured answers (choices, orders) as JSON."""
    if answer is None or isinstance(answer, str):
        return answer
    import json

    return json.dumps(answer, ensure_ascii=False, sort_keys=True)


def _as_id(value: Any) -> str | None:
    return None if value is None else str(value)
