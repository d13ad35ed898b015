"""Shared set-up for the workshop tests: the tiny room pack, a roster of three in two teams."""

from __future__ import annotations

from pathlib import Path

from trainer.packs.loader import PackSet, load_packs
from trainer.workshop.model import WorkshopConfig, WorkshopState
from trainer.workshop.roster import parse_roster
from trainer.workshop.session import lookup_for, new_workshop
from trainer.workshop.store import WorkshopStore

PACKS = Path(__file__).resolve().parent / "data" / "workshop_packs"
T0 = 1_790_000_000.0
ROSTER_TEXT = "Team: Blue\nAna Lima\nBen\nTeam: Green\nCleo"


def room_packs() -> PackSet:
    return load_packs([PACKS], builtin=False, user=False, use_cache=False)


def config(**changes: object) -> WorkshopConfig:
    values: dict[str, object] = {
        "title": "Tuesday group",
        "packs": ["room"],
        "types": ["choice", "rewrite", "classify", "order"],
        "count": 4,
        "seconds": 90,
        "people": WorkshopConfig.people_from(parse_roster(ROSTER_TEXT)),
        "scoring": "on",
    }
    values.update(changes)
    return WorkshopConfig.model_validate(values)


def started(data_dir: Path, **changes: object) -> tuple[WorkshopState, WorkshopStore, dict]:  # type: ignore[type-arg]
    packs = room_packs()
    store = WorkshopStore(data_dir)
    state = new_workshop(packs, config(**changes), store, T0)
    in_pack_order(state, packs)
    store.save(state, T0)
    return state, store, lookup_for(packs, [run.key for run in state.exercises])


def in_pack_order(state: WorkshopState, packs: PackSet) -> None:
    """Tests read best with the exercises in the order the pack lists them."""
    keys = [key for key, _, _ in packs.exercises()]
    state.exercises.sort(key=lambda run: keys.index(run.key))
    for run in state.exercises:
        run.timer.started_at = None
    state.start(T0)


class FakeClock:
    """The workshop's injected clock: tests move time by hand, nothing ever sleeps."""

    def __init__(self, start: float = T0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def svg_text(svg: str) -> str:
    """The characters a screenshot shows (the text nodes of Textual's SVG export)."""
    import html
    import re

    return html.unescape(" ".join(re.findall(r">([^<>]*)</text>", svg))).replace("\xa0", " ")
