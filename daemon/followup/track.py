"""Pure tracking: (tracked state, Event, message facts) → changes to interviews and applications.

Owns: deduplication of interviews (calendar UID with RFC 5545 SEQUENCE, thread Message-IDs,
company plus start time), reschedules, endings (cancellation, rejection, offer), linking an
application to a later interview at the same company, noticing a company's reply by thread
headers (RFC 5322 §3.6.4 In-Reply-To / References) or by sender, and reading the return date
from an out-of-office auto-reply.

Must not: touch the store (the caller passes the candidate interviews and applications it
found and persists the returned `TrackChange`s), read the clock, or plan follow-ups.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, UTC
from email.utils import parseaddr


from followup.addresses import domain_of
from followup.company_names import company_key
from followup.model import (
    Application,
    Event,
    EventKind,
    Interview,
    InterviewTime,
    Message,
    Person,
    TrackState,
)

# Two sightings of one interview (a calendar invite and a confirmation mail) may disagree a
# little about the start; more than this and they are two interviews.
SAME_TIME_TOLERANCE = timedelta(minutes=15)
# An interview with no end time is over this long after its start.
DEFAULT_LENGTH = timedelta(hours=1)
ACTIVE = (TrackState.scheduled, TrackState.done)
_ENDING = {
    EventKind.interview_cancelled: TrackState.cancelled,
    EventKind.rejection: TrackState.rejected,
    EventKind.offer: TrackState.offer,
}
# Scheduling mail is about the calendar, not an answer to our notes: it never counts as a reply.
_REPLY_KINDS = (EventKind.none, EventKind.rejection, EventKind.offer)


class ChangeKind(enum.StrEnum):
    """What the store must do with one TrackChange."""

    create_interview = "create_interview"
    update_interview = "update_interview"
    end_interview = "end_interview"
    create_application = "create_application"
    link_application = "link_application"
    end_application = "end_application"
    noticed_reply = "noticed_reply"
    defer = "defer"
    nothing = "nothing"


@dataclass(frozen=True)
class SentRef:
    """A follow-up we sent (its fixed Message-ID) and what it was about."""

    message_id: str
    interview_id: int | None = None
    application_id: int | None = None


@dataclass(frozen=True)
class Tracked:
    """The candidates the store found for one message.

    Passing every tracked interview and application is always correct; the store may narrow
    them to those at the event's company, with its calendar UID, in the message's thread, or
    with the sender as contact or interviewer. `sent` lists our sent follow-ups whose
    Message-ID appears in the message's In-Reply-To or References (or simply all of them).
    """

    interviews: tuple[Interview, ...] = ()
    applications: tuple[Application, ...] = ()
    sent: tuple[SentRef, ...] = ()
    owner_addresses: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MessageFacts:
    """The few facts about a message that tracking needs (its original, when forwarded)."""

    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    sender: str | None = None
    date: datetime | None = None
    is_auto_reply: bool = False
    text: str = ""
    trusted: bool = False

    @classmethod
    def from_message(cls, message: Message, *, trusted: bool = False) -> MessageFacts:
        """Take the facts from a parsed Message; `trusted` says it came via a trusted path."""
        return cls(
            message_id=message.message_id,
            in_reply_to=message.in_reply_to,
            references=message.references,
            sender=message.sender.email if message.sender else None,
            date=message.date,
            # Any machine-sent mail (RFC 3834 Auto-Submitted other than "no") is not a human reply.
            is_auto_reply=message.is_auto_reply or (message.auto_submitted or "no") != "no",
            text=message.text[:20000],
            trusted=trusted,
        )


@dataclass(frozen=True)
class TrackChange:
    """One change to persist, with the reason to record in the history.

    - create_interview / create_application: `interview` / `application` is the new value
      (id None); a new interview may already carry `application_id` (linked).
    - update_interview: `interview` is the merged value; `moved` is True when its time changed,
      so that its follow-ups must be re-timed.
    - end_interview / end_application: the value with its final `state`.
    - link_application: `interview` with `application_id` set.
    - noticed_reply: `person` replied at `at`, about `interview_id` / `application_id`.
    - defer: `person` is away until `until`; their pending follow-ups move after it.
    - nothing: a duplicate, a stale update, or nothing to track; `reason` says which.
    """

    kind: ChangeKind
    reason: str
    interview: Interview | None = None
    application: Application | None = None
    moved: bool = False
    person: str | None = None
    at: datetime | None = None
    until: datetime | None = None
    interview_id: int | None = None
    application_id: int | None = None


def normalize_id(value: str | None) -> str:
    """A Message-ID without angle brackets and surrounding space, for comparison."""
    return (value or "").strip().strip("<>").strip()


def normalize_company(name: str | None) -> str:
    """A company name for comparison: case-folded, spaces collapsed, legal suffix dropped."""
    return company_key(name)


def _domain(sender: str | None) -> str | None:
    """The domain of a formatted sender ('Name <a@b>'), or None."""
    return domain_of(parseaddr(sender or "")[1]) or None


def _ids(*values: str | None) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        norm = normalize_id(value)
        if norm and norm not in out:
            out.append(norm)
    return tuple(out)


def _message_ids(event: Event, facts: MessageFacts) -> tuple[str, ...]:
    """Every Message-ID that ties this message to a conversation."""
    return _ids(event.original.message_id, facts.message_id, facts.in_reply_to, *facts.references)


def _addresses(people: tuple[Person, ...] | list[Person]) -> set[str]:
    return {p.email.lower() for p in people if p.email}


def _people_of(iv: Interview) -> set[str]:
    return _addresses([*iv.interviewers, *([iv.contact] if iv.contact else [])])


def _merge_people(old: tuple[Person, ...], new: tuple[Person, ...]) -> tuple[Person, ...]:
    seen = _addresses(old)
    return old + tuple(p for p in new if not p.email or p.email.lower() not in seen)


def same_company(a: str | None, b: str | None) -> bool:
    """Same company, allowing a shorter form of the name ("Northwind" for "Northwind Labs")."""
    x, y = normalize_company(a), normalize_company(b)
    if not x or not y:
        return False
    short, long = sorted((x, y), key=len)
    return x == y or long.startswith(short + " ")


def _by_id(items: list[Interview]) -> list[Interview]:
    return sorted(items, key=lambda iv: (iv.id is None, iv.id or 0))


def _match_interviews(state: Tracked, event: Event, ids: tuple[str, ...]) -> tuple[list[Interview], str]:
    """Find the tracked interview(s) this event is about: by UID, thread, then company + time."""
    uid = event.calendar.uid if event.calendar else None
    if uid:
        found = [iv for iv in state.interviews if iv.calendar_uid == uid]
        if found:
            return _by_id(found), f"same calendar UID {uid}"
    wanted = set(ids)
    found = [iv for iv in state.interviews if wanted & {normalize_id(t) for t in iv.thread_ids}]
    if found:
        return _by_id(found), "same thread"
    if event.interview is not None:
        start = event.interview.start
        found = [
            iv
            for iv in state.interviews
            if iv.state in ACTIVE
            and iv.time is not None
            and same_company(iv.company, event.company)
            and abs(iv.time.start - start) <= SAME_TIME_TOLERANCE
        ]
        if found:
            return _by_id(found), "same company and start time"
    return [], ""


def _company_active(state: Tracked, company: str | None) -> list[Interview]:
    return _by_id([iv for iv in state.interviews if iv.state in ACTIVE and same_company(iv.company, company)])


def _open_application(state: Tracked, event: Event) -> Application | None:
    """The open application an interview at this company belongs to (same role preferred)."""
    apps = [a for a in state.applications if a.state is TrackState.open and same_company(a.company, event.company)]
    if not apps:
        return None
    role = (event.role or "").casefold()
    same_role = [a for a in apps if role and (a.role or "").casefold() == role]
    pool = same_role or apps
    return max(pool, key=lambda a: (a.received, a.id or 0))


def _new_interview(event: Event, facts: MessageFacts, ids: tuple[str, ...], app: Application | None) -> Interview:
    return Interview(
        id=None,
        company=event.company,
        role=event.role,
        time=event.interview,
        interviewers=event.interviewers,
        contact=event.contact,
        thread_ids=ids,
        calendar_uid=event.calendar.uid if event.calendar else None,
        calendar_sequence=event.calendar.sequence if event.calendar else 0,
        state=TrackState.scheduled,
        application_id=app.id if app else None,
        original=event.original,
        from_domain=_domain(event.original.sender) or _domain(facts.sender),
        trusted=facts.trusted,
    )


def _times_differ(a: InterviewTime | None, b: InterviewTime | None) -> bool:
    if a is None or b is None:
        return a is not b
    def moved(x: datetime, y: datetime) -> bool:
        # In UTC: an ambiguous local time never equals one in another zone (PEP 495).
        return x.astimezone(UTC) != y.astimezone(UTC)

    return moved(a.start, b.start) or (a.end is not None and b.end is not None and moved(a.end, b.end))


def _merge(iv: Interview, event: Event, ids: tuple[str, ...], *, move: bool) -> Interview:
    """Fold an event into a tracked interview; the time changes only when `move`."""
    time_ = iv.time
    if (move and event.interview is not None) or time_ is None:
        time_ = event.interview
    seq = max(iv.calendar_sequence, event.calendar.sequence if event.calendar else 0)
    return replace(
        iv,
        company=iv.company or event.company,
        role=iv.role or event.role,
        time=time_,
        interviewers=_merge_people(iv.interviewers, event.interviewers),
        contact=iv.contact or event.contact,
        thread_ids=tuple(iv.thread_ids) + tuple(i for i in ids if i not in {normalize_id(t) for t in iv.thread_ids}),
        calendar_uid=iv.calendar_uid or (event.calendar.uid if event.calendar else None),
        calendar_sequence=seq,
        state=TrackState.scheduled if move or iv.state in ACTIVE else iv.state,
    )


def _schedule(state: Tracked, event: Event, facts: MessageFacts, ids: tuple[str, ...]) -> list[TrackChange]:
    """interview_scheduled / interview_rescheduled: create, move, or recognise a duplicate."""
    matched, how = _match_interviews(state, event, ids)
    if not matched and event.kind is EventKind.interview_rescheduled and event.calendar is None:
        # A reschedule by plain mail names no UID and a new time: the company's one active
        # interview is the one that moves.
        active = _company_active(state, event.company)
        if len(active) == 1:
            matched, how = active, "the company's only active interview"
    if not matched:
        if event.interview is None:
            return [TrackChange(ChangeKind.nothing, f"{event.kind.value} without a time: nothing to track")]
        app = _open_application(state, event)
        why = "new interview" if event.kind is EventKind.interview_scheduled else "reschedule of an untracked interview"
        changes = [
            TrackChange(
                ChangeKind.create_interview,
                why + (f", linked to application {app.id}" if app else ""),
                interview=_new_interview(event, facts, ids, app),
                application_id=app.id if app else None,
            )
        ]
        return changes
    iv = matched[0]
    seq = event.calendar.sequence if event.calendar else None
    if how.startswith("same calendar UID") and seq is not None and seq < iv.calendar_sequence:
        # RFC 5545 §3.8.7.4: a lower SEQUENCE is an older version of the event.
        return [
            TrackChange(
                ChangeKind.nothing,
                f"stale update of interview {iv.id} ({how}): SEQUENCE {seq} < {iv.calendar_sequence}",
                interview_id=iv.id,
            )
        ]
    # Two sightings matched only by company and a nearby start are one interview seen twice;
    # the small difference is noise, not a move.
    move = (
        event.interview is not None
        and _times_differ(iv.time, event.interview)
        and how != "same company and start time"
    )
    merged = _merge(iv, event, ids, move=move)
    if merged == iv:
        return [TrackChange(ChangeKind.nothing, f"duplicate of interview {iv.id} ({how})", interview_id=iv.id)]
    if move:
        new_start = event.interview.start.isoformat() if event.interview else "?"
        reason = f"interview {iv.id} moved to {new_start} ({how})"
    else:
        reason = f"interview {iv.id} updated ({how})"
    return [TrackChange(ChangeKind.update_interview, reason, interview=merged, moved=move, interview_id=iv.id)]


def _end(state: Tracked, event: Event, facts: MessageFacts, ids: tuple[str, ...]) -> list[TrackChange]:
    """interview_cancelled / rejection / offer: end the interview(s) and, for a verdict, the application."""
    final = _ENDING[event.kind]
    matched, how = _match_interviews(state, event, ids)
    matched = [iv for iv in matched if iv.state in ACTIVE]
    if not matched:
        active = _company_active(state, event.company)
        if event.kind is EventKind.interview_cancelled:
            if len(active) == 1:
                matched, how = active, "the company's only active interview"
        else:
            matched, how = active, "same company"
    changes = [
        TrackChange(
            ChangeKind.end_interview,
            f"interview {iv.id} {final.value} ({how})",
            interview=replace(iv, state=final, thread_ids=_merge(iv, event, ids, move=False).thread_ids),
            interview_id=iv.id,
        )
        for iv in matched
    ]
    if event.kind is not EventKind.interview_cancelled:
        linked = {iv.application_id for iv in matched if iv.application_id is not None}
        wanted = set(ids)
        for app in state.applications:
            if app.state is not TrackState.open:
                continue
            if app.id in linked:
                why = "linked to the interview"
            elif wanted & {normalize_id(t) for t in app.thread_ids}:
                why = "same thread"
            elif not matched and same_company(app.company, event.company):
                why = "same company"
            else:
                continue
            changes.append(
                TrackChange(
                    ChangeKind.end_application,
                    f"application {app.id} {final.value} ({why})",
                    application=replace(app, state=final),
                    application_id=app.id,
                )
            )
    verdict = _new_application(event, facts, ids, final) if not changes and event.company else None
    if verdict is not None and event.kind is not EventKind.interview_cancelled:
        # A verdict on an application made before tracking began: record it, ended, so that it
        # counts in the stats and rules on `rejection` / `offer` can answer it.
        reason = f"{event.kind.value} for an application not tracked before: recorded, {final.value}"
        return [TrackChange(ChangeKind.create_application, reason, application=verdict)]
    if not changes:
        return [TrackChange(ChangeKind.nothing, f"{event.kind.value} for nothing tracked at {event.company!r}")]
    return changes


def _new_application(event: Event, facts: MessageFacts, ids: tuple[str, ...], state: TrackState) -> Application | None:
    """A new application from this event, or None when the mail has no date to file it under."""
    received = facts.date or event.original.date
    if received is None:
        return None
    return Application(
        id=None,
        company=event.company,
        role=event.role,
        received=received,
        contact=event.contact,
        thread_ids=ids,
        state=state,
        original=event.original,
        from_domain=_domain(event.original.sender) or _domain(facts.sender),
        trusted=facts.trusted,
    )


def _apply(state: Tracked, event: Event, facts: MessageFacts, ids: tuple[str, ...]) -> list[TrackChange]:
    """application_received: create the application (or recognise it) and link interviews."""
    wanted = set(ids)
    role = (event.role or "").casefold()
    for app in state.applications:
        same_thread = wanted & {normalize_id(t) for t in app.thread_ids}
        same_job = same_company(app.company, event.company) and (not role or (app.role or "").casefold() == role)
        if same_thread or (same_job and app.state is TrackState.open):
            return [TrackChange(ChangeKind.nothing, f"duplicate of application {app.id}", application_id=app.id)]
    new = _new_application(event, facts, ids, TrackState.open)
    if new is None:
        return [TrackChange(ChangeKind.nothing, "application receipt without a date: nothing to track")]
    changes = [TrackChange(ChangeKind.create_application, "new application", application=new)]
    for iv in _company_active(state, event.company):
        if iv.application_id is None:
            changes.append(
                TrackChange(
                    ChangeKind.link_application,
                    f"interview {iv.id} linked to the new application at {event.company}",
                    interview=iv,
                    interview_id=iv.id,
                )
            )
    return changes


def _replies(state: Tracked, event: Event, facts: MessageFacts) -> list[TrackChange]:
    """A company's answer: by our sent Message-IDs, the tracked threads, or a known sender."""
    sender = (facts.sender or "").lower()
    if not sender or sender in {a.lower() for a in state.owner_addresses}:
        return []
    refs = set(_ids(facts.in_reply_to, *facts.references))
    own = {normalize_id(s.message_id) for s in state.sent}
    if normalize_id(facts.message_id) in own:
        return []
    targets: dict[tuple[str, int | None], str] = {}
    for s in state.sent:
        if normalize_id(s.message_id) in refs:
            if s.interview_id is not None:
                targets.setdefault(("interview", s.interview_id), "answers our follow-up")
            if s.application_id is not None:
                targets.setdefault(("application", s.application_id), "answers our follow-up")
    for iv in state.interviews:
        if refs & {normalize_id(t) for t in iv.thread_ids}:
            targets.setdefault(("interview", iv.id), "in the interview's thread")
        elif sender in _people_of(iv):
            targets.setdefault(("interview", iv.id), "from a tracked contact or interviewer")
    for app in state.applications:
        if refs & {normalize_id(t) for t in app.thread_ids}:
            targets.setdefault(("application", app.id), "in the application's thread")
        elif app.contact and app.contact.email and sender == app.contact.email.lower():
            targets.setdefault(("application", app.id), "from the application's contact")
    if not targets:
        return []
    ordered = sorted(targets.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0))
    if facts.is_auto_reply:
        # RFC 3834: automatic responses are not answers. An out-of-office naming a return date
        # still matters: the note to that person should land after it.
        until = return_date(facts.text, facts.date)
        if until is None:
            return [TrackChange(ChangeKind.nothing, f"auto-reply from {sender}: not counted as a reply")]
        return [
            TrackChange(
                ChangeKind.defer,
                f"{sender} is away until {until.date().isoformat()} (auto-reply, {why})",
                person=sender,
                until=until,
                interview_id=key[1] if key[0] == "interview" else None,
                application_id=key[1] if key[0] == "application" else None,
            )
            for key, why in ordered
        ]
    if event.kind not in _REPLY_KINDS:
        return []
    return [
        TrackChange(
            ChangeKind.noticed_reply,
            f"reply from {sender} ({why})",
            person=sender,
            at=facts.date,
            interview_id=key[1] if key[0] == "interview" else None,
            application_id=key[1] if key[0] == "application" else None,
        )
        for key, why in ordered
    ]


def past_interviews(interviews: tuple[Interview, ...] | list[Interview], now: datetime) -> tuple[Interview, ...]:
    """The scheduled interviews whose time has passed, as `done` (a reschedule makes one scheduled again).

    An interview without an end is taken to last DEFAULT_LENGTH; one without a time stays.
    """
    out = []
    for iv in interviews:
        if iv.state is not TrackState.scheduled or iv.time is None:
            continue
        end = iv.time.end or iv.time.start + DEFAULT_LENGTH
        if end <= now:
            out.append(replace(iv, state=TrackState.done))
    return tuple(out)


def track_event(state: Tracked, event: Event, facts: MessageFacts) -> tuple[TrackChange, ...]:
    """Fold one message's Event into the tracked state; return the changes to persist.

    Never empty: when nothing changes, one `nothing` change says why. The event's own changes
    come first, then any reply or deferral the message also is; persist them in order (a
    link_application after a create_application links to the application just created).
    """
    ids = _message_ids(event, facts)
    changes: list[TrackChange] = []
    if event.kind in (EventKind.interview_scheduled, EventKind.interview_rescheduled):
        changes += _schedule(state, event, facts, ids)
    elif event.kind in _ENDING:
        changes += _end(state, event, facts, ids)
    elif event.kind is EventKind.application_received:
        changes += _apply(state, event, facts, ids)
    changes += _replies(state, event, facts)
    changes = [c for c in changes if c.kind is not ChangeKind.nothing] or changes
    if not changes:
        return (TrackChange(ChangeKind.nothing, "no event and no reply to anything tracked"),)
    return tuple(changes)


_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_RETURN_CUE = re.compile(
    r"\b(?P<cue>back|return(?:s|ing)?|until|till|through|thru|in the office (?:on|from))\b(?P<rest>[^\n]{0,80})",
    re.IGNORECASE,
)
_DATE_HINT = re.compile(
    rf"\b(?:{_MONTHS}|{_WEEKDAYS})\b|\d{{1,4}}[/.-]\d{{1,2}}|\b\d{{1,2}}(?:st|nd|rd|th)\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WEEKDAY_ONLY = re.compile(rf"^\W*(?:on\W+)?(?:{_WEEKDAYS})\b[^\d]*$", re.IGNORECASE)


def return_date(text: str, sent: datetime | None) -> datetime | None:
    """Find the return date an out-of-office note names ("back on Monday, March 9"); None if none.

    The result is midnight of that day in the zone of `sent`. Supports the common English
    phrasings: back/returning/return on DATE, out until/till/through DATE, ISO and US numeric
    dates, weekday names. A date not after `sent` or more than a year away is ignored.
    """
    if sent is None:
        return None
    base = datetime.combine(sent.date(), time(0))
    for match in _RETURN_CUE.finditer(text[:5000]):
        rest = re.split(r"(?<![A-Z][a-z])\.(?:\s|$)|[;!?]", match.group("rest"), maxsplit=1)[0]
        if not _DATE_HINT.search(rest):
            continue
        # Loaded here: dateutil's parser is a tenth of an idle start-up, and only replies need it.
        from dateutil import parser as dateparser

        try:
            found = dateparser.parse(rest, fuzzy=True, default=base, ignoretz=True)
        except (ValueError, OverflowError):
            continue
        day: date = found.date()
        if day <= sent.date() and not _YEAR.search(rest):
            if _WEEKDAY_ONLY.match(rest):
                day += timedelta(days=7)
            else:
                try:
                    day = day.replace(year=day.year + 1)
                except ValueError:
                    continue
        if match.group("cue").lower() in ("through", "thru"):
            day += timedelta(days=1)  # "out through Friday" means back the day after
        if sent.date() < day <= sent.date() + timedelta(days=366):
            return datetime.combine(day, time(0), tzinfo=sent.tzinfo)
    return None
