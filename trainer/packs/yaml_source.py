"""Reading one pack file: bytes -> checked text -> one YAML node tree -> plain Python data.

The file is composed once by libyaml (``CSafeLoader``; ``SafeLoader`` where libyaml is missing)
and the Python data is built here from the nodes rather than by PyYAML's constructor: that is
faster, and it keeps the node tree, so a problem found later (by pydantic, say) maps back to its
line and column.
While building we catch what YAML itself lets through: duplicate keys (YAML silently keeps the
last), aliases that expand into a huge document ("billion laughs") or into themselves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover - libyaml is missing on this machine
    from yaml import SafeLoader as Loader  # type: ignore[assignment]

MAX_BYTES = 5 * 1024 * 1024
"""Larger files are refused unread: a pack is text written by hand."""
MAX_ALIAS_NODES = 100_000
"""How many nodes aliases may add in total; far beyond any honest use of anchors in a pack."""

_TOO_DEEP = "lists and mappings are nested too deeply to be a pack"
_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT = _TAG + "str", _TAG + "int", _TAG + "float"
_BOOL, _NULL, _MERGE = _TAG + "bool", _TAG + "null", _TAG + "merge"
_MAP, _SEQ = _TAG + "map", _TAG + "seq"
_PLAIN_TEXT_TAGS = {_TAG + "timestamp", _TAG + "binary", _TAG + "value"}
_TRUE = {"yes", "true", "on", "y"}


@dataclass(frozen=True)
class Issue:
    """A problem found while reading, before the pack's fields are checked; lines count from 1."""

    line: int
    col: int
    message: str


@dataclass
class SourceFile:
    """What reading produced: ``data`` is None when the file could not be used at all."""

    path: Path
    size: int
    mtime_ns: int
    data: Any = None
    root: Node | None = None
    issues: list[Issue] = field(default_factory=list)


class AliasBomb(Exception):
    """Aliases expand beyond ``MAX_ALIAS_NODES``, or into themselves."""


def read_source(path: Path, stat: os.stat_result | None = None) -> SourceFile:
    """Read, check and parse ``path``; every problem found is in ``issues``."""
    if stat is None:
        stat = path.stat()
    source = SourceFile(path, stat.st_size, stat.st_mtime_ns)
    if stat.st_size > MAX_BYTES:
        source.issues.append(
            Issue(1, 1, f"file is {stat.st_size / 1048576:.1f} MB; packs may be at most "
                  f"{MAX_BYTES // 1048576} MB — split it into several packs")
        )
        return source
    raw = path.read_bytes()
    parse_input: str | bytes = raw
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        parse_input = raw
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        source.issues.extend(_encoding_issues(raw))
        parse_input = raw.decode("utf-8", errors="replace")
    if not raw.strip():
        source.issues.append(Issue(1, 1, "empty file: a pack needs a 'pack:' header and "
                                         "'exercises:' (try `trainer new-pack NAME`)"))
        return source
    try:
        root = _compose(parse_input)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        # Tabs inside text are fine; tabs that broke the parse were indentation, and saying so
        # beats YAML's "found character that cannot start any token".
        tab_issues = _tab_issues(raw) if b"\t" in raw else []
        source.issues.extend(tab_issues)
        if line not in {issue.line for issue in tab_issues}:
            text = " ".join(part for part in (exc.context, exc.problem) if part)
            if exc.context_mark is not None and exc.context_mark.line + 1 != line:
                text += f" (it starts on line {exc.context_mark.line + 1})"
            source.issues.append(Issue(line, col, f"YAML syntax: {text}"))
        return source
    except yaml.YAMLError as exc:
        source.issues.append(Issue(1, 1, f"YAML could not be read: {exc}"))
        return source
    except RecursionError:
        source.issues.append(Issue(1, 1, _TOO_DEEP))
        return source
    if root is None:
        source.issues.append(Issue(1, 1, "empty file: only comments — a pack needs a 'pack:' "
                                         "header and 'exercises:'"))
        return source
    builder = _Builder(track_aliases=b"&" in raw)
    try:
        source.data = builder.build(root)
    except AliasBomb as exc:
        mark = root.start_mark
        source.issues.append(Issue(mark.line + 1, mark.column + 1, str(exc)))
        return source
    except RecursionError:
        source.issues.append(Issue(1, 1, _TOO_DEEP))
        return source
    source.root = root
    source.issues.extend(builder.issues)
    return source


def _compose(text: str | bytes) -> Node | None:
    loader = Loader(text)
    try:
        node: Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    col = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return raw.count(b"\n", 0, offset) + 1, col


def _encoding_issues(raw: bytes, limit: int = 5) -> list[Issue]:
    issues: list[Issue] = []
    offset = 0
    while len(issues) < limit:
        try:
            raw[offset:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            bad = offset + exc.start
            line, col = _line_col(raw, bad)
            issues.append(Issue(line, col, f"byte 0x{raw[bad]:02x} is not UTF-8 text — save "
                                           "the file as UTF-8"))
            offset = offset + exc.end
    return issues


def _tab_issues(raw: bytes) -> list[Issue]:
    issues: list[Issue] = []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        stripped = line.lstrip(b" \t")
        indent = line[: len(line) - len(stripped)]
        if b"\t" in indent and stripped and not stripped.startswith(b"#"):
            issues.append(Issue(number, indent.index(b"\t") + 1,
                                "tab in indentation: YAML indents with spaces only"))
    return issues


class _Builder:
    """Turns a node tree into dicts, lists and scalars, noting problems YAML lets through."""

    def __init__(self, *, track_aliases: bool) -> None:
        self.issues: list[Issue] = []
        # Only a file with an anchor can alias a node; without one, no node is visited twice.
        self.memo: dict[int, tuple[Any, int]] | None = {} if track_aliases else None
        self.count = 0
        self.alias_nodes = 0
        self._scalars: yaml.constructor.SafeConstructor | None = None

    def build(self, node: Node) -> Any:
        memo = self.memo
        if memo is not None and type(node) is not ScalarNode:
            seen = memo.get(id(node))
            if seen is not None:
                value, size = seen
                if size < 0:
                    raise AliasBomb("an alias refers to the node that contains it (a loop)")
                self.alias_nodes += size
                self.count += size
                if self.alias_nodes > MAX_ALIAS_NODES:
                    raise AliasBomb(f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes "
                                    "(a 'billion laughs' bomb?) — use fewer anchors")
                return value
            memo[id(node)] = (None, -1)
            before = self.count
            value = self._build_collection(node)
            memo[id(node)] = (value, self.count - before + 1)
            return value
        if type(node) is ScalarNode:
            self.count += 1
            return self._scalar(node)
        return self._build_collection(node)

    def _build_collection(self, node: Node) -> Any:
        self.count += 1
        if type(node) is SequenceNode:
            if node.tag != _SEQ:
                self._unknown_tag(node)
            return [self.build(item) for item in node.value]
        if type(node) is MappingNode:
            if node.tag != _MAP:
                self._unknown_tag(node)
            return self._mapping(node)
        return self._scalar(node)  # type: ignore[arg-type]  # pragma: no cover

    def _mapping(self, node: MappingNode) -> dict[str, Any]:
        result: dict[str, Any] = {}
        build = self.build
        merges: list[Node] = []
        pairs = node.value
        for key_node, value_node in pairs:
            if type(key_node) is not ScalarNode:
                mark = key_node.start_mark
                self.issues.append(Issue(mark.line + 1, mark.column + 1,
                                         "a key must be a plain word, not a list or mapping"))
                continue
            if key_node.tag == _MERGE:
                merges.append(value_node)
                continue
            result[key_node.value] = build(value_node)
        if len(result) + len(merges) != len(pairs):
            self._report_duplicates(pairs)
        for merge in merges:
            self._merge_into(result, merge)
        return result

    def _merge_into(self, result: dict[str, Any], merge: Node) -> None:
        sources = merge.value if type(merge) is SequenceNode else [merge]
        for source in sources:
            value = self.build(source)
            if not isinstance(value, dict):
                mark = source.start_mark
                self.issues.append(Issue(mark.line + 1, mark.column + 1,
                                         "'<<' merges mappings only"))
                continue
            for key, item in value.items():
                result.setdefault(key, item)

    def _report_duplicates(self, pairs: list[tuple[Node, Node]]) -> None:
        first_line: dict[str, int] = {}
        for key_node, _ in pairs:
            if type(key_node) is not ScalarNode or key_node.tag == _MERGE:
                continue
            key, mark = key_node.value, key_node.start_mark
            if key in first_line:
                self.issues.append(Issue(
                    mark.line + 1, mark.column + 1,
                    f"duplicate key '{key}' (first on line {first_line[key]}): YAML keeps only "
                    "the last one — remove or rename one of them",
                ))
            else:
                first_line[key] = mark.line + 1

    def _scalar(self, node: ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if tag == _STR:
            return value
        if tag == _INT:
            try:
                return int(value)
            except ValueError:
                return self._constructor().construct_yaml_int(node)  # 0x1f, 0o17, 1_000, 1:30
        if tag == _BOOL:
            return value.lower() in _TRUE
        if tag == _NULL:
            return None
        if tag == _FLOAT:
            return self._constructor().construct_yaml_float(node)
        if tag in _PLAIN_TEXT_TAGS:
            return value  # `version: 2024-05-01` means the text the author typed
        self._unknown_tag(node)
        return value

    def _unknown_tag(self, node: Node) -> None:
        mark = node.start_mark
        self.issues.append(Issue(mark.line + 1, mark.column + 1,
                                 f"unsupported YAML tag '{node.tag}': packs use plain YAML"))

    def _constructor(self) -> yaml.constructor.SafeConstructor:
        if self._scalars is None:
            self._scalars = yaml.constructor.SafeConstructor()
        return self._scalars
