"""The heads FETCH reply read by source.headreply, against what imapclient reads of the real Dovecot's reply."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, UTC
from pathlib import Path

import pytest
from imapclient.response_parser import parse_fetch_response

from followup.source.headreply import Head, parsed_head, read_heads, uid_set
from followup.source.imap import _HEAD_ITEMS, ImapSource
from tests.integration.conftest import ImapAccount, make_mail

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data"


def facts(head: Head) -> tuple[object, ...]:
    when = head.internal_date
    return head.size, when, when.utcoffset() if when else None, head.header


def test_the_heads_reply_of_every_mail_reads_as_imapclient_reads_it(imap_account: ImapAccount) -> None:
    """Every .eml under tests/data, at times with other offsets and one-digit days, read both ways."""
    mails = sorted(DATA.rglob("*.eml"))
    zones = [UTC, timezone(timedelta(hours=-7)), timezone(timedelta(hours=5, minutes=30))]
    for index, path in enumerate(mails):
        when = datetime(2026, 1 + index % 12, 1 + index % 28, index % 24, index % 60, 7, tzinfo=zones[index % 3])
        imap_account.append(path.read_bytes(), when)
    imap_account.append(make_mail("empty after the header", body=""))
    client = imap_account.client()
    try:
        client.select_folder(imap_account.folder, readonly=True)
        client.normalise_times = False
        uids = client.search(["ALL"])
        assert len(uids) == len(mails) + 1
        for start in range(0, len(uids), 200):
            batch = uids[start : start + 200]
            typ, data = client._imap.uid("FETCH", uid_set(batch), _HEAD_ITEMS)
            assert typ == "OK"
            ours = read_heads(data)
            theirs = parse_fetch_response(data, False, True)
            assert ours is not None, "the real server's reply must take the quick path"
            assert sorted(ours) == sorted(theirs) == batch
            for uid in batch:
                assert facts(ours[uid]) == facts(parsed_head(theirs[uid])), uid
    finally:
        client.logout()


def test_heads_through_the_source_are_those_imapclient_reads(imap_account: ImapAccount) -> None:
    imap_account.append_many(
        [make_mail(f"note {i}") for i in range(5)], datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    )
    source = ImapSource(imap_account.mailbox_config(batch_size=2), imap_account.secret)
    source.connect()
    try:
        source.status(imap_account.folder)
        uids = source.uids_after(imap_account.folder, 0)
        heads = list(source.heads(imap_account.folder, uids))
        client = source._client
        assert client is not None
        reply = client.fetch(uids, ["RFC822.SIZE", "INTERNALDATE", "BODY.PEEK[HEADER]"])
    finally:
        source.close()
    assert [h.uid for h in heads] == uids
    for head in heads:
        expected = parsed_head(reply[head.uid])
        assert (head.size, head.internal_date, head.raw) == (expected.size, expected.internal_date, expected.header)
