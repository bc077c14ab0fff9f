"""Pure planning: (event or trigger, tracked interview/application, rules, existing follow-ups,
owner, now) → a Plan of follow-ups to create, re-time and cancel, with the reasons for each skip.

Owns: which rules fire, who receives each note (only people from the tracked interview or
application, validated with email-validator, never a robot and never the owner), the send time
(via timing.send_time), `max_lateness`, the caps (one note per rule per recipient per interview,
`max_per_company`), the initial state (approved only for `approval: auto` on trusted mail) and
the Message-ID, fixed at creation and derived from the idempotency key.

Must not: read the store or the clock, render text, or send. The same input always gives the
same Plan, and planning an event a second time (after applying the first Plan) creates nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta, UTC
from typing import Literal
from zoneinfo import ZoneInfo

from email_validator import EmailNotValidError, validate_email

from followup.addresses import is_robot_address
from followup.model import Application, Event, EventKind, FollowUp, FollowUpState, Interview, Person
from followup.rules import Facts, Rule, RuleSet
from followup.durations import Duration
from followup.timing import localize, send_time
from followup.track import DEFAULT_LENGTH, same_company
from followup.trust import Trust, allows_auto

# States in which a note can still be stopped or moved (DESIGN §6).
PENDING = (FollowUpState.awaiting_approval, FollowUpState.approved)
# States that no longer count against a cap: the note will never go out.
_DROPPED = (FollowUpState.cancelled, FollowUpState.rejected, FollowUpState.expired)
# Without an end time an interview is assumed to last this long (`after: interview.end`).
# A deferral (out-of-office return date) lands at this wall time when the rule has no window.
DEFER_TIME = time(9, 0)

@dataclass(frozen=True)
class Owner:
    """The job seeker: follow-ups come from this address, times are read in this zone."""

    name: str
    email: str
    zone: str

    @property
    def domain(self) -> str:
        return self.email.rsplit("@", 1)[-1].lower()


@dataclass(frozen=True)
class Trigger:
    """A change that is not a new Event: a company's reply, or an away notice until a date.

    `reply`: `person` answered at `at` (track's noticed_reply). `defer`: `person` is away until
    `at` (track's defer); their pending notes move after it. `corrected`: the owner corrected
    the target (an address, a time): the rules that already planned for it plan again, so a
    newly known interviewer gets their note, a note that had fallen back to someone else for
    want of that address is cancelled, and a moved time re-times the pending notes.
    """

    kind: Literal["reply", "defer", "corrected"]
    at: datetime | None = None
    person: str | None = None


@dataclass(frozen=True)
class Retime:
    """Move a pending follow-up to a new send time."""

    followup_id: int
    send_at: datetime
    reason: str


@dataclass(frozen=True)
class Cancel:
    """Cancel a pending follow-up."""

    followup_id: int
    reason: str


@dataclass(frozen=True)
class Skip:
    """Why a rule did not do what it says, or took a fallback (shown by `explain`)."""

    rule: str
    reason: str
    recipient: str | None = None


@dataclass(frozen=True)
class Plan:
    """What to change in the store. Creates have id None; store them in order."""

    creates: tuple[FollowUp, ...] = ()
    retimes: tuple[Retime, ...] = ()
    cancels: tuple[Cancel, ...] = ()
    skips: tuple[Skip, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not (self.creates or self.retimes or self.cancels)


def check_recipient(person: Person, owner: Owner) -> tuple[Person | None, str | None]:
    """Return the person with a normalised address, or None and why they may not receive mail."""
    if not person.email:
        return None, f"{person.name or 'someone'} has no address"
    try:
        normalized = validate_email(person.email, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        return None, f"invalid address {person.email!r}: {exc}"
    if normalized.lower() == owner.email.lower():
        return None, f"{normalized} is the owner"
    if is_robot_address(normalized):
        return None, f"no-reply address refused: {normalized}"
    return Person(name=person.name, email=normalized), None


def followup_message_id(key: str, owner: Owner) -> str:
    """The Message-ID of a follow-up: a hash of its idempotency key at the owner's domain."""
    return f"<followup.{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}@{owner.domain}>"


Target = Interview | Application


def _target_key(target: Target) -> str:
    if isinstance(target, Interview):
        origin = target.calendar_uid or target.original.message_id or ""
        return f"interview:{target.id}:{origin}"
    return f"application:{target.id}:{target.original.message_id or ''}"


def _belongs(fu: FollowUp, target: Target) -> bool:
    """True when `fu` is about `target` (or, for an interview, about its linked application)."""
    if isinstance(target, Interview):
        return fu.interview_id == target.id or (
            target.application_id is not None and fu.interview_id is None and fu.application_id == target.application_id
        )
    return fu.application_id == target.id and fu.interview_id is None


def _own(fu: FollowUp, target: Target) -> bool:
    """True when `fu` was planned for `target` itself."""
    if isinstance(target, Interview):
        return fu.interview_id == target.id
    return fu.application_id == target.id and fu.interview_id is None


def _facts(target: Target) -> Facts:
    interviewers = target.interviewers if isinstance(target, Interview) else ()
    return Facts(
        company=target.company,
        role=target.role,
        from_domain=target.from_domain,
        interviewers=sum(1 for p in interviewers if p.email),
    )


def _anchor(rule: Rule, target: Target, event: Event | None) -> tuple[datetime | None, str | None]:
    """The instant a rule's delay counts from, or None and why there is none."""
    after = rule.when.after
    if after == "received":
        if event is not None and event.original.date is not None:
            return event.original.date, None
        if isinstance(target, Application):
            return target.received, None
        if target.original.date is not None:
            return target.original.date, None
        return None, "the message has no date to count from"
    if isinstance(target, Application) or target.time is None:
        return None, f"'{after}' needs an interview time and there is none"
    if after == "interview.start":
        return target.time.start, None
    if target.time.end is None:
        return target.time.start + DEFAULT_LENGTH, "no end time: assumed one hour after the start"
    return target.time.end, None


def _groups(rule_to: str, target: Target) -> list[tuple[Person, ...]]:
    """The recipient groups a target names: one group per note."""
    if rule_to == "contact":
        return [(target.contact,)] if target.contact else []
    if not isinstance(target, Interview):
        return []
    if rule_to == "each interviewer":
        return [(p,) for p in target.interviewers]
    return [tuple(target.interviewers)] if target.interviewers else []


def _recipients(
    rule: Rule, target: Target, owner: Owner, skips: list[Skip]
) -> tuple[list[tuple[Person, ...]], str | None]:
    """Valid recipient groups for `rule.to`, else for `rule.fallback_to` (and why); record why not."""
    for choice in (rule.to, rule.fallback_to):
        if choice is None:
            continue
        groups: list[tuple[Person, ...]] = []
        seen: set[str] = set()
        for group in _groups(choice, target):
            valid: list[Person] = []
            for person in group:
                checked, why = check_recipient(person, owner)
                if checked is None:
                    skips.append(Skip(rule.name, f"skipped recipient: {why}", person.email))
                elif checked.email and checked.email.lower() not in seen:
                    seen.add(checked.email.lower())
                    valid.append(checked)
            if valid:
                groups.append(tuple(valid))
        if groups:
            if choice != rule.to:
                why = f"no {_plural(rule.to)} addresses: fell back to {choice}"
                skips.append(Skip(rule.name, why))
                return groups, why
            return groups, None
    tried = rule.to if rule.fallback_to is None else f"{rule.to} or {rule.fallback_to}"
    skips.append(Skip(rule.name, f"no recipient: no valid address for {tried}"))
    return [], None


def _plural(to: str) -> str:
    return {"each interviewer": "interviewer", "interviewers": "interviewer"}.get(to, to)


def _fires(rule: Rule, kind: str, facts: Facts) -> bool:
    # An interview first seen through a reschedule is still a scheduled interview.
    if rule.on == EventKind.interview_scheduled.value and kind == EventKind.interview_rescheduled.value:
        return rule.if_ is None or rule.if_.holds(facts)
    return rule.matches(kind, facts)


def _ideal(rule: Rule, rules: RuleSet, anchor: datetime, zone: str) -> datetime:
    """The send time as the rule means it, ignoring `now` (for lateness and re-timing)."""
    return send_time(anchor, rule.when.delay, rules.window_of(rule), anchor, zone)


def _lateness(rule: Rule) -> timedelta:
    return rule.max_lateness.timedelta


def plan(
    trigger: Event | Trigger,
    target: Interview | Application,
    rules: RuleSet,
    existing: tuple[FollowUp, ...],
    owner: Owner,
    now: datetime,
    trusted: Trust,
    tracked: tuple[Interview | Application, ...] = (),
) -> Plan:
    """Decide the follow-ups to create, re-time and cancel for one event on one tracked target.

    `target` is the stored interview or application the event was folded into (it must have an
    id). `existing` holds the stored follow-ups of that target, of its linked application, and
    of every other target at the same company; passing more (every follow-up) is harmless.
    `tracked` holds the other tracked interviews and applications: `max_per_company` counts a
    follow-up only when its own target is at the same company as `target`.
    `trusted` is the trust verdict on the event's message (trust.judge): `approval: auto` makes
    a note `approved` only when trust.allows_auto lets it go to all its recipients. `now` is
    tz-aware.
    """
    if target.id is None:
        raise ValueError("plan needs a stored interview or application (id is None); store it first")
    if now.tzinfo is None:
        raise ValueError("now must be tz-aware")
    event = trigger if isinstance(trigger, Event) else None
    kind = trigger.kind.value if isinstance(trigger, Event) else trigger.kind
    ordered = tuple(sorted(existing, key=lambda f: (f.id is None, f.id or 0)))
    skips: list[Skip] = []
    cancels = _cancels(kind, trigger, target, rules, ordered)
    cancelled = {c.followup_id for c in cancels}
    if isinstance(trigger, Trigger) and trigger.kind == "defer":
        retimes = _defers(trigger, target, rules, ordered, owner, now, cancelled)
    elif kind in (EventKind.interview_scheduled.value, EventKind.interview_rescheduled.value, "corrected"):
        retimes = _retimes(target, rules, ordered, owner, now, cancelled)
    else:
        retimes = []
    peers = _company_targets(target, tracked)
    creates: list[FollowUp] = []
    if event is not None:
        creates = _creates(kind, event, target, rules, ordered, owner, now, trusted, skips, peers)
    elif kind == "corrected":
        fired = frozenset(fu.rule for fu in ordered if _own(fu, target))
        creates = _creates(kind, None, target, rules, ordered, owner, now, trusted, skips, peers, fired)
        cancels += _superseded(creates, target, ordered, cancelled)
    return Plan(tuple(creates), tuple(retimes), tuple(cancels), tuple(skips))


def _superseded(
    creates: list[FollowUp], target: Target, existing: tuple[FollowUp, ...], cancelled: set[int]
) -> list[Cancel]:
    """Pending notes that fell back to someone else, now that the rule's own recipients are known."""
    direct: dict[str, list[str]] = {}
    for fu in creates:
        if fu.fallback is None:
            direct.setdefault(fu.rule, []).append(fu.recipient.email or "")
    out = []
    for fu in existing:
        if fu.id is None or fu.id in cancelled or fu.state not in PENDING or not _own(fu, target):
            continue
        if fu.fallback is not None and fu.rule in direct:
            out.append(Cancel(fu.id, f"rule '{fu.rule}': replaced by a note to {', '.join(direct[fu.rule])}"))
    return out


def _cancels(
    kind: str, trigger: Event | Trigger, target: Target, rules: RuleSet, existing: tuple[FollowUp, ...]
) -> list[Cancel]:
    out: list[Cancel] = []
    for fu in existing:
        if fu.id is None or fu.state not in PENDING or not _belongs(fu, target):
            continue
        rule = rules.get(fu.rule)
        if rule is None or kind not in rule.cancel_on:
            continue
        if isinstance(trigger, Trigger) and trigger.kind == "reply" and trigger.at is not None and _own(fu, target):
            anchor, _ = _anchor(rule, target, None)
            if anchor is not None and trigger.at < anchor:
                # A reply before the point the note counts from ("5 business days of silence
                # after the interview") does not break that silence.
                continue
        who = f" from {trigger.person}" if isinstance(trigger, Trigger) and trigger.person else ""
        out.append(Cancel(fu.id, f"rule '{rule.name}': cancel_on {kind}{who}"))
    return out


def _same_instant(a: datetime, b: datetime) -> bool:
    # In UTC: an ambiguous local time (a fall-back night's repeated hour) never equals a time
    # in another zone under Python's rules (PEP 495), which would re-time for nothing.
    return a.astimezone(UTC) == b.astimezone(UTC)


def _retimes(
    target: Target,
    rules: RuleSet,
    existing: tuple[FollowUp, ...],
    owner: Owner,
    now: datetime,
    cancelled: set[int],
) -> list[Retime]:
    """Follow the interview's time: re-time its pending notes anchored on the interview."""
    out: list[Retime] = []
    for fu in existing:
        if fu.id is None or fu.id in cancelled or fu.state not in PENDING or not _own(fu, target):
            continue
        rule = rules.get(fu.rule)
        if rule is None or rule.when.after == "received":
            continue
        anchor, _ = _anchor(rule, target, None)
        if anchor is None:
            continue
        ideal = _ideal(rule, rules, anchor, owner.zone)
        if _same_instant(ideal, fu.send_at) or (ideal <= now and fu.send_at <= now):
            continue  # unchanged, or due either way
        new = send_time(anchor, rule.when.delay, rules.window_of(rule), now, owner.zone)
        if _same_instant(new, fu.send_at):
            continue
        out.append(Retime(fu.id, new, f"rule '{rule.name}': the interview moved; send at {new.isoformat()}"))
    return out


def _defers(
    trigger: Trigger,
    target: Target,
    rules: RuleSet,
    existing: tuple[FollowUp, ...],
    owner: Owner,
    now: datetime,
    cancelled: set[int],
) -> list[Retime]:
    """Move the pending notes to an away person until after their return date."""
    if trigger.at is None or not trigger.person:
        return []
    person = trigger.person.lower()
    zone = ZoneInfo(owner.zone)
    back = localize(datetime.combine(trigger.at.astimezone(zone).date(), DEFER_TIME), zone)
    out: list[Retime] = []
    for fu in existing:
        if fu.id is None or fu.id in cancelled or fu.state not in PENDING or not _belongs(fu, target):
            continue
        if (fu.recipient.email or "").lower() != person:
            continue
        rule = rules.get(fu.rule)
        window = rules.window_of(rule) if rule else None
        new = send_time(back, Duration(), window, now, owner.zone)
        if new > fu.send_at:
            out.append(Retime(fu.id, new, f"{person} is away until {trigger.at.date().isoformat()}"))
    return out


def _creates(
    kind: str,
    event: Event | None,
    target: Target,
    rules: RuleSet,
    existing: tuple[FollowUp, ...],
    owner: Owner,
    now: datetime,
    trusted: Trust,
    skips: list[Skip],
    peers: frozenset[tuple[str, int]],
    again: frozenset[str] | None = None,
) -> list[FollowUp]:
    """The notes the rules create; with `again`, the rules so named plan again whatever the kind."""
    facts = _facts(target)
    out: list[FollowUp] = []
    for rule in rules.rules:
        if (rule.name not in again) if again is not None else not _fires(rule, kind, facts):
            continue
        anchor, note = _anchor(rule, target, event)
        if anchor is None:
            skips.append(Skip(rule.name, f"no send time: {note}"))
            continue
        if note:
            skips.append(Skip(rule.name, note))
        ideal = _ideal(rule, rules, anchor, owner.zone)
        if ideal < now - _lateness(rule):
            skips.append(
                Skip(
                    rule.name,
                    f"send time {ideal.isoformat()} is more than max_lateness ({rule.max_lateness}) in the past",
                )
            )
            continue
        at = send_time(anchor, rule.when.delay, rules.window_of(rule), now, owner.zone)
        if rule.approval == "auto" and not trusted.trusted:
            skips.append(Skip(rule.name, f"approval: auto ignored: {trusted.reason}"))
        groups, fallback = _recipients(rule, target, owner, skips)
        for group in groups:
            email = group[0].email or ""
            auto = rule.approval == "auto" and allows_auto(trusted, (p.email for p in group))
            if rule.approval == "auto" and trusted.trusted and not auto:
                why = f"approval: auto ignored: not every recipient is at {trusted.domain}"
                skips.append(Skip(rule.name, why, email))
            state = FollowUpState.approved if auto else FollowUpState.awaiting_approval
            fu = replace(
                _new_followup(rule, target, group, at, state, owner, now),
                fallback=fallback,
                answers=event.original if event is not None and event.original.message_id else None,
            )
            clash = _already_planned(fu, target, existing + tuple(out))
            if clash is not None:
                skips.append(Skip(rule.name, f"already planned (follow-up {clash})", email))
                continue
            cap = rule.max_per_company
            if cap is not None:
                count = sum(
                    1
                    for f in existing + tuple(out)
                    if f.rule == rule.name and f.state not in _DROPPED and _ref(f) in peers
                )
                if count >= cap:
                    skips.append(Skip(rule.name, f"max_per_company ({cap}) reached at {target.company}", email))
                    continue
            out.append(fu)
    return out


def _company_targets(target: Target, tracked: tuple[Target, ...]) -> frozenset[tuple[str, int]]:
    """The interviews and applications at the target's company (the target included)."""
    found = {_key_of(target)}
    for other in tracked:
        if other.id is not None and same_company(other.company, target.company):
            found.add(_key_of(other))
    if isinstance(target, Interview) and target.application_id is not None:
        found.add(("application", target.application_id))
    return frozenset(found)


def _key_of(target: Target) -> tuple[str, int]:
    return ("interview" if isinstance(target, Interview) else "application", target.id or 0)


def _ref(fu: FollowUp) -> tuple[str, int]:
    """The target a follow-up was planned for: its interview, else its application."""
    if fu.interview_id is not None:
        return ("interview", fu.interview_id)
    return ("application", fu.application_id or 0)


def _already_planned(fu: FollowUp, target: Target, known: tuple[FollowUp, ...]) -> str | None:
    """The id (or Message-ID) of a follow-up with the same key, here or on the linked application."""
    email = (fu.recipient.email or "").lower()
    for other in known:
        if other.rule != fu.rule or (other.recipient.email or "").lower() != email:
            continue
        same = other.key == fu.key or other.message_id == fu.message_id
        linked = (
            isinstance(target, Interview)
            and target.application_id is not None
            and other.interview_id is None
            and other.application_id == target.application_id
        )
        if same or linked:
            return str(other.id) if other.id is not None else other.message_id
    return None


def _new_followup(
    rule: Rule,
    target: Target,
    group: tuple[Person, ...],
    at: datetime,
    state: FollowUpState,
    owner: Owner,
    now: datetime,
) -> FollowUp:
    recipient = group[0]
    key = "\x1f".join((_target_key(target), rule.name, (recipient.email or "").lower()))
    return FollowUp(
        id=None,
        rule=rule.name,
        recipient=recipient,
        send_at=at,
        state=state,
        message_id=followup_message_id(key, owner),
        template=rule.template,
        interview_id=target.id if isinstance(target, Interview) else None,
        application_id=target.id if isinstance(target, Application) else None,
        created_at=now,
        max_lateness_s=int(_lateness(rule).total_seconds()),
        cc=group[1:],
    )
