"""Which mail counts as trusted for `approval: auto` (DESIGN §6)."""

from __future__ import annotations

from datetime import datetime, UTC

import pytest

from followup.model import Message, Person
from followup.pipeline import header_message_id, is_trusted

OWNER = frozenset({"ana@example.com", "ana.work@corp.example"})
T = datetime(2026, 12, 1, tzinfo=UTC)
SAM = Person("Sam Lee", "sam@acme.example")


def mail(sender: Person, *, envelope: Person | None = None, depth: int = 0, results: tuple[str, ...] = ()) -> Message:
    return Message(sender=sender, date=T, subject="Interview", message_id="<m@x>", text="hi",
                   envelope_sender=envelope, forward_depth=depth, authentication_results=results)  # fmt: skip


@pytest.mark.parametrize(
    ("message", "trusted"),
    [
        (mail(SAM, envelope=Person("Ana", "Ana@Example.com"), depth=1), True),  # forwarded by the owner
        (mail(SAM, envelope=Person(None, "ana.work@corp.example"), depth=1), True),  # a trusted forwarder
        (mail(SAM, envelope=Person(None, "eve@evil.example"), depth=1), False),  # forwarded by a stranger
        (
            mail(
                SAM,
                results=("mx.example.com; dkim=pass header.d=acme.example; spf=pass smtp.mailfrom=sam@acme.example",),
            ),
            True,
        ),
        (mail(SAM, results=("mx.example.com; spf=pass smtp.mailfrom=acme.example",)), True),
        (mail(SAM, results=("mx.example.com; dkim=pass header.d=other.example",)), False),  # signed by someone else
        (mail(SAM), False),  # no authentication at all
        # A pass written lower down, by anybody: only the owner's server (topmost) counts.
        (mail(SAM, results=("mx.example.com; none", "forged; dkim=pass header.d=acme.example")), False),
        # Claims to be the owner, but the owner's server saw it fail.
        (
            mail(Person("Ana", "ana@example.com"), results=("mx.example.com; spf=fail smtp.mailfrom=ana@example.com",)),
            False,
        ),
        (
            mail(
                SAM,
                envelope=Person(None, "ana@example.com"),
                depth=1,
                results=("mx.example.com; dkim=fail header.d=example.com",),
            ),
            False,
        ),
    ],
)
def test_trust(message: Message, trusted: bool) -> None:
    assert is_trusted(message, OWNER) is trusted


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"From: a@b\r\nMessage-ID: <x@y>\r\n\r\nbody", "<x@y>"),
        (b"Message-Id:\r\n <folded@y>\r\nSubject: s\r\n\r\n", "<folded@y>"),
        (b"Subject: s\r\n\r\nMessage-ID: <in-body@y>\r\n", None),  # only the header block counts
        (b"", None),
    ],
)
def test_header_message_id_reads_only_the_header_block(raw: bytes, expected: str | None) -> None:
    assert header_message_id(raw) == expected
