"""The owner's corrections to what is tracked, from the CLI or an answer by e-mail.

Each correction is one transaction: the changed interview, application or follow-up, a
history line of kind `corrected` saying what changed and through which channel, and the
consequences: the rules plan again for a corrected interview (a newly known interviewer gets
their note, and the note that had fallen back to the recruiter for want of that address is
cancelled), a moved time re-times and re-renders the drafts, a cancellation cancels them.

Must not: decide which notes a rule plans (the planner does), or send anything. Refusals
(unknown id, a note already sent, an address nobody may write to) raise InvalidTransition
with one line saying what to do instead.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from email.utils import parseaddr

from followup import drafts, outbox
from followup.errors import InvalidTransition
from followup.addresses import domain_of
from followup.model import (
    Application,
    Event,
    EventKind,
    FollowUp,
    FollowUpState,
    Interview,
    InterviewTime,
    Original,
    Person,
    TrackState,
)
from followup.planner import PENDING, Trigger, check_recipient
from followup.runtime import Runtime
from followup.store import Store
from followup.trust import untrusted

log = logging.getLogger(__name__)

S = FollowUpState
# Corrections come from the owner, yet the notes they plan still wait for a yes.
OWNER_CORRECTION = untrusted("planned after a correction by the owner")


@dataclass(frozen=True)
class InterviewChange:
    """What the owner changes on an interview; None (or empty) leaves a field as it is."""

    add: tuple[Person, ...] = ()
    remove: tuple[str, ...] = ()  # addresses or names
    company: str | None = None
    role: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    state: TrackState | None = None
    contact: Person | None = None


def parse_person(text: str) -> Person:
    """'Jane Doe <jane@acme.example>' or a bare address → Person; raise InvalidTransition if unusable."""
    name, address = parseaddr(text.strip())
    if "@" not in address:
        raise InvalidTransition(f"{text!r} is not an address; write it as 'Jane Doe <jane@acme.example>'")
    return Person(name or None, address)


def _valid(rt: Runtime, person: Person) -> Person:
    checked, why = check_recipient(person, rt.owner)
    if checked is None:
        raise InvalidTransition(f"cannot use {person.email}: {why}")
    return checked


def _interview(store: Store, interview_id: int) -> Interview:
    iv = store.interview(interview_id)
    if iv is None:
        raise InvalidTransition(f"no interview {interview_id}; see `followup interviews` for the ids")
    return iv


def _with_people(rt: Runtime, iv: Interview, change: InterviewChange, what: list[str]) -> tuple[Person, ...]:
    people = list(iv.interviewers)
    for gone in change.remove:
        key = gone.strip().lower()
        kept = [p for p in people if key not in ((p.email or "").lower(), (p.name or "").lower())]
        if len(kept) == len(people):
            raise InvalidTransition(f"interview {iv.id} has no interviewer {gone!r}; see `followup interviews`")
        people = kept
        what.append(f"removed interviewer {gone}")
    for new in change.add:
        person = _valid(rt, new)
        email = (person.email or "").lower()
        same = [i for i, p in enumerate(people)
                if (p.email or "").lower() == email or (not p.email and p.name and p.name == person.name)]  # fmt: skip
        if same:
            # The address of someone named without one ("What is Samir's address?").
            old = people[same[0]]
            people[same[0]] = Person(old.name or person.name, person.email)
            what.append(f"address of {old.name or person.email}: {person.email}")
        else:
            people.append(person)
            what.append(f"added interviewer {outbox.person_label(person)}")
    return tuple(people)


def correct_interview(
    rt: Runtime, store: Store, interview_id: int, change: InterviewChange, now: datetime, *, via: str
) -> list[str]:
    """Apply one correction to an interview and plan again; return what changed, one phrase each."""
    from followup.pipeline import plan_for

    iv = _interview(store, interview_id)
    what: list[str] = []
    people = _with_people(rt, iv, change, what)
    new = replace(iv, interviewers=people)
    if change.contact is not None:
        contact = _valid(rt, change.contact)
        new = replace(new, contact=contact)
        what.append(f"contact: {outbox.person_label(contact)}")
    if change.company is not None and change.company != iv.company:
        new = replace(new, company=change.company)
        what.append(f"company: {change.company}")
    if change.role is not None and change.role != iv.role:
        new = replace(new, role=change.role)
        what.append(f"role: {change.role}")
    moved = False
    if change.start is not None:
        length = (iv.time.end - iv.time.start) if iv.time and iv.time.end else None
        end = change.end or (change.start + length if length else None)
        old = iv.time or InterviewTime(change.start)
        new = replace(new, time=replace(old, start=change.start, end=end))
        moved = iv.time is None or iv.time.start != change.start or iv.time.end != end
        what.append(f"time: {change.start.isoformat()}")
        if new.state is TrackState.done and change.start > now:
            new = replace(new, state=TrackState.scheduled)
    if change.state is not None and change.state != iv.state:
        new = replace(new, state=change.state)
        what.append(f"state: {change.state.value}")
    if not what:
        return []
    with store.transaction():
        teach(store, new.from_domain, company=change.company, contact=new.contact if change.contact else None, now=now)
        store.update_interview(new, now)
        store.add_history("corrected", now, interview_id=interview_id, note=f"{'; '.join(what)} (by the owner, {via})")
        if change.state is TrackState.cancelled:
            cancelled = Event(kind=EventKind.interview_cancelled, company=new.company, original=Original(date=now))
            plan_for(rt, store, cancelled, new, now, OWNER_CORRECTION)
        elif change.state is not TrackState.done:
            if moved or change.company is not None or change.role is not None or change.remove:
                drafts.refresh_drafts(rt, store, new, now, "you corrected the interview")
            _drop_notes_to_removed(store, new, change, now, via)
            plan_for(rt, store, Trigger("corrected"), new, now, OWNER_CORRECTION)
    log.info("interview corrected interview=%s via=%s changes=%s", interview_id, via, "; ".join(what))
    return what


def _drop_notes_to_removed(store: Store, iv: Interview, change: InterviewChange, now: datetime, via: str) -> None:
    gone = {g.strip().lower() for g in change.remove}
    if not gone:
        return
    for fu in store.followups(interview_id=iv.id):
        if fu.id is not None and fu.state in PENDING and (fu.recipient.email or "").lower() in gone:
            store.transition(fu.id, S.cancelled, f"its recipient was removed from the interview ({via})", now,
                             expect=fu.state)  # fmt: skip


def add_application(
    rt: Runtime, store: Store, company: str, role: str | None, contact: Person | None, now: datetime, *, via: str
) -> int:
    """Track an application the daemon never saw a mail for, and plan its notes; return its id."""
    from followup.pipeline import plan_for

    person = _valid(rt, contact) if contact is not None else None
    app = Application(id=None, company=company, role=role, received=now, contact=person,
                      from_domain=(person.email or "").rsplit("@", 1)[-1] if person else None)  # fmt: skip
    with store.transaction():
        teach(store, app.from_domain, company=company, contact=person, now=now)
        app_id = store.add_application(app, now)
        store.add_history("corrected", now, application_id=app_id, note=f"added by the owner ({via})")
        event = Event(kind=EventKind.application_received, company=company, role=role, contact=person,
                      original=Original(date=now))  # fmt: skip
        plan_for(rt, store, event, replace(app, id=app_id), now, OWNER_CORRECTION)
    return app_id


def correct_application(
    rt: Runtime,
    store: Store,
    app_id: int,
    now: datetime,
    *,
    via: str,
    company: str | None = None,
    role: str | None = None,
    contact: Person | None = None,
    close: bool = False,
) -> list[str]:
    """Edit or close an application; closing cancels its pending notes. Return what changed."""
    app = store.application(app_id)
    if app is None:
        raise InvalidTransition(f"no application {app_id}; see `followup applications` for the ids")
    what: list[str] = []
    new = app
    if company is not None and company != app.company:
        new = replace(new, company=company)
        what.append(f"company: {company}")
    if role is not None and role != app.role:
        new = replace(new, role=role)
        what.append(f"role: {role}")
    if contact is not None:
        person = _valid(rt, contact)
        new = replace(new, contact=person)
        what.append(f"contact: {outbox.person_label(person)}")
    if close and app.state is not TrackState.closed:
        new = replace(new, state=TrackState.closed)
        what.append("closed")
    if not what:
        return []
    with store.transaction():
        teach(store, new.from_domain, company=company, contact=new.contact if contact else None, now=now)
        store.update_application(new, now)
        store.add_history("corrected", now, application_id=app_id, note=f"{'; '.join(what)} (by the owner, {via})")
        if close:
            for fu in store.followups(application_id=app_id):
                if fu.id is not None and fu.state in PENDING:
                    store.transition(fu.id, S.cancelled, f"the application was closed by the owner ({via})", now,
                                     expect=fu.state)  # fmt: skip
        else:
            drafts.refresh_drafts(rt, store, new, now, "you corrected the application")
    return what


def teach(store: Store, domain: str | None, *, company: str | None, contact: Person | None, now: datetime) -> None:
    """Remember a company or contact the owner gave for a sender domain: later mail from it is
    read with them (hints.apply_hints). The contact's own domain counts, else the target's."""
    if contact is not None and contact.email:
        domain = domain_of(contact.email) or domain
        if domain:
            store.set_hint("domain", domain, "contact", outbox.person_label(contact), now)
    if company and domain:
        store.set_hint("domain", domain, "company", company, now)


def _pending_followup(store: Store, followup_id: int) -> FollowUp:
    fu = store.followup(followup_id)
    if fu is None:
        raise InvalidTransition(f"no follow-up {followup_id}; see `followup followups` for the ids")
    if fu.state not in PENDING:
        raise InvalidTransition(
            f"follow-up {followup_id} is {fu.state.value}: only a draft or an approved note can be changed"
            + ("; `followup revive` it first" if fu.state is S.expired else "")
        )
    return fu


def retime_followup(store: Store, followup_id: int, send_at: datetime, now: datetime, *, via: str) -> FollowUp:
    """Move a pending note to another send time (an approved one stays approved: its text is unchanged)."""
    fu = _pending_followup(store, followup_id)
    if send_at.tzinfo is None:
        raise InvalidTransition("the new time needs a UTC offset, e.g. 2026-12-09T09:00:00+01:00")
    if send_at < now:
        # A past time would send an approved note at the next pass: a typo in the year or the
        # month must not do that without a word.
        raise InvalidTransition(
            f"{send_at.isoformat()} is in the past, follow-up {followup_id} keeps its time; "
            "give a later time, with its UTC offset"
        )
    with store.transaction():
        store.update_followup(followup_id, now, send_at=send_at)
        outbox.note_correction(store, fu, f"send time moved to {send_at.isoformat()} (by the owner, {via})", now)
    updated = store.followup(followup_id)
    assert updated is not None
    return updated


def snooze_followup(store: Store, followup_id: int, delay: timedelta, now: datetime, *, via: str) -> FollowUp:
    """Put a pending note off by `delay` from its send time (or from now, when that is past)."""
    fu = _pending_followup(store, followup_id)
    return retime_followup(store, followup_id, max(fu.send_at, now) + delay, now, via=via)


def redirect_followup(
    rt: Runtime, store: Store, followup_id: int, to: Person, now: datetime, *, via: str
) -> FollowUp:
    """Send a pending note to someone else: re-rendered for them, and back to awaiting approval."""
    fu = _pending_followup(store, followup_id)
    person = _valid(rt, to)
    fresh = drafts.with_text(rt, outbox.target_of(store, fu), replace(fu, recipient=person))
    cause = f"redirected to {outbox.person_label(person)} by the owner ({via}); approve it again"
    siblings = store.followups(interview_id=fu.interview_id) if fu.interview_id else store.followups(
        application_id=fu.application_id
    )
    if any(o.id != fu.id and o.rule == fu.rule and o.recipient.email == person.email for o in siblings):
        raise InvalidTransition(
            f"{person.email} already has a note of rule '{fu.rule}' for this; see `followup followups`"
        )
    with store.transaction():
        store.retire_tokens_for(followup_id, now)
        done = store.transition(
            followup_id, S.awaiting_approval, cause, now, expect=fu.state,
            recipient_name=person.name, recipient_email=person.email,
            subject=fresh.subject, body=fresh.body, edited=0,
        )  # fmt: skip
        outbox.note_correction(store, fu, cause, now)
    return done
