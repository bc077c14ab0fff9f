"""Pure: a parsed Message → an Event with evidence and confidence (DESIGN §4).

Owns the order of the stages: what is never news (the owner's own mail, auto-replies, ignored
senders), whether the mail is job mail at all, bulk mail and cold outreach, then the kind
(`kinds`), the interview's time (`interview`), the people (`people`), company and role.

Must not: do I/O, read the clock or the environment, or raise: a message it cannot understand
gives kind `none` with the reason in the evidence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import timedelta

from followup.addresses import domain_of, has_domain, is_personal_mail_domain, is_robot_address, known_sender
from followup.detect.company import find_company
from followup.detect.cues import STRONG
from followup.detect.interview import find_interview_time
from followup.detect.kinds import Scores, decide_kind, primary_invite, score_kinds
from followup.detect.people import find_contact, find_interviewers
from followup.detect.purpose import (
    COMMERCE,
    ELSEWHERE,
    GROUP_GREETING,
    HELD,
    LEARNING,
    NOT_HIRING,
    OTHER_APPLICATION,
    RITUALS,
    THIN_JOB_WORDS,
    other_purpose,
)
from followup.detect.role import find_role
from followup.detect.refusals import PARTING
from followup.detect.sentences import Cue, is_conditional, is_pending, is_sale, read_cues
from followup.detect.signals import (
    BULK,
    CALL_OFF,
    INTERVIEW,
    JOB,
    MEETING_WORD,
    OUTREACH,
    agenda_lines,
    slot_request,
)
from followup.detect.text import (
    KINDS,
    Context,
    drop_boilerplate,
    format_person,
    language_of,
    lower_cached,
    quote,
    reflow,
    squash,
    strip_history,
)
from followup.ics import CalendarInvite, read_calendar
from followup.model import (
    CalendarRef,
    Event,
    EventKind,
    InterviewTime,
    Message,
    Original,
)
from followup.vocabulary import DetectionConfig

MAX_TEXT = 60_000  # characters of body read; job mail that matters is short
_UNFOLD = re.compile(r"\r?\n[ \t]")
_NO_ADDITIONS = DetectionConfig()
# Footers every mailing carries, a personal one from an ATS included.
_FOOTER = re.compile(r"unsubscri|manage|browser|désabonn|désinscri|abbestell|abmeld|baja|suscripci", re.IGNORECASE)
# Kinds that "interview" or "application" alone can make; an outcome is read from its own words.
_THIN_KINDS = frozenset({"interview_scheduled", "interview_rescheduled", "interview_cancelled", "application_received"})
_OWN_TAG = re.compile(r"\[followup #[\w-]+\]", re.IGNORECASE)


def detect_event(
    message: Message,
    *,
    owner_email: str | None = None,
    owner_zone: str = "UTC",
    extra: DetectionConfig = _NO_ADDITIONS,
) -> Event:
    """Judge one parsed message and return its Event (kind `none` when it is not job news)."""
    original = Original(
        sender=format_person(message.sender),
        subject=message.subject or None,
        date=message.date,
        message_id=message.message_id,
    )
    try:
        return _detect(message, original, owner_email, owner_zone, extra)
    except Exception as exc:  # the contract: a message we cannot understand is `none`, never a crash
        return Event(
            kind=EventKind.none,
            original=original,
            confidence=0.0,
            evidence=(f"error: could not read the message ({type(exc).__name__}: {str(exc)[:80]})",),
        )


def _none(
    original: Original, evidence: list[str], reason: str, calendar: CalendarRef | None = None, *, booking: bool = False
) -> Event:
    """A message that is no event; `booking` when it asks the owner to pick a slot (DESIGN §4)."""
    notes = [*evidence, "booking_requested: a time is to be picked, none is fixed"] if booking else evidence
    return Event(
        kind=EventKind.none,
        original=original,
        calendar=calendar,
        confidence=0.8 if not reason.startswith("no ") else 0.5,
        evidence=tuple([*notes, reason][-20:]),
        booking_requested=booking,
    )


def _outcome_said(judged: str, cues: Callable[[], list[Cue]]) -> bool:
    """A person at a company saying no, or yes, in a few words ("Sadly we won't be moving forward",
    "attached is your formal offer"): a job mail though no job word is in it. Not in mail with a
    list's footer; a yes not in mail that sells ("our best offer, extended just for you")."""
    if BULK.search(judged[:20000]):
        return False
    found = cues()
    if any(cue.kind == "rejection" and cue.weight > 0 for cue in found):
        return True
    # A yes to you ("attached is your formal offer", "welcome to the team") in mail that sells nothing.
    return not is_sale(judged[:20000]) and any(cue.kind == "offer" and cue.weight > 0 for cue in found)


def _organized_by(invites: list[CalendarInvite], owner_email: str) -> bool:
    """Whether one of `invites` is an invitation the owner organized for someone else too."""
    owner = owner_email.lower()
    return any(
        (invite.organizer is not None and (invite.organizer.email or "").lower() == owner)
        and any((a.email or "").lower() not in {"", owner} for a in invite.attendees)
        for invite in invites
    )


def _detect(
    message: Message, original: Original, owner_email: str | None, owner_zone: str, extra: DetectionConfig
) -> Event:
    evidence: list[str] = []
    sender_email = (message.sender.email or "").lower() if message.sender else ""
    if message.defects and not message.text and not message.subject:
        return _none(original, evidence, f"unreadable: {message.defects[0][:80]}")
    for ignored in extra.ignore_senders:
        ignored = ignored.lower().strip()
        if (
            ignored
            and sender_email
            and (sender_email == ignored or ("@" not in ignored and has_domain(sender_email, (ignored,))))
        ):
            return _none(original, evidence, f"sender {sender_email} is in detection.ignore_senders")
    if message.is_auto_reply or (
        (message.auto_submitted or "no").lower() not in {"no", ""}
        and "auto-replied" in (message.auto_submitted or "").lower()
    ):
        return _none(original, evidence, "auto-reply (RFC 3834): robots are not news")
    invites: list[CalendarInvite] | None = None  # read once, when first needed
    if owner_email and sender_email == owner_email.lower():
        invites = [i for m in message.calendars[:8] for i in read_calendar(m)]
        if not _organized_by(invites, owner_email):
            return _none(original, evidence, "sent by the owner: the owner's own mail is not news")
        evidence.append("calendar: organized by the owner with others invited: still the owner's interview")
    if _OWN_TAG.search(message.subject or ""):
        return _none(original, evidence, "the daemon's own approval or notice thread ([followup #...])")

    selves = {a.lower() for a in (owner_email,) if a}
    if message.is_forward and message.envelope_sender and message.envelope_sender.email:
        selves.add(message.envelope_sender.email.lower())
    owner_sent = bool(owner_email and sender_email == owner_email.lower())
    sender_domain = domain_of(sender_email)
    for person in message.to:
        # The owner's own invitation goes to the other side: those addressed are not the owner.
        if person.email and person.email.lower() != sender_email and not owner_sent:
            # Nor is the sender's colleague written to beside the owner ("you will meet Eva, on this thread").
            colleague = (
                len(message.to) > 1
                and sender_domain
                and domain_of(person.email) == sender_domain
                and sender_domain != domain_of(owner_email)
            )
            if not colleague:
                selves.add(person.email.lower())

    subject = " ".join((message.subject or "").split())
    subject = re.sub(r"^(?:\s*(?:re|fw|fwd|tr|wg|rv|aw|réf|ref)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    body = strip_history((message.text or "")[:MAX_TEXT])
    # Hard-wrapped plain text ("...position at Northwind\nLabs!") is re-flowed for phrase
    # matching: a long line followed by more text is one sentence.
    judged = reflow(drop_boilerplate(body))
    # The outcome cues are read at most once: by the quick look for a curt "no", then by scoring.
    cues = functools.cache(lambda: read_cues(subject, judged[:20000]))
    ctx = Context(message, subject, body, judged, owner_email, frozenset(selves), extra)
    extra_domains = (*extra.job_domains, *(dom for k in KINDS for dom in getattr(extra, k).sender_domains))
    ks = known_sender(sender_email)
    job_domain = bool(sender_email and extra_domains) and has_domain(sender_email, extra_domains)
    is_ats = ks is not None and ks.kind in {"ats", "scheduler", "booking"}
    # A person writing from a company's own domain (not a robot, not a personal mail service).
    from_company = (
        bool(sender_email)
        and not is_robot_address(sender_email)
        and not is_personal_mail_domain(domain_of(sender_email))
    )
    if not (is_ats or job_domain):
        # Most mail is not job mail: say so before the costly part. A calendar's raw text
        # (unfolded, RFC 5545 §3.1) holds its summary and description, so a meeting with no
        # job word anywhere is not parsed at all.
        raw_calendars = _UNFOLD.sub("", "\n".join(c[:50_000] for c in message.calendars[:8]))
        probe = f"{subject}\n{judged[:20000]}\n{raw_calendars}"
        if (
            JOB.search(probe) is None
            and not (from_company and CALL_OFF.search(probe))
            and not (from_company and _outcome_said(judged, cues))
            and not any(STRONG[k].search(probe) for k in ("rejection", "offer", "application_received"))
            and not any(p and p.lower() in lower_cached(probe) for k in KINDS for p in getattr(extra, k).phrases)
        ):
            reason = (
                "calendar invite without any job or interview signal"
                if message.calendars
                else "no job signal in subject or text"
            )
            return _none(original, evidence, reason)

    if invites is None:
        invites = [i for m in message.calendars[:8] for i in read_calendar(m)]
    invite = primary_invite(invites)
    cal_ref = CalendarRef(uid=invite.uid, sequence=invite.sequence, method=invite.method) if invite else None
    cal_text = ""
    if invite is not None:
        cal_text = " ".join(x for x in (invite.summary, invite.description, invite.location) if x)[:8000]
        evidence.append(
            f"calendar: METHOD:{invite.method or 'none'}" + (f" SEQUENCE:{invite.sequence}" if invite.sequence else "")
        )

    scores = Scores()
    score_kinds(ctx, invite, cal_text, scores, cues())
    evidence.extend(scores.evidence)

    everything = f"{subject}\n{judged}\n{cal_text}"
    # One string for the first 20,000 characters, so the phrase tables' per-text memo and
    # lower-casing see the same object each time.
    window = everything[:20000]
    job_words = {m.group(0).lower() for m in JOB.finditer(window)}
    job_hits = len(job_words)
    job_hits += sum(1 for k in ("rejection", "offer", "application_received") if STRONG[k].search(window))
    job_hits += sum(1 for note in scores.evidence if note.startswith("config phrase"))
    job_hits += 1 if from_company and CALL_OFF.search(window) else 0
    said = from_company and (
        scores.kind["rejection"] >= 3 or (scores.kind["offer"] >= 3 and not is_sale(judged[:20000]))
    )
    job_hits += 1 if said and not BULK.search(judged[:20000]) else 0  # as `_outcome_said`, already scored
    if is_ats and ks is not None:
        evidence.append(f"sender: {ks.name} ({domain_of(sender_email)})")
    interview_word = bool(INTERVIEW.search(f"{subject}\n{judged[:20000]}\n{cal_text}"))
    if not (job_hits or is_ats or job_domain):
        reason = "calendar invite without any job or interview signal" if invite else "no job signal in subject or text"
        return _none(original, evidence, reason, cal_ref)

    # Bulk mail: job alerts, newsletters, advice articles.
    bulk = {m.group(0).lower() for m in BULK.finditer(everything[:30000])}
    bulk_score = len(bulk) + (2 if message.list_id else 0) + (2 if ks is not None and ks.kind == "jobboard" else 0)
    strongest = max(scores.kind.values())
    personal = invite is not None and invite.method in {"REQUEST", "CANCEL"}
    # A job board's own receipt ("Your application was sent to X") carries its footer, not a list of jobs.
    board_receipt = (
        ks is not None and ks.kind == "jobboard" and scores.kind["application_received"] >= 3 and len(bulk) <= 2
    )
    # An outcome for you (a rejection, an offer, a receipt) in a mail with a footer or two of bulk
    # mail ("Unsubscribe", "View in browser") is still that outcome, whoever sent it.
    outcome = max(scores.kind[k] for k in ("rejection", "offer", "application_received", "interview_cancelled"))
    content = {b for b in bulk if not _FOOTER.search(b)}  # what a list is about, not how to leave it
    personal_outcome = outcome >= 3 and len(content) <= 1 and not (ks is not None and ks.kind == "jobboard")
    if (
        bulk_score >= 3
        and not personal
        and not (is_ats and strongest >= 3 and bulk_score < 5)
        and not board_receipt
        and not personal_outcome
    ):
        return _none(
            original,
            evidence,
            f"bulk mail (job alert / newsletter / article): {', '.join(sorted(bulk))[:100]}",
            cal_ref,
        )

    outreach = {m.group(0).lower() for m in OUTREACH.finditer(judged[:20000])}
    if (
        len(outreach) >= 1
        and not personal
        and scores.kind["interview_scheduled"] < 3
        and max(
            scores.kind[k]
            for k in ("application_received", "rejection", "offer", "interview_cancelled", "interview_rescheduled")
        )
        < 3
    ):
        return _none(original, evidence, f"recruiter cold outreach: {quote(sorted(outreach)[0])}", cal_ref)

    not_hiring = {m.group(0).lower() for m in NOT_HIRING.finditer(window)}
    if not any(not w.startswith(THIN_JOB_WORDS) for w in job_words):
        not_hiring |= {m.group(0).lower() for m in RITUALS.finditer(window)}
    if (bought := COMMERCE.search(window)) and (learnt := LEARNING.search(window)):
        not_hiring |= {f"{bought.group(0).lower()} + {learnt.group(0).lower()}"}
    if (
        not_hiring
        and not (is_ats or job_domain)
        and max(scores.kind[k] for k in ("application_received", "rejection", "offer")) < 3
        and not any(note.startswith("config phrase") for note in scores.evidence)
    ):
        reason = ", ".join(sorted(not_hiring))[:80]
        return _none(original, evidence, f"not a hiring step (practice, media, club, course): {reason}", cal_ref)

    if (
        not (is_ats or job_domain)
        and all(w.startswith(("applica", "applied", "applying")) for w in job_words)
        and (thing := OTHER_APPLICATION.search(window)) is not None
    ):
        return _none(original, evidence, f"an application for something else than a job: {quote(thing[0])}", cal_ref)

    meeting_word = bool(MEETING_WORD.search(f"{subject}\n{judged[:20000]}"))
    interviewish = interview_word or (meeting_word and (job_hits > 0 or is_ats or job_domain))
    interviewish = interviewish or (from_company and CALL_OFF.search(judged[:20000]) is not None)
    if from_company and job_hits and (lines := agenda_lines(judged[:20000])) >= 2:
        # "09:30 Welcome with me / 10:00 Pairing exercise with Ben": a day of meetings with people,
        # sent by one of them, is an onsite whether or not it says "interview".
        scores.add("interview_scheduled", 3.0, f"agenda: {lines} timed meetings with people")
        evidence.append(f"agenda: {lines} timed meetings with people")
        interviewish = True
    kind = decide_kind(scores, invite, interviewish)
    if scores.decision is not None:
        evidence.append(scores.decision)
    tentative = False
    if kind is None and interviewish and not slot_request(judged):
        # No confirmation phrase, but an interview with a fixed time ("your interview is this
        # Thursday at 14:30"): judged below by whether a non-proposed time is found.
        kind, tentative = "interview_scheduled", True
    hiring = {w for w in job_words if not w.startswith(THIN_JOB_WORDS)}
    thin = not (is_ats or job_domain or hiring or any(n.startswith("config phrase") for n in scores.evidence))
    if thin and kind in _THIN_KINDS:
        # "Interview" (or "application") is the mail's only job word: what else it speaks of decides.
        if (world := other_purpose(window) or ELSEWHERE.search(window)) is not None:
            reason = f"an interview outside hiring ({quote(world[0])}), no hiring word"
            return _none(original, evidence, reason, cal_ref)
        if tentative:
            return _none(original, evidence, "interview with a time but no hiring word and no confirmation", cal_ref)
    if (
        kind in _THIN_KINDS
        and kind not in scores.strong
        and invite is None
        and (greeting := GROUP_GREETING.search(judged[:2000])) is not None
    ):
        # "Hi everyone, this Sunday at 4pm we'll swap interview answers": said to many, and
        # no confirmation wording makes it anyone's own interview.
        reason = f"addressed to a group ({quote(greeting[0].strip(), 30)}), nothing confirmed"
        return _none(original, evidence, reason, cal_ref)
    pick = slot_request(judged)
    if kind == "application_received" and pick is not None and not is_conditional(judged, pick.start()):
        # "Thanks for applying! Please pick a time for a first call": the next step is to book.
        return _none(original, evidence, "asks to pick a slot: no interview time is fixed yet", cal_ref, booking=True)
    if kind is None:
        if (slot_request(judged) or slot_request(subject)) and (interviewish or is_ats or job_hits > 0):
            return _none(
                original, evidence, "asks to pick a slot: no interview time is fixed yet", cal_ref, booking=True
            )
        return _none(original, evidence, "no event phrase: not an interview, application, rejection or offer", cal_ref)

    lang = language_of(f"{subject}\n{body}")
    interview: InterviewTime | None = None
    rebook = False  # a cancelled slot with a request to pick another (DESIGN §4 booking_requested)
    if kind in {"interview_scheduled", "interview_rescheduled", "interview_cancelled"}:
        interview, time_notes, proposals_only = find_interview_time(ctx, invite, kind, lang, owner_zone)
        evidence.extend(time_notes)
        asks = slot_request(judged) is not None or slot_request(subject) is not None
        called_off = scores.kind["interview_cancelled"] >= 3
        if (
            kind == "interview_rescheduled"
            and asks
            and invite is None
            and (interview is None or proposals_only or called_off)
        ):
            # "We need to move your interview: please pick a new time", "X has cancelled the booking
            # and asked you to pick another time": the booked slot is off and no new one is fixed;
            # the owner is to book again. The time written is the cancelled slot's.
            kind, rebook = "interview_cancelled", True
            interview = interview if called_off and not proposals_only else None
            evidence.append("kind: the booked slot is called off and a new one is to be picked")
        elif kind == "interview_cancelled" and asks:
            rebook = True
        if interview is None and kind != "interview_cancelled":
            if proposals_only or slot_request(judged) or slot_request(subject):
                return _none(
                    original, evidence, "asks to pick a slot: no interview time is fixed yet", cal_ref, booking=True
                )
            # Only an interview read from weak cues (no confirmation wording) may turn out to be one held.
            weak = tentative or (kind == "interview_scheduled" and invite is None and scores.kind[kind] < 3)
            held = HELD.search(window) if weak else None
            parting = scores.kind["rejection"] >= 1.5 or PARTING.search(window) is not None
            if held is None or not parting or is_pending(window):
                return _none(original, evidence, "interview mentioned but no date and time found", cal_ref)
            # "Thank you for interviewing with us on Tuesday. Unfortunately… / I hope our paths
            # cross again": an interview held, regret or a parting, nothing to come: an outcome.
            kind, tentative = "rejection", False
            evidence.append(f"kind: an interview held ({quote(held[0], 40)}), a parting, nothing to come: a no")
        if proposals_only and kind == "interview_scheduled" and invite is None:
            return _none(original, evidence, "asks to pick a slot: only proposed times", cal_ref, booking=True)
        if (
            tentative
            and interview is not None
            and interview.start < (ctx.message.date or interview.start) - timedelta(hours=12)
        ):
            return _none(original, evidence, "interview mentioned with a past time only", cal_ref)
        if tentative:
            evidence.append("kind: interview with a fixed time, no explicit confirmation phrase")

    contact = find_contact(ctx, invite)
    interviewers = find_interviewers(ctx, invite, contact, kind)
    company = find_company(ctx, invite, cal_text, evidence, contact, tuple(interviewers))
    role = find_role(ctx, invite, company)
    if company:
        interviewers = [p for p in interviewers if p.email or squash(p.name or "") not in squash(company)]
    if (
        kind.startswith("interview_")
        and company is None
        and role is None
        and not (is_ats or job_domain)
        and is_personal_mail_domain(domain_of(sender_email))
        and job_hits <= 1
        and not any(note.startswith(("text:", "sentence (")) for note in scores.evidence)
    ):
        # A friend's "Mock interview" invite: a personal address, no company, no role, and nothing
        # in the text saying what happens to an interview ("can we push our interview to 3pm?").
        return _none(original, evidence, "interview from a personal address naming no company or role", cal_ref)

    strength = scores.kind.get(kind, 0.0) - (1.5 if tentative else 0.0)
    confidence = 0.55 + min(0.3, 0.06 * strength) + (0.1 if invite is not None else 0.0) + (0.04 if is_ats else 0.0)
    if kind in {"interview_scheduled", "interview_rescheduled"} and interview is not None:
        confidence += 0.02
    confidence = round(min(confidence, 0.99), 3)
    notes = evidence[:20]
    if rebook:
        notes.append("booking_requested: the cancelled slot is to be booked again")
    uncertain = confidence < extra.min_confidence
    if uncertain:
        notes.append(
            f"uncertain: confidence {confidence:.2f} is below detection.min_confidence {extra.min_confidence:.2f}"
        )
    return Event(
        kind=EventKind(kind),
        company=company,
        role=role,
        interview=interview,
        interviewers=tuple(interviewers),
        contact=contact,
        original=original,
        calendar=cal_ref,
        confidence=confidence,
        evidence=tuple(notes),
        uncertain=uncertain,
        booking_requested=rebook,
    )
