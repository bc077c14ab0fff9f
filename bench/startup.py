"""Start-up cost of the light commands, against a bare interpreter measured in the same run.

Builds a Maildir setup in a temporary folder (the shipped rules and templates), runs
`run --once` once so the state dir holds the fingerprint of a config that passed validation,
then times, as the minimum of N runs each:

- `python -c pass` (the anchor);
- `followup --help`, `followup status`, an idle `followup run --once`;
- the same `run --once` with drafts waiting for the owner's approval: a second state built from a
  labelled interview confirmation, whose approval request and notice already went out through a
  loopback SMTP server (the case that used to load the sending side on every pass);

and prints each one's difference to the anchor, its ratio, and whether pydantic or the
sending side (`followup.send`) was imported. Target: idle `run --once` ≤ 150 ms beyond the anchor.

    python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.dovecot import free_port  # noqa: E402
from tests.integration.smtpd import CapturingHandler  # noqa: E402

TARGET_MS = 150.0

PROBE = (
    "import sys\n"
    "sys.argv = ['followup', *sys.argv[1:]]\n"
    "try:\n"
    "    from followup.cli import main\n"
    "    code = main(sys.argv[1:])\n"
    "finally:\n"
    "    heavy = [m for m in ('pydantic', 'followup.send', 'jinja2', 'followup.config') if m in sys.modules]\n"
    "    sys.stderr.write('LOADED ' + ','.join(heavy) + '\\n')\n"
)


def setup(folder: Path, extra: str = "") -> Path:
    mail = folder / "mail"
    for sub in ("cur", "new", "tmp"):
        (mail / sub).mkdir(parents=True)
    config = folder / "config.yaml"
    config.write_text(
        "owner: {name: Ana, email: ana@example.com}\nmailbox: {source: maildir, path: mail}\n"
        f"rules: {ROOT / 'rules'}\ntemplates: {ROOT / 'rules' / 'templates'}\nstate_dir: state\n{extra}",
        encoding="utf-8",
    )
    return config


def setup_waiting(folder: Path, smtp_port: int) -> Path:
    """A state with drafts awaiting approval, whose request and notices were already mailed."""
    config = setup(folder, f"smtp: {{host: 127.0.0.1, port: {smtp_port}, security: plain, save_sent_to: null}}\n")
    mail = folder / "mail" / "new" / "1.eml"
    shutil.copy(WAITING_MAIL, mail)
    # Maildir mail counts from its file time: put it the evening before WAITING_NOW (inside the backfill).
    sent = datetime.fromisoformat(WAITING_NOW).timestamp() - 12 * 3600
    os.utime(mail, (sent, sent))
    return config


WAITING_MAIL = ROOT / "tests" / "data" / "mail" / "recruiter_confirms_with_me_and_colleague.eml"
WAITING_NOW = "2027-01-23T09:00:00+00:00"  # the morning after the mail: inside the backfill window


def best(cmds: dict[str, list[str]], runs: int) -> dict[str, float]:
    """The minimum of `runs` timings of each command, in ms. The commands take turns, so that a
    load that comes and goes on a shared machine falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[name].append(time.perf_counter() - start)
    return {name: min(spent) * 1000 for name, spent in times.items()}


def loaded(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    line = next((x for x in done.stderr.splitlines() if x.startswith("LOADED")), "LOADED ?")
    return line.removeprefix("LOADED").strip() or "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ns = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        config = setup(Path(tmp))
        os.environ.pop("FOLLOWUP_CONFIG", None)
        # The record of the validated config goes to the user's cache folder: keep it in the sandbox.
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        # An installed program starts from cached bytecode; without it, every module just edited
        # would be compiled again at each start, and that is not what a user waits for.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        cli = [py, "-m", "followup", "--config", str(config)]
        subprocess.run([*cli, "run", "--once"], capture_output=True, check=True)
        capture = CapturingHandler([], [], [])
        smtp = Controller(capture, hostname="127.0.0.1", port=free_port())
        smtp.start()
        waiting = setup_waiting(Path(tmp) / "waiting", smtp.port)
        at = ["--now", WAITING_NOW]
        base = [py, "-m", "followup", "--config"]
        for _ in range(2):  # the second pass mails what the first one asked for, if anything is left
            subprocess.run([*base, str(waiting), "run", "--once", *at], capture_output=True, check=True)
        shown = subprocess.run([*base, str(waiting), "pending", "--json"], capture_output=True, check=True).stdout
        drafts = len(json.loads(shown))
        mailed = len(capture.messages)
        cases = {
            "--help": [str(config), "--help"],
            "status": [str(config), "status"],
            "run --once (idle)": [str(config), "run", "--once"],
            "  drafts waiting": [str(waiting), "run", "--once", *at],
        }
        timed = best({"": [py, "-c", "pass"]} | {name: [*base, *extra] for name, extra in cases.items()}, ns.runs)
        anchor = timed[""]
        print(f"load average {os.getloadavg()[0]:.2f}; each command in turn, {ns.runs} times")
        print(f"bare interpreter (python -c pass): {anchor:.1f} ms (min of {ns.runs})")
        print(f"second state: {drafts} drafts waiting, {mailed} mails already sent to the owner")
        for name, extra in cases.items():
            ms = timed[name]
            what = loaded([py, "-c", PROBE, "--config", *extra])
            met = "met" if ms - anchor <= TARGET_MS else "NOT met"
            note = f"  target ≤ {TARGET_MS:.0f} ms: {met}" if "run" in extra else ""
            print(f"{name:18} {ms:7.1f} ms  +{ms - anchor:6.1f} ms  x{ms / anchor:5.1f}  loaded: {what}{note}")
        smtp.stop()


if __name__ == "__main__":
    main()
