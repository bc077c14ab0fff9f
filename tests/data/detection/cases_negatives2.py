"""More mail that must stay `none`, and more requests to book a slot."""

from __future__ import annotations

from common import ME, case, ics

# ============================================================================ hard negatives
case(
    name="journalist_interview_request_for_article",
    kind="none",
    frm="Rachel Stone <rstone@metrotribune.example>",
    subject="Interview for our story on remote work - Thursday 3pm?",
    date="Mon, 07 Dec 2026 10:30:00 -0500",
    body="""
    Hi Alex,

    I'm a reporter at the Metro Tribune working on a piece about engineers who moved to four-day weeks. Would you be available for a 20-minute phone interview on Thursday at 3pm? Your quotes would be attributed by first name only if you prefer.

    Thanks,
    Rachel Stone
    Metro Tribune
    """,
)

case(
    name="interview_experience_survey",
    kind="none",
    frm="Lumen Bio via Greenhouse <no-reply@greenhouse.io>",
    subject="How was your interview experience with Lumen Bio?",
    date="Tue, 15 Dec 2026 18:00:00 +0000",
    body="""
    Hi Alex,

    Thanks for interviewing with Lumen Bio. We'd love your feedback on the interview process - it takes 2 minutes and is anonymous.

    Take the survey: https://survey.greenhouse.io/s/8fa1

    Your responses will not affect your candidacy.
    """,
)

case(
    name="meetup_rsvp_tech_interviews_ama",
    kind="none",
    frm="Meetup <info@meetup.com>",
    subject="You're going to: Tech Interviews AMA with hiring managers",
    date="Wed, 02 Dec 2026 19:00:00 +0000",
    body="""
    You're going!

    Tech Interviews AMA with hiring managers
    NYC Software Craft
    Wednesday, December 9, 2026, 6:30 PM to 8:30 PM EST
    WeWork, 115 W 18th St, New York

    Add to calendar
    """,
)

case(
    name="newsletter_interview_tips",
    kind="none",
    shape="gmail",
    frm="The Pragmatic Hiring Letter <newsletter@hiringletter.example>",
    subject="5 questions to ask at the end of every interview",
    date="Sun, 06 Dec 2026 12:00:00 +0000",
    body="""
    This week: what to ask when the interviewer says "any questions for us?"

    1. What does success look like in the first 90 days?
    2. What is the team's biggest challenge right now?
    3. How do you make technical decisions?
    ...

    You're receiving this because you subscribed at hiringletter.example. Unsubscribe.
    """,
)

case(
    name="own_team_hiring_panel_invite_owner_as_interviewer",
    kind="none",
    frm="Dana Whitaker <dana.whitaker@mail.example>",
    subject="Invitation: Candidate interview - Jamie Fox (Frontend) @ Thu Dec 10, 2026 11am - 12pm (EST)",
    date="Mon, 07 Dec 2026 09:00:00 -0500",
    body="""
    Dana Whitaker has invited you to the following event.

    Candidate interview - Jamie Fox (Frontend)
    Thursday Dec 10, 2026 ⋅ 11am – 12pm (Eastern Time - New York)

    Alex, can you run the system design portion for this candidate? Scorecard link in Greenhouse.

    Invitation from Google Calendar
    """,
    ics=ics("REQUEST", "cand-jfox-1210@google.com", "20261210T110000", "20261210T120000", tzid="America/New_York",
            summary="Candidate interview - Jamie Fox (Frontend)", organizer=("Dana Whitaker", "dana.whitaker@mail.example"),
            attendees=[ME, ("Jamie Fox", "jamie.fox.dev@mail.example")]),
)

case(
    name="job_alert_indeed_digest",
    kind="none",
    frm="Indeed <alert@indeed.com>",
    subject="Data Engineer jobs in New York, NY - 14 new",
    date="Thu, 03 Dec 2026 08:00:00 +0000",
    body="""
    14 new jobs for Data Engineer in New York, NY

    Data Engineer - Granite Bay Bank - New York, NY - $150,000 - $180,000 a year
    Senior Data Engineer - Lumen Bio - Remote
    Data Engineer II - Orbitpay - New York, NY - Easily apply

    See all jobs: https://www.indeed.com/jobs?q=data+engineer
    """,
)

case(
    name="cold_outreach_founder_coffee",
    kind="none",
    frm="Priya Natarajan <priya@lighthouse-ml.example>",
    subject="Coffee next week?",
    date="Fri, 04 Dec 2026 17:40:00 -0500",
    body="""
    Hi Alex,

    I saw your talk at PyData last month and loved it. I'm building Lighthouse ML (seed stage, 6 people) and we're starting to think about our first infra hire. No pressure at all - would you be up for a coffee sometime to swap notes?

    Priya
    """,
)

case(
    name="course_webinar_receipt_with_zoom_time",
    kind="none",
    frm="Interview Kickstart <no-reply@interviewkickstart.example>",
    subject="Confirmed: Free masterclass - How to crack FAANG interviews",
    date="Mon, 30 Nov 2026 22:00:00 +0000",
    html="""<html><body>
<h2>You're in!</h2>
<p>Free masterclass: <b>How to crack FAANG interviews</b></p>
<table><tr><td>Date</td><td>Saturday, December 5, 2026</td></tr>
<tr><td>Time</td><td>11:00 AM PST</td></tr>
<tr><td>Host</td><td>Ryan Valles, Co-founder</td></tr></table>
<p><a href="https://zoom.example/j/123">Join on Zoom</a></p>
</body></html>""",
)

case(
    name="recruiter_newsletter_hiring_update",
    kind="none",
    frm="TalentBridge Staffing <updates@talentbridge-staffing.example>",
    subject="December market update: who's hiring and interviewing now",
    date="Tue, 01 Dec 2026 14:00:00 +0000",
    body="""
    Hi Alex,

    Our December roundup: fintech and health-tech are interviewing aggressively, big tech remains slow. Below are 8 roles our recruiters are filling this month.

    Reply to this email if you'd like to be submitted to any of them.

    TalentBridge Staffing
    """,
)

case(
    name="volunteer_oral_history_interview",
    kind="none",
    shape="apple",
    frm="Carol Jensen <carol.jensen@historysociety.example>",
    subject="Oral history interview - Saturday",
    date="Mon, 07 Dec 2026 19:00:00 -0500",
    body="""
    Hi Alex,

    Thanks so much for volunteering to record Mr. Alvarez's oral history interview for the Riverside Historical Society. We'll meet at his home on Saturday, December 12 at 2pm. Bring the recorder from the society office.

    Carol
    """,
)

case(
    name="offer_word_in_shopping_promo",
    kind="none",
    frm="Lumen Outdoor <deals@lumenoutdoor.example>",
    subject="Exclusive offer for you, Alex: 30% off winter jackets",
    date="Thu, 03 Dec 2026 15:00:00 +0000",
    body="""
    Our best offer of the season - extended just for you. Use code WARM30 before Sunday.

    Shop now.
    """,
)

case(
    name="application_for_apartment_received",
    kind="none",
    frm="Brookline Property Management <leasing@brooklinepm.example>",
    subject="We received your rental application",
    date="Tue, 24 Nov 2026 12:00:00 -0500",
    body="""
    Hi Alex,

    Thank you for applying for 42 Harvard St, Unit 3. We have received your rental application and will run the credit check within 2 business days. A showing is confirmed for Saturday at 10am.

    Brookline Property Management
    """,
)

# ============================================================================ requests to book a slot
case(
    name="goodtime_pick_your_slots",
    kind="none",
    booking_requested=True,
    frm="Fathom Robotics <scheduling@goodtime.io>",
    reply_to="Noor Shah <noor.shah@fathomrobotics.example>",
    subject="Fathom Robotics: Please share your availability",
    date="Mon, 30 Nov 2026 18:00:00 +0000",
    body="""
    Hi Alex,

    Fathom Robotics would like to schedule your onsite interview for the Controls Engineer role. Please select all the times you are available over the next two weeks:

    https://goodtime.io/availability/ft-55a1

    Sent by GoodTime on behalf of Fathom Robotics
    """,
)

case(
    name="ashby_self_schedule_link",
    kind="none",
    booking_requested=True,
    shape="gmail",
    frm="Quillmate Recruiting <no-reply@ashbyhq.com>",
    reply_to="Owen Fitzgerald <owen@quillmate.example>",
    subject="Schedule your interview with Quillmate",
    date="Tue, 01 Dec 2026 15:00:00 +0000",
    body="""
    Hi Alex,

    Next up is a 60-minute System Design interview. Use the link below to choose a time that works for you:

    https://jobs.ashbyhq.com/quillmate/interview/schedule/7f2e

    Powered by Ashby
    """,
)

case(
    name="german_terminvorschlag_bitte_waehlen",
    kind="none",
    booking_requested=True,
    frm="Katrin Vogel <katrin.vogel@nordlicht-energie.example>",
    subject="Terminfindung Vorstellungsgespräch",
    date="Fri, 27 Nov 2026 09:00:00 +0100",
    body="""
    Hallo Alex Morgan,

    wir würden Sie gerne kennenlernen! Bitte wählen Sie über den folgenden Link einen passenden Termin für ein Vorstellungsgespräch aus:

    https://nordlicht-energie.jobs.personio.example/interview-booking/3381

    Mit freundlichen Grüßen
    Katrin Vogel
    """,
)

case(
    name="recruiter_offers_three_slots_to_choose",
    kind="none",
    booking_requested=True,
    shape="outlook",
    frm="Andre Pike <andre.pike@bluewaterlogistics.example>",
    subject="Phone interview - Transportation Planner",
    date="Wed, 25 Nov 2026 11:00:00 -0500",
    body="""
    Hi Alex,

    We'd like to set up a phone interview with our Transportation Manager. Which of these works best for you?

    - Tuesday 12/8 at 10:00 AM ET
    - Wednesday 12/9 at 10:30 AM ET
    - Thursday 12/10 at 2:00 PM ET

    Just reply with your pick and I'll send a confirmation.

    Andre Pike
    Bluewater Logistics
    """,
)

case(
    name="hackerrank_style_schedule_when_ready",
    kind="none",
    booking_requested=True,
    frm="Orbitpay Recruiting <recruiting@orbitpay.example>",
    subject="Orbitpay - let's find a time for your technical interview",
    date="Fri, 27 Nov 2026 20:00:00 +0000",
    body="""
    Hi Alex,

    Congrats on passing the online assessment! The next step is a 60-minute technical interview. Reply with a few windows that work for you in the week of December 7 (please include your time zone), and Grace Kim will confirm.

    Orbitpay Recruiting
    """,
)

case(
    name="outlook_findtime_poll",
    kind="none",
    booking_requested=True,
    frm="Rohan Mehta <rohan.mehta@granitebay-bank.example>",
    subject="Vote on a time: Granite Bay Bank - Second round interview",
    date="Thu, 03 Dec 2026 14:00:00 -0500",
    body="""
    Rohan Mehta is using Scheduling Poll to find a time for: Granite Bay Bank - Second round interview

    Please vote for the times that work for you.
    Vote now: https://outlook.office.com/findtime/vote/3f8a

    Proposed times (Eastern Time):
    Fri 12/18 2:00 PM - 3:00 PM
    Mon 12/21 10:00 AM - 11:00 AM
    """,
)
