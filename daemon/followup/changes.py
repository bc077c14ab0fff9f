"""Pure: what one event changes in the tracked state, decided on a read-only snapshot of it.

Owns: `Snapshot` (the tracked state as read, with the ids the next new rows will get), the
`Changes` value (interviews and applications to create or update, follow-ups to create, re-draft,
re-time or cancel, in order, and history lines), and `decide`: track the event, plan every target it
touched, draft each new note. `run` applies the result with `Store.apply_changes` in one
transaction; `explain` shows it and applies nothing, so both run the same deciding code.

Must not: touch the store, read the clock, or send. Decisions later in one event see the
changes made earlier in it (a new interview's notes count against the caps of the next one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, UTC

from followup.model import Application, Event, FollowUp, FollowUpState, Interview
from followup.planner import PENDING, Owner, Plan, Retime, Trigger, plan
from followup.rules import RuleSet
from followup.track import ChangeKind, MessageFacts, SentRef, Tracked, track_event
from followup.trust import Trust

Target = Interview | Application
# Fills in a new or changed note's subject and body from its template (for its target).
Draft = Callable[[Target | None, FollowUp], FollowUp]


@dataclass(frozen=True)
class Snapshot:
    """The tracked state one event is decided on, as the store holds it."""

    interviews: tuple[Interview, ...] = ()
    applications: tuple[Application, ...] = ()
    followups: tuple[FollowUp, ...] = ()
    sent: tuple[SentRef, ...] = ()
    # The ids the store gives the next new interview, application and follow-up.
    next_ids: tuple[int, int, int] = (1, 1, 1)


class EmptyState:
    """The state before anything was ever tracked (no state database yet)."""

    def is_tracked_address(self, address: str) -> bool:
        return False

    def snapshot(self) -> Snapshot:
        return Snapshot()

    def snapshot_for(
        self, *, calendar_uid: str | None, message_ids: Iterable[str], company: str | None, addresses: Iterable[str]
    ) -> Snapshot:
        return Snapshot()


EMPTY_STATE = EmptyState()
# Skips the owner can act on (kept as `skipped` history lines, which `review` lists); "already
# planned" and the like are not news.
WORTH_TELLING = ("no recipient", "max_per_company", "no send time", "send time ")


@dataclass(frozen=True)
class HistoryLine:
    """One line of an interview's or application's history."""

    kind: str
    at: datetime
    interview_id: int | None = None
    application_id: int | None = None
    message_row: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class Redraft:
    """New text for an unsent draft whose target changed; an approved one needs approving again."""

    followup_id: int
    subject: str | None
    body: str | None
    from_state: FollowUpState
    why: str


@dataclass(frozen=True)
class Cancellation:
    """Cancel a pending follow-up that is still in `from_state`."""

    followup_id: int
    from_state: FollowUpState
    reason: str


# One change to the follow-ups: a new one (with its id), new text, a new send time, a cancel.
FollowUpChange = FollowUp | Redraft | Retime | Cancellation


@dataclass(frozen=True)
class Changes:
    """Everything one event changes, as the store applies it.

    Interviews and applications hold their final values; those whose ids are in `created_*` are
    new. Follow-up changes keep the order they were decided in. New follow-ups carry the ids the
    store will give them, so the changes are only valid on the state they were decided on
    (`base`), which `Store.apply_changes` checks.
    """

    base: tuple[int, int, int] = (1, 1, 1)
    applications: tuple[Application, ...] = ()
    interviews: tuple[Interview, ...] = ()
    created_applications: frozenset[int] = frozenset()
    created_interviews: frozenset[int] = frozenset()
    followup_changes: tuple[FollowUpChange, ...] = ()
    history: tuple[HistoryLine, ...] = ()
    plans: tuple[Plan, ...] = field(default=())

    @property
    def created(self) -> tuple[FollowUp, ...]:
        """The new follow-ups."""
        return tuple(c for c in self.followup_changes if isinstance(c, FollowUp))

    @property
    def is_empty(self) -> bool:
        return not (self.applications or self.interviews or self.followup_changes or self.history)


def as_stored(fu: FollowUp) -> FollowUp:
    """A new follow-up as the store holds it: times in UTC, no send attempt or error yet."""
    return replace(
        fu,
        send_at=fu.send_at.astimezone(UTC),
        created_at=fu.created_at.astimezone(UTC) if fu.created_at else None,
        last_error=None,
        attempts=0,
        next_attempt=None,
    )


def redrafts(target: Target, followups: tuple[FollowUp, ...], draft: Draft, why: str) -> tuple[Redraft, ...]:
    """Re-render the unsent, unedited drafts of a target that changed; keep only those whose text differs."""
    owned = [
        fu
        for fu in followups
        if (fu.interview_id == target.id if isinstance(target, Interview) else fu.application_id == target.id)
    ]
    out: list[Redraft] = []
    for fu in sorted(owned, key=lambda f: (f.send_at.astimezone(UTC), f.id or 0)):
        if fu.state not in PENDING or fu.edited or fu.id is None:
            continue
        fresh = draft(target, fu)
        if (fresh.subject, fresh.body) != (fu.subject, fu.body):
            out.append(Redraft(fu.id, fresh.subject, fresh.body, fu.state, why))
    return tuple(out)


class _Working:
    """The snapshot with this event's changes laid over it, so later decisions see earlier ones."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.base = snapshot.next_ids
        self.interviews = {iv.id: iv for iv in snapshot.interviews if iv.id is not None}
        self.applications = {a.id: a for a in snapshot.applications if a.id is not None}
        self.followups = {fu.id: fu for fu in snapshot.followups if fu.id is not None}
        self.next_interview, self.next_application, self.next_followup = snapshot.next_ids
        self.touched_interviews: list[int] = []
        self.touched_applications: list[int] = []
        self.created_interviews: set[int] = set()
        self.created_applications: set[int] = set()
        self.followup_changes: list[FollowUpChange] = []
        self.history: list[HistoryLine] = []
        self.plans: list[Plan] = []

    def put_interview(self, iv: Interview, *, new: bool = False) -> Interview:
        if new:
            iv = replace(iv, id=self.next_interview)
            self.next_interview += 1
            self.created_interviews.add(self.next_interview - 1)
        assert iv.id is not None
        self.interviews[iv.id] = iv
        if iv.id not in self.touched_interviews:
            self.touched_interviews.append(iv.id)
        return iv

    def put_application(self, app: Application, *, new: bool = False) -> Application:
        if new:
            app = replace(app, id=self.next_application)
            self.next_application += 1
            self.created_applications.add(self.next_application - 1)
        assert app.id is not None
        self.applications[app.id] = app
        if app.id not in self.touched_applications:
            self.touched_applications.append(app.id)
        return app

    def add_followup(self, fu: FollowUp) -> None:
        key = fu.key
        if any(other.message_id == fu.message_id or _same_key(other.key, key) for other in self.followups.values()):
            return  # the store's unique keys would refuse it
        fid = self.next_followup
        self.next_followup += 1
        fu = replace(fu, id=fid)
        self.followup_changes.append(fu)
        self.followups[fid] = as_stored(fu)

    def redraft(self, change: Redraft) -> None:
        fu = self.followups[change.followup_id]
        state = FollowUpState.awaiting_approval if change.from_state is FollowUpState.approved else fu.state
        self.followups[change.followup_id] = replace(fu, subject=change.subject, body=change.body, state=state)
        self.followup_changes.append(change)

    def retime(self, change: Retime) -> None:
        fu = self.followups[change.followup_id]
        self.followups[change.followup_id] = replace(fu, send_at=change.send_at.astimezone(UTC))
        self.followup_changes.append(change)

    def cancel(self, followup_id: int, reason: str) -> None:
        fu = self.followups.get(followup_id)
        if fu is None or fu.state not in PENDING:
            return
        self.followups[followup_id] = replace(fu, state=FollowUpState.cancelled)
        self.followup_changes.append(Cancellation(followup_id, fu.state, reason))

    def changes(self) -> Changes:
        return Changes(
            base=self.base,
            applications=tuple(self.applications[i] for i in self.touched_applications),
            interviews=tuple(self.interviews[i] for i in self.touched_interviews),
            created_applications=frozenset(self.created_applications),
            created_interviews=frozenset(self.created_interviews),
            followup_changes=tuple(self.followup_changes),
            history=tuple(self.history),
            plans=tuple(self.plans),
        )


def _same_key(a: tuple[int | None, int | None, str, str], b: tuple[int | None, int | None, str, str]) -> bool:
    return (a[0] or 0, a[1] or 0, a[2], a[3]) == (b[0] or 0, b[1] or 0, b[2], b[3])


def decide(
    snapshot: Snapshot,
    event: Event,
    facts: MessageFacts,
    trust: Trust,
    *,
    rules: RuleSet,
    owner: Owner,
    owner_addresses: frozenset[str],
    now: datetime,
    draft: Draft,
    message_row: int | None = None,
) -> Changes:
    """Track `event` on the snapshot, plan each target it touched, and draft the new notes.

    `trust` is the verdict on the event's message (trust.judge): what `approval: auto` may do.
    """
    state = Tracked(
        interviews=snapshot.interviews,
        applications=snapshot.applications,
        sent=snapshot.sent,
        owner_addresses=owner_addresses,
    )
    work = _Working(snapshot)
    last_application: int | None = None
    for change in track_event(state, event, facts):
        target: Target | None = None
        trigger: Event | Trigger = event
        kind = change.kind
        line = HistoryLine(event.kind.value, now, message_row=message_row, note=change.reason)
        if kind is ChangeKind.create_interview and change.interview is not None:
            iv = change.interview
            if iv.application_id is None and last_application is not None:
                iv = replace(iv, application_id=last_application)
            target = work.put_interview(iv, new=True)
            work.history.append(replace(line, interview_id=target.id))
        elif kind in (ChangeKind.update_interview, ChangeKind.end_interview) and change.interview is not None:
            target = work.put_interview(change.interview)
            work.history.append(replace(line, interview_id=target.id))
            if change.moved:
                followups = tuple(work.followups.values())
                for redraft in redrafts(target, followups, draft, "the interview moved"):
                    work.redraft(redraft)
        elif kind is ChangeKind.create_application and change.application is not None:
            target = work.put_application(change.application, new=True)
            last_application = target.id
            work.history.append(replace(line, application_id=target.id))
        elif kind is ChangeKind.end_application and change.application is not None:
            target = work.put_application(change.application)
            work.history.append(replace(line, application_id=target.id))
        elif kind is ChangeKind.link_application and change.interview is not None:
            linked = change.interview
            if linked.application_id is None and last_application is not None:
                linked = replace(linked, application_id=last_application)
            if linked.id is not None:
                work.put_interview(linked)
        elif kind in (ChangeKind.noticed_reply, ChangeKind.defer):
            if kind is ChangeKind.noticed_reply:
                trigger = Trigger("reply", at=change.at, person=change.person)
                at = change.at or now
            else:
                trigger = Trigger("defer", at=change.until, person=change.person)
                at = now
            work.history.append(
                HistoryLine(kind="reply" if kind is ChangeKind.noticed_reply else "defer", at=at,
                            interview_id=change.interview_id, application_id=change.application_id,
                            message_row=message_row, note=change.reason)
            )  # fmt: skip
            if change.interview_id is not None:
                target = work.interviews.get(change.interview_id)
            elif change.application_id is not None:
                target = work.applications.get(change.application_id)
        if target is not None and target.id is not None:
            _plan(work, trigger, target, rules, owner, now, trust, draft)
    return work.changes()


def decide_plan(
    snapshot: Snapshot,
    trigger: Event | Trigger,
    target: Target,
    *,
    rules: RuleSet,
    owner: Owner,
    now: datetime,
    trust: Trust,
    draft: Draft,
) -> Changes:
    """Plan one trigger on one stored target (a correction, not a new mail): creates, re-timings, cancels."""
    work = _Working(snapshot)
    _plan(work, trigger, target, rules, owner, now, trust, draft)
    return work.changes()


def _plan(
    work: _Working, trigger: Event | Trigger, target: Target, rules: RuleSet, owner: Owner, now: datetime,
    trust: Trust, draft: Draft,
) -> None:
    """Plan one trigger on one target and lay its creates, re-timings and cancels over the state."""
    tracked: tuple[Target, ...] = (*work.interviews.values(), *work.applications.values())
    result = plan(trigger, target, rules, tuple(work.followups.values()), owner, now, trust, tracked)
    work.plans.append(result)
    for fu in result.creates:
        work.add_followup(draft(target, fu))
    for retime in result.retimes:
        work.retime(retime)
        is_interview = isinstance(target, Interview)
        work.history.append(
            HistoryLine("retimed", now, interview_id=target.id if is_interview else None,
                        application_id=None if is_interview else target.id,
                        note=f"follow-up {retime.followup_id}: {retime.reason}")
        )  # fmt: skip
    for cancel in result.cancels:
        work.cancel(cancel.followup_id, cancel.reason)
    is_interview = isinstance(target, Interview)
    for skip in result.skips:
        if skip.reason.startswith(WORTH_TELLING):
            work.history.append(
                HistoryLine("skipped", now, interview_id=target.id if is_interview else None,
                            application_id=None if is_interview else target.id,
                            note=f"rule '{skip.rule}': {skip.reason}")
            )  # fmt: skip
