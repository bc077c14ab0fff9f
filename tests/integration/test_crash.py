"""A small run of bench/crash.py: `followup run --once` killed with SIGKILL mid-send, faults scripted.

The full run (100 trials) is `bench/crash.py`; three trials here keep the harness honest: it
must meet its targets (no duplicate, no loss, nothing left in `sending`, no sent note without
a Sent copy) and say so.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.dovecot import require_dovecot

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def test_a_few_killed_sends_meet_every_target() -> None:
    require_dovecot()
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "crash.py"), "--trials", "3", "--invites", "2", "--seed", "7"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    report = done.stdout
    assert done.returncode == 0, report + done.stderr[-3000:]
    for line in ("duplicates        0", "losses            0", "left in sending   0", "missing copies    0"):
        assert line in report, report
    assert "targets           met" in report
