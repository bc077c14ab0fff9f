"""An idle pass loads the sending side only when a draft waiting for approval needs something now.

Drafts waiting for the owner are the common state between an interview and its thank-you; the
outbound work for them (mailing the request, a reminder, an expiry) comes at known instants. The
check and housekeeping must agree: whenever housekeeping would change anything, the check says so.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from followup.approval import jobs as approval_jobs
from followup.approval.windows import drafts_need_attention
from tests.unit.test_approval_jobs import PLANNED, THANKS_AT, Desk


def notices_and_states(desk: Desk) -> tuple[list[str], dict[str, str]]:
    return sorted(k for k, _ in desk.store.unsent_notices()), desk.states()


def assert_check_agrees_with_housekeeping(desk: Desk, now: datetime) -> None:
    needed = drafts_need_attention(desk.rt, desk.store, now)
    before = notices_and_states(desk)
    approval_jobs.housekeeping(desk.rt, desk.store, now)
    if notices_and_states(desk) != before:
        assert needed, f"housekeeping acted at {now} but the check saw nothing to do"


def test_a_draft_whose_request_is_not_mailed_needs_attention(tmp_path: Path) -> None:
    desk = Desk(tmp_path)
    desk.invite()
    assert drafts_need_attention(desk.rt, desk.store, PLANNED)
    desk.request()
    assert not drafts_need_attention(desk.rt, desk.store, PLANNED + timedelta(minutes=1))


def test_drafts_approved_from_the_command_line_need_nothing_until_their_reminder(tmp_path: Path) -> None:
    desk = Desk(tmp_path, via="[cli]")
    desk.invite()
    assert not drafts_need_attention(desk.rt, desk.store, PLANNED)
    reminder = THANKS_AT - approval_jobs.REMIND_BEFORE
    assert not drafts_need_attention(desk.rt, desk.store, reminder - timedelta(minutes=1))
    assert drafts_need_attention(desk.rt, desk.store, reminder)


@pytest.mark.parametrize("hours", [0, 1, 24, 48, 70, 71, 72, 73, 100, 140, 141, 142, 150, 200, 400])
@pytest.mark.parametrize("via", ["[cli]", "[cli, email]"])
@pytest.mark.parametrize("expire_after", ["1d", "30d"])  # 30d: a draft expires by lateness first
def test_whenever_housekeeping_would_change_something_the_check_says_so(
    tmp_path: Path, hours: int, via: str, expire_after: str
) -> None:
    desk = Desk(tmp_path, via=via, expire_after=expire_after)
    desk.invite()
    if "email" in via:
        desk.request()
    assert_check_agrees_with_housekeeping(desk, PLANNED + timedelta(hours=hours))


@pytest.mark.parametrize("days", [1, 2, 3, 5, 8, 13, 21, 34])
def test_a_draft_planned_after_its_send_time_needs_attention_once_it_is_too_late(tmp_path: Path, days: int) -> None:
    # No reminder (it began waiting after its deadline) and a long expiry: only lateness ends it.
    desk = Desk(tmp_path, via="[cli]", expire_after="60d")
    desk.invite(THANKS_AT + timedelta(hours=1))
    assert_check_agrees_with_housekeeping(desk, THANKS_AT + timedelta(days=days))


@pytest.mark.parametrize(("via", "work"), [("[cli]", False), ("[cli, email]", True)])
def test_a_question_counts_as_work_only_where_questions_are_mailed(tmp_path: Path, via: str, work: bool) -> None:
    from followup.service import _has_work

    desk = Desk(tmp_path, via=via)
    desk.invite()
    if "email" in via:
        desk.request()
    desk.store.add_inquiry("address:test", "address", PLANNED, person_name="Raj Patel")
    assert _has_work(desk.rt, desk.store, PLANNED + timedelta(minutes=1)) is work
