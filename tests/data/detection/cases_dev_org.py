"""A dev-only batch on where a mail names the hiring company, and on written time zones.

Written (own writing) before the detector was changed for it, and pinned to the dev split so the
frozen split stays exactly as it was. Every kind is here, but what varies is how the employer is
named: only in a signature, only in the subject, "on behalf of", "the X team", "here at X", a
display name ("Noor from Kelpie"), a hosted ATS or scheduler as the sender (the company then in
its display name, its address, the subject or the body), a recruiting agency writing about its
client, multi-word and legal names ("Bank of Lismore", "Kestrel & Vane LLP"), lower-case and
stylised brands, names that are also first names or weekdays, mail in French, German and
Spanish, and mail where the employer cannot be known (labelled null). Several give a time with
a zone written as an abbreviation or a UTC offset, or in an HTML table cell apart from its date.

Agencies: the company is the client the candidate would work for when the mail names it; when
the agency keeps its client anonymous ("a Series B healthtech"), the employer is unknowable and
the label is null (the agency is the contact, not the company).
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
KOL = "Asia/Kolkata"
SYD = "Australia/Sydney"


def dev(**kw: object) -> None:
    case(split="dev", **kw)


# --- the company only in a signature -------------------------------------------------------------

dev(
    name="o_sched_signature_only_pipe_title",
    kind="interview_scheduled",
    frm="Renata Okafor <r.okafor@hvmg.example>",
    subject="Next step: conversation with our nursing informatics lead",
    date="Tue, 01 Dec 2026 14:05:00 -0500",
    body="""
    Hi Alex,

    Great speaking with you on Monday. As promised, I've set up a video call with Dr. Paul Ferreira,
    who leads nursing informatics, for Thursday, December 3 at 1:30 PM Eastern. He'll send the Teams
    link from his calendar shortly.

    Let me know if anything changes on your side.

    Renata Okafor
    Talent Acquisition Partner | Harborview Medical Group
    (617) 555-0142
    """,
    company="Harborview Medical Group",
    contact="r.okafor@hvmg.example",
    interviewers=["paul ferreira"],
    at=("2026-12-03 13:30", NY),
)

dev(
    name="o_rej_signature_company_next_line_gmail_fwd",
    kind="rejection",
    frm="Callum Hurst <callum.hurst@qfl.example>",
    subject="Re: Warehouse Systems Analyst",
    date="Wed, 02 Dec 2026 09:12:00 +0000",
    body="""
    Hi Alex,

    Thanks for your patience while we finished interviewing. I'm afraid we've offered the role to a
    candidate with more WMS migration experience, so we won't be taking your application further.

    It was a pleasure to talk, and I hope our paths cross again.

    Kind regards,
    Callum Hurst
    Operations Recruitment Lead
    Quayside Freight Logistics Ltd
    Unit 4, Harbour Road, Bristol
    """,
    company="Quayside Freight Logistics Ltd",
    role="Warehouse Systems Analyst",
    contact="callum.hurst@qfl.example",
    shape="gmail",
)

# --- the company only in the subject -------------------------------------------------------------

dev(
    name="o_appl_subject_only_ashby",
    kind="application_received",
    frm="Recruiting Team <no-reply@ashbyhq.com>",
    subject="Your application to Quillfeather – Data Analyst",
    date="Thu, 03 Dec 2026 16:40:00 +0000",
    body="""
    Hi Alex,

    Thanks for applying! We've received your application for the Data Analyst role and someone from
    our team will review it over the coming days. If your background is a fit, we'll reach out to set
    up a first conversation.

    Best,
    The Recruiting Team
    """,
    company="Quillfeather",
    role="Data Analyst",
    contact=None,
)

dev(
    name="o_cancl_subject_only_google_calendar",
    kind="interview_cancelled",
    frm="Yusuf Demir <yusuf.demir@hdx-labs.example>",
    subject="Canceled event: Onsite – Harrow Diagnostics @ Tue Dec 8, 2026 10am - 1pm (EST) (alex.morgan@mail.example)",
    date="Fri, 04 Dec 2026 11:20:00 -0500",
    body="""
    This event has been canceled.

    Onsite – Harrow Diagnostics
    Tuesday Dec 8, 2026 ⋅ 10am – 1pm (Eastern Time - New York)

    Organizer
    Yusuf Demir
    yusuf.demir@hdx-labs.example

    Invitation from Google Calendar
    """,
    ics=ics(
        "CANCEL",
        "o-harrow-onsite@google.com",
        "20261208T100000",
        "20261208T130000",
        tzid="America/New_York",
        seq=1,
        summary="Onsite – Harrow Diagnostics",
        organizer=("Yusuf Demir", "yusuf.demir@hdx-labs.example"),
        attendees=[("Yusuf Demir", "yusuf.demir@hdx-labs.example", "ACCEPTED"), ME],
    ),
    company="Harrow Diagnostics",
    contact="yusuf.demir@hdx-labs.example",
    interviewers=[],
    at=("2026-12-08 10:00", NY),
)

dev(
    name="o_sched_subject_title_at_company_ampersand",
    kind="interview_scheduled",
    frm="Hiring Coordinator <hiring@oakhurst.example>",
    subject="Interview invitation: Product Designer at Oakhurst & Sons",
    date="Mon, 07 Dec 2026 10:00:00 +0000",
    body="""
    Dear Alex,

    We'd be glad to meet you for a portfolio review on Wednesday 9 December at 15:00 GMT, at our
    studio on Curtain Road. Please bring two case studies you'd like to walk us through; you'll meet
    our design director, Hannah Reyes.

    Reply to this message to confirm.

    Hiring Coordinator
    """,
    company="Oakhurst & Sons",
    role="Product Designer",
    contact="hiring@oakhurst.example",
    interviewers=["hannah reyes"],
    at=("2026-12-09 15:00", LON),
)

# --- said in the body in passing ----------------------------------------------------------------

dev(
    name="o_rej_on_behalf_of_outsourced_hr",
    kind="rejection",
    frm="Maeve Gallagher <maeve.gallagher@peoplebridge-hr.example>",
    subject="Claims Analyst application",
    date="Tue, 08 Dec 2026 13:30:00 +0000",
    body="""
    Dear Alex,

    I'm contacting you on behalf of Castellan Insurance Group regarding your application for the
    Claims Analyst vacancy. Having reviewed all applications against the shortlisting criteria, the
    panel has decided not to invite you to interview on this occasion.

    Thank you for the interest you have shown.

    Maeve Gallagher
    HR Services Advisor
    """,
    company="Castellan Insurance Group",
    role="Claims Analyst",
    contact="maeve.gallagher@peoplebridge-hr.example",
)

dev(
    name="o_sched_the_x_team_lowercase_domain",
    kind="interview_scheduled",
    frm="Ines Carvalho <ines@bwanalytics.example>",
    subject="Case study session",
    date="Tue, 08 Dec 2026 17:15:00 -0600",
    body="""
    Hi Alex,

    The Brightwater Analytics team really enjoyed your take-home. We'd like you to present it to three
    of us on Friday, December 11, 10:00–11:00 CST over Zoom: myself, Omar Haddad and Lucy Tran.

    Zoom: https://zoom.us/j/5550142233

    Talk soon,
    Ines
    """,
    company="Brightwater Analytics",
    contact="ines@bwanalytics.example",
    interviewers=["ines@bwanalytics.example", "omar haddad", "lucy tran"],
    at=("2026-12-11 10:00", CHI),
)

dev(
    name="o_appl_here_at_company",
    kind="application_received",
    frm="Ostara Careers <careers@ostara.example>",
    subject="We've got your application",
    date="Wed, 09 Dec 2026 08:45:00 -0800",
    body="""
    Hi Alex,

    Thanks for applying for Supply Planner. Here at Ostara Foods we read every application ourselves,
    so it may take us up to two weeks to get back to you.

    Warmly,
    People & Culture
    """,
    company="Ostara Foods",
    role="Supply Planner",
    contact="careers@ostara.example",
)

dev(
    name="o_none_company_is_hiring_alert",
    kind="none",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subject="Halcyon Robotics is hiring: Embedded Software Engineer",
    date="Wed, 09 Dec 2026 12:00:00 +0000",
    body="""
    Halcyon Robotics is hiring

    Embedded Software Engineer
    Halcyon Robotics · Pittsburgh, PA (Hybrid)
    Actively recruiting · 14 applicants

    See all jobs at Halcyon Robotics

    You're receiving job alerts for "embedded engineer". Unsubscribe.
    """,
    company=None,
)

# --- from a display name ------------------------------------------------------------------------

dev(
    name="o_sched_display_name_person_at_company",
    kind="interview_scheduled",
    frm="Imogen at Tessellate <imogen@mail.tessellatehq.example>",
    subject="Thursday chat confirmed",
    date="Mon, 07 Dec 2026 15:30:00 -0500",
    body="""
    Hey Alex!

    You're booked in with our founder, Felix Aronson, on Thursday the 10th at 2pm ET for a 45-minute
    chat. He'll call you on the number you gave us.

    Imogen
    """,
    company="Tessellate",
    contact="imogen@mail.tessellatehq.example",
    interviewers=["felix aronson"],
    at=("2026-12-10 14:00", NY),
)

dev(
    name="o_offer_display_name_from_company",
    kind="offer",
    frm="Noor from Kelpie <noor@kelpiehq.example>",
    subject="🎉 an offer for you",
    date="Thu, 10 Dec 2026 18:20:00 +0000",
    body="""
    Alex -

    I'm thrilled to tell you we'd love you to join us as our first Developer Advocate! The written offer
    is attached: £78,000 base plus options, starting in February.

    Have a read, and let's talk on Monday about any questions.

    Noor
    """,
    company="Kelpie",
    role="Developer Advocate",
    contact="noor@kelpiehq.example",
)

# --- hosted ATS and schedulers as the sender ----------------------------------------------------

dev(
    name="o_sched_greenhouse_display_company",
    kind="interview_scheduled",
    frm="Kinloch Energy Recruiting <no-reply@us.greenhouse-mail.io>",
    reply_to="Sadia Rahman <sadia.rahman@kinlochenergy.example>",
    subject="Interview Confirmation: Alex Morgan for Grid Analyst",
    date="Thu, 10 Dec 2026 09:00:00 -0800",
    body="""
    Hi Alex,

    Your interview for the Grid Analyst role has been confirmed.

    Date: Tuesday, December 15, 2026
    Time: 9:00 AM - 10:00 AM PST
    Interviewer: Marcus Webb, Senior Grid Analyst
    Location: Google Meet (link in the calendar invite)

    Best,
    Sadia Rahman
    Kinloch Energy Recruiting
    """,
    company="Kinloch Energy",
    role="Grid Analyst",
    contact="sadia.rahman@kinlochenergy.example",
    interviewers=["marcus webb"],
    at=("2026-12-15 09:00", LA),
)

dev(
    name="o_resch_lever_person_display_signature_company",
    kind="interview_rescheduled",
    frm="Marguerite Dos Santos <no-reply@hire.lever.co>",
    reply_to="marguerite.dossantos@palisade-ai.example",
    subject="Change of time for your technical interview",
    date="Fri, 11 Dec 2026 10:45:00 -0800",
    body="""
    Hi Alex,

    Our interviewer had a conflict come up, so we've moved your technical interview from Monday to
    Tuesday, December 15 at 11:30 AM PT. Same Zoom link as before.

    Apologies for the shuffle!

    Marguerite Dos Santos
    Recruiting Coordinator, Palisade AI
    """,
    company="Palisade AI",
    contact="marguerite.dossantos@palisade-ai.example",
    at=("2026-12-15 11:30", LA),
)

dev(
    name="o_sched_workday_legal_name_in_footer",
    kind="interview_scheduled",
    frm="Wayland Freight <wayland@myworkday.com>",
    subject="Interview Scheduled - Transportation Planner (R-20418)",
    date="Mon, 14 Dec 2026 07:30:00 -0600",
    html="""<html><body><table width="640"><tr><td>
    <p>Hello Alex Morgan,</p>
    <p>An interview has been scheduled for the position <b>Transportation Planner (R-20418)</b>.</p>
    <table border="0" cellpadding="3">
    <tr><td><b>Date</b></td><td>Thursday, December 17, 2026</td></tr>
    <tr><td><b>Time</b></td><td>10:00 AM</td></tr>
    <tr><td><b>Time Zone</b></td><td>Central Standard Time</td></tr>
    <tr><td><b>Format</b></td><td>Phone</td></tr>
    </table>
    <p>Please sign in to your candidate home to view the details.</p>
    <p style="font-size:11px;color:#777">Wayland Freight Lines, Inc. is an equal opportunity employer.</p>
    </td></tr></table></body></html>""",
    company="Wayland Freight Lines, Inc.",
    role="Transportation Planner",
    contact=None,
    at=("2026-12-17 10:00", CHI),
)

dev(
    name="o_appl_smartrecruiters_non_ascii_name",
    kind="application_received",
    frm="Sørensen Maritime <noreply@smartrecruiters.com>",
    subject="Thank you for applying",
    date="Tue, 15 Dec 2026 08:05:00 +0100",
    body="""
    Dear Alex,

    Thank you for applying to Sørensen Maritime for the position of Fleet Data Engineer. We have
    received your application and will be in touch once the hiring team has reviewed it.

    Best regards,
    Sørensen Maritime Talent Acquisition
    """,
    company="Sørensen Maritime",
    role="Fleet Data Engineer",
    contact=None,
)

dev(
    name="o_rej_workable_ampersand_display",
    kind="rejection",
    frm="Brindle & Rowe <noreply@candidates.workablemail.com>",
    subject="Your application for Junior Copywriter",
    date="Tue, 15 Dec 2026 14:50:00 +0000",
    body="""
    Hi Alex,

    Thank you for taking the time to apply. We've now reviewed your application carefully, and we're
    sorry to say that we won't be moving forward with it.

    We really appreciate your interest and wish you luck with your search.

    The hiring team
    """,
    company="Brindle & Rowe",
    role="Junior Copywriter",
    contact=None,
)

dev(
    name="o_sched_goodtime_via_company",
    kind="interview_scheduled",
    frm="Orchid Payments via GoodTime <scheduling@goodtime.io>",
    reply_to="recruiting@orchidpay.example",
    subject="Your interview loop is confirmed",
    date="Wed, 16 Dec 2026 13:00:00 -0500",
    body="""
    Hi Alex,

    Here's your schedule. All times are Eastern.

    Monday, December 21
    12:00 PM - 12:45 PM   Coding        Arjun Mehta
    1:00 PM - 1:45 PM     System design Clara Voss

    You'll get a Zoom link for each session a day before.

    Orchid Payments Recruiting
    """,
    company="Orchid Payments",
    contact="recruiting@orchidpay.example",
    interviewers=["arjun mehta", "clara voss"],
    at=("2026-12-21 12:00", NY),
)

dev(
    name="o_sched_calendly_host_person_company_in_event",
    kind="interview_scheduled",
    frm="Calendly <notifications@calendly.com>",
    subject="Confirmed: Hiring manager screen with Ruth Hale on Friday, December 18, 2026",
    date="Wed, 16 Dec 2026 20:10:00 +0000",
    body="""
    Hi Alex Morgan,

    Your event has been scheduled.

    Event Type:
    Hiring manager screen — Larkspur Bio

    Event Date/Time:
    09:30 - 10:00 (America/Los_Angeles) on Friday, December 18, 2026

    Host:
    Ruth Hale

    Location:
    This is a Google Meet web conference.
    """,
    company="Larkspur Bio",
    contact=None,
    interviewers=["ruth hale"],
    at=("2026-12-18 09:30", LA),
)

dev(
    name="o_appl_jazzhr_display",
    kind="application_received",
    frm="Ridgeback Outfitters <no-reply@applytojob.com>",
    subject="Application received",
    date="Thu, 17 Dec 2026 19:30:00 -0700",
    body="""
    Hello Alex,

    This message confirms that we have received your application for E-commerce Merchandiser. We
    appreciate your interest and will contact you if your qualifications match our needs.

    Sincerely,
    Ridgeback Outfitters
    """,
    company="Ridgeback Outfitters",
    role="E-commerce Merchandiser",
    contact=None,
)

dev(
    name="o_appl_unknowable_ats_hiring_team",
    kind="application_received",
    frm="Hiring Team <no-reply@applytojob.com>",
    subject="Thanks for applying - Warehouse Associate",
    date="Thu, 17 Dec 2026 07:00:00 -0500",
    body="""
    Hi Alex,

    Thank you for applying for the Warehouse Associate position (reference 4432). Your application is
    now with the hiring manager.

    Hiring Team
    """,
    company=None,
    role="Warehouse Associate",
    contact=None,
)

# --- recruiting agencies ------------------------------------------------------------------------

dev(
    name="o_sched_agency_client_bank_of",
    kind="interview_scheduled",
    frm="Declan Moore <declan.moore@harcourtsearch.example>",
    subject="Interview confirmed - Risk Data Lead",
    date="Fri, 18 Dec 2026 12:30:00 +0000",
    body="""
    Hi Alex,

    Good news: Bank of Lismore would like to meet you for the Risk Data Lead role. I've confirmed
    Tuesday 5 January at 11:00 GMT at their Dublin office, with Siobhan Kerr (Head of Risk Analytics).

    I'll call you beforehand to prepare.

    Declan Moore
    Senior Consultant, Harcourt Search
    """,
    company="Bank of Lismore",
    role="Risk Data Lead",
    contact="declan.moore@harcourtsearch.example",
    interviewers=["siobhan kerr"],
    at=("2027-01-05 11:00", "Europe/Dublin"),
)

dev(
    name="o_rej_agency_client_anonymous",
    kind="rejection",
    frm="Bethany Cole <bethany@northpoint-talent.example>",
    subject="Update on the Analytics Engineer role",
    date="Fri, 18 Dec 2026 15:00:00 -0500",
    body="""
    Hi Alex,

    I've just heard back from my client (the Series B healthtech we discussed). Unfortunately they've
    decided not to progress your application; they're prioritising candidates with dbt in production.

    I'll keep you in mind for similar roles - speak soon.

    Bethany Cole
    Principal Recruiter | Northpoint Talent
    """,
    company=None,
    role="Analytics Engineer",
    contact="bethany@northpoint-talent.example",
)

dev(
    name="o_sched_french_cabinet_pour_le_compte",
    kind="interview_scheduled",
    frm="Claire Delorme <c.delorme@delorme-conseil.example>",
    subject="Entretien confirmé - Chef de projet data",
    date="Mon, 14 Dec 2026 10:20:00 +0100",
    body="""
    Bonjour Alex,

    Pour le compte de notre client Maison Aubert, je vous confirme votre entretien pour le poste de
    Chef de projet data le mercredi 16 décembre à 14h30, dans leurs locaux du 8e arrondissement.
    Vous rencontrerez Julien Marchand, directeur des systèmes d'information.

    Bien cordialement,
    Claire Delorme
    Delorme Conseil
    """,
    company="Maison Aubert",
    role="Chef de projet data",
    contact="c.delorme@delorme-conseil.example",
    interviewers=["julien marchand"],
    at=("2026-12-16 14:30", PAR),
)

# --- legal forms and multi-word names -----------------------------------------------------------

dev(
    name="o_offer_law_firm_llp",
    kind="offer",
    frm="Graduate Recruitment <graduates@kestrelvane.example>",
    subject="Offer of employment",
    date="Tue, 15 Dec 2026 17:00:00 +0000",
    body="""
    Dear Alex,

    Following your assessment day, we are delighted to offer you the position of Legal Engineer at
    Kestrel & Vane LLP, starting on 1 March 2027. Your contract and the firm's benefits guide are
    attached; please return the signed copy by 8 January.

    Congratulations, and welcome.

    Graduate Recruitment Team
    """,
    company="Kestrel & Vane LLP",
    role="Legal Engineer",
    contact="graduates@kestrelvane.example",
)

dev(
    name="o_sched_german_ag_bei_der",
    kind="interview_scheduled",
    frm="Personalabteilung <personal@rheintal-vers.example>",
    subject="Einladung zum Vorstellungsgespräch",
    date="Wed, 09 Dec 2026 11:00:00 +0100",
    body="""
    Guten Tag Alex Morgan,

    vielen Dank für Ihre Bewerbung als Aktuar (m/w/d). Gerne möchten wir Sie am Montag, den
    14. Dezember 2026, um 10:00 Uhr zu einem Vorstellungsgespräch in unsere Zentrale in Köln einladen.
    Ihre Gesprächspartner sind Dr. Anja Krüger und Tobias Lenz.

    Mit freundlichen Grüßen
    i. A. Sabine Wolff
    Personalabteilung
    Rheintal Versicherung AG
    """,
    company="Rheintal Versicherung AG",
    role="Aktuar",
    contact="personal@rheintal-vers.example",
    interviewers=["anja krüger", "tobias lenz"],
    at=("2026-12-14 10:00", BER),
)

dev(
    name="o_offer_spanish_sa_outlook_fwd",
    kind="offer",
    frm="Lucía Ferrer <lucia.ferrer@alcazarseguros.example>",
    subject="Propuesta de incorporación",
    date="Thu, 10 Dec 2026 16:30:00 +0100",
    body="""
    Hola Alex,

    Nos complace ofrecerte el puesto de Analista de Riesgos en Grupo Alcázar Seguros S.A., con
    incorporación el 11 de enero. Adjuntamos la carta de oferta con las condiciones económicas.

    Quedamos a la espera de tu respuesta.

    Un saludo,
    Lucía Ferrer
    Responsable de Selección
    """,
    company="Grupo Alcázar Seguros S.A.",
    role="Analista de Riesgos",
    contact="lucia.ferrer@alcazarseguros.example",
    shape="outlook",
)

dev(
    name="o_rej_holdings_plc_html",
    kind="rejection",
    frm="Ashgrove Recruitment <recruitment@ashgrove-group.example>",
    subject="Your application – Treasury Analyst",
    date="Wed, 16 Dec 2026 10:00:00 +0000",
    html="""<html><body><div style="font-family:Georgia,serif">
    <p>Dear Alex,</p>
    <p>Thank you for your recent application for the Treasury Analyst role with Ashgrove Holdings plc.</p>
    <p>We received a very strong response and, after careful consideration, we will not be progressing
    your application further.</p>
    <p>Yours sincerely,<br>Ashgrove Recruitment</p>
    </div></body></html>""",
    company="Ashgrove Holdings plc",
    role="Treasury Analyst",
    contact="recruitment@ashgrove-group.example",
)

# --- brands that look like something else -------------------------------------------------------

dev(
    name="o_sched_lowercase_brand",
    kind="interview_scheduled",
    frm="Priyanka Das <priyanka@loopwise.example>",
    subject="your loopwise pairing session",
    date="Fri, 11 Dec 2026 09:40:00 +0530",
    body="""
    hi Alex,

    thanks for your interest in loopwise! i've booked a 60-minute pairing session with Karan Iyer from
    our platform team on Wednesday 16 December at 7:30 PM IST (9:00 AM your time). the Meet link is in
    the invite.

    cheers,
    priyanka
    people ops @ loopwise
    """,
    company="loopwise",
    contact="priyanka@loopwise.example",
    interviewers=["karan iyer"],
    at=("2026-12-16 19:30", KOL),
)

dev(
    name="o_sched_company_named_like_first_name",
    kind="interview_scheduled",
    frm="Theo Marsh <theo@gethazel.example>",
    subject="Interview with Hazel - Thursday",
    date="Mon, 14 Dec 2026 16:00:00 -0500",
    body="""
    Hi Alex,

    Thanks for chatting earlier. I've put 45 minutes in the calendar for you to meet Dana Whitlock, our
    VP of Engineering, on Thursday, December 17 at 3:00 PM EST.

    Theo Marsh
    Head of Talent, Hazel
    """,
    company="Hazel",
    contact="theo@gethazel.example",
    interviewers=["dana whitlock"],
    at=("2026-12-17 15:00", NY),
)

dev(
    name="o_cancl_company_named_like_weekday",
    kind="interview_cancelled",
    frm="Eliza Brandt <eliza@mondaystudio.example>",
    subject="Friday's interview",
    date="Wed, 16 Dec 2026 11:10:00 +0000",
    body="""
    Hi Alex,

    I'm really sorry, but we need to cancel your interview on Friday (18 December, 2pm GMT): the
    creative director role has been put on hold while we restructure. I'll be in touch if it reopens.

    Eliza Brandt
    Studio Manager, Monday Studio
    """,
    company="Monday Studio",
    contact="eliza@mondaystudio.example",
    interviewers=[],
    at=("2026-12-18 14:00", LON),
)

dev(
    name="o_sched_stylised_camelcase_brand_offset_zone",
    kind="interview_scheduled",
    frm="Jakob Lindgren <jakob.lindgren@tidybase.example>",
    subject="tidyBase | Technical interview",
    date="Tue, 15 Dec 2026 14:00:00 +0100",
    body="""
    Hi Alex,

    Thanks for applying to tidyBase. Your technical interview with Elin Svensson and me is set for
    Monday 21 December, 16:00 (UTC+01:00). We'll send a Teams link the day before.

    Best,
    Jakob Lindgren
    Engineering Manager at tidyBase
    """,
    company="tidyBase",
    contact="jakob.lindgren@tidybase.example",
    interviewers=["jakob.lindgren@tidybase.example", "elin svensson"],
    at=("2026-12-21 16:00", "Europe/Stockholm"),
)

# --- the employer cannot be known -----------------------------------------------------------------

dev(
    name="o_resch_gmail_one_line_unknowable",
    kind="interview_rescheduled",
    frm="Dana Whitt <dana.whitt@gmail.com>",
    subject="tomorrow",
    date="Thu, 17 Dec 2026 18:30:00 -0500",
    body="""
    Hi Alex, something came up - can we push our interview tomorrow to 3pm instead of 1? Same call link.

    Dana
    """,
    company=None,
    contact="dana.whitt@gmail.com",
    interviewers=["dana.whitt@gmail.com"],
    at=("2026-12-18 15:00", NY),
)

# --- times with the zone written out or apart from the date ---------------------------------------

dev(
    name="o_sched_html_cells_cet_abbreviation",
    kind="interview_scheduled",
    frm="Vandermeer Studio <noreply@vandermeer.recruitee.com>",
    subject="Interview invitation – Vandermeer Studio",
    date="Wed, 09 Dec 2026 09:00:00 +0100",
    html="""<html><body>
    <p>Hi Alex,</p>
    <p>We'd like to invite you to a video interview for the <b>Motion Designer</b> role.</p>
    <table cellpadding="6">
    <tr><td>When</td><td>Tuesday 15 December 2026</td></tr>
    <tr><td></td><td>11:00 – 11:45 CET</td></tr>
    <tr><td>With</td><td>Sanne de Vries, Creative Lead</td></tr>
    </table>
    <p>See you then!<br>Team Vandermeer</p>
    </body></html>""",
    company="Vandermeer Studio",
    role="Motion Designer",
    contact=None,
    interviewers=["sanne de vries"],
    at=("2026-12-15 11:00", "Europe/Amsterdam"),
)

dev(
    name="o_resch_outlook_offset_zone_sydney",
    kind="interview_rescheduled",
    frm="Kaito Mori <kaito.mori@harbourline.example>",
    subject="Updated: Second interview – Harbourline",
    date="Thu, 10 Dec 2026 08:30:00 +1100",
    body="""
    Hi Alex,

    Apologies, our CTO is travelling that day, so we've moved your second interview to
    Wednesday 16 December at 08:00 (GMT+11:00) Sydney, which should be 4:00 PM Tuesday for you.
    The invite has been updated.

    Kaito Mori
    Talent Lead — Harbourline
    """,
    ics=ics(
        "REQUEST",
        "040000008200E00074C5B7101A82E008-harbourline-2",
        "20261215T210000",
        "20261215T220000",
        utc=True,
        seq=1,
        prodid=OUTLOOK,
        summary="Second interview – Harbourline",
        organizer=("Kaito Mori", "kaito.mori@harbourline.example"),
        attendees=[("Naoko Sato", "naoko.sato@harbourline.example"), ME],
    ),
    company="Harbourline",
    contact="kaito.mori@harbourline.example",
    interviewers=["naoko.sato@harbourline.example"],
    at=("2026-12-16 08:00", SYD),
)
