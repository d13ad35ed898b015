"""The wheel carries the built-in packs: an installed `trainer` finds them without the source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _site_packages(prefix: Path) -> Path:
    relative = Path(sysconfig.get_path("purelib")).relative_to(sys.prefix)
    return prefix / relative


@pytest.mark.slow
def test_wheel_installs_and_lists_the_builtin_packs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(wheels), str(REPO)],
        check=True, cwd=tmp_path, timeout=120,
    )
    (wheel,) = wheels.glob("intimacy_trainer-*.whl")

    # A fresh venv without pip (fast); the main venv's pip installs the wheel into it.
    fresh = tmp_path / "venv"
    venv.create(fresh, with_pip=False, symlinks=os.name != "nt")
    python = fresh / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "-q", str(wheel)],
        check=True, cwd=tmp_path, timeout=120,
    )
    # Dependencies come from the main venv, as a plain path line: its .pth files (among them
    # the editable install of this checkout) are not processed, so they cannot shadow the wheel.
    site = _site_packages(fresh)
    (site / "zz_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(fresh / "bin" / "trainer"), "packs", "--json"],
        cwd=outside, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    builtin = [row for row in listed["packs"] if row["origin"] == "builtin"]
    from trainer.packs.loader import load_packs

    source_ids = sorted(p.id for p in load_packs(user=False, use_cache=False).packs)
    for row in builtin:
        assert Path(row["path"]).is_relative_to(fresh), row["path"]
        assert not Path(row["path"]).is_relative_to(REPO)
    assert (site / "trainer" / "_exercises" / "pack.schema.json").is_file()
    assert listed["problems"] == []
    assert len(builtin) == 8, sorted(row["id"] for row in builtin)
    assert sorted(row["id"] for row in builtin) == source_ids
