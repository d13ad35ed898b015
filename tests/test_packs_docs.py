"""Every example in docs/pack-format.md is a valid pack (or part of one)."""

from __future__ import annotations

import re
from pathlib import Path

from trainer.packs.loader import load_packs
from trainer.packs.vocab import EXERCISE_TYPES

DOC = Path(__file__).resolve().parents[1] / "docs" / "pack-format.md"


def test_doc_examples_validate(tmp_path: Path) -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    whole = [b for b in blocks if b.lstrip().startswith("# yaml-language-server") and "pack:" in b]
    exercises = [b for b in blocks if b.startswith("  - id:")]
    assert len(whole) == 1 and len(exercises) == len(EXERCISE_TYPES)
    (tmp_path / "whole.yaml").write_text(whole[0], encoding="utf-8")
    header = whole[0].split("exercises:")[0]
    header = header.replace("id: family-evenings", "id: doc-types")
    (tmp_path / "types.yaml").write_text(
        header + "exercises:\n" + "".join(exercises), encoding="utf-8"
    )
    packset = load_packs([tmp_path], builtin=False, user=False, use_cache=False)
    assert [str(p) for p in packset.problems] == []
    (loaded,) = [p for p in packset.packs if p.id == "doc-types"]
    types = {e.type for e in loaded.pack.exercises}
    assert types == set(EXERCISE_TYPES)
