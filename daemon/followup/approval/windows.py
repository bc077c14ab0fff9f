"""When each draft waiting for approval needs the outbound side: read from the store, without
loading the sending side, so that an idle pass with drafts waiting stays light."""

from __future__ import annotations

from datetime import datetime, timedelta

from followup.approval.states import ApprovalWindow, approval_window, attention_at
from followup.model import FollowUp, FollowUpState
from followup.runtime import Runtime
from followup.store import Store


def awaiting_since(store: Store, fu: FollowUp, now: datetime) -> datetime:
    """When the draft last entered awaiting_approval (a changed text sends it back there)."""
    assert fu.id is not None
    entered = [t.at for t in store.transitions(fu.id) if t.to_state == FollowUpState.awaiting_approval.value]
    return max(entered, default=fu.created_at or now)


def draft_window(rt: Runtime, store: Store, fu: FollowUp, now: datetime) -> ApprovalWindow:
    """When this draft's approval request goes out and when it expires (see approval_window)."""
    since = awaiting_since(store, fu, now)
    return approval_window(since, fu.send_at, rt.config.approval.expire_after.timedelta)


def drafts_need_attention(rt: Runtime, store: Store, now: datetime) -> bool:
    """Whether a draft waiting for approval gives the outbound side work now: its request is
    still to be mailed, or its reminder, expiry or send time has come (see attention_at)."""
    requested = store.requested_followup_ids() if "email" in rt.config.approval_via else None
    for fu in store.followups(FollowUpState.awaiting_approval):
        if fu.id is None:
            continue
        if requested is not None and fu.id not in requested:
            return True
        window = draft_window(rt, store, fu, now)
        if now >= attention_at(window, fu.send_at, timedelta(seconds=fu.max_lateness_s)):
            return True
    return False
