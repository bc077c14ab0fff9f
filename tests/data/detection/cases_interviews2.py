"""More interviews fixed and moved: other vendors, languages, zones and forward shapes."""

from __future__ import annotations

from common import EXCHANGE, ME, OUTLOOK, case, ics

# ============================================================================ interview_scheduled
case(
    name="icims_confirmation_company_from_body",
    kind="interview_scheduled",
    shape="outlook_desktop",
    frm="Bluewater Logistics <bluewaterlogistics@talent.icims.com>",
    subject="Interview Confirmation",
    date="Tue, 01 Dec 2026 13:02:00 -0500",
    body="""
    Dear Alex,

    Thank you for your interest in career opportunities with Bluewater Logistics. This message confirms your interview for the position of Transportation Planner (Req ID 2026-4471).

    Interview Date: Wednesday, December 9, 2026
    Interview Time: 10:30 AM Eastern
    Interview Type: Phone
    Interviewer: Gloria Mendes, Transportation Manager

    Gloria will call you at the phone number on your application. If you need to reschedule, please contact Andre Pike at andre.pike@bluewaterlogistics.example.

    Bluewater Logistics Talent Acquisition
    *** This is an automated message. Please do not reply. ***
    """,
    company="Bluewater Logistics", role="Transportation Planner", contact="andre.pike@bluewaterlogistics.example",
    interviewers=["Gloria Mendes"],
    at=("2026-12-09 10:30", "America/New_York"),
)

case(
    name="french_entretien_confirme_visio",
    kind="interview_scheduled",
    frm="Julien Mercier <julien.mercier@vertigo-studio.example>",
    subject="Entretien - Développeur front-end",
    date="Wed, 02 Dec 2026 15:40:00 +0100",
    body="""
    Bonjour Alex,

    Suite à notre échange téléphonique, je vous confirme notre entretien le jeudi 10 décembre à 15h00 (heure de Paris) en visio. Vous rencontrerez Camille Roux, notre lead développeuse, et moi-même.

    Lien : https://meet.vertigo-studio.example/entretien-am

    À bientôt,
    Julien Mercier
    Directeur technique - Vertigo Studio
    """,
    company="Vertigo Studio", role="Développeur front-end", contact="julien.mercier@vertigo-studio.example",
    interviewers=["julien.mercier@vertigo-studio.example", "Camille Roux"],
    at=("2026-12-10 15:00", "Europe/Paris"),
)

case(
    name="spanish_entrevista_madrid",
    kind="interview_scheduled",
    shape="gmail",
    frm="Lucía Fernández <lucia.fernandez@solaria-tech.example>",
    subject="Entrevista técnica - Solaria Tech",
    date="Thu, 03 Dec 2026 12:15:00 +0100",
    body="""
    Hola Alex:

    Te confirmo la entrevista técnica para el puesto de Ingeniero de Datos el miércoles 16 de diciembre a las 10:00 (hora de Madrid), por Google Meet. Estarán Javier Ruiz (javier.ruiz@solaria-tech.example) y yo.

    Un saludo,
    Lucía Fernández
    Talent Acquisition · Solaria Tech
    """,
    company="Solaria Tech", role="Ingeniero de Datos", contact="lucia.fernandez@solaria-tech.example",
    interviewers=["javier.ruiz@solaria-tech.example", "lucia.fernandez@solaria-tech.example"],
    at=("2026-12-16 10:00", "Europe/Madrid"),
)

case(
    name="received_application_and_invited_same_mail",
    kind="interview_scheduled",
    frm="Harper Quinn <harper.quinn@meadowlark-health.example>",
    subject="Your application - Clinical Data Manager",
    date="Fri, 04 Dec 2026 09:00:00 -0600",
    body="""
    Hi Alex,

    Thanks for applying for the Clinical Data Manager role at Meadowlark Health - we received your application last week and loved your background. I'd like to invite you to a first interview with our Director of Clinical Operations, Dr. Simone Akers, on Monday, December 14 at 11:00 AM CT. It will be a Teams call; the invite is on its way.

    Best,
    Harper Quinn
    Senior Recruiter, Meadowlark Health
    """,
    company="Meadowlark Health", role="Clinical Data Manager", contact="harper.quinn@meadowlark-health.example",
    interviewers=["Simone Akers"],
    at=("2026-12-14 11:00", "America/Chicago"),
)

case(
    name="google_invite_recruiter_screen_description_only",
    kind="interview_scheduled",
    frm="Google Calendar <calendar-notification@google.com>",
    reply_to="Ivy Chen <ivy.chen@pinecrest-ai.example>",
    subject="Invitation: Pinecrest AI - Recruiter screen (Alex Morgan) @ Tue Dec 8, 2026 12pm - 12:30pm (PST) (alex.morgan@mail.example)",
    date="Wed, 02 Dec 2026 18:20:00 +0000",
    body="""
    Ivy Chen has invited you to the following event.

    Pinecrest AI - Recruiter screen (Alex Morgan)
    Tuesday Dec 8, 2026 ⋅ 12pm – 12:30pm (Pacific Time - Los Angeles)

    Hi Alex, looking forward to a quick intro call about the ML Platform Engineer role. I'll call you via Meet.

    Guests
    Ivy Chen - organizer
    alex.morgan@mail.example

    Invitation from Google Calendar
    """,
    ics=ics("REQUEST", "pcai-screen-9931@google.com", "20261208T120000", "20261208T123000", tzid="America/Los_Angeles",
            summary="Pinecrest AI - Recruiter screen (Alex Morgan)", organizer=("Ivy Chen", "ivy.chen@pinecrest-ai.example"),
            attendees=[("Ivy Chen", "ivy.chen@pinecrest-ai.example", "ACCEPTED"), ME],
            description="Hi Alex, looking forward to a quick intro call about the ML Platform Engineer role. I'll call you via Meet."),
    company="Pinecrest AI", role="ML Platform Engineer", contact="ivy.chen@pinecrest-ai.example",
    interviewers=["ivy.chen@pinecrest-ai.example"],
    at=("2026-12-08 12:00", "America/Los_Angeles"),
)

case(
    name="panel_names_with_mailto_html_only",
    kind="interview_scheduled",
    shape="html",
    frm="Cedar & Stone Architects <recruiting@cedarstone.example>",
    subject="Your panel interview on January 6",
    date="Mon, 14 Dec 2026 16:00:00 -0500",
    html="""<html><body><div style="font-family:Georgia,serif">
<p>Dear Alex,</p>
<p>We are delighted to invite you to a panel interview for the <strong>Project Architect</strong> position.</p>
<p><strong>When:</strong> Wednesday, January 6, 2027<br>
<strong>Time:</strong> 9:00&nbsp;AM&nbsp;&ndash;&nbsp;10:30&nbsp;AM (Eastern)<br>
<strong>Where:</strong> 220 Franklin Street, 4th floor, Boston</p>
<p>Your panel:</p>
<ul>
<li>Renata Ilves, Principal &mdash; <a href="mailto:renata.ilves@cedarstone.example">renata.ilves@cedarstone.example</a></li>
<li>Paul Adeyemi, Senior Associate &mdash; <a href="mailto:paul.adeyemi@cedarstone.example">paul.adeyemi@cedarstone.example</a></li>
<li>Ines Carvalho, Studio Director &mdash; <a href="mailto:ines.carvalho@cedarstone.example">ines.carvalho@cedarstone.example</a></li>
</ul>
<p>With best regards,<br>Theo Lambert<br>Office Manager, Cedar &amp; Stone Architects<br><a href="mailto:theo.lambert@cedarstone.example">theo.lambert@cedarstone.example</a></p>
</div></body></html>""",
    company="Cedar & Stone Architects", role="Project Architect", contact="theo.lambert@cedarstone.example",
    interviewers=["renata.ilves@cedarstone.example", "paul.adeyemi@cedarstone.example", "ines.carvalho@cedarstone.example"],
    at=("2027-01-06 09:00", "America/New_York"),
)

case(
    name="goodtime_rfc822_pst_utc_offset_written",
    kind="interview_scheduled",
    shape="rfc822",
    frm="Fathom Robotics <scheduling@goodtime.io>",
    reply_to="Noor Shah <noor.shah@fathomrobotics.example>",
    subject="Interview Confirmed: Fathom Robotics - Controls Engineer",
    date="Thu, 03 Dec 2026 20:30:00 +0000",
    body="""
    Hi Alex,

    Your interview with Fathom Robotics is confirmed.

    Friday, December 11, 2026
    1:00 PM - 2:30 PM (GMT-08:00) Pacific Time

    Schedule
    1:00 PM - 1:45 PM  Controls deep dive with Elena Petrova (elena.petrova@fathomrobotics.example)
    1:45 PM - 2:30 PM  Hiring manager conversation with Rashid Karim (rashid.karim@fathomrobotics.example)

    Location: Video (Zoom link in the calendar invite)

    Questions? Contact Noor Shah, noor.shah@fathomrobotics.example.

    Sent by GoodTime on behalf of Fathom Robotics
    """,
    company="Fathom Robotics", role="Controls Engineer", contact="noor.shah@fathomrobotics.example",
    interviewers=["elena.petrova@fathomrobotics.example", "rashid.karim@fathomrobotics.example"],
    at=("2026-12-11 13:00", "America/Los_Angeles"),
)

case(
    name="teamtailor_german_gmail_de_forward",
    kind="interview_scheduled",
    shape="gmail_de",
    frm="Alpenglow Software AG <noreply@teamtailor.com>",
    reply_to="Lena Huber <lena.huber@alpenglow.example>",
    subject="Bestätigung: Ihr Interview bei Alpenglow Software AG",
    date="Mon, 07 Dec 2026 08:45:00 +0100",
    body="""
    Hallo Alex,

    wir freuen uns, Ihr Interview für die Position Backend Engineer zu bestätigen:

    Datum: Donnerstag, 17. Dezember 2026
    Uhrzeit: 11:00–12:00 Uhr (MEZ)
    Ort: Google Meet

    Sie sprechen mit Markus Egger (CTO).

    Viele Grüße
    Lena Huber
    Talent Acquisition, Alpenglow Software AG
    """,
    company="Alpenglow Software AG", role="Backend Engineer", contact="lena.huber@alpenglow.example",
    interviewers=["Markus Egger"],
    at=("2026-12-17 11:00", "Europe/Berlin"),
)

case(
    name="double_forward_colleague_then_owner",
    kind="interview_scheduled",
    shape="double",
    note="Jordan passed this on - adding to the tracker",
    frm="Kim Nakamura <kim.nakamura@harbinger-media.example>",
    to="Jordan Blake <jordan.blake@mail.example>",
    subject="Intro call with your friend Alex",
    date="Fri, 04 Dec 2026 10:10:00 -0800",
    body="""
    Hi Jordan,

    Thanks for the referral! Happy to meet Alex - please pass on that I've booked us for Tuesday, December 15 at 9am Pacific for an intro interview for the Audience Data Lead opening. I'll send the video link to Alex's email.

    Kim Nakamura
    VP Data, Harbinger Media
    """,
    company="Harbinger Media", role="Audience Data Lead", contact="kim.nakamura@harbinger-media.example",
    interviewers=["kim.nakamura@harbinger-media.example"],
    at=("2026-12-15 09:00", "America/Los_Angeles"),
)

case(
    name="exchange_invite_owner_zone_eastern_table_html",
    kind="interview_scheduled",
    frm="Rohan Mehta <rohan.mehta@granitebay-bank.example>",
    subject="Granite Bay Bank - Second round interview",
    date="Tue, 08 Dec 2026 14:00:00 -0500",
    html="""<html><body>
<p>Alex,</p>
<p>Please see the invite for your second round. Details:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td><b>Day</b></td><td><b>Start</b></td><td><b>End</b></td><td><b>Interviewers</b></td></tr>
<tr><td>Friday 12/18/2026</td><td>2:00 PM</td><td>3:00 PM</td><td>Caroline Brandt; Victor Osei</td></tr>
</table>
<p>Times are Eastern. We'll meet at 1 Liberty Plaza, 30th floor.</p>
<p>Rohan Mehta<br>Campus &amp; Experienced Hiring<br>Granite Bay Bank</p>
</body></html>""",
    ics=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000C7D4E2", "20261218T140000", "20261218T150000",
            tzid="Eastern Standard Time", prodid=EXCHANGE, summary="Granite Bay Bank - Second round interview",
            organizer=("Rohan Mehta", "rohan.mehta@granitebay-bank.example"),
            attendees=[("Caroline Brandt", "caroline.brandt@granitebay-bank.example"), ("Victor Osei", "victor.osei@granitebay-bank.example"), ME],
            location="1 Liberty Plaza, 30th floor"),
    company="Granite Bay Bank", contact="rohan.mehta@granitebay-bank.example",
    interviewers=["caroline.brandt@granitebay-bank.example", "victor.osei@granitebay-bank.example"],
    at=("2026-12-18 14:00", "America/New_York"),
)

case(
    name="gmt_time_in_subject_only",
    kind="interview_scheduled",
    shape="thunderbird",
    frm="Amelia Hart <amelia.hart@quayside-games.example>",
    subject="Interview Thu 10 Dec, 14:30 GMT - Quayside Games",
    date="Mon, 07 Dec 2026 11:12:00 +0000",
    body="""
    Hi Alex,

    As per the subject - we're all set! You'll be chatting with our lead designer Tom Fairweather and me. We'll send a Discord... only joking, it's Google Meet: meet.google.com/qsg-intv-amh

    Amelia
    Studio Recruiter, Quayside Games
    """,
    company="Quayside Games", contact="amelia.hart@quayside-games.example",
    interviewers=["amelia.hart@quayside-games.example", "Tom Fairweather"],
    at=("2026-12-10 14:30", "Europe/London"),
)

case(
    name="workday_interview_scheduled_notification",
    kind="interview_scheduled",
    frm="Meridian Health Partners <meridianhealth@myworkday.com>",
    subject="Interview Scheduled - Senior Financial Analyst",
    date="Wed, 09 Dec 2026 15:31:00 +0000",
    body="""
    Hello Alex Morgan,

    An interview has been scheduled for the Senior Financial Analyst position at Meridian Health Partners.

    Interview Details
    Start Time: 12/17/2026 03:00 PM (GMT-05:00) Eastern Time
    End Time: 12/17/2026 04:00 PM (GMT-05:00) Eastern Time
    Location: Virtual - Microsoft Teams
    Interviewers: Janet Okoye; Luis Romero

    Please do not reply to this email. For questions, contact your recruiter, Dwayne Collins (dwayne.collins@meridianhealth.example).
    """,
    company="Meridian Health Partners", role="Senior Financial Analyst", contact="dwayne.collins@meridianhealth.example",
    interviewers=["Janet Okoye", "Luis Romero"],
    at=("2026-12-17 15:00", "America/New_York"),
)

# ============================================================================ interview_rescheduled
case(
    name="french_entretien_decale",
    kind="interview_rescheduled",
    shape="outlook_fr",
    frm="Julien Mercier <julien.mercier@vertigo-studio.example>",
    subject="Entretien décalé",
    date="Tue, 08 Dec 2026 18:05:00 +0100",
    body="""
    Bonjour Alex,

    Camille est malade cette semaine : nous devons décaler notre entretien de jeudi. Je vous propose de le reporter au lundi 14 décembre à 16h30 (heure de Paris), même lien. J'ai mis à jour l'invitation.

    Désolé pour ce contretemps,
    Julien
    Vertigo Studio
    """,
    company="Vertigo Studio", contact="julien.mercier@vertigo-studio.example",
    interviewers=["julien.mercier@vertigo-studio.example", "Camille Roux"],
    at=("2026-12-14 16:30", "Europe/Paris"),
)

case(
    name="outlook_desktop_exchange_update_sequence_3",
    kind="interview_rescheduled",
    shape="outlook_desktop",
    frm="Rohan Mehta <rohan.mehta@granitebay-bank.example>",
    subject="Updated: Granite Bay Bank - Second round interview",
    date="Wed, 16 Dec 2026 09:20:00 -0500",
    body="""
    When: Monday, January 4, 2027 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
    Where: 1 Liberty Plaza, 30th floor

    Moved to the new year because of the holiday schedule - apologies Alex.
    """,
    ics=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000C7D4E2", "20270104T100000", "20270104T110000",
            tzid="Eastern Standard Time", seq=3, prodid=EXCHANGE, summary="Granite Bay Bank - Second round interview",
            organizer=("Rohan Mehta", "rohan.mehta@granitebay-bank.example"),
            attendees=[("Caroline Brandt", "caroline.brandt@granitebay-bank.example"), ("Victor Osei", "victor.osei@granitebay-bank.example"), ME],
            location="1 Liberty Plaza, 30th floor"),
    company="Granite Bay Bank", contact="rohan.mehta@granitebay-bank.example",
    interviewers=["caroline.brandt@granitebay-bank.example", "victor.osei@granitebay-bank.example"],
    at=("2027-01-04 10:00", "America/New_York"),
)

case(
    name="ashby_rescheduled_html_cells",
    kind="interview_rescheduled",
    frm="Quillmate Recruiting <no-reply@ashbyhq.com>",
    reply_to="Owen Fitzgerald <owen@quillmate.example>",
    subject="Your interview with Quillmate has been rescheduled",
    date="Tue, 15 Dec 2026 17:00:00 +0000",
    html="""<html><body>
<h3>Interview rescheduled</h3>
<p>Hi Alex, your <b>System Design</b> interview for <b>Staff Software Engineer</b> has moved.</p>
<table>
<tr><td style="padding-right:20px;color:#777">New date</td><td>Tuesday, January 5, 2027</td></tr>
<tr><td style="padding-right:20px;color:#777">New time</td><td>1:00 PM &ndash; 2:00 PM</td></tr>
<tr><td style="padding-right:20px;color:#777">Time zone</td><td>America/New_York</td></tr>
<tr><td style="padding-right:20px;color:#777">Interviewers</td><td>Priscilla Yang, Marcus Bell</td></tr>
</table>
<p>Questions? Reply and Owen Fitzgerald (<a href="mailto:owen@quillmate.example">owen@quillmate.example</a>) will help.</p>
<p style="color:#999;font-size:11px">Powered by Ashby</p>
</body></html>""",
    company="Quillmate", role="Staff Software Engineer", contact="owen@quillmate.example",
    interviewers=["Priscilla Yang", "Marcus Bell"],
    at=("2027-01-05 13:00", "America/New_York"),
)

case(
    name="human_pushes_by_an_hour_same_day",
    kind="interview_rescheduled",
    frm="Harper Quinn <harper.quinn@meadowlark-health.example>",
    subject="Re: Your application - Clinical Data Manager",
    date="Fri, 11 Dec 2026 16:30:00 -0600",
    body="""
    Hi Alex - small change: Dr. Simone Akers has a conflict, so Monday's interview now starts at 1:00 PM CT instead of 11. Same Teams link. Thanks for your flexibility!

    Harper
    Meadowlark Health
    """,
    company="Meadowlark Health", contact="harper.quinn@meadowlark-health.example",
    interviewers=["Simone Akers"],
    at=("2026-12-14 13:00", "America/Chicago"),
)

case(
    name="silent_outlook_update_apple_forward_sequence_1",
    kind="interview_rescheduled",
    shape="apple",
    frm="Nadia Keller <nadia.keller@swissre.example>",
    subject="Interview Swiss Re - Actuarial Data Scientist",
    date="Fri, 11 Dec 2026 13:40:00 +0100",
    body="""
    When: Wednesday, 16 December 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
    Where: Microsoft Teams Meeting
    """,
    ics=ics("REQUEST", "040000008200E00074C5B7101A82E008000000004A1C2B", "20261216T140000", "20261216T150000",
            tzid="W. Europe Standard Time", seq=1, prodid=EXCHANGE,
            summary="Interview Swiss Re - Actuarial Data Scientist", organizer=("Nadia Keller", "nadia.keller@swissre.example"),
            attendees=[("Jonas Brunner", "jonas.brunner@swissre.example"), ("Leila Haddad", "leila.haddad@swissre.example"), ME],
            location="Microsoft Teams Meeting"),
    company="Swiss Re", role="Actuarial Data Scientist", contact="nadia.keller@swissre.example",
    interviewers=["jonas.brunner@swissre.example", "leila.haddad@swissre.example"],
    at=("2026-12-16 14:00", "Europe/Zurich"),
)

case(
    name="german_termin_verschoben",
    kind="interview_rescheduled",
    frm="Katrin Vogel <katrin.vogel@nordlicht-energie.example>",
    subject="Verschiebung unseres Gesprächstermins",
    date="Thu, 10 Dec 2026 10:20:00 +0100",
    body="""
    Hallo Alex Morgan,

    leider müssen wir unser Gespräch am 15. Dezember verschieben. Neuer Termin: Freitag, 18. Dezember 2026, 10:30 Uhr, wieder per Microsoft Teams mit Herrn Maurer und mir.

    Vielen Dank für Ihr Verständnis!

    Mit freundlichen Grüßen
    Katrin Vogel
    Nordlicht Energie GmbH
    """,
    company="Nordlicht Energie GmbH", contact="katrin.vogel@nordlicht-energie.example",
    interviewers=["Stefan Maurer", "katrin.vogel@nordlicht-energie.example"],
    at=("2026-12-18 10:30", "Europe/Berlin"),
)

case(
    name="calendly_rescheduled_notice_with_new_time",
    kind="interview_rescheduled",
    frm="Calendly <notifications@calendly.com>",
    reply_to="ben@tallgrass.example",
    subject="Updated: Intro chat (30 min) with Ben Okafor",
    date="Thu, 03 Dec 2026 16:05:00 +0000",
    body="""
    Hi Alex Morgan,

    Your event has been rescheduled.

    Event Type: Intro chat (30 min)
    Invitee: Alex Morgan
    New Event Date/Time: 11:00am - 11:30am (Mountain Time - US & Canada), Tuesday, December 8, 2026
    Former: 9:00am - 9:30am, Monday, December 7, 2026

    Host: Ben Okafor, Tallgrass

    Powered by Calendly
    """,
    company="Tallgrass", contact="ben@tallgrass.example",
    interviewers=["ben@tallgrass.example"],
    at=("2026-12-08 11:00", "America/Denver"),
)

case(
    name="outlook_web_updated_invite_pacific",
    kind="interview_rescheduled",
    shape="outlook",
    frm="Noor Shah <noor.shah@fathomrobotics.example>",
    subject="Updated: Fathom Robotics - Controls Engineer onsite",
    date="Wed, 09 Dec 2026 11:45:00 -0800",
    body="""
    Hi Alex, Elena's flight got moved so we've shifted your onsite to the following Wednesday. Updated invite attached.

    When: Wednesday, December 16, 2026 1:00 PM-2:30 PM (UTC-08:00) Pacific Time (US & Canada).

    Noor Shah
    Recruiting, Fathom Robotics
    """,
    ics=ics("REQUEST", "goodtime-fathom-883412", "20261216T130000", "20261216T143000", tzid="Pacific Standard Time", seq=2,
            prodid=OUTLOOK, summary="Fathom Robotics - Controls Engineer onsite", organizer=("Noor Shah", "noor.shah@fathomrobotics.example"),
            attendees=[("Elena Petrova", "elena.petrova@fathomrobotics.example"), ("Rashid Karim", "rashid.karim@fathomrobotics.example"), ME]),
    company="Fathom Robotics", role="Controls Engineer", contact="noor.shah@fathomrobotics.example",
    interviewers=["elena.petrova@fathomrobotics.example", "rashid.karim@fathomrobotics.example"],
    at=("2026-12-16 13:00", "America/Los_Angeles"),
)
