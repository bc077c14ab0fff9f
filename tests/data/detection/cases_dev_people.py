"""A dev-only batch about people: interviewers and the contact, in the layouts real mail uses.

Written (own writing) before the detector was changed for it, and pinned to the dev split so the
frozen split stays exactly as it was. Interviewers appear as schedule lines and table cells, under
"your interviewers will be:" and "panel:", with titles, pronouns and LinkedIn links, as first names
whose full names and addresses sit only in To/Cc, as bare Cc addresses whose local part spells the
name, as calendar attendees, in parentheses and mailto links; contacts are recruiters with phone
signatures behind team Reply-To mailboxes and ATS senders, coordinators who do not interview,
organizers who are the recruiter; in English, German, French and Spanish, direct and forwarded.
"""

from __future__ import annotations

from common import ME, OUTLOOK, case, ics

NY = "America/New_York"
LON = "Europe/London"
BER = "Europe/Berlin"
PAR = "Europe/Paris"
MAD = "Europe/Madrid"
LA = "America/Los_Angeles"
CHI = "America/Chicago"


def dev(**kw: object) -> None:
    case(split="dev", **kw)


# --- schedules as lines, lists and tables --------------------------------------------------------

dev(
    name="p_sched_schedule_lines_en_dash_titles",
    kind="interview_scheduled",
    frm="Jenna Holt <jenna.holt@lumasoft.example>",
    subject="Your virtual onsite - Thursday, December 10",
    date="Mon, 07 Dec 2026 10:15:00 -0800",
    body="""
    Hi Alex,

    Your virtual onsite for the Senior Backend Engineer role is confirmed for Thursday, December 10.
    Here is the schedule (all times Pacific):

    10:00–10:45  Priya Natarajan, Staff Engineer
    10:45–11:30  Marcus Bell, Engineering Manager
    11:30–12:00  Break
    12:00–12:45  Hollis Grant, Principal Engineer

    Each session has its own Zoom link in the calendar invite. Let me know if anything comes up.

    Best,
    Jenna Holt
    Recruiting Coordinator | Lumasoft
    """,
    company="Lumasoft",
    role="Senior Backend Engineer",
    contact="jenna.holt@lumasoft.example",
    interviewers=["Priya Natarajan", "Marcus Bell", "Hollis Grant"],
    at=("2026-12-10 10:00", LA),
)

dev(
    name="p_sched_interviewers_will_be_bullets_cc",
    kind="interview_scheduled",
    frm="Rebecca Stone <rebecca.stone@quillfield.example>",
    cc="Tomás Herrera <tomas.herrera@quillfield.example>, Aisha Khan <aisha.khan@quillfield.example>",
    subject="Interview confirmation - Data Engineer",
    date="Tue, 08 Dec 2026 09:00:00 -0500",
    body="""
    Hi Alex,

    Thank you for making time for us. Your interview is confirmed for Friday, December 11 at
    1:00 PM ET over Google Meet.

    Your interviewers will be:
    - Tomás Herrera (Senior Data Engineer)
    - Aisha Khan (Product Manager, Data Platform)

    I've copied them on this email.

    Kind regards,
    Rebecca Stone
    Talent Acquisition, Quillfield
    """,
    company="Quillfield",
    role="Data Engineer",
    contact="rebecca.stone@quillfield.example",
    interviewers=["tomas.herrera@quillfield.example", "aisha.khan@quillfield.example"],
    at=("2026-12-11 13:00", NY),
)

dev(
    name="p_sched_meeting_first_names_full_in_to",
    kind="interview_scheduled",
    frm="Gabriel Moreau <gabriel.moreau@orbitale.example>",
    to=(
        "Alex Morgan <alex.morgan@mail.example>, Priya Desai <priya.desai@orbitale.example>, "
        "Devan Shah <devan.shah@orbitale.example>"
    ),
    subject="Tomorrow's interview",
    date="Wed, 09 Dec 2026 16:30:00 -0500",
    body="""
    Hi Alex,

    Looking forward to tomorrow at 11am ET. You'll be meeting Priya and Devan from the mobile team -
    I've added both of them here so you can reach them directly if needed. I'll pop in at the start
    to make introductions but won't be interviewing.

    Cheers,
    Gabriel
    People Team, Orbitale
    """,
    company="Orbitale",
    contact="gabriel.moreau@orbitale.example",
    interviewers=["priya.desai@orbitale.example", "devan.shah@orbitale.example"],
    at=("2026-12-10 11:00", NY),
)

dev(
    name="p_sched_panel_inline_ats_sender_named_recruiter",
    kind="interview_scheduled",
    frm="Brightfold <no-reply@us.greenhouse-mail.io>",
    reply_to="recruiting@brightfold.example",
    subject="Your panel interview with Brightfold",
    date="Wed, 09 Dec 2026 12:00:00 -0500",
    body="""
    Hi Alex,

    We're excited to confirm your panel interview for the Product Designer position.

    Date: Tuesday, December 15, 2026
    Time: 2:00 PM - 3:30 PM Eastern
    Panel: Sofia Marchetti (Head of Design), Liam O'Connor (Senior Product Designer) and Yuki Sato (UX Researcher)

    If you need to reschedule, please reach out to me directly.

    Rachel Kim
    Recruiter, Brightfold
    rachel.kim@brightfold.example | +1 (646) 555-0142
    """,
    company="Brightfold",
    role="Product Designer",
    contact="rachel.kim@brightfold.example",
    interviewers=["Sofia Marchetti", "Liam O'Connor", "Yuki Sato"],
    at=("2026-12-15 14:00", NY),
)

dev(
    name="p_sched_pronouns_and_linkedin_links",
    kind="interview_scheduled",
    frm="Morgan Blake <morgan@stackwell.example>",
    subject="Interview details - Site Reliability Engineer",
    date="Thu, 10 Dec 2026 11:00:00 -0800",
    body="""
    Hey Alex,

    You're all set for Wednesday, December 16 at 9:30 AM PT. You'll meet with:

    Jordan Lee (they/them), Senior SRE - https://www.linkedin.com/in/jordanlee-sre
    Camila Reyes (she/her), Platform Lead - https://www.linkedin.com/in/camila-reyes-123

    Feel free to look them up beforehand.

    Morgan Blake (he/him)
    Technical Recruiter, Stackwell
    """,
    company="Stackwell",
    role="Site Reliability Engineer",
    contact="morgan@stackwell.example",
    interviewers=["Jordan Lee", "Camila Reyes"],
    at=("2026-12-16 09:30", LA),
)

dev(
    name="p_sched_bare_cc_initial_dot_surname",
    kind="interview_scheduled",
    frm="Nora Lindqvist <nora.lindqvist@tessellate.example>",
    cc="d.okafor@tessellate.example, m.svensson@tessellate.example",
    subject="Second round - Monday",
    date="Thu, 10 Dec 2026 15:00:00 +0000",
    body="""
    Hi Alex,

    I'm happy to confirm your second-round interview on Monday, 14 December at 3pm UK time. You'll
    interview with David Okafor and Maja Svensson, who lead our payments squad (both copied).

    Best wishes,
    Nora Lindqvist
    Recruitment Partner
    Tessellate
    """,
    company="Tessellate",
    contact="nora.lindqvist@tessellate.example",
    interviewers=["d.okafor@tessellate.example", "m.svensson@tessellate.example"],
    at=("2026-12-14 15:00", LON),
)

dev(
    name="p_sched_bare_cc_initial_surname_joined",
    kind="interview_scheduled",
    frm="Ellen Park <epark@cobaltridge.example>",
    cc="pnatarajan@cobaltridge.example",
    subject="Hiring manager interview",
    date="Fri, 11 Dec 2026 10:00:00 -0600",
    body="""
    Hi Alex,

    Next up is your conversation with Prakash Natarajan, our Director of Analytics, on Thursday,
    December 17 at 10:00 AM CT. Prakash is cc'd.

    Thanks,
    Ellen Park
    Recruiting, Cobalt Ridge
    """,
    company="Cobalt Ridge",
    contact="epark@cobaltridge.example",
    interviewers=["pnatarajan@cobaltridge.example"],
    at=("2026-12-17 10:00", CHI),
)

dev(
    name="p_sched_outlook_invite_names_resolved_by_attendees",
    kind="interview_scheduled",
    frm="Helena Costa <helena.costa@vantor.example>",
    subject="Technical Interview - Alex Morgan",
    date="Mon, 07 Dec 2026 14:00:00 +0000",
    body="""
    Hi Alex,

    Please accept this invite for your technical interview.

    Interviewers: Ben Adler, Chen Wei
    Format: 60 minutes, live coding in CoderPad

    Helena
    """,
    ics=ics(
        "REQUEST",
        "040000008200E00074C5B7101A82E008-vantor-tech",
        "20261209T140000",
        "20261209T150000",
        tzid="GMT Standard Time",
        prodid=OUTLOOK,
        summary="Technical Interview - Alex Morgan",
        organizer=("Helena Costa", "helena.costa@vantor.example"),
        attendees=[
            ("Ben Adler", "ben.adler@vantor.example"),
            ("Chen Wei", "chen.wei@vantor.example"),
            ME,
        ],
    ),
    company="Vantor",
    contact="helena.costa@vantor.example",
    interviewers=["ben.adler@vantor.example", "chen.wei@vantor.example"],
    at=("2026-12-09 14:00", LON),
)

dev(
    name="p_sched_recruiter_screen_signature_phones",
    kind="interview_scheduled",
    frm="Dana Whitaker <dana.whitaker@harrowgate.example>",
    subject="Phone screen Tuesday",
    date="Thu, 10 Dec 2026 13:45:00 -0500",
    body="""
    Hi Alex,

    Thanks for applying to the Financial Analyst role. I'd like to set up a 30-minute phone screen
    with me on Tuesday, December 15 at 4:00 PM ET. I'll call the number on your resume.

    Talk soon,

    Dana Whitaker
    Senior Talent Acquisition Partner
    Harrowgate Capital
    O: +1 (212) 555-0187 | M: +1 (917) 555-0133
    dana.whitaker@harrowgate.example
    """,
    company="Harrowgate Capital",
    role="Financial Analyst",
    contact="dana.whitaker@harrowgate.example",
    interviewers=["dana.whitaker@harrowgate.example"],
    at=("2026-12-15 16:00", NY),
)

dev(
    name="p_sched_team_sender_named_coordinator_hiring_manager_cc",
    kind="interview_scheduled",
    frm="Ostara Talent Team <talent@ostara.example>",
    reply_to="careers@ostara.example",
    cc="Oliver Grant <oliver.grant@ostara.example>",
    subject="Interview invitation: Operations Manager",
    date="Fri, 11 Dec 2026 08:30:00 -0500",
    body="""
    Dear Alex,

    We are pleased to invite you to an interview for the Operations Manager position.

    Date: Monday, December 14, 2026
    Time: 11:00 AM (Eastern)
    Location: Ostara HQ, 5th floor, 200 Harbor Street
    Hiring manager: Oliver Grant

    Please bring a photo ID for the front desk.

    Best regards,
    Hannah Berg
    Recruiting Coordinator
    hannah.berg@ostara.example
    """,
    company="Ostara",
    role="Operations Manager",
    contact="hannah.berg@ostara.example",
    interviewers=["oliver.grant@ostara.example"],
    at=("2026-12-14 11:00", NY),
)

dev(
    name="p_sched_html_list_mailto_name_dash_title",
    kind="interview_scheduled",
    frm="Fernhill Recruiting <recruiting@fernhill.example>",
    subject="Your final round at Fernhill",
    date="Mon, 14 Dec 2026 09:00:00 -0800",
    html="""<html><body>
    <p>Hi Alex,</p>
    <p>Your final round is on <b>Friday, December 18, 2026</b> from <b>10:00 AM to 12:00 PM PT</b>.
    You'll meet:</p>
    <ul>
    <li><a href="mailto:r.osei@fernhill.example">Rita Osei</a> &ndash; VP Engineering</li>
    <li><a href="mailto:kenji.watanabe@fernhill.example">Kenji Watanabe</a> &ndash; Principal Engineer</li>
    </ul>
    <p>Questions? Write to me at <a href="mailto:mila.novak@fernhill.example">mila.novak@fernhill.example</a>.</p>
    <p>Mila Novak<br>Recruiting Coordinator, Fernhill</p>
    </body></html>""",
    company="Fernhill",
    contact="mila.novak@fernhill.example",
    interviewers=["r.osei@fernhill.example", "kenji.watanabe@fernhill.example"],
    at=("2026-12-18 10:00", LA),
)

dev(
    name="p_sched_html_table_time_name_title_cells",
    kind="interview_scheduled",
    frm="Amara Nwosu <amara.nwosu@halcyonbio.example>",
    subject="Onsite itinerary",
    date="Tue, 15 Dec 2026 10:00:00 -0500",
    html="""<html><body>
    <p>Hi Alex,</p>
    <p>Here is your itinerary for Monday, January 4, 2027 at our Cambridge office.</p>
    <table border="1" cellpadding="4">
    <tr><th>Time</th><th>Interviewer</th><th>Title</th></tr>
    <tr><td>9:30 AM</td><td>Dr. Sunita Rao</td><td>Director, Computational Biology</td></tr>
    <tr><td>10:30 AM</td><td>Peter Lindgren</td><td>Senior Scientist</td></tr>
    <tr><td>11:30 AM</td><td>Lunch with the team</td><td></td></tr>
    </table>
    <p>Best,<br>Amara Nwosu<br>Talent Acquisition, Halcyon Bio</p>
    </body></html>""",
    company="Halcyon Bio",
    contact="amara.nwosu@halcyonbio.example",
    interviewers=["Sunita Rao", "Peter Lindgren"],
    at=("2027-01-04 09:30", NY),
)

dev(
    name="p_sched_with_me_and_named_with_address_in_parens",
    kind="interview_scheduled",
    frm="Katja Brenner <katja@pinewood-robotics.example>",
    subject="Interview Thursday",
    date="Mon, 14 Dec 2026 17:00:00 +0100",
    body="""
    Hi Alex,

    Great to hear back from you. Let's do the interview on Thursday, 17 December at 14:00 CET - you'll
    speak with me and Raj Patel (raj.patel@pinewood-robotics.example), who leads our controls team.

    Katja Brenner
    CTO, Pinewood Robotics
    """,
    company="Pinewood Robotics",
    contact="katja@pinewood-robotics.example",
    interviewers=["katja@pinewood-robotics.example", "raj.patel@pinewood-robotics.example"],
    at=("2026-12-17 14:00", BER),
)

dev(
    name="p_sched_hiring_manager_ccd_first_name",
    kind="interview_scheduled",
    frm="Theo Marsh <theo.marsh@calloway.example>",
    cc="Nina Kowalski <nkowalski@calloway.example>",
    subject="Interview with our hiring manager",
    date="Tue, 08 Dec 2026 11:20:00 -0500",
    body="""
    Hi Alex,

    I've booked your interview for Thursday, December 10 at 3:30 PM ET. I've cc'd Nina, our hiring
    manager, who'll lead the conversation. I won't be on the call myself, but I'm your point of
    contact for anything logistical.

    Theo Marsh
    Recruiter | Calloway
    """,
    company="Calloway",
    contact="theo.marsh@calloway.example",
    interviewers=["nkowalski@calloway.example"],
    at=("2026-12-10 15:30", NY),
)

dev(
    name="p_sched_lever_labels_hiring_manager_recruiter",
    kind="interview_scheduled",
    frm="Wrenfield <no-reply@hire.lever.co>",
    subject="Interview scheduled: Wrenfield - Account Executive",
    date="Wed, 09 Dec 2026 13:00:00 -0800",
    body="""
    Hi Alex,

    Your interview with Wrenfield has been scheduled.

    Position: Account Executive
    When: Monday, December 14, 2026 at 10:00 AM PST
    Interviewers: Elena Petrova, Kofi Boateng
    Hiring manager: Elena Petrova
    Recruiter: Sam Whitfield (sam.whitfield@wrenfield.example)

    This is an automated message. Replies to this address are not monitored.
    """,
    company="Wrenfield",
    role="Account Executive",
    contact="sam.whitfield@wrenfield.example",
    interviewers=["Elena Petrova", "Kofi Boateng"],
    at=("2026-12-14 10:00", LA),
)

dev(
    name="p_sched_first_name_address_in_body",
    kind="interview_scheduled",
    frm="Anna Holm <anna@nordvik.example>",
    subject="Interview on Wednesday",
    date="Fri, 11 Dec 2026 09:10:00 +0100",
    body="""
    Hi Alex,

    Confirming our interview on Wednesday 16 December at 10:00 CET. Joining me will be my colleague
    Lars Nilsson from the infrastructure team - you can reach Lars directly at lars@nordvik.example
    if you want to send him anything beforehand.

    Anna Holm
    Head of Engineering, Nordvik
    """,
    company="Nordvik",
    contact="anna@nordvik.example",
    interviewers=["anna@nordvik.example", "lars@nordvik.example"],
    at=("2026-12-16 10:00", BER),
)

dev(
    name="p_sched_scheduling_tool_sender_attendees",
    kind="interview_scheduled",
    frm="Priyanka Rao via GoodTime <notifications@goodtime.io>",
    reply_to="Priyanka Rao <priyanka.rao@sablewood.example>",
    subject="Interview Confirmed: Sablewood - Machine Learning Engineer",
    date="Mon, 14 Dec 2026 10:00:00 -0500",
    body="""
    Hi Alex,

    Your interview for Machine Learning Engineer at Sablewood is confirmed.

    Wednesday, December 16, 2026
    1:00 PM - 2:00 PM (EST)

    Interviewers
    Grace Liu - ML Engineering Manager
    Omar Haddad - Senior ML Engineer

    Priyanka Rao
    Recruiting Coordinator, Sablewood
    """,
    ics=ics(
        "REQUEST",
        "gt-8812-sablewood",
        "20261216T180000",
        "20261216T190000",
        utc=True,
        summary="Sablewood Interview - Alex Morgan",
        organizer=("GoodTime", "notifications@goodtime.io"),
        attendees=[
            ("Grace Liu", "grace.liu@sablewood.example"),
            ("Omar Haddad", "omar.haddad@sablewood.example"),
            ME,
        ],
    ),
    company="Sablewood",
    role="Machine Learning Engineer",
    contact="priyanka.rao@sablewood.example",
    interviewers=["grace.liu@sablewood.example", "omar.haddad@sablewood.example"],
    at=("2026-12-16 13:00", NY),
)

dev(
    name="p_sched_recruiter_organizer_google_invite",
    kind="interview_scheduled",
    frm="Google Calendar <calendar-notification@google.com>",
    subject="Invitation: Alex Morgan <> Finch & Reed - Case interview @ Fri Dec 18, 2026 2pm - 3pm (EST)",
    date="Tue, 15 Dec 2026 11:00:00 -0500",
    body="""
    Alex Morgan <> Finch & Reed - Case interview
    Friday Dec 18, 2026 ⋅ 2pm – 3pm
    Eastern Time - New York

    Organizer
    Julia Brandt
    julia.brandt@finchreed.example

    Guests
    Julia Brandt - organizer
    Marco Bellini
    Simone Achebe
    alex.morgan@mail.example
    """,
    ics=ics(
        "REQUEST",
        "p-finchreed-case@google.com",
        "20261218T140000",
        "20261218T150000",
        tzid="America/New_York",
        summary="Alex Morgan <> Finch & Reed - Case interview",
        organizer=("Julia Brandt", "julia.brandt@finchreed.example"),
        attendees=[
            ("Julia Brandt", "julia.brandt@finchreed.example", "ACCEPTED"),
            ("Marco Bellini", "marco.bellini@finchreed.example"),
            ("Simone Achebe", "simone.achebe@finchreed.example"),
            ME,
        ],
        description="Case interview with Marco and Simone. Julia (recruiting) set this up.",
    ),
    company="Finch & Reed",
    contact="julia.brandt@finchreed.example",
    interviewers=["marco.bellini@finchreed.example", "simone.achebe@finchreed.example"],
    at=("2026-12-18 14:00", NY),
)

# --- other languages -----------------------------------------------------------------------------

dev(
    name="p_sched_de_gespraechspartner_with_titles",
    kind="interview_scheduled",
    frm="Sabine Krüger <sabine.krueger@rheinwerk-energie.example>",
    subject="Einladung zum Vorstellungsgespräch - Data Scientist (m/w/d)",
    date="Mon, 07 Dec 2026 09:00:00 +0100",
    body="""
    Sehr geehrter Herr Morgan,

    vielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem Vorstellungsgespräch am Mittwoch,
    16. Dezember 2026, um 10:00 Uhr per Microsoft Teams ein.

    Ihre Gesprächspartner sind:
    Frau Dr. Katrin Vogel (Leiterin Data & Analytics)
    Herr Jonas Weber (Teamleiter Data Science)

    Bitte bestätigen Sie den Termin kurz per E-Mail.

    Mit freundlichen Grüßen
    Sabine Krüger
    Personalreferentin
    Rheinwerk Energie GmbH
    Tel. +49 221 555 0170
    """,
    company="Rheinwerk Energie GmbH",
    role="Data Scientist (m/w/d)",
    contact="sabine.krueger@rheinwerk-energie.example",
    interviewers=["Katrin Vogel", "Jonas Weber"],
    at=("2026-12-16 10:00", BER),
)

dev(
    name="p_sched_fr_vous_rencontrerez_cc",
    kind="interview_scheduled",
    frm="Élodie Marchand <elodie.marchand@lumenis-conseil.example>",
    cc="Claire Dubois <claire.dubois@lumenis-conseil.example>, Antoine Morel <antoine.morel@lumenis-conseil.example>",
    subject="Confirmation de votre entretien",
    date="Tue, 08 Dec 2026 10:30:00 +0100",
    body="""
    Bonjour Alex,

    Je vous confirme votre entretien le jeudi 10 décembre 2026 à 15h00 (heure de Paris), en visioconférence.
    Vous rencontrerez Claire Dubois, responsable technique, et Antoine Morel, développeur senior, que je
    mets en copie.

    Bien cordialement,
    Élodie Marchand
    Chargée de recrutement
    Lumenis Conseil
    """,
    company="Lumenis Conseil",
    contact="elodie.marchand@lumenis-conseil.example",
    interviewers=["claire.dubois@lumenis-conseil.example", "antoine.morel@lumenis-conseil.example"],
    at=("2026-12-10 15:00", PAR),
)

dev(
    name="p_sched_es_bullets_name_dash_title",
    kind="interview_scheduled",
    frm="Carmen Ibáñez <carmen.ibanez@azahar-software.example>",
    subject="Entrevista técnica - martes 15 de diciembre",
    date="Wed, 09 Dec 2026 12:00:00 +0100",
    body="""
    Hola Alex:

    Te escribo para confirmar tu entrevista técnica el martes 15 de diciembre de 2026 a las 16:00
    (hora peninsular). Te entrevistarán:

    • Marta Gil – Directora de Producto
    • Pablo Ortega – Tech Lead

    Cualquier duda, me dices.

    Un saludo,
    Carmen Ibáñez
    Talent Acquisition · Azahar Software
    """,
    company="Azahar Software",
    contact="carmen.ibanez@azahar-software.example",
    interviewers=["Marta Gil", "Pablo Ortega"],
    at=("2026-12-15 16:00", MAD),
)

# --- forwarded by the owner ------------------------------------------------------------------------

dev(
    name="p_fwd_gmail_cc_interviewer_first_name",
    kind="interview_scheduled",
    frm="Ruth Adeyemi <ruth.adeyemi@kindlewood.example>",
    cc="Sanjay Iyer <sanjay.iyer@kindlewood.example>",
    subject="Interview: Monday 10am",
    date="Thu, 10 Dec 2026 14:00:00 -0500",
    body="""
    Hi Alex,

    You're confirmed for Monday, December 14 at 10:00 AM ET. Sanjay will join from our data team and
    will run the technical portion; I'll handle the intro and the last ten minutes.

    Best,
    Ruth Adeyemi
    Engineering Manager, Kindlewood
    """,
    company="Kindlewood",
    contact="ruth.adeyemi@kindlewood.example",
    interviewers=["ruth.adeyemi@kindlewood.example", "sanjay.iyer@kindlewood.example"],
    at=("2026-12-14 10:00", NY),
    shape="gmail",
)

dev(
    name="p_fwd_outlook_schedule_lines_with_addresses",
    kind="interview_scheduled",
    frm="Leah Fischer <leah.fischer@bramblecloud.example>",
    subject="Interview schedule - Cloud Architect",
    date="Fri, 11 Dec 2026 16:00:00 -0500",
    body="""
    Hello Alex,

    Below is your interview schedule for Wednesday, December 16 (Eastern time):

    1:00 pm - 1:45 pm: Victor Alvarez, Director of Cloud (victor.alvarez@bramblecloud.example)
    1:45 pm - 2:30 pm: Imani Brooks, Solutions Architect (imani.brooks@bramblecloud.example)

    Thanks,
    Leah Fischer
    Recruiting Coordinator
    """,
    company="Bramblecloud",
    role="Cloud Architect",
    contact="leah.fischer@bramblecloud.example",
    interviewers=["victor.alvarez@bramblecloud.example", "imani.brooks@bramblecloud.example"],
    at=("2026-12-16 13:00", NY),
    shape="outlook",
)

dev(
    name="p_fwd_double_youll_be_speaking_with",
    kind="interview_scheduled",
    frm="Marisol Vega <marisol.vega@tallowtree.example>",
    to="Alex Morgan <alex.morgan@mail.example>",
    cc="Henrik Dahl <henrik.dahl@tallowtree.example>",
    subject="Next steps at Tallowtree",
    date="Mon, 14 Dec 2026 09:45:00 -0800",
    body="""
    Hi Alex,

    Thanks again for the chat last week. For the next round you'll be speaking with Henrik Dahl, our
    Head of Product, on Thursday, December 17 at 11:00 AM PT.

    Marisol Vega
    Senior Recruiter, Tallowtree
    (415) 555-0199
    """,
    company="Tallowtree",
    contact="marisol.vega@tallowtree.example",
    interviewers=["henrik.dahl@tallowtree.example"],
    at=("2026-12-17 11:00", LA),
    shape="double",
)

dev(
    name="p_fwd_apple_hyphenated_and_particle_names",
    kind="interview_scheduled",
    frm="Ingrid van der Berg <ingrid.vanderberg@deltawerk.example>",
    cc="Jean-Luc Fontaine <jean-luc.fontaine@deltawerk.example>",
    subject="Interview on 15 December",
    date="Wed, 09 Dec 2026 11:00:00 +0100",
    body="""
    Dear Alex,

    Thank you for your patience. Your interview will take place on Tuesday 15 December at 11:00
    (Amsterdam time) with Jean-Luc Fontaine and myself.

    Kind regards,
    Ingrid van der Berg
    Engineering Lead, Deltawerk B.V.
    """,
    company="Deltawerk B.V.",
    contact="ingrid.vanderberg@deltawerk.example",
    interviewers=["ingrid.vanderberg@deltawerk.example", "jean-luc.fontaine@deltawerk.example"],
    at=("2026-12-15 11:00", "Europe/Amsterdam"),
    shape="apple",
)

# --- reschedules and cancellations that name people ----------------------------------------------

dev(
    name="p_resch_coordinator_cc_first_names",
    kind="interview_rescheduled",
    frm="Yara Haddad <yara.haddad@meadowlark-ai.example>",
    cc="Ana Sousa <ana.sousa@meadowlark-ai.example>, Felix Wagner <felix.wagner@meadowlark-ai.example>",
    subject="Updated time for your panel",
    date="Tue, 08 Dec 2026 10:00:00 -0500",
    body="""
    Hi Alex,

    Felix has a conflict on Thursday, so we've moved your panel with Ana and Felix to Friday,
    December 11 at 2:00 PM ET. The video link stays the same.

    Sorry for the change!
    Yara Haddad
    Recruiting Coordinator, Meadowlark AI
    """,
    company="Meadowlark AI",
    contact="yara.haddad@meadowlark-ai.example",
    interviewers=["ana.sousa@meadowlark-ai.example", "felix.wagner@meadowlark-ai.example"],
    at=("2026-12-11 14:00", NY),
)

dev(
    name="p_resch_calendar_update_interviewer_line",
    kind="interview_rescheduled",
    frm="Tamsin Reed <tamsin.reed@glasswing.example>",
    subject="Updated invitation: Interview - Alex Morgan (Grace Liu)",
    date="Wed, 09 Dec 2026 15:00:00 +0000",
    body="""
    This event has been changed.

    Interview - Alex Morgan (Grace Liu)
    New time: Monday Dec 14, 2026 4pm - 5pm (GMT)
    Interviewer: Grace Liu
    """,
    ics=ics(
        "REQUEST",
        "p-glasswing-liu@google.com",
        "20261214T160000",
        "20261214T170000",
        tzid="Europe/London",
        seq=1,
        summary="Interview - Alex Morgan (Grace Liu)",
        organizer=("Tamsin Reed", "tamsin.reed@glasswing.example"),
        attendees=[("Grace Liu", "g.liu@glasswing.example"), ME],
    ),
    company="Glasswing",
    contact="tamsin.reed@glasswing.example",
    interviewers=["g.liu@glasswing.example"],
    at=("2026-12-14 16:00", LON),
)

dev(
    name="p_resch_interviewer_writes_signature_phone",
    kind="interview_rescheduled",
    frm="Viktor Horvat <viktor.horvat@danubeforge.example>",
    subject="Moving our conversation",
    date="Thu, 10 Dec 2026 18:00:00 +0100",
    body="""
    Hello Alex,

    I have to travel on Friday, so I'd like to move our interview to Monday 14 December at
    09:30 CET instead. The Teams link will be updated.

    Best regards

    --
    Viktor Horvat | VP Engineering | Danube Forge Kft.
    +36 1 555 0199 | viktor.horvat@danubeforge.example
    """,
    company="Danube Forge Kft.",
    contact="viktor.horvat@danubeforge.example",
    interviewers=["viktor.horvat@danubeforge.example"],
    at=("2026-12-14 09:30", BER),
)

dev(
    name="p_cancl_interviewer_unwell_cc",
    kind="interview_cancelled",
    frm="Owen Hartley <owen.hartley@silverbeck.example>",
    cc="Helen Price <helen.price@silverbeck.example>",
    subject="Tomorrow's interview - cancelled",
    date="Wed, 09 Dec 2026 17:15:00 -0500",
    body="""
    Hi Alex,

    Unfortunately Dr. Helen Price is unwell, so we need to cancel tomorrow's interview with her. I'll
    be in touch with new options once she is back.

    Apologies,
    Owen Hartley
    Talent Coordinator, Silverbeck
    """,
    company="Silverbeck",
    contact="owen.hartley@silverbeck.example",
    interviewers=["helen.price@silverbeck.example"],
)

dev(
    name="p_cancl_workday_noreply_named_recruiter",
    kind="interview_cancelled",
    frm="Corliss Group <corliss@myworkday.com>",
    subject="Interview cancelled: Compliance Analyst",
    date="Fri, 11 Dec 2026 09:00:00 -0500",
    body="""
    Dear Alex,

    Your interview for Compliance Analyst (R-20931) with Rosa Lima, scheduled for December 15, 2026
    at 10:00 AM EST, has been cancelled.

    If you have questions, please contact your recruiter, Daniel Wu, at daniel.wu@corliss.example.

    Corliss Group Talent Acquisition
    """,
    company="Corliss Group",
    role="Compliance Analyst",
    contact="daniel.wu@corliss.example",
    interviewers=["Rosa Lima"],
    at=("2026-12-15 10:00", NY),
)

# --- offers that name people -------------------------------------------------------------------------

dev(
    name="p_offer_names_future_manager",
    kind="offer",
    frm="Isabel Ferreira <isabel.ferreira@copperfox.example>",
    cc="Tara Singh <tara.singh@copperfox.example>",
    subject="Offer - Senior Product Manager",
    date="Thu, 17 Dec 2026 16:00:00 -0500",
    body="""
    Hi Alex,

    I'm delighted to share that we'd like to offer you the Senior Product Manager position at
    Copperfox. Your manager will be Tara Singh (copied), who was really impressed by your case study.
    The offer letter is attached; let me know when you'd like to walk through it.

    Warmly,
    Isabel Ferreira
    Head of Talent, Copperfox
    +1 (617) 555-0110
    """,
    company="Copperfox",
    role="Senior Product Manager",
    contact="isabel.ferreira@copperfox.example",
)

dev(
    name="p_offer_portal_team_reply_to_named_recruiter",
    kind="offer",
    frm="Halewood Careers <noreply@halewood.example>",
    reply_to="offers@halewood.example",
    subject="Your offer from Halewood is ready",
    date="Fri, 18 Dec 2026 11:00:00 +0000",
    body="""
    Dear Alex,

    Congratulations! Your offer for the Backend Engineer role at Halewood is now available in the
    candidate portal. Your recruiter, Lena Fischer (lena.fischer@halewood.example), will call you
    tomorrow to go through the details.

    Halewood Talent Team
    """,
    company="Halewood",
    role="Backend Engineer",
    contact="lena.fischer@halewood.example",
)
