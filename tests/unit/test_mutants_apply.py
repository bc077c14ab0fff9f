"""scripts/mutants is run by hand, not by CI: this keeps each mutation applicable, so a
refactoring that moves the mutated code is noticed here rather than when someone next runs it."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _mutants() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("mutants_script", str(ROOT / "scripts" / "mutants"))
    spec = importlib.util.spec_from_loader("mutants_script", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    loader.exec_module(module)
    return module


MUTANTS = _mutants().MUTANTS


@pytest.mark.parametrize("mutant", MUTANTS, ids=lambda m: m.name)
def test_each_mutation_still_applies_to_exactly_one_place(mutant: object) -> None:
    text = (ROOT / mutant.path).read_text(encoding="utf-8")  # type: ignore[attr-defined]
    assert text.count(mutant.old) == 1  # type: ignore[attr-defined]
    for test in mutant.tests:  # type: ignore[attr-defined]
        assert (ROOT / test.split("::")[0]).is_file()
