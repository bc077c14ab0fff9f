"""The pure core imports no I/O and no edge module, not even transitively (STYLE §3).

Layers come from docs/architecture.md. Two checks, each catching what the other cannot:
- statically, the closure of every import written anywhere in a core module (inside
  functions too, where a lazy import hides from sys.modules) stays in the core;
- at run time, each core module imported alone in a clean interpreter leaves no edge module
  and no I/O library in sys.modules (this sees imports made by code, e.g. importlib).
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache

import pytest

from tests.unit.package_map import PACKAGE, ROOT, documented_layers, imports_of, package_modules

FORBIDDEN = {
    "imapclient", "aiosmtplib", "aiosmtpd", "sqlite3", "_sqlite3", "schedule", "asyncio", "socket", "subprocess",
    "smtplib", "imaplib", "authlib", "requests", "keyring",
}  # fmt: skip
ALLOWED_THIRD_PARTY = {"yaml", "pydantic", "pydantic_core", "jinja2", "icalendar", "dateutil", "email_validator"}
# The standard library pulls some of FORBIDDEN in by itself (email.utils imports socket for
# make_msgid), so at run time only these, which no stdlib module a core one uses imports, are looked for.
FORBIDDEN_AT_RUN_TIME = FORBIDDEN - {"socket"}

CORE = sorted(name for name, layer in documented_layers().items() if layer == "core" and name in package_modules())


@cache
def _graph() -> dict[str, tuple[set[str], set[str]]]:
    """Module → (followup modules it imports, other top-level packages it imports)."""
    modules = package_modules()
    graph = {}
    for name, path in modules.items():
        own: set[str] = set()
        other: set[str] = set()
        for imported in imports_of(path):
            if imported == "followup" or imported.startswith("followup."):
                inner = imported.removeprefix("followup").lstrip(".") or "__init__"
                if inner in modules:
                    own.add(inner)
                    # importing a.b runs a/__init__.py first
                    parts = inner.split(".")
                    own.update(".".join(parts[:i]) for i in range(1, len(parts)))
            else:
                other.add(imported.split(".")[0])
        own.discard(name)
        graph[name] = (own, other)
    return graph


def _path_to_breach(start: str) -> list[str] | None:
    """The first import chain from `start` to an edge module or a forbidden library, or None."""
    graph, layers = _graph(), documented_layers()
    seen = {start}
    queue = [[start]]
    while queue:
        chain = queue.pop(0)
        own, other = graph[chain[-1]]
        for lib in sorted(other):
            if lib in FORBIDDEN or (lib not in ALLOWED_THIRD_PARTY and lib not in sys.stdlib_module_names):
                return [*chain, lib]
        for nxt in sorted(own):
            if layers.get(nxt) != "core":
                return [*chain, nxt]
            if nxt not in seen:
                seen.add(nxt)
                queue.append([*chain, nxt])
    return None


@pytest.mark.parametrize("name", CORE)
def test_core_module_reaches_only_the_core_and_pure_libraries(name: str) -> None:
    chain = _path_to_breach(name)
    assert chain is None, f"core module {name} reaches {chain[-1]}: {' -> '.join(chain)}"


_PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
before = set(sys.modules)
for name in json.loads(sys.argv[2]):
    __import__("followup" if name == "__init__" else "followup." + name)
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def _loaded(names: list[str]) -> list[str]:
    """Modules that importing `names` loads, in a clean interpreter (-I: no site, no PYTHON* variables)."""
    done = subprocess.run(
        [sys.executable, "-I", "-c", _PROBE, str(PACKAGE.parent), json.dumps(names)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    loaded: list[str] = json.loads(done.stdout)
    return loaded


def _breaches(loaded: list[str]) -> list[str]:
    layers = documented_layers()
    return [
        m for m in loaded
        if (m.startswith("followup.") and layers.get(m.removeprefix("followup.")) != "core")
        or m.split(".")[0] in FORBIDDEN_AT_RUN_TIME
    ]  # fmt: skip


def test_the_core_imported_in_a_clean_interpreter_loads_no_edge_and_no_io_library() -> None:
    # Importing can only add modules, so one interpreter importing the whole core sees every
    # breach that importing each module alone would; the per-module run only names the culprit.
    if not _breaches(_loaded(CORE)):
        return
    culprits = {name: found[:5] for name in CORE if (found := _breaches(_loaded([name])))}
    pytest.fail(f"core modules that load edge modules or I/O libraries when imported: {culprits}")


def test_the_run_time_probe_sees_an_edge_module() -> None:
    """The probe must be able to fail: importing the store loads sqlite3 and edge modules."""
    found = _breaches(_loaded(["store"]))
    assert "sqlite3" in found and "followup.store" in found


# docs/architecture.md: the inbound side never imports the outbound one; `route` is where they meet.
INBOUND = ("sync", "intake", "pipeline")
OUTBOUND = ("outbox", "dispatch", "send", "approval.jobs")


@pytest.mark.parametrize("name", INBOUND)
def test_the_inbound_side_does_not_reach_the_outbound_side(name: str) -> None:
    graph = _graph()
    came_from: dict[str, str] = {}
    queue = [name]
    while queue:
        current = queue.pop(0)
        for nxt in sorted(graph[current][0]):
            if nxt in came_from or nxt == name:
                continue
            came_from[nxt] = current
            if nxt in OUTBOUND:
                chain = [nxt]
                while chain[-1] != name:
                    chain.append(came_from[chain[-1]])
                pytest.fail(f"{name} reaches the outbound side: {' -> '.join(reversed(chain))}")
            queue.append(nxt)


@pytest.mark.parametrize("name", CORE)
def test_core_module_reads_no_environment_files_or_clock(name: str) -> None:
    source = package_modules()[name].read_text(encoding="utf-8")
    for needle in ("os.environ", "os.getenv", "open(", ".read_text(", ".read_bytes(", "datetime.now(", "time.time(",
                   "date.today("):  # fmt: skip
        assert needle not in source, f"{name} uses {needle}"


def _users_of(library: str) -> list[str]:
    return sorted(
        name for name, path in package_modules().items() if any(i.split(".")[0] == library for i in imports_of(path))
    )


def test_only_the_store_imports_sqlite3() -> None:
    users = _users_of("sqlite3")
    assert users and all(u == "store" or u.startswith("store.") for u in users), users


def test_only_the_imap_source_imports_imapclient() -> None:
    assert _users_of("imapclient") == ["source.imap"]


def test_only_send_imports_aiosmtplib() -> None:
    assert _users_of("aiosmtplib") == ["send"]
