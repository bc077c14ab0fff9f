"""Approval by e-mail, reminders, expiry and the notices the owner receives.

The daemon mails the owner one request per interview (or application) listing its drafts;
the request's Message-ID and subject carry a fresh token whose hash alone is stored. A reply
acts only after `authenticate.authenticate_reply` accepts it (owner or trusted forwarder, live
token, not older than the request, no DKIM/SPF failure). Everything the owner must be told
(confirmations, refusals, failures, expiries) is queued as a notice inside the transaction
that caused it and mailed afterwards, so that no network call happens inside a commit.
A reply to a request whose drafts were re-rendered since it was mailed changes nothing: the
request is retired and a fresh one goes out, so nobody approves text they never saw.

It must not read replies itself (the wording and parsing live in request.py and reply.py),
nor send or move follow-ups except through outbox.approve / outbox.reject and expiry.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from email.utils import make_msgid
from zoneinfo import ZoneInfo

from followup import outbox, report
from followup.approval.authenticate import authenticate_reply
from followup.approval.confirmation import render_confirmation
from followup.approval.reply import ReplyCommand, parse_reply
from followup.approval.request import DraftView, format_time, render_request
from followup.approval.states import REMIND_BEFORE as REMIND_BEFORE  # the tests and docs name it here
from followup.approval.states import reminder_at
from followup.approval.windows import draft_window
from followup.approval.tokens import TokenRecord, find_token, hash_token, new_token, request_message_id
from followup.errors import FollowupError, InvalidTransition
from followup.model import FollowUp, FollowUpState, Message, Person
from followup.render import build_message
from followup.runtime import Runtime
from followup.send import Sender
from followup.store import Store

log = logging.getLogger(__name__)

S = FollowUpState
# A request numbers its drafts 1..n for the owner to type; keep n small enough to read.
MAX_DRAFTS_PER_REQUEST = 20


def _label(store: Store, fu: FollowUp) -> str:
    target = outbox.target_of(store, fu)
    company = target.company if target is not None else None
    role = target.role if target is not None else None
    return " - ".join(x for x in (company, role) if x) or "your job search"


def draft_views(rt: Runtime, store: Store, ids: Sequence[int]) -> list[DraftView]:
    """The numbered drafts of a request, in the order the request shows them."""
    views = []
    for number, fid in enumerate(ids, start=1):
        fu = store.followup(fid)
        if fu is None:
            continue
        views.append(
            DraftView(
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
    """Mail one approval request per interview/application with drafts not yet requested.

    The token and the request's Message-ID are stored before the request is handed to the
    server, so that a crash right after sending cannot leave the owner a request whose replies
    are refused; if sending fails the token is retired at once and the drafts are asked about
    again on the next pass.
    """
    if "email" not in rt.config.approval_via:
        return 0
    address = rt.config.mailbox.address or rt.config.owner.email
    domain = address.rsplit("@", 1)[-1]
    already = store.requested_followup_ids()
    groups: dict[tuple[int | None, int | None], list[FollowUp]] = {}
    for fu in store.followups(S.awaiting_approval):
        if fu.id is None or fu.id in already:
            continue
        if fu.body is None:
            # A draft that cannot be rendered cannot be shown; the owner must hear of it anyway.
            store.add_notice(
                f"unrenderable:{fu.id}",
                f"followup: draft #{fu.id} cannot be shown\n\n"
                f"Draft #{fu.id} ({fu.rule}, to {outbox.person_label(fu.recipient)}) cannot be rendered: "
                f"{fu.last_error or 'no text'}. Fix the template and run `followup check`, or "
                f"`followup reject {fu.id}`.\n",
                now,
            )
            continue
        groups.setdefault((fu.interview_id, fu.application_id), []).append(fu)
    budget = mails_left_today(rt, store, now)
    if groups and budget <= 0:
        log.warning("approval requests wait for tomorrow: approval.max_mails_per_day reached drafts=%d",
                    sum(len(g) for g in groups.values()))  # fmt: skip
        return 0
    batches = _batches(groups, budget)
    sent = 0
    for interview_id, fus in batches[:budget]:
        ids = [fu.id for fu in fus if fu.id is not None]
        token = new_token()
        token_hash = hash_token(token)
        message_id = request_message_id(token, domain)
        try:
            subject, body = render_request(
                draft_views(rt, store, ids),
                token=token,
                interview_label=_label(store, fus[0]) if _one_target(fus) else _several(fus),
                owner_name=rt.config.owner.name,
                why_waiting=_why_waiting(rt, fus),
            )
            message = build_message(
                subject=subject, body=body, from_addr=address, from_name="followup",
                to=(_owner_person(rt),), message_id=message_id, date=now,
            )  # fmt: skip
        except (FollowupError, ValueError) as exc:
            log.error("approval request cannot be built followups=%s error=%s", ",".join(map(str, ids)), exc)
            continue
        # Durable before the request leaves: a power cut must not forget a token the owner holds.
        with store.transaction(durable=True):
            store.add_token(token_hash, ids, now, interview_id=interview_id, request_message_id=message_id)
            store.remember_own_message(message_id, "approval request", now)
        try:
            sender.send(message.data, address, [rt.config.owner.email])
        except FollowupError as exc:
            store.use_token(token_hash, now)
            log.warning("approval request not sent; will try again error=%s", exc)
            continue
        log.info("approval request sent followups=%s", ",".join(map(str, ids)))
        count_mail(rt, store, now)
        sent += 1
    return sent


# Past this many interviews waiting at once, requests stop being one per interview: many
# invitations at once (a flood, or a stranger's) make a few mails, not one each.
MERGE_OVER_GROUPS = 3


def _batches(
    groups: dict[tuple[int | None, int | None], list[FollowUp]], budget: int
) -> list[tuple[int | None, list[FollowUp]]]:
    ordered = sorted(groups.items(), key=lambda kv: min(f.id or 0 for f in kv[1]))
    batches: list[tuple[int | None, list[FollowUp]]] = []
    if len(ordered) <= min(MERGE_OVER_GROUPS, budget):
        for (interview_id, _), fus in ordered:
            for start in range(0, len(fus), MAX_DRAFTS_PER_REQUEST):
                batches.append((interview_id, fus[start : start + MAX_DRAFTS_PER_REQUEST]))
        return batches
    every = [fu for _, fus in ordered for fu in fus]
    for start in range(0, len(every), MAX_DRAFTS_PER_REQUEST):
        chunk = every[start : start + MAX_DRAFTS_PER_REQUEST]
        interviews = {fu.interview_id for fu in chunk}
        batches.append((interviews.pop() if len(interviews) == 1 else None, chunk))
    return batches


def _several(fus: list[FollowUp]) -> str:
    """What a merged request is for: the subject already counts the drafts."""
    return f"{_targets(fus)} interviews and applications"


def _targets(fus: list[FollowUp]) -> int:
    return len({(fu.interview_id, fu.application_id) for fu in fus})


def _one_target(fus: list[FollowUp]) -> bool:
    return _targets(fus) == 1


def _mail_counter(rt: Runtime, now: datetime) -> str:
    return "owner_mails:" + now.astimezone(ZoneInfo(rt.config.owner.timezone)).date().isoformat()


def mails_left_today(rt: Runtime, store: Store, now: datetime) -> int:
    """How many more requests and notices may be mailed to the owner today (approval.max_mails_per_day)."""
    return rt.config.approval.max_mails_per_day - int(store.get_setting(_mail_counter(rt, now), "0") or 0)


def count_mail(rt: Runtime, store: Store, now: datetime) -> None:
    """Count one mail to the owner against today's budget."""
    key = _mail_counter(rt, now)
    store.set_setting(key, str(int(store.get_setting(key, "0") or 0) + 1))


def _owner_person(rt: Runtime) -> Person:
    return Person(rt.config.owner.name, rt.config.owner.email)


def handle_reply(rt: Runtime, store: Store, message: Message, now: datetime) -> str | None:
    """Act on an approval reply; None when the message is not one (it goes on to detection)."""
    token = find_token(message)
    if token is None:
        return None
    token_hash = hash_token(token)
    stored = store.token(token_hash)
    record = None
    if stored is not None:
        record = TokenRecord(
            token_hash=token_hash,
            interview_id=stored["interview_id"],
            followup_ids=stored["followup_ids"],
            created_at=stored["created_at"],
            used_at=stored["used_at"],
            live=stored["live"],
        )
    owner = rt.config.owner
    auth = authenticate_reply(
        message, owner_email=owner.email, forwarders=owner.forwarders, token_record=record, now=now
    )
    key_id = message.envelope_message_id or message.message_id or token_hash[:16]
    if not auth.ok:
        log.warning("approval reply refused reason=%s", auth.reason)
        if auth.tell_owner:
            # Told once per reason, not once per message: a forger (or a client that re-sends)
            # must not be able to flood the owner with notices. The reason names the sender.
            sender = message.envelope_sender.email if message.envelope_sender else None
            about = token_hash if record is not None else f"unknown token from {sender}"
            key = hashlib.sha256(f"{about}\0{auth.reason}".encode()).hexdigest()[:24]
            store.add_notice(
                f"refused:{key}",
                "followup: a reply was refused; nothing changed\n\n"
                f"A reply to an approval request was {auth.reason}. Nothing was changed.\n",
                now,
            )
        return f"refused: {auth.reason}"
    assert record is not None
    stale = _changed_since(store, record.followup_ids, record.created_at)
    if stale:
        # The owner answered text they no longer have: the drafts were re-rendered (the
        # interview moved, a question was added) after the request went out. Approving would
        # send words they never saw, and a quoted old block would even pass for an edit. Retire
        # this request; the next pass mails a fresh one with the current text.
        store.use_token(token_hash, now)
        numbers = ("draft " if len(stale) == 1 else "drafts ") + ", ".join(str(n) for n in stale)
        log.warning("approval reply to a stale request refused changed=%s", numbers)
        store.add_notice(
            f"stale:{key_id}",
            "followup: your reply changed nothing; a new request follows\n\n"
            f"{numbers.capitalize()} changed after this request was mailed (the interview moved or its text was "
            "updated), so your reply changed nothing. A new request with the current text follows; "
            "answer that one.\n",
            now,
        )
        return f"stale: {numbers} changed since the request"
    drafts = draft_views(rt, store, record.followup_ids)
    command = parse_reply(message, drafts=drafts)
    if command.kind == "unclear":
        subject, body = render_confirmation(command, drafts)
        store.add_notice(f"unclear:{key_id}", f"{subject}\n\n{body}", now)
        return f"unclear: {command.reason}"
    by_number = {d.number: d for d in drafts}
    chosen = command.drafts or tuple(by_number)
    done: list[str] = []
    moved: dict[int, str] = {}  # draft number -> why nothing changed for it

    def act(number: int, kind: str) -> None:
        draft = by_number.get(number)
        if draft is None:
            return
        try:
            if kind == "approve":
                edited = command.edits.get(number)
                outbox.approve(rt, store, draft.followup_id, now, via="e-mail", body=edited)
                done.append(f"approved #{draft.followup_id}" + (" (edited)" if edited else ""))
            else:
                outbox.reject(store, draft.followup_id, now, via="e-mail")
                done.append(f"rejected #{draft.followup_id}")
        except InvalidTransition as exc:
            moved[number] = str(exc)
            done.append(str(exc))

    for number in chosen:
        act(number, command.kind)
    for number in command.rejects:
        act(number, "reject")
    store.use_token(token_hash, now)
    store.add_notice(f"confirm:{key_id}", _confirmation(rt, store, command, record.followup_ids, moved), now)
    return "; ".join(done)


def _changed_since(store: Store, ids: Sequence[int], since: datetime) -> list[int]:
    """The request numbers of drafts still awaiting approval whose row changed after `since`."""
    changed = []
    for number, fid in enumerate(ids, start=1):
        row = store.followup_row(fid)
        if row is None or row["state"] != S.awaiting_approval.value or not row["updated_at"]:
            continue
        if datetime.fromisoformat(row["updated_at"]) > since:
            changed.append(number)
    return changed


def _confirmation(
    rt: Runtime, store: Store, command: ReplyCommand, ids: Sequence[int], moved: dict[int, str]
) -> str:
    """The confirmation notice: what was understood and what now goes when (read back from the store).

    Built from the drafts as they are after acting, so that a late approval shows its new send
    time, and a draft that had already moved on (cancelled, rejected, expired) is not said to go.
    """
    views = draft_views(rt, store, ids)
    acted = [v for v in views if v.number not in moved]
    subject, body = render_confirmation(command, acted)
    if not acted:
        subject = "followup: nothing changed"
    extra = []
    for view in views:
        if view.number in moved:
            recipients = ", ".join(outbox.person_label(p) for p in view.to)
            fu = store.followup(view.followup_id)
            state = fu.state.value if fu is not None else "gone"
            extra.append(f"Draft {view.number} to {recipients}: not changed, it is already {state}.")
    if extra:
        body = body.rstrip("\n") + "\n" + "\n".join(extra) + "\n"
    return f"{subject}\n\n{body}"


# Where housekeeping cut short stopped: the id of the last draft it examined (the store's settings).
HOUSEKEEPING_AFTER = "housekeeping_after"


def housekeeping(
    rt: Runtime, store: Store, now: datetime, should_stop: Callable[[], bool] = lambda: False
) -> bool:
    """Expire drafts nobody approved in time, and remind the owner once before a draft's deadline.

    `should_stop` is asked before each draft (new mail waits, the pass is over its budget); the
    return is False when it cut the work short. The next call then goes on after the last draft
    examined, so every draft has its turn however often passes are cut short.

    A draft expires at the later of `approval.expire_after` after it started waiting and its
    send time (so one due weeks away never expires long before it is due), or once its send
    time is past by more than its max_lateness. The reminder comes REMIND_BEFORE the earlier of
    its send time and its expiry, unless it started waiting only that close to it (the request
    itself is the reminder then).
    """
    zone = rt.config.owner.timezone
    drafts = store.followups(S.awaiting_approval)
    after = int(store.get_setting(HOUSEKEEPING_AFTER) or 0)
    if after:
        drafts = [f for f in drafts if (f.id or 0) > after] + [f for f in drafts if (f.id or 0) <= after]
    for fu in drafts:
        if fu.id is None:
            continue
        if should_stop():
            store.set_setting(HOUSEKEEPING_AFTER, str(after))
            return False
        after = fu.id
        window = draft_window(rt, store, fu, now)
        since, expires_at = window.request_at, window.expires_at
        late = now - fu.send_at > timedelta(seconds=fu.max_lateness_s)
        if now >= expires_at or late:
            if late:
                why = "not approved before its send time passed max_lateness"
            elif now >= fu.send_at and fu.send_at >= since:
                why = "not approved by its send time"
            else:
                why = f"not approved within {rt.config.approval.expire_after}"
            try:
                store.transition(fu.id, S.expired, why, now, expect=S.awaiting_approval)
            except InvalidTransition:
                continue
            log.info("draft expired followup=%s rule=%s", fu.id, fu.rule)
            store.add_notice(
                f"expired:{fu.id}",
                f"followup: draft #{fu.id} expired\n\n"
                f"Draft #{fu.id} ({fu.rule}, to {outbox.person_label(fu.recipient)}) expired: {why}. "
                f"It will not be sent unless you revive it: `followup revive {fu.id}`.\n",
                now,
            )
            continue
        deadline = min(fu.send_at, expires_at)
        remind = reminder_at(window, fu.send_at)
        if remind is not None and now >= remind:
            what = "is due" if fu.send_at <= expires_at else "expires"
            how = "reply APPROVE to its request, or run" if "email" in rt.config.approval_via else "run"
            store.add_notice(
                f"remind:{fu.id}",
                f"followup: reminder, draft #{fu.id} still needs your approval\n\n"
                f"Draft #{fu.id} ({fu.rule}, to {outbox.person_label(fu.recipient)}) {what} at "
                f"{format_time(deadline, zone)} and still needs your approval: {how} "
                f"`followup approve {fu.id}`.\n",
                now,
            )
    if store.get_setting(HOUSEKEEPING_AFTER):
        store.set_setting(HOUSEKEEPING_AFTER, "")
    return True


def send_notices(rt: Runtime, store: Store, now: datetime, sender: Sender | None) -> int:
    """Mail queued notices to the owner (one message each); they stay queued if sending fails."""
    pending = store.unsent_notices()
    if not pending or sender is None:
        return 0
    left = mails_left_today(rt, store, now)
    if left <= 0:
        log.warning("notices wait for tomorrow: approval.max_mails_per_day reached notices=%d", len(pending))
        return 0
    address = rt.config.mailbox.address or rt.config.owner.email
    domain = address.rsplit("@", 1)[-1]
    if len(pending) > min(DIGEST_OVER_NOTICES, left):
        # Many at once: one mail that lists them, not a mail each.
        pending = [_digest(pending[:MAX_NOTICES_PER_MAIL])]
    count = 0
    for key, text in pending:
        first, _, rest = text.partition("\n\n")
        # A header must be one line (RFC 5322 §2.2); a notice without a subject line gets one.
        subject = " ".join(first.split()) if rest else "followup: " + " ".join(text.split())[:70]
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
            for one in key.split(_DIGEST_SEP):
                store.mark_notice_sent(one, now)
            store.remember_own_message(message_id, "notice", now)
            count_mail(rt, store, now)
        count += 1
    return count


MAX_NOTICES_PER_MAIL = 50
DIGEST_OVER_NOTICES = 10
_DIGEST_SEP = "\x1f"


def _digest(notices: list[tuple[str, str]]) -> tuple[str, str]:
    """Several notices as one mail: (their keys joined, the text with a subject line)."""
    parts = []
    for _, text in notices:
        first, _, rest = text.partition("\n\n")
        parts.append(f"* {' '.join(first.split())}\n{rest.strip()}" if rest else f"* {text.strip()}")
    subject = f"followup: {len(notices)} things to know"
    return _DIGEST_SEP.join(k for k, _ in notices), subject + "\n\n" + "\n\n".join(parts)


def daily_summary(rt: Runtime, store: Store, now: datetime) -> bool:
    """Queue the day's summary for the owner once, at `approval.daily_summary`; True if queued."""
    from followup.review import needs_you, what_happened

    at = rt.config.approval.daily_summary
    if not at:
        return False
    zone = ZoneInfo(rt.config.owner.timezone)
    local = now.astimezone(zone)
    if local.strftime("%H:%M") < at:
        return False
    day = local.date().isoformat()
    if store.get_setting("last_summary") == day:
        return False
    waiting = store.followups(S.awaiting_approval)
    sent = [fu for fu, when in store.sent_followups() if now - when <= timedelta(days=1)]
    attention = needs_you(rt, store, now)
    soon = [
        iv for iv in store.interviews("scheduled")
        if iv.time is not None and now <= iv.time.start <= now + timedelta(days=7)
    ]
    lines = [f"followup: your day, {local:%A %d %B}", ""]
    lines.append(f"{report.count(len(waiting), 'draft')} {'awaits' if len(waiting) == 1 else 'await'} your approval"
                 + (":" if waiting else "."))
    lines += [f"  #{fu.id} {fu.rule} to {outbox.person_label(fu.recipient)}, due "
              f"{format_time(fu.send_at, rt.config.owner.timezone)}" for fu in waiting]
    lines.append(f"{report.count(len(sent), 'note')} sent in the last 24 hours" + (":" if sent else "."))
    lines += [f"  #{fu.id} {fu.rule} to {outbox.person_label(fu.recipient)}" for fu in sent]
    if attention:
        lines.append("Needs you:")
        lines += [f"  {item.line()}" for item in attention]
    happened = what_happened(store, now - timedelta(days=1))
    if happened:
        lines.append("What happened in the last 24 hours:")
        lines += [f"  {line}" for line in happened]
    lines.append(f"{report.count(len(soon), 'interview')} in the next 7 days" + (":" if soon else "."))
    lines += [f"  {report.title(iv.company, iv.role)}, "
              f"{format_time(iv.time.start, rt.config.owner.timezone)}" for iv in soon if iv.time]
    subject, body = lines[0], "\n".join(lines[2:])
    with store.transaction():
        store.add_notice(f"summary:{day}", f"{subject}\n\n{body}\n", now)
        store.set_setting("last_summary", day)
    return True
