"""Pure: the short mail telling the owner what their reply was understood to say."""

from __future__ import annotations

from collections.abc import Sequence

from followup.approval.reply import ReplyCommand
from followup.approval.request import DraftView, format_time, person_text


def render_confirmation(command: ReplyCommand, drafts: Sequence[DraftView]) -> tuple[str, str]:
    """Return (subject, body) of the short answer telling the owner what was understood."""
    if command.kind == "unclear":
        return (
            "followup: your reply was not understood",
            f"{command.reason}\n\nThe drafts still wait for your answer; reply to the approval request again.\n",
        )
    chosen = set(command.drafts) if command.drafts else {d.number for d in drafts}
    lines: list[str] = []
    approved = rejected = 0
    for draft in sorted(drafts, key=lambda d: d.number):
        recipients = ", ".join(person_text(p) for p in draft.to) or "(no recipient)"
        if draft.number in chosen and command.kind == "approve":
            approved += 1
            edited = " with your edited text" if draft.number in command.edits else ""
            goes = format_time(draft.send_at, draft.zone)
            lines.append(f"Draft {draft.number} to {recipients}: approved{edited}; goes {goes}.")
        elif (draft.number in chosen and command.kind == "reject") or draft.number in command.rejects:
            rejected += 1
            lines.append(f"Draft {draft.number} to {recipients}: rejected; it will not be sent.")
        else:
            lines.append(f"Draft {draft.number} to {recipients}: still waiting for your answer.")
    parts = []
    if approved:
        parts.append(f"approved {approved}")
    if rejected:
        parts.append(f"rejected {rejected}")
    subject = "followup: " + " and ".join(parts) + (" follow-up" if approved + rejected == 1 else " follow-ups")
    return subject, "Understood: " + command.reason + ".\n\n" + "\n".join(lines) + "\n"
