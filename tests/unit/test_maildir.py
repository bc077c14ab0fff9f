"""The Maildir source's own bookkeeping: stable UIDs, UIDVALIDITY, folders, append, read-only reads."""

from __future__ import annotations

import os
from datetime import datetime, UTC
from pathlib import Path

import pytest

from followup.errors import PermanentSourceError
from followup.source.maildir import UIDLIST_NAME, MaildirSource

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def make_maildir(root: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    return root


def deliver(box: Path, name: str, mtime: float, raw: bytes = b"Subject: x\r\n\r\nbody\r\n") -> Path:
    path = box / "new" / name
    path.write_bytes(raw)
    os.utime(path, (mtime, mtime))
    return path


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_maildir(tmp_path / "Mail")


def test_uids_follow_delivery_order_by_mtime_then_name(root: Path) -> None:
    deliver(root, "b", 200)
    deliver(root, "a", 200)
    deliver(root, "z", 100)
    source = MaildirSource(str(root))
    source.status("INBOX")
    fetched = list(source.fetch("INBOX", source.uids_after("INBOX", 0)))
    assert [(m.uid, m.internal_date) for m in fetched] == [
        (1, datetime.fromtimestamp(100, UTC)),
        (2, datetime.fromtimestamp(200, UTC)),
        (3, datetime.fromtimestamp(200, UTC)),
    ]
    names = (root / UIDLIST_NAME).read_text().splitlines()[1:]
    assert names == ["1 z", "2 a", "3 b"]


def test_uids_survive_a_client_moving_mail_to_cur_with_flags(root: Path) -> None:
    deliver(root, "one", 100)
    deliver(root, "two", 200)
    first = MaildirSource(str(root))
    status = first.status("INBOX")
    os.rename(root / "new" / "one", root / "cur" / "one:2,S")
    deliver(root, "three", 300)
    again = MaildirSource(str(root))
    assert again.status("INBOX").uidvalidity == status.uidvalidity
    assert again.uids_after("INBOX", 0) == [1, 2, 3]
    [mail] = list(again.fetch("INBOX", [1]))
    assert mail.raw.startswith(b"Subject: x")


def test_uids_are_never_reused_after_a_message_is_deleted(root: Path) -> None:
    deliver(root, "one", 100)
    deliver(root, "two", 200)
    source = MaildirSource(str(root))
    source.status("INBOX")
    (root / "new" / "two").unlink()
    deliver(root, "three", 300)
    status = source.status("INBOX")
    assert source.uids_after("INBOX", 0) == [1, 3] and status.uidnext == 4 and status.exists == 2


def test_a_lost_uidlist_gives_a_new_uidvalidity(root: Path) -> None:
    deliver(root, "one", 100)
    source = MaildirSource(str(root))
    values = [source.status("INBOX").uidvalidity]
    for _ in range(3):
        (root / UIDLIST_NAME).unlink()
        values.append(source.status("INBOX").uidvalidity)
    assert len(set(values)) == 4 and values == sorted(values)


def test_reading_never_moves_or_renames_mail(root: Path) -> None:
    deliver(root, "one", 100)
    source = MaildirSource(str(root))
    source.connect()
    list(source.fetch("INBOX", source.uids_after("INBOX", 0)))
    assert os.listdir(root / "new") == ["one"] and os.listdir(root / "cur") == []


def test_subfolders_are_maildir_plus_plus_directories(root: Path) -> None:
    jobs = make_maildir(root / ".Jobs.Applied")
    deliver(jobs, "m", 100)
    source = MaildirSource(str(root))
    assert source.folder_dir("Jobs/Applied") == jobs
    assert source.status("Jobs/Applied").exists == 1
    assert source.status("inbox").exists == 0


@pytest.mark.parametrize("name", ["../etc", ".hidden", ""])
def test_folder_names_that_escape_the_maildir_are_refused(root: Path, name: str) -> None:
    with pytest.raises(PermanentSourceError, match=r"is not valid; fix mailbox\.folders"):
        MaildirSource(str(root)).status(name)


def test_a_missing_maildir_names_mailbox_path(tmp_path: Path) -> None:
    with pytest.raises(PermanentSourceError, match=r"Maildir .*nowhere not found .*; fix mailbox.path"):
        MaildirSource("nowhere", base_dir=str(tmp_path)).connect()


def test_a_missing_folder_names_mailbox_folders(root: Path) -> None:
    with pytest.raises(PermanentSourceError, match=r"Maildir folder 'Sent' not found .*fix mailbox\.folders"):
        MaildirSource(str(root)).status("Sent")


def test_append_delivers_through_tmp_and_keeps_flags_in_the_name(root: Path) -> None:
    source = MaildirSource(str(root))
    source.append("Sent", b"Message-ID: <a@b.example>\r\n\r\nhi\r\n", ["\\Seen", "\\Answered"], WHEN)
    source.append("INBOX", b"Message-ID: <c@d.example>\r\n\r\nhi\r\n", [], WHEN)
    [sent] = os.listdir(root / ".Sent" / "cur")
    assert sent.endswith(":2,RS") and (root / ".Sent" / "maildirfolder").exists()
    assert os.listdir(root / ".Sent" / "tmp") == [] and len(os.listdir(root / "new")) == 1
    assert source.has_message_id("Sent", "<a@b.example>")
    assert source.has_message_id("INBOX", " <c@d.example> ")
    assert not source.has_message_id("INBOX", "<a@b.example>")
    [mail] = list(source.fetch("Sent", source.uids_after("Sent", 0)))
    assert mail.internal_date == WHEN


def test_a_relative_path_resolves_against_the_config_folder(tmp_path: Path) -> None:
    make_maildir(tmp_path / "conf" / "mail")
    source = MaildirSource("mail", base_dir=str(tmp_path / "conf"))
    source.connect()
    assert source.root == tmp_path / "conf" / "mail"
