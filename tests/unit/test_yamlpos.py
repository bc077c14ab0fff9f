"""The YAML loader keeps positions and refuses duplicate keys."""

from __future__ import annotations

import pytest

from followup.errors import ConfigError
from followup.yamlpos import format_path, load_yaml


def test_positions_of_keys_and_items() -> None:
    doc = load_yaml("a:\n  b: 1\n  c:\n    - x\n    - {d: 2}\n", "f.yaml")
    assert doc.data == {"a": {"b": 1, "c": ["x", {"d": 2}]}}
    assert doc.positions[("a",)] == (1, 1)
    assert doc.positions[("a", "b")] == (2, 3)
    assert doc.positions[("a", "c", 1)] == (5, 7)
    assert doc.positions[("a", "c", 1, "d")] == (5, 8)


def test_locate_falls_back_to_the_nearest_ancestor() -> None:
    doc = load_yaml("a:\n  b: 1\n", "f.yaml")
    assert doc.locate(("a", "b", "missing", 3)) == (2, 3)


def test_line_offset_shifts_reported_lines() -> None:
    doc = load_yaml("subject: hi\n", "t.txt", line_offset=1)
    assert doc.locate(("subject",)) == (2, 1)


def test_duplicate_keys_name_both_lines() -> None:
    with pytest.raises(ConfigError) as caught:
        load_yaml("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert str(caught.value) == "f.yaml:3:1: a: duplicate key (first defined on line 1); keep one of them"


def test_syntax_error_keeps_the_parser_mark() -> None:
    with pytest.raises(ConfigError) as caught:
        load_yaml("a: [1, 2\nb: 3\n", "f.yaml")
    (problem,) = caught.value.problems
    assert problem.file == "f.yaml" and problem.line == 2 and "YAML syntax error" in problem.message


def test_empty_document_is_an_empty_mapping() -> None:
    assert load_yaml("# nothing\n", "f.yaml").data == {}


def test_anchors_and_merge_keys_work() -> None:
    doc = load_yaml("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n", "f.yaml")
    assert doc.data["other"] == {"x": 1, "y": 2}


def test_format_path() -> None:
    assert format_path(("rules", 2, "on")) == "rules[2].on"
    assert format_path(()) == ""


def test_only_true_and_false_are_booleans() -> None:
    doc = load_yaml("on: interview_scheduled\nyes: no\nflag: true\nother: False\n", "f.yaml")
    assert doc.data == {"on": "interview_scheduled", "yes": "no", "flag": True, "other": False}
