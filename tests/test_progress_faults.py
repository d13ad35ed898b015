"""Kill writers at random and at the worst moments, and run writers side by side: nothing
acknowledged may be lost, no file may be left unreadable, ids never collide.

Each child prints ``ready`` and then one attempt id per line, only after ``record_attempt``
returned (that is the acknowledgement). Bounded: about 70 short-lived processes in all.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trainer.progress.atomic import FAULT_ENV
from trainer.progress.store import ProgressStore

pytestmark = pytest.mark.slow

WRITER = """
import sys
from trainer.progress.store import ProgressStore
store = ProgressStore()
print("ready", flush=True)
count, profile = int(sys.argv[1]), sys.argv[2]
for i in range(count):
    print(store.record_attempt(f"pack/e{i % 40}", (i % 11) / 10, profile=profile), flush=True)
"""


def spawn(data: Path, count: int, profile: str, fault: str | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "TRAINER_DATA_DIR": str(data)}
    env.pop(FAULT_ENV, None)
    if fault:
        env[FAULT_ENV] = fault
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(count), profile],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def acknowledged(output: str) -> list[str]:
    return [line for line in output.split("\n")[:-1] if len(line) == 32]


def check_intact(data: Path, acked: set[str]) -> int:
    """Everything opens without a damaged-file warning, holds every acked id, and adds up."""
    store = ProgressStore(data)
    assert not [w for w in store.warnings if "could not be read" in w], store.warnings
    ids = [a["id"] for a in store.attempts(None)]
    assert len(ids) == len(set(ids))
    missing = acked - set(ids)
    assert not missing, f"{len(missing)} acknowledged attempts lost"
    counted = sum(m["attempts"] for p in store.profiles()
                  for m in store.mastery(p)["exercises"].values())
    assert counted == len(ids), "the state's counts disagree with the attempts on disk"
    assert store.journal(None) == []
    return len(ids)


def test_sigkill_at_50_random_moments(tmp_path: Path) -> None:
    data = tmp_path / "data"
    rng = random.Random(4)
    acked: set[str] = set()
    kills = 0
    for batch in range(10):
        children = [spawn(data, 400, f"p{batch}-{n}") for n in range(5)]
        for child in children:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready", child.stderr
        start = time.monotonic()
        for delay, child in sorted((rng.uniform(0.0, 0.08), c) for c in children):
            time.sleep(max(0.0, start + delay - time.monotonic()))
            child.send_signal(signal.SIGKILL)
            kills += 1
        for child in children:
            out, _err = child.communicate(timeout=30)
            acked.update(acknowledged(out))
        check_intact(data, acked)
    assert kills == 50
    assert acked, "no child got as far as a single attempt: the test proved nothing"


@pytest.mark.parametrize(
    "point", ["after-temp-write", "before-replace", "after-replace", "between-files"]
)
def test_sigkill_at_injected_points(tmp_path: Path, point: str) -> None:
    # In a fresh folder, hits 1-3 are the first attempt's shard, first checkpoint and daily
    # backup; then one shard write per attempt; hit 36 is the checkpoint after 32 attempts.
    # A second writer then carries on in the same folder over whatever the kill left.
    for nth in (1, 2, 3, 5, 36):
        data = tmp_path / f"data-{nth}"
        child = spawn(data, 50, "killed", fault=f"{point}:{nth}")
        out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, err
        acked = set(acknowledged(out))
        assert len(acked) <= 50
        check_intact(data, acked)
        after = spawn(data, 5, "after")
        out, err = after.communicate(timeout=30)
        assert after.returncode == 0, err
        acked |= set(acknowledged(out))
        check_intact(data, acked)
        # Interrupted writes leave only hidden temp files behind, never a damaged data file.
        leftovers = [p for p in (data / "progress").rglob("*") if p.name.endswith(".tmp")]
        assert all(p.name.startswith(".") for p in leftovers)


def test_four_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    children = [spawn(data, 250, f"w{n}") for n in range(4)]
    acked: list[str] = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        acked.extend(acknowledged(out)[:250])
        assert out.startswith("ready\n")
    assert len(acked) == 1000 and len(set(acked)) == 1000
    store = ProgressStore(data)
    stored = [a["id"] for a in store.attempts(None)]
    assert len(stored) == 1000 and set(stored) == set(acked)
    assert store.profiles() == ["w0", "w1", "w2", "w3"]
    assert all(sum(m["attempts"] for m in store.mastery(p)["exercises"].values()) == 250
               for p in store.profiles())
