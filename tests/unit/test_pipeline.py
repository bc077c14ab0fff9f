"""The pipeline's cheap header reads."""

from __future__ import annotations

import pytest

from followup.intake import header_message_id


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
