"""Properties of planning: deterministic, and idempotent (the same event twice creates nothing)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.model import (
    Event,
    EventKind,
    FollowUp,
    FollowUpState,
    Interview,
    InterviewTime,
    Original,
    Person,
)
from followup.planner import Owner, Plan, Trigger, plan
from followup.rules import load_rules
from followup.trust import Trust, allows_auto, untrusted
from tests.property import strategies

OWNER = Owner("Alex Kim", "alex@me.example", "Europe/London")
RULES = load_rules(
    [(
        "r.yaml",
        """
windows:
  office: {days: [mon, tue, wed, thu, fri], hours: "09:00-17:30"}
rules:
  - {name: thanks, on: interview_scheduled, when: {after: interview.end, delay: 2h, window: office},
     to: each interviewer, fallback_to: contact, template: t.txt, approval: auto,
     cancel_on: [interview_cancelled, rejection]}
  - {name: check, on: interview_scheduled, when: {after: interview.end, delay: 5 business days},
     to: contact, template: t.txt, cancel_on: [reply, rejection]}
  - {name: farewell, on: rejection, when: {after: received, delay: 1d, window: office},
     to: contact, template: t.txt}
""",
    )],
    {"t.txt"},
)
PEOPLE = [Person("Jane", "jane@acme.example"), Person("Bot", "noreply@acme.example"), Person("Raj", "raj@acme.example")]
instants = strategies.instants(datetime(2026, 1, 1), datetime(2026, 12, 31))
triggers = st.one_of(
    st.sampled_from(list(EventKind)).map(lambda k: Event(k, company="Acme")),
    st.builds(Trigger, kind=st.sampled_from(["reply", "defer"]), at=instants,
              person=st.sampled_from([p.email for p in PEOPLE])),
)


@st.composite
def interviews(draw: st.DrawFn) -> Interview:
    start = draw(instants)
    end = draw(st.none() | st.just(start + timedelta(minutes=45)))
    return Interview(
        id=1, company="Acme", role="Engineer", time=InterviewTime(start, end),
        interviewers=tuple(draw(st.lists(st.sampled_from(PEOPLE), max_size=3))),
        contact=draw(st.none() | st.sampled_from(PEOPLE)),
        original=Original(date=start - timedelta(days=3)),
    )


def apply(existing: tuple[FollowUp, ...], p: Plan) -> tuple[FollowUp, ...]:
    rows = {f.id: f for f in existing}
    next_id = max((i for i in rows if i is not None), default=0) + 1
    for fu in p.creates:
        rows[next_id] = replace(fu, id=next_id)
        next_id += 1
    for r in p.retimes:
        rows[r.followup_id] = replace(rows[r.followup_id], send_at=r.send_at)
    for c in p.cancels:
        rows[c.followup_id] = replace(rows[c.followup_id], state=FollowUpState.cancelled)
    return tuple(rows.values())


@settings(max_examples=150, deadline=None)
@given(iv=interviews(), first=triggers, second=triggers, now=instants, later=st.integers(0, 3 * 86400),
       trusted=st.sampled_from([untrusted("no"), Trust("acme.example", "dkim"), Trust("evil.example", "dkim")]))
def test_plan_is_deterministic_and_idempotent(
    iv: Interview, first: Event | Trigger, second: Event | Trigger, now: datetime, later: int, trusted: Trust
) -> None:
    existing = apply((), plan(Event(EventKind.interview_scheduled), iv, RULES, (), OWNER, now, trusted))
    one = plan(first, iv, RULES, existing, OWNER, now, trusted)
    assert one == plan(first, iv, RULES, existing, OWNER, now, trusted)
    for fu in one.creates:
        assert fu.send_at >= now and fu.recipient.email != "noreply@acme.example"
        auto = allows_auto(trusted, (p.email for p in (fu.recipient, *fu.cc)))
        assert fu.state is FollowUpState.awaiting_approval or (auto and fu.rule == "thanks")
    after = apply(existing, one)
    # The same trigger again, at once or a little later, changes nothing.
    for when in (now, now + timedelta(seconds=later)):
        again = plan(first, iv, RULES, after, OWNER, when, trusted)
        assert again.creates == () and again.cancels == ()
        if when == now:
            assert again.retimes == ()
    # Never two notes of one rule to one recipient for one interview.
    final = apply(after, plan(second, iv, RULES, after, OWNER, now, trusted))
    keys = [f.key for f in final]
    assert len(keys) == len(set(keys))
    assert len({f.message_id for f in final}) == len(final)
