"""The text of each follow-up: rendered from its template when planned, re-rendered when its target changes.

The text is stored with the note, so that what the owner approves is exactly what goes out. A
draft still awaiting approval is re-rendered when its interview moves or gains a question; an
approved one whose text would change goes back to awaiting approval rather than sending words
the owner never saw. Both the inbound side (planning) and the outbound side (sending) use this.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from followup.changes import Changes, Draft, redrafts
from followup.errors import ConfigError, FollowupError, Problem
from followup.model import Application, FollowUp, Interview, Original
from followup.render import build_context, render_text
from followup.runtime import Runtime
from followup.store import Store


def answered(target: Interview | Application | None, fu: FollowUp) -> Original:
    """The mail a follow-up answers: the one that triggered it, else its target's first mail.

    RFC 5322 §3.6.4: a reply names its parent; a note answering a rejection replies to the
    rejection, the latest mail of that conversation, not to the application receipt.
    """
    if fu.answers is not None and fu.answers.message_id:
        return fu.answers
    return target.original if target is not None else Original()


def draft_text(rt: Runtime, target: Interview | Application | None, fu: FollowUp) -> tuple[str, str]:
    """Render a follow-up's subject and body from its template; raise ConfigError on a template fault."""
    template = rt.templates.get(fu.template)
    if template is None:
        # The rules were validated against the templates; only a reload can have removed it.
        raise ConfigError([Problem(fu.template, 0, 0, "", "template not found; restore it or reject the draft")])
    owner = rt.config.owner
    interview = target.time if isinstance(target, Interview) else None
    questions = target.questions if isinstance(target, Interview) else ()
    original = answered(target, fu)
    context = build_context(
        owner_name=owner.name,
        owner_email=owner.email,
        owner_signature=owner.signature,
        owner_zone=owner.timezone,
        recipient=fu.recipient,
        company=target.company if target else None,
        role=target.role if target else None,
        interview=interview,
        questions=questions,
        original=original,
    )
    return render_text(template, context, original_subject=original.subject)


def with_text(rt: Runtime, target: Interview | Application | None, fu: FollowUp) -> FollowUp:
    """The follow-up with its rendered subject and body filled in (unchanged if it cannot render)."""
    try:
        subject, body = draft_text(rt, target, fu)
    except FollowupError as exc:
        reason = " / ".join(str(exc).splitlines()) or f"template {fu.template} is missing"
        return replace(fu, last_error=f"cannot render: {reason}")
    return replace(fu, subject=subject, body=body)


def drafter(rt: Runtime) -> Draft:
    """`with_text` bound to this runtime: what `changes.decide` drafts new and changed notes with."""
    return lambda target, fu: with_text(rt, target, fu)


def refresh_drafts(rt: Runtime, store: Store, target: Interview | Application, now: datetime, why: str) -> None:
    """Re-render the unsent drafts of a target after it changed (moved, new question)."""
    if isinstance(target, Interview):
        items = store.followups(interview_id=target.id)
    else:
        items = store.followups(application_id=target.id)
    store.apply_changes(Changes(followup_changes=redrafts(target, tuple(items), drafter(rt), why)), now)
