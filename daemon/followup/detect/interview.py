"""Pure: the interview's time and place, picked among every time a mail mentions.

Owns the choice between times (confirmed over proposed, new over old, the interview over the
application date), the zone of a time written without one, and the location line. Finding and
resolving the time phrases themselves is `times`.

Must not: read the clock: relative phrases resolve against the message's own date.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from followup.addresses import known_sender
from followup.detect.cues import STRONG
from followup.detect.purpose import is_held
from followup.detect.signals import slot_request
from followup.detect.text import Context, quote, rx
from followup.detect.times import TimeMention, find_times, zone_for_abbreviation, zone_named
from followup.ics import CalendarInvite, find_meeting_url
from followup.model import InterviewTime

_CONFIRMED_CONTEXT = rx(
    r"\bconfirm",
    r"\bscheduled (?:for|on)\b",
    r"\bbooked\b",
    r"\bset for\b",
    r"\bsee you\b",
    r"\bwill (?:take place|be held|start)\b",
    r"\bwhen\s*[:|]",
    r"\bdate\s*[:|]",
    r"\btime\s*[:|]",
    r"\bstart\s*[:|]",
    r"\bupdated\s*[:|]",
    r"\bquand\s*:",
    r"\bdate et heure\b",
    r"\bwann\s*:",
    r"\bdatum\s*:",
    r"\buhrzeit\s*:",
    r"\bcuándo\s*:",
    r"\bfecha\s*:",
    r"\bhora\s*:",
    r"\bconfirmé",
    r"\bbestätigt",
    r"\bconfirmad",
    r"\bis on\b",
    r"\bis at\b",
    r"\bfor (?:your|the) interview\b",
    r"\bprévu",
    r"\bfixé",
)
_NEW_CONTEXT = rx(
    r"\bnew\b",
    r"\bnow\b",
    r"\bmoved to\b",
    r"\bre-?scheduled (?:to|for)\b",
    r"\bchanged to\b",
    r"\bupdated\b",
    r"\binstead\b",
    r"\bnouve(?:au|l|lle)\b",
    r"\bdésormais\b",
    r"\bneue[nrs]?\b",
    r"\bauf\b",
    r"\bnuev[oa]\b",
    r"\bahora\b",
    r"\bpushed to\b",
    r"\bto\s*$",
    r"\bà\s*$",
    r"\ba\s*$",
)
_OLD_CONTEXT = rx(
    r"\boriginally\b",
    r"\bpreviously\b",
    r"\bold\b",
    r"\bformerly\b",
    r"\bwas (?:scheduled|planned|booked|set)\b",
    r"\bfrom\s*$",
    r"\binitialement\b",
    r"\bprécédemment\b",
    r"\bancien",
    r"\bursprünglich\b",
    r"\bbisherige",
    r"\boriginalmente\b",
    r"\banterior\b",
    r"\bprevist[oa]\b",
    r"\bdu\s*$",
    r"\bvon\s*$",
    r"\bdel\s*$",
    r"\binstead of\b",
    r"\bplutôt que\b",
)
_APPLIED_CONTEXT = rx(
    r"\bappl(?:ied|ication)\b",
    r"\bsubmitted\b",
    r"\breceived\b",
    r"\bpostul",
    r"\bbeworben\b",
    r"\beingegangen\b",
    r"\breçue\b",
    r"\bdeadline\b",
    r"\bby\s*$",
    r"\bbefore\s*$",
    r"\bavant le\b",
    r"\bbis zum\b",
    r"\bantes del\b",
    r"\bsent\b",
    r"\bwrote\b",
    r"\bécrit\b",
    r"\bschrieb\b",
    r"\bescribió\b",
)
_PROPOSAL_CONTEXT = rx(
    r"\boption\b",
    r"\bor\s*$",
    r"\bou\s*$",
    r"\boder\s*$",
    r"\bo\s*$",
    # "would" proposes ("would Tuesday work?"), but "we would like to invite you ... on" fixes a time.
    r"\bwould\b(?! like to (?:invite|confirm|welcome|see) you)",
    r"\bcould\b",
    r"\bavailable\b",
    r"\bdisponible",
    r"\bverfügbar",
    r"\bpropos",
    r"\bvorschl",
    r"\bslots?\b",
    r"\bcréneau",
    r"\bhueco",
    r"\bhorario",
    r"^\s*(?:[-•*·]|\d[.)])\s",
)

# A request to move a booked meeting, and the words that offer a choice instead of one new time.
_MOVE_ASKED = re.compile(
    r"\b(?:could|can|would|shall)\b[^.?!\n]{0,60}?\b(?:bump|push|move|shift|start|begin|postpone|bring|make|"
    r"reschedule)\b",
    re.IGNORECASE,
)
_CHOICE = re.compile(r"\bor\b|\beither\b|\boptions?\b|\bslots\b|\bwhich\b", re.IGNORECASE)
_REPLACED = re.compile(r"\b(?:instead of|rather than)\b[^.\n]{0,25}$", re.IGNORECASE)

_LIST_ITEM = re.compile(r"\s*(?:[-•*·]|\d[.)])\s")

_US_ZONE_IN_TEXT = re.compile(
    r"\b(?:EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|Eastern|Pacific|Central Time|Mountain)\b"
)
_EU_ZONE_IN_TEXT = re.compile(r"\b(?:CET|CEST|BST|GMT|WET|MEZ|MESZ|UK time|London|Paris|Berlin|Madrid)\b")


def _is_dayfirst(text: str, lang: str, sent: datetime | None, owner_zone: str, is_ats: bool = False) -> bool:
    if lang != "en":
        return True
    if _US_ZONE_IN_TEXT.search(text):
        return False
    if _EU_ZONE_IN_TEXT.search(text):
        return True
    offset = sent.utcoffset() if sent is not None else None
    if offset is not None and offset != timedelta(0):
        return not (timedelta(hours=-11) <= offset <= timedelta(hours=-3))
    if offset is not None and not (is_ats and owner_zone.startswith("America/")):
        return True  # +0000 outside an American ATS: British or Irish writing, day first
    return not owner_zone.startswith("America/")


# A zone stated once for the whole mail: "Time zone | America/New_York", "(all times Pacific)".
_DECLARED_ZONE = re.compile(
    r"\b(?:time ?zone|all times(?: are| shown)?(?: in)?|times (?:are |shown )?in|zeitzone|fuseau(?: horaire)?|"
    r"zona horaria)\b\s*[:|(]?\s*(?P<z>[A-Za-z_]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|[A-Za-z]+(?: [A-Za-z]+){0,2})",
    re.IGNORECASE,
)


def _declared_zone(text: str) -> str | None:
    for found in _DECLARED_ZONE.finditer(text[:20000]):
        words = found.group("z").split()
        if "/" in words[0]:
            return words[0] if zone_named(words[0]) is not None else None
        for size in range(len(words), 0, -1):  # "Pacific Time (US)" → "PACIFIC TIME", then "PACIFIC"
            name = zone_for_abbreviation(" ".join(words[:size]))
            if name is not None:
                return name
    return None


def _default_zone(ctx: Context, invite: CalendarInvite | None, owner_zone: str) -> tuple[tzinfo, str | None, str]:
    """The zone of a time written without one: the calendar's, one the mail states once for all
    its times, the sender's Date offset, the owner's."""
    if invite is not None and invite.timezone and (tz := zone_named(invite.timezone)) is not None:
        return tz, invite.timezone, f"no zone in text → calendar zone {invite.timezone}"
    declared = _declared_zone(f"{ctx.subject}\n{ctx.body}")
    if declared is not None and (tz := zone_named(declared)) is not None:
        return tz, declared, f"zone stated for the whole mail → {declared}"
    date = ctx.message.date
    if date is not None and date.utcoffset() is not None:
        offset = date.utcoffset() or timedelta(0)
        sign = "+" if offset >= timedelta(0) else "-"
        minutes = int(abs(offset).total_seconds() // 60)
        label = f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
        return timezone(offset), None, f"no zone in text → sender's Date offset {label}"
    tz = zone_named(owner_zone) or UTC
    return tz, owner_zone, f"no zone in text → owner zone {owner_zone}"


def find_interview_time(
    ctx: Context, invite: CalendarInvite | None, kind: str, lang: str, owner_zone: str
) -> tuple[InterviewTime | None, list[str], bool]:
    notes: list[str] = []
    url = find_meeting_url(invite.url if invite else None, invite.location if invite else None, ctx.body[:30000])
    location = _location(ctx.body, invite)
    if invite is not None and invite.start is not None and not invite.all_day:
        start, end, zone = invite.start, invite.end, invite.timezone
        if invite.floating:
            tz, zone, note = _default_zone(ctx, None, owner_zone)
            start = start.replace(tzinfo=tz)
            end = end.replace(tzinfo=tz) if end else None
            notes.append(f"time: calendar floating time; {note}")
        else:
            notes.append(f"time: calendar DTSTART {start.isoformat()}" + (f" ({zone})" if zone else ""))
        return InterviewTime(start=start, end=end, timezone=zone, location=location, meeting_url=url), notes, False

    reference = ctx.message.date or ctx.message.envelope_date
    tz, zone_name, zone_note = _default_zone(ctx, invite, owner_zone)
    if reference is None:
        reference = datetime(2000, 1, 1, tzinfo=tz)
        notes.append("time: message has no Date; relative phrases unresolved")
    text = f"{ctx.subject}\n{ctx.body[:20000]}"
    sender_system = known_sender(ctx.message.sender.email if ctx.message.sender else None)
    dayfirst = _is_dayfirst(text, lang, ctx.message.date, owner_zone, sender_system is not None)
    mentions = find_times(
        text,
        reference=reference,
        default_zone=tz,
        default_zone_name=zone_name,
        default_zone_note=zone_note,
        dayfirst=dayfirst,
    )
    held = [m for m in mentions if is_held(text, m.position)]
    if held:
        # "Thank you for interviewing with us on Tuesday at 2pm": that Tuesday is behind, whatever
        # date the weekday would resolve to.
        notes.append(f"time: {quote(held[0].text, 60)} is of an interview held, not one to come")
        mentions = [m for m in mentions if m not in held]
    if not mentions:
        return None, notes, False
    chosen, proposals_only = _choose(mentions, text, kind, reference)
    if chosen is None:
        return None, notes, proposals_only
    notes.append(f"time: {quote(chosen.text, 60)} → {chosen.zone_note}")
    end = chosen.end
    return (
        InterviewTime(start=chosen.start, end=end, timezone=chosen.zone, location=location, meeting_url=url),
        notes,
        proposals_only,
    )


def _choose(mentions: list[TimeMention], text: str, kind: str, reference: datetime) -> tuple[TimeMention | None, bool]:
    """Pick the interview's time among several: confirmed over proposed, new over old, future over past."""
    scored: list[tuple[float, int, TimeMention]] = []
    proposals = 0
    slot_pick = slot_request(text) is not None
    confirmed_anywhere = bool(STRONG["interview_scheduled"].search(text)) or bool(
        STRONG["interview_rescheduled"].search(text)
    )
    for index, mention in enumerate(mentions):
        line_start = text.rfind("\n", 0, mention.position) + 1
        near = text[max(mention.position - 60, line_start) : mention.position]
        # What a previous sentence says ("Thanks for booking a slot. I'll call you on...") is not
        # said of this time.
        near = near[max(near.rfind(". "), near.rfind("! "), near.rfind("? ")) + 1 :]
        line = text[line_start : text.find("\n", mention.position) if "\n" in text[mention.position :] else len(text)]
        score = 0.0
        if _CONFIRMED_CONTEXT.search(near) or _CONFIRMED_CONTEXT.search(line[:20]):
            score += 2.0
        if kind == "interview_rescheduled":
            if _NEW_CONTEXT.search(near):
                score += 3.0
            if _OLD_CONTEXT.search(near):
                score -= 4.0
            score += 0.3 * index  # the new time is usually written after the old one
        else:
            if _OLD_CONTEXT.search(near):
                score -= 1.5
            score -= 0.1 * index
        if _APPLIED_CONTEXT.search(near):
            score -= 3.0
        # A line that opens as a list item offers one option; only the bullet is read there, so that
        # a cut word ("Your o") is not taken for a Spanish "o" (or).
        is_proposal = bool(_PROPOSAL_CONTEXT.search(near) or _LIST_ITEM.match(line)) or (
            slot_pick and re.search(r"\?\s*$", line) is not None
        )
        if (
            is_proposal
            and kind == "interview_rescheduled"
            and _MOVE_ASKED.search(text, max(line_start, mention.position - 200), mention.position)
            and not _CHOICE.search(
                near + re.split(r"[.?!](?:\s|$)", text[mention.position : mention.position + 200])[0]
            )
        ):
            # "Could we bump our interview to 3pm instead of 2pm?": the one new time, asked politely.
            is_proposal = False
        if _REPLACED.search(mention.text):
            score -= 4.0  # "3pm instead of 2pm": this reading is the time being replaced
        if slot_pick and not _CONFIRMED_CONTEXT.search(near):
            is_proposal = True
        if is_proposal:
            score -= 2.5
            proposals += 1
        if mention.start < reference - timedelta(hours=12) and kind != "interview_cancelled":
            score -= 3.0
        if mention.start > reference + timedelta(days=370):
            score -= 3.0
        if mention.end is not None:
            score += 0.5
        if "zone" in mention.zone_note and "no zone" not in mention.zone_note:
            score += 0.3
        scored.append((score, -index, mention))
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    best_score, _, best = scored[0]
    proposals_only = proposals == len(mentions) and not confirmed_anywhere
    if kind == "interview_rescheduled" and proposals == len(mentions) and len({m.start for m in mentions}) > 1:
        # "Could we move it to Thursday at 1pm or Friday at 2pm?": a choice, whatever else is said.
        return None, True
    if proposals_only and len(mentions) > 1:
        return None, True
    if best_score < -2.5 and len(mentions) > 1 and proposals_only:
        return None, True
    return best, proposals_only


_LOCATION_LINE = re.compile(
    r"^\s*(?:location|where|address|lieu|adresse|ort|adresse|dirección|lugar|venue)\s*:\s*(?P<loc>[^\n]{3,160})",
    re.IGNORECASE | re.MULTILINE,
)


def _location(body: str, invite: CalendarInvite | None) -> str | None:
    if invite is not None and invite.location:
        loc = invite.location.strip()
        if not re.match(r"^https?://", loc):
            return loc[:200]
        return None
    m = _LOCATION_LINE.search(body[:20000])
    if m:
        loc = m.group("loc").strip()
        if not re.match(
            r"^(?:https?://|zoom|google meet|microsoft teams|teams|video|phone|online)", loc, re.IGNORECASE
        ):
            return loc[:200]
    return None
