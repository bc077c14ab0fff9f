"""docs/architecture.md lists every module of the package, each in a known layer (Datasette style)."""

from __future__ import annotations

from tests.unit.package_map import documented_layers, package_modules


def test_every_module_is_in_the_architecture_map() -> None:
    missing = sorted(set(package_modules()) - set(documented_layers()))
    assert missing == [], f"add a row to docs/architecture.md for: {', '.join(missing)}"


def test_the_architecture_map_lists_no_module_that_is_gone() -> None:
    gone = sorted(set(documented_layers()) - set(package_modules()))
    assert gone == [], f"docs/architecture.md lists modules that do not exist: {', '.join(gone)}"


def test_every_module_has_a_known_layer() -> None:
    odd = {name: layer for name, layer in documented_layers().items() if layer not in ("core", "edge")}
    assert odd == {}, f"docs/architecture.md: the layer must be 'core' or 'edge': {odd}"


MODULE_LINES = 600  # past this a module holds more than one concern; split it by concern


def test_no_module_is_over_the_line_limit() -> None:
    long = {
        name: lines
        for name, path in package_modules().items()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINES
    }
    assert long == {}, f"split these modules by concern (over {MODULE_LINES} lines): {long}"
