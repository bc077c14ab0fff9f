"""Interviews fixed, moved and called off: own writing, in the shapes and voices real mail has."""

from __future__ import annotations

from common import EXCHANGE, ME, OUTLOOK, ZOOM, case, ics

# ============================================================================ interview_scheduled
case(
    name="greenhouse_noreply_company_in_signature_two_interviewers",
    kind="interview_scheduled",
    frm="Greenhouse <no-reply@greenhouse.io>",
    reply_to="Lumen Bio Recruiting <recruiting@lumenbio.example>",
    subject="Interview confirmed - Senior Data Engineer",
    date="Tue, 01 Dec 2026 10:04:31 -0800",
    body="""
    Hi Alex,

    Thank you for your time so far! Your virtual onsite for the Senior Data Engineer position is confirmed for Thursday, December 10, 2026 from 2:00 PM to 3:30 PM Pacific Time.

    You'll speak with Maya Chen (maya.chen@lumenbio.example) and Dev Patel (dev.patel@lumenbio.example). Maya leads our data platform group and Dev is a staff engineer on the team.

    Zoom: https://lumenbio.zoom.us/j/93456120987

    Let me know if anything comes up.

    Warmly,
    Hannah Wu
    Recruiting Coordinator, Lumen Bio
    hannah.wu@lumenbio.example
    """,
    company="Lumen Bio", role="Senior Data Engineer", contact="hannah.wu@lumenbio.example",
    interviewers=["maya.chen@lumenbio.example", "dev.patel@lumenbio.example"],
    at=("2026-12-10 14:00", "America/Los_Angeles"),
)

case(
    name="lever_html_only_date_and_time_in_separate_cells",
    kind="interview_scheduled",
    frm="Wayne Enterprises <no-reply@hire.lever.co>",
    reply_to="no-reply@hire.lever.co",
    subject="Your interview with Wayne Enterprises",
    date="Wed, 02 Dec 2026 08:15:00 +0000",
    html="""<html><body><table width="600" cellpadding="0" cellspacing="0" style="font-family:Helvetica">
<tr><td colspan="2"><h2>Interview details</h2></td></tr>
<tr><td colspan="2">Hi Alex, we're looking forward to speaking with you about the <b>Security Analyst</b> role at Wayne Enterprises.</td></tr>
<tr><td style="color:#888">Date</td><td>Monday, December 14, 2026</td></tr>
<tr><td style="color:#888">Time</td><td>16:00 &ndash; 17:00 GMT</td></tr>
<tr><td style="color:#888">Format</td><td>Video call (link below)</td></tr>
<tr><td style="color:#888">Interviewers</td><td><a href="mailto:lucius.fox@wayne-enterprises.example">Lucius Fox</a>, <a href="mailto:harriet.cole@wayne-enterprises.example">Harriet Cole</a></td></tr>
<tr><td colspan="2"><a href="https://meet.example.com/we-sec-4411">Join the call</a></td></tr>
<tr><td colspan="2">Questions? Write to Barbara Gordon, Talent Partner, at <a href="mailto:barbara.gordon@wayne-enterprises.example">barbara.gordon@wayne-enterprises.example</a>.</td></tr>
<tr><td colspan="2" style="font-size:11px;color:#aaa">Sent via Lever. Please do not reply to this message.</td></tr>
</table></body></html>""",
    company="Wayne Enterprises", role="Security Analyst", contact="barbara.gordon@wayne-enterprises.example",
    interviewers=["lucius.fox@wayne-enterprises.example", "harriet.cole@wayne-enterprises.example"],
    at=("2026-12-14 16:00", "Europe/London"),
)

case(
    name="recruiter_phone_screen_gmail_forward",
    kind="interview_scheduled",
    shape="gmail",
    note="recruiter screen!",
    frm="Tessa Romero <tessa.romero@harborpoint.example>",
    subject="Re: Backend Engineer - HarborPoint",
    date="Mon, 30 Nov 2026 15:22:10 -0500",
    body="""
    Hi Alex,

    Great, Monday works. I've put us down for a 30 minute phone screen on Monday, December 7 at 11:30am EST. I'll call you at the number on your resume.

    Talk soon,
    Tessa

    Tessa Romero | Technical Recruiter | HarborPoint
    """,
    company="HarborPoint", role="Backend Engineer", contact="tessa.romero@harborpoint.example",
    interviewers=["tessa.romero@harborpoint.example"],
    at=("2026-12-07 11:30", "America/New_York"),
)

case(
    name="owner_organized_google_invite_with_hiring_manager",
    kind="interview_scheduled",
    frm="Alex Morgan <alex.morgan@mail.example>",
    to="followup@inbox.example, Nora Lindqvist <nora.lindqvist@tidewater.example>",
    subject="Invitation: Alex Morgan / Tidewater Systems - hiring manager conversation @ Wed Dec 9, 2026 1pm - 1:45pm (EST)",
    date="Mon, 30 Nov 2026 19:40:02 +0000",
    body="""
    Alex Morgan has invited you to the following event.

    Alex Morgan / Tidewater Systems - hiring manager conversation
    Wednesday Dec 9, 2026 ⋅ 1pm – 1:45pm (Eastern Time - New York)

    Join with Google Meet
    meet.google.com/hpr-ksod-vzq

    Guests
    Alex Morgan - organizer
    Nora Lindqvist

    Invitation from Google Calendar
    """,
    ics=ics("REQUEST", "7fd2k1qv90s8@google.com", "20261209T130000", "20261209T134500", tzid="America/New_York",
            summary="Alex Morgan / Tidewater Systems - hiring manager conversation", organizer=ME,
            attendees=[("Alex Morgan", "alex.morgan@mail.example", "ACCEPTED"), ("Nora Lindqvist", "nora.lindqvist@tidewater.example")],
            description="Nora asked me to pick a slot from her calendar - Product Manager role."),
    company="Tidewater Systems", role="Product Manager", contact="nora.lindqvist@tidewater.example",
    interviewers=["nora.lindqvist@tidewater.example"],
    at=("2026-12-09 13:00", "America/New_York"),
)

case(
    name="outlook_exchange_invite_zurich_rfc822",
    kind="interview_scheduled",
    shape="rfc822",
    frm="Nadia Keller <nadia.keller@swissre.example>",
    subject="Interview Swiss Re - Actuarial Data Scientist",
    date="Thu, 03 Dec 2026 09:12:00 +0100",
    body="""
    Dear Alex,

    Thank you for your application. Please find attached the invitation for your first interview at Swiss Re.

    When: Tuesday, 15 December 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
    Where: Microsoft Teams

    You will meet Jonas Brunner (Head of Analytics) and Leila Haddad (Senior Data Scientist).

    Kind regards
    Nadia Keller
    Talent Acquisition | Swiss Re Management Ltd
    """,
    ics=ics("REQUEST", "040000008200E00074C5B7101A82E008000000004A1C2B", "20261215T100000", "20261215T110000",
            tzid="W. Europe Standard Time", prodid=EXCHANGE,
            summary="Interview Swiss Re - Actuarial Data Scientist", organizer=("Nadia Keller", "nadia.keller@swissre.example"),
            attendees=[("Jonas Brunner", "jonas.brunner@swissre.example"), ("Leila Haddad", "leila.haddad@swissre.example"), ME],
            location="Microsoft Teams Meeting"),
    company="Swiss Re", role="Actuarial Data Scientist", contact="nadia.keller@swissre.example",
    interviewers=["jonas.brunner@swissre.example", "leila.haddad@swissre.example"],
    at=("2026-12-15 10:00", "Europe/Zurich"),
)

case(
    name="hiring_manager_with_me_and_raj_cc",
    kind="interview_scheduled",
    frm="Emma Lind <emma.lind@kestrelworks.example>",
    cc="Raj Patel <raj.patel@kestrelworks.example>",
    subject="Next step - Kestrel Works",
    date="Tue, 01 Dec 2026 17:48:12 -0500",
    body="""
    Hi Alex,

    Really enjoyed our chat. You're confirmed for a technical deep dive on Wednesday 12/9 at 4pm Eastern with me and Raj Patel (cc'd), who leads our infrastructure team. Plan on about an hour; we'll use the Zoom link below.

    https://kestrelworks.zoom.us/j/5550001234

    Best,
    Emma Lind
    Engineering Manager, Kestrel Works
    """,
    company="Kestrel Works", contact="emma.lind@kestrelworks.example",
    interviewers=["emma.lind@kestrelworks.example", "raj.patel@kestrelworks.example"],
    at=("2026-12-09 16:00", "America/New_York"),
)

case(
    name="bengaluru_offset_written_as_utc_plus_0530",
    kind="interview_scheduled",
    shape="outlook",
    frm="Priyanka Iyer <priyanka.iyer@induscloud.example>",
    subject="Interview schedule - Site Reliability Engineer | Indus Cloud Technologies",
    date="Wed, 02 Dec 2026 18:30:00 +0530",
    body="""
    Dear Alex,

    Greetings from Indus Cloud Technologies!

    We are pleased to inform you that you have been shortlisted for the technical round. Please find the schedule below:

    Date : Friday, 11 December 2026
    Time : 09:30 (UTC+05:30)
    Mode : Google Meet (link will be shared by the panel)
    Panel : Karthik Rao (karthik.rao@induscloud.example)

    Kindly confirm your availability by replying to this mail.

    Regards,
    Priyanka Iyer
    HR - Talent Acquisition
    Indus Cloud Technologies Pvt. Ltd.
    """,
    company="Indus Cloud Technologies", role="Site Reliability Engineer", contact="priyanka.iyer@induscloud.example",
    interviewers=["karthik.rao@induscloud.example"],
    at=("2026-12-11 09:30", "Asia/Kolkata"),
)

case(
    name="sydney_aedt_abbreviation_apple_forward",
    kind="interview_scheduled",
    shape="apple",
    frm="Liam O'Connor <liam.oconnor@bondianalytics.example>",
    subject="Bondi Analytics - interview confirmation",
    date="Thu, 03 Dec 2026 11:05:00 +1100",
    body="""
    Hi Alex,

    Thanks for being flexible with the time difference. Confirming your interview with our CTO, Grace Whitfield, on Tuesday 8 December at 9:00 am AEDT (that's Monday evening for you).

    Grace will send a Teams link on the day.

    Cheers,
    Liam O'Connor
    People & Culture | Bondi Analytics
    """,
    company="Bondi Analytics", contact="liam.oconnor@bondianalytics.example",
    interviewers=["Grace Whitfield"],
    at=("2026-12-08 09:00", "Australia/Sydney"),
)

case(
    name="ashby_confirmation_subject_names_company_thunderbird",
    kind="interview_scheduled",
    shape="thunderbird",
    frm="Quillmate Recruiting <no-reply@ashbyhq.com>",
    reply_to="Owen Fitzgerald <owen@quillmate.example>",
    subject="Interview confirmed: Staff Software Engineer at Quillmate",
    date="Fri, 04 Dec 2026 16:20:45 +0000",
    body="""
    Hi Alex,

    Your interview is confirmed. Here are the details:

    Staff Software Engineer - System Design
    Friday, December 18, 2026
    10:00 AM - 11:00 AM (EST)

    Interviewers
    Priscilla Yang - priscilla@quillmate.example
    Marcus Bell - marcus@quillmate.example

    Google Meet: https://meet.google.com/qmt-sysd-esn

    Need to make a change? Reply to this email and Owen will help.

    Powered by Ashby
    """,
    company="Quillmate", role="Staff Software Engineer", contact="owen@quillmate.example",
    interviewers=["priscilla@quillmate.example", "marcus@quillmate.example"],
    at=("2026-12-18 10:00", "America/New_York"),
)

case(
    name="london_tomorrow_at_ten_relative",
    kind="interview_scheduled",
    shape="outlook_desktop",
    frm="Oliver Grant <oliver.grant@fenwick-partners.example>",
    subject="Tomorrow",
    date="Thu, 03 Dec 2026 16:45:00 +0000",
    body="""
    Hi Alex,

    Just confirming tomorrow at 10am at our Farringdon office (3rd floor, ask for me at reception). You'll meet me and then Sophie Barnes from the product team for the second half.

    Oliver

    Oliver Grant
    Head of Engineering
    Fenwick Partners
    """,
    company="Fenwick Partners", contact="oliver.grant@fenwick-partners.example",
    interviewers=["oliver.grant@fenwick-partners.example", "Sophie Barnes"],
    at=("2026-12-04 10:00", "Europe/London"),
)

case(
    name="smartrecruiters_onsite_cst_numeric_date",
    kind="interview_scheduled",
    frm="Helix Foods Talent <noreply@smartrecruiters.com>",
    subject="Interview Invitation: Supply Chain Analyst",
    date="Mon, 30 Nov 2026 14:00:00 +0000",
    body="""
    Dear Alex Morgan,

    Helix Foods is pleased to invite you to an on-site interview for the Supply Chain Analyst position.

    Date/Time: 12/14/2026 1:30 PM CST
    Location: Helix Foods HQ, 400 W Madison St, Chicago, IL
    Interviewer: Rosa Delgado, Director of Supply Chain

    If you have questions please contact our recruiting team at careers@helixfoods.example.

    Sincerely,
    Helix Foods Talent Acquisition
    """,
    company="Helix Foods", role="Supply Chain Analyst", contact="careers@helixfoods.example",
    interviewers=["Rosa Delgado"],
    at=("2026-12-14 13:30", "America/Chicago"),
)

case(
    name="german_einladung_personio_html",
    kind="interview_scheduled",
    shape="html",
    frm="Nordlicht Energie GmbH <jobs@nordlicht-energie.jobs.personio.example>",
    reply_to="Katrin Vogel <katrin.vogel@nordlicht-energie.example>",
    subject="Einladung zum Vorstellungsgespräch – Softwareentwickler (m/w/d)",
    date="Tue, 01 Dec 2026 09:30:00 +0100",
    body="""
    Hallo Alex Morgan,

    vielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d). Wir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

    am Dienstag, 15. Dezember 2026 um 14:00 Uhr
    per Microsoft Teams

    Ihre Gesprächspartner sind Herr Stefan Maurer (Teamleiter Entwicklung) und ich.

    Mit freundlichen Grüßen
    Katrin Vogel
    Personalreferentin
    Nordlicht Energie GmbH
    """,
    company="Nordlicht Energie GmbH", contact="katrin.vogel@nordlicht-energie.example",
    interviewers=["Stefan Maurer", "katrin.vogel@nordlicht-energie.example"],
    at=("2026-12-15 14:00", "Europe/Berlin"),
)

case(
    name="zoom_ics_utc_from_coordinator_two_attendees",
    kind="interview_scheduled",
    frm="Grace Kim <grace.kim@orbitpay.example>",
    subject="Orbitpay | Alex Morgan | Coding interview",
    date="Wed, 02 Dec 2026 21:10:00 +0000",
    body="""
    Hi Alex, calendar invite attached for your coding interview with Tomasz Nowak and Aisha Bello. Looking forward to it!
    Grace
    """,
    ics=ics("REQUEST", "zoom-88213344551-orbitpay", "20261211T190000", "20261211T200000", utc=True, prodid=ZOOM,
            summary="Orbitpay | Alex Morgan | Coding interview", organizer=("Grace Kim", "grace.kim@orbitpay.example"),
            attendees=[("Tomasz Nowak", "tomasz.nowak@orbitpay.example"), ("Aisha Bello", "aisha.bello@orbitpay.example"), ME],
            location="https://orbitpay.zoom.us/j/88213344551"),
    company="Orbitpay", contact="grace.kim@orbitpay.example",
    interviewers=["tomasz.nowak@orbitpay.example", "aisha.bello@orbitpay.example"],
    at=("2026-12-11 19:00", "UTC"),
)

# ============================================================================ interview_rescheduled
case(
    name="silent_google_update_same_uid_higher_sequence",
    kind="interview_rescheduled",
    frm="Priya Raman <priya.raman@northwind-labs.example>",
    subject="Updated invitation: Northwind Labs <> Alex Morgan - Technical Interview @ Fri Dec 11, 2026 10am - 11am (PST) (alex.morgan@mail.example)",
    date="Fri, 04 Dec 2026 12:01:00 -0800",
    body="""
    This event has been changed.

    Northwind Labs <> Alex Morgan - Technical Interview
    When
    Friday Dec 11, 2026 ⋅ 10am – 11am (Pacific Time - Los Angeles)

    Guests
    Priya Raman - organizer
    Tomás Ortega
    alex.morgan@mail.example

    Invitation from Google Calendar
    """,
    ics=ics("REQUEST", "5ka0q9t2v1abc@google.com", "20261211T100000", "20261211T110000", tzid="America/Los_Angeles", seq=2,
            summary="Northwind Labs <> Alex Morgan - Technical Interview", organizer=("Priya Raman", "priya.raman@northwind-labs.example"),
            attendees=[("Priya Raman", "priya.raman@northwind-labs.example", "ACCEPTED"), ("Tomás Ortega", "tomas.ortega@northwind-labs.example", "ACCEPTED"), ME]),
    company="Northwind Labs", contact="priya.raman@northwind-labs.example",
    interviewers=["tomas.ortega@northwind-labs.example"],
    at=("2026-12-11 10:00", "America/Los_Angeles"),
)

case(
    name="human_moved_call_new_time_stated",
    kind="interview_rescheduled",
    shape="gmail",
    frm="Ben Okafor <ben@tallgrass.example>",
    subject="Re: Chat on Tuesday",
    date="Mon, 07 Dec 2026 08:02:00 -0700",
    body="""
    Hey Alex - something came up on my end Tuesday, so I've moved our call to Thursday, Dec 10 at 3pm Mountain. Same Zoom link. Sorry for the shuffle!

    Ben Okafor
    Co-founder, Tallgrass
    """,
    company="Tallgrass", contact="ben@tallgrass.example",
    interviewers=["ben@tallgrass.example"],
    at=("2026-12-10 15:00", "America/Denver"),
)

case(
    name="greenhouse_rescheduled_old_and_new_times",
    kind="interview_rescheduled",
    frm="Lumen Bio Recruiting <no-reply@greenhouse.io>",
    reply_to="hannah.wu@lumenbio.example",
    subject="Updated interview time - Senior Data Engineer",
    date="Mon, 07 Dec 2026 13:30:00 -0800",
    body="""
    Hi Alex,

    Your interview has been rescheduled at the request of the interview team.

    Previous time: Thursday, December 10, 2026 2:00 PM - 3:30 PM PST
    New time: Monday, December 14, 2026 11:00 AM - 12:30 PM PST

    Interviewers: Maya Chen, Dev Patel

    Sorry for any inconvenience, and thank you for your flexibility.

    Hannah Wu
    Lumen Bio
    """,
    company="Lumen Bio", role="Senior Data Engineer", contact="hannah.wu@lumenbio.example",
    interviewers=["Maya Chen", "Dev Patel"],
    at=("2026-12-14 11:00", "America/Los_Angeles"),
)

case(
    name="outlook_updated_invite_central_offset",
    kind="interview_rescheduled",
    shape="outlook",
    frm="Marcy Albright <malbright@prairielabs.example>",
    subject="Updated: Interview - QA Lead",
    date="Tue, 08 Dec 2026 10:11:00 -0600",
    body="""
    When: Wednesday, December 16, 2026 9:00 AM-10:00 AM (UTC-06:00) Central Time (US & Canada).
    Where: Prairie Labs, Conference Room B

    Hi Alex - we had to push your interview back a week, updated invite attached. Same panel (Kyle Dunn and me).

    Marcy
    """,
    ics=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B1F7A9", "20261216T090000", "20261216T100000",
            tzid="Central Standard Time", seq=1, prodid=OUTLOOK,
            summary="Interview - QA Lead", organizer=("Marcy Albright", "malbright@prairielabs.example"),
            attendees=[("Kyle Dunn", "kdunn@prairielabs.example"), ME], location="Prairie Labs, Conference Room B"),
    company="Prairie Labs", role="QA Lead", contact="malbright@prairielabs.example",
    interviewers=["kdunn@prairielabs.example", "malbright@prairielabs.example"],
    at=("2026-12-16 09:00", "America/Chicago"),
)

# ============================================================================ interview_cancelled
case(
    name="one_line_human_cancellation",
    kind="interview_cancelled",
    shape="gmail",
    frm="Tom Becker <tom.becker@redwoodcap.example>",
    subject="Re: Thursday",
    date="Wed, 09 Dec 2026 19:44:00 -0500",
    body="""
    Alex, I have to cancel our interview tomorrow - apologies. I'll be in touch.
    Tom

    --
    Tom Becker | Partner | Redwood Capital
    """,
    company="Redwood Capital", contact="tom.becker@redwoodcap.example",
    interviewers=["tom.becker@redwoodcap.example"],
)

case(
    name="google_canceled_event_ics_cancel",
    kind="interview_cancelled",
    frm="Grace Kim <grace.kim@orbitpay.example>",
    subject="Canceled event: Orbitpay | Alex Morgan | Coding interview @ Fri Dec 11, 2026 2pm - 3pm (EST) (alex.morgan@mail.example)",
    date="Thu, 10 Dec 2026 15:02:00 +0000",
    body="""
    This event has been canceled.

    Orbitpay | Alex Morgan | Coding interview
    Friday Dec 11, 2026 ⋅ 2pm – 3pm (Eastern Time - New York)

    Invitation from Google Calendar
    """,
    ics=ics("CANCEL", "zoom-88213344551-orbitpay", "20261211T190000", "20261211T200000", utc=True, seq=1,
            summary="Orbitpay | Alex Morgan | Coding interview", organizer=("Grace Kim", "grace.kim@orbitpay.example"),
            attendees=[("Tomasz Nowak", "tomasz.nowak@orbitpay.example"), ("Aisha Bello", "aisha.bello@orbitpay.example"), ME]),
    company="Orbitpay", contact="grace.kim@orbitpay.example",
    interviewers=["tomasz.nowak@orbitpay.example", "aisha.bello@orbitpay.example"],
    at=("2026-12-11 14:00", "America/New_York"),
)

case(
    name="role_on_hold_so_interview_called_off",
    kind="interview_cancelled",
    frm="Sofia Marquez <sofia.marquez@cobaltfreight.example>",
    subject="Friday's interview",
    date="Wed, 09 Dec 2026 11:30:00 -0500",
    body="""
    Hi Alex,

    I'm sorry to do this on short notice, but we need to cancel your interview this Friday (Dec 11, 1pm). Leadership has paused hiring for the Operations Analyst role while we finalize next year's budget.

    I'll reach out as soon as I know more.

    Sofia Marquez
    Talent Partner | Cobalt Freight
    """,
    company="Cobalt Freight", role="Operations Analyst", contact="sofia.marquez@cobaltfreight.example",
    at=("2026-12-11 13:00", "America/New_York"),
)
