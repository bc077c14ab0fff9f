"""The package's modules as found on disk, and their layers as docs/architecture.md gives them."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "daemon" / "followup"
ARCHITECTURE = ROOT / "docs" / "architecture.md"

_ROW = re.compile(r"^\|\s*`([\w.]+)`\s*\|\s*(\w+)\s*\|")


def module_name(path: Path) -> str:
    """`detect/event.py` → `detect.event`; a package's `__init__.py` is the package; the root is `__init__`."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


@cache
def package_modules() -> dict[str, Path]:
    """Every module of the package, by name relative to `followup`."""
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in p.parts}


@cache
def documented_layers() -> dict[str, str]:
    """The module table of docs/architecture.md: name → layer ('core' or 'edge')."""
    layers: dict[str, str] = {}
    for line in ARCHITECTURE.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if match:
            layers[match.group(1)] = match.group(2)
    return layers


@cache
def imports_of(path: Path) -> tuple[str, ...]:
    """Every absolute module name imported anywhere in the file (top level, functions, TYPE_CHECKING).

    `from followup import store` yields `followup.store` as well as `followup`, so that a
    submodule reached through its package counts.
    """
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return tuple(names)
