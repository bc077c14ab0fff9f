"""The one YAML loader: plain data plus the file:line:col of every key and item.

Config, rules and template front matter all go through `load_yaml`, so that any later
validation error can be pointed back at the line the user has to fix. Duplicate keys are
errors naming both lines (PyYAML silently keeps the last one). No file I/O here: callers pass
the text and the name to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from followup.errors import ConfigError, Problem

PathKey = str | int


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans: only true/false, so `on:`, `yes` and `no` stay words.

    YAML 1.1 reads `on` as true, which would turn a rule's `on:` key into `True:`.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
Path = tuple[PathKey, ...]


@dataclass(frozen=True)
class Document:
    """A loaded YAML document: `data` and, for each key path, its (line, column), 1-based."""

    source: str
    data: Any
    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    line_offset: int = 0

    def locate(self, path: Path) -> tuple[int, int]:
        """Return the position of `path`, or of its nearest ancestor that has one."""
        probe = tuple(path)
        while probe:
            if probe in self.positions:
                line, col = self.positions[probe]
                return line + self.line_offset, col
            probe = probe[:-1]
        line, col = self.positions.get((), (1, 1))
        return line + self.line_offset, col

    def problem(self, path: Path, message: str) -> Problem:
        """Build a located Problem for `path`."""
        line, col = self.locate(path)
        return Problem(self.source, line, col, format_path(path), message)


def format_path(path: Path) -> str:
    """Render a key path as `rules[2].on`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.positions: dict[Path, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self._constructor = _Loader("")

    def build(self, node: Node, path: Path) -> Any:
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            items = []
            for index, item in enumerate(node.value):
                self.positions[(*path, index)] = _mark(item)
                items.append(self.build(item, (*path, index)))
            return items
        assert isinstance(node, ScalarNode)
        return self._constructor.construct_object(node, deep=True)

    def _mapping(self, node: MappingNode, path: Path) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                merged = self.build(value_node, path)
                if isinstance(merged, dict):
                    for k, v in merged.items():
                        result.setdefault(k, v)
                continue
            key = self.build(key_node, path)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                line, col = _mark(key_node)
                self.problems.append(
                    Problem(self.source, line, col, format_path(path), "a key must be a plain word")
                )
                continue
            key_path = (*path, str(key))
            line, col = _mark(key_node)
            if key in first_seen:
                self.problems.append(
                    Problem(
                        self.source,
                        line,
                        col,
                        format_path(key_path),
                        f"duplicate key (first defined on line {first_seen[key]}); keep one of them",
                    )
                )
                continue
            first_seen[key] = line
            self.positions[key_path] = (line, col)
            result[str(key) if not isinstance(key, str) else key] = self.build(value_node, key_path)
        return result


def load_yaml(text: str, source: str, *, line_offset: int = 0) -> Document:
    """Parse one YAML document; raise ConfigError with located problems on any fault.

    `line_offset` shifts reported lines, for YAML that sits inside a larger file (front matter).
    An empty document loads as an empty mapping.
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        col = mark.column + 1 if mark else 1
        what = exc.problem or "invalid YAML"
        if exc.context:
            what = f"{exc.context}, {what}"
        raise ConfigError([Problem(source, line, col, "", f"YAML syntax error: {what}")]) from None
    except yaml.YAMLError as exc:
        raise ConfigError([Problem(source, 1 + line_offset, 1, "", f"YAML error: {exc}")]) from None
    if node is None:
        return Document(source, {}, {(): (1, 1)}, line_offset)
    builder = _Builder(source)
    builder.positions[()] = _mark(node)
    try:
        data = builder.build(node, ())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 1 if mark else 1) + line_offset
        col = mark.column + 1 if mark else 1
        raise ConfigError([Problem(source, line, col, "", f"YAML error: {exc}")]) from None
    if builder.problems:
        shifted = [
            Problem(p.file, p.line + line_offset, p.column, p.path, p.message) for p in builder.problems
        ]
        raise ConfigError(shifted)
    return Document(source, data, builder.positions, line_offset)
