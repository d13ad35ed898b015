"""Regenerate the README's screenshots: ``python -m trainer.ui.screenshots [OUT_DIR]``.

Each picture is the real app from ``make_app`` on the built-in packs, at a fixed moment
(:data:`NOW`), with twelve weeks of practice seeded by :func:`seed_history` into a throw-away data
folder through ``ProgressStore``: the same input gives the same SVGs, so a diff in ``screenshots/``
means the UI changed. The seeding is shared with the UI tests.
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.pilot import Pilot

    from trainer.packs.loader import PackSet
    from trainer.ui.app import TrainerApp

NOW = datetime(2026, 11, 20, 18, 30, tzinfo=timezone.utc)
"""The moment every screenshot is taken at (a Friday evening)."""
SIZE = (100, 30)
UNSCORED = {"reflect", "pair"}

REFLECTIONS = (
    (2, "I noticed I go quiet when I'm tired instead of saying so. Next time: "
        "\"I'm running on empty, can we talk after dinner?\""),
    (9, "Told my brother I missed our Sunday calls. He said he did too. [bold]Small[/bold] "
        "and scary and good."),
    (23, "What helps when I'm low: company without questions. What doesn't: advice in the "
         "first five minutes."),
)
"""(days before NOW, text) of the seeded journal; ``[bold]`` shows that text is never markup."""


def pin_timezone() -> None:
    """Local days are UTC days, so the calendar and streak do not depend on the machine."""
    os.environ["TZ"] = "UTC"
    if hasattr(time, "tzset"):
        time.tzset()


def seed_history(
    data_dir: Path,
    packs: PackSet,
    now: datetime = NOW,
    *,
    weeks: int = 12,
    seed: int = 7,
    practised_share: float = 0.66,
    reflections: bool = True,
) -> None:
    """Twelve weeks of plausible practice before ``now``: most days, rising scores, some gaps.

    ``practised_share`` of the scored exercises are practised (the rest stay new); each has its own
    starting skill so some are clearly weak. Reflections go in with fixed ids and times through
    ``import_data`` (the only public way to give a reflection a time).
    """
    from trainer.progress.store import ProgressStore

    rng = random.Random(seed)
    store = ProgressStore(data_dir, packs=packs)
    scored = [key for key, _, ex in packs.exercises() if ex.type not in UNSCORED]
    tried = [key for key in scored if rng.random() < practised_share] or scored
    skill = {key: rng.uniform(0.15, 0.75) for key in tried}
    days = weeks * 7
    for back in range(days, 0, -1):
        progress = 1 - back / days
        if rng.random() > 0.35 + 0.45 * progress:
            continue
        start = now - timedelta(days=back, hours=rng.uniform(0, 6))
        session = f"seed-{back}"
        for index in range(rng.randint(1, 4)):
            key = rng.choice(tried)
            score = skill[key] + 0.3 * progress + rng.uniform(-0.15, 0.15)
            store.record_attempt(
                key,
                round(min(1.0, max(0.0, score)), 2),
                at=start + timedelta(minutes=2 * index),
                duration_s=round(rng.uniform(15, 120), 1),
                session=session,
            )
    if reflections:
        reflect_keys = [key for key, _, ex in packs.exercises() if ex.type == "reflect"]
        if reflect_keys:
            entries = [
                {
                    "id": f"seeded-reflection-{index}",
                    "profile": "me",
                    "exercise": reflect_keys[index % len(reflect_keys)],
                    "text": text,
                    "ts": (now - timedelta(days=back, hours=3)).isoformat(),
                }
                for index, (back, text) in enumerate(REFLECTIONS)
            ]
            store.import_data([], entries)


def first_of_type(packs: PackSet, exercise_type: str) -> str:
    """The key of the first exercise of a type, in load order."""
    for key, _, exercise in packs.exercises():
        if exercise.type == exercise_type:
            return key
    raise LookupError(f"no {exercise_type} exercise in the loaded packs")


async def settle(pilot: Pilot[None]) -> None:
    """Wait for workers (the home screen loads in one) and pending refreshes."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


Step = Callable[["TrainerApp", "Pilot[None]"], Awaitable[None]]


async def _home(app: TrainerApp, pilot: Pilot[None]) -> None:
    await settle(pilot)


async def _choice(app: TrainerApp, pilot: Pilot[None]) -> None:
    key = first_of_type(app.trainer.packs, "choice")
    app.start_session(app.trainer.keys_session([key], "Practice"))
    await settle(pilot)


async def _rewrite(app: TrainerApp, pilot: Pilot[None]) -> None:
    key = first_of_type(app.trainer.packs, "rewrite")
    app.start_session(app.trainer.keys_session([key], "Practice"))
    await settle(pilot)
    await pilot.click("#answer")
    await pilot.press(*"I feel frustrated when the dishes pile up; could we agree a rota tonight?")
    await pilot.press("ctrl+s")
    await settle(pilot)


async def _summary(app: TrainerApp, pilot: Pilot[None]) -> None:
    keys = [key for key, _, ex in app.trainer.packs.exercises() if ex.type == "choice"][:2]
    app.start_session(app.trainer.keys_session(keys, "Practice"))
    for _ in keys:
        await settle(pilot)
        await pilot.press("1")
        await settle(pilot)
        await pilot.press("n")
    await settle(pilot)


async def _stats(app: TrainerApp, pilot: Pilot[None]) -> None:
    await settle(pilot)
    await pilot.press("t")
    await settle(pilot)


async def _help(app: TrainerApp, pilot: Pilot[None]) -> None:
    await settle(pilot)
    await pilot.press("f1")
    await settle(pilot)


SHOTS: dict[str, Step] = {
    "home": _home,
    "choice": _choice,
    "rewrite": _rewrite,
    "summary": _summary,
    "stats": _stats,
    "help": _help,
}


async def take(name: str, out_dir: Path, data_dir: Path, packs: PackSet) -> Path:
    from trainer.ui.app import make_app

    app = make_app(packs, data_dir=data_dir, now=NOW)
    async with app.run_test(size=SIZE) as pilot:
        await SHOTS[name](app, pilot)
        path = out_dir / f"{name}.svg"
        app.save_screenshot(filename=path.name, path=str(out_dir))
    return path


async def take_all(out_dir: Path) -> tuple[list[Path], list[str]]:
    from trainer.packs.loader import load_packs

    pin_timezone()
    out_dir.mkdir(parents=True, exist_ok=True)
    packs = load_packs([], builtin=True, user=False, use_cache=False)
    with tempfile.TemporaryDirectory(prefix="trainer-screenshots-") as tmp:
        template = Path(tmp) / "template"
        seed_history(template, packs)
        written: list[Path] = []
        failed: list[str] = []
        for name in SHOTS:
            # Each picture starts from the same seeded history, untouched by the others.
            data_dir = Path(tmp) / name
            _copy_tree(template, data_dir)
            try:
                written.append(await take(name, out_dir, data_dir, packs))
            except Exception as error:  # noqa: BLE001 - report every broken picture, then fail
                failed.append(f"{name}: {type(error).__name__}: {error}")
    return written, failed


def _copy_tree(source: Path, target: Path) -> None:
    import shutil

    shutil.copytree(source, target)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or (args and args[0] in {"-h", "--help"}):
        print("usage: python -m trainer.ui.screenshots [OUT_DIR]   (default: screenshots)")
        return 2
    # Never the user's own settings (their theme) or data in the pictures.
    os.environ["TRAINER_CONFIG_DIR"] = tempfile.mkdtemp(prefix="trainer-shots-config-")
    os.environ.setdefault("TRAINER_DATA_DIR", tempfile.mkdtemp(prefix="trainer-shots-data-"))
    out_dir = Path(args[0] if args else "screenshots")
    written, failed = asyncio.run(take_all(out_dir))
    for path in written:
        print(path)
    for problem in failed:
        print(f"could not take {problem}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
