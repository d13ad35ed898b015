"""`trainer validate`, `packs`, `schema`, `new-pack` and `paths`: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.packs.authoring import schema_text
from trainer.packs.models import json_schema

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "packs"
GOOD, BAD = DATA / "good", DATA / "bad"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_clean_folder_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", str(GOOD))
    assert code == 0
    assert out.strip() == "2 packs, 7 exercises, 0 problems"


def test_validate_broken_folder_lists_every_problem_and_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "validate", str(BAD), str(GOOD))
    assert code == 1
    lines = out.strip().splitlines()
    assert any(line.endswith("unknown-field/typo: unknown field 'promt' in this reflect "
                             "exercise — did you mean 'prompt'?") for line in lines)
    assert any("unknown-field.yaml:8:5:" in line for line in lines)
    problems = [line for line in lines[:-1] if ".yaml:" in line]
    assert len(problems) >= len(list(BAD.glob("*.yaml")))
    assert lines[-1].startswith(f"2 packs, 7 exercises, {len(problems)} problems")


def test_validate_missing_path_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "validate", str(tmp_path / "nope.yaml"))
    assert code == 2
    assert "no such file or folder" in err and out == ""


def test_validate_honours_top_level_packs_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--packs", str(BAD / "tabs.yaml"), "validate", str(GOOD))
    assert code == 1
    assert "tab in indentation" in out
    code, _, err = run(capsys, "--packs", "/no/such/place", "validate")
    assert code == 2 and "/no/such/place" in err


def test_validate_without_paths_checks_user_packs(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    user = isolated_dirs / "packs"
    user.mkdir(parents=True)
    (user / "broken.yaml").write_bytes((BAD / "unknown-kind.yaml").read_bytes())
    code, out, _ = run(capsys, "validate")
    assert code == 1
    assert "broken.yaml:8:11:" in out


def test_packs_json_lists_packs_with_counts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--packs", str(GOOD), "packs", "--json")
    assert code == 0
    rows = {row["id"]: row for row in json.loads(out)["packs"]}
    row = rows["test-all-types"]
    assert row["component"] == "custom" and row["title"] == "Every exercise type"
    assert row["exercises"] == 6
    assert row["types"] == {t: 1 for t in ("choice", "rewrite", "classify", "order", "reflect",
                                           "pair")}
    assert row["path"] == str(GOOD / "all-types.yaml")
    assert row["origin"] == "extra"


def test_packs_text_listing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--packs", str(GOOD), "packs")
    assert code == 0
    assert "test-second" in out and "reflect:1" in out


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == json_schema()


def test_committed_schema_file_is_in_sync() -> None:
    committed = REPO / "exercises" / "pack.schema.json"
    assert json.loads(committed.read_text(encoding="utf-8")) == json_schema()
    assert committed.read_text(encoding="utf-8") == schema_text(), (
        "run: .venv/bin/trainer schema > exercises/pack.schema.json")


def test_new_pack_writes_a_starter_that_validates(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    code, out, _ = run(capsys, "new-pack", "Family Evenings")
    assert code == 0
    target = isolated_dirs / "packs" / "family-evenings.yaml"
    assert str(target) in out
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=pack.schema.json\n")
    assert (target.parent / "pack.schema.json").read_text(encoding="utf-8") == schema_text()
    assert target.stat().st_mode & 0o777 == 0o600
    code, out, _ = run(capsys, "validate", str(target))
    assert code == 0, out
    code, out, _ = run(capsys, "packs", "--json")
    (row,) = [r for r in json.loads(out)["packs"] if r["id"] == "family-evenings"]
    assert row["title"] == "Family Evenings" and row["origin"] == "user"
    assert set(row["types"]) == {"choice", "rewrite", "classify", "order", "reflect", "pair"}


def test_new_pack_refuses_to_overwrite(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    assert run(capsys, "new-pack", "mine")[0] == 0
    target = isolated_dirs / "packs" / "mine.yaml"
    target.write_text("# my edits\n")
    code, _, err = run(capsys, "new-pack", "mine")
    assert code == 2 and "already exists" in err
    assert target.read_text() == "# my edits\n"


def test_new_pack_needs_a_usable_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "new-pack", "!!!")
    assert code == 2 and "pack id" in err


def test_paths_shows_every_folder(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    code, out, _ = run(capsys, "paths", "--json")
    assert code == 0
    where = json.loads(out)
    assert where["data"] == str(isolated_dirs)
    assert where["packs"] == str(isolated_dirs / "packs")
    assert where["cache"] == str(isolated_dirs / "cache")
    assert where["config"] == str(isolated_dirs / "config")
    code, out, _ = run(capsys, "paths")
    assert code == 0 and "packs:" in out and "cache:" in out


@pytest.mark.parametrize("command", ["validate", "packs", "schema", "new-pack", "paths"])
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: trainer" in capsys.readouterr().out


def test_validate_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", "--json", str(BAD / "unknown-field.yaml"), str(GOOD))
    assert code == 1
    report = json.loads(out)
    assert (report["packs"], report["exercises"], report["files"]) == (2, 7, 3)
    (problem,) = report["problems"]
    assert problem["line"] == 8 and problem["col"] == 5
    assert problem["pack"] == "unknown-field" and problem["exercise"] == "typo"
    assert problem["severity"] == "error" and "did you mean 'prompt'" in problem["message"]


def test_validate_folder_without_packs_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path))
    assert code == 2 and "no pack files" in err
