"""outbox: interrupted sends are settled from the Sent folder, or left alone until it can be read."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, UTC
from pathlib import Path

from followup import outbox
from followup.errors import TransientSourceError
from followup.model import FollowUp, FollowUpState, Person
from followup.source import FetchedMail, FolderStatus
from followup.store import Store

T0 = datetime(2026, 12, 9, 8, 0, tzinfo=UTC)
S = FollowUpState


class FakeSource:
    """A Source at the Protocol seam: a Sent folder holding some Message-IDs, or no server at all."""

    def __init__(self, sent: set[str], reachable: bool = True) -> None:
        self.sent = sent
        self.reachable = reachable

    def connect(self) -> None:
        if not self.reachable:
            raise TransientSourceError("IMAP 127.0.0.1:993 unreachable: connection refused")

    def close(self) -> None:
        pass

    def status(self, folder: str) -> FolderStatus:
        return FolderStatus(folder, 1, None, len(self.sent))

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        return []

    def fetch(self, folder: str, uids: Sequence[int]) -> Iterator[FetchedMail]:
        return iter(())

    def append(self, folder: str, raw: bytes, flags: Sequence[str], when: datetime) -> None:
        pass

    def has_message_id(self, folder: str, message_id: str) -> bool:
        return message_id in self.sent

    def find_sent_folder(self) -> tuple[str | None, str]:
        return "Sent", "the only folder"


def _sending(store: Store, message_id: str) -> int:
    who = message_id.strip("<>").split("@")[0]
    fu = FollowUp(id=None, rule="r", recipient=Person(who, f"{who}@acme.example"), send_at=T0,
                  state=S.approved, message_id=message_id, template="t.txt")  # fmt: skip
    fid = store.add_followup(fu, T0, "planned")
    assert fid is not None
    store.transition(fid, S.sending, "dispatch", T0)
    return fid


def test_interrupted_sends_are_settled_from_the_sent_folder(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    found, missing = _sending(store, "<a@x>"), _sending(store, "<b@x>")
    later = T0 + timedelta(minutes=5)
    outcomes = outbox.reconcile_sending(store, later, lambda: FakeSource({"<a@x>"}), "Sent")
    assert {o.followup_id: o.action for o in outcomes} == {found: "sent", missing: "unknown"}
    assert store.followup(found).state is S.sent  # type: ignore[union-attr]
    assert store.followup(missing).state is S.unknown  # type: ignore[union-attr]
    assert any(f"followup mark-sent {missing}" in text for _, text in store.unsent_notices())


def test_an_unreachable_mailbox_makes_them_unknown_within_the_pass(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    fid = _sending(store, "<a@x>")
    (outcome,) = outbox.reconcile_sending(store, T0, lambda: FakeSource(set(), reachable=False), "Sent")
    assert outcome.action == "unknown" and "unreachable" in outcome.detail
    assert store.followup(fid).state is S.unknown  # type: ignore[union-attr]
    assert any(f"followup resend {fid}" in text for _, text in store.unsent_notices())


def test_without_a_sent_folder_they_become_unknown_with_a_notice(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    fid = _sending(store, "<a@x>")
    (outcome,) = outbox.reconcile_sending(store, T0, lambda: FakeSource({"<a@x>"}), None)
    assert outcome.action == "unknown" and "smtp.save_sent_to" in outcome.detail
    assert store.followup(fid).state is S.unknown  # type: ignore[union-attr]
    assert store.unsent_notices()


def test_mark_sent_and_resend_settle_an_unknown_note(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    went, did_not = _sending(store, "<a@x>"), _sending(store, "<b@x>")
    outbox.reconcile_sending(store, T0, lambda: FakeSource(set()), "Sent")
    later = T0 + timedelta(days=2)
    assert outbox.mark_sent(store, went, later).state is S.sent
    again = outbox.resend(store, did_not, later)
    assert again.state is S.approved and again.send_at == later
    assert [f.id for f in store.due_followups(later)] == [did_not]
