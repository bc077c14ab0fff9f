"""What a note answers and to whom it falls back, through the pipeline on a real Store.

A reply to a rejection threads to the rejection (the latest mail of that conversation), not to
the application receipt; a thank-you that falls back to the recruiter says so.
"""

from __future__ import annotations

import email
import shutil
from datetime import UTC, datetime
from email import policy
from pathlib import Path

from followup import outbox, route
from followup.config import load_config
from followup.model import Person
from followup.planner import Owner, plan
from followup.runtime import Runtime, load_runtime
from followup.store import Store
from tests.unit.test_planner import NOT_TRUSTED, RULES, invite, stored_interview

ROOT = Path(__file__).resolve().parents[2]
RECEIPT = ROOT / "tests" / "data" / "mail" / "application_receipt_from_recruiter.eml"
REJECTION = ROOT / "daemon" / "followup" / "demo" / "mail" / "05_rejection.eml"
REJECTION_RULE = """
rules:
  - name: thank after rejection
    on: rejection
    when: {after: received, delay: 1d}
    to: contact
    template: rejection_reply.txt
"""


def runtime(tmp_path: Path) -> Runtime:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    (tmp_path / "rules" / "rejection.yaml").write_text(REJECTION_RULE, encoding="utf-8")
    config = load_config(
        "owner: {name: Ana Example, email: ana@example.com, timezone: Europe/Paris}\n"
        "mailbox: {source: maildir, path: mail}\nrules: rules/\ntemplates: rules/templates/\nstate_dir: state\n",
        "config.yaml",
        str(tmp_path),
    )
    return load_runtime(config)


def test_a_reply_to_a_rejection_threads_to_the_rejection(tmp_path: Path) -> None:
    rt = runtime(tmp_path)
    store = Store.open(rt.config.state_path)
    try:
        mails = ((RECEIPT, datetime(2026, 12, 1, 11, tzinfo=UTC)), (REJECTION, datetime(2026, 12, 14, 18, tzinfo=UTC)))
        for path, now in mails:
            with store.transaction():
                route.process_mail(rt, store, path.read_bytes(), None, now)
        (note,) = [f for f in store.followups() if f.rule == "thank after rejection"]
        sent = outbox.message_for(rt, store, note, datetime(2026, 12, 15, 18, tzinfo=UTC))
    finally:
        store.close()
    message = email.message_from_bytes(sent.data, policy=policy.default)
    rejection_id = "<AM9PR04MB8412C1E7F0A3B62D5E9F44A1D2C42@AM9PR04MB8412.eurprd04.maplewood.example>"
    assert message["In-Reply-To"] == rejection_id
    assert str(message["References"]).split() == ["<receipt-1@maplewood.example>", rejection_id]
    assert message["Subject"] == "Re: Your application to Maplewood Systems"


def test_a_thank_you_that_falls_back_to_the_recruiter_says_so() -> None:
    owner = Owner("Alex Kim", "alex@me.example", "America/New_York")
    no_address = stored_interview(interviewers=(Person("Jane Doe", None),))
    p = plan(invite(), no_address, RULES, (), owner, datetime(2026, 3, 4, tzinfo=UTC), NOT_TRUSTED)
    (thanks,) = [f for f in p.creates if f.rule == "thank you"]
    assert thanks.recipient.email == "sam.lee@acme.example"
    assert thanks.fallback == "no interviewer addresses: fell back to contact"
    direct = plan(invite(), stored_interview(), RULES, (), owner, datetime(2026, 3, 4, tzinfo=UTC), NOT_TRUSTED)
    assert {f.fallback for f in direct.creates} == {None}
