"""Reading the tracked state a decision is made on, and applying the decided Changes in one transaction."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from typing import TYPE_CHECKING

from followup.errors import StoreError
from followup.model import FollowUp, FollowUpState
from followup.store.database import company_word
from followup.store.history import HistoryStore
from followup.store.messages import MessageStore
from followup.store.tokens import TokenStore
from followup.store.tracking import TrackingStore

if TYPE_CHECKING:
    # Deciding (changes, planner, track) is loaded when an event is decided, not by every
    # command that opens the store: `status` or an idle `run --once` never needs it.
    from followup.changes import Changes, FollowUpChange, Snapshot

log = logging.getLogger(__name__)


class ChangeStore(MessageStore, TrackingStore, TokenStore, HistoryStore):
    """The snapshot `changes.decide` reads, and the one method that writes what it decided."""

    def next_ids(self) -> tuple[int, int, int]:
        """The ids the next new interview, application and follow-up get (SQLite: largest id + 1)."""
        row = self._read(
            "SELECT (SELECT COALESCE(MAX(id), 0) + 1 FROM interviews) AS i, "
            "(SELECT COALESCE(MAX(id), 0) + 1 FROM applications) AS a, "
            "(SELECT COALESCE(MAX(id), 0) + 1 FROM followups) AS f"
        )[0]
        return (int(row["i"]), int(row["a"]), int(row["f"]))

    def snapshot(self) -> Snapshot:
        """The tracked state as it stands: what `changes.decide` decides on."""
        from followup.changes import Snapshot
        from followup.track import SentRef

        return Snapshot(
            interviews=tuple(self.interviews()),
            applications=tuple(self.applications()),
            followups=tuple(self.followups()),
            sent=tuple(SentRef(mid, iid, aid) for mid, iid, aid in self.sent_refs()),
            next_ids=self.next_ids(),
        )

    def snapshot_for(
        self, *, calendar_uid: str | None, message_ids: Iterable[str], company: str | None, addresses: Iterable[str]
    ) -> Snapshot:
        """The part of the tracked state one event can be decided on, found by index.

        Tracking sees the interviews and applications with the event's calendar UID, in its
        threads, with its sender as contact or interviewer, or at its company; planning sees
        every interview and application at the companies of those, the applications they link
        to, and all their follow-ups (for `max_per_company`); the sent notes are those the
        message names. Deciding on it gives what deciding on `snapshot()` gives.
        """
        from followup.changes import Snapshot
        from followup.track import SentRef

        ids = list(message_ids)
        interviews, applications = self.candidates(
            calendar_uid=calendar_uid, message_ids=ids, company=company, addresses=addresses
        )
        # `candidates` matches a company by its first word only: one query per word not yet asked.
        words = {company_word(c): c for c in (*(iv.company for iv in interviews), *(a.company for a in applications))}
        words.pop(company_word(company), None)
        for word in sorted(w for w in words if w):
            peers_iv, peers_app = self.candidates(
                calendar_uid=None, message_ids=(), company=words[word], addresses=()
            )
            interviews += peers_iv
            applications += peers_app
        by_iv = {iv.id: iv for iv in interviews if iv.id is not None}
        by_app = {a.id: a for a in applications if a.id is not None}
        linked_ids = {iv.application_id for iv in by_iv.values() if iv.application_id is not None}
        for app_id in sorted(linked_ids - set(by_app)):
            linked = self.application(app_id)
            if linked is not None:
                by_app[app_id] = linked
        return Snapshot(
            interviews=tuple(by_iv[i] for i in sorted(by_iv)),
            applications=tuple(by_app[i] for i in sorted(by_app)),
            followups=tuple(self.followups_of(by_iv, by_app)),
            sent=tuple(SentRef(mid, iid, aid) for mid, iid, aid in self.sent_refs(ids)),
            next_ids=self.next_ids(),
        )

    def apply_changes(self, changes: Changes, at: datetime) -> None:
        """Write decided changes in one transaction; raise StoreError if the state moved since."""
        if changes.is_empty:
            return
        with self.transaction():
            if (changes.created_interviews or changes.created_applications or changes.created) and (
                self.next_ids() != changes.base
            ):
                raise StoreError("the state changed after these changes were decided; decide them again")
            for app in changes.applications:
                if app.id in changes.created_applications:
                    self.add_application(app, at)
                else:
                    self.update_application(app, at)
            for iv in changes.interviews:
                if iv.id in changes.created_interviews:
                    self.add_interview(iv, at)
                else:
                    self.update_interview(iv, at)
            for line in changes.history:
                self.add_history(
                    line.kind, line.at, interview_id=line.interview_id, application_id=line.application_id,
                    message_row=line.message_row, note=line.note,
                )  # fmt: skip
            for change in changes.followup_changes:
                self._apply_followup_change(change, at)

    def _apply_followup_change(self, change: FollowUpChange, at: datetime) -> None:
        from followup.changes import Redraft
        from followup.planner import Retime

        if isinstance(change, FollowUp):
            fid = self.add_followup(change, at, f"planned by rule '{change.rule}'")
            if fid is not None:
                log.info(
                    "follow-up planned followup=%s rule=%s state=%s send_at=%s",
                    fid, change.rule, change.state.value, change.send_at.isoformat(),
                )  # fmt: skip
        elif isinstance(change, Redraft):
            # The request mailed with the old text is out of date: the next pass mails a fresh one.
            self.retire_tokens_for(change.followup_id, at)
            if change.from_state is FollowUpState.approved:
                self.transition(
                    change.followup_id, FollowUpState.awaiting_approval,
                    f"text changed ({change.why}); approve again", at,
                    expect=FollowUpState.approved, subject=change.subject, body=change.body,
                )  # fmt: skip
            else:
                self.update_followup(change.followup_id, at, subject=change.subject, body=change.body)
        elif isinstance(change, Retime):
            self.update_followup(change.followup_id, at, send_at=change.send_at)
        else:
            self.transition(change.followup_id, FollowUpState.cancelled, change.reason, at, expect=change.from_state)
