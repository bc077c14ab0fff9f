"""The systemd units in systemd/: the directives DESIGN §7 and issue 7 require, and a clean
`systemd-analyze verify`.

The directive checks always run: a small parser reads each unit (repeated keys such as
LoadCredential= are kept, which configparser would collapse) and the tests assert every
required directive and value. `systemd-analyze verify` runs where the tool is installed
(Debian package `systemd`); it loads each unit the way the system or user manager would,
checks that ExecStart='s program exists, and prints a line for every unknown key or value it
cannot parse. The test demands exit 0 and no output at all, so a typo in any directive fails.
It does not start the service, so it cannot prove the sandbox lets the daemon run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from followup.config import Config, FileSecret, resolve_secret

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_UNIT = ROOT / "systemd" / "followup.service"
USER_UNIT = ROOT / "systemd" / "followup-user.service"
UNITS = {"system": SYSTEM_UNIT, "user": USER_UNIT}

Unit = dict[str, list[tuple[str, str]]]


def parse_unit(text: str) -> Unit:
    """Read a unit file into {section: [(key, value), ...]}, keeping repeated keys in order."""
    sections: Unit = {}
    current: list[tuple[str, str]] | None = None
    pending = ""
    for raw in text.splitlines():
        line = pending + raw.strip() if pending else raw.strip()
        pending = ""
        if not line or line[0] in "#;":
            continue
        if line.endswith("\\"):  # systemd.syntax(7): a trailing backslash continues the line
            pending = line[:-1] + " "
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        assert current is not None, f"directive outside a section: {line!r}"
        key, sep, value = line.partition("=")
        assert sep, f"not a key=value line: {line!r}"
        current.append((key.strip(), value.strip()))
    return sections


def values(unit: Unit, section: str, key: str) -> list[str]:
    return [v for k, v in unit.get(section, []) if k == key]


def one(unit: Unit, key: str, section: str = "Service") -> str:
    found = values(unit, section, key)
    assert len(found) == 1, f"[{section}] {key}= appears {len(found)} times, expected once"
    return found[0]


@pytest.fixture(scope="module", params=sorted(UNITS))
def unit(request: pytest.FixtureRequest) -> Unit:
    return parse_unit(UNITS[request.param].read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def system_unit() -> Unit:
    return parse_unit(SYSTEM_UNIT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def user_unit() -> Unit:
    return parse_unit(USER_UNIT.read_text(encoding="utf-8"))


# Directives both units must carry with exactly this value.
COMMON = {
    "Type": "notify",
    "NotifyAccess": "main",
    "WatchdogSec": "120",
    "Restart": "on-failure",
    "ExecReload": "/bin/kill -HUP $MAINPID",
    "UMask": "0077",
    "ProtectSystem": "strict",
    "NoNewPrivileges": "yes",
    "PrivateTmp": "yes",
    "PrivateDevices": "yes",
    "ProtectKernelTunables": "yes",
    "ProtectKernelModules": "yes",
    "ProtectKernelLogs": "yes",
    "RestrictNamespaces": "yes",
    "LockPersonality": "yes",
    "MemoryDenyWriteExecute": "yes",
    "RestrictRealtime": "yes",
    "SystemCallArchitectures": "native",
}


@pytest.mark.parametrize("key", sorted(COMMON))
def test_both_units_set_the_required_directive(unit: Unit, key: str) -> None:
    assert one(unit, key) == COMMON[key]


def test_both_units_restart_after_a_pause_and_stop_restarting_a_permanent_fault(unit: Unit) -> None:
    assert one(unit, "RestartSec")
    assert one(unit, "StartLimitBurst", "Unit")
    assert one(unit, "StartLimitIntervalSec", "Unit")


def test_both_units_allow_only_inet_and_unix_sockets_and_service_syscalls(unit: Unit) -> None:
    assert one(unit, "RestrictAddressFamilies").split() == ["AF_INET", "AF_INET6", "AF_UNIX"]
    assert values(unit, "Service", "SystemCallFilter")[0] == "@system-service"


def test_both_units_load_the_imap_password_as_a_credential(unit: Unit) -> None:
    ids = [v.split(":", 1)[0] for v in values(unit, "Service", "LoadCredential")]
    assert "imap-password" in ids


def test_system_unit_runs_as_its_own_user_with_the_system_config(system_unit: Unit) -> None:
    assert one(system_unit, "ExecStart") == "/usr/bin/env followup --config /etc/followup/config.yaml run"
    assert one(system_unit, "User") == "followup"
    assert values(system_unit, "Install", "WantedBy") == ["multi-user.target"]
    assert "network-online.target" in one(system_unit, "After", "Unit").split()


def test_system_unit_keeps_state_in_its_state_directory_only(system_unit: Unit) -> None:
    assert one(system_unit, "StateDirectory") == "followup"
    assert one(system_unit, "ReadWritePaths") == "/var/lib/followup"  # /var/lib + StateDirectory
    assert one(system_unit, "ProtectHome") == "yes"
    assert one(system_unit, "ProtectControlGroups") == "yes"
    assert one(system_unit, "CapabilityBoundingSet") == ""  # empty: no capabilities at all
    assert values(system_unit, "Service", "LoadCredential") == [
        "imap-password:/etc/followup/imap-password",
        "smtp-password:/etc/followup/smtp-password",
    ]


def test_user_unit_runs_from_the_home_config_with_what_user_services_support(user_unit: Unit) -> None:
    assert one(user_unit, "ExecStart") == "/usr/bin/env followup --config %h/.config/followup/config.yaml run"
    assert values(user_unit, "Install", "WantedBy") == ["default.target"]
    # Mount namespacing in a user service needs a user namespace (systemd.exec(5)).
    assert one(user_unit, "PrivateUsers") == "yes"
    assert one(user_unit, "ProtectHome") == "read-only"
    # Refused in per-user service managers, or meaningless there.
    for key in ("User", "ProtectControlGroups", "ProtectProc", "CapabilityBoundingSet"):
        assert values(user_unit, "Service", key) == [], key


def test_user_unit_writable_path_is_the_configs_default_state_dir(user_unit: Unit) -> None:
    default_state_dir = Config.model_fields["state_dir"].default
    assert one(user_unit, "ReadWritePaths").replace("%h", "~") == default_state_dir
    assert one(user_unit, "ExecStartPre") == "+/bin/mkdir -p %h/.local/state/followup"


def test_credentials_are_read_by_the_configs_file_secret_form(
    unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each LoadCredential id resolves through {file: $CREDENTIALS_DIRECTORY/<id>} as the docs say."""
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    for entry in values(unit, "Service", "LoadCredential"):
        cred_id = entry.split(":", 1)[0]
        (tmp_path / cred_id).write_text(f"secret-of-{cred_id}\n", encoding="utf-8")
        secret = resolve_secret(FileSecret(file=f"$CREDENTIALS_DIRECTORY/{cred_id}"), "test")
        assert secret.reveal() == f"secret-of-{cred_id}"


def test_every_directive_block_is_explained_by_a_comment() -> None:
    """Each run of directives in [Service] is preceded by a comment saying why."""
    for path in UNITS.values():
        lines = path.read_text(encoding="utf-8").splitlines()
        service = lines.index("[Service]")
        end = next(i for i in range(service + 1, len(lines)) if lines[i].startswith("["))
        block_starts = [
            i
            for i in range(service + 1, end)
            if lines[i] and not lines[i].startswith("#") and not lines[i - 1]
        ]
        bare = [lines[i] for i in block_starts if not lines[i - 1].startswith("#")]
        assert bare == [], f"{path.name}: blocks without a comment: {bare}"


SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze not installed (Debian package systemd)")
@pytest.mark.parametrize("scope", sorted(UNITS))
def test_unit_passes_systemd_analyze_verify(scope: str, tmp_path: Path) -> None:
    assert SYSTEMD_ANALYZE is not None
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    # A user manager needs XDG_RUNTIME_DIR; HOME keeps %h away from the real home directory.
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path), "SYSTEMD_LOG_COLOR": "0"}
    cmd = [SYSTEMD_ANALYZE, "verify", *(["--user"] if scope == "user" else []), str(UNITS[scope])]
    done = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze not installed (Debian package systemd)")
def test_systemd_analyze_verify_does_report_a_broken_directive(tmp_path: Path) -> None:
    """Guard the guard: the verify test would see a typo, because the tool prints it."""
    assert SYSTEMD_ANALYZE is not None
    broken = tmp_path / "followup.service"
    text = SYSTEM_UNIT.read_text(encoding="utf-8")
    broken.write_text(text.replace("ProtectHome=yes", "ProtectHome=maybe"), encoding="utf-8")
    done = subprocess.run(
        [SYSTEMD_ANALYZE, "verify", str(broken)], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert "protect home value" in done.stdout + done.stderr
