"""The IMAP fetch path against a real Dovecot: heads first, bodies batched by bytes, huge mail read in part."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest

from followup import intake, sync
from followup.detect import detect_event
from followup.parse import parse_message
from followup.rawmail import Parts
from followup.source import FetchedMail, bodystructure
from followup.source.imap import FetchLimits, ImapSource
from followup.spec import Duration
from followup.store import Store
from tests.integration.conftest import ImapAccount, make_mail

pytestmark = pytest.mark.integration

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
DATA = Path(__file__).resolve().parents[1] / "data"
LABELLED = DATA / "labelled"
PROJECT = Path(__file__).resolve().parents[2]
OWNER = "alex.morgan@mail.example"


def with_attachment(raw: bytes, size: int) -> bytes:
    """`raw` wrapped in multipart/mixed with a base64 attachment of about `size` bytes after it."""
    line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\r\n"
    attachment = line * (size // len(line) + 1)
    return (
        b"From: Sam Lee <sam.lee@acme.example>\r\nTo: owner@example.org\r\nSubject: Fwd: big\r\n"
        b"Date: Fri, 20 Nov 2026 09:30:00 +0000\r\nMessage-ID: " + make_msgid(domain="acme.example").encode()
        + b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
        b"--outer\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee below.\r\n"
        b"--outer\r\nContent-Type: message/rfc822\r\n\r\n"
        + raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        + b"\r\n"
        b"--outer\r\nContent-Type: application/pdf; name=\"scan.pdf\"\r\nContent-Disposition: attachment; "
        b"filename=\"scan.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + attachment + b"--outer--\r\n"
    )


@pytest.fixture
def source(imap_account: ImapAccount) -> Iterator[ImapSource]:
    src = ImapSource(imap_account.mailbox_config(), imap_account.secret)
    src.connect()
    yield src
    src.close()


def event(raw: bytes) -> dict[str, Any]:
    result = detect_event(parse_message(raw), owner_email=OWNER, owner_zone="America/New_York").to_json()
    return dict(result)


def test_heads_carry_the_header_the_size_and_the_parts_the_header_tells(
    imap_account: ImapAccount, source: ImapSource
) -> None:
    invite = (LABELLED / "bare_ics_request_publish_like_outlook_web.eml").read_bytes()
    forward = (LABELLED / "ashby_rejection_position_filled_rfc822.eml").read_bytes()
    plain = make_mail("Lunch?")
    imap_account.append_many([invite, forward, plain], NOW)
    source.status(imap_account.folder)
    uids = source.uids_after(imap_account.folder, 0)

    heads = list(source.heads(imap_account.folder, uids))

    assert [h.uid for h in heads] == uids and not any(h.complete for h in heads)
    whole = {m.uid: m.raw for m in source.fetch(imap_account.folder, uids)}
    for head in heads:
        assert whole[head.uid].startswith(head.raw) and head.raw.endswith(b"\r\n\r\n")
        assert head.size == len(whole[head.uid])
    # Multipart: only the server's structure tells; single part: the header does.
    assert [h.parts for h in heads] == [None, None, Parts()]
    structured = source.structures(imap_account.folder, heads)
    assert [h.uid for h in structured] == uids
    assert [(h.parts.calendar, h.parts.attached_message) for h in structured if h.parts] == [
        (True, False), (False, True), (False, False)
    ]  # fmt: skip


def test_a_single_part_head_knows_its_parts_as_the_servers_structure_tells_them(
    imap_account: ImapAccount, source: ImapSource
) -> None:
    top = b"From: Sam <sam@acme.example>\r\nTo: owner@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
    bare = [
        top + b"Content-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        top + b'Content-Type: application/octet-stream;\r\n name="invite.ics"\r\n\r\nQkVHSU4=\r\n',
        top + b"Content-Type: message/rfc822\r\n\r\n" + make_mail("inner"),
    ]
    mails = [p.read_bytes() for p in sorted(DATA.rglob("*.eml"))] + bare
    imap_account.append_many(mails, NOW)
    source.status(imap_account.folder)
    heads = list(source.heads(imap_account.folder, source.uids_after(imap_account.folder, 0)))
    single = [h for h in heads if h.parts is not None]
    assert len(single) >= 20 and any(h.parts != Parts() for h in single)
    client = source._client
    assert client is not None
    reply = client.fetch([h.uid for h in heads], ["BODYSTRUCTURE"])
    for head in single:
        assert head.parts == bodystructure.parts_of(reply[head.uid][b"BODYSTRUCTURE"]), head.raw[:200]
    for head in source.structures(imap_account.folder, heads):
        assert head.parts == bodystructure.parts_of(reply[head.uid][b"BODYSTRUCTURE"])


def test_every_labelled_message_read_in_part_gives_the_event_it_gives_whole(
    imap_account: ImapAccount,
) -> None:
    names = sorted(p.stem for p in LABELLED.glob("*.eml"))
    imap_account.append_many([(LABELLED / f"{n}.eml").read_bytes() for n in names], NOW)
    # Every message is "too big": each one is read as header, text and calendar parts only.
    tiny = ImapSource(imap_account.mailbox_config(), imap_account.secret, limits=FetchLimits(max_whole_bytes=10))
    tiny.connect()
    try:
        tiny.status(imap_account.folder)
        heads = list(tiny.heads(imap_account.folder, tiny.uids_after(imap_account.folder, 0)))
        parted = list(tiny.bodies(imap_account.folder, heads))
    finally:
        tiny.close()

    assert len(parted) == len(names) and all(m.truncated for m in parted)
    for name, mail in zip(names, parted, strict=True):
        assert event(mail.raw) == event((LABELLED / f"{name}.eml").read_bytes()), name


def test_a_huge_message_brings_in_its_text_and_calendar_never_its_attachment(
    imap_account: ImapAccount, source: ImapSource, tmp_path: Path
) -> None:
    original = (LABELLED / "goodtime_panel_invite_rfc822.eml").read_bytes()
    huge = with_attachment(original, 12_000_000)
    imap_account.append(huge, NOW)

    store = Store.open(tmp_path / "state")
    [report] = sync.poll_once(source, store, [imap_account.folder], now=NOW, backfill=Duration.parse("14d"))

    assert report.ok and report.recorded == 1
    [row] = store.messages(imap_account.folder)
    assert row.error is not None and row.error.startswith("read in part: the message is 12 MB")
    source.connect()
    source.status(imap_account.folder)
    [head] = source.heads(imap_account.folder, [row.uid])
    [mail] = source.bodies(imap_account.folder, [head])
    assert mail.truncated and len(mail.raw) < 100_000 < 12_000_000 < mail.full_size
    assert event(mail.raw)["kind"] == event(original)["kind"] != "none"
    assert event(mail.raw)["interview"] == event(original)["interview"]


def test_whole_messages_are_fetched_in_batches_of_bytes_not_of_counts(
    imap_account: ImapAccount, source: ImapSource
) -> None:
    sizes = [300_000] * 10 + [900_000, 50_000, 50_000]
    imap_account.append_many([make_mail(f"m {i}", size=s) for i, s in enumerate(sizes)], NOW)
    source.limits = FetchLimits(batch_bytes=1_000_000)
    source.status(imap_account.folder)
    uids = source.uids_after(imap_account.folder, 0)
    client = source._client
    assert client is not None
    asked: list[list[int]] = []
    real_fetch = client.fetch

    def spy(messages: Any, data: Any, modifiers: Any = None) -> Any:  # records what each FETCH asks for
        if "BODY.PEEK[]" in data:
            asked.append(list(messages))
        return real_fetch(messages, data, modifiers)

    client.fetch = spy

    fetched = list(source.fetch(imap_account.folder, uids))

    assert [m.uid for m in fetched] == uids and all(m.complete for m in fetched)
    size_of = {m.uid: m.full_size for m in fetched}
    assert len(asked) > 1
    for batch in asked:
        assert len(batch) == 1 or sum(size_of[u] for u in batch) <= 1_000_000, batch


RSS_PROBE = """
import sys
from datetime import datetime, UTC
from followup import intake, sync
from followup.config import MailboxConfig, Secret
from followup.source.imap import ImapSource
from followup.spec import Duration
from followup.store import Store
config = MailboxConfig.model_validate(dict(
    source="imap", host="127.0.0.1", port=int(sys.argv[1]), security="plain", username="owner",
    password={"env": "UNUSED"}, folders=[sys.argv[2]], timeout="60s"))
store = Store.open(__import__("pathlib").Path(sys.argv[3]))
[report] = sync.poll_once(ImapSource(config, Secret(sys.argv[4])), store, [sys.argv[2]],
                          now=datetime.now(UTC), backfill=Duration.parse("3650d"))
assert report.ok and report.fetched == int(sys.argv[5]), report
# VmHWM, not getrusage: ru_maxrss carries over the parent's size from before exec.
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")]
print(int(hwm[0].split()[1]) // 1024)
"""


def test_a_first_sync_of_huge_mail_stays_within_bounded_memory(imap_account: ImapAccount, tmp_path: Path) -> None:
    count, size = 12, 20_000_000
    for i in range(count):
        original = (LABELLED / "bare_ics_request_publish_like_outlook_web.eml").read_bytes()
        imap_account.append(with_attachment(original.replace(b"Subject: ", f"Subject: {i} ".encode(), 1), size),
                            NOW - timedelta(hours=1))  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(PROJECT / "daemon")}
    args = [str(imap_account.port), imap_account.folder, str(tmp_path / "state"), imap_account.password, str(count)]
    done = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, *args], env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    peak_mb = int(done.stdout.split()[-1])
    # 240 MB of mail; before the fetch was bounded by bytes, one FETCH held it all, several times over.
    assert peak_mb < 150, f"peak RSS {peak_mb} MB"
    rows = Store.open(tmp_path / "state").messages(imap_account.folder)
    assert len(rows) == count and all(r.outcome == "recorded" for r in rows)
    assert json.dumps([r.error for r in rows]).count("read in part") == count


@pytest.mark.parametrize("tracking_grows", [False, True])
def test_each_head_is_triaged_once_and_again_only_when_tracking_changed(
    imap_account: ImapAccount, source: ImapSource, tmp_path: Path, tracking_grows: bool
) -> None:
    subjects = ["bulk a", "read", "reply", "bulk b"]
    imap_account.append_many([make_mail(s) for s in subjects], NOW)
    store = Store.open(tmp_path / "state")
    calls: dict[str, int] = {}
    read: list[str] = []

    def subject(mail: FetchedMail) -> str:
        return next(s for s in subjects if f"Subject: {s}\r\n".encode() in mail.raw)

    def triage(mail: FetchedMail, version: int) -> str | None:
        name = subject(mail)
        calls[name] = calls.get(name, 0) + 1
        assert version == store.tracking_version()  # the version sync names is the store's, now
        # "reply" matters once "read" made its sender tracked, as a recruiter's answer would.
        wanted = name == "read" or (name == "reply" and version > 0)
        return None if wanted else "bulk"

    def handle(store: Store, mail: FetchedMail, *, act: bool, now: datetime) -> intake.Handled:
        handled = intake.handle_mail(store, mail, act=act, now=now)
        if act:
            read.append(subject(mail))
            if tracking_grows and subject(mail) == "read":
                store.set_setting("tracking_version", "1")
        return handled

    [report] = sync.poll_once(
        source, store, [imap_account.folder], now=NOW, backfill=Duration.parse("14d"), triage=triage, handle=handle
    )

    assert report.ok and report.fetched == 4
    if tracking_grows:
        assert read == ["read", "reply"]
        assert calls == {"bulk a": 1, "read": 1, "reply": 2, "bulk b": 2}
    else:
        assert read == ["read"]
        assert calls == dict.fromkeys(subjects, 1)
