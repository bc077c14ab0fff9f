from __future__ import annotations

from datetime import datetime, UTC

from followup.sentorder import in_sent_order, sent_at
from followup.source import FetchedMail

FILED = datetime(2026, 12, 20, tzinfo=UTC)


def mail(uid: int, date: str | None, filed: datetime | None = FILED) -> FetchedMail:
    head = (f"Date: {date}\r\n" if date else "") + "Subject: x\r\n\r\n"
    return FetchedMail("INBOX", 1, uid, head.encode(), filed)


def test_mail_is_put_in_the_order_it_was_sent_not_filed() -> None:
    later = mail(1, "Mon, 14 Dec 2026 16:00:00 +0000")
    earlier = mail(2, "Tue, 01 Dec 2026 09:00:00 -0500")
    assert [m.uid for m in in_sent_order([later, earlier], lambda m: m)] == [2, 1]


def test_without_a_readable_date_the_filing_date_counts_then_the_uid() -> None:
    dated = mail(1, "Mon, 14 Dec 2026 16:00:00 +0000")
    filed_early = mail(2, "not a date", datetime(2026, 12, 2, tzinfo=UTC))
    undated = mail(3, None, None)
    tied = mail(0, None, None)
    assert sent_at(filed_early) == datetime(2026, 12, 2, tzinfo=UTC)
    assert [m.uid for m in in_sent_order([undated, dated, tied, filed_early], lambda m: m)] == [2, 1, 0, 3]


def test_a_date_without_a_zone_is_read_as_utc() -> None:
    assert sent_at(mail(1, "14 Dec 2026 16:00:00")) == datetime(2026, 12, 14, 16, tzinfo=UTC)
