"""A second dev-only batch about kinds, written after the first round of kind changes and before
the next, in fresh wording (own writing), pinned to the dev split so the frozen split stays as it
was. It aims at what the first batch did not hold: rejections that mention an interview but no
day, with none of the usual words ("this is where the process ends for you", "re-advertising
the role"); short ATS rejections whose only strong-looking line thanks you for your interest;
reschedules stated as a bare new time or a calendar move; interviews fixed in informal words;
and look-alikes with "interview" in the subject and a time (informational interviews, prep
groups, an alumni magazine).
"""

from __future__ import annotations

from common import ME, case, ics

NY = "America/New_York"
LON = "Europe/London"
LA = "America/Los_Angeles"


def dev(**kw: object) -> None:
    case(split="dev", **kw)


dev(
    name="k2_rej_process_ends_here_after_interview",
    kind="rejection",
    frm="Colm Farrelly <colm.farrelly@gannetwharf.example>",
    subject="Your interview with Gannet Wharf",
    date="Wed, 09 Dec 2026 16:00:00 +0000",
    body="""
    Hi Alex,

    Thanks for interviewing with the team last week. I'm afraid this is where the process ends for you on
    the Fleet Planner role; the panel was looking for more time spent on route optimisation tooling.

    Colm Farrelly
    Talent Acquisition, Gannet Wharf
    """,
    company="Gannet Wharf",
    role="Fleet Planner",
    contact="colm.farrelly@gannetwharf.example",
)

dev(
    name="k2_rej_readvertising_more_senior",
    kind="rejection",
    frm="Ines Vidal <ines.vidal@copperkettle.example>",
    subject="Re: Marketing Lead interview",
    date="Thu, 10 Dec 2026 11:30:00 -0500",
    body="""
    Hi Alex,

    Following your interview, we've realised the Marketing Lead job needs more seniority than we first
    scoped, so we'll be re-advertising it at director level and won't be taking your candidacy forward.

    Thank you for your time and interest.

    Ines Vidal
    COO, Copper Kettle Coffee
    """,
    company="Copper Kettle Coffee",
    role="Marketing Lead",
    contact="ines.vidal@copperkettle.example",
    shape="gmail",
)

dev(
    name="k2_rej_smartrecruiters_interest_then_no",
    kind="rejection",
    frm="Aldgate Biotech <no-reply@smartrecruiters.com>",
    subject="Your application for QA Specialist",
    date="Mon, 14 Dec 2026 10:00:00 +0000",
    body="""
    Dear Alex,

    Thank you for your interest in the QA Specialist role at Aldgate Biotech and for the time you
    invested in applying.

    Having reviewed all applications, we will not be progressing yours on this occasion.

    Kind regards,
    Aldgate Biotech Recruitment
    """,
    company="Aldgate Biotech",
    role="QA Specialist",
    contact=None,
)

dev(
    name="k2_rej_not_shortlisted_portal",
    kind="rejection",
    frm="Westmoor Council Jobs <jobs@westmoor-council.example>",
    subject="Application reference WC-5521",
    date="Tue, 15 Dec 2026 09:00:00 +0000",
    body="""
    Dear Alex Morgan,

    Application reference: WC-5521
    Post: GIS Officer

    The shortlisting panel has now met. Your application was not shortlisted for interview.

    Westmoor Council Recruitment
    """,
    company="Westmoor Council",
    role="GIS Officer",
    contact="jobs@westmoor-council.example",
    shape="html",
)

dev(
    name="k2_rej_gone_to_internal_colleague",
    kind="rejection",
    frm="Petra Novak <petra.novak@halyard-systems.example>",
    subject="SRE role",
    date="Fri, 11 Dec 2026 17:20:00 +0100",
    body="""
    Hi Alex,

    A quick and honest note: the SRE role has gone to a colleague from our platform team who applied
    internally. I know that's disappointing after two rounds with us.

    Petra
    Halyard Systems
    """,
    company="Halyard Systems",
    contact="petra.novak@halyard-systems.example",
    shape="outlook",
)

dev(
    name="k2_resch_calendar_move_note_only",
    kind="interview_rescheduled",
    frm="Grace Adeyemi <grace.adeyemi@tidemark.example>",
    subject="Invitation: Tidemark / Alex Morgan - technical interview @ Thu Dec 17, 2026 4pm - 5pm (GMT)",
    date="Mon, 14 Dec 2026 09:10:00 +0000",
    body="""
    Hi Alex - I've put us on Thursday instead, same link. Sorry for the shuffle!

    Tidemark / Alex Morgan - technical interview
    Thursday Dec 17, 2026 4pm - 5pm (Greenwich Mean Time - London)
    """,
    ics=ics(
        "REQUEST",
        "tidemark-tech-alexm-77@google.com",
        "20261217T160000",
        "20261217T170000",
        tzid="Europe/London",
        seq=1,
        summary="Tidemark / Alex Morgan - technical interview",
        organizer=("Grace Adeyemi", "grace.adeyemi@tidemark.example"),
        attendees=[("Grace Adeyemi", "grace.adeyemi@tidemark.example", "ACCEPTED"), ME],
    ),
    company="Tidemark",
    contact="grace.adeyemi@tidemark.example",
    interviewers=["grace.adeyemi@tidemark.example"],
    at=("2026-12-17 16:00", LON),
)

dev(
    name="k2_resch_bare_new_time_reply",
    kind="interview_rescheduled",
    frm="Marcus Feld <marcus@brightloop.example>",
    subject="Re: Interview Wednesday 10am",
    date="Tue, 08 Dec 2026 19:45:00 -0800",
    body="""
    Let's make it 11am tomorrow instead - my 10 o'clock ran over into a board call. Same Meet link.

    Marcus
    CTO, Brightloop
    """,
    company="Brightloop",
    contact="marcus@brightloop.example",
    interviewers=["marcus@brightloop.example"],
    at=("2026-12-09 11:00", LA),
    shape="gmail",
)

dev(
    name="k2_resch_ats_your_interview_has_moved",
    kind="interview_rescheduled",
    frm="Northpass Health <notifications@greenhouse.io>",
    reply_to="recruiting@northpass.example",
    subject="Northpass Health: interview moved",
    date="Wed, 09 Dec 2026 08:00:00 -0500",
    body="""
    Hi Alex,

    Your Behavioral Interview for Care Operations Analyst now takes place on Monday, December 14, 2026
    at 1:30 PM EST. Your interviewer is Dana Brooks.

    Northpass Health Recruiting
    """,
    company="Northpass Health",
    role="Care Operations Analyst",
    contact="recruiting@northpass.example",
    interviewers=["Dana Brooks"],
    at=("2026-12-14 13:30", NY),
)

dev(
    name="k2_sched_informal_see_you_then",
    kind="interview_scheduled",
    frm="Jo Whitlock <jo@sparrowhawk.example>",
    subject="Thursday",
    date="Mon, 07 Dec 2026 14:00:00 -0500",
    body="""
    Hi Alex,

    Great - Thursday the 10th at 2:30pm works for the interview. Come to the 3rd floor and ask for me.
    It'll be me and our head of design, Ravi Menon.

    Jo Whitlock
    Founder, Sparrowhawk
    """,
    company="Sparrowhawk",
    contact="jo@sparrowhawk.example",
    interviewers=["jo@sparrowhawk.example", "Ravi Menon"],
    at=("2026-12-10 14:30", NY),
)

dev(
    name="k2_sched_locked_in_for_tuesday",
    kind="interview_scheduled",
    frm="Tamsin Greer <tamsin.greer@orbitalmint.example>",
    subject="Final round - Orbital Mint",
    date="Wed, 09 Dec 2026 12:00:00 +0000",
    body="""
    Hi Alex,

    You're locked in for the final round on Tuesday 15 December, 11:00-12:30 UK time, at our Farringdon
    office. You'll spend the first hour with Nikhil Rao and then meet our CEO.

    Tamsin Greer
    People Lead, Orbital Mint
    """,
    company="Orbital Mint",
    contact="tamsin.greer@orbitalmint.example",
    interviewers=["Nikhil Rao"],
    at=("2026-12-15 11:00", LON),
    shape="apple",
)

dev(
    name="k2_sched_ats_interview_on",
    kind="interview_scheduled",
    frm="Fenwick Labs <no-reply@ashbyhq.com>",
    subject="Your interview with Fenwick Labs",
    date="Thu, 10 Dec 2026 15:00:00 -0800",
    body="""
    Hi Alex,

    Your Technical Screen for Firmware Engineer with Fenwick Labs is on Wednesday, December 16, 2026 at
    9:00 AM PST with Lea Hoffmann.

    Add to calendar: Google | Outlook | iCal
    """,
    company="Fenwick Labs",
    role="Firmware Engineer",
    contact=None,
    interviewers=["Lea Hoffmann"],
    at=("2026-12-16 09:00", LA),
)

dev(
    name="k2_none_informational_interview_coffee",
    kind="none",
    frm="Hana Sato <hana.sato@gmail.example>",
    subject="Informational interview - Friday 8:30am",
    date="Tue, 08 Dec 2026 21:00:00 -0500",
    body="""
    Hi Alex,

    Happy to do an informational interview about moving into product management! Friday at 8:30am at the
    Bluebird Cafe works for me. I'm not hiring, just glad to share what I've learned.

    Hana
    """,
)

dev(
    name="k2_none_interview_prep_group",
    kind="none",
    frm="Interview Prep Circle <hello@prepcircle.example>",
    subject="Interview prep circle: Sunday 4pm",
    date="Fri, 11 Dec 2026 10:00:00 -0500",
    body="""
    Hi everyone,

    This Sunday at 4pm we'll swap behavioral interview answers in pairs, then do a round of system design
    whiteboarding. Bring one story about a conflict at work.

    See you there,
    The Prep Circle hosts
    """,
)

dev(
    name="k2_none_alumni_magazine_interview",
    kind="none",
    frm="Alumni Relations <alumni@hollis.edu.example>",
    subject="Interview for the Hollis Alumni Magazine",
    date="Mon, 07 Dec 2026 13:00:00 -0500",
    body="""
    Dear Alex,

    Our editor would love to interview you about your career since graduating for the spring issue of
    the Hollis Alumni Magazine. Would Wednesday, December 16 at 3pm by video suit you?

    Alumni Relations, Hollis University
    """,
)

dev(
    name="k2_none_colleague_candidate_interview_loop",
    kind="none",
    frm="Priya Raman <priya.raman@quillworks.example>",
    subject="Interview - Sam Ortiz, Tue 2pm",
    date="Fri, 11 Dec 2026 15:00:00 -0500",
    body="""
    Hi Alex,

    Can you take the coding part of Sam Ortiz's interview on Tuesday at 2pm? He's a candidate for the
    data platform team. I'll send the question bank tonight.

    Priya
    """,
)
