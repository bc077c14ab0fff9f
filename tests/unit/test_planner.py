"""Planning: event sequences through track and plan, recipients, caps, lateness, approval."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.model import (
    Application,
    CalendarRef,
    Event,
    EventKind,
    FollowUp,
    FollowUpState,
    Interview,
    InterviewTime,
    Original,
    Person,
)
from followup.planner import Owner, Plan, Trigger, check_recipient, plan
from followup.rules import RuleSet, load_rules
from followup.trust import Trust, untrusted
from followup.track import ChangeKind, MessageFacts, Tracked, track_event

NY = ZoneInfo("America/New_York")
OWNER = Owner("Alex Kim", "alex@me.example", "America/New_York")
JANE = Person("Jane Doe", "jane.doe@acme.example")
SAM = Person("Sam Lee", "sam.lee@acme.example")
START = datetime(2026, 3, 10, 15, 0, tzinfo=NY)  # a Tuesday
RULES_YAML = """
windows:
  office: {days: [mon, tue, wed, thu, fri], hours: "09:00-17:30", timezone: owner}
rules:
  - name: thank you
    on: interview_scheduled
    when: {after: interview.end, delay: 2h, window: office}
    to: each interviewer
    fallback_to: contact
    template: thank_you.txt
    cancel_on: [interview_cancelled, rejection]
  - name: check in
    on: interview_scheduled
    when: {after: interview.end, delay: 5 business days, window: office}
    to: contact
    template: check_in.txt
    cancel_on: [reply, interview_cancelled, rejection, offer]
  - name: nudge
    on: application_received
    when: {after: received, delay: 7 business days, window: office}
    to: contact
    template: nudge.txt
    cancel_on: [interview_scheduled, reply, rejection]
"""
RULES = load_rules([("rules.yaml", RULES_YAML)], {"thank_you.txt", "check_in.txt", "nudge.txt"})


def invite(kind: EventKind = EventKind.interview_scheduled, start: datetime = START, seq: int = 0,
           people: tuple[Person, ...] = (JANE,), contact: Person | None = SAM) -> Event:
    return Event(
        kind=kind, company="Acme", role="Engineer",
        interview=InterviewTime(start, start + timedelta(minutes=45), "America/New_York"),
        interviewers=people, contact=contact,
        original=Original("sam.lee@acme.example", "Interview", START - timedelta(days=6), f"<inv{seq}@acme>"),
        calendar=CalendarRef("uid-1", seq, "REQUEST"),
    )


def ending(kind: EventKind) -> Event:
    return Event(kind=kind, company="Acme", original=Original("sam.lee@acme.example", "Update", None, "<end@acme>"),
                 calendar=CalendarRef("uid-1", 9, "CANCEL") if kind is EventKind.interview_cancelled else None)


APPLICATION = Event(EventKind.application_received, company="Acme", role="Engineer", contact=SAM,
                    original=Original("sam.lee@acme.example", "Thanks", START - timedelta(days=20), "<app@acme>"))
NOTHING = Event(EventKind.none)


@dataclass
class World:
    """The store's part, in memory: enough to run track and plan over a sequence."""

    interviews: dict[int, Interview] = field(default_factory=dict)
    applications: dict[int, Application] = field(default_factory=dict)
    followups: dict[int, FollowUp] = field(default_factory=dict)
    plans: list[Plan] = field(default_factory=list)
    next_id: int = 1

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def receive(self, event: Event, message: MessageFacts, now: datetime) -> None:
        state = Tracked(tuple(self.interviews.values()), tuple(self.applications.values()),
                        owner_addresses=frozenset({OWNER.email}))
        last_app: int | None = None
        for change in track_event(state, event, message):
            target: Interview | Application | None = None
            trigger: Event | Trigger = event
            if change.kind in (ChangeKind.create_interview, ChangeKind.update_interview, ChangeKind.end_interview):
                assert change.interview is not None
                target = replace(change.interview, id=change.interview.id or self._id())
                self.interviews[target.id] = target  # type: ignore[index]
            elif change.kind in (ChangeKind.create_application, ChangeKind.end_application):
                assert change.application is not None
                target = replace(change.application, id=change.application.id or self._id())
                last_app = target.id
                self.applications[target.id] = target  # type: ignore[index]
            elif change.kind is ChangeKind.link_application and change.interview is not None:
                self.interviews[change.interview.id] = replace(change.interview, application_id=last_app)  # type: ignore[index]
            elif change.kind in (ChangeKind.noticed_reply, ChangeKind.defer):
                trigger = Trigger("reply" if change.kind is ChangeKind.noticed_reply else "defer",
                                  change.at if change.kind is ChangeKind.noticed_reply else change.until, change.person)
                target = (self.interviews.get(change.interview_id) if change.interview_id
                          else self.applications.get(change.application_id))  # type: ignore[arg-type]
            if target is not None:
                trust = Trust("acme.example", "test") if message.trusted else untrusted("test")
                self.apply(plan(trigger, target, RULES, tuple(self.followups.values()), OWNER, now, trust))

    def apply(self, p: Plan) -> None:
        self.plans.append(p)
        for fu in p.creates:
            new = replace(fu, id=self._id())
            self.followups[new.id] = new  # type: ignore[index]
        for r in p.retimes:
            self.followups[r.followup_id] = replace(self.followups[r.followup_id], send_at=r.send_at)
        for c in p.cancels:
            self.followups[c.followup_id] = replace(self.followups[c.followup_id], state=FollowUpState.cancelled)

    def approve(self, rule: str) -> None:
        for fid, fu in self.followups.items():
            if fu.rule == rule and fu.state is FollowUpState.awaiting_approval:
                self.followups[fid] = replace(fu, state=FollowUpState.approved)

    def summary(self) -> list[tuple[str, str, str, str]]:
        return sorted(
            (f.rule, f.recipient.email or "", f.state.value, f.send_at.isoformat()) for f in self.followups.values()
        )


def msg(mid: str, when: datetime, **kw: object) -> MessageFacts:
    return MessageFacts(message_id=mid, sender=str(kw.pop("sender", "sam.lee@acme.example")), date=when, **kw)  # type: ignore[arg-type]


NOW = START - timedelta(days=6)
AWAIT = "awaiting_approval"

# Each case: steps (event, message, now) or ("approve", rule), then the follow-ups expected at the end.
Step = tuple[Event, MessageFacts, datetime] | tuple[str, str]
SEQUENCES: dict[str, tuple[list[Step], list[tuple[str, str, str, str]]]] = {
    "invite, reschedule, reschedule again": (
        [
            (invite(), msg("<inv0@acme>", NOW), NOW),
            (invite(EventKind.interview_rescheduled, START + timedelta(days=1), 1), msg("<inv1@acme>", NOW), NOW),
            (
                invite(EventKind.interview_rescheduled, START + timedelta(days=2, hours=-5), 2),
                msg("<inv2@acme>", NOW),
                NOW,
            ),
        ],
        [
            ("check in", "sam.lee@acme.example", AWAIT, "2026-03-19T10:45:00-04:00"),
            ("thank you", "jane.doe@acme.example", AWAIT, "2026-03-12T12:45:00-04:00"),
        ],
    ),
    "invite, approval, cancellation": (
        [
            (invite(), msg("<inv0@acme>", NOW), NOW),
            ("approve", "thank you"),
            (
                ending(EventKind.interview_cancelled),
                msg("<end@acme>", NOW + timedelta(days=1)),
                NOW + timedelta(days=1),
            ),
        ],
        [
            ("check in", "sam.lee@acme.example", "cancelled", "2026-03-17T15:45:00-04:00"),
            ("thank you", "jane.doe@acme.example", "cancelled", "2026-03-11T09:00:00-04:00"),
        ],
    ),
    "application nudge cancelled by an interview invitation": (
        [
            (APPLICATION, msg("<app@acme>", START - timedelta(days=20)), START - timedelta(days=20)),
            (invite(), msg("<inv0@acme>", NOW), NOW),
        ],
        [
            ("check in", "sam.lee@acme.example", AWAIT, "2026-03-17T15:45:00-04:00"),
            ("nudge", "sam.lee@acme.example", "cancelled", "2026-02-27T15:00:00-05:00"),
            ("thank you", "jane.doe@acme.example", AWAIT, "2026-03-11T09:00:00-04:00"),
        ],
    ),
    "a reply cancels the check-in but not the approved thank-you": (
        [
            (invite(), msg("<inv0@acme>", NOW), NOW),
            ("approve", "thank you"),
            (
                NOTHING,
                msg("<re@acme>", START + timedelta(days=1), in_reply_to="<inv0@acme>"),
                START + timedelta(days=1),
            ),
        ],
        [
            ("check in", "sam.lee@acme.example", "cancelled", "2026-03-17T15:45:00-04:00"),
            ("thank you", "jane.doe@acme.example", "approved", "2026-03-11T09:00:00-04:00"),
        ],
    ),
    "a reply before the interview does not break the silence after it": (
        [
            (invite(), msg("<inv0@acme>", NOW), NOW),
            (NOTHING, msg("<re@acme>", NOW + timedelta(days=1), in_reply_to="<inv0@acme>"), NOW + timedelta(days=1)),
        ],
        [
            ("check in", "sam.lee@acme.example", AWAIT, "2026-03-17T15:45:00-04:00"),
            ("thank you", "jane.doe@acme.example", AWAIT, "2026-03-11T09:00:00-04:00"),
        ],
    ),
    "an out-of-office reply changes nothing": (
        [
            (invite(), msg("<inv0@acme>", NOW), NOW),
            (
                NOTHING,
                msg(
                    "<ooo@acme>",
                    START,
                    sender="sam.lee@acme.example",
                    in_reply_to="<inv0@acme>",
                    is_auto_reply=True,
                    text="I am out of the office with limited access.",
                ),
                START,
            ),
        ],
        [
            ("check in", "sam.lee@acme.example", AWAIT, "2026-03-17T15:45:00-04:00"),
            ("thank you", "jane.doe@acme.example", AWAIT, "2026-03-11T09:00:00-04:00"),
        ],
    ),
    "an out-of-office reply with a return date only defers": (
        [
            (invite(), msg("<inv0@acme>", NOW), NOW),
            (
                NOTHING,
                msg(
                    "<ooo@acme>",
                    START,
                    sender="jane.doe@acme.example",
                    is_auto_reply=True,
                    text="I'm away and will be back on Monday, March 16.",
                ),
                START,
            ),
        ],
        [
            ("check in", "sam.lee@acme.example", AWAIT, "2026-03-17T15:45:00-04:00"),
            ("thank you", "jane.doe@acme.example", AWAIT, "2026-03-16T09:00:00-04:00"),
        ],
    ),
    "max_lateness for an old interview": (
        [(invite(), msg("<inv0@acme>", NOW), START + timedelta(days=3))],
        [("check in", "sam.lee@acme.example", AWAIT, "2026-03-17T15:45:00-04:00")],
    ),
}


@pytest.mark.parametrize("name", list(SEQUENCES))
def test_event_sequences(name: str) -> None:
    steps, expected = SEQUENCES[name]
    world = World()
    for step in steps:
        if len(step) == 2:
            world.approve(step[1])
        else:
            world.receive(*step)
    assert world.summary() == sorted(expected)


def test_old_interviews_say_why_the_thank_you_was_skipped() -> None:
    world = World()
    world.receive(invite(), msg("<inv0@acme>", NOW), START + timedelta(days=3))
    reasons = [s.reason for p in world.plans for s in p.skips]
    assert reasons == ["send time 2026-03-11T09:00:00-04:00 is more than max_lateness (1d) in the past"]


def test_the_same_event_twice_creates_nothing_new() -> None:
    world = World()
    world.receive(invite(), msg("<inv0@acme>", NOW), NOW)
    before = world.summary()
    iv = next(iter(world.interviews.values()))
    again = plan(invite(), iv, RULES, tuple(world.followups.values()), OWNER, NOW + timedelta(hours=1), untrusted("no"))
    assert again.is_empty and world.summary() == before
    assert {s.reason for s in again.skips} == {f"already planned (follow-up {i})" for i in world.followups}


def stored_interview(**kw: object) -> Interview:
    base = Interview(7, "Acme", "Engineer", InterviewTime(START, START + timedelta(minutes=45)),
                     interviewers=(JANE,), contact=SAM, calendar_uid="uid-1")
    return replace(base, **kw)  # type: ignore[arg-type]


NOT_TRUSTED = untrusted("not trusted")


def creates(target: Interview | Application, rules: RuleSet = RULES, trusted: Trust = NOT_TRUSTED,
            existing: tuple[FollowUp, ...] = (), tracked: tuple[Interview | Application, ...] = ()) -> Plan:
    return plan(invite(), target, rules, existing, OWNER, NOW, trusted, tracked)


def test_follow_ups_get_a_fixed_deterministic_message_id_and_wait_for_approval() -> None:
    first, second = creates(stored_interview()), creates(stored_interview())
    assert first == second
    ids = [f.message_id for f in first.creates]
    assert all(re.fullmatch(r"<followup\.[0-9a-f]{24}@me\.example>", i) for i in ids) and len(set(ids)) == 2
    assert {f.state for f in first.creates} == {FollowUpState.awaiting_approval}
    assert {f.interview_id for f in first.creates} == {7} and first.creates[0].created_at == NOW


@pytest.mark.parametrize(
    ("people", "contact", "to_thank", "reasons"),
    [
        ((Person("No Reply", "no-reply@acme.example"),), SAM, ["sam.lee@acme.example"],
         ["skipped recipient: no-reply address refused: no-reply@acme.example",
          "no interviewer addresses: fell back to contact"]),
        ((Person("Me", "alex@me.example"), Person("Bad", "not an address")), SAM, ["sam.lee@acme.example"],
         ["skipped recipient: alex@me.example is the owner"]),
        ((Person("Jane", None),), Person("Bot", "calendar-notification@google.com"), [],
         ["skipped recipient: Jane has no address",
          "skipped recipient: no-reply address refused: calendar-notification@google.com",
          "no recipient: no valid address for each interviewer or contact"]),
    ],
)
def test_recipients_are_only_real_people(people: tuple[Person, ...], contact: Person, to_thank: list[str],
                                         reasons: list[str]) -> None:
    p = creates(stored_interview(interviewers=people, contact=contact))
    assert [f.recipient.email for f in p.creates if f.rule == "thank you"] == to_thank
    thank_reasons = [s.reason for s in p.skips if s.rule == "thank you"]
    for reason in reasons:
        assert any(r.startswith(reason) for r in thank_reasons), (reason, thank_reasons)


@pytest.mark.parametrize(
    "address",
    [
        # no-reply, bounce, list and notification mailboxes
        "noreply@acme.example", "DoNotReply@x.example", "mailer-daemon@x.example", "notifications@x.example",
        "list-request@x.example", "x@bounces.example.com", "jobs-noreply@linkedin.com",
        # applicant-tracking systems: every address, even one that looks like a person's
        "jane@greenhouse.io", "no-reply@us.greenhouse-mail.io", "sam@lever.co", "sam@hire.lever.co",
        "recruiting@ashbyhq.com", "acme@myworkday.com", "careers-acme@icims.com",
        # schedulers and calendar services
        "jane@calendly.com", "scheduling@goodtime.io", "calendar-notification@google.com",
        "noreply@calendar.google.com", "sharing@outlook.office365.com",
    ],
)  # fmt: skip
def test_follow_ups_are_never_addressed_to_robots(address: str) -> None:
    person, reason = check_recipient(Person("Jane Doe", address), OWNER)
    assert person is None
    assert reason == f"no-reply address refused: {address}"


@pytest.mark.parametrize("address", ["jane.doe@acme.example", "recruiting@acme.example", "sam@notify-me.example"])
def test_people_may_receive_follow_ups(address: str) -> None:
    person, reason = check_recipient(Person("Jane Doe", address), OWNER)
    assert reason is None and person is not None and person.email == address


def _rules(extra: str) -> RuleSet:
    text = f"""
rules:
  - name: r
    on: interview_scheduled
    when: {{after: interview.end, delay: 1h}}
{extra}    template: t.txt
"""
    return load_rules([("r.yaml", text)], {"t.txt"})


def test_interviewers_get_one_note_together() -> None:
    two = (JANE, Person("Raj", "raj@acme.example"))
    (fu,) = creates(stored_interview(interviewers=two), _rules("    to: interviewers\n")).creates
    assert fu.recipient == JANE and fu.cc == (Person("Raj", "raj@acme.example"),)


def test_auto_approval_needs_a_trusted_message() -> None:
    rules = _rules("    to: contact\n    approval: auto\n")
    trusted = Trust("acme.example", "dkim")
    assert creates(stored_interview(), rules, trusted=trusted).creates[0].state is FollowUpState.approved
    waits = creates(stored_interview(), rules, trusted=untrusted("no header from your server"))
    assert waits.creates[0].state is FollowUpState.awaiting_approval
    assert "approval: auto ignored: no header from your server" in waits.skips[0].reason


def test_auto_approval_reaches_only_the_authenticated_domain() -> None:
    # A genuine DKIM pass on another domain (an attacker's own) approves nothing at acme.example.
    rules = _rules("    to: contact\n    approval: auto\n")
    elsewhere = creates(stored_interview(), rules, trusted=Trust("evil.example", "dkim"))
    assert elsewhere.creates[0].state is FollowUpState.awaiting_approval
    assert "not every recipient is at evil.example" in elsewhere.skips[0].reason


def test_max_per_company_caps_notes_across_interviews() -> None:
    rules = _rules("    to: contact\n    max_per_company: 1\n")
    first_interview = stored_interview()
    (first,) = creates(first_interview, rules).creates
    other = stored_interview(id=8, calendar_uid="uid-2")
    p = creates(other, rules, existing=(replace(first, id=1),), tracked=(first_interview, other))
    assert p.creates == () and p.skips[-1].reason == "max_per_company (1) reached at Acme"


def test_each_company_has_its_own_max_per_company_budget() -> None:
    rules = _rules("    to: contact\n    max_per_company: 1\n")
    acme = stored_interview()
    (at_acme,) = creates(acme, rules).creates
    globex = stored_interview(id=8, company="Globex", calendar_uid="uid-2",
                              contact=Person("Hank Scorpio", "hank@globex.example"))
    p = creates(globex, rules, existing=(replace(at_acme, id=1),), tracked=(acme, globex))
    assert [f.recipient.email for f in p.creates] == ["hank@globex.example"]
    assert not [s for s in p.skips if "max_per_company" in s.reason]


def test_every_interviewer_listed_with_an_address_gets_a_thank_you() -> None:
    people = (Person("Michael Bolton", "michael.bolton@acme.example"),
              Person("Samir Nagheenanajar", "samir.n@acme.example"), Person("Bob Porter", None))
    p = creates(stored_interview(interviewers=people))
    thanked = [f.recipient.email for f in p.creates if f.rule == "thank you"]
    assert thanked == ["michael.bolton@acme.example", "samir.n@acme.example"]


def test_a_missing_end_time_falls_back_to_an_hour_after_the_start() -> None:
    iv = stored_interview(time=InterviewTime(START))
    p = creates(iv, _rules("    to: contact\n"))
    assert p.creates[0].send_at == START + timedelta(hours=2)
    assert p.skips[0].reason == "no end time: assumed one hour after the start"


def test_plan_needs_a_stored_target_and_an_aware_now() -> None:
    with pytest.raises(ValueError, match="store it first"):
        creates(stored_interview(id=None))
    with pytest.raises(ValueError, match="tz-aware"):
        plan(invite(), stored_interview(), RULES, (), OWNER, datetime(2026, 3, 1), untrusted("no"))


def test_a_corrected_address_turns_the_fallback_into_a_note_to_that_interviewer() -> None:
    unknown = stored_interview(interviewers=(Person("Samir Nagheenanajar", None),))
    (fallback,) = [f for f in creates(unknown).creates if f.rule == "thank you"]
    assert fallback.recipient == SAM and fallback.fallback
    known = stored_interview(interviewers=(Person("Samir Nagheenanajar", "samir.n@acme.example"),))
    stored = (replace(fallback, id=1),)
    p = plan(Trigger("corrected"), known, RULES, stored, OWNER, NOW, NOT_TRUSTED)
    assert [(f.rule, f.recipient.email, f.fallback) for f in p.creates] == [
        ("thank you", "samir.n@acme.example", None)
    ]
    assert [(c.followup_id, c.reason) for c in p.cancels] == [
        (1, "rule 'thank you': replaced by a note to samir.n@acme.example")
    ]
    # Only rules that had planned for it plan again: no check-in appears from nowhere.
    assert {f.rule for f in p.creates} == {"thank you"}
