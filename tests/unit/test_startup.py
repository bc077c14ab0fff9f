"""Light start-up: what the light commands import, run in a fresh interpreter each.

Speed itself is measured by bench/startup.py; these tests check the imports that cost it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from followup.cli import COMMANDS, build_parser, handler

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pydantic", "followup.config", "followup.send", "jinja2", "followup.render", "followup.oauth")

# Runs the command line in-process, then reports which heavy modules it imported.
PROBE = f"""
import json, sys
from followup.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps({{"code": code, "loaded": [m for m in {HEAVY!r} if m in sys.modules]}}))
"""


def run(*args: str) -> tuple[int, list[str], str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120)
    last = json.loads(done.stdout.strip().splitlines()[-1])
    return int(last["code"]), list(last["loaded"]), done.stderr


@pytest.fixture
def config(tmp_path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "mail" / sub).mkdir(parents=True)
    path = tmp_path / "config.yaml"
    path.write_text(
        "owner: {name: Ana, email: ana@example.com}\nmailbox: {source: maildir, path: mail}\n"
        f"rules: {ROOT / 'rules'}\ntemplates: {ROOT / 'rules' / 'templates'}\nstate_dir: state\n",
        encoding="utf-8",
    )
    code, _, err = run("--config", str(path), "run", "--once")
    assert code == 0, err
    return path


def test_help_loads_neither_the_config_models_nor_the_sending_side() -> None:
    code, loaded, _ = run("--help")
    assert code == 0 and loaded == []


def test_an_idle_run_once_does_not_load_the_sending_side(config: Path) -> None:
    code, loaded, err = run("--config", str(config), "run", "--once")
    assert code == 0, err
    assert not {"followup.send", "jinja2", "followup.render"} & set(loaded)


@pytest.mark.parametrize("command", [("run", "--once"), ("status",)])
def test_a_known_good_config_is_read_without_pydantic(config: Path, command: tuple[str, ...]) -> None:
    code, loaded, err = run("--config", str(config), *command)
    assert code == 0, err
    assert not {"pydantic", "followup.config"} & set(loaded)


def test_a_changed_config_is_validated_in_full(config: Path) -> None:
    config.write_text(config.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    code, loaded, err = run("--config", str(config), "status")
    assert code == 0, err
    assert {"pydantic", "followup.config"} <= set(loaded)


def test_status_with_nothing_waiting_and_no_oauth2_loads_neither_the_sending_side_nor_oauth(config: Path) -> None:
    code, loaded, err = run("--config", str(config), "status")
    assert code == 0, err
    assert not {"followup.send", "jinja2", "followup.render", "followup.oauth"} & set(loaded)


def test_a_broken_config_after_a_good_one_is_still_validated_in_full(config: Path) -> None:
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("{name: Ana, email: ana@example.com}", "{name: Ana, email: nope}"), encoding="utf-8")
    code, _, err = run("--config", str(config), "run", "--once")
    assert code == 1
    assert f"{config}:1:" in err and "Traceback" not in err


def test_every_command_of_the_parser_has_a_handler() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(subparsers.choices) == set(COMMANDS)
    for name in COMMANDS:
        assert callable(handler(name))
