"""A dev-only batch aimed at how the kind of a mail is decided, in fresh wording.

Written (own writing) before the detector was changed for it, and pinned to the dev split so the
frozen split stays exactly as it was. It leans on the families unseen mail got wrong: rejections
that look back on an interview held (with its day and time), short rejections from ATS senders,
rejections that never say "unfortunately"; cancellations by a person that also sound negative
("won't", "isn't"); reschedules that only state the new time of a known interview ("our Thursday
chat is now Friday"), an "Updated:" subject, a silent calendar update; interviews whose time sits
somewhere odd (the subject only, a P.S., a table, an agenda); and hard negatives that hold a time
and the word interview (user research, a journalist, a podcast, a school admission, an exit
interview, the owner on someone else's panel), which stay `none`.
"""

from __future__ import annotations

from common import ME, case, ics

NY = "America/New_York"
LON = "Europe/London"
BER = "Europe/Berlin"
LA = "America/Los_Angeles"
CHI = "America/Chicago"


def dev(**kw: object) -> None:
    case(split="dev", **kw)


# --- rejections: after an interview, from an ATS in few words, without "unfortunately" ----------

dev(
    name="k_rej_looks_back_on_tuesday_interview",
    kind="rejection",
    frm="Dana Whitcombe <dana.whitcombe@larkspur-analytics.example>",
    subject="Your interview on Tuesday",
    date="Thu, 10 Dec 2026 15:05:00 -0500",
    body="""
    Hi Alex,

    Thank you for interviewing with us on Tuesday at 2pm - the team appreciated how clearly you walked
    through the churn model.

    Having compared notes, we've concluded that the role needs more hands-on experience with
    experimentation platforms than you've had so far, so we're closing your candidacy for the Senior
    Data Scientist position.

    I hope our paths cross again.

    Dana Whitcombe
    Talent Lead, Larkspur Analytics
    """,
    company="Larkspur Analytics",
    role="Senior Data Scientist",
    contact="dana.whitcombe@larkspur-analytics.example",
)

dev(
    name="k_rej_smartrecruiters_two_lines",
    kind="rejection",
    frm="Halvorsen Marine <no-reply@smartrecruiters.com>",
    subject="Halvorsen Marine - Payroll Specialist",
    date="Fri, 11 Dec 2026 09:12:00 +0100",
    body="""
    Hi Alex,

    Thanks for your interest in the Payroll Specialist position at Halvorsen Marine. We have looked at
    your profile carefully and will not be taking it further.

    Halvorsen Marine Recruiting
    """,
    company="Halvorsen Marine",
    role="Payroll Specialist",
    contact=None,
)

dev(
    name="k_rej_greenhouse_close_out",
    kind="rejection",
    frm="Quarry Street Games <no-reply@us.greenhouse-mail.io>",
    reply_to="people@quarrystreet.example",
    subject="Quarry Street Games: Gameplay Programmer",
    date="Mon, 14 Dec 2026 18:40:00 -0800",
    body="""
    Hi Alex,

    Thanks for the time you've given Quarry Street Games over the last few weeks. The hiring team has
    made its choice for the Gameplay Programmer opening and it isn't you this time, so we're closing
    out your application.

    All the best,
    Quarry Street Games
    """,
    company="Quarry Street Games",
    role="Gameplay Programmer",
    contact="people@quarrystreet.example",
    shape="gmail",
)

dev(
    name="k_rej_lever_applicants_align_more_directly",
    kind="rejection",
    frm="Fernhill Bio <no-reply@hire.lever.co>",
    subject="Your application to Fernhill Bio",
    date="Tue, 08 Dec 2026 11:00:00 -0500",
    body="""
    Dear Alex,

    We appreciate you applying for the Lab Automation Engineer role. Our team read every application,
    and we'll be moving ahead with applicants whose background lines up more directly with this
    particular opening.

    Thank you again, and we hope you'll keep Fernhill Bio in mind.

    Fernhill Bio Talent Team
    """,
    company="Fernhill Bio",
    role="Lab Automation Engineer",
    contact=None,
)

dev(
    name="k_rej_after_onsite_no_offer_this_time",
    kind="rejection",
    frm="Oren Castellano <oren@brasswind.example>",
    subject="Thursday",
    date="Mon, 14 Dec 2026 10:20:00 -0600",
    body="""
    Alex,

    Thanks again for spending Thursday afternoon with us - everyone enjoyed the whiteboard session at
    3pm. I wish I had better news: we're not going to make you an offer for the platform role. It came
    down to depth in Kubernetes operations, which we need from day one.

    Happy to give more detail on a call if useful.

    Oren Castellano
    VP Engineering, Brasswind
    """,
    company="Brasswind",
    contact="oren@brasswind.example",
    shape="outlook",
)

dev(
    name="k_rej_workday_no_longer_under_consideration",
    kind="rejection",
    frm="Corbel Insurance Group <corbel@myworkday.com>",
    subject="Update regarding Claims Analyst (R-20417)",
    date="Wed, 16 Dec 2026 07:30:00 -0500",
    body="""
    Dear Alex Morgan,

    We wanted to let you know that your submission for Claims Analyst (R-20417) is no longer under
    consideration. Other applications were a closer fit to the requirements of the role.

    You may continue to view your candidate home for other openings.

    Corbel Insurance Group
    """,
    company="Corbel Insurance Group",
    role="Claims Analyst",
    contact=None,
    shape="html",
)

dev(
    name="k_rej_panel_chose_b2b_candidate_after_interview",
    kind="rejection",
    frm="Harriet Osei <harriet.osei@tallowpoint.example>",
    subject="Growth Marketer - next steps",
    date="Fri, 11 Dec 2026 12:00:00 +0000",
    body="""
    Hi Alex,

    Thanks for taking the time to interview for the Growth Marketer role on 3 December. The panel met
    yesterday and has decided to give the role to someone with a longer B2B track record.

    It was a close call and I'd be glad to stay in touch.

    Harriet Osei
    People Partner
    Tallowpoint Ltd
    """,
    company="Tallowpoint Ltd",
    role="Growth Marketer",
    contact="harriet.osei@tallowpoint.example",
    shape="apple",
)

dev(
    name="k_rej_teamtailor_role_filled_closing",
    kind="rejection",
    frm="Vinterhav <notifications@teamtailor-mail.com>",
    subject="About your application at Vinterhav",
    date="Thu, 17 Dec 2026 14:00:00 +0100",
    body="""
    Hi Alex!

    We've now found the person for our Backend Developer role, so we're wrapping up the recruitment and
    your application with it. Thank you for your patience with us.

    Best wishes,
    Vinterhav
    """,
    company="Vinterhav",
    role="Backend Developer",
    contact=None,
)

dev(
    name="k_rej_ashby_pursue_other_applicants_after_call",
    kind="rejection",
    frm="Kestrel Pay <no-reply@ashbyhq.com>",
    reply_to="recruiting@kestrelpay.example",
    subject="Following up - Kestrel Pay",
    date="Tue, 15 Dec 2026 16:45:00 -0800",
    body="""
    Hi Alex,

    We appreciate you speaking with us about the Risk Operations Lead role last week. After discussing
    as a team, we've made the decision to continue with applicants who are further along in card-network
    risk work.

    Wishing you the best in your search,
    The Kestrel Pay Team
    """,
    company="Kestrel Pay",
    role="Risk Operations Lead",
    contact="recruiting@kestrelpay.example",
    shape="thunderbird",
)

# --- cancellations by a person that also sound negative ----------------------------------------

dev(
    name="k_cancl_interviewer_out_not_a_reflection",
    kind="interview_cancelled",
    frm="Mei Lin Harper <meilin.harper@solstice-grid.example>",
    subject="Friday's technical interview",
    date="Wed, 09 Dec 2026 17:10:00 -0500",
    body="""
    Hi Alex,

    Apologies - Friday's technical interview is off. Our interviewer had a family emergency and won't
    be around this week. This isn't a reflection on your application in any way; we'll find a new slot
    once she's back.

    Mei Lin Harper
    Recruiting Coordinator, Solstice Grid
    """,
    company="Solstice Grid",
    contact="meilin.harper@solstice-grid.example",
    at=None,
)

dev(
    name="k_cancl_one_line_not_feeling_well",
    kind="interview_cancelled",
    frm="Arvid Nyström <arvid@pinetarstudio.example>",
    subject="Re: Interview today 11:30",
    date="Tue, 08 Dec 2026 08:05:00 -0500",
    body="""
    Have to cancel our 11:30 today, sorry - not feeling well and can't do it justice. Will rebook.

    Arvid
    """,
    company="Pinetar Studio",
    contact="arvid@pinetarstudio.example",
    interviewers=["arvid@pinetarstudio.example"],
    at=("2026-12-08 11:30", NY),
    shape="gmail",
)

dev(
    name="k_cancl_cannot_go_ahead_budget_not_signed",
    kind="interview_cancelled",
    frm="Rafael Quintero <rafael.quintero@cobaltreach.example>",
    subject="Monday's onsite",
    date="Thu, 10 Dec 2026 13:30:00 -0800",
    body="""
    Hi Alex,

    I'm sorry to do this so late, but we can't go ahead with Monday's onsite. Finance hasn't signed off
    next year's headcount yet, and I don't want to bring you in before it has. No decision has been made
    about your candidacy; I'll be in touch as soon as I know more.

    Rafael Quintero
    Hiring Manager, Cobalt Reach
    """,
    company="Cobalt Reach",
    contact="rafael.quintero@cobaltreach.example",
    interviewers=["rafael.quintero@cobaltreach.example"],
    shape="outlook_desktop",
)

dev(
    name="k_cancl_greenhouse_interview_canceled_with_time",
    kind="interview_cancelled",
    frm="Ridgeline Health <no-reply@greenhouse.io>",
    reply_to="talent@ridgelinehealth.example",
    subject="Interview canceled: Ridgeline Health",
    date="Fri, 11 Dec 2026 09:00:00 -0600",
    body="""
    Hi Alex,

    The following interview is no longer on the calendar:

    Hiring Manager Interview - Product Analyst
    Tuesday, December 15, 2026 at 2:00 PM CST

    The recruiting team will follow up with you directly.
    """,
    company="Ridgeline Health",
    role="Product Analyst",
    contact="talent@ridgelinehealth.example",
    at=("2026-12-15 14:00", CHI),
)

# --- reschedules that only state the new time ---------------------------------------------------

dev(
    name="k_resch_thursday_chat_is_now_friday",
    kind="interview_rescheduled",
    frm="Kofi Mensah <kofi.mensah@saltgrass.example>",
    subject="Moving our Thursday chat to Friday 2pm",
    date="Mon, 07 Dec 2026 09:40:00 -0500",
    body="""
    Hi Alex,

    My flight got changed, so let's do Friday, December 11 at 2pm ET. Same Zoom link as before.

    Kofi
    Head of Product, Saltgrass
    """,
    company="Saltgrass",
    contact="kofi.mensah@saltgrass.example",
    interviewers=["kofi.mensah@saltgrass.example"],
    at=("2026-12-11 14:00", NY),
)

dev(
    name="k_resch_updated_subject_changed_time",
    kind="interview_rescheduled",
    frm="Bianca Ferreira <bianca.ferreira@orchardline.example>",
    subject="Updated: Interview with Alex Morgan - Tue Dec 15, 3pm",
    date="Thu, 10 Dec 2026 11:15:00 -0500",
    body="""
    Hi Alex,

    Just so it's on your calendar correctly: we're now meeting Tuesday, December 15 from 3:00 to 4:00 PM
    Eastern. Nothing else changes - you'll still speak with Tomás and me.

    Bianca Ferreira
    Engineering Manager, Orchardline
    """,
    company="Orchardline",
    contact="bianca.ferreira@orchardline.example",
    interviewers=["bianca.ferreira@orchardline.example", "Tomás"],
    at=("2026-12-15 15:00", NY),
    shape="gmail",
)

dev(
    name="k_resch_silent_calendar_update",
    kind="interview_rescheduled",
    frm="Yusuf Demir <yusuf.demir@brightwell-ai.example>",
    subject="Invitation: Interview - Alex Morgan / Brightwell AI @ Wed Dec 16, 2026 10am - 11am (EST)",
    date="Fri, 11 Dec 2026 14:20:00 -0500",
    body="""
    Interview - Alex Morgan / Brightwell AI
    Wednesday Dec 16, 2026 10am - 11am (Eastern Time - New York)

    Join with Google Meet: https://meet.google.com/bwa-kdvx-qre

    Invitation from Google Calendar
    """,
    ics=ics(
        "REQUEST",
        "5kq1brightwell0alexm@google.com",
        "20261216T100000",
        "20261216T110000",
        tzid="America/New_York",
        seq=3,
        summary="Interview - Alex Morgan / Brightwell AI",
        organizer=("Yusuf Demir", "yusuf.demir@brightwell-ai.example"),
        attendees=[("Yusuf Demir", "yusuf.demir@brightwell-ai.example", "ACCEPTED"), ME],
    ),
    company="Brightwell AI",
    contact="yusuf.demir@brightwell-ai.example",
    interviewers=["yusuf.demir@brightwell-ai.example"],
    at=("2026-12-16 10:00", NY),
)

dev(
    name="k_resch_start_later_rather_than_nine",
    kind="interview_rescheduled",
    frm="Heike Brandauer <heike.brandauer@donaulicht.example>",
    subject="Wednesday",
    date="Mon, 14 Dec 2026 16:00:00 +0100",
    body="""
    Hi Alex,

    Small change of plan: Kenji's train gets in late on Wednesday, so we'll start your interview at 10:30
    rather than 9:00 CET. Everything else stays the same.

    Heike Brandauer
    Team Lead Data, Donaulicht GmbH
    """,
    company="Donaulicht GmbH",
    contact="heike.brandauer@donaulicht.example",
    interviewers=["heike.brandauer@donaulicht.example", "Kenji"],
    at=("2026-12-16 10:30", BER),
    shape="thunderbird",
)

dev(
    name="k_resch_new_details_previous_slot_void",
    kind="interview_rescheduled",
    frm="Talent Team <talent@vireo-systems.example>",
    subject="Second-round interview: revised details",
    date="Tue, 08 Dec 2026 10:00:00 +0000",
    body="""
    Dear Alex,

    Please note the details below for your second-round interview; they replace those we sent last week.

    Date: Monday 14 December 2026
    Time: 16:00 GMT
    Where: Vireo Systems, 12 Tanner Row, Leeds

    The Friday slot no longer applies.

    Kind regards,
    Talent Team, Vireo Systems
    """,
    company="Vireo Systems",
    contact="talent@vireo-systems.example",
    at=("2026-12-14 16:00", LON),
    shape="outlook",
)

dev(
    name="k_resch_sam_cannot_do_tuesday",
    kind="interview_rescheduled",
    frm="Noor Haddad <noor.haddad@cirrusfold.example>",
    subject="Heads up for next week",
    date="Thu, 03 Dec 2026 15:30:00 -0800",
    body="""
    Hi Alex,

    Heads up: Sam can't do Tuesday anymore, so your interview with him is Wednesday, December 9 at the
    same time, 1pm PT. The invite will follow.

    Noor Haddad
    Recruiter, Cirrusfold
    """,
    company="Cirrusfold",
    contact="noor.haddad@cirrusfold.example",
    interviewers=["Sam"],
    at=("2026-12-09 13:00", LA),
)

dev(
    name="k_resch_ats_different_start_time_was",
    kind="interview_rescheduled",
    frm="Palisade Freight <no-reply@ashbyhq.com>",
    reply_to="careers@palisadefreight.example",
    subject="Interview time change - Data Engineer",
    date="Mon, 14 Dec 2026 12:00:00 -0800",
    body="""
    Hi Alex,

    Your onsite interview for Data Engineer at Palisade Freight has a different start time:

    Thursday, December 17, 2026 at 11:00 AM PST (was 9:00 AM PST)

    Reply to this email if the change doesn't suit you.
    """,
    company="Palisade Freight",
    role="Data Engineer",
    contact="careers@palisadefreight.example",
    at=("2026-12-17 11:00", LA),
)

# --- scheduled, with the time somewhere odd --------------------------------------------------------

dev(
    name="k_sched_time_in_subject_only",
    kind="interview_scheduled",
    frm="Priya Anand <priya.anand@loomhouse.example>",
    subject="Interview Fri 11 Dec, 10:00 GMT - Product Designer",
    date="Mon, 07 Dec 2026 13:00:00 +0000",
    body="""
    Hi Alex,

    Confirming the above. We'll meet at our Shoreditch studio, 4th floor - ask for me at reception.

    Priya Anand
    Design Lead, Loomhouse
    """,
    company="Loomhouse",
    role="Product Designer",
    contact="priya.anand@loomhouse.example",
    interviewers=["priya.anand@loomhouse.example"],
    at=("2026-12-11 10:00", LON),
    shape="apple",
)

dev(
    name="k_sched_time_in_ps",
    kind="interview_scheduled",
    frm="Jonah Whitaker <jonah.whitaker@copperfield-rx.example>",
    subject="Our conversation this week",
    date="Mon, 07 Dec 2026 10:00:00 -0500",
    body="""
    Hi Alex,

    Looking forward to our conversation about the Clinical Systems Analyst role. I'll call your mobile,
    and we'll have about 45 minutes.

    Jonah Whitaker
    Director of Clinical Informatics, Copperfield Rx

    P.S. That's 3:30pm Eastern on Thursday the 10th.
    """,
    company="Copperfield Rx",
    role="Clinical Systems Analyst",
    contact="jonah.whitaker@copperfield-rx.example",
    interviewers=["jonah.whitaker@copperfield-rx.example"],
    at=("2026-12-10 15:30", NY),
)

dev(
    name="k_sched_html_table_date_and_start_cells",
    kind="interview_scheduled",
    frm="Recruiting <recruiting@elbmarsch.example>",
    subject="Ihr Interview bei Elbmarsch Software",
    date="Wed, 09 Dec 2026 09:00:00 +0100",
    html="""<html><body>
    <p>Hello Alex,</p>
    <p>thank you for your interest. Here are the details of your interview:</p>
    <table border="0" cellpadding="4">
    <tr><td>Date</td><td>Tuesday, 15 December 2026</td></tr>
    <tr><td>Start</td><td>14:00 (CET)</td></tr>
    <tr><td>With</td><td>Jana Petersen, Head of Backend</td></tr>
    <tr><td>Format</td><td>Video call</td></tr>
    </table>
    <p>Your Recruiting Team<br>Elbmarsch Software GmbH</p>
    </body></html>""",
    company="Elbmarsch Software GmbH",
    contact="recruiting@elbmarsch.example",
    interviewers=["Jana Petersen"],
    at=("2026-12-15 14:00", BER),
)

dev(
    name="k_sched_time_in_parenthesis",
    kind="interview_scheduled",
    frm="Leah Brennan <leah.brennan@greyhaven-capital.example>",
    subject="Meeting our CFO",
    date="Wed, 09 Dec 2026 08:45:00 -0500",
    body="""
    Hi Alex,

    Good news: the conversation with our CFO, Martin Adeyemi (Monday 14 December, 9:15am EST, 45 minutes,
    his office on the 12th floor), is locked in. He'll want to talk through your FP&A work at Norbrook.

    Leah Brennan
    Senior Recruiter, Greyhaven Capital
    """,
    company="Greyhaven Capital",
    contact="leah.brennan@greyhaven-capital.example",
    interviewers=["Martin Adeyemi"],
    at=("2026-12-14 09:15", NY),
    shape="outlook",
)

dev(
    name="k_sched_agenda_first_slot",
    kind="interview_scheduled",
    frm="Odile Marchetti <odile@kitepoint.example>",
    subject="Your day with us on Wednesday",
    date="Thu, 10 Dec 2026 17:00:00 +0000",
    body="""
    Hi Alex,

    Here's how Wednesday 16 December will run at our office (all times UK):

    09:30  Welcome and coffee with me
    10:00  Pairing exercise with Ben Aldous
    11:15  Architecture discussion with Sunita Rao
    12:30  Lunch with the team

    Odile Marchetti
    Engineering Manager, Kitepoint
    """,
    company="Kitepoint",
    contact="odile@kitepoint.example",
    interviewers=["odile@kitepoint.example", "Ben Aldous", "Sunita Rao"],
    at=("2026-12-16 09:30", LON),
)

# --- application receipts that mention an interview to come ---------------------------------------

dev(
    name="k_app_smartrecruiters_receipt_interview_if_match",
    kind="application_received",
    frm="Halvorsen Marine <no-reply@smartrecruiters.com>",
    subject="Thanks for applying to Halvorsen Marine",
    date="Mon, 30 Nov 2026 08:00:00 +0100",
    body="""
    Hi Alex,

    We've got your application for Payroll Specialist. Our recruiters look at every profile, and if
    yours is a match we'll contact you to arrange an interview.

    Halvorsen Marine Recruiting
    """,
    company="Halvorsen Marine",
    role="Payroll Specialist",
    contact=None,
)

dev(
    name="k_app_human_ack_cv_passed_on",
    kind="application_received",
    frm="Gwen Tally <gwen.tally@marrowbone.example>",
    subject="Re: Operations Manager",
    date="Tue, 01 Dec 2026 12:10:00 +0000",
    body="""
    Hi Alex,

    Got your CV, thanks - I've shared it with Owen, who leads the team. Interviews for this role will
    probably be in the week of 14 December; I'll come back to you either way.

    Gwen
    Marrowbone Foods
    """,
    company="Marrowbone Foods",
    role="Operations Manager",
    contact="gwen.tally@marrowbone.example",
    shape="gmail",
)

# --- hard negatives: a time and the word interview, and no hiring step for the owner ------------

dev(
    name="k_none_user_research_interview",
    kind="none",
    frm="Penny at Budgetly <research@budgetly.example>",
    subject="You're booked: Budgetly interview, Thu Dec 10 at 4pm ET",
    date="Mon, 07 Dec 2026 11:00:00 -0500",
    body="""
    Hi Alex,

    Thanks for signing up to talk to us! Your 30-minute interview about how you use Budgetly to plan
    monthly bills is confirmed for Thursday, December 10 at 4:00 PM ET on Zoom.

    As a thank-you you'll receive a $50 gift card after the session.

    Penny
    Product Research, Budgetly
    """,
)

dev(
    name="k_none_journalist_interview_confirmed",
    kind="none",
    frm="Ruth Calloway <ruth.calloway@harbourgazette.example>",
    subject="Confirming our interview Monday",
    date="Thu, 10 Dec 2026 14:00:00 -0500",
    body="""
    Hi Alex,

    Confirming our interview for my piece on four-day work weeks: Monday, December 14 at 11am by phone.
    I'll record the call for accuracy and send you your quotes to check before we publish.

    Ruth Calloway
    Staff Writer, The Harbour Gazette
    """,
)

dev(
    name="k_none_podcast_recording_confirmed",
    kind="none",
    frm="Tobias Reyes <tobias@buildlogshow.example>",
    subject="Confirmed: The Build Log, Tue Dec 15 2pm PT",
    date="Fri, 11 Dec 2026 10:00:00 -0800",
    body="""
    Hey Alex,

    You're confirmed for The Build Log podcast on Tuesday, December 15 at 2pm PT. I'll interview you for
    about 40 minutes about maintaining an open-source scheduler. Riverside link to follow.

    Tobias
    """,
)

dev(
    name="k_none_school_admissions_interview",
    kind="none",
    frm="Admissions Office <admissions@brookfield-academy.example>",
    subject="Admissions interview - Saturday, December 12",
    date="Tue, 01 Dec 2026 09:00:00 -0500",
    body="""
    Dear Mr. and Ms. Morgan,

    Thank you for your application to Brookfield Academy. Your family's admissions interview is
    scheduled for Saturday, December 12, 2026 at 9:00 AM in the Lower School library.

    Please allow about an hour. Your child will spend part of the time with a Grade 3 teacher.

    Brookfield Academy Admissions
    """,
)

dev(
    name="k_none_exit_interview_at_current_job",
    kind="none",
    frm="HR Service Desk <hr@quillworks.example>",
    subject="Your exit interview",
    date="Mon, 14 Dec 2026 09:30:00 -0500",
    body="""
    Hi Alex,

    As part of your offboarding, your exit interview with People Operations is set for Friday, December
    18 at 10:00 AM in room 3C. Please bring your laptop and badge.

    HR Service Desk, Quillworks
    """,
)

dev(
    name="k_none_owner_on_candidate_panel",
    kind="none",
    frm="Recruiting Coordinator <coordinator@quillworks.example>",
    subject="Invitation: Interview - Jamie Chen (Backend Engineer) @ Wed Dec 9, 2026 1pm - 2pm (EST)",
    date="Fri, 04 Dec 2026 16:00:00 -0500",
    body="""
    You're on the panel for Jamie Chen, Backend Engineer candidate. You'll cover the system design
    portion. Please submit your scorecard in Greenhouse within 24 hours of the interview.

    Wednesday Dec 9, 2026 1pm - 2pm (Eastern Time - New York)
    """,
    ics=ics(
        "REQUEST",
        "qw-panel-jamiechen-0912@google.com",
        "20261209T130000",
        "20261209T140000",
        tzid="America/New_York",
        summary="Interview - Jamie Chen (Backend Engineer)",
        organizer=("Recruiting Coordinator", "coordinator@quillworks.example"),
        attendees=[("Jamie Chen", "jamie.chen@mail.example"), ME],
    ),
)

dev(
    name="k_none_tv_news_interview",
    kind="none",
    frm="Sofia Grant <sofia.grant@channel9news.example>",
    subject="On-camera interview tomorrow 10am",
    date="Wed, 09 Dec 2026 16:45:00 -0500",
    body="""
    Hi Alex,

    Thanks for agreeing to talk to us about the Riverside bridge closure. Our crew will meet you outside
    the library tomorrow at 10am for a short on-camera interview for the evening news.

    Sofia Grant
    Producer, Channel 9 News
    """,
)

dev(
    name="k_none_career_center_practice_interview",
    kind="none",
    frm="Career Center <careers@hollis.edu.example>",
    subject="Booked: practice interview with a career coach",
    date="Mon, 07 Dec 2026 12:00:00 -0500",
    body="""
    Hi Alex,

    Your practice interview with career coach Dolores Vance is booked for Wednesday, December 9 at 1:00 PM
    in Hollis Hall 204. Bring a copy of the job posting you'd like to practise for.

    Hollis University Career Center
    """,
)

dev(
    name="k_none_volunteer_coordinator_chat",
    kind="none",
    frm="Marta Ruiz <marta@riversidefoodbank.example>",
    subject="Saturday shift orientation",
    date="Tue, 08 Dec 2026 19:00:00 -0500",
    body="""
    Hi Alex,

    Thanks for signing up to help at the Riverside Food Bank! Orientation for new volunteers is this
    Saturday, December 12 at 9:30 AM at the warehouse. It's a short chat and a tour, no interview needed.

    Marta
    """,
)
