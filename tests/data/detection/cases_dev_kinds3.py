"""A third dev-only batch about kinds, written after the second round of kind changes and before
any further one, in fresh wording (own writing), pinned to the dev split so the frozen split stays
as it was. Every kind once or twice, in wordings none of the earlier batches used, to estimate how
the detector does on mail it was not changed for.
"""

from __future__ import annotations

from common import case

NY = "America/New_York"
LON = "Europe/London"
BER = "Europe/Berlin"
CHI = "America/Chicago"


def dev(**kw: object) -> None:
    case(split="dev", **kw)


dev(
    name="k3_rej_decided_on_finalist_thanks_for_patience",
    kind="rejection",
    frm="Oskar Lind <oskar.lind@fjellvind.example>",
    subject="Product Owner - an update",
    date="Mon, 14 Dec 2026 14:10:00 +0100",
    body="""
    Hi Alex,

    Thank you for your patience over the last weeks. We have now settled on another finalist for the
    Product Owner position, and I wanted you to hear it from me rather than from the system.

    Oskar Lind
    Head of Product, Fjellvind AS
    """,
    company="Fjellvind AS",
    role="Product Owner",
    contact="oskar.lind@fjellvind.example",
)

dev(
    name="k3_rej_not_progressing_after_take_home",
    kind="rejection",
    frm="Amara Chukwu <amara.chukwu@lanternfish.example>",
    subject="Take-home review",
    date="Wed, 16 Dec 2026 10:00:00 -0500",
    body="""
    Hi Alex,

    Thanks for the work you put into the take-home. The reviewers liked your tests, but the solution
    didn't reach the bar we set for this level, so we won't progress to the onsite.

    Amara Chukwu
    Engineering Recruiter, Lanternfish
    """,
    company="Lanternfish",
    contact="amara.chukwu@lanternfish.example",
    shape="gmail",
)

dev(
    name="k3_rej_workable_other_direction_short",
    kind="rejection",
    frm="Bramble & Oak <noreply@candidates.workablemail.com>",
    subject="Bramble & Oak - Store Operations Manager",
    date="Thu, 17 Dec 2026 09:30:00 +0000",
    body="""
    Hi Alex,

    Many thanks for applying for Store Operations Manager. We've chosen to take the role another way
    and are not taking applications further at this time.

    Bramble & Oak
    """,
    company="Bramble & Oak",
    role="Store Operations Manager",
    contact=None,
)

dev(
    name="k3_resch_swapped_to_the_morning",
    kind="interview_rescheduled",
    frm="Lucy Harcourt <lucy.harcourt@greyfriars-legal.example>",
    subject="Tuesday's interview",
    date="Thu, 10 Dec 2026 16:40:00 +0000",
    body="""
    Hi Alex,

    Would you mind if we swapped Tuesday's interview to the morning? The partners can do 9.30am on
    Tuesday 15 December instead of the afternoon slot. I've sent a fresh invite.

    Lucy Harcourt
    Graduate Recruitment, Greyfriars Legal LLP
    """,
    company="Greyfriars Legal LLP",
    contact="lucy.harcourt@greyfriars-legal.example",
    at=("2026-12-15 09:30", LON),
    shape="outlook",
)

dev(
    name="k3_resch_new_date_confirmed_german",
    kind="interview_rescheduled",
    frm="Jana Weber <jana.weber@auwald-solar.example>",
    subject="Neuer Termin für unser Gespräch",
    date="Fri, 11 Dec 2026 11:00:00 +0100",
    body="""
    Hallo Alex,

    wie besprochen findet unser Gespräch nun am Donnerstag, 17. Dezember 2026 um 14:00 Uhr statt statt
    am Dienstag. Der Teams-Link bleibt gleich.

    Viele Grüße
    Jana Weber
    Personalreferentin, Auwald Solar GmbH
    """,
    company="Auwald Solar GmbH",
    contact="jana.weber@auwald-solar.example",
    interviewers=["jana.weber@auwald-solar.example"],
    at=("2026-12-17 14:00", BER),
)

dev(
    name="k3_cancl_role_restructured_interview_off",
    kind="interview_cancelled",
    frm="Derek Munroe <derek.munroe@kelvinbridge.example>",
    subject="Re: Onsite Friday",
    date="Wed, 09 Dec 2026 12:30:00 -0600",
    body="""
    Hi Alex,

    I need to pull Friday's onsite - the team is being restructured this week and nobody can say yet
    what the role will look like. I'll come back to you in January either way.

    Derek Munroe
    Director of Analytics, Kelvinbridge
    """,
    company="Kelvinbridge",
    contact="derek.munroe@kelvinbridge.example",
    interviewers=["derek.munroe@kelvinbridge.example"],
    shape="outlook_desktop",
)

dev(
    name="k3_cancl_ats_candidate_cancelled_notice",
    kind="interview_cancelled",
    frm="Stonefield Health <no-reply@greenhouse.io>",
    reply_to="talent@stonefield.example",
    subject="Interview cancellation: Stonefield Health",
    date="Mon, 14 Dec 2026 08:15:00 -0600",
    body="""
    Hi Alex,

    We're writing to let you know that your Panel Interview for Clinical Data Analyst, planned for
    Wednesday, December 16, 2026 at 10:00 AM CST, will not take place. Our recruiting team will be in touch.
    """,
    company="Stonefield Health",
    role="Clinical Data Analyst",
    contact="talent@stonefield.example",
    at=("2026-12-16 10:00", CHI),
)

dev(
    name="k3_sched_diary_invite_words_only",
    kind="interview_scheduled",
    frm="Hamish Baird <hamish.baird@thistlecrest.example>",
    subject="Next week",
    date="Fri, 04 Dec 2026 15:00:00 +0000",
    body="""
    Hi Alex,

    Lovely to hear back. Pop it in your diary: Wednesday 9 December, 11am, at our Leith office, for the
    second interview with myself and our finance director, Morag Reid.

    Hamish Baird
    Operations Director, Thistlecrest Distillers
    """,
    company="Thistlecrest Distillers",
    contact="hamish.baird@thistlecrest.example",
    interviewers=["hamish.baird@thistlecrest.example", "Morag Reid"],
    at=("2026-12-09 11:00", LON),
    shape="apple",
)

dev(
    name="k3_sched_ats_reminder_tomorrow",
    kind="interview_scheduled",
    frm="Larchmont Bank <no-reply@ashbyhq.com>",
    subject="Reminder: your interview tomorrow",
    date="Mon, 14 Dec 2026 09:00:00 -0500",
    body="""
    Hi Alex,

    A reminder that your Hiring Manager Interview for Credit Risk Analyst at Larchmont Bank is tomorrow,
    December 15, at 2:00 PM EST, with Priyanka Desai.

    Good luck!
    """,
    company="Larchmont Bank",
    role="Credit Risk Analyst",
    contact=None,
    interviewers=["Priyanka Desai"],
    at=("2026-12-15 14:00", NY),
)

dev(
    name="k3_offer_verbal_yes_pending_paperwork",
    kind="offer",
    frm="Rosa Delgado <rosa.delgado@quillfeather.example>",
    subject="Good news from Quillfeather",
    date="Fri, 18 Dec 2026 16:00:00 -0500",
    body="""
    Hi Alex,

    The panel was unanimous, and we'd love for you to come on board as our Lead Data Engineer. Formal
    paperwork will follow from HR on Monday; shout if you have questions before then.

    Rosa Delgado
    VP Engineering, Quillfeather
    """,
    company="Quillfeather",
    role="Lead Data Engineer",
    contact="rosa.delgado@quillfeather.example",
)

dev(
    name="k3_app_received_we_will_be_in_touch",
    kind="application_received",
    frm="Careers at Ravensbourne <careers@ravensbourne-rail.example>",
    subject="Your application: Signalling Engineer",
    date="Tue, 01 Dec 2026 07:45:00 +0000",
    body="""
    Dear Alex,

    This is to confirm your application for Signalling Engineer (ref RB-2291) has reached us. Our team
    will be in touch within three weeks if you are shortlisted for interview.

    Ravensbourne Rail Careers
    """,
    company="Ravensbourne Rail",
    role="Signalling Engineer",
    contact="careers@ravensbourne-rail.example",
)

dev(
    name="k3_none_book_launch_interview",
    kind="none",
    frm="Events at Foxglove Books <events@foxglovebooks.example>",
    subject="Author interview Thursday 7pm",
    date="Mon, 07 Dec 2026 10:00:00 -0500",
    body="""
    Join us Thursday, December 10 at 7pm, when our owner will interview novelist June Okafor about her
    new book. Free entry, signed copies on sale.

    Foxglove Books
    """,
)

dev(
    name="k3_none_rental_viewing_interview",
    kind="none",
    frm="Tom Kessler <tom.kessler@gmail.example>",
    subject="Room viewing Saturday",
    date="Wed, 09 Dec 2026 20:00:00 -0500",
    body="""
    Hey Alex,

    Thanks for your message about the room. We're doing flatmate interviews on Saturday from 11am - come
    by at 11:30 and meet the other two housemates.

    Tom
    """,
)

dev(
    name="k3_none_owner_scheduling_their_candidate",
    kind="none",
    frm="Coordinator <scheduling@quillworks.example>",
    subject="Action needed: confirm interview slot for your candidate",
    date="Thu, 10 Dec 2026 09:00:00 -0500",
    body="""
    Hi Alex,

    Your req Senior Designer has a candidate, Leo Park, ready for the portfolio review. Please confirm
    Tuesday, December 15 at 3pm for the interview, when you will lead the panel.

    Quillworks Recruiting Operations
    """,
)
