""""Needs you": the one list of everything the owner should look at, each with its command.

`needs_you` builds it, and `followup review` (and `--json`), `status` and the daily summary all
show that same list: mail the owner forwarded that was not understood (or only with low
confidence), interviewers and contacts without an address, follow-ups a rule skipped and why,
drafts close to expiry, recently expired drafts, and sends marked `unknown` or `failed`.

Reads the store; changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from followup import report
from followup.approval.request import format_time
from followup.model import Event, FollowUpState, TrackState
from followup.runtime import Runtime
from followup.store import Store

S = FollowUpState
# A draft that expires within this is "close to expiry".
NEAR_EXPIRY = timedelta(hours=24)
# An expired draft is shown this long after it expired (it can still be revived later).
RECENTLY = timedelta(days=7)


@dataclass(frozen=True)
class Item:
    """One thing the owner should look at: what it is, why, and the command that resolves it."""

    # not_understood | no_address | skipped | near_expiry | expired | unknown | failed | booking | detect_error
    kind: str
    what: str
    command: str
    interview_id: int | None = None
    application_id: int | None = None
    followup_id: int | None = None
    question_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "what": self.what, "command": self.command, "interview_id": self.interview_id,
            "application_id": self.application_id, "followup_id": self.followup_id, "question_id": self.question_id,
        }  # fmt: skip

    def line(self) -> str:
        return f"{self.what}: {self.command}"


def needs_you(rt: Runtime, store: Store, now: datetime) -> list[Item]:
    """Everything that waits for the owner, most urgent kinds first."""
    zone = rt.config.owner.timezone
    items: list[Item] = []
    for fu in (*store.followups(S.unknown), *store.followups(S.failed)):
        label = f"follow-up #{fu.id} ({fu.rule}, to {fu.recipient.email})"
        if fu.state is S.unknown:
            items.append(Item("unknown", f"{label} may or may not have gone out",
                              f"check your Sent folder, then `followup mark-sent {fu.id}` or `followup resend {fu.id}`",
                              followup_id=fu.id))  # fmt: skip
        else:
            items.append(Item("failed", f"{label} failed: {fu.last_error or 'see followups'}",
                              f"fix the cause, then `followup approve {fu.id}`, or `followup reject {fu.id}`",
                              followup_id=fu.id))  # fmt: skip
    for fu in store.followups(S.awaiting_approval):
        # Imported only when a draft waits: it brings the sending side, which a `status` with
        # nothing waiting does not need.
        from followup.approval.windows import draft_window

        expires_at = draft_window(rt, store, fu, now).expires_at
        if expires_at - now <= NEAR_EXPIRY:
            when = format_time(expires_at, zone)
            what = f"draft #{fu.id} ({fu.rule}, to {fu.recipient.email}) expires {when}"
            items.append(Item("near_expiry", what, f"`followup approve {fu.id}` or `followup reject {fu.id}`",
                              followup_id=fu.id))  # fmt: skip
    # Only drafts that expired lately: read the last week's transitions once, not each draft's.
    lately = {t.followup_id for t in store.transitions_since(now - RECENTLY) if t.to_state == S.expired.value}
    for fu in store.followups(S.expired):
        if fu.id in lately:
            items.append(Item("expired", f"draft #{fu.id} ({fu.rule}, to {fu.recipient.email}) expired unapproved",
                              f"`followup revive {fu.id}` if it should still go", followup_id=fu.id))  # fmt: skip
    open_questions = store.inquiries(open_only=True)
    for q in open_questions:
        if q.kind == "what":
            event = Event.from_json(json.loads(q.event_json or "{}"))
            sure = "not understood" if event.kind.value == "none" else f"understood as {event.kind.value}, unsure"
            o = event.original
            items.append(Item("not_understood", f"the mail '{o.subject or ''}' from {o.sender or 'unknown'} was {sure}",
                              f"reply to the question mailed to you, or `followup answer {q.id} INTERVIEW|APPLICATION|"
                              "REJECTION|OFFER|CANCELLED|IGNORE`", question_id=q.id))  # fmt: skip
    # An address question mailed to the owner can be answered at the terminal too: name its id.
    asked = {(q.interview_id, (q.person_name or "").casefold()): q.id
             for q in open_questions if q.kind == "address"}  # fmt: skip
    for iv in store.interviews(TrackState.scheduled.value):
        title = report.title(iv.company, iv.role)
        for person in iv.interviewers:
            if not person.email:
                question = asked.get((iv.id, (person.name or "").casefold()))
                answer = f" or `followup answer {question} ADDRESS`" if question is not None else ""
                items.append(Item("no_address", f"interviewer {person.name or 'unnamed'} ({title}) has no address",
                                  f"`followup interview {iv.id} --add-interviewer '{person.name} <address>'`{answer}",
                                  interview_id=iv.id, question_id=question))  # fmt: skip
        if iv.contact is None or not iv.contact.email:
            items.append(Item("no_address", f"interview #{iv.id} ({title}) has no contact with an address",
                              f"`followup interview {iv.id} --contact 'Name <address>'`", interview_id=iv.id))
    for app in store.applications(TrackState.open.value):
        if app.contact is None or not app.contact.email:
            items.append(Item("no_address", f"application #{app.id} ({report.title(app.company, app.role)}) "
                              "has no contact with an address",
                              f"`followup application {app.id} --contact 'Name <address>'`",
                              application_id=app.id))  # fmt: skip
    seen: set[tuple[int | None, int | None, str]] = set()
    for row in store.history_of_kind("skipped"):
        key = (row["interview_id"], row["application_id"], row["note"])
        if now - datetime.fromisoformat(row["at"]) > RECENTLY or key in seen:
            continue
        seen.add(key)
        target = f"interview {row['interview_id']}" if row["interview_id"] else f"application {row['application_id']}"
        command = (f"`followup interview {row['interview_id']}`" if row["interview_id"]
                   else f"`followup application {row['application_id']}`")  # fmt: skip
        items.append(Item("skipped", f"{target}: {row['note']}", f"correct what is wrong with {command}",
                          interview_id=row["interview_id"], application_id=row["application_id"]))  # fmt: skip
    for booking in store.booking_requests(now - RECENTLY):
        o = Event.from_json(json.loads(booking.event_json or "{}")).original
        what = f"the mail '{o.subject or ''}' from {o.sender or 'unknown'} asks you to pick a time for an interview"
        items.append(Item("booking", what, "book a slot; the confirmation that follows is tracked"))
    errors = store.message_counts().get("detect_error", 0)
    if errors:
        items.append(Item("detect_error", f"detection failed on {report.count(errors, 'message')}",
                          "`followup inspect FILE` shows the error; forward the mail again once fixed"))  # fmt: skip
    return items


# History kinds that are changes worth a line in "what happened"; the rest (new events) show
# up as interviews and drafts anyway, except an interview that moved.
_HAPPENED = {
    "reply": "reply noticed", "retimed": "re-timed", "corrected": "you corrected", "done": "interview over",
    "skipped": "skipped", "defer": "away notice",
}  # fmt: skip


def what_happened(store: Store, since: datetime | None = None, after: tuple[int, int] | None = None) -> list[str]:
    """One line per change since `since` (or after the store's `change_marker()` `after`): replies
    noticed, interviews moved, re-timings, corrections, expiries, cancellations (and why) and
    approvals by e-mail, oldest first."""
    if after is not None:
        rows, transitions = store.history_after(after[0]), store.transitions_after(after[1])
    else:
        assert since is not None
        rows, transitions = store.history_since(since), store.transitions_since(since)
    lines = []
    for row in rows:
        label = _HAPPENED.get(row["kind"])
        if label is None and " moved to " in (row["note"] or ""):
            label = "interview moved"
        if label is None:
            continue
        about = f"interview #{row['interview_id']}" if row["interview_id"] else f"application #{row['application_id']}"
        lines.append(f"{label} ({about}): {row['note'] or ''}".rstrip(": "))
    for t in transitions:
        if t.to_state in (S.expired.value, S.cancelled.value) or (
            t.to_state == S.approved.value and "e-mail" in t.cause
        ):
            lines.append(f"follow-up #{t.followup_id} {t.to_state}: {t.cause}")
    return lines
