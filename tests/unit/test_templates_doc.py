"""docs/templates.md names every variable a template can use (Datasette-style docs coverage)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from followup.render import sample_context

DOC = Path(__file__).resolve().parents[2] / "docs" / "templates.md"


def variables() -> list[str]:
    """Every name in the render context: top-level names and the fields of each group."""
    names = []
    for name, value in sample_context().variables().items():
        names.append(name)
        if dataclasses.is_dataclass(value):
            names += [f"{name}.{f.name}" for f in dataclasses.fields(value)]
    return names


def documented() -> set[str]:
    rows = re.findall(r"^\| `([a-z_.]+)` \|", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return set(rows)


@pytest.mark.parametrize("name", variables())
def test_every_render_variable_is_documented_with_an_example(name: str) -> None:
    assert name in documented(), f"docs/templates.md: add a row for `{name}` with an example value"


def test_the_doc_names_no_variable_that_does_not_exist() -> None:
    assert documented() <= set(variables())
