"""Sending: the exact message of each approved follow-up, the dispatch job, the Sent copy, notices.

What a follow-up sends is the text stored with it (drafts.py renders it when planned), so that
what the owner approves is exactly what goes out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from followup import send
from followup.settings import resolve_secret
from followup.errors import FollowupError, InvalidTransition
from followup.timing import next_in_window
from followup.model import Application, FollowUp, FollowUpState, Interview, Person
from followup.drafts import answered, draft_text
from followup.render import RenderedMessage, build_message
from followup.runtime import Runtime
from followup.source import DEFAULT_SENT, Source, resolve_sent_folder
from followup.store import Store

log = logging.getLogger(__name__)

S = FollowUpState


def target_of(store: Store, fu: FollowUp) -> Interview | Application | None:
    """The interview or application a follow-up belongs to."""
    if fu.interview_id is not None:
        return store.interview(fu.interview_id)
    if fu.application_id is not None:
        return store.application(fu.application_id)
    return None


def message_for(rt: Runtime, store: Store, fu: FollowUp, now: datetime) -> RenderedMessage:
    """The exact message to send for an approved follow-up: its stored (approved) text."""
    target = target_of(store, fu)
    subject, body = fu.subject, fu.body
    if subject is None or body is None:
        subject, body = draft_text(rt, target, fu)
    original = answered(target, fu)
    template = rt.templates.get(fu.template)
    threaded = bool(template and template.thread)
    references: tuple[str, ...] = ()
    in_reply_to = None
    if threaded and original.message_id:
        # Tracking keeps thread ids without their angle brackets; a References entry needs them.
        thread = tuple(f"<{t.strip().strip('<>')}>" for t in (target.thread_ids if target is not None else ()))
        references = tuple(dict.fromkeys((*thread, original.message_id)))
        in_reply_to = original.message_id
    owner = rt.config.owner
    return build_message(
        subject=subject,
        body=body,
        from_addr=owner.email,
        from_name=owner.name,
        to=(fu.recipient, *fu.cc),
        message_id=fu.message_id,
        date=now,
        in_reply_to=in_reply_to,
        references=references,
    )


def make_sender(rt: Runtime) -> send.Sender | None:
    """The SMTP sender the config describes, or None without an smtp section."""
    smtp = rt.config.smtp
    if smtp is None:
        return None
    password = resolve_secret(smtp.password, "smtp.password") if smtp.password and smtp.auth == "password" else None
    from followup.oauth import smtp_tokens

    return send.SmtpSender(smtp, password, smtp_tokens(rt.config))


def sent_folder(rt: Runtime) -> str | None:
    """`smtp.save_sent_to`: the Sent folder (or `auto`), searched to settle an uncertain send."""
    return rt.config.smtp.save_sent_to if rt.config.smtp else None


class _SentFolder:
    """One IMAP connection to the Sent folder, opened on first use and kept for a batch.

    `configured` is `smtp.save_sent_to`: a name, `auto` (found on the server), or None.
    """

    def __init__(self, source_factory: Callable[[], Source] | None, configured: str | None) -> None:
        self.configured = configured
        self.folder: str | None = None
        self._factory = source_factory
        self._source: Source | None = None

    def _open(self) -> tuple[Source, str]:
        if self._factory is None or not self.configured:
            raise FollowupError("no Sent folder to look in (smtp.save_sent_to is null)")
        if self._source is None or self.folder is None:
            source = self._factory()
            try:
                source.connect()
                # The folder the copies go to: the server's own copy, or the one we appended.
                self.folder = resolve_sent_folder(source, self.configured)[0] or DEFAULT_SENT
            except FollowupError:
                source.close()
                raise
            self._source = source
        return self._source, self.folder

    def append(self, data: bytes, now: datetime) -> None:
        try:
            source, folder = self._open()
            source.append(folder, data, ["\\Seen"], now)
        except FollowupError:
            self.close()
            raise

    def has(self, message_id: str) -> bool:
        try:
            source, folder = self._open()
            return source.has_message_id(folder, message_id)
        except FollowupError:
            self.close()
            raise

    def close(self) -> None:
        if self._source is not None:
            self._source.close()
            self._source = None


def dispatch_due(
    rt: Runtime,
    store: Store,
    now: datetime,
    *,
    sender: send.Sender | None = None,
    source_factory: Callable[[], Source] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> send.DispatchReport:
    """Send every due, approved follow-up once, save each copy to Sent right after it was
    accepted, settle sends that may have gone out, and tell the owner of faults."""
    report = send.DispatchReport()
    sender = sender or make_sender(rt)
    if sender is None:
        return report
    assert rt.config.smtp is not None
    folder = _SentFolder(source_factory, sent_folder(rt))
    # Gmail and Microsoft 365 file what they accepted themselves (smtp.server_saves_sent).
    save = bool(rt.config.smtp.save_sent_to) and not rt.config.smtp.server_saves_sent

    def accepted(fu: FollowUp, message: RenderedMessage) -> None:
        store.remember_own_message(fu.message_id, "followup", now)
        if not save or source_factory is None:
            return
        try:
            folder.append(message.data, now)
        except FollowupError as exc:
            log.warning(
                "could not save a copy to the Sent folder folder=%s followup=%s error=%s", folder.folder, fu.id, exc
            )

    try:
        report = send.dispatch(
            store, sender, lambda fu: message_for(rt, store, fu, now), now,
            rt.config.smtp.max_per_day, should_stop=should_stop, on_accepted=accepted,
            zone=rt.config.owner.timezone,
        )  # fmt: skip
        uncertain = set(report.ids("uncertain"))
        if uncertain:
            settled = send.reconcile(store, folder.has, now, uncertain)
            _tell_unknown(store, settled, now)
            report.outcomes.extend(settled)
    finally:
        folder.close()
    for outcome in report.outcomes:
        if outcome.action not in ("failed", "expired"):
            continue
        fu = store.followup(outcome.followup_id)
        if fu is not None:
            store.add_notice(
                f"{outcome.action}:{fu.id}",
                f"Follow-up #{fu.id} ({fu.rule}, to {fu.recipient.email}) {outcome.action}: {outcome.detail}",
                now,
            )
    return report


def _tell_unknown(store: Store, outcomes: list[send.SendOutcome], now: datetime) -> None:
    for outcome in outcomes:
        if outcome.action == "unknown":
            fid = outcome.followup_id
            store.add_notice(
                f"unknown:{fid}",
                f"Follow-up #{fid} may or may not have gone out: {outcome.detail}. Look in your Sent "
                f"folder or ask the recipient, then run `followup mark-sent {fid}` if it went out, "
                f"or `followup resend {fid}` to send it again.",
                now,
            )


def reconcile_sending(
    store: Store, now: datetime, source_factory: Callable[[], Source] | None, folder_name: str | None
) -> list[send.SendOutcome]:
    """Settle follow-ups a crash left in `sending` from the Sent folder `folder_name` (see
    `sent_folder`), within this pass: `sent`, or `unknown` with a notice; never a resend.

    Notes left `unknown` are looked for again (`send.recheck_unknown`): a copy the server
    files late settles them as `sent`, with a notice that nothing is left to do.
    """
    sending = store.followups(S.sending)
    searchable = source_factory is not None and bool(folder_name)
    if not sending and not (searchable and any(send.recheckable(fu, now) for fu in store.followups(S.unknown))):
        return []
    folder = _SentFolder(source_factory, folder_name)
    try:
        outcomes = send.reconcile(store, folder.has, now) if sending else []
        just_settled = {o.followup_id for o in outcomes}
        late = send.recheck_unknown(store, folder.has, now, skip=just_settled) if searchable else []
    finally:
        folder.close()
    _tell_unknown(store, outcomes, now)
    for outcome in late:
        fid = outcome.followup_id
        store.add_notice(
            f"found:{fid}",
            f"Follow-up #{fid}, which may or may not have gone out, did go out: a copy turned up in the "
            "Sent folder. It is marked sent; nothing is left to do.",
            now,
        )
    return outcomes + late


def _unknown(store: Store, followup_id: int) -> FollowUp:
    fu = store.followup(followup_id)
    if fu is None:
        raise InvalidTransition(f"no follow-up {followup_id}; see `followup followups --state unknown` for the ids")
    if fu.state is not S.unknown:
        raise InvalidTransition(f"follow-up {followup_id} is {fu.state.value}, not unknown; nothing changed")
    return fu


def mark_sent(store: Store, followup_id: int, now: datetime) -> FollowUp:
    """The owner says an `unknown` note did go out; raise InvalidTransition otherwise."""
    _unknown(store, followup_id)
    return store.transition(followup_id, S.sent, "the owner says it went out", now, expect=S.unknown)


def resend(store: Store, followup_id: int, now: datetime) -> FollowUp:
    """The owner says an `unknown` note did not go out: approve it again, to go at once."""
    _unknown(store, followup_id)
    # Due now (so max_lateness counts from now) and past any backoff.
    return store.transition(
        followup_id, S.approved, "the owner says it did not go out: send it again", now, expect=S.unknown,
        send_at=now, next_attempt_at=None,
    )  # fmt: skip


def approve(rt: Runtime, store: Store, followup_id: int, now: datetime, *, via: str, body: str | None = None,
            subject: str | None = None) -> FollowUp:
    """Approve one draft (optionally with edited text, sent verbatim); raise InvalidTransition if it moved on."""
    fu = store.followup(followup_id)
    if fu is None:
        raise InvalidTransition(f"no follow-up {followup_id}; see `followup pending` for the ids")
    if fu.state is not S.awaiting_approval:
        raise InvalidTransition(
            f"follow-up {followup_id} is {fu.state.value}, not awaiting approval; nothing changed"
        )
    fields: dict[str, Any] = {}
    if body is not None:
        fields.update(body=body, edited=1)
    if subject is not None:
        fields.update(subject=subject, edited=1)
    if fu.send_at < now:
        # Approved after its time: it goes at the rule window's next opening (now, without a
        # window); dispatch still expires it if that is past max_lateness.
        fields["send_at"] = next_opening(rt, fu, now)
    return store.transition(followup_id, S.approved, f"approved by the owner ({via})", now,
                            expect=S.awaiting_approval, **fields)


def next_opening(rt: Runtime, fu: FollowUp, now: datetime) -> datetime:
    """The next opening of the window of `fu`'s rule (now, when the rule has none)."""
    rule = rt.rules.get(fu.rule)
    window = rt.rules.window_of(rule) if rule is not None else None
    return next_in_window(now, window, rt.config.owner.timezone) if window else now


def note_correction(store: Store, fu: FollowUp, text: str, now: datetime) -> None:
    """Write an owner's change to a follow-up into history, under its interview or application."""
    store.add_history("corrected", now, interview_id=fu.interview_id,
                      application_id=fu.application_id if fu.interview_id is None else None,
                      note=f"follow-up {fu.id}: {text}")  # fmt: skip


def reject(store: Store, followup_id: int, now: datetime, *, via: str) -> FollowUp:
    """Drop one draft; raise InvalidTransition if it already moved on."""
    fu = store.followup(followup_id)
    if fu is None:
        raise InvalidTransition(f"no follow-up {followup_id}; see `followup pending` for the ids")
    if fu.state not in (S.awaiting_approval, S.approved, S.unknown, S.failed):
        raise InvalidTransition(f"follow-up {followup_id} is {fu.state.value}; nothing changed")
    return store.transition(followup_id, S.rejected, f"rejected by the owner ({via})", now)


def revive(rt: Runtime, store: Store, followup_id: int, now: datetime, *, via: str) -> FollowUp:
    """Bring an expired draft back to awaiting approval; raise InvalidTransition unless it is expired.

    It is never approved by this: the owner approves it again, and a fresh request is mailed.
    A send time already past by more than max_lateness moves to the rule window's next opening
    (now, without a window), so that the draft does not expire again at once.
    """
    fu = store.followup(followup_id)
    if fu is None:
        raise InvalidTransition(f"no follow-up {followup_id}; see `followup followups --state expired` for the ids")
    if fu.state is not S.expired:
        raise InvalidTransition(f"follow-up {followup_id} is {fu.state.value}, not expired; nothing changed")
    fields: dict[str, Any] = {}
    if now - fu.send_at > timedelta(seconds=fu.max_lateness_s):
        fields["send_at"] = next_opening(rt, fu, now)
    with store.transaction():
        store.retire_tokens_for(followup_id, now)
        note_correction(store, fu, f"revived by the owner ({via})", now)
        return store.transition(
            followup_id, S.awaiting_approval, f"revived by the owner ({via})", now, expect=S.expired, **fields
        )


def person_label(person: Person) -> str:
    """`Name <address>` or the bare address."""
    return f"{person.name} <{person.email}>" if person.name else (person.email or "?")


__all__ = [
    "approve",
    "dispatch_due",
    "mark_sent",
    "message_for",
    "reconcile_sending",
    "reject",
    "resend",
    "revive",
    "sent_folder",
]
