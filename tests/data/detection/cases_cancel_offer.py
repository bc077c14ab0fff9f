"""Interviews called off (one-liners, calendars, ATS notices) and offers in their many forms."""

from __future__ import annotations

from common import EXCHANGE, ME, OUTLOOK, case, ics

# ============================================================================ interview_cancelled
case(
    name="one_line_cancel_from_phone",
    kind="interview_cancelled",
    frm="Ivy Chen <ivy.chen@pinecrest-ai.example>",
    subject="Re: Pinecrest AI - Recruiter screen",
    date="Tue, 08 Dec 2026 07:58:00 -0800",
    body="""
    So sorry Alex, need to cancel our call today - family emergency. Will email you later this week.

    Sent from my iPhone
    Ivy Chen | Pinecrest AI
    """,
    company="Pinecrest AI", contact="ivy.chen@pinecrest-ai.example",
    interviewers=["ivy.chen@pinecrest-ai.example"],
)

case(
    name="outlook_canceled_meeting_method_cancel",
    kind="interview_cancelled",
    shape="outlook",
    frm="Marcy Albright <malbright@prairielabs.example>",
    subject="Canceled: Interview - QA Lead",
    date="Mon, 14 Dec 2026 08:15:00 -0600",
    body="""
    The meeting has been canceled.

    We've decided to pause the QA Lead search, so I'm cancelling Wednesday's interview. I'm sorry for the late notice.
    """,
    ics=ics("CANCEL", "040000008200E00074C5B7101A82E00800000000B1F7A9", "20261216T090000", "20261216T100000",
            tzid="Central Standard Time", seq=2, prodid=OUTLOOK, summary="Canceled: Interview - QA Lead",
            organizer=("Marcy Albright", "malbright@prairielabs.example"), attendees=[("Kyle Dunn", "kdunn@prairielabs.example"), ME]),
    company="Prairie Labs", role="QA Lead", contact="malbright@prairielabs.example",
    interviewers=["kdunn@prairielabs.example"],
    at=("2026-12-16 09:00", "America/Chicago"),
)

case(
    name="greenhouse_interview_cancelled_notice",
    kind="interview_cancelled",
    frm="Acme Robotics <no-reply@us.greenhouse-mail.io>",
    reply_to="Sam Lee <sam.lee@acme-robotics.example>",
    subject="Interview Cancelled: Senior Backend Engineer at Acme Robotics",
    date="Wed, 09 Dec 2026 14:10:00 +0000",
    body="""
    Hi Alex,

    We regret to inform you that your interview for Senior Backend Engineer at Acme Robotics, scheduled for Thursday, December 10 at 3:00 PM ET, has been cancelled.

    Reason: interviewer unavailable. Sam Lee will reach out to find a new time.

    Acme Robotics Recruiting Team
    """,
    company="Acme Robotics", role="Senior Backend Engineer", contact="sam.lee@acme-robotics.example",
    at=("2026-12-10 15:00", "America/New_York"),
)

case(
    name="german_gespraech_abgesagt_short",
    kind="interview_cancelled",
    shape="gmail_de",
    frm="Lena Huber <lena.huber@alpenglow.example>",
    subject="Absage Termin 17.12.",
    date="Tue, 15 Dec 2026 09:05:00 +0100",
    body="""
    Hallo Alex,

    leider müssen wir das Interview am Donnerstag absagen, da unser CTO kurzfristig verreisen muss. Ich melde mich im Januar.

    Viele Grüße
    Lena
    Alpenglow Software AG
    """,
    company="Alpenglow Software AG", contact="lena.huber@alpenglow.example",
    at=("2026-12-17 11:00", "Europe/Berlin"),
)

case(
    name="google_canceled_event_rfc822_forward",
    kind="interview_cancelled",
    shape="rfc822",
    frm="Kim Nakamura <kim.nakamura@harbinger-media.example>",
    subject="Canceled event with note: Harbinger Media intro - Alex Morgan @ Tue Dec 15, 2026 9am - 9:45am (PST) (alex.morgan@mail.example)",
    date="Mon, 14 Dec 2026 17:00:00 -0800",
    body="""
    Kim Nakamura has canceled this event and left a note:
    "Hi Alex - the Audience Data Lead role was just frozen, so I have to cancel tomorrow. Really sorry."

    Harbinger Media intro - Alex Morgan
    Tuesday Dec 15, 2026 ⋅ 9am – 9:45am (Pacific Time - Los Angeles)

    Invitation from Google Calendar
    """,
    ics=ics("CANCEL", "hm-intro-5521@google.com", "20261215T090000", "20261215T094500", tzid="America/Los_Angeles", seq=1,
            summary="Harbinger Media intro - Alex Morgan", organizer=("Kim Nakamura", "kim.nakamura@harbinger-media.example"),
            attendees=[("Kim Nakamura", "kim.nakamura@harbinger-media.example", "ACCEPTED"), ME]),
    company="Harbinger Media", contact="kim.nakamura@harbinger-media.example",
    interviewers=["kim.nakamura@harbinger-media.example"],
    at=("2026-12-15 09:00", "America/Los_Angeles"),
)

case(
    name="calendly_canceled_by_host",
    kind="interview_cancelled",
    frm="Calendly <notifications@calendly.com>",
    reply_to="ben@tallgrass.example",
    subject="Canceled: Intro chat (30 min) between Ben Okafor and Alex Morgan",
    date="Mon, 07 Dec 2026 15:00:00 +0000",
    body="""
    Hi Alex Morgan,

    Ben Okafor canceled the event below.

    Event Type: Intro chat (30 min)
    Date/Time: 11:00am - 11:30am (Mountain Time - US & Canada), Tuesday, December 8, 2026
    Cancellation reason: "Sorry - double booked. I'll send a new link."

    Powered by Calendly
    """,
    company="Tallgrass", contact="ben@tallgrass.example",
    interviewers=["ben@tallgrass.example"],
    at=("2026-12-08 11:00", "America/Denver"),
)

case(
    name="cancel_and_will_reschedule_later",
    kind="interview_cancelled",
    shape="apple",
    frm="Rohan Mehta <rohan.mehta@granitebay-bank.example>",
    subject="Monday's interview",
    date="Wed, 30 Dec 2026 10:00:00 -0500",
    body="""
    Alex,

    Unfortunately we need to call off Monday's interview - both of your interviewers are out with the flu. We'll reschedule once they're back; no action needed from you right now.

    Rohan
    Granite Bay Bank
    """,
    company="Granite Bay Bank", contact="rohan.mehta@granitebay-bank.example",
    at=("2027-01-04 10:00", "America/New_York"),
)

case(
    name="exchange_cancel_ics_only_no_text",
    kind="interview_cancelled",
    frm="Nadia Keller <nadia.keller@swissre.example>",
    subject="Abgesagt: Interview Swiss Re - Actuarial Data Scientist",
    date="Mon, 14 Dec 2026 07:30:00 +0100",
    ics=ics("CANCEL", "040000008200E00074C5B7101A82E008000000004A1C2B", "20261216T140000", "20261216T150000",
            tzid="W. Europe Standard Time", seq=2, prodid=EXCHANGE,
            summary="Abgesagt: Interview Swiss Re - Actuarial Data Scientist", organizer=("Nadia Keller", "nadia.keller@swissre.example"),
            attendees=[("Jonas Brunner", "jonas.brunner@swissre.example"), ("Leila Haddad", "leila.haddad@swissre.example"), ME]),
    ics_attachment=False,
    company="Swiss Re", role="Actuarial Data Scientist", contact="nadia.keller@swissre.example",
    interviewers=["jonas.brunner@swissre.example", "leila.haddad@swissre.example"],
    at=("2026-12-16 14:00", "Europe/Zurich"),
)

# ============================================================================ offer
case(
    name="formal_offer_pdf_attached_outlook_desktop",
    kind="offer",
    shape="outlook_desktop",
    frm="Caroline Brandt <caroline.brandt@granitebay-bank.example>",
    subject="Offer of Employment - Granite Bay Bank",
    date="Fri, 15 Jan 2027 16:00:00 -0500",
    body="""
    Dear Alex,

    Further to your recent interviews, I am pleased to confirm our offer of employment for the position of Vice President, Data Engineering at Granite Bay Bank. Your offer letter is attached; please sign and return it by January 22.

    We very much look forward to welcoming you.

    Kind regards,
    Caroline Brandt
    Managing Director, Granite Bay Bank
    """,
    company="Granite Bay Bank", role="Vice President, Data Engineering", contact="caroline.brandt@granitebay-bank.example",
)

case(
    name="verbal_offer_recap_with_numbers",
    kind="offer",
    frm="Noor Shah <noor.shah@fathomrobotics.example>",
    subject="Recap of our call",
    date="Mon, 21 Dec 2026 12:20:00 -0800",
    body="""
    Hi Alex,

    Great speaking just now! As discussed, here's a recap of the offer for the Controls Engineer role:

    - Base: $165,000
    - Equity: 12,000 options, 4-year vesting
    - Sign-on bonus: $10,000
    - Start date: February 1, 2027

    The formal letter will come from our HR system tomorrow. Take the holidays to think it over.

    Noor
    Fathom Robotics
    """,
    company="Fathom Robotics", role="Controls Engineer", contact="noor.shah@fathomrobotics.example",
)

case(
    name="congratulations_selected_html_only",
    kind="offer",
    shape="html",
    frm="Indus Cloud Technologies HR <hr@induscloud.example>",
    subject="Congratulations! Selection for Site Reliability Engineer",
    date="Fri, 18 Dec 2026 17:00:00 +0530",
    body="""
    Dear Alex,

    Congratulations! We are pleased to inform you that you have been selected for the position of Site Reliability Engineer at Indus Cloud Technologies.

    Your offer letter with compensation details will be shared by Priyanka Iyer (priyanka.iyer@induscloud.example) within two working days. Kindly confirm your acceptance and joining date.

    Warm regards,
    HR Team
    Indus Cloud Technologies Pvt. Ltd.
    """,
    company="Indus Cloud Technologies", role="Site Reliability Engineer", contact="priyanka.iyer@induscloud.example",
)

case(
    name="german_zusage_vertragsangebot",
    kind="offer",
    frm="Katrin Vogel <katrin.vogel@nordlicht-energie.example>",
    subject="Zusage - Softwareentwickler (m/w/d)",
    date="Tue, 22 Dec 2026 11:00:00 +0100",
    body="""
    Hallo Alex Morgan,

    wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als Softwareentwickler (m/w/d) anbieten möchten. Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen per Post zu.

    Mit freundlichen Grüßen
    Katrin Vogel
    Nordlicht Energie GmbH
    """,
    company="Nordlicht Energie GmbH", role="Softwareentwickler (m/w/d)", contact="katrin.vogel@nordlicht-energie.example",
)

case(
    name="greenhouse_offer_ready_for_signature",
    kind="offer",
    shape="thunderbird",
    frm="Acme Robotics <no-reply@us.greenhouse-mail.io>",
    reply_to="Sam Lee <sam.lee@acme-robotics.example>",
    subject="Your offer from Acme Robotics is ready",
    date="Thu, 07 Jan 2027 19:00:00 +0000",
    body="""
    Hi Alex,

    Acme Robotics has sent you an offer for the Senior Backend Engineer position. Please review and e-sign your offer letter using the secure link below:

    https://app.greenhouse.io/offers/sign/8c1f0a

    This link expires in 7 days. Questions? Reach out to Sam Lee.

    Sent via Greenhouse
    """,
    company="Acme Robotics", role="Senior Backend Engineer", contact="sam.lee@acme-robotics.example",
)

case(
    name="offer_mentions_interviews_and_call_at_time",
    kind="offer",
    frm="Maya Chen <maya.chen@lumenbio.example>",
    cc="Hannah Wu <hannah.wu@lumenbio.example>",
    subject="Lumen Bio",
    date="Thu, 17 Dec 2026 15:10:00 -0800",
    body="""
    Alex,

    Thank you for all the time you spent interviewing with us. The whole panel was unanimous: we want you on the team, and we're making you an offer for the Senior Data Engineer role. Hannah (cc'd) will send the paperwork; I'd also love to chat about the first projects - does Friday at 10am PT work for a quick call?

    Maya Chen
    Head of Data Platform, Lumen Bio
    """,
    company="Lumen Bio", role="Senior Data Engineer", contact="maya.chen@lumenbio.example",
)

case(
    name="spanish_oferta_de_empleo",
    kind="offer",
    shape="gmail",
    frm="Lucía Fernández <lucia.fernandez@solaria-tech.example>",
    subject="Oferta - Ingeniero de Datos",
    date="Mon, 21 Dec 2026 13:00:00 +0100",
    body="""
    Hola Alex:

    ¡Enhorabuena! Nos complace ofrecerte el puesto de Ingeniero de Datos en Solaria Tech. Adjunto encontrarás la carta de oferta con las condiciones. Te agradecería una respuesta antes del 8 de enero.

    Un abrazo,
    Lucía Fernández
    Solaria Tech
    """,
    company="Solaria Tech", role="Ingeniero de Datos", contact="lucia.fernandez@solaria-tech.example",
)
