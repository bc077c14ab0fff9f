"""A first sync hands mail to the pipeline in the order it was sent, not the order it was filed.

Mail moved or forwarded into the folder late gets a higher UID than mail that answers it; read
in UID order, a rejection would be tracked before the application receipt it answers, and the
receipt would then open a second application.
"""

from __future__ import annotations

import json
from datetime import datetime, UTC
from pathlib import Path

import pytest

from tests.integration.conftest import ImapAccount
from tests.integration.smtpd import SmtpServer
from tests.integration.test_pipeline_e2e import followup, write_config

pytestmark = pytest.mark.integration

MAIL = Path(__file__).resolve().parents[1] / "data" / "mail" / "ordering"


def test_a_rejection_filed_before_its_receipt_ends_the_one_application(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer
) -> None:
    sent = f"{imap_account.folder}Sent"
    imap_account.create_folder(sent)
    # Filed in the wrong order: the rejection (sent 14 Dec) gets the lower UID and the earlier
    # INTERNALDATE; the receipt it answers (sent 1 Dec) is filed after it.
    imap_account.append((MAIL / "brightline_rejection.eml").read_bytes(), datetime(2026, 12, 15, 8, tzinfo=UTC))
    imap_account.append((MAIL / "brightline_receipt.eml").read_bytes(), datetime(2026, 12, 15, 9, tzinfo=UTC))
    config = write_config(tmp_path, imap_account, smtp_server.host, smtp_server.port, sent)

    followup(config, imap_account, "run", "--once", "--now", "2026-12-15T10:00:00+00:00")

    apps = json.loads(followup(config, imap_account, "applications", "--json").stdout)
    assert [(a["company"], a["state"]) for a in apps] == [("Brightline Systems", "rejected")], apps
