"""`followup demo` works with no mail account: in-process, and installed into a fresh venv."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from followup.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_demo_runs_the_pipeline_and_prints_the_notes_it_sent(capsys: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    assert main(["demo"]) == 0
    elapsed = time.monotonic() - started
    out = capsys.readouterr().out
    assert out.count("SENT at") == 6
    assert "Hi Jordan," in out and "Hi Mei," in out and "Thank you for taking the time to speak with me" in out
    assert "detected: nothing to act on" in out  # the job alert
    assert "cancelled: 'application nudge'" in out  # the interview made the nudge moot
    assert "6 distinct: each exactly once" in out
    assert "config.example.yaml" in out  # ends by saying how to use a real mailbox
    assert elapsed < 30


def test_demo_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["demo"]) == 0
    assert list(tmp_path.iterdir()) == []


@pytest.mark.integration
def test_demo_from_a_fresh_venv(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
        check=True, timeout=300, capture_output=True,
    )  # fmt: skip
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    (wheel,) = wheels.glob("*.whl")
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", str(wheel)], check=True, timeout=600, capture_output=True
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "FOLLOWUP_CONFIG")}
    done = subprocess.run(
        [str(venv / "bin" / "followup"), "demo"], cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("SENT at") == 6
    assert "Thank you for your time" in done.stdout
