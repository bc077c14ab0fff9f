"""Approval by e-mail, reminders, expiry and the notices the owner receives.

The daemon mails the owner one request per interview (or application) listing its drafts;
the request's Message-ID and subject carry a fresh token whose hash alone is stored. A reply
acts only after `replies.authenticate_reply` accepts it (owner or trusted forwarder, live
token, not older than the request, no DKIM/SPF failure). Everything the owner must be told
(confirmations, refusals, failures, expiries) is queued as a notice inside the transaction
that caused it and mailed afterwards, so that no network call happens inside a commit.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from email.utils import make_msgid

from followup import outbox, replies
from followup.errors import FollowupError, InvalidTransition
from followup.model import FollowUp, FollowUpState, Message, Person
from followup.render import build_message
from followup.runtime import Runtime
from followup.send import Sender
from followup.store import Store

log = logging.getLogger(__name__)

S = FollowUpState
REMIND_BEFORE = timedelta(hours=3)


def _label(store: Store, fu: FollowUp) -> str:
    target = outbox.target_of(store, fu)
    company = target.company if target is not None else None
    role = target.role if target is not None else None
    return " - ".join(x for x in (company, role) if x) or "your job search"


def draft_views(rt: Runtime, store: Store, ids: Sequence[int]) -> list[replies.DraftView]:
    """The numbered drafts of a request, in the order the request shows them."""
    views = []
    for number, fid in enumerate(ids, start=1):
        fu = store.followup(fid)
        if fu is None:
            continue
        views.append(
            replies.DraftView(
                number=number,
                followup_id=fid,
                to=(fu.recipient, *fu.cc),
                send_at=fu.send_at,
                zone=rt.config.owner.timezone,
                rule=fu.rule,
                subject=fu.subject or "",
                body=fu.body or "",
            )
        )
    return views


def _why_waiting(rt: Runtime, fus: Sequence[FollowUp]) -> str | None:
    for fu in fus:
        rule = rt.rules.get(fu.rule)
        if rule is not None and rule.approval == "auto":
            return (
                f"rule '{fu.rule}' says approval: auto, but this mail did not come through you or a trusted "
                "forwarder, nor pass DKIM/SPF, so it waits for your yes"
            )
    return None


def send_requests(rt: Runtime, store: Store, now: datetime, sender: Sender) -> int:
    """Mail one approval request per interview/application with drafts not yet requested."""
    if "email" not in rt.config.approval_via:
        return 0
    address = rt.config.mailbox.address or rt.config.owner.email
    domain = address.rsplit("@", 1)[-1]
    already = store.requested_followup_ids()
    groups: dict[tuple[int | None, int | None], list[FollowUp]] = {}
    for fu in store.followups(S.awaiting_approval):
        if fu.id is not None and fu.id not in already and fu.body is not None:
            groups.setdefault((fu.interview_id, fu.application_id), []).append(fu)
    sent = 0
    for (interview_id, _), fus in sorted(groups.items(), key=lambda kv: min(f.id or 0 for f in kv[1])):
        ids = [fu.id for fu in fus if fu.id is not None]
        token = replies.new_token()
        subject, body = replies.render_request(
            draft_views(rt, store, ids),
            token=token,
            interview_label=_label(store, fus[0]),
            owner_name=rt.config.owner.name,
            why_waiting=_why_waiting(rt, fus),
        )
        message_id = replies.request_message_id(token, domain)
        try:
            message = build_message(
                subject=subject, body=body, from_addr=address, from_name="followup",
                to=(_owner_person(rt),), message_id=message_id, date=now,
            )  # fmt: skip
            sender.send(message.data, address, [rt.config.owner.email])
        except (FollowupError, ValueError) as exc:
            log.warning("approval request not sent; will try again error=%s", exc)
            continue
        with store.transaction():
            store.add_token(replies.hash_token(token), ids, now, interview_id=interview_id, request_message_id=message_id)
            store.remember_own_message(message_id, "approval request", now)
        log.info("approval request sent followups=%s", ",".join(map(str, ids)))
        sent += 1
    return sent


def _owner_person(rt: Runtime) -> Person:
    return Person(rt.config.owner.name, rt.config.owner.email)


def handle_reply(rt: Runtime, store: Store, message: Message, now: datetime) -> str | None:
    """Act on an approval reply; None when the message is not one (it goes on to detection)."""
    token = replies.find_token(message)
    if token is None:
        return None
    token_hash = replies.hash_token(token)
    stored = store.token(token_hash)
    record = None
    if stored is not None:
        record = replies.TokenRecord(
            token_hash=token_hash,
            interview_id=stored["interview_id"],
            followup_ids=stored["followup_ids"],
            created_at=stored["created_at"],
            used_at=stored["used_at"],
            live=stored["live"],
        )
    owner = rt.config.owner
    auth = replies.authenticate_reply(
        message, owner_email=owner.email, forwarders=owner.forwarders, token_record=record, now=now
    )
    key_id = message.envelope_message_id or message.message_id or token_hash[:16]
    if not auth.ok:
        log.warning("approval reply refused reason=%s", auth.reason)
        if auth.tell_owner:
            store.add_notice(f"refused:{key_id}", f"A reply to an approval request was refused: {auth.reason}", now)
        return f"refused: {auth.reason}"
    assert record is not None
    drafts = draft_views(rt, store, record.followup_ids)
    command = replies.parse_reply(message, drafts=drafts)
    if command.kind == "unclear":
        store.add_notice(f"unclear:{key_id}", f"Your reply changed nothing: {command.reason}", now)
        return f"unclear: {command.reason}"
    by_number = {d.number: d for d in drafts}
    chosen = command.drafts or tuple(by_number)
    done: list[str] = []
    for number in chosen:
        draft = by_number.get(number)
        if draft is None:
            continue
        try:
            if command.kind == "approve":
                edited = command.edits.get(number)
                outbox.approve(rt, store, draft.followup_id, now, via="e-mail", body=edited)
                done.append(f"approved #{draft.followup_id}" + (" (edited)" if edited else ""))
            else:
                outbox.reject(store, draft.followup_id, now, via="e-mail")
                done.append(f"rejected #{draft.followup_id}")
        except InvalidTransition as exc:
            done.append(str(exc))
    for number in command.rejects:
        draft = by_number.get(number)
        if draft is not None:
            try:
                outbox.reject(store, draft.followup_id, now, via="e-mail")
                done.append(f"rejected #{draft.followup_id}")
            except InvalidTransition as exc:
                done.append(str(exc))
    store.use_token(token_hash, now)
    subject, body = replies.render_confirmation(command, drafts)
    store.add_notice(f"confirm:{key_id}", f"{subject}\n\n{body}", now)
    return "; ".join(done)


def housekeeping(rt: Runtime, store: Store, now: datetime) -> None:
    """Expire drafts nobody approved in time, and remind the owner of drafts due soon."""
    expire_after = rt.config.approval.expire_after.timedelta
    for fu in store.followups(S.awaiting_approval):
        if fu.id is None:
            continue
        created = fu.created_at or now
        late = now - fu.send_at > timedelta(seconds=fu.max_lateness_s)
        if now - created > expire_after or late:
            why = (
                f"not approved within {rt.config.approval.expire_after}"
                if not late
                else "not approved before its send time passed max_lateness"
            )
            try:
                store.transition(fu.id, S.expired, why, now, expect=S.awaiting_approval)
            except InvalidTransition:
                continue
            store.add_notice(f"expired:{fu.id}", f"Draft #{fu.id} ({fu.rule}, to {fu.recipient.email}) expired: {why}.", now)
        elif fu.send_at - now <= REMIND_BEFORE:
            store.add_notice(
                f"remind:{fu.id}",
                f"Reminder: draft #{fu.id} ({fu.rule}, to {fu.recipient.email}) is due at "
                f"{replies.format_time(fu.send_at, rt.config.owner.timezone)} and still needs your approval "
                f"(`followup approve {fu.id}` or reply APPROVE to its request).",
                now,
            )


def send_notices(rt: Runtime, store: Store, now: datetime, sender: Sender | None) -> int:
    """Mail queued notices to the owner (one message each); they stay queued if sending fails."""
    pending = store.unsent_notices()
    if not pending or sender is None:
        return 0
    address = rt.config.mailbox.address or rt.config.owner.email
    domain = address.rsplit("@", 1)[-1]
    count = 0
    for key, text in pending:
        first, _, rest = text.partition("\n\n")
        subject = first if rest else f"followup: {first[:70]}"
        body = rest if rest else text
        message_id = make_msgid("notice", domain=domain)
        try:
            message = build_message(
                subject=subject, body=body + "\n", from_addr=address, from_name="followup",
                to=(_owner_person(rt),), message_id=message_id, date=now,
            )  # fmt: skip
            sender.send(message.data, address, [rt.config.owner.email])
        except FollowupError as exc:
            log.warning("notice not sent; will try again key=%s error=%s", key, exc)
            break
        with store.transaction():
            store.mark_notice_sent(key, now)
            store.remember_own_message(message_id, "notice", now)
        count += 1
    return count
