"""The validator reports every mistake with file, line and fix; good packs still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.packs.loader import PackSet, load_packs
from trainer.packs.yaml_source import MAX_BYTES

DATA = Path(__file__).parent / "data" / "packs"
GOOD, BAD = DATA / "good", DATA / "bad"


def load(*paths: Path) -> PackSet:
    return load_packs(list(paths), builtin=False, user=False, use_cache=False)


# file, line, col (None: any), words the message must contain
CASES = [
    ("unknown-field.yaml", 8, 5, ["unknown field 'promt'", "did you mean 'prompt'"]),
    ("wrong-type.yaml", 9, 17, ["'difficulty'", "whole number", "'hard'"]),
    ("missing-field.yaml", 6, None, ["missing required field 'prompt'", "reflect exercise"]),
    ("duplicate-id.yaml", 9, 9, ["duplicate exercise id 'same'", "unique"]),
    ("no-correct.yaml", 10, None, ["no option is marked 'correct: true'"]),
    ("undeclared-category.yaml", 15, 19,
     ["category 'contemt' is not declared", "did you mean 'contempt'"]),
    ("unknown-kind.yaml", 8, 11, ["'i_statment'", "did you mean 'i_statement'", "soft_startup"]),
    ("unknown-type.yaml", 7, 11, ["unknown exercise type 'choise'", "did you mean 'choice'"]),
    ("duplicate-key.yaml", 9, 5, ["duplicate key 'prompt'", "first on line 8", "keeps only"]),
    ("tabs.yaml", 8, 1, ["tab in indentation", "spaces"]),
    ("not-utf8.yaml", 8, 16, ["0xe9", "not UTF-8"]),
    ("empty.yaml", 1, 1, ["empty file"]),
    ("billion-laughs.yaml", None, None, ["aliases expand", "billion laughs"]),
    ("syntax-error.yaml", 10, None, ["YAML syntax", "line 8"]),
    ("bad-component.yaml", 4, 14, ["'empaty'", "did you mean 'empathy'"]),
    ("bad-slug.yaml", 6, 9, ["slug", "'not-a-slug'"]),
    ("too-few-answers.yaml", 11, None, ["'model_answers'", "at least 2"]),
    ("not-a-mapping.yaml", 1, 1, ["'pack:'", "not a list"]),
]


@pytest.mark.parametrize(("name", "line", "col", "words"), CASES, ids=[c[0] for c in CASES])
def test_each_mistake_is_reported_with_its_line_and_fix(
    name: str, line: int | None, col: int | None, words: list[str]
) -> None:
    packset = load(BAD / name)
    assert packset.packs == []
    assert len(packset.errors) == 1, [str(p) for p in packset.problems]
    problem = packset.errors[0]
    assert problem.path.endswith(name)
    if line is not None:
        assert problem.line == line, str(problem)
    if col is not None:
        assert problem.col == col, str(problem)
    for word in words:
        assert word in problem.message, str(problem)
    text = str(problem)
    assert text.startswith(f"{problem.path}:{problem.line}:{problem.col}: ")


def test_problem_names_pack_and_exercise() -> None:
    (problem,) = load(BAD / "unknown-field.yaml").problems
    assert str(problem).endswith(": unknown-field/typo: unknown field 'promt' in this reflect "
                                 "exercise — did you mean 'prompt'?")


def test_every_problem_of_every_file_in_one_run() -> None:
    packset = load(BAD)
    by_file: dict[str, list[int]] = {}
    for problem in packset.errors:
        by_file.setdefault(Path(problem.path).name, []).append(problem.line)
    for name, line, _, _ in CASES:
        assert name in by_file, name
        if line is not None:
            assert line in by_file[name], (name, by_file[name])
    # one file holding several mistakes reports each of them
    assert sorted(by_file["many-problems.yaml"]) == [5, 9, 10, 14, 18]


def test_several_mistakes_in_one_file() -> None:
    messages = [p.message for p in load(BAD / "many-problems.yaml").errors]
    assert any("unknown field 'colour'" in m and "'pack:' header" in m for m in messages)
    assert any("did you mean 'prompt'" in m for m in messages)
    assert any("duplicate exercise id 'a'" in m for m in messages)
    assert any("no option is marked" in m for m in messages)
    assert any("'apology'" in m for m in messages)
    # `promt` with a did-you-mean is not reported again as "prompt is missing"
    assert not any("missing required field 'prompt'" in m for m in messages)


def test_good_packs_load_beside_broken_ones() -> None:
    packset = load(BAD, GOOD)
    assert [p.id for p in packset.packs] == ["test-all-types", "test-second"]
    assert packset.errors
    assert packset.get("test-all-types/soften-it") is not None
    keys = [key for key, _, _ in packset.exercises()]
    assert "test-second/one" in keys


def test_good_pack_has_every_type_and_its_fields() -> None:
    (loaded,) = load(GOOD / "all-types.yaml").packs
    assert {e.type for e in loaded.pack.exercises} == {
        "choice", "rewrite", "classify", "order", "reflect", "pair"}
    assert loaded.pack.pack.version == "1.2"  # a YAML float kept as the text typed
    assert loaded.origin == "extra"


def test_file_over_five_megabytes_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# padding\n" * (MAX_BYTES // 10 + 1))
    (problem,) = load(big).problems
    assert (problem.line, problem.col) == (1, 1)
    assert "MB" in problem.message and "at most 5 MB" in problem.message


def test_alias_loop_is_reported(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.write_text("pack: &a [*a]\n", encoding="utf-8")
    (problem,) = load(loop).problems
    assert "loop" in problem.message


def test_modest_anchors_and_merge_keys_are_fine(tmp_path: Path) -> None:
    pack = tmp_path / "anchors.yaml"
    pack.write_text(
        "pack: {id: anchors, title: Anchors, component: custom}\n"
        "exercises:\n"
        "  - &base {id: one, type: reflect, prompt: Same text., explanation: Why.}\n"
        "  - <<: *base\n    id: two\n",
        encoding="utf-8",
    )
    packset = load(pack)
    assert not packset.problems, [str(p) for p in packset.problems]
    assert [e.id for e in packset.packs[0].pack.exercises] == ["one", "two"]


def test_same_pack_id_later_source_wins_with_a_warning(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, title in ((first, "First"), (second, "Second")):
        folder.mkdir()
        (folder / "p.yaml").write_text(
            f"pack:\n  id: same\n  title: {title}\n  component: custom\n"
            "exercises:\n  - {id: x, type: reflect, prompt: Hi.}\n",
            encoding="utf-8",
        )
    packset = load(first, second)
    assert [p.pack.pack.title for p in packset.packs] == ["Second"]
    (warning,) = packset.problems
    assert warning.severity == "warning" and not packset.errors
    assert str(first / "p.yaml") in warning.message
    assert warning.path == str(second / "p.yaml") and warning.line == 2
    assert "replaces" in warning.message


def test_missing_extra_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (problem,) = load(tmp_path / "nowhere").problems
    assert "no such file or folder" in problem.message


def test_user_packs_folder_is_a_source(isolated_dirs: Path) -> None:
    folder = isolated_dirs / "packs"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_bytes((GOOD / "second.yaml").read_bytes())
    packset = load_packs(builtin=False)
    assert [(p.id, p.origin) for p in packset.packs] == [("test-second", "user")]


def test_wrong_shapes_each_get_a_plain_message() -> None:
    found = {(p.line, p.col): p.message for p in load(BAD / "wrong-shapes.yaml").errors}
    expected = {
        (3, 9): "'title' is empty",
        (5, 11): "did you mean 'validation'",
        (7, 5): "should be an exercise (id:, type:, prompt:, …), not text ('just text')",
        (13, 18): "'correct' should be true or false",
        (14, 9): "unknown field 'feedbak' in this option — did you mean 'feedback'?",
        (22, 19): "'require_any' item 1 should be a mapping with phrases, feedback",
        (23, 5): "missing 'type'",
        (28, 17): "'categories' should be a list",
        (29, 12): "'items' needs at least 2 item(s), has 0",
        (30, 9): "'id' should be text, not a number (12) — put it in quotes",
        (33, 12): "'depth' should be less than or equal to 3 (got 5)",
        (34, 17): "'time_limit' should be greater than 0 (got -3)",
    }
    for position, words in expected.items():
        assert words in found.get(position, ""), (position, found)


def test_tab_inside_text_is_not_a_problem(tmp_path: Path) -> None:
    pack = tmp_path / "tab-in-text.yaml"
    pack.write_text(
        "pack: {id: tabs-ok, title: T, component: custom}\nexercises:\n"
        "  - id: a\n    type: reflect\n    prompt: |\n      one\n      \tindented text\n",
        encoding="utf-8",
    )
    packset = load(pack)
    assert packset.problems == []
    assert "\tindented text" in packset.packs[0].pack.exercises[0].prompt


def test_pure_python_safeloader_reports_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where libyaml is missing the loader falls back to SafeLoader, with the same results."""
    import yaml

    from trainer.packs import yaml_source

    with_libyaml = load(BAD, GOOD)
    monkeypatch.setattr(yaml_source, "Loader", yaml.SafeLoader)
    without = load(BAD, GOOD)
    assert [p.id for p in without.packs] == [p.id for p in with_libyaml.packs]
    assert [(p.path, p.line, p.col) for p in without.problems] == [
        (p.path, p.line, p.col) for p in with_libyaml.problems]


@pytest.mark.parametrize("depth", [300, 900, 3000])
def test_deep_nesting_is_a_problem_not_a_crash(tmp_path: Path, depth: int) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("pack: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    packset = load(deep)
    assert packset.packs == [] and len(packset.errors) >= 1
