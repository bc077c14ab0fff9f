"""The pure core imports no I/O library and reads no environment (STYLE §3)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "daemon" / "followup"
CORE = [
    "model", "spec", "yamlpos", "vocabulary", "addresses", "company_names", "parse", "forwards", "ics", "detect",
    "track", "rules", "planner", "timing", "render", "approval",
]  # fmt: skip
FORBIDDEN = {"imapclient", "aiosmtplib", "sqlite3", "schedule", "asyncio", "socket", "subprocess", "smtplib", "imaplib"}
ALLOWED_THIRD_PARTY = {"yaml", "pydantic", "pydantic_core", "jinja2", "icalendar", "dateutil", "email_validator"}
EDGE_ONLY = {
    "followup.store",
    "followup.send",
    "followup.service",
    "followup.source",
    "followup.cli",
    "followup.config",
}


def _core_files() -> list[Path]:
    files = []
    for name in CORE:
        path = PACKAGE / f"{name}.py"
        if path.exists():
            files.append(path)
    # Helper modules the core stages use (not edges) are held to the same rule.
    edges = {
        "store", "send", "service", "cli", "config", "checks", "logs", "clock", "sync", "pipeline", "__main__", "demo",
        "runtime", "outbox", "report", "notify",
    }
    files.extend(sorted((PACKAGE / "detect").glob("*.py")))
    files.extend(p for p in sorted((PACKAGE / "approval").glob("*.py")) if p.stem != "jobs")
    for path in PACKAGE.glob("*.py"):
        if path.stem not in edges and path not in files and path.stem != "__init__":
            files.append(path)
    return files


def _imports(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: p.stem)
def test_core_module_imports_only_pure_libraries(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = []
    for name in _imports(tree):
        top = name.split(".")[0]
        if (
            top in FORBIDDEN
            or any(name == e or name.startswith(e + ".") for e in EDGE_ONLY)
            or (top not in ALLOWED_THIRD_PARTY and top != "followup" and not _is_stdlib(top))
        ):
            bad.append(name)
    assert bad == [], f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: p.stem)
def test_core_module_reads_no_environment_files_or_clock(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    for needle in ("os.environ", "open(", ".read_text(", ".read_bytes(", "datetime.now(", "time.time(", "date.today("):
        assert needle not in source, f"{path.name} uses {needle}"


def _is_stdlib(name: str) -> bool:
    import sys

    return name in sys.stdlib_module_names


def test_only_store_imports_sqlite3() -> None:
    users = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "sqlite3" in _imports(ast.parse(p.read_text(encoding="utf-8")))
    ]
    assert users and all(u.startswith("store/") for u in users), users


def test_only_the_imap_source_imports_imapclient() -> None:
    users = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if any(n.split(".")[0] == "imapclient" for n in _imports(ast.parse(p.read_text(encoding="utf-8"))))
    ]
    assert users == ["source/imap.py"]


def test_only_send_imports_aiosmtplib() -> None:
    users = [
        p.name
        for p in PACKAGE.rglob("*.py")
        if any(n.split(".")[0] == "aiosmtplib" for n in _imports(ast.parse(p.read_text(encoding="utf-8"))))
    ]
    assert users == ["send.py"]
