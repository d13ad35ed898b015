"""Progress: attempts, journal, scheduling and stats, kept safe on disk.

Public API (``from trainer.progress.store import ProgressStore``); shapes in ``records``.

``ProgressStore(data_dir: Path | None = None, *, packs: PackSet | None = None)``
    ``data_dir`` defaults to ``paths.data_dir()`` (``TRAINER_DATA_DIR`` overrides); files live in
    ``<data_dir>/progress/``. ``packs`` (or later ``use_packs(packs)``) tells the store which
    exercises exist: mastery groups by component/step, ``due`` offers new exercises, and
    ``reflect``/``pair`` attempts are not scheduled. ``store.warnings: list[str]`` says what was
    repaired at open (damaged file moved aside as ``NAME.corrupt-YYYYmmddTHHMMSS``...);
    ``store.read_only`` is True when a newer trainer wrote the data (writes raise
    ``ReadOnlyStoreError``). Safe to use from several processes and threads at once.

Writing
    ``record_attempt(exercise, score, *, profile="me", answer=None, duration_s=None,
    hinted=False, mode="solo", session=None, at=None) -> str`` — id (uuid4 hex), returned after
    the attempt is fsync'd. ``score`` 0..1 (ValueError otherwise); ``at`` tz-aware, default now.
    A ``reflect`` exercise's ``answer`` goes to the journal, never into attempts.
    ``record_reflection(exercise, text, *, profile="me", at=None) -> str`` (journal only; it
    does not count as practice). ``delete_reflection(id) -> bool``. ``add_profile(name)``.
    ``import_data(attempts, journal=()) -> ImportResult`` (merged by id; idempotent).
    ``forget(profile) -> (attempts_removed, reflections_removed)``.
    ``close()`` / ``checkpoint()`` (also at exit; optional: nothing is lost without them).

Reading
    ``attempts(profile="me", exercise=None, since=None) -> list[Attempt]`` oldest first
    (``profile=None``: everyone; ``since``: datetime or local date).
    ``profiles() -> list[str]``. ``journal(profile="me") -> list[Reflection]`` oldest first.
    ``mastery(profile="me", packs=None) -> Mastery``: ``{"exercises": {key: ExerciseMastery},
    "packs"|"components"|"steps": {name: {"mastery", "practised", "total"}}}``.
    ``due(profile="me", now=None, limit=None, *, new_per_day=10, candidates=None) -> list[str]``:
    due reviews (least retrievable first), then never-attempted exercises (from ``candidates``
    or the packs) up to ``new_per_day`` first attempts per local day.
    ``streak(profile="me", today=None) -> Streak``: ``{"current", "longest", "days_7",
    "days_30", "practised_today", "forgiven"}``; one missed day in any 7 is forgiven.
    ``sessions(profile="me", since=None) -> list[Session]``. ``card(exercise, profile) -> dict``.
    ``export(profile=None, include_journal=False) -> dict``.

Scheduling (``scheduling``): score < 0.4 Again, < 0.7 Hard, < 0.9 Good, else Easy; hinted at most
Hard; card ids from blake2b("profile/key"); no fuzzing, so replays are reproducible.

Layout and safety: ``store`` (checkpoint over a fsync'd shard log), ``shards`` (monthly files
of at most 500 attempts), ``storage`` (the TinyDB storage), ``migrations`` (schema history),
``doctor`` (checks and repairs), ``transfer`` (export files). ``stats_views`` belongs to the UI.
"""
