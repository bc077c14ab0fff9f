"""Pure: scoring a mail for each event kind and deciding which kind it is.

Owns the weights given to the cues of `cues` in the subject, the text and the calendar, the
owner's own phrases and sender domains, and the decision between kinds.

Must not: read times or people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from followup.addresses import domain_of, has_domain
from followup.detect.cues import STRONG, SUBJECT, WEAK
from followup.detect.sentences import Cue, is_conditional, is_denied, is_sale
from followup.detect.text import KINDS, Context, quote
from followup.ics import CalendarInvite
from followup.vocabulary import KindVocabulary

# Outcomes are news only when said of this candidate, not as a condition or a general rule.
_SAID_OF_YOU = ("rejection", "offer")
# A subject naming only the topic ("Interview with Alex") says nothing of what happened to it; a
# status word beside it ("Updated:", "canceled", "time change") does.
_TOPIC = re.compile(r"(?:interview|entretien|vorstellungsgespräch|entrevista)", re.IGNORECASE)
_STATUS_KINDS = ("interview_cancelled", "interview_rescheduled")


@dataclass
class Scores:
    kind: dict[str, float] = field(default_factory=lambda: {k: 0.0 for k in KINDS})
    evidence: list[str] = field(default_factory=list)
    soft_rejection: bool = False  # the no is a position on hold or closed (see `sentences`)
    strong: set[str] = field(default_factory=set)  # kinds a strong phrase or sentence cue of the text speaks for
    decision: str | None = None  # why `decide_kind` chose as it did, when no single cue says it

    def add(self, kind: str, weight: float, note: str) -> None:
        self.kind[kind] += weight
        if len(self.evidence) < 24 and note not in self.evidence:
            self.evidence.append(note)


def _sentence_at(text: str, at: int) -> str:
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), text.rfind("!", 0, at)) + 1
    ends = [i for i in (text.find(".", at), text.find("\n", at), text.find("!", at)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def primary_invite(invites: list[CalendarInvite]) -> CalendarInvite | None:
    """Pick the invitation that matters: a cancellation or request with a start, earliest first."""
    useful = [i for i in invites if i.start is not None or i.method == "CANCEL"]
    if not useful:
        return None
    rank = {"CANCEL": 0, "REQUEST": 1, "PUBLISH": 2, None: 3}
    return sorted(useful, key=lambda i: (rank.get(i.method, 4), i.recurrence_id is not None))[0]


def score_kinds(ctx: Context, invite: CalendarInvite | None, cal_text: str, scores: Scores, cues: list[Cue]) -> None:
    """Score each kind; `cues` are `read_cues(ctx.subject, ctx.judged[:20000])`, read once by the caller."""
    text = ctx.judged[:30000]
    for cue in cues:
        scores.add(cue.kind, cue.weight, cue.note)
        if cue.weight >= 3:
            scores.strong.add(cue.kind)
        scores.soft_rejection = scores.soft_rejection or cue.soft
    lowered: str | None = None
    sender = (ctx.message.sender.email or "") if ctx.message.sender else ""
    status = next((k for k in _STATUS_KINDS if STRONG[k].search(ctx.subject) or SUBJECT[k].search(ctx.subject)), None)
    for kind in KINDS:
        count = 0
        for m in STRONG[kind].finditer(text):
            if kind in _SAID_OF_YOU and is_conditional(text, m.start()):
                continue  # "If we decide not to move forward, we will let you know"
            if kind == "offer" and (is_denied(text, m.start()) or is_sale(_sentence_at(text, m.start()))):
                continue  # "we won't be extending an offer" is a no (read by `sentences`); 30% off is a sale
            if count == 0:
                scores.add(kind, 3.0, f"text: {quote(m.group(0))}")
                scores.strong.add(kind)
            count += 1
            if count >= 4:
                break
        if count > 1:
            scores.kind[kind] += (count - 1) * 0.5
        weak = WEAK[kind].search(text)
        if weak:
            scores.add(kind, 1.5, f"text (weak): {quote(weak.group(0))}")
        sale = kind == "offer" and is_sale(ctx.subject)  # "an exclusive offer just for you"
        sm = None if sale else STRONG[kind].search(ctx.subject)
        if sm:
            scores.add(kind, 3.0, f"subject: {quote(sm.group(0))}")
        elif not sale and (sm := SUBJECT[kind].search(ctx.subject)) is not None:
            if status is not None and kind == "interview_scheduled" and _TOPIC.fullmatch(sm.group(0)):
                scores.evidence.append(f"subject: {quote(sm.group(0))} names the topic, its status word is {status}'s")
            else:
                scores.add(kind, 2.0, f"subject: {quote(sm.group(0))}")
        if cal_text:
            cm = STRONG[kind].search(cal_text) or (SUBJECT[kind].search(invite.summary or "") if invite else None)
            if cm:
                scores.add(kind, 1.0, f"calendar text: {quote(cm.group(0))}")
        vocab: KindVocabulary = getattr(ctx.extra, kind)
        if vocab.phrases and lowered is None:
            lowered = f"{ctx.subject}\n{text}".lower()  # only when the owner configured phrases
        for phrase in vocab.phrases:
            if phrase and lowered is not None and phrase.lower() in lowered:
                scores.add(kind, 3.5, f"config phrase ({kind}): {quote(phrase)}")
        if sender and vocab.sender_domains and has_domain(sender, vocab.sender_domains):
            scores.add(kind, 2.5, f"config sender domain ({kind}): {domain_of(sender)}")
    if invite is not None:
        if invite.method == "CANCEL" or invite.status == "CANCELLED":
            scores.add("interview_cancelled", 6.0, "calendar: cancellation (METHOD:CANCEL / STATUS:CANCELLED)")
        elif invite.method in {"REQUEST", "PUBLISH", None} and invite.start is not None:
            scores.add("interview_scheduled", 2.5, "calendar: invitation with a fixed start")
            # RFC 5545 §3.8.7.4: SEQUENCE > 0 means the organizer revised the event.
            if invite.sequence > 0:
                scores.add("interview_rescheduled", 3.0, f"calendar: SEQUENCE:{invite.sequence} (revised)")


def decide_kind(scores: Scores, invite: CalendarInvite | None, interview_word: bool) -> str | None:
    s = scores.kind
    if s["offer"] >= 3 and s["offer"] >= s["rejection"]:
        return "offer"
    if invite is not None and (invite.method == "CANCEL" or invite.status == "CANCELLED"):
        # The calendar takes the meeting away: that is the news, whatever reason the mail gives
        # ("the role has been filled"); the follow-up a rule plans is for a cancelled interview.
        return "interview_cancelled"
    cancelled = s["interview_cancelled"] >= 3 and (interview_word or invite is not None)
    if cancelled and scores.soft_rejection and s["rejection"] <= 3.5:
        return "interview_cancelled"  # "the role is on hold, so we have to cancel your interview"
    if s["rejection"] >= 3 and s["rejection"] >= s["interview_scheduled"] - 1:
        return "rejection"
    interviewish = interview_word or invite is not None
    if s["interview_cancelled"] >= 3 and interviewish and s["interview_cancelled"] >= s["interview_rescheduled"] - 2:
        return "interview_cancelled"
    if s["interview_rescheduled"] >= 3 and interviewish:
        return "interview_rescheduled"
    if s["interview_scheduled"] >= 3 and interviewish:
        return "interview_scheduled"
    if s["interview_scheduled"] >= 2 and invite is not None and interviewish:
        return "interview_scheduled"
    # A status word in the subject ("Updated: Interview ...", "Interview canceled") with nothing
    # in the text to outweigh it: the subject says what happened.
    said = max(_STATUS_KINDS, key=lambda k: s[k])
    if interviewish and s[said] >= 2 and s[said] > s["interview_scheduled"]:
        return said
    if s["application_received"] >= 3 and "application_received" not in scores.strong and s["rejection"] >= 1.5:
        # "Thank you for your interest in X ... Unfortunately": a receipt never said, only the
        # thanks every rejection opens with, and regret.
        scores.decision = "kind: thanks for the interest and regret, no receipt said: a no"
        return "rejection"
    if s["application_received"] >= 3 and s["application_received"] >= s["interview_scheduled"]:
        return "application_received"
    if interviewish and s["interview_scheduled"] >= 1.5:
        return "interview_scheduled"
    if s["application_received"] >= 3:
        return "application_received"
    if s["rejection"] >= 3:
        return "rejection"
    return None
