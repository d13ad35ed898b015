"""Checking one parsed pack file and turning every mistake into a Problem with line, column and fix.

The fast path is a single ``Pack.model_validate``. Only when it fails do we do the slow work: walk
each pydantic error's ``loc`` through the YAML node tree (and the models, to know which fields and
values were allowed) for a precise position, a plain message and a did-you-mean. Checks that span
several items (duplicate ids, undeclared categories, a choice with no correct option) are redone on
the raw data then, so a pack that is wrong in several ways reports all of them at once.
"""

from __future__ import annotations

import difflib
import re
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from trainer.packs.models import (
    ChoiceOption,
    ClassifyItem,
    ExerciseBase,
    OrderItem,
    Pack,
    PackHeader,
    PhraseRule,
)
from trainer.packs.problems import Problem
from trainer.packs.yaml_source import SourceFile

Loc = tuple[int | str, ...]

# Raised by the models' own validators; redone precisely (per item, with lines) on the raw data.
_CROSS_ITEM_ERRORS = {"no_correct_option", "undeclared_category", "duplicate_id"}


@dataclass
class Checked:
    """The result of checking one file: the pack when it has no errors, and every problem."""

    pack: Pack | None
    problems: list[Problem]
    id_position: tuple[int, int] = (1, 1)


def check_source(source: SourceFile, display_path: str | None = None) -> Checked:
    """Validate a parsed file; ``pack`` is None when anything is wrong with it."""
    path = display_path if display_path is not None else str(source.path)
    labels = _Labels(source)
    problems = [
        Problem(path, issue.line, issue.col, *labels.at_line(issue.line), issue.message)
        for issue in source.issues
    ]
    if source.data is None:
        return Checked(None, problems)
    try:
        pack = Pack.model_validate(source.data)
    except ValidationError as exc:
        try:
            problems.extend(_explain(exc, source, labels, path))
        except Exception:  # a bug in explaining must not hide the problems themselves
            problems.extend(
                Problem(path, 1, 1, labels.pack, None,
                        f"{'.'.join(map(str, e['loc']))}: {e['msg']}")
                for e in exc.errors(include_url=False)
            )
        problems.sort(key=lambda p: (p.line, p.col))
        return Checked(None, problems)
    id_position = (1, 1)
    if source.root is not None:
        place = _locate(source.root, ("pack", "id"))
        id_position = _position(place.key_node or place.node)
    return Checked(None if problems else pack, problems, id_position)


# --- where: walking a loc through the node tree and the models together ---------------------------


@dataclass
class _Place:
    node: Node
    """The deepest node reached (the parent mapping when the last key is missing)."""
    key_node: Node | None
    """The key of the last mapping step, when it was found."""
    model: type[BaseModel] | None
    """The model that owns the last field in the loc."""
    annotation: Any
    """The declared type of that field (or list item)."""
    found: bool


def _position(node: Node) -> tuple[int, int]:
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def _unwrap(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _is_union(annotation: Any) -> bool:
    return get_origin(annotation) in (Union, types.UnionType)


def _tagged_members(annotation: Any) -> dict[str, type[BaseModel]]:
    members: dict[str, type[BaseModel]] = {}
    for member in get_args(annotation):
        if isinstance(member, type) and issubclass(member, BaseModel):
            tag = member.model_fields.get("type")
            if tag is not None and get_origin(tag.annotation) is Literal:
                members[get_args(tag.annotation)[0]] = member
    return members


def _find_key(node: Node, key: str) -> tuple[Node | None, Node | None]:
    if type(node) is not MappingNode:
        return None, None
    # The last of duplicated keys is the one YAML keeps, so the one pydantic saw.
    for key_node, value_node in reversed(node.value):
        if type(key_node) is ScalarNode and key_node.value == key:
            return key_node, value_node
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            merged = value_node.value if type(value_node) is SequenceNode else [value_node]
            for source in merged:
                found = _find_key(source, key)
                if found[1] is not None:
                    return found
    return None, None


def _locate(root: Node, loc: Loc) -> _Place:
    node, key_node = root, None
    annotation: Any = Pack
    model: type[BaseModel] | None = None
    for part in loc:
        annotation = _unwrap(annotation)
        if _is_union(annotation):
            members = _tagged_members(annotation)
            if isinstance(part, str) and part in members:
                annotation = members[part]
                continue
            plain = [a for a in get_args(annotation) if a is not type(None)]
            annotation = _unwrap(plain[0]) if len(plain) == 1 else Any
        if isinstance(part, int):
            annotation = get_args(annotation)[0] if get_origin(annotation) is list else Any
            items = node.value if type(node) is SequenceNode else []
            if not 0 <= part < len(items):
                return _Place(node, None, model, annotation, False)
            node, key_node = items[part], None
            continue
        is_model = isinstance(annotation, type) and issubclass(annotation, BaseModel)
        model = annotation if is_model else None
        field = model.model_fields.get(part) if model is not None else None
        annotation = field.annotation if field is not None else Any
        found_key, value = _find_key(node, part)
        if value is None:
            return _Place(node, None, model, annotation, False)
        node, key_node = value, found_key
    return _Place(node, key_node, model, annotation, True)


# --- what: pydantic errors in the words of someone writing YAML by hand --------------------------


_KIND_OF_MODEL = {
    Pack: "file",
    PackHeader: "'pack:' header",
    ChoiceOption: "option",
    PhraseRule: "phrase rule",
    ClassifyItem: "item",
    OrderItem: "item",
}


def _what(model: type[BaseModel] | None) -> str:
    if model is None:
        return "mapping"
    if issubclass(model, ExerciseBase):
        tag = model.model_fields["type"].annotation
        return f"{get_args(tag)[0]} exercise"
    return _KIND_OF_MODEL.get(model, model.__name__)


def _describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"text ('{_short(value)}')"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _did_you_mean(word: Any, choices: list[str]) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if not close:
        close = [c for c in choices if c.replace("_", "").replace("-", "") ==
                 word.lower().replace("_", "").replace("-", "").replace(" ", "")]
    return f" — did you mean '{close[0]}'?" if close else ""


def _allowed_fields(model: type[BaseModel] | None) -> list[str]:
    return list(model.model_fields) if model is not None else []


def _field_name(loc: Loc) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return "value"


def _slug_hint(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    slug = re.sub(r"[^a-z0-9_-]+", "-", value.lower()).strip("-_")
    return f" (e.g. '{slug}')" if slug else ""


def _message(error: ErrorDetails, place: _Place, loc: Loc) -> str:
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    name = _field_name(loc)
    if not loc:
        label = "the file"
    elif isinstance(loc[-1], int):
        label = f"'{name}' item {int(loc[-1]) + 1}"
    else:
        label = f"'{name}'"
    if kind == "missing":
        return (f"missing required field '{name}' in this {_what(place.model)} — "
                f"add '{name}: …'")
    if kind == "extra_forbidden":
        allowed = _allowed_fields(place.model)
        hint = _did_you_mean(name, allowed)
        if not hint and allowed:
            hint = f" — allowed here: {', '.join(allowed)}"
        return f"unknown field '{name}' in this {_what(place.model)}{hint}"
    if kind == "literal_error":
        allowed = [str(a) for a in get_args(place.annotation)] if get_origin(
            place.annotation) is Literal else []
        return (f"{label}: '{value}' is not one of: {', '.join(allowed) or ctx.get('expected')}"
                f"{_did_you_mean(value, allowed)}")
    if kind == "union_tag_invalid":
        tags = re.findall(r"'([^']+)'", str(ctx.get("expected_tags", "")))
        return (f"unknown exercise type '{ctx.get('tag')}'{_did_you_mean(ctx.get('tag'), tags)}"
                f" (types: {', '.join(tags)})")
    if kind == "union_tag_not_found":
        names = ", ".join(_tagged_members(_unwrap(place.annotation))) or "choice, rewrite, …"
        return f"missing 'type': say which kind of exercise this is ({names})"
    if kind == "string_type":
        if value is None:
            return f"{label} is empty — write the text after the colon"
        return (f"{label} should be text, not {_describe(value)} — put it in quotes if it "
                "is meant as text")
    if kind in ("string_too_short", "too_short") and not isinstance(value, list | dict):
        return f"{label} is empty — write some text"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"{label} should be a whole number, not {_describe(value)}"
    if kind in ("bool_type", "bool_parsing"):
        return f"{label} should be true or false, not {_describe(value)}"
    if kind == "list_type":
        return (f"{label} should be a list (one '- ' line per item), "
                f"not {_describe(value)}")
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        if not loc:
            return ("the file should be a mapping with 'pack:' and 'exercises:', "
                    f"not {_describe(value)}")
        expected = _unwrap(place.annotation)
        if _is_union(expected) and _tagged_members(expected):
            return f"{label} should be an exercise (id:, type:, prompt:, …), not {_describe(value)}"
        if isinstance(expected, type) and issubclass(expected, BaseModel):
            required = [n for n, f in expected.model_fields.items() if f.is_required()]
            if required:
                return (f"{label} should be a mapping with {', '.join(required)}, "
                        f"not {_describe(value)}")
        return f"{label} should be a mapping of 'field: value' lines, not {_describe(value)}"
    if kind == "too_short":
        return (f"{label} needs at least {ctx.get('min_length')} item(s), "
                f"has {ctx.get('actual_length')}")
    if kind == "too_long":
        return (f"{label} may have at most {ctx.get('max_length')} items, "
                f"has {ctx.get('actual_length')}")
    if kind == "string_pattern_mismatch":
        return (f"{label} '{value}' must be a slug: lower-case letters, digits, '-' and '_'"
                f"{_slug_hint(value)}")
    text = str(error.get("msg", "is not valid"))
    text = text.removeprefix("Value error, ").replace("Input should be", "should be")
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        text += f" (got {value!r})"
    return f"{label} {text}"


def _anchor(error: ErrorDetails, place: _Place) -> Node:
    if error["type"] == "extra_forbidden" and place.key_node is not None:
        return place.key_node
    if error["type"] == "union_tag_invalid":
        _, tag_value = _find_key(place.node, "type")
        if tag_value is not None:
            return tag_value
    return place.node


# --- who: which pack and exercise a line belongs to -----------------------------------------------


class _Labels:
    """Names the pack and exercise of a problem, so messages read `pack/exercise: …`."""

    def __init__(self, source: SourceFile) -> None:
        data = source.data if isinstance(source.data, dict) else {}
        header = data.get("pack")
        pack_id = header.get("id") if isinstance(header, dict) else None
        self.pack = pack_id if isinstance(pack_id, str) and pack_id else source.path.stem
        exercises = data.get("exercises")
        self.exercises: list[Any] = exercises if isinstance(exercises, list) else []
        self.spans: list[tuple[int, int]] = []
        if source.root is not None:
            _, node = _find_key(source.root, "exercises")
            if type(node) is SequenceNode:
                self.spans = [(n.start_mark.line + 1, n.end_mark.line + 1) for n in node.value]

    def exercise(self, index: int) -> str:
        item = self.exercises[index] if 0 <= index < len(self.exercises) else None
        exercise_id = item.get("id") if isinstance(item, dict) else None
        return exercise_id if isinstance(exercise_id, str) and exercise_id else f"#{index + 1}"

    def at_loc(self, loc: Loc) -> tuple[str, str | None]:
        if len(loc) >= 2 and loc[0] == "exercises" and isinstance(loc[1], int):
            return self.pack, self.exercise(loc[1])
        return self.pack, None

    def at_line(self, line: int) -> tuple[str, str | None]:
        for index, (first, last) in enumerate(self.spans):
            if first <= line <= last and (line < last or index == len(self.spans) - 1):
                return self.pack, self.exercise(index)
        return self.pack, None


# --- the checks that span items, redone on raw data for a line per offending item ----------------


def _cross_item_problems(data: Any) -> Iterator[tuple[Loc, str]]:
    exercises = data.get("exercises") if isinstance(data, dict) else None
    if not isinstance(exercises, list):
        return
    first_index: dict[str, int] = {}
    for index, exercise in enumerate(exercises):
        if not isinstance(exercise, dict):
            continue
        exercise_id = exercise.get("id")
        if isinstance(exercise_id, str):
            if exercise_id in first_index:
                yield (("exercises", index, "id"),
                       f"duplicate exercise id '{exercise_id}' (also exercise "
                       f"#{first_index[exercise_id] + 1}) — ids must be unique within a pack, "
                       "because progress is keyed by them")
            else:
                first_index[exercise_id] = index
        kind = exercise.get("type")
        if kind == "choice":
            options = exercise.get("options")
            if isinstance(options, list) and options and all(
                isinstance(o, dict) and o.get("correct") is not True for o in options
            ):
                yield (("exercises", index, "options"),
                       "no option is marked 'correct: true' — a choice needs at least one")
        elif kind == "classify":
            yield from _undeclared_categories(exercise, index)


def _undeclared_categories(exercise: dict[str, Any], index: int) -> Iterator[tuple[Loc, str]]:
    categories = exercise.get("categories")
    items = exercise.get("items")
    if not isinstance(categories, list) or not isinstance(items, list):
        return
    declared = [c for c in categories if isinstance(c, str)]
    for number, item in enumerate(items):
        category = item.get("category") if isinstance(item, dict) else None
        if isinstance(category, str) and category not in declared:
            yield (("exercises", index, "items", number, "category"),
                   f"category '{category}' is not declared in 'categories'"
                   f"{_did_you_mean(category, declared)} (declared: {', '.join(declared)})")


def _explain(exc: ValidationError, source: SourceFile, labels: _Labels, path: str) -> list[Problem]:
    root = source.root
    assert root is not None
    problems: list[Problem] = []
    errors = [e for e in exc.errors(include_url=False) if e["type"] not in _CROSS_ITEM_ERRORS]
    # `promt` reported as unknown with "did you mean 'prompt'" already says that prompt is missing.
    suggested = set()
    for error in errors:
        if error["type"] == "extra_forbidden":
            place = _locate(root, tuple(error["loc"]))
            match = difflib.get_close_matches(str(error["loc"][-1]),
                                              _allowed_fields(place.model), n=1, cutoff=0.6)
            if match:
                suggested.add((*error["loc"][:-1], match[0]))
    for error in errors:
        loc: Loc = tuple(error["loc"])
        if error["type"] == "missing" and loc in suggested:
            continue
        place = _locate(root, loc)
        line, col = _position(_anchor(error, place))
        problems.append(Problem(path, line, col, *labels.at_loc(loc), _message(error, place, loc)))
    for loc, message in _cross_item_problems(source.data):
        place = _locate(root, loc)
        line, col = _position(place.node)
        problems.append(Problem(path, line, col, *labels.at_loc(loc), message))
    return problems


def display_path(path: Path) -> str:
    """A path as people typed it: relative to the working folder when inside it."""
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
