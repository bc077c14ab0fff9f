"""A batch that mostly arrives forwarded: every kind through Gmail, Outlook, Apple Mail, Thunderbird
and message/rfc822, with more people to find and more January dates."""

from __future__ import annotations

from common import EXCHANGE, ME, ZOOM, case, ics

# ============================================================================ interview_scheduled
case(
    name="outlook_fwd_two_interviewers_in_parentheses_zurich",
    kind="interview_scheduled",
    shape="outlook",
    frm="Corinne Baumann <corinne.baumann@helvetia-data.example>",
    subject="Interview Helvetia Data AG - Data Platform Engineer",
    date="Mon, 28 Dec 2026 09:30:00 +0100",
    body="""
    Dear Alex

    Thank you for your interest in Helvetia Data AG. We would like to invite you to a video interview on Tuesday, 12 January 2027 at 10:00 CET. You will speak with Sabine Kraus (sabine.kraus@helvetia-data.example), Head of Platform, and Tom Wirth (tom.wirth@helvetia-data.example), Senior Engineer.

    The Teams link follows in a separate invitation.

    Kind regards
    Corinne Baumann
    HR Business Partner | Helvetia Data AG
    """,
    company="Helvetia Data AG", role="Data Platform Engineer", contact="corinne.baumann@helvetia-data.example",
    interviewers=["sabine.kraus@helvetia-data.example", "tom.wirth@helvetia-data.example"],
    at=("2027-01-12 10:00", "Europe/Zurich"),
)

case(
    name="apple_fwd_meet_priya_and_me_gmt",
    kind="interview_scheduled",
    shape="apple",
    frm="Declan Murphy <declan.murphy@lanternhealth.example>",
    subject="Lantern Health - video interview",
    date="Tue, 29 Dec 2026 11:00:00 +0000",
    body="""
    Hi Alex,

    Hope you had a good Christmas! Confirming your video interview on Wednesday, January 13th at 4:30pm GMT. You'll meet Priya Shah (priya.shah@lanternhealth.example), our product lead, and me.

    Best,
    Declan Murphy
    Engineering Manager, Lantern Health
    """,
    company="Lantern Health", contact="declan.murphy@lanternhealth.example",
    interviewers=["priya.shah@lanternhealth.example", "declan.murphy@lanternhealth.example"],
    at=("2027-01-13 16:30", "Europe/London"),
)

case(
    name="rfc822_google_invite_with_meeting_room_attendee",
    kind="interview_scheduled",
    shape="rfc822",
    frm="Ana Costa <ana.costa@riverbend-systems.example>",
    subject="Invitation: Riverbend Systems onsite - Alex Morgan @ Thu Jan 7, 2027 1pm - 3pm (EST) (alex.morgan@mail.example)",
    date="Mon, 21 Dec 2026 16:00:00 -0500",
    body="""
    Ana Costa has invited you to the following event.

    Riverbend Systems onsite - Alex Morgan
    Thursday Jan 7, 2027 ⋅ 1pm – 3pm (Eastern Time - New York)
    Riverbend HQ-4-Conf Room 4B (8)

    Guests
    Ana Costa - organizer
    Hugo Lemaire
    Nia Thompson
    Riverbend HQ-4-Conf Room 4B (8)
    alex.morgan@mail.example

    Invitation from Google Calendar
    """,
    ics=ics("REQUEST", "rbs-onsite-am-0107@google.com", "20270107T130000", "20270107T150000", tzid="America/New_York",
            summary="Riverbend Systems onsite - Alex Morgan", organizer=("Ana Costa", "ana.costa@riverbend-systems.example"),
            attendees=[("Hugo Lemaire", "hugo.lemaire@riverbend-systems.example"), ("Nia Thompson", "nia.thompson@riverbend-systems.example"), ME],
            location="Riverbend HQ-4-Conf Room 4B (8)",
            extra=["ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Riverbend HQ-4-Conf Room 4B (8):mailto:c_188d@resource.calendar.google.com"]),
    company="Riverbend Systems", contact="ana.costa@riverbend-systems.example",
    interviewers=["hugo.lemaire@riverbend-systems.example", "nia.thompson@riverbend-systems.example"],
    at=("2027-01-07 13:00", "America/New_York"),
)

case(
    name="thunderbird_fwd_uk_day_month_date",
    kind="interview_scheduled",
    shape="thunderbird",
    frm="Harriet Lowe <harriet.lowe@brambleandoak.example>",
    subject="Interview - Bramble & Oak",
    date="Wed, 30 Dec 2026 14:20:00 +0000",
    body="""
    Dear Alex,

    Further to our call, your interview is booked for 14/01/2027 at 15:00 (UK time) at our Bristol studio. You will be interviewed by our Creative Director, Felix Ward.

    Yours sincerely,
    Harriet Lowe
    Office Manager
    Bramble & Oak Ltd
    """,
    company="Bramble & Oak Ltd", contact="harriet.lowe@brambleandoak.example",
    interviewers=["Felix Ward"],
    at=("2027-01-14 15:00", "Europe/London"),
)

case(
    name="gmail_fwd_zoom_invite_owner_scheduled",
    kind="interview_scheduled",
    shape="gmail",
    frm="Alex Morgan <alex.morgan@mail.example>",
    to="Irene Vasquez <irene.vasquez@juniperlabs.example>",
    subject="Zoom: Alex Morgan <> Juniper Labs final interview",
    date="Tue, 29 Dec 2026 10:00:00 -0500",
    body="""
    Hi Irene, as requested I've set up the Zoom for our final interview.

    Alex Morgan is inviting you to a scheduled Zoom meeting.

    Topic: Alex Morgan <> Juniper Labs final interview
    Time: Jan 12, 2027 02:00 PM Eastern Time (US and Canada)

    Join Zoom Meeting
    https://us02web.zoom.us/j/84412345678
    """,
    ics=ics("REQUEST", "zoom-84412345678", "20270112T190000", "20270112T200000", utc=True, prodid=ZOOM,
            summary="Alex Morgan <> Juniper Labs final interview", organizer=ME,
            attendees=[("Irene Vasquez", "irene.vasquez@juniperlabs.example")]),
    company="Juniper Labs", contact="irene.vasquez@juniperlabs.example",
    interviewers=["irene.vasquez@juniperlabs.example"],
    at=("2027-01-12 14:00", "America/New_York"),
)

# ============================================================================ interview_rescheduled
case(
    name="gmail_fwd_moved_wednesday_to_friday_pt",
    kind="interview_rescheduled",
    shape="gmail",
    frm="Carlos Ibarra <carlos.ibarra@sunpath-energy.example>",
    subject="Re: Interview Wednesday",
    date="Mon, 11 Jan 2027 09:15:00 -0800",
    body="""
    Hi Alex,

    Apologies - we need to move your Wednesday 1pm interview to Friday, January 15, same time (1pm PT). The panel is unchanged.

    Carlos Ibarra
    Recruiter, SunPath Energy
    """,
    company="SunPath Energy", contact="carlos.ibarra@sunpath-energy.example",
    at=("2027-01-15 13:00", "America/Los_Angeles"),
)

case(
    name="outlook_desktop_fwd_exchange_update_london",
    kind="interview_rescheduled",
    shape="outlook_desktop",
    frm="Declan Murphy <declan.murphy@lanternhealth.example>",
    subject="Updated: Lantern Health - video interview",
    date="Mon, 11 Jan 2027 08:00:00 +0000",
    body="""
    When: Thursday, January 14, 2027 3:00 PM-4:00 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
    Where: Microsoft Teams Meeting

    Priya is travelling on Wednesday, so we've moved this by a day. Same link.
    """,
    ics=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000LH0113", "20270114T150000", "20270114T160000",
            tzid="GMT Standard Time", seq=2, prodid=EXCHANGE, summary="Lantern Health - video interview",
            organizer=("Declan Murphy", "declan.murphy@lanternhealth.example"),
            attendees=[("Priya Shah", "priya.shah@lanternhealth.example"), ME]),
    company="Lantern Health", contact="declan.murphy@lanternhealth.example",
    interviewers=["priya.shah@lanternhealth.example"],
    at=("2027-01-14 15:00", "Europe/London"),
)

case(
    name="apple_fwd_greenhouse_rescheduled_table",
    kind="interview_rescheduled",
    shape="apple",
    frm="Riverbend Systems <no-reply@greenhouse.io>",
    reply_to="Ana Costa <ana.costa@riverbend-systems.example>",
    subject="Interview Rescheduled - Riverbend Systems",
    date="Tue, 05 Jan 2027 15:00:00 +0000",
    html="""<html><body>
<p>Hi Alex,</p>
<p>Your onsite interview with Riverbend Systems has been rescheduled. Here are the new details:</p>
<table cellpadding="4">
<tr><td><b>Date</b></td><td>Monday, January 11, 2027</td></tr>
<tr><td><b>Time</b></td><td>1:00 PM - 3:00 PM Eastern Time</td></tr>
<tr><td><b>Location</b></td><td>Riverbend HQ, 4th floor</td></tr>
<tr><td><b>Interviewers</b></td><td>Hugo Lemaire, Nia Thompson</td></tr>
</table>
<p>Best,<br>Ana Costa<br>Riverbend Systems Recruiting</p>
</body></html>""",
    company="Riverbend Systems", contact="ana.costa@riverbend-systems.example",
    interviewers=["Hugo Lemaire", "Nia Thompson"],
    at=("2027-01-11 13:00", "America/New_York"),
)

# ============================================================================ interview_cancelled
case(
    name="outlook_fwd_exchange_canceled_final_interview",
    kind="interview_cancelled",
    shape="outlook",
    frm="Irene Vasquez <irene.vasquez@juniperlabs.example>",
    subject="Canceled: Final interview - Juniper Labs",
    date="Fri, 08 Jan 2027 17:30:00 -0500",
    body="""
    Irene Vasquez has canceled this meeting.
    """,
    ics=ics("CANCEL", "040000008200E00074C5B7101A82E00800000000JL0112", "20270112T140000", "20270112T150000",
            tzid="Eastern Standard Time", seq=1, prodid=EXCHANGE, summary="Canceled: Final interview - Juniper Labs",
            organizer=("Irene Vasquez", "irene.vasquez@juniperlabs.example"), attendees=[ME]),
    company="Juniper Labs", contact="irene.vasquez@juniperlabs.example",
    at=("2027-01-12 14:00", "America/New_York"),
)

case(
    name="gmail_fwd_founder_scraps_chat",
    kind="interview_cancelled",
    shape="gmail",
    frm="Maya Okonkwo <maya@fernweh-travel.example>",
    subject="Re: Tuesday",
    date="Sun, 10 Jan 2027 20:10:00 +0000",
    body="""
    Alex - we'll have to scrap our interview on Tuesday, sorry! Investor meeting moved. I'll send new times.

    Maya Okonkwo
    Founder, Fernweh Travel
    """,
    company="Fernweh Travel", contact="maya@fernweh-travel.example",
    interviewers=["maya@fernweh-travel.example"],
)

case(
    name="rfc822_lever_interview_cancelled",
    kind="interview_cancelled",
    shape="rfc822",
    frm="SunPath Energy <no-reply@hire.lever.co>",
    reply_to="carlos.ibarra@sunpath-energy.example",
    subject="Your interview with SunPath Energy has been cancelled",
    date="Thu, 14 Jan 2027 19:00:00 +0000",
    body="""
    Hi Alex,

    Your interview with SunPath Energy on Friday, January 15, 2027 at 1:00 PM PST has been cancelled. Carlos Ibarra will be in touch about next steps.

    Sent via Lever
    """,
    company="SunPath Energy", contact="carlos.ibarra@sunpath-energy.example",
    at=("2027-01-15 13:00", "America/Los_Angeles"),
)

# ============================================================================ application_received
case(
    name="gmail_fwd_workable_thanks_for_applying",
    kind="application_received",
    shape="gmail",
    frm="Bramble & Oak Ltd <noreply@candidates.workablemail.com>",
    subject="Thanks for applying to Bramble & Oak Ltd",
    date="Mon, 14 Dec 2026 12:00:00 +0000",
    body="""
    Hi Alex,

    Thank you for your application for the Senior Designer role at Bramble & Oak Ltd. We've received it and will review it shortly.

    Best regards,
    Bramble & Oak Ltd
    """,
    company="Bramble & Oak Ltd", role="Senior Designer",
)

case(
    name="apple_fwd_greenhouse_spanish_solicitud_recibida",
    kind="application_received",
    shape="apple",
    frm="Solaria Tech <no-reply@greenhouse.io>",
    subject="Hemos recibido tu solicitud - Solaria Tech",
    date="Tue, 17 Nov 2026 10:00:00 +0100",
    body="""
    Hola Alex:

    ¡Gracias por tu interés en Solaria Tech! Hemos recibido tu solicitud para el puesto de Ingeniero de Datos. Nuestro equipo la revisará y se pondrá en contacto contigo si tu perfil encaja.

    Saludos,
    El equipo de Talento de Solaria Tech
    """,
    company="Solaria Tech", role="Ingeniero de Datos",
)

# ============================================================================ rejection
case(
    name="outlook_fwd_another_candidate_this_role",
    kind="rejection",
    shape="outlook",
    frm="Corinne Baumann <corinne.baumann@helvetia-data.example>",
    subject="Your application - Data Platform Engineer",
    date="Wed, 20 Jan 2027 10:00:00 +0100",
    body="""
    Dear Alex

    We truly appreciate your interest in Helvetia Data AG and the time you invested in the interview process. While we were impressed by your experience, we have chosen to move forward with another candidate for this particular role.

    We wish you every success.

    Kind regards
    Corinne Baumann
    Helvetia Data AG
    """,
    company="Helvetia Data AG", role="Data Platform Engineer", contact="corinne.baumann@helvetia-data.example",
)

case(
    name="gmail_fwd_decided_not_to_fill",
    kind="rejection",
    shape="gmail",
    frm="Carlos Ibarra <carlos.ibarra@sunpath-energy.example>",
    subject="Update - Grid Analytics Engineer",
    date="Tue, 19 Jan 2027 16:00:00 -0800",
    body="""
    Hi Alex,

    I wanted to let you know that SunPath has decided not to fill the Grid Analytics Engineer role this year, so we're closing out all candidates. I'm sorry this process ended this way.

    Carlos Ibarra
    Recruiter, SunPath Energy
    """,
    company="SunPath Energy", role="Grid Analytics Engineer", contact="carlos.ibarra@sunpath-energy.example",
)

case(
    name="apple_fwd_its_a_no_this_time",
    kind="rejection",
    shape="apple",
    frm="Declan Murphy <declan.murphy@lanternhealth.example>",
    subject="Lantern Health",
    date="Mon, 18 Jan 2027 12:00:00 +0000",
    body="""
    Hi Alex,

    Thanks so much for your time with Priya and me last week. I'm afraid it's a no from the team this time - we need someone with more clinical-data background. Genuinely enjoyed meeting you.

    Declan
    Lantern Health
    """,
    company="Lantern Health", contact="declan.murphy@lanternhealth.example",
)

case(
    name="thunderbird_fwd_application_unsuccessful_uk",
    kind="rejection",
    shape="thunderbird",
    frm="Bramble & Oak Ltd <noreply@candidates.workablemail.com>",
    reply_to="Harriet Lowe <harriet.lowe@brambleandoak.example>",
    subject="Your application for Senior Designer",
    date="Fri, 22 Jan 2027 09:00:00 +0000",
    body="""
    Dear Alex,

    Thank you for attending the interview for the Senior Designer position. We regret to inform you that on this occasion your application has been unsuccessful.

    We wish you the best of luck in your future job search.

    Harriet Lowe
    Bramble & Oak Ltd
    """,
    company="Bramble & Oak Ltd", role="Senior Designer", contact="harriet.lowe@brambleandoak.example",
)

# ============================================================================ offer
case(
    name="gmail_fwd_offer_valid_until",
    kind="offer",
    shape="gmail",
    frm="Ana Costa <ana.costa@riverbend-systems.example>",
    subject="Your offer from Riverbend Systems",
    date="Fri, 15 Jan 2027 15:00:00 -0500",
    body="""
    Hi Alex,

    We're excited to offer you the role of Senior Software Engineer at Riverbend Systems! Your offer letter is attached; the offer is valid until January 22, 2027.

    Welcome (almost) aboard,
    Ana Costa
    Riverbend Systems Recruiting
    """,
    company="Riverbend Systems", role="Senior Software Engineer", contact="ana.costa@riverbend-systems.example",
)

case(
    name="outlook_fwd_docusign_offer_letter",
    kind="offer",
    shape="outlook",
    frm="Irene Vasquez via DocuSign <dse_NA4@docusign.net>",
    reply_to="Irene Vasquez <irene.vasquez@juniperlabs.example>",
    subject="Please DocuSign: Juniper Labs Offer Letter - Alex Morgan",
    date="Wed, 20 Jan 2027 21:00:00 +0000",
    body="""
    Irene Vasquez sent you a document to review and sign.

    REVIEW DOCUMENT

    Irene Vasquez
    irene.vasquez@juniperlabs.example

    Hi Alex - congratulations again! Here is your Juniper Labs offer letter for the Staff Data Engineer role. Please review and sign at your earliest convenience.

    Do Not Share This Email
    This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
    """,
    company="Juniper Labs", role="Staff Data Engineer", contact="irene.vasquez@juniperlabs.example",
)

# ============================================================================ none
case(
    name="gmail_fwd_friend_how_did_it_go",
    kind="none",
    shape="gmail",
    frm="Jordan Blake <jordan.blake@mail.example>",
    subject="how'd it go??",
    date="Thu, 07 Jan 2027 18:00:00 -0500",
    body="""
    Hey! How did the Riverbend interview go today? Drinks Friday at 7 to debrief? 🍻

    J
    """,
)

case(
    name="outlook_internal_interviewer_training",
    kind="none",
    shape="outlook",
    frm="People Team <people@mail.example>",
    subject="Reminder: Interviewer training for hiring managers - Thu 2pm",
    date="Mon, 04 Jan 2027 09:00:00 -0500",
    body="""
    Hi all,

    A reminder that our quarterly interviewer training takes place Thursday, January 7 at 2pm ET in the Hudson room. We'll cover structured interviews, scorecards and avoiding bias. Attendance is required for anyone on an interview panel this quarter.

    People Team
    """,
)

case(
    name="apple_fwd_good_luck_tomorrow",
    kind="none",
    shape="apple",
    frm="Sam Ortiz <sam.ortiz.dev@gmail.example>",
    subject="good luck!!",
    date="Wed, 13 Jan 2027 21:00:00 -0500",
    body="""
    Good luck on your interview tomorrow at 3! You've got this. Call me after.

    Sam
    """,
)

case(
    name="thunderbird_fwd_reply_with_availability",
    kind="none",
    booking_requested=True,
    shape="thunderbird",
    frm="Harriet Lowe <harriet.lowe@brambleandoak.example>",
    subject="Next steps - Bramble & Oak",
    date="Tue, 22 Dec 2026 10:00:00 +0000",
    body="""
    Dear Alex,

    Thank you for your application for the Senior Designer role. We'd like to invite you to interview. Please reply with your availability for the week of 11 January and I'll book a slot with our Creative Director.

    Kind regards,
    Harriet Lowe
    Bramble & Oak Ltd
    """,
)

case(
    name="rfc822_virtual_assistant_choose_a_time",
    kind="none",
    booking_requested=True,
    shape="rfc822",
    frm="Olivia at Meridian Health Partners <olivia@paradox.ai>",
    subject="Let's schedule your interview with Meridian Health Partners",
    date="Mon, 07 Dec 2026 14:00:00 +0000",
    body="""
    Hi Alex, I'm Olivia, the virtual recruiting assistant for Meridian Health Partners.

    Let's get your interview for Senior Financial Analyst on the calendar. Please choose one of these times (Eastern):

    1) Thu 12/10 10:00 AM
    2) Thu 12/10 2:00 PM
    3) Fri 12/11 11:00 AM

    Reply with 1, 2 or 3.
    """,
)
