"""source.headreply: the heads FETCH reply read as imapclient reads it, or not at all."""

from __future__ import annotations

import pytest
from imapclient.response_parser import parse_fetch_response

from followup.source.headreply import Head, parsed_head, read_heads, uid_set

HEADER = b"From: a@b.example\r\nSubject: Hi\r\n\r\n"


def reply(items_before: bytes, items_after: bytes = b"", header: bytes = HEADER, seq: int = 1) -> list[object]:
    """One message's FETCH response as imaplib hands it on: (line up to the literal, literal), rest."""
    return [(b"%d (%sBODY[HEADER]<0> {%d}" % (seq, items_before, len(header)), header), items_after + b")"]


def facts(head: Head) -> tuple[object, ...]:
    when = head.internal_date
    return head.size, when, when.utcoffset() if when else None, head.header


@pytest.mark.parametrize(
    "data",
    [
        reply(b'UID 7 RFC822.SIZE 5970 INTERNALDATE "01-Jan-2026 00:00:00 +0000" '),
        reply(b'UID 7 RFC822.SIZE 12 INTERNALDATE " 3-Feb-2026 23:59:59 -0730" '),
        reply(b'UID 7 INTERNALDATE "28-Dec-1999 12:00:00 +0545" RFC822.SIZE 0 '),
        reply(b"UID 7 ", b' RFC822.SIZE 99 INTERNALDATE "09-Sep-2026 09:09:09 +1400"'),
        reply(b"", b' UID 7 RFC822.SIZE 99 INTERNALDATE "09-Sep-2026 09:09:09 -0000"'),
        reply(b"UID 7 RFC822.SIZE 1 ", header=b""),
        reply(b"UID 7 RFC822.SIZE 1 ") + reply(b"UID 8 RFC822.SIZE 2 ", seq=2),
    ],
)
def test_a_reply_of_the_usual_shape_reads_as_imapclient_reads_it(data: list[object]) -> None:
    ours = read_heads(data)
    theirs = parse_fetch_response(data, False, True)
    assert ours is not None
    assert {uid: facts(head) for uid, head in ours.items()} == {
        uid: facts(parsed_head(found)) for uid, found in theirs.items()
    }


@pytest.mark.parametrize(
    "data",
    [
        [None],  # no message at all
        [b"3 (FLAGS (\\Seen) UID 9)", *reply(b"UID 7 ")],  # an unsolicited update
        reply(b"UID 7 FLAGS (\\Seen) "),  # an item this reader does not know
        [(b"1 (UID 7 BODY[TEXT]<0> {4}", b"abcd"), b")"],  # another literal
        reply(b'UID 7 INTERNALDATE "31-Feb-2026 00:00:00 +0000" '),  # a date that cannot be
        reply(b'UID 7 INTERNALDATE "01-Foo-2026 00:00:00 +0000" '),
        reply(b"RFC822.SIZE 1 "),  # no UID
        [(b"1 (UID 7 BODY[HEADER]<0> {99}", HEADER), b")"],  # a literal of another length
        reply(b"UID 7 ", b" RFC822.SIZE 1 extra"),
    ],
)
def test_a_reply_of_another_shape_is_left_to_imapclient(data: list[object]) -> None:
    assert read_heads(data) is None


@pytest.mark.parametrize(
    ("uids", "text"),
    [([1], "1"), ([1, 2, 3], "1:3"), ([1, 2, 3, 5, 7, 8], "1:3,5,7:8"), ([4, 9], "4,9"), ([], "")],
)
def test_uid_sets_write_runs_as_ranges(uids: list[int], text: str) -> None:
    assert uid_set(uids) == text
