"""IDLE announces mail that reached the server while the connection was between two IDLEs.

Dovecot answers a new IDLE with its continuation and, in the same write, the EXISTS of mail that
came while no IDLE was running. The client's buffered reader takes both in one read, so waiting
on the socket alone would not see the EXISTS until the IDLE's cycle ends (a minute in the daemon).
"""

from __future__ import annotations

import time

import pytest

from followup.source.imap import ImapSource
from tests.integration.conftest import ImapAccount, make_mail

pytestmark = pytest.mark.integration

CYCLE_S = 30.0


def test_mail_between_two_idles_ends_the_next_wait_at_once(imap_account: ImapAccount) -> None:
    source = ImapSource(imap_account.mailbox_config(), imap_account.secret)
    source.connect()
    try:
        assert source.supports_idle()
        source.wait_for_change(imap_account.folder, 0)  # selected: the server now knows what we saw
        for n in range(5):
            imap_account.append(make_mail(subject=f"between two idles {n}", message_id=f"<gap-{n}@example.com>"))
            started = time.monotonic()
            assert source.wait_for_change(imap_account.folder, CYCLE_S)
            # Not a speed target: a wait that only ended with its cycle missed the announcement.
            assert time.monotonic() - started < CYCLE_S / 2, f"mail {n} was announced only when the IDLE ended"
    finally:
        source.close()


def test_over_tls_too(imap_account: ImapAccount) -> None:
    config = imap_account.mailbox_config(security="tls", port=imap_account.tls_port, ca_file=imap_account.ca_file)
    source = ImapSource(config, imap_account.secret)
    source.connect()
    try:
        source.wait_for_change(imap_account.folder, 0)
        imap_account.append(make_mail(subject="between two idles, tls", message_id="<gap-tls@example.com>"))
        started = time.monotonic()
        assert source.wait_for_change(imap_account.folder, CYCLE_S)
        assert time.monotonic() - started < CYCLE_S / 2, "announced only when the IDLE ended"
        # And a wait with nothing new still waits for its cycle rather than spinning.
        started = time.monotonic()
        assert not source.wait_for_change(imap_account.folder, 1.0)
        assert time.monotonic() - started >= 0.9
    finally:
        source.close()
