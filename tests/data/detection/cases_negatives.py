"""Mail that must stay `none`: look-alikes of interviews, alerts, outreach, and requests to book."""

from __future__ import annotations

from common import ME, case, ics

# ============================================================================ hard negatives
case(
    name="mock_interview_with_friend_google_invite",
    kind="none",
    frm="Sam Ortiz <sam.ortiz.dev@gmail.example>",
    subject="Invitation: Mock interview (system design) w/ Alex @ Sat Dec 5, 2026 10am - 11am (EST) (alex.morgan@mail.example)",
    date="Wed, 02 Dec 2026 22:14:00 -0500",
    body="""
    Sam Ortiz has invited you to the following event.

    Mock interview (system design) w/ Alex
    Saturday Dec 5, 2026 ⋅ 10am – 11am (Eastern Time - New York)

    Practice run before your real loops. I'll play the interviewer, bring a whiteboard!

    Guests
    Sam Ortiz - organizer
    alex.morgan@mail.example

    Invitation from Google Calendar
    """,
    ics=ics("REQUEST", "mock-sd-0512@google.com", "20261205T100000", "20261205T110000", tzid="America/New_York",
            summary="Mock interview (system design) w/ Alex", organizer=("Sam Ortiz", "sam.ortiz.dev@gmail.example"),
            attendees=[("Sam Ortiz", "sam.ortiz.dev@gmail.example", "ACCEPTED"), ME],
            description="Practice run before your real loops. I'll play the interviewer, bring a whiteboard!"),
)

case(
    name="book_club_interview_with_the_vampire",
    kind="none",
    frm="Riverside Readers <riversidereaders@groups.example>",
    subject="Invitation: Book club - Interview with the Vampire @ Thu Dec 10, 2026 7pm - 9pm (EST)",
    date="Tue, 01 Dec 2026 12:00:00 -0500",
    body="""
    Riverside Readers has invited you to the following event.

    Book club - Interview with the Vampire
    Thursday Dec 10, 2026 ⋅ 7pm – 9pm (Eastern Time - New York)
    Where: Marguerite's place, 14 Elm St

    Bring snacks! We're finishing Part III.

    Invitation from Google Calendar
    """,
    ics=ics("REQUEST", "bookclub-dec-2026@google.com", "20261210T190000", "20261210T210000", tzid="America/New_York",
            summary="Book club - Interview with the Vampire", organizer=("Riverside Readers", "riversidereaders@groups.example"),
            attendees=[ME, ("Marguerite Hale", "mhale@mail.example")], location="Marguerite's place, 14 Elm St"),
)

case(
    name="podcast_guest_interview_recording",
    kind="none",
    frm="Jules Park <jules@shipitpodcast.example>",
    subject="Ship It podcast - your interview recording on Dec 9",
    date="Thu, 03 Dec 2026 13:20:00 -0800",
    body="""
    Hey Alex!

    Super excited to have you on Ship It. Confirming our interview recording for Wednesday, December 9 at 10am PT. We'll chat for about 45 minutes about your open-source scheduler project; I'll send the Riverside.fm studio link the day before.

    Thanks!
    Jules Park
    Host, Ship It podcast
    """,
)

case(
    name="interview_prep_course_receipt",
    kind="none",
    frm="Interview Mastery <receipts@interviewmastery.example>",
    subject="Your receipt from Interview Mastery - Order #IM-20931",
    date="Sun, 29 Nov 2026 20:11:00 +0000",
    body="""
    Thanks for your purchase, Alex!

    Interview Mastery Bootcamp - System Design Track    $149.00
    Tax                                                  $0.00
    Total charged to Visa ending 4242                   $149.00

    Your first live session, "Cracking the System Design Interview", starts Tuesday, December 8 at 8:00 PM ET. Access all lessons any time from your dashboard.

    Questions? Reply to this email.
    """,
)

case(
    name="webinar_registration_behavioral_interviews",
    kind="none",
    shape="gmail",
    frm="CareerLab Events <events@careerlab.example>",
    subject="You're registered: Acing the Behavioral Interview (live webinar)",
    date="Mon, 30 Nov 2026 16:00:00 +0000",
    body="""
    Hi Alex,

    You're registered for Acing the Behavioral Interview.

    Date: Thursday, December 3, 2026
    Time: 12:00 PM - 1:00 PM EST
    Join: https://careerlab.zoom.us/webinar/register/WN_abc123

    Add to calendar: Google | Outlook | iCal

    See you there!
    The CareerLab team
    """,
)

case(
    name="teams_meeting_user_research_interviews",
    kind="none",
    frm="Dana Whitaker <dana.whitaker@mail.example>",
    subject="Sync: user interview plan for Q1",
    date="Tue, 01 Dec 2026 09:00:00 -0500",
    body="""
    Hi all,

    Let's meet Thursday at 2pm to finalize who we're interviewing for the onboarding research and split up the customer interview scripts. Teams link below.

    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting
    ________________________________________________________________________________
    Dana
    """,
)

case(
    name="linkedin_job_alert_digest",
    kind="none",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subject="30+ new jobs for 'backend engineer' in New York",
    date="Tue, 01 Dec 2026 11:30:00 +0000",
    html="""<html><body>
<h2>Your job alert for backend engineer in New York, NY</h2>
<table>
<tr><td><b>Senior Backend Engineer</b><br>Acme Robotics &middot; New York, NY<br>Actively recruiting &middot; Easy Apply</td></tr>
<tr><td><b>Backend Engineer, Payments</b><br>Orbitpay &middot; Remote<br>3 connections work here</td></tr>
<tr><td><b>Software Engineer - Interview Platform</b><br>HireLoop &middot; Brooklyn, NY</td></tr>
</table>
<p><a href="https://www.linkedin.com/jobs/search">See all jobs</a></p>
<p style="font-size:11px">You are receiving Job Alert emails. Unsubscribe.</p>
</body></html>""",
)

case(
    name="cold_outreach_agency_recruiter",
    kind="none",
    frm="Marco Villa <marco.villa@talentbridge-staffing.example>",
    subject="Exciting Staff Engineer opportunity - fintech, NYC",
    date="Wed, 02 Dec 2026 14:27:00 -0500",
    body="""
    Hi Alex,

    I came across your profile and was really impressed by your work on distributed schedulers. I'm partnering with a well-funded fintech in NYC that is hiring a Staff Engineer (base up to $250k + equity).

    Would you be open to hearing more? If so, just reply and I'll share the details.

    Best,
    Marco Villa
    Senior Recruiter, TalentBridge Staffing
    """,
)

case(
    name="dentist_appointment_confirmed",
    kind="none",
    frm="Bright Smiles Dental <appointments@brightsmiles.example>",
    subject="Appointment confirmed: Tue, Dec 8 at 10:00 AM",
    date="Mon, 30 Nov 2026 10:00:00 -0500",
    body="""
    Hi Alex,

    Your appointment with Dr. Patel is confirmed for Tuesday, December 8 at 10:00 AM.

    Please arrive 10 minutes early. To reschedule, call (555) 010-2233.

    Bright Smiles Dental
    """,
)

case(
    name="practice_session_interviewing_platform",
    kind="none",
    frm="Pramp <team@pramp.example>",
    subject="Your peer mock interview is confirmed for Sun, Dec 6 at 3:00 PM",
    date="Fri, 04 Dec 2026 18:00:00 +0000",
    body="""
    Hi Alex,

    Your practice session is booked! You've been matched with a peer for a Data Structures & Algorithms mock interview.

    When: Sunday, December 6, 2026, 3:00 PM EST
    Your peer: Jordan K.

    You'll take turns being the interviewer and the interviewee. Good luck!
    The Pramp Team
    """,
)

# ============================================================================ requests to book a slot
case(
    name="greenhouse_self_schedule_pick_a_time",
    kind="none",
    booking_requested=True,
    frm="Acme Robotics <no-reply@us.greenhouse-mail.io>",
    reply_to="Sam Lee <sam.lee@acme-robotics.example>",
    subject="Please select your interview time - Acme Robotics",
    date="Mon, 30 Nov 2026 17:00:00 +0000",
    body="""
    Hi Alex,

    We'd like to invite you to a 45 minute technical phone interview for the Senior Backend Engineer role. Please use the link below to pick a time that works for you:

    https://app.greenhouse.io/scheduling/self_schedule/abc123def

    Available slots are shown in your local time zone. If none of them work, reply to this email.

    Thanks,
    Sam Lee
    Acme Robotics Recruiting
    """,
)

case(
    name="human_asks_for_availability_next_week",
    kind="none",
    booking_requested=True,
    shape="outlook",
    frm="Derek Holm <derek.holm@bluefin-analytics.example>",
    subject="Bluefin Analytics - next round",
    date="Thu, 03 Dec 2026 12:10:00 -0500",
    body="""
    Hi Alex,

    Good news - the team would like to move you to the final round with our VP of Data. Could you send me three or four times that work for you next week (Dec 7-11)? I'll get it on the calendar.

    Thanks,
    Derek Holm
    Talent Acquisition, Bluefin Analytics
    """,
)

case(
    name="calendly_invitation_to_book",
    kind="none",
    booking_requested=True,
    frm="Ben Okafor via Calendly <notifications@calendly.com>",
    reply_to="ben@tallgrass.example",
    subject="Ben Okafor has invited you to schedule: Intro chat (30 min)",
    date="Tue, 01 Dec 2026 09:15:00 -0700",
    body="""
    Hi Alex,

    Ben Okafor would like you to schedule a time for Intro chat (30 min).

    Schedule event: https://calendly.com/ben-tallgrass/intro-chat

    Powered by Calendly
    """,
)
