"""The Sent folder, done right, against real Dovecots: SPECIAL-USE \\Sent (RFC 6154) first, then a
well-known name, and a missing folder created when the server answers [TRYCREATE]. The same
folder is searched when a crash left a send unsettled, and `check` says which folder is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followup import outbox
from followup.checks import check_sent
from followup.config import Config, MailboxConfig, Secret, load_config
from followup.model import FollowUp, FollowUpState, Person
from followup.source import resolve_sent_folder
from followup.source.imap import ImapSource
from followup.store import Store
from tests.integration.conftest import make_mail
from tests.integration.dovecot import Dovecot, require_dovecot, start_dovecot

pytestmark = pytest.mark.integration

T0 = datetime(2026, 12, 9, 8, 0, tzinfo=UTC)
MARKED = "Outgoing"  # a name no list of well-known names holds: only SPECIAL-USE can find it


def _server(special_use: str | None) -> Iterator[Dovecot]:
    require_dovecot()
    server = start_dovecot(sent_special_use=special_use)
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture(scope="module")
def marking_dovecot() -> Iterator[Dovecot]:
    """A server that marks `Outgoing` as \\Sent."""
    yield from _server(MARKED)


@pytest.fixture(scope="module")
def plain_dovecot() -> Iterator[Dovecot]:
    """A server that marks no folder at all."""
    yield from _server(None)


def source(dc: Dovecot, user: str) -> ImapSource:
    mailbox = MailboxConfig.model_validate(
        {"host": dc.host, "port": dc.port, "security": "plain", "username": user, "password": {"env": "UNUSED"}}
    )
    return ImapSource(mailbox, Secret(dc.users[user]))


def folders(dc: Dovecot, user: str) -> list[str]:
    client = dc.client(user)
    try:
        return [name for _flags, _sep, name in client.list_folders()]
    finally:
        client.logout()


def create(dc: Dovecot, user: str, *names: str) -> None:
    client = dc.client(user)
    try:
        # The servers are shared by the module: a folder an earlier test made is left as it is,
        # so each test passes alone as well as after the others.
        existing = {name for _flags, _sep, name in client.list_folders()}
        for name in names:
            if name not in existing:
                client.create_folder(name)
    finally:
        client.logout()


def smtp_config(save_sent_to: str = "auto", server_saves_sent: bool = False) -> Config:
    return load_config(
        "owner: {name: Ana, email: ana@example.com}\n"
        "mailbox: {source: maildir, path: /nonexistent}\n"
        f"smtp: {{host: 127.0.0.1, security: plain, save_sent_to: {save_sent_to}, "
        f"server_saves_sent: {str(server_saves_sent).lower()}}}\n",
        "config.yaml",
    )


def test_the_special_use_folder_wins_over_a_well_known_name(marking_dovecot: Dovecot) -> None:
    create(marking_dovecot, "owner", "Sent", MARKED)
    src = source(marking_dovecot, "owner")
    src.connect()
    try:
        folder, why = resolve_sent_folder(src, "auto")
        line = check_sent(smtp_config(), src)
    finally:
        src.close()
    assert folder == MARKED and "SPECIAL-USE" in why
    assert line == f"sent copies: saved to '{MARKED}' (the folder the server marks as Sent (SPECIAL-USE))"


def test_without_special_use_a_well_known_name_is_found(plain_dovecot: Dovecot) -> None:
    create(plain_dovecot, "owner", "Archive", "Sent Items")
    src = source(plain_dovecot, "owner")
    src.connect()
    try:
        assert resolve_sent_folder(src, "auto") == ("Sent Items", "a folder with a well-known Sent name")
    finally:
        src.close()


def test_without_any_sent_folder_the_first_copy_creates_one(plain_dovecot: Dovecot) -> None:
    user = "other"  # nothing was ever created for this user on this server
    src = source(plain_dovecot, user)
    src.connect()
    try:
        folder, why = resolve_sent_folder(src, "auto")
        assert folder is None and "no folder is marked as Sent" in why
        assert "followup will create 'Sent' with the first copy" in check_sent(smtp_config(), src)
        # Dovecot answers NO [TRYCREATE]: the folder is created and the APPEND retried.
        src.append("Sent", make_mail("Thank you", message_id="<copy@followup.test>"), ["\\Seen"], T0)
        assert src.has_message_id("Sent", "<copy@followup.test>")
        assert resolve_sent_folder(src, "auto")[0] == "Sent"
    finally:
        src.close()
    assert "Sent" in folders(plain_dovecot, user)


def test_a_named_folder_that_is_missing_is_created_on_trycreate(marking_dovecot: Dovecot) -> None:
    src = source(marking_dovecot, "other")
    src.connect()
    try:
        assert resolve_sent_folder(src, "Copies") == ("Copies", "as smtp.save_sent_to says")
        src.append("Copies", make_mail("Note", message_id="<named@followup.test>"), ["\\Seen"], T0)
        assert src.has_message_id("Copies", "<named@followup.test>")
    finally:
        src.close()


def test_check_says_when_no_copy_is_kept_or_the_server_files_it(marking_dovecot: Dovecot) -> None:
    create(marking_dovecot, "owner", MARKED)
    src = source(marking_dovecot, "owner")
    src.connect()
    try:
        assert check_sent(smtp_config("null"), src).startswith("sent copies: none kept")
        line = check_sent(smtp_config(server_saves_sent=True), src)
    finally:
        src.close()
    assert "filed by the SMTP server itself" in line and f"'{MARKED}'" in line


def test_an_interrupted_send_is_settled_from_the_discovered_folder(marking_dovecot: Dovecot, tmp_path: Path) -> None:
    if MARKED not in folders(marking_dovecot, "owner"):
        create(marking_dovecot, "owner", MARKED)
    store = Store.open(tmp_path)
    ids = {}
    for who in ("kim", "lee"):
        fu = FollowUp(id=None, rule="r", recipient=Person(who, f"{who}@acme.example"), send_at=T0,
                      state=FollowUpState.approved, message_id=f"<{who}@followup.test>", template="t.txt")  # fmt: skip
        fid = store.add_followup(fu, T0, "planned")
        assert fid is not None
        store.transition(fid, FollowUpState.sending, "dispatch", T0)
        ids[who] = fid
    # The server filed kim's note in its Sent folder (as Gmail does); lee's never got there.
    src = source(marking_dovecot, "owner")
    src.connect()
    src.append(MARKED, make_mail("Thanks", message_id="<kim@followup.test>"), ["\\Seen"], T0)
    src.close()
    outcomes = outbox.reconcile_sending(
        store, T0 + timedelta(minutes=5), lambda: source(marking_dovecot, "owner"), "auto"
    )
    assert {o.followup_id: o.action for o in outcomes} == {ids["kim"]: "sent", ids["lee"]: "unknown"}
    store.close()


def test_a_note_left_unknown_is_found_sent_when_its_copy_turns_up_late(
    marking_dovecot: Dovecot, tmp_path: Path
) -> None:
    if MARKED not in folders(marking_dovecot, "owner"):
        create(marking_dovecot, "owner", MARKED)
    store = Store.open(tmp_path)
    fu = FollowUp(id=None, rule="r", recipient=Person("Max", "max@acme.example"), send_at=T0,
                  state=FollowUpState.approved, message_id="<late@followup.test>", template="t.txt")  # fmt: skip
    fid = store.add_followup(fu, T0, "planned")
    assert fid is not None
    store.transition(fid, FollowUpState.sending, "dispatch", T0)
    factory = lambda: source(marking_dovecot, "owner")  # noqa: E731
    first = outbox.reconcile_sending(store, T0 + timedelta(minutes=1), factory, "auto")
    assert [(o.followup_id, o.action) for o in first] == [(fid, "unknown")]
    # The server files what it accepted a while later (as Gmail can): the next pass finds it.
    src = source(marking_dovecot, "owner")
    src.connect()
    src.append(MARKED, make_mail("Thanks", message_id="<late@followup.test>"), ["\\Seen"], T0)
    src.close()
    later = outbox.reconcile_sending(store, T0 + timedelta(minutes=10), factory, "auto")
    assert [(o.followup_id, o.action) for o in later] == [(fid, "sent")]
    settled = store.followup(fid)
    assert settled is not None and settled.state is FollowUpState.sent
    assert any(k == f"found:{fid}" for k, _text in store.unsent_notices())
    # Past the time a late copy could still come, an unknown note is no longer searched for.
    assert outbox.reconcile_sending(store, T0 + timedelta(days=5), factory, "auto") == []
    store.close()
