"""A last mixed batch: more zones, languages, schedulers and ways to say yes, no and not yet."""

from __future__ import annotations

from common import APPLE, ME, ZOOM, case, ics

# ============================================================================ interview_scheduled
case(
    name="quebec_french_hne_time",
    kind="interview_scheduled",
    frm="Geneviève Tremblay <genevieve.tremblay@boreal-ia.example>",
    subject="Confirmation d'entrevue - Analyste de données",
    date="Thu, 03 Dec 2026 14:00:00 -0500",
    body="""
    Bonjour Alex,

    Je vous confirme votre entrevue pour le poste d'Analyste de données le mercredi 9 décembre à 13 h 30 HNE, sur Teams. Vous rencontrerez Marc-André Gagnon (marc-andre.gagnon@boreal-ia.example), gestionnaire de l'équipe.

    Au plaisir,
    Geneviève Tremblay
    Conseillère en acquisition de talents, Boréal IA
    """,
    company="Boréal IA", role="Analyste de données", contact="genevieve.tremblay@boreal-ia.example",
    interviewers=["marc-andre.gagnon@boreal-ia.example"],
    at=("2026-12-09 13:30", "America/Toronto"),
)

case(
    name="portuguese_entrevista_horario_de_brasilia",
    kind="interview_scheduled",
    shape="gmail",
    frm="Rafael Souza <rafael.souza@cajuhub.example>",
    subject="Entrevista - Engenheiro de Software | CajuHub",
    date="Fri, 04 Dec 2026 10:00:00 -0300",
    body="""
    Olá Alex,

    Confirmamos sua entrevista para a vaga de Engenheiro de Software na terça-feira, 15 de dezembro, às 14h (horário de Brasília), pelo Google Meet. Você conversará com a Beatriz Lima, nossa gerente de engenharia.

    Abraços,
    Rafael Souza
    Recrutamento · CajuHub
    """,
    company="CajuHub", role="Engenheiro de Software", contact="rafael.souza@cajuhub.example",
    interviewers=["Beatriz Lima"],
    at=("2026-12-15 14:00", "America/Sao_Paulo"),
)

case(
    name="scheduler_noreply_organizer_zoom_ics",
    kind="interview_scheduled",
    frm="ModernLoop <noreply@modernloop.io>",
    subject="Interview confirmed: Northwind Labs - Platform Engineer (Onsite)",
    date="Mon, 07 Dec 2026 17:30:00 +0000",
    body="""
    Hi Alex,

    Your onsite with Northwind Labs is confirmed for Thursday, December 17, 2026, 10:00 AM - 12:00 PM PST. The calendar invite is attached.

    Interviewers: Tomás Ortega, Wen Li, Farah Aziz

    Questions? Your recruiter is Priya Raman (priya.raman@northwind-labs.example).
    """,
    ics=ics("REQUEST", "ml-nwl-onsite-7781", "20261217T180000", "20261217T200000", utc=True, prodid=ZOOM,
            summary="Northwind Labs - Platform Engineer (Onsite)", organizer=("ModernLoop", "noreply@modernloop.io"),
            attendees=[("Tomás Ortega", "tomas.ortega@northwind-labs.example"), ("Wen Li", "wen.li@northwind-labs.example"),
                       ("Farah Aziz", "farah.aziz@northwind-labs.example"), ME]),
    company="Northwind Labs", role="Platform Engineer", contact="priya.raman@northwind-labs.example",
    interviewers=["tomas.ortega@northwind-labs.example", "wen.li@northwind-labs.example", "farah.aziz@northwind-labs.example"],
    at=("2026-12-17 10:00", "America/Los_Angeles"),
)

case(
    name="weekday_only_tuesday_from_friday",
    kind="interview_scheduled",
    shape="outlook_desktop",
    frm="Victor Osei <victor.osei@granitebay-bank.example>",
    subject="Coffee chat next week",
    date="Fri, 04 Dec 2026 17:10:00 -0500",
    body="""
    Alex,

    Rohan mentioned you're interviewing with us. Let's do an informal interview over coffee on Tuesday at 8:30am at the Blue Bottle on Broad St - my treat. I've blocked 45 minutes.

    Victor Osei
    Director, Data Engineering | Granite Bay Bank
    """,
    company="Granite Bay Bank", contact="victor.osei@granitebay-bank.example",
    interviewers=["victor.osei@granitebay-bank.example"],
    at=("2026-12-08 08:30", "America/New_York"),
)

case(
    name="iso_date_and_cet_abbreviation",
    kind="interview_scheduled",
    frm="Mateusz Kowal <mateusz.kowal@vistula-soft.example>",
    subject="Technical interview - Vistula Soft",
    date="Tue, 01 Dec 2026 12:00:00 +0100",
    body="""
    Hi Alex,

    Confirming the technical interview:

    2026-12-10 16:00 CET, 60 min
    Interviewers: Agnieszka Nowak <agnieszka.nowak@vistula-soft.example>, Piotr Zielinski <piotr.zielinski@vistula-soft.example>
    Link: https://meet.vistula-soft.example/ti-am

    Regards,
    Mateusz Kowal
    Recruiter, Vistula Soft sp. z o.o.
    """,
    company="Vistula Soft sp. z o.o.", contact="mateusz.kowal@vistula-soft.example",
    interviewers=["agnieszka.nowak@vistula-soft.example", "piotr.zielinski@vistula-soft.example"],
    at=("2026-12-10 16:00", "Europe/Warsaw"),
)

case(
    name="onsite_agenda_html_list_mailto",
    kind="interview_scheduled",
    shape="gmail",
    frm="Priya Raman <priya.raman@northwind-labs.example>",
    subject="Your onsite agenda",
    date="Tue, 15 Dec 2026 09:00:00 -0800",
    html="""<div dir="ltr"><div>Hi Alex,</div><div><br></div>
<div>Here's the agenda for your onsite on <b>Monday, January 11</b> (all times Pacific):</div>
<ul>
<li>9:30 &ndash; 10:15 &nbsp;Coding with <a href="mailto:wen.li@northwind-labs.example">Wen Li</a></li>
<li>10:15 &ndash; 11:00 &nbsp;Architecture with <a href="mailto:farah.aziz@northwind-labs.example">Farah Aziz</a></li>
<li>11:00 &ndash; 11:45 &nbsp;Values with <a href="mailto:omar.said@northwind-labs.example">Omar Said</a></li>
</ul>
<div>Lunch is on us afterwards. See you soon!</div><div><br></div>
<div>-- <br>Priya Raman | Recruiting | Northwind Labs</div></div>""",
    company="Northwind Labs", contact="priya.raman@northwind-labs.example",
    interviewers=["wen.li@northwind-labs.example", "farah.aziz@northwind-labs.example", "omar.said@northwind-labs.example"],
    at=("2027-01-11 09:30", "America/Los_Angeles"),
)

# ============================================================================ interview_rescheduled
case(
    name="moved_from_tuesday_to_wednesday_same_time",
    kind="interview_rescheduled",
    frm="Sam Lee <sam.lee@acme-robotics.example>",
    subject="Small change to your interview",
    date="Fri, 04 Dec 2026 15:00:00 -0500",
    body="""
    Hi Alex,

    Jane Doe is traveling on Tuesday, so we've moved your interview from Tuesday 12/8 at 3pm to Wednesday 12/9 at 3pm ET. Same Zoom link. Thank you!

    Sam Lee
    Recruiting Coordinator | Acme Robotics
    """,
    company="Acme Robotics", contact="sam.lee@acme-robotics.example",
    interviewers=["Jane Doe"],
    at=("2026-12-09 15:00", "America/New_York"),
)

case(
    name="apple_calendar_updated_invitation",
    kind="interview_rescheduled",
    shape="thunderbird",
    frm="Liam O'Connor <liam.oconnor@bondianalytics.example>",
    subject="Invitation (updated): Bondi Analytics interview with Grace Whitfield",
    date="Sat, 05 Dec 2026 09:00:00 +1100",
    body="""
    Liam O'Connor has updated the event "Bondi Analytics interview with Grace Whitfield".
    Wednesday 9 December 2026, 8:00 am - 9:00 am (AEDT)
    """,
    ics=ics("REQUEST", "5E0B12C4-88A1-4F0B-9C55-BONDI0001", "20261209T080000", "20261209T090000", tzid="Australia/Sydney", seq=1,
            prodid=APPLE, summary="Bondi Analytics interview with Grace Whitfield",
            organizer=("Liam O'Connor", "liam.oconnor@bondianalytics.example"),
            attendees=[("Grace Whitfield", "grace.whitfield@bondianalytics.example"), ME]),
    company="Bondi Analytics", contact="liam.oconnor@bondianalytics.example",
    interviewers=["grace.whitfield@bondianalytics.example"],
    at=("2026-12-09 08:00", "Australia/Sydney"),
)

case(
    name="greenhouse_time_updated_html",
    kind="interview_rescheduled",
    frm="Greenhouse <no-reply@greenhouse.io>",
    reply_to="Tessa Romero <tessa.romero@harborpoint.example>",
    subject="Interview time updated - HarborPoint",
    date="Thu, 10 Dec 2026 14:00:00 +0000",
    html="""<html><body>
<p>Hi Alex,</p>
<p>The time for your <b>Technical Interview</b> with HarborPoint has been updated:</p>
<p><s>Friday, December 11, 2026 &middot; 1:00 PM EST</s><br>
<b>Monday, December 14, 2026 &middot; 4:00 PM EST</b></p>
<p>Interviewer: Nikhil Rao (nikhil.rao@harborpoint.example)</p>
<p>Thanks,<br>Tessa Romero<br>HarborPoint</p>
</body></html>""",
    company="HarborPoint", contact="tessa.romero@harborpoint.example",
    interviewers=["nikhil.rao@harborpoint.example"],
    at=("2026-12-14 16:00", "America/New_York"),
)

# ============================================================================ interview_cancelled
case(
    name="zoom_meeting_canceled_notification",
    kind="interview_cancelled",
    frm="Zoom <no-reply@zoom.us>",
    subject="Meeting Canceled: Orbitpay technical interview - Alex Morgan",
    date="Wed, 16 Dec 2026 18:00:00 +0000",
    body="""
    Hi Alex Morgan,

    Grace Kim (grace.kim@orbitpay.example) has canceled the following meeting:

    Topic: Orbitpay technical interview - Alex Morgan
    Time: Dec 17, 2026 02:00 PM Eastern Time (US and Canada)

    Thank you for choosing Zoom.
    """,
    company="Orbitpay", contact="grace.kim@orbitpay.example",
    at=("2026-12-17 14:00", "America/New_York"),
)

case(
    name="cancelled_at_candidates_request",
    kind="interview_cancelled",
    shape="gmail",
    frm="Harper Quinn <harper.quinn@meadowlark-health.example>",
    subject="Re: Withdrawing my application",
    date="Mon, 14 Dec 2026 08:30:00 -0600",
    body="""
    Hi Alex,

    Understood, and congratulations on the other offer! As requested, I've cancelled this afternoon's interview with Dr. Simone Akers and withdrawn your application.

    All the best,
    Harper
    Meadowlark Health
    """,
    company="Meadowlark Health", contact="harper.quinn@meadowlark-health.example",
    interviewers=["Simone Akers"],
)

case(
    name="spanish_cancelar_entrevista",
    kind="interview_cancelled",
    frm="Lucía Fernández <lucia.fernandez@solaria-tech.example>",
    subject="Cancelación de la entrevista del miércoles",
    date="Mon, 14 Dec 2026 09:00:00 +0100",
    body="""
    Hola Alex:

    Lamentablemente tenemos que cancelar la entrevista del miércoles 16 de diciembre. Te escribiré en cuanto tengamos nueva disponibilidad.

    Disculpa las molestias,
    Lucía
    Solaria Tech
    """,
    company="Solaria Tech", contact="lucia.fernandez@solaria-tech.example",
    at=("2026-12-16 10:00", "Europe/Madrid"),
)

# ============================================================================ application_received
case(
    name="recruitee_application_received_dutch_company",
    kind="application_received",
    frm="TulpData B.V. <no-reply@recruitee.com>",
    reply_to="Femke de Vries <femke.devries@tulpdata.example>",
    subject="Application received - Data Engineer",
    date="Mon, 23 Nov 2026 10:00:00 +0100",
    body="""
    Hi Alex,

    Thank you for your application for the Data Engineer position at TulpData B.V. We'll review it carefully and get back to you within two weeks.

    Kind regards,
    Femke de Vries
    TulpData B.V.
    """,
    company="TulpData B.V.", role="Data Engineer", contact="femke.devries@tulpdata.example",
)

case(
    name="jobvite_thank_you_for_interest",
    kind="application_received",
    shape="outlook",
    frm="Summit Ridge Credit Union <notification@jobvite.com>",
    subject="Thank you for your interest in Summit Ridge Credit Union",
    date="Tue, 24 Nov 2026 16:00:00 +0000",
    body="""
    Dear Alex,

    Thank you for your interest in the Data Warehouse Developer position at Summit Ridge Credit Union. We have received your application and our recruiting team is reviewing your qualifications. If there is a match, someone will contact you.

    Sincerely,
    Summit Ridge Credit Union Recruiting
    """,
    company="Summit Ridge Credit Union", role="Data Warehouse Developer",
)

case(
    name="greenhouse_german_bewerbung_eingegangen",
    kind="application_received",
    frm="Alpenglow Software AG <no-reply@greenhouse.io>",
    subject="Vielen Dank für Ihre Bewerbung bei Alpenglow Software AG",
    date="Wed, 25 Nov 2026 09:00:00 +0100",
    body="""
    Hallo Alex,

    vielen Dank für Ihre Bewerbung als Backend Engineer. Wir haben Ihre Unterlagen erhalten und melden uns in Kürze.

    Ihr Alpenglow Recruiting Team
    """,
    company="Alpenglow Software AG", role="Backend Engineer",
)

# ============================================================================ rejection
case(
    name="filled_internally",
    kind="rejection",
    frm="Gloria Mendes <gloria.mendes@bluewaterlogistics.example>",
    subject="Transportation Planner",
    date="Mon, 14 Dec 2026 13:00:00 -0500",
    body="""
    Hi Alex,

    Thanks for the great conversation last week. I wanted to let you know that we ended up filling the Transportation Planner role internally. I'll keep your information in case something similar opens up.

    Gloria Mendes
    Transportation Manager, Bluewater Logistics
    """,
    company="Bluewater Logistics", role="Transportation Planner", contact="gloria.mendes@bluewaterlogistics.example",
)

case(
    name="not_inviting_to_interview",
    kind="rejection",
    shape="apple",
    frm="Vistula Soft Careers <careers@vistula-soft.example>",
    subject="Your application - Senior Python Developer",
    date="Thu, 26 Nov 2026 12:00:00 +0100",
    body="""
    Dear Alex,

    Thank you for applying for the Senior Python Developer role. After reviewing your application, we will not be inviting you to interview for this position.

    We appreciate your interest in Vistula Soft.

    Vistula Soft Careers
    """,
    company="Vistula Soft", role="Senior Python Developer", contact="careers@vistula-soft.example",
)

case(
    name="not_a_fit_right_now_one_liner",
    kind="rejection",
    frm="Ben Okafor <ben@tallgrass.example>",
    subject="Re: Platform Engineer",
    date="Mon, 30 Nov 2026 18:00:00 -0700",
    body="""
    Hey Alex - appreciate you applying, but we're going to pass for now; we need someone with more on-call experience at this stage. Good luck out there!

    Ben
    Tallgrass
    """,
    company="Tallgrass", contact="ben@tallgrass.example",
)

case(
    name="italian_altri_candidati",
    kind="rejection",
    frm="Giulia Bianchi <giulia.bianchi@ponte-digitale.example>",
    subject="La sua candidatura - Sviluppatore Backend",
    date="Wed, 09 Dec 2026 15:00:00 +0100",
    body="""
    Gentile Alex,

    la ringraziamo per l'interesse dimostrato verso Ponte Digitale. Dopo un'attenta valutazione abbiamo deciso di proseguire con altri candidati per la posizione di Sviluppatore Backend.

    Cordiali saluti,
    Giulia Bianchi
    HR, Ponte Digitale S.r.l.
    """,
    company="Ponte Digitale S.r.l.", role="Sviluppatore Backend", contact="giulia.bianchi@ponte-digitale.example",
)

case(
    name="workday_pursue_other_applicants_html",
    kind="rejection",
    shape="outlook",
    frm="Wayne Enterprises <wayneenterprises@myworkday.com>",
    subject="Update on your application - Security Analyst (R-10442)",
    date="Fri, 18 Dec 2026 03:00:00 +0000",
    html="""<html><body><p>Dear Alex,</p>
<p>Thank you for your interest in the <b>Security Analyst</b> role at Wayne Enterprises. After careful review, we have decided to pursue other applicants whose qualifications more closely match the position requirements.</p>
<p>We encourage you to apply for future openings that match your experience.</p>
<p>Wayne Enterprises Talent Acquisition</p></body></html>""",
    company="Wayne Enterprises", role="Security Analyst",
)

# ============================================================================ offer
case(
    name="youre_hired_small_company",
    kind="offer",
    frm="Amelia Hart <amelia.hart@quayside-games.example>",
    subject="You're hired! 🎉",
    date="Fri, 18 Dec 2026 16:00:00 +0000",
    body="""
    Alex!

    The team loved you - we'd like you to join Quayside Games as Senior Gameplay Engineer. Contract attached; salary and start date (4 January) as we discussed. Sign whenever you're ready.

    Amelia
    Studio Recruiter, Quayside Games
    """,
    company="Quayside Games", role="Senior Gameplay Engineer", contact="amelia.hart@quayside-games.example",
)

case(
    name="workday_offer_ready_to_view",
    kind="offer",
    frm="Meridian Health Partners <meridianhealth@myworkday.com>",
    subject="Your offer is ready",
    date="Mon, 04 Jan 2027 15:00:00 +0000",
    body="""
    Hello Alex,

    Congratulations! Meridian Health Partners has extended an offer to you for the Senior Financial Analyst position. Sign in to your candidate home account to review and accept your offer:

    https://meridianhealth.wd1.myworkdayjobs.com/External/userHome

    If you have any questions, please contact Dwayne Collins (dwayne.collins@meridianhealth.example).
    """,
    company="Meridian Health Partners", role="Senior Financial Analyst", contact="dwayne.collins@meridianhealth.example",
)

case(
    name="offer_with_call_monday_rfc822",
    kind="offer",
    shape="rfc822",
    frm="Renata Ilves <renata.ilves@cedarstone.example>",
    subject="Offer - Project Architect",
    date="Thu, 07 Jan 2027 17:00:00 -0500",
    body="""
    Dear Alex,

    I'm very pleased to let you know that we would like to make you an offer to join Cedar & Stone Architects as Project Architect. The details are in the attached letter. Could we speak on Monday, January 11 at 10:00 AM to go through it together?

    Warm regards,
    Renata Ilves
    Principal, Cedar & Stone Architects
    """,
    company="Cedar & Stone Architects", role="Project Architect", contact="renata.ilves@cedarstone.example",
)

# ============================================================================ none
case(
    name="inmail_would_you_like_to_interview",
    kind="none",
    frm="LinkedIn <inmail-hit-reply@linkedin.com>",
    subject="Eva Lindgren sent you a message: Would you like to interview for a Staff role?",
    date="Wed, 02 Dec 2026 13:00:00 +0000",
    body="""
    Eva Lindgren
    Technical Recruiter at Northstar Cloud

    Hi Alex, I lead hiring for our platform org. Your background looks like a great fit for a Staff Engineer role. Would you be interested in interviewing with us? Happy to share more.

    Reply  |  Not interested
    """,
)

case(
    name="interview_coaching_session_booked",
    kind="none",
    frm="Coach Marisa Lopez <marisa@careercoach.example>",
    subject="Booked: 1:1 interview coaching - Thu Dec 10, 6:00 PM",
    date="Fri, 04 Dec 2026 12:00:00 -0500",
    body="""
    Hi Alex,

    You're booked for a 1:1 interview coaching session on Thursday, December 10 at 6:00 PM ET. We'll run a mock behavioral interview and go over your STAR stories. Payment of $120 received - thank you!

    Marisa Lopez
    Career Coach
    """,
)

case(
    name="online_assessment_reminder",
    kind="none",
    frm="HackerRank <no-reply@hackerrank.com>",
    subject="Reminder: complete your Orbitpay coding assessment",
    date="Sun, 29 Nov 2026 12:00:00 +0000",
    body="""
    Hi Alex,

    This is a reminder that your Orbitpay coding assessment expires on December 2, 2026 at 11:59 PM UTC. The test takes 90 minutes.

    Start test: https://www.hackerrank.com/tests/abc123

    Good luck!
    """,
)

case(
    name="career_fair_thank_you",
    kind="none",
    frm="NYU Career Center <careers@nyu-alumni.example>",
    subject="Thanks for attending the Winter Tech Career Fair",
    date="Fri, 04 Dec 2026 20:00:00 +0000",
    body="""
    Thank you for attending the Winter Tech Career Fair! Over 60 employers were interviewing on site. Recruiters may reach out to you directly in the coming weeks.

    NYU Career Center
    """,
)

case(
    name="hiring_manager_calendly_link_booking",
    kind="none",
    booking_requested=True,
    frm="Emma Lind <emma.lind@kestrelworks.example>",
    subject="Next step: chat with our CTO",
    date="Thu, 10 Dec 2026 12:00:00 -0500",
    body="""
    Hi Alex,

    Great news - you're through to the final conversation with our CTO. Please grab 45 minutes on her calendar using this link: https://calendly.com/kestrel-cto/final-interview

    Emma
    Kestrel Works
    """,
)

case(
    name="greenhouse_availability_request",
    kind="none",
    booking_requested=True,
    shape="gmail",
    frm="Lumen Bio <no-reply@greenhouse.io>",
    reply_to="hannah.wu@lumenbio.example",
    subject="Lumen Bio - Please submit your availability",
    date="Mon, 30 Nov 2026 19:00:00 +0000",
    body="""
    Hi Alex,

    We're excited to move forward with your candidacy for the Senior Data Engineer role! Please let us know your availability for a virtual onsite by clicking the link below:

    https://app.greenhouse.io/availability/lb-1234

    Hannah Wu
    Lumen Bio
    """,
)
