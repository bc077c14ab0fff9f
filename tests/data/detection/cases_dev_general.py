"""A dev-only batch aimed at generality: many wordings of each kind, people and company layouts.

Written (own writing) before the detector was changed for it, and pinned to the dev split so the
frozen split stays exactly as it was and figures measured on it before and after compare. Every
case is a new mail in a wording or layout the detector was not written against: rejections said
many ways (other candidates, not selected, position filled/closed/on hold, different direction,
an offer extended to someone else, ATS status changes), one-line human cancellations,
reschedules said many ways and silent calendar updates, interviewer lists in many layouts,
companies named in body/signature/subject behind hosted-ATS senders, and hard negatives.
"""

from __future__ import annotations

from common import ME, OUTLOOK, case, ics

NY = "America/New_York"
LON = "Europe/London"
BER = "Europe/Berlin"
LA = "America/Los_Angeles"
CHI = "America/Chicago"


def dev(**kw: object) -> None:
    case(split="dev", **kw)


# --- rejections, many ways to say no -------------------------------------------------------------

dev(
    name="g_rej_pursue_other_candidates_greenhouse",
    kind="rejection",
    frm="Harbor Freight Analytics <no-reply@us.greenhouse-mail.io>",
    reply_to="recruiting@harborfreightanalytics.example",
    subject="Your application to Harbor Freight Analytics",
    date="Tue, 01 Dec 2026 16:02:00 -0500",
    body="""
    Hi Alex,

    Thank you for your interest in the Senior Data Engineer position at Harbor Freight Analytics and
    for the time you invested in our process.

    We received a large number of strong applications. After reviewing your background, the team has
    decided to pursue other candidates for this role.

    We'll keep your details on file and encourage you to apply for future openings.

    Best regards,
    The Harbor Freight Analytics Recruiting Team
    """,
    company="Harbor Freight Analytics",
    role="Senior Data Engineer",
    contact="recruiting@harborfreightanalytics.example",
)

dev(
    name="g_rej_not_selected_further_consideration_lever",
    kind="rejection",
    frm="Quarry Street Software <no-reply@hire.lever.co>",
    subject="Update on your Quarry Street Software application",
    date="Wed, 02 Dec 2026 11:40:00 -0800",
    body="""
    Dear Alex,

    Thank you for applying for the Platform Engineer role. Your application has been carefully
    reviewed and, unfortunately, you have not been selected for further consideration at this time.

    We appreciate your interest in Quarry Street Software.

    Kind regards,
    Talent Acquisition
    Quarry Street Software, Inc.
    """,
    company="Quarry Street Software, Inc.",
    role="Platform Engineer",
    contact=None,
    shape="gmail",
)

dev(
    name="g_rej_position_filled_short_human",
    kind="rejection",
    frm="Megan Ortiz <megan.ortiz@copperleaf.example>",
    subject="Re: Operations Analyst",
    date="Thu, 03 Dec 2026 09:12:00 -0600",
    body="""
    Hi Alex,

    Thanks for following up. I'm sorry to let you know the Operations Analyst position has now been
    filled. It was great to talk with you last week and I hope our paths cross again.

    Megan Ortiz
    People Partner | Copperleaf Logistics
    """,
    company="Copperleaf Logistics",
    role="Operations Analyst",
    contact="megan.ortiz@copperleaf.example",
)

dev(
    name="g_rej_role_closed_workday",
    kind="rejection",
    frm="Meridian Mutual <meridianmutual@myworkday.com>",
    subject="Regarding Job Requisition R-20931 Claims Data Analyst",
    date="Fri, 04 Dec 2026 13:00:00 -0500",
    body="""
    Dear Alex Morgan,

    Thank you for your interest in Meridian Mutual Insurance Company. The requisition R-20931 Claims
    Data Analyst to which you applied has been closed and we are no longer accepting candidates for it.

    We invite you to review our other open positions on our careers site.

    Sincerely,
    Meridian Mutual Insurance Company Talent Acquisition
    """,
    company="Meridian Mutual Insurance Company",
    role="Claims Data Analyst",
    contact=None,
)

dev(
    name="g_rej_different_direction_after_final_round",
    kind="rejection",
    frm="Tomasz Nowak <tomasz@fernbrook.example>",
    subject="Following up",
    date="Mon, 07 Dec 2026 17:30:00 +0100",
    body="""
    Hi Alex,

    Thank you again for spending the afternoon with the team on Thursday. Everyone enjoyed meeting you.

    After a long discussion we've decided to go in a different direction with this hire, prioritising
    someone with more embedded experience. I know that's disappointing to hear after a final round.

    I'd be happy to give feedback on a call if that's useful.

    Tomasz
    CTO, Fernbrook Systems
    """,
    company="Fernbrook Systems",
    contact="tomasz@fernbrook.example",
    shape="outlook",
)

dev(
    name="g_rej_on_hold_requisition",
    kind="rejection",
    frm="Dana Whitfield <dana.whitfield@lumencore.example>",
    subject="Lumencore - Product Manager role",
    date="Tue, 08 Dec 2026 10:05:00 -0800",
    body="""
    Hi Alex,

    I wanted to give you an update. Due to a change in budget priorities, the Product Manager role has
    been put on hold indefinitely, so we won't be able to continue with your candidacy.

    I'm sorry for the news and thank you for your patience throughout the process.

    Dana Whitfield
    Senior Recruiter, Lumencore
    """,
    company="Lumencore",
    role="Product Manager",
    contact="dana.whitfield@lumencore.example",
)

dev(
    name="g_rej_offer_extended_to_another_candidate",
    kind="rejection",
    frm="Priyanka Rao <priyanka.rao@stonegate.example>",
    subject="Stonegate Capital - UX Researcher",
    date="Wed, 09 Dec 2026 15:45:00 -0500",
    body="""
    Hello Alex,

    I wanted to reach out personally. We have extended an offer to another candidate for the UX
    Researcher role, and they have accepted.

    It was a close decision and the panel was impressed by your portfolio review.

    Warm regards,
    Priyanka Rao
    Stonegate Capital Partners
    """,
    company="Stonegate Capital Partners",
    role="UX Researcher",
    contact="priyanka.rao@stonegate.example",
    shape="apple",
)

dev(
    name="g_rej_ats_status_changed_not_moving_forward",
    kind="rejection",
    frm="Brightwater Health Careers <notifications@smartrecruiters.com>",
    subject="Your application status has changed",
    date="Thu, 10 Dec 2026 08:20:00 -0500",
    html="""<html><body>
    <h2>Application update</h2>
    <p>Hi Alex,</p>
    <p>The status of your application for <b>Clinical Systems Analyst</b> at Brightwater Health System has changed.</p>
    <table>
    <tr><td>Position</td><td>Clinical Systems Analyst</td></tr>
    <tr><td>New status</td><td>Not moving forward</td></tr>
    </table>
    <p>Thank you for your interest in Brightwater Health System.</p>
    <p style="color:#888">You are receiving this email because you applied via SmartRecruiters.</p>
    </body></html>""",
    company="Brightwater Health System",
    role="Clinical Systems Analyst",
    contact=None,
)

dev(
    name="g_rej_unsuccessful_this_occasion_uk",
    kind="rejection",
    frm="Hollis & Grange Recruitment <careers@hollisgrange.example>",
    subject="Your application - Finance Systems Lead",
    date="Thu, 10 Dec 2026 12:10:00 +0000",
    body="""
    Dear Alex,

    Thank you for your recent application for the Finance Systems Lead position.

    We regret to advise that on this occasion your application has been unsuccessful.

    We wish you every success in your search.

    Yours sincerely,

    Fiona McAllister
    Resourcing Advisor
    Hollis & Grange
    """,
    company="Hollis & Grange",
    role="Finance Systems Lead",
    contact="careers@hollisgrange.example",
)

dev(
    name="g_rej_not_progressing_after_interview",
    kind="rejection",
    frm="Oliver Brandt <oliver.brandt@kiteline.example>",
    subject="Your interview with Kiteline",
    date="Fri, 11 Dec 2026 14:00:00 +0000",
    body="""
    Hi Alex,

    Thanks for interviewing with us on Tuesday. The team really appreciated your time.

    We've now met all the shortlisted candidates and we won't be progressing your application to the
    next stage.

    All the best,
    Oliver Brandt
    Talent Partner, Kiteline
    """,
    company="Kiteline",
    contact="oliver.brandt@kiteline.example",
    shape="outlook_desktop",
)

dev(
    name="g_rej_move_ahead_with_others_one_line",
    kind="rejection",
    frm="Sam Carter <sam@pebbleworks.example>",
    subject="Re: catching up",
    date="Mon, 14 Dec 2026 09:01:00 -0800",
    body="""
    Alex - appreciate you being patient with us. We're going to move ahead with other folks for now, but
    I'd love to stay in touch.

    Sam
    """,
    company="Pebbleworks",
    contact="sam@pebbleworks.example",
)

dev(
    name="g_rej_no_longer_considering_application",
    kind="rejection",
    frm="Ridgeway Careers <careers-noreply@ridgewaybank.example>",
    reply_to="talent@ridgewaybank.example",
    subject="Ridgeway Bank: Application status",
    date="Mon, 14 Dec 2026 07:30:00 -0500",
    body="""
    Dear Alex,

    We appreciate your interest in Ridgeway Bank. We are no longer considering your application for the
    Risk Reporting Analyst position.

    Thank you for taking the time to apply.

    Ridgeway Bank Talent Team
    """,
    company="Ridgeway Bank",
    role="Risk Reporting Analyst",
    contact="talent@ridgewaybank.example",
)

dev(
    name="g_rej_wont_be_extending_offer",
    kind="rejection",
    frm="Jenna Park <jenna.park@solsticeai.example>",
    subject="Solstice AI next steps",
    date="Tue, 15 Dec 2026 16:20:00 -0800",
    body="""
    Hi Alex,

    Thank you for the time you spent with us over the past few weeks. After reviewing feedback from the
    panel, we won't be extending an offer at this time.

    I'm happy to share some of the feedback if you'd find it useful.

    Jenna Park | Recruiting | Solstice AI
    """,
    company="Solstice AI",
    contact="jenna.park@solsticeai.example",
    shape="gmail",
)

dev(
    name="g_rej_not_shortlisted",
    kind="rejection",
    frm="HR Team <hr@tallowandfinch.example>",
    subject="Marketing Coordinator application",
    date="Tue, 15 Dec 2026 11:00:00 +0000",
    body="""
    Dear Alex,

    Thank you for applying for the Marketing Coordinator vacancy at Tallow and Finch Ltd. We received a
    very high number of applications and unfortunately you have not been shortlisted for interview.

    Kind regards,
    HR Team
    """,
    company="Tallow and Finch Ltd",
    role="Marketing Coordinator",
    contact="hr@tallowandfinch.example",
)

dev(
    name="g_rej_hired_someone_internal_made_hire",
    kind="rejection",
    frm="Marco Bellini <marco.bellini@vantaggio.example>",
    subject="Engineering Manager search",
    date="Wed, 16 Dec 2026 18:05:00 +0100",
    body="""
    Hi Alex,

    A quick note to close the loop: we've made a hire for the Engineering Manager position, so the
    search is now closed. Thank you for your interest and for the conversations we had.

    Best,
    Marco Bellini
    Head of Engineering, Vantaggio Srl
    """,
    company="Vantaggio Srl",
    role="Engineering Manager",
    contact="marco.bellini@vantaggio.example",
    shape="thunderbird",
)

dev(
    name="g_rej_decided_not_to_move_you_forward_html",
    kind="rejection",
    frm="Cobalt Ridge <notifications@ashbyhq.com>",
    reply_to="no-reply@ashbyhq.com",
    subject="Cobalt Ridge | Application update",
    date="Wed, 16 Dec 2026 10:00:00 -0800",
    html="""<html><body><table width="600"><tr><td>
    <p>Hi Alex,</p>
    <p>Thanks so much for your interest in Cobalt Ridge and for completing the technical screen for the Backend Engineer role.</p>
    <p>We've decided not to move you forward to the onsite stage. This was a difficult decision given the strength of the candidate pool.</p>
    <p>Best of luck,<br>Nadia Haddad<br>Recruiting Lead, Cobalt Ridge</p>
    </td></tr></table></body></html>""",
    company="Cobalt Ridge",
    role="Backend Engineer",
    contact=None,
)

dev(
    name="g_rej_unable_to_offer_position",
    kind="rejection",
    frm="Lorraine Dubois <l.dubois@maisonverte.example>",
    subject="Votre candidature / your application",
    date="Thu, 17 Dec 2026 09:30:00 +0100",
    body="""
    Dear Alex,

    Many thanks for attending the interview on 10 December. We regret that we are unable to offer you the
    position of Supply Chain Planner.

    We will retain your CV for future opportunities.

    Lorraine Dubois
    Ressources Humaines - Maison Verte SAS
    """,
    company="Maison Verte SAS",
    role="Supply Chain Planner",
    contact="l.dubois@maisonverte.example",
)

dev(
    name="g_rej_german_absage_anderen_bewerber",
    kind="rejection",
    frm="Katrin Vogel <k.vogel@elbtal-technik.example>",
    subject="Ihre Bewerbung als Softwareentwickler",
    date="Thu, 17 Dec 2026 14:15:00 +0100",
    body="""
    Sehr geehrte Frau Morgan,

    vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen. Nach sorgfältiger Prüfung
    haben wir uns für einen anderen Bewerber entschieden.

    Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

    Mit freundlichen Grüßen
    Katrin Vogel
    Personalabteilung
    Elbtal Technik GmbH
    """,
    company="Elbtal Technik GmbH",
    role="Softwareentwickler",
    contact="k.vogel@elbtal-technik.example",
)

dev(
    name="g_rej_spanish_no_continuar",
    kind="rejection",
    frm="Lucía Fernández <lucia.fernandez@grupoatalaya.example>",
    subject="Proceso de selección - Analista de Datos",
    date="Fri, 18 Dec 2026 12:00:00 +0100",
    body="""
    Hola Alex,

    Gracias por participar en el proceso de selección para el puesto de Analista de Datos. Lamentamos
    comunicarte que hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a la posición.

    Un saludo,
    Lucía Fernández
    Grupo Atalaya
    """,
    company="Grupo Atalaya",
    role="Analista de Datos",
    contact="lucia.fernandez@grupoatalaya.example",
)

dev(
    name="g_rej_role_eliminated_reorg",
    kind="rejection",
    frm="Chris Moreno <chris.moreno@tidewell.example>",
    subject="Update on the Solutions Architect role",
    date="Fri, 18 Dec 2026 15:10:00 -0500",
    body="""
    Hi Alex,

    I'm writing with some unfortunate news. Following a reorganisation, the Solutions Architect role has
    been eliminated, which means we have to end the process with all candidates, including you.

    Thank you for your time and for your interest in Tidewell.

    Chris Moreno
    Technical Recruiter, Tidewell Inc.
    """,
    company="Tidewell Inc.",
    role="Solutions Architect",
    contact="chris.moreno@tidewell.example",
    shape="rfc822",
)

dev(
    name="g_rej_candidate_portal_declined",
    kind="rejection",
    frm="Northgate Careers <northgate@myworkday.com>",
    subject="An update about your candidacy",
    date="Sat, 19 Dec 2026 06:00:00 -0500",
    body="""
    Hello Alex,

    Thank you for applying to Northgate Aerospace Corporation. Your candidacy for the Systems Test
    Engineer position will not proceed further.

    You can view the status of your applications at any time in the candidate portal.

    Northgate Aerospace Corporation
    """,
    company="Northgate Aerospace Corporation",
    role="Systems Test Engineer",
    contact=None,
)

dev(
    name="g_rej_skills_match_another",
    kind="rejection",
    frm="Recruiting at Fableworks <jobs@fableworks.example>",
    subject="Fableworks application",
    date="Sat, 19 Dec 2026 10:30:00 -0800",
    body="""
    Hi Alex,

    Thanks for applying to be a Senior iOS Engineer at Fableworks. We have reviewed your application and
    have chosen to proceed with a candidate whose experience better matches our current needs.

    We'd love for you to keep an eye on our careers page.

    The Fableworks team
    """,
    company="Fableworks",
    role="Senior iOS Engineer",
    contact="jobs@fableworks.example",
)

# --- interviews fixed, with people in many layouts ------------------------------------------------

dev(
    name="g_sched_speak_with_two_in_parens",
    kind="interview_scheduled",
    frm="Hannah Lee <hannah.lee@orbitalyst.example>",
    subject="Orbitalyst interview confirmed - Thursday",
    date="Mon, 30 Nov 2026 10:00:00 -0800",
    body="""
    Hi Alex,

    Great news - your interview is confirmed for Thursday, December 10 at 11:00 AM PT (45 minutes, Zoom).

    You'll speak with Marcus Green (marcus.green@orbitalyst.example) and Yuki Tanaka
    (yuki.tanaka@orbitalyst.example) from the platform team.

    Zoom: https://zoom.us/j/5550001111

    Thanks,
    Hannah Lee
    Recruiting Coordinator, Orbitalyst
    """,
    company="Orbitalyst",
    contact="hannah.lee@orbitalyst.example",
    interviewers=["marcus.green@orbitalyst.example", "yuki.tanaka@orbitalyst.example"],
    at=("2026-12-10 11:00", LA),
)

dev(
    name="g_sched_with_me_and_named_colleague_cc",
    kind="interview_scheduled",
    frm="Ben Adler <ben.adler@greyfield.example>",
    cc="Raj Patel <raj.patel@greyfield.example>",
    subject="Chat on Tuesday",
    date="Tue, 01 Dec 2026 09:40:00 -0500",
    body="""
    Hi Alex,

    Thanks for sending over your availability. Let's lock in Tuesday, December 8 at 2:30pm ET for the
    technical interview. It'll be with me and Raj Patel, who leads our data platform team (cc'd).

    Google Meet link to follow in the invite.

    Ben Adler
    Engineering Manager | Greyfield Labs
    """,
    company="Greyfield Labs",
    contact="ben.adler@greyfield.example",
    interviewers=["ben.adler@greyfield.example", "raj.patel@greyfield.example"],
    at=("2026-12-08 14:30", NY),
)

dev(
    name="g_sched_first_name_ccd",
    kind="interview_scheduled",
    frm="Laura Chen <laura.chen@meadowlark.example>",
    cc="Devon Price <devon.price@meadowlark.example>",
    subject="Interview - Meadowlark Foods",
    date="Wed, 02 Dec 2026 13:15:00 -0600",
    body="""
    Hi Alex,

    Confirming your interview on Friday, December 11 at 10 AM Central. Devon (cc'd) will be running the
    session; he heads up our analytics group.

    Call-in details are in the calendar invitation.

    Best,
    Laura
    Laura Chen, Talent Acquisition, Meadowlark Foods
    """,
    company="Meadowlark Foods",
    contact="laura.chen@meadowlark.example",
    interviewers=["devon.price@meadowlark.example"],
    at=("2026-12-11 10:00", CHI),
)

dev(
    name="g_sched_calendar_attendees_panel",
    kind="interview_scheduled",
    frm="Sofia Marino <sofia.marino@quantumleaf.example>",
    subject="Invitation: Onsite interview - Alex Morgan @ Wed Dec 16, 2026 1pm - 4pm (EST)",
    date="Thu, 03 Dec 2026 11:00:00 -0500",
    body="""
    You have been invited to the following event.

    Onsite interview - Alex Morgan
    When: Wed Dec 16, 2026 1pm - 4pm Eastern Time - New York
    Where: Quantum Leaf Biosciences, 200 Harbor Way, Boston

    Agenda is in the event description.
    """,
    ics=ics(
        "REQUEST",
        "g-onsite-ql@google.com",
        "20261216T130000",
        "20261216T160000",
        tzid="America/New_York",
        summary="Onsite interview - Alex Morgan",
        organizer=("Sofia Marino", "sofia.marino@quantumleaf.example"),
        attendees=[
            ("Sofia Marino", "sofia.marino@quantumleaf.example", "ACCEPTED"),
            ("Ethan Brooks", "ethan.brooks@quantumleaf.example", "ACCEPTED"),
            ("Amara Okafor", "amara.okafor@quantumleaf.example", "ACCEPTED"),
            ("Liam Walsh", "liam.walsh@quantumleaf.example", "ACCEPTED"),
            ME,
        ],
        location="Quantum Leaf Biosciences, 200 Harbor Way, Boston",
        description="1:00 Ethan Brooks (hiring manager)\n2:00 Amara Okafor (science)\n3:00 Liam Walsh (engineering)",
    ),
    company="Quantum Leaf Biosciences",
    contact="sofia.marino@quantumleaf.example",
    interviewers=["ethan.brooks@quantumleaf.example", "amara.okafor@quantumleaf.example", "liam.walsh@quantumleaf.example"],
    at=("2026-12-16 13:00", NY),
)

dev(
    name="g_sched_html_panel_table",
    kind="interview_scheduled",
    frm="Ironbark Recruiting <recruiting@ironbark.example>",
    subject="Your Ironbark Software interview schedule",
    date="Fri, 04 Dec 2026 15:00:00 -0800",
    html="""<html><body>
    <p>Hi Alex,</p>
    <p>Here is your virtual onsite schedule for <b>Monday, December 14, 2026</b> (all times Pacific).</p>
    <table border="1" cellpadding="4">
    <tr><th>Time</th><th>Interviewer</th><th>Focus</th></tr>
    <tr><td>9:00 AM - 9:45 AM</td><td>Grace Kim</td><td>System design</td></tr>
    <tr><td>10:00 AM - 10:45 AM</td><td>Omar Haddad</td><td>Coding</td></tr>
    <tr><td>11:00 AM - 11:30 AM</td><td>Rachel Stein</td><td>Hiring manager</td></tr>
    </table>
    <p>Each session uses the same Zoom link: https://zoom.us/j/5550002222</p>
    <p>Thanks,<br>Paul Nguyen<br>Recruiting Coordinator, Ironbark Software</p>
    </body></html>""",
    company="Ironbark Software",
    contact="recruiting@ironbark.example",
    interviewers=["Grace Kim", "Omar Haddad", "Rachel Stein"],
    at=("2026-12-14 09:00", LA),
)

dev(
    name="g_sched_signature_only_interviewer_is_writer",
    kind="interview_scheduled",
    frm="Nora Svensson <nora@driftwoodstudio.example>",
    subject="Looking forward to Wednesday",
    date="Sat, 05 Dec 2026 08:15:00 +0000",
    body="""
    Hi Alex,

    Just confirming our interview on Wednesday 9 December at 15:00 UK time. I'll call you on Teams.

    Speak then,

    Nora Svensson
    Design Director
    Driftwood Studio Ltd
    nora@driftwoodstudio.example
    """,
    company="Driftwood Studio Ltd",
    contact="nora@driftwoodstudio.example",
    interviewers=["nora@driftwoodstudio.example"],
    at=("2026-12-09 15:00", LON),
    shape="gmail",
)

dev(
    name="g_sched_greenhouse_company_in_body",
    kind="interview_scheduled",
    frm="Jobs at Brightline <no-reply@greenhouse.io>",
    reply_to="Kelsey Ward <kelsey.ward@brightlinerobotics.example>",
    subject="Interview Confirmation: Robotics Software Engineer",
    date="Mon, 07 Dec 2026 12:00:00 -0500",
    body="""
    Hi Alex,

    Thank you for your interest in Brightline Robotics, Inc.! Your interview for the Robotics Software
    Engineer role has been scheduled:

    Date: Thursday, December 17, 2026
    Time: 1:00 PM - 2:00 PM EST
    Interviewers: Victor Hale, Mina Cho
    Location: Google Meet (link in calendar invite)

    If you need to reschedule, reply to this email.

    Kelsey Ward
    Recruiting Coordinator
    """,
    company="Brightline Robotics, Inc.",
    role="Robotics Software Engineer",
    contact="kelsey.ward@brightlinerobotics.example",
    interviewers=["Victor Hale", "Mina Cho"],
    at=("2026-12-17 13:00", NY),
)

dev(
    name="g_sched_date_time_separate_lines_html",
    kind="interview_scheduled",
    frm="Talent Team <talent@quillhaven.example>",
    subject="Interview details",
    date="Mon, 07 Dec 2026 16:30:00 +0100",
    html="""<html><body><div>
    <p>Dear Alex,</p>
    <p>We are pleased to invite you to a second interview at Quillhaven AG.</p>
    <table>
    <tr><td><b>Date</b></td></tr><tr><td>Tuesday, 15 December 2026</td></tr>
    <tr><td><b>Time</b></td></tr><tr><td>10:30 CET</td></tr>
    <tr><td><b>With</b></td></tr><tr><td>Jonas Keller (jonas.keller@quillhaven.example), Head of Product</td></tr>
    </table>
    <p>Kind regards,<br>Sabine Roth<br>Talent Team, Quillhaven AG</p>
    </div></body></html>""",
    company="Quillhaven AG",
    contact="talent@quillhaven.example",
    interviewers=["jonas.keller@quillhaven.example"],
    at=("2026-12-15 10:30", BER),
)

dev(
    name="g_sched_recruiter_screen_phone",
    kind="interview_scheduled",
    frm="Tyler Brooks <tyler.brooks@saltmarsh.example>",
    subject="Phone screen tomorrow",
    date="Tue, 08 Dec 2026 14:00:00 -0700",
    body="""
    Hi Alex,

    Thanks for booking a slot. I'll give you a call tomorrow, Wednesday December 9, at 9:30am Mountain time
    on the number from your application. We'll spend about 30 minutes on your background and the Data
    Analyst role.

    Tyler Brooks
    Recruiter | Saltmarsh Energy
    """,
    company="Saltmarsh Energy",
    role="Data Analyst",
    contact="tyler.brooks@saltmarsh.example",
    interviewers=["tyler.brooks@saltmarsh.example"],
    at=("2026-12-09 09:30", "America/Denver"),
)

dev(
    name="g_sched_india_ist_offset",
    kind="interview_scheduled",
    frm="Ananya Iyer <ananya.iyer@kaveritech.example>",
    subject="Technical round scheduled - Kaveri Technologies",
    date="Wed, 09 Dec 2026 10:00:00 +0530",
    body="""
    Dear Alex,

    Your technical round is scheduled on 14-Dec-2026 at 7:30 PM IST (UTC+05:30). The panel will be
    Rohit Menon and Kavya Reddy. A Teams link will be shared separately.

    Regards,
    Ananya Iyer
    HR Executive, Kaveri Technologies Pvt. Ltd.
    """,
    company="Kaveri Technologies Pvt. Ltd.",
    contact="ananya.iyer@kaveritech.example",
    interviewers=["Rohit Menon", "Kavya Reddy"],
    at=("2026-12-14 19:30", "Asia/Kolkata"),
)

dev(
    name="g_sched_owner_organized_invite",
    kind="interview_scheduled",
    frm="Alex Morgan <alex.morgan@mail.example>",
    to="Irene Castillo <irene.castillo@palomarhealth.example>",
    subject="Invitation: Interview: Alex Morgan / Palomar Health @ Thu Dec 10, 2026 4pm - 4:45pm (EST)",
    date="Wed, 02 Dec 2026 19:00:00 -0500",
    body="""
    Irene - as discussed, here is the invite for our interview. Looking forward to it!

    Alex
    """,
    ics=ics(
        "REQUEST",
        "owner-palomar@google.com",
        "20261210T160000",
        "20261210T164500",
        tzid="America/New_York",
        summary="Interview: Alex Morgan / Palomar Health",
        organizer=ME,
        attendees=[ME, ("Irene Castillo", "irene.castillo@palomarhealth.example")],
    ),
    company="Palomar Health",
    contact="irene.castillo@palomarhealth.example",
    interviewers=["irene.castillo@palomarhealth.example"],
    at=("2026-12-10 16:00", NY),
)

dev(
    name="g_sched_youll_be_meeting_bulleted",
    kind="interview_scheduled",
    frm="Whitney Cole <whitney@larchmont.example>",
    subject="Final round - Larchmont Partners",
    date="Thu, 10 Dec 2026 09:00:00 -0500",
    body="""
    Hi Alex,

    We're excited to invite you to the final round on Friday, December 18 from 10:00am to 12:00pm EST at
    our office (55 Water St, 12th floor).

    You'll be meeting:
    - Gabriel Ruiz, Managing Director
    - Helen Forsyth, Head of Research
    - Isaac Stone, VP Engineering

    Please bring a photo ID for building security.

    Whitney Cole
    Larchmont Partners LLC
    """,
    company="Larchmont Partners LLC",
    contact="whitney@larchmont.example",
    interviewers=["Gabriel Ruiz", "Helen Forsyth", "Isaac Stone"],
    at=("2026-12-18 10:00", NY),
)

dev(
    name="g_sched_forwarded_by_agency",
    kind="interview_scheduled",
    frm="Kieran Doyle <kieran@talentbridge.example>",
    subject="Interview with Aldermoor Energy confirmed",
    date="Thu, 10 Dec 2026 11:20:00 +0000",
    body="""
    Hi Alex,

    Brilliant news - Aldermoor Energy would like to meet you. I've confirmed Monday 14 December at 2pm
    (London time) at their Canary Wharf office. You'll meet Charlotte Hughes, their Head of Trading
    Technology.

    Let me know if you have any questions beforehand.

    Kieran Doyle
    Senior Consultant, TalentBridge Recruitment
    """,
    company="Aldermoor Energy",
    contact="kieran@talentbridge.example",
    interviewers=["Charlotte Hughes"],
    at=("2026-12-14 14:00", LON),
    shape="outlook",
)

dev(
    name="g_sched_calendly_booked_host",
    kind="interview_scheduled",
    frm="Calendly <notifications@calendly.com>",
    subject="New Event: Alex Morgan - 30 Minute Interview on Friday, December 11, 2026",
    date="Fri, 04 Dec 2026 09:05:00 -0500",
    body="""
    Hi Alex Morgan,

    Your 30 Minute Interview with Ruth Abernathy is scheduled.

    Event Type: 30 Minute Interview
    Invitee: Alex Morgan
    Host: Ruth Abernathy (ruth@pinecrestlabs.example)
    Event Date/Time: 03:00pm - Friday, December 11, 2026 (Eastern Time - US & Canada)
    Location: Pinecrest Labs Zoom room

    Powered by Calendly
    """,
    company="Pinecrest Labs",
    contact="ruth@pinecrestlabs.example",
    interviewers=["ruth@pinecrestlabs.example"],
    at=("2026-12-11 15:00", NY),
)

dev(
    name="g_sched_two_interviewers_and_sentence",
    kind="interview_scheduled",
    frm="Ivy Chen <ivy.chen@lanternfly.example>",
    subject="Next steps: interview on 12/9",
    date="Thu, 03 Dec 2026 17:00:00 -0800",
    body="""
    Hi Alex,

    Glad to move you to the next step! I've scheduled your interview for 12/9 at 1pm PST. Joe Martinez and
    Priya Desai will be your interviewers; both are senior engineers on the payments team.

    Best,
    Ivy Chen
    Recruiter at Lanternfly
    """,
    company="Lanternfly",
    contact="ivy.chen@lanternfly.example",
    interviewers=["Joe Martinez", "Priya Desai"],
    at=("2026-12-09 13:00", LA),
)

# --- reschedules, many ways ---------------------------------------------------------------------

dev(
    name="g_resch_silent_calendar_update",
    kind="interview_rescheduled",
    frm="Mateo Silva <mateo.silva@bluefinch.example>",
    subject="Updated invitation: Interview - Bluefinch @ Fri Dec 11, 2026 11am - 12pm (EST)",
    date="Mon, 07 Dec 2026 10:30:00 -0500",
    body="""
    This event has been updated.

    Interview - Bluefinch
    Fri Dec 11, 2026 11am - 12pm Eastern Time - New York
    """,
    ics=ics(
        "REQUEST",
        "bluefinch-int-001@google.com",
        "20261211T110000",
        "20261211T120000",
        tzid="America/New_York",
        seq=2,
        summary="Interview - Bluefinch",
        organizer=("Mateo Silva", "mateo.silva@bluefinch.example"),
        attendees=[("Mateo Silva", "mateo.silva@bluefinch.example", "ACCEPTED"), ME],
    ),
    company="Bluefinch",
    contact="mateo.silva@bluefinch.example",
    interviewers=["mateo.silva@bluefinch.example"],
    at=("2026-12-11 11:00", NY),
)

dev(
    name="g_resch_push_to_thursday_human",
    kind="interview_rescheduled",
    frm="Greta Lind <greta.lind@norrsken.example>",
    subject="Re: Interview Wednesday",
    date="Mon, 07 Dec 2026 08:10:00 +0100",
    body="""
    Hi Alex,

    Something came up on my side on Wednesday - would you mind if we pushed our interview to Thursday,
    December 10 at the same time, 16:00 CET? I've updated the invite already.

    Sorry for the shuffle!
    Greta Lind
    Engineering Lead, Norrsken Data AB
    """,
    company="Norrsken Data AB",
    contact="greta.lind@norrsken.example",
    interviewers=["greta.lind@norrsken.example"],
    at=("2026-12-10 16:00", "Europe/Stockholm"),
)

dev(
    name="g_resch_moved_new_time_ats",
    kind="interview_rescheduled",
    frm="Ridgeline Bio <no-reply@ashbyhq.com>",
    reply_to="Omar Farouk <omar.farouk@ridgelinebio.example>",
    subject="Your interview with Ridgeline Bio has moved",
    date="Tue, 08 Dec 2026 12:45:00 -0500",
    body="""
    Hi Alex,

    Your interview with Ridgeline Bio has been moved to a new time.

    New time: Monday, December 14, 2026, 3:30 PM - 4:15 PM (EST)
    Previous time: Friday, December 11, 2026, 3:30 PM - 4:15 PM (EST)
    Interviewer: Helena Voss

    Omar Farouk, Recruiting Coordinator
    """,
    company="Ridgeline Bio",
    contact="omar.farouk@ridgelinebio.example",
    interviewers=["Helena Voss"],
    at=("2026-12-14 15:30", NY),
)

dev(
    name="g_resch_bump_by_an_hour",
    kind="interview_rescheduled",
    frm="Paul Richter <paul.richter@ambergate.example>",
    subject="Small change for tomorrow",
    date="Wed, 09 Dec 2026 17:05:00 -0500",
    body="""
    Hi Alex,

    Could we bump tomorrow's interview an hour later? So Thursday Dec 10 at 3pm ET instead of 2pm. Same
    Zoom link. Let me know if that doesn't work.

    Paul Richter
    Director of Engineering, Ambergate
    """,
    company="Ambergate",
    contact="paul.richter@ambergate.example",
    interviewers=["paul.richter@ambergate.example"],
    at=("2026-12-10 15:00", NY),
    shape="gmail",
)

dev(
    name="g_resch_outlook_updated_meeting",
    kind="interview_rescheduled",
    frm="Marta Kowalska <marta.kowalska@vistulasoft.example>",
    subject="Updated: Interview - Alex Morgan",
    date="Thu, 10 Dec 2026 09:00:00 +0100",
    body="""
    The interview has been moved to Wednesday 16 December 2026, 14:00-15:00 (UTC+01:00) Warsaw.
    The panel is unchanged: Piotr Zielinski and me.

    Marta Kowalska
    Talent Acquisition Partner, VistulaSoft Sp. z o.o.
    """,
    ics=ics(
        "REQUEST",
        "040000008200E00074C5B7101A82E008-vistula",
        "20261216T140000",
        "20261216T150000",
        tzid="W. Europe Standard Time",
        seq=1,
        prodid=OUTLOOK,
        summary="Interview - Alex Morgan",
        organizer=("Marta Kowalska", "marta.kowalska@vistulasoft.example"),
        attendees=[
            ("Piotr Zielinski", "piotr.zielinski@vistulasoft.example"),
            ME,
        ],
    ),
    company="VistulaSoft Sp. z o.o.",
    contact="marta.kowalska@vistulasoft.example",
    interviewers=["piotr.zielinski@vistulasoft.example", "marta.kowalska@vistulasoft.example"],
    at=("2026-12-16 14:00", "Europe/Warsaw"),
)

dev(
    name="g_resch_interviewer_sick_new_date",
    kind="interview_rescheduled",
    frm="Lena Hoffmann <lena@cartwheel.example>",
    subject="Change of plan for your interview",
    date="Fri, 11 Dec 2026 08:30:00 -0800",
    body="""
    Hi Alex,

    Unfortunately Daniel is out sick today, so we need to move your interview. The new slot is Tuesday,
    December 15 at 10:00 AM Pacific with Daniel Osei (daniel.osei@cartwheel.example), same link as before.

    Apologies for the late notice.

    Lena Hoffmann
    People Ops, Cartwheel
    """,
    company="Cartwheel",
    contact="lena@cartwheel.example",
    interviewers=["daniel.osei@cartwheel.example"],
    at=("2026-12-15 10:00", LA),
    shape="apple",
)

dev(
    name="g_resch_we_have_rescheduled_html_cells",
    kind="interview_rescheduled",
    frm="Harlow Insurance Careers <careers@harlowins.example>",
    subject="Rescheduled: your interview",
    date="Fri, 11 Dec 2026 10:00:00 -0600",
    html="""<html><body>
    <p>Dear Alex,</p>
    <p>We have rescheduled your interview with Harlow Insurance Group. Please see the updated details:</p>
    <table><tr><td>Date:</td><td>Wednesday, December 16, 2026</td></tr>
    <tr><td>Time:</td><td>9:00 AM CST</td></tr>
    <tr><td>Interviewer:</td><td>Rebecca Lyons, Underwriting Manager</td></tr></table>
    <p>Regards,<br>Harlow Insurance Group Recruiting</p>
    </body></html>""",
    company="Harlow Insurance Group",
    contact="careers@harlowins.example",
    interviewers=["Rebecca Lyons"],
    at=("2026-12-16 09:00", CHI),
)

# --- cancellations, many from one human line -----------------------------------------------------

dev(
    name="g_cancl_one_line_human",
    kind="interview_cancelled",
    frm="Victor Hale <victor.hale@orchardline.example>",
    subject="Re: Friday",
    date="Thu, 10 Dec 2026 18:40:00 -0500",
    body="""
    Alex, so sorry - I need to cancel our interview tomorrow. I'll be in touch about another time.

    Victor
    Orchardline
    """,
    company="Orchardline",
    contact="victor.hale@orchardline.example",
    interviewers=["victor.hale@orchardline.example"],
)

dev(
    name="g_cancl_calendar_cancel",
    kind="interview_cancelled",
    frm="Amir Nasser <amir.nasser@tesseract.example>",
    subject="Canceled event: Interview with Alex Morgan @ Tue Dec 15, 2026 2pm - 3pm (EST)",
    date="Fri, 11 Dec 2026 09:10:00 -0500",
    body="""
    This event has been canceled.

    Interview with Alex Morgan
    Tue Dec 15, 2026 2pm - 3pm Eastern Time - New York
    """,
    ics=ics(
        "CANCEL",
        "tesseract-int-77@google.com",
        "20261215T140000",
        "20261215T150000",
        tzid="America/New_York",
        seq=1,
        summary="Interview with Alex Morgan",
        organizer=("Amir Nasser", "amir.nasser@tesseract.example"),
        attendees=[("Amir Nasser", "amir.nasser@tesseract.example", "ACCEPTED"), ME],
    ),
    company="Tesseract",
    contact="amir.nasser@tesseract.example",
    interviewers=["amir.nasser@tesseract.example"],
    at=("2026-12-15 14:00", NY),
)

dev(
    name="g_cancl_role_paused_interview_off",
    kind="interview_cancelled",
    frm="Julia Brandt <julia.brandt@seabright.example>",
    subject="Interview on Monday",
    date="Fri, 11 Dec 2026 15:00:00 +0000",
    body="""
    Hi Alex,

    I'm afraid we have to call off Monday's interview - the hiring manager is travelling unexpectedly. I'll
    come back to you with new dates next week.

    Best wishes,
    Julia Brandt
    Seabright Consulting
    """,
    company="Seabright Consulting",
    contact="julia.brandt@seabright.example",
    interviewers=[],
)

dev(
    name="g_cancl_wont_be_able_to_make_it",
    kind="interview_cancelled",
    frm="Rosa Jimenez <rosa.jimenez@clearpath.example>",
    subject="today's 3pm",
    date="Mon, 14 Dec 2026 11:02:00 -0500",
    body="""
    Hi Alex - apologies, I won't be able to make our 3pm interview today after all. Can we find another
    time later this week? I'll send some options.

    Rosa Jimenez | Hiring Manager | ClearPath Analytics
    """,
    company="ClearPath Analytics",
    contact="rosa.jimenez@clearpath.example",
    interviewers=["rosa.jimenez@clearpath.example"],
    at=("2026-12-14 15:00", NY),
)

dev(
    name="g_cancl_ats_interview_cancelled_html",
    kind="interview_cancelled",
    frm="Halcyon Games <notifications@greenhouse.io>",
    reply_to="recruiting@halcyongames.example",
    subject="Interview cancelled: Gameplay Programmer",
    date="Mon, 14 Dec 2026 14:00:00 -0800",
    html="""<html><body>
    <p>Hi Alex,</p>
    <p>Your interview for <b>Gameplay Programmer</b> at Halcyon Games on <b>Wednesday, December 16 at 11:00 AM PST</b> has been cancelled.</p>
    <p>Your recruiter will reach out to you shortly with next steps.</p>
    <p>Halcyon Games Recruiting</p>
    </body></html>""",
    company="Halcyon Games",
    role="Gameplay Programmer",
    contact="recruiting@halcyongames.example",
    interviewers=[],
    at=("2026-12-16 11:00", LA),
)

dev(
    name="g_cancl_need_to_cancel_pick_another",
    kind="interview_cancelled",
    frm="Ethan Ward <ethan.ward@kelpforest.example>",
    subject="Need to cancel Thursday's chat",
    date="Tue, 15 Dec 2026 10:00:00 -0800",
    body="""
    Hi Alex,

    Really sorry, I have to cancel our chat on Thursday. Could you grab another slot that suits you here:
    https://calendly.com/ethan-ward-kelp/30min

    Thanks for understanding,
    Ethan Ward
    Founder, Kelp Forest Labs
    """,
    company="Kelp Forest Labs",
    contact="ethan.ward@kelpforest.example",
    interviewers=["ethan.ward@kelpforest.example"],
    booking_requested=True,
    shape="gmail",
)

# --- application receipts ----------------------------------------------------------------------

dev(
    name="g_appl_thanks_for_applying_workable",
    kind="application_received",
    frm="Tandem Health <noreply@workablemail.com>",
    subject="Thanks for applying to Tandem Health",
    date="Tue, 01 Dec 2026 20:00:00 +0000",
    body="""
    Hi Alex,

    Thanks for applying for the Clinical Data Manager position at Tandem Health Ltd. We've received your
    application and our team will review it shortly. If your profile matches what we're looking for, we'll
    be in touch about next steps.

    Best,
    Tandem Health Ltd
    """,
    company="Tandem Health Ltd",
    role="Clinical Data Manager",
    contact=None,
)

dev(
    name="g_appl_human_got_your_cv",
    kind="application_received",
    frm="Imogen Blake <imogen@northwind-design.example>",
    subject="Re: Junior Product Designer",
    date="Wed, 02 Dec 2026 12:30:00 +0000",
    body="""
    Hi Alex,

    Thanks for sending your CV and portfolio for the Junior Product Designer role - got them both. I'll share
    them with the design team this week and come back to you either way.

    Imogen
    Studio Manager, Northwind Design
    """,
    company="Northwind Design",
    role="Junior Product Designer",
    contact="imogen@northwind-design.example",
)

dev(
    name="g_appl_icims_received_company_in_body",
    kind="application_received",
    frm="Careers <careers-donotreply@icims.com>",
    subject="Application Received - Senior Accountant",
    date="Thu, 03 Dec 2026 08:00:00 -0500",
    body="""
    Dear Alex,

    Thank you for your interest in employment with Granite State Utilities Corporation. This email confirms
    that we have received your application for Senior Accountant (Req ID 4471).

    If your qualifications match the requirements of the position, a recruiter will contact you.

    Granite State Utilities Corporation Talent Acquisition
    """,
    company="Granite State Utilities Corporation",
    role="Senior Accountant",
    contact=None,
)

dev(
    name="g_appl_german_eingangsbestaetigung",
    kind="application_received",
    frm="Personalabteilung <bewerbung@rheinwerk-solar.example>",
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="Fri, 04 Dec 2026 10:00:00 +0100",
    body="""
    Sehr geehrte Frau Morgan,

    vielen Dank für Ihre Bewerbung als Projektingenieurin bei der Rheinwerk Solar GmbH. Wir haben Ihre
    Unterlagen erhalten und melden uns in den nächsten zwei Wochen bei Ihnen.

    Mit freundlichen Grüßen
    Ihr Personalteam der Rheinwerk Solar GmbH
    """,
    company="Rheinwerk Solar GmbH",
    role="Projektingenieurin",
    contact="bewerbung@rheinwerk-solar.example",
)

dev(
    name="g_appl_received_under_review_html",
    kind="application_received",
    frm="Polaris Freight <jobs@polarisfreight.example>",
    subject="We've received your application",
    date="Sat, 05 Dec 2026 14:00:00 -0600",
    html="""<html><body><center><table width="560"><tr><td>
    <h1>Application received</h1>
    <p>Hi Alex,</p>
    <p>Your application for <strong>Fleet Operations Manager</strong> is now under review by the Polaris Freight Lines hiring team.</p>
    <p>What happens next: we review every application and aim to respond within 10 business days.</p>
    <p>Polaris Freight Lines</p>
    </td></tr></table></center></body></html>""",
    company="Polaris Freight Lines",
    role="Fleet Operations Manager",
    contact="jobs@polarisfreight.example",
)

# --- offers ------------------------------------------------------------------------------------

dev(
    name="g_offer_status_change_hired",
    kind="offer",
    frm="Juniper Bank Careers <juniperbank@myworkday.com>",
    subject="Congratulations! Your offer is ready to review",
    date="Mon, 14 Dec 2026 09:00:00 -0500",
    body="""
    Hi Alex,

    Congratulations! We are delighted to offer you the position of Senior Business Analyst at Juniper Bank.
    Your offer letter is ready for you to review and accept in the candidate portal.

    Please respond by December 21, 2026.

    Juniper Bank Talent Acquisition
    """,
    company="Juniper Bank",
    role="Senior Business Analyst",
    contact=None,
)

dev(
    name="g_offer_welcome_aboard_note",
    kind="offer",
    frm="Rachel Green <rachel@sunpeak.example>",
    subject="Welcome to Sunpeak!",
    date="Tue, 15 Dec 2026 17:00:00 -0700",
    body="""
    Hi Alex,

    I'm thrilled that you'll be joining Sunpeak Solar as our new Growth Marketing Lead! Attached is your
    formal offer with the details we discussed: base salary, equity and a January 11 start date.

    Sign whenever you're ready and we'll get onboarding started.

    Rachel Green
    CEO, Sunpeak Solar
    """,
    company="Sunpeak Solar",
    role="Growth Marketing Lead",
    contact="rachel@sunpeak.example",
)

dev(
    name="g_offer_call_time_stays_offer",
    kind="offer",
    frm="Diego Alvarez <diego.alvarez@coralreef.example>",
    subject="Good news from Coral Reef Software",
    date="Wed, 16 Dec 2026 11:00:00 -0500",
    body="""
    Hi Alex,

    I'm happy to let you know the team would like to extend you an offer for the Staff Engineer role! Are you
    free for a call tomorrow, Thursday December 17 at 4pm ET, so I can walk you through the details?

    Diego Alvarez
    Head of Talent, Coral Reef Software
    """,
    company="Coral Reef Software",
    role="Staff Engineer",
    contact="diego.alvarez@coralreef.example",
    shape="outlook",
)

dev(
    name="g_offer_verbal_to_written",
    kind="offer",
    frm="Helena Brooks <helena.brooks@marigold.example>",
    subject="Offer letter - Marigold Analytics",
    date="Thu, 17 Dec 2026 13:30:00 +0000",
    body="""
    Dear Alex,

    Following our call this morning, please find attached your offer of employment for the role of Data
    Science Manager. We'd be delighted to have you on board.

    Kind regards,
    Helena Brooks
    HR Business Partner, Marigold Analytics Ltd
    """,
    company="Marigold Analytics Ltd",
    role="Data Science Manager",
    contact="helena.brooks@marigold.example",
)

# --- hard negatives: none, and booking requests ---------------------------------------------------

dev(
    name="g_none_mock_interview_friend_calendar",
    kind="none",
    frm="Jamie Chen <jamie.chen.dev@gmail.com>",
    subject="Invitation: Mock interview (system design) @ Sat Dec 12, 2026 10am - 11am (EST)",
    date="Tue, 08 Dec 2026 21:00:00 -0500",
    body="""
    Hey! Set this up so we can practice before your real onsites. I'll play the interviewer, bring a
    whiteboard app.
    """,
    ics=ics(
        "REQUEST",
        "mock-jamie@google.com",
        "20261212T100000",
        "20261212T110000",
        tzid="America/New_York",
        summary="Mock interview (system design)",
        organizer=("Jamie Chen", "jamie.chen.dev@gmail.com"),
        attendees=[("Jamie Chen", "jamie.chen.dev@gmail.com", "ACCEPTED"), ME],
    ),
)

dev(
    name="g_none_podcast_interview_booking",
    kind="none",
    frm="Leah from Build Things Podcast <leah@buildthingspodcast.example>",
    subject="Podcast interview confirmed for Dec 9",
    date="Wed, 02 Dec 2026 10:00:00 -0800",
    body="""
    Hi Alex,

    Thanks for agreeing to come on the show! Your interview is confirmed for Wednesday, December 9 at 1pm
    PT. We'll record for about 45 minutes over Riverside; the episode airs in January.

    Leah
    Producer, Build Things Podcast
    """,
)

dev(
    name="g_none_club_invite_interview_title",
    kind="none",
    frm="Westside Runners <hello@westsiderunners.example>",
    subject="Invitation: Interview night - meet our new coach @ Thu Dec 10, 2026 7pm (EST)",
    date="Thu, 03 Dec 2026 12:00:00 -0500",
    body="""
    Hi members!

    Join us for an interview night with Coach Rivera, who will talk about marathon training and take your
    questions. Drinks after at the usual spot.

    Westside Runners Club
    Unsubscribe from club emails
    """,
)

dev(
    name="g_none_course_receipt_interview_prep",
    kind="none",
    frm="SkillForge <receipts@skillforge.example>",
    subject="Your receipt: Cracking the Product Manager Interview",
    date="Fri, 04 Dec 2026 16:00:00 +0000",
    body="""
    Thanks for your purchase, Alex!

    Course: Cracking the Product Manager Interview (12 lessons)
    Order #SF-88213
    Total: $49.00

    Start learning any time from your dashboard. Lesson 1: How interviewers evaluate you.

    SkillForge
    """,
)

dev(
    name="g_none_webinar_registration_hiring",
    kind="none",
    frm="HR Tech Summit <events@hrtechsummit.example>",
    subject="You're registered: Hiring in 2027 webinar",
    date="Mon, 07 Dec 2026 09:00:00 -0500",
    body="""
    Hi Alex,

    You're registered for "Hiring in 2027: What Candidates Expect" on Tuesday, December 15 at 12:00 PM ET.

    Panelists will discuss interview design, offer negotiation and candidate experience.

    Join link: https://events.example/webinar/2027
    Add to calendar

    HR Tech Summit
    """,
)

dev(
    name="g_none_internal_meeting_about_interviewing",
    kind="none",
    frm="Priya Nair <priya.nair@mail.example>",
    subject="Sync: interview loop calibration",
    date="Tue, 08 Dec 2026 08:00:00 -0500",
    body="""
    Hi all,

    Let's meet Thursday, December 10 at 11am to calibrate how we score the interview loop for the backend
    role. Please review the rubric doc beforehand.

    Priya
    """,
)

dev(
    name="g_none_job_alert_linkedin",
    kind="none",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subject="10 new jobs for 'data engineer' in New York",
    date="Wed, 09 Dec 2026 07:00:00 +0000",
    body="""
    Your job alert for data engineer in New York, NY

    Data Engineer - Harbor Freight Analytics - New York, NY - Easy Apply
    Senior Data Engineer - Quarry Street Software - Remote
    Analytics Engineer - Copperleaf Logistics - Chicago, IL
    See all jobs

    Unsubscribe | Manage alerts
    """,
)

dev(
    name="g_none_cold_outreach_recruiter",
    kind="none",
    frm="Nate Summers <nate@apexsearch.example>",
    subject="Opportunity: Head of Data at a Series B fintech",
    date="Wed, 09 Dec 2026 14:00:00 -0500",
    body="""
    Hi Alex,

    I came across your profile and think you'd be a great fit for a Head of Data role I'm recruiting for at a
    fast-growing Series B fintech in NYC. Would you be open to a quick chat this week?

    Nate Summers
    Partner, Apex Search
    """,
)

dev(
    name="g_none_booking_request_greenhouse_self_schedule",
    kind="none",
    frm="Kestrel Aviation <no-reply@greenhouse.io>",
    subject="Please select your interview times - Kestrel Aviation",
    date="Thu, 10 Dec 2026 13:00:00 -0500",
    body="""
    Hi Alex,

    We'd like to invite you to a video interview for the Avionics Software Engineer role. Please use the link
    below to choose a time that works for you:

    https://app.greenhouse.io/scheduling/schedule/abc123

    Thanks,
    Kestrel Aviation Recruiting
    """,
    booking_requested=True,
)

dev(
    name="g_none_booking_request_send_availability",
    kind="none",
    frm="Monica Reyes <monica.reyes@tallgrass.example>",
    subject="Next step - interview",
    date="Thu, 10 Dec 2026 15:30:00 -0600",
    body="""
    Hi Alex,

    The team would love to set up a 45-minute interview with you. Could you send me a few times that work
    for you next week between 9am and 4pm Central?

    Thanks!
    Monica Reyes
    Recruiter, Tallgrass Foods
    """,
    booking_requested=True,
)

dev(
    name="g_none_booking_request_pick_slot_list",
    kind="none",
    frm="Sophie Laurent <sophie.laurent@atelierbleu.example>",
    subject="Entretien / interview slots",
    date="Fri, 11 Dec 2026 10:00:00 +0100",
    body="""
    Hello Alex,

    Following your application, we'd like to meet you. Which of these slots suits you best?

    - Tuesday 15 December, 10:00 CET
    - Wednesday 16 December, 14:00 CET
    - Thursday 17 December, 11:00 CET

    Best regards,
    Sophie Laurent
    Atelier Bleu
    """,
    booking_requested=True,
)

dev(
    name="g_none_newsletter_hiring_tips",
    kind="none",
    frm="The Career Brief <newsletter@careerbrief.example>",
    subject="5 questions to ask at the end of your interview",
    date="Sat, 12 Dec 2026 08:00:00 +0000",
    body="""
    This week: what to ask your interviewer, how to follow up after an offer, and why rejections aren't personal.

    1. What does success look like in the first 90 days?
    2. How is the team structured?

    Read more on our site.
    You are receiving this because you subscribed. Unsubscribe.
    """,
)

dev(
    name="g_none_friend_asks_how_interview_went",
    kind="none",
    frm="Mia Torres <mia.torres@gmail.com>",
    subject="how'd it go??",
    date="Tue, 15 Dec 2026 19:00:00 -0500",
    body="""
    Hey Alex! How did the interview go today? Did they say when you'd hear back? Dinner Friday to celebrate
    or commiserate :)

    Mia
    """,
)

dev(
    name="g_none_user_research_interview",
    kind="none",
    frm="Notion Research <research@notionresearch.example>",
    subject="Confirmed: your 30-min research interview on Dec 14",
    date="Wed, 09 Dec 2026 12:00:00 -0800",
    body="""
    Hi Alex,

    Thanks for signing up to share feedback about our product! Your user research interview is confirmed for
    Monday, December 14 at 10am PT. You'll receive a $50 gift card after the session.

    The Research Team
    """,
)

dev(
    name="g_none_volunteer_interview",
    kind="none",
    frm="City Food Bank <volunteer@cityfoodbank.example>",
    subject="Volunteer orientation interview",
    date="Thu, 10 Dec 2026 09:00:00 -0500",
    body="""
    Hi Alex,

    Thanks for applying to volunteer with City Food Bank! Your short orientation interview is on Saturday,
    December 12 at 10am at our warehouse. Wear closed-toe shoes.

    City Food Bank Volunteer Team
    """,
)

dev(
    name="g_none_application_receipt_mortgage",
    kind="none",
    frm="Evergreen Credit Union <noreply@evergreencu.example>",
    subject="We've received your application",
    date="Fri, 11 Dec 2026 11:00:00 -0500",
    body="""
    Hi Alex,

    Thanks for applying for a Evergreen Rewards credit card. Your application is being reviewed and we'll
    let you know our decision within 7-10 business days.

    Evergreen Credit Union
    """,
)

dev(
    name="g_none_offer_sale",
    kind="none",
    frm="Northpeak Outfitters <offers@northpeak.example>",
    subject="Alex, an exclusive offer just for you",
    date="Sat, 12 Dec 2026 07:00:00 -0500",
    body="""
    Hi Alex,

    We're pleased to offer you 30% off everything this weekend. Congratulations - you've been selected as one
    of our top members!

    Shop now. Unsubscribe.
    """,
)

dev(
    name="g_none_interviewer_training",
    kind="none",
    frm="Learning & Development <ld@mail.example>",
    subject="Reminder: Interviewer training on Dec 16",
    date="Mon, 14 Dec 2026 09:00:00 -0500",
    body="""
    Hi Alex,

    This is a reminder that you're registered for Interviewer Training on Wednesday, December 16 at 2pm ET.
    We'll cover structured interviews, scorecards and avoiding bias.

    L&D Team
    """,
)

# --- a second handful: more shapes of the same families -------------------------------------------

dev(
    name="g_rej_status_table_rejected_odoo_like",
    kind="rejection",
    frm="Alpenglow Outdoor <hr@alpenglow.example>",
    subject="Application update: Retail Operations Lead",
    date="Mon, 14 Dec 2026 12:00:00 -0700",
    html="""<html><body>
    <p>Hello Alex Morgan,</p>
    <p>Your application for the position below has been updated.</p>
    <table><tr><td>Job Position</td><td>Retail Operations Lead</td></tr>
    <tr><td>Stage</td><td>Refused</td></tr>
    <tr><td>Company</td><td>Alpenglow Outdoor Co.</td></tr></table>
    <p>Thank you for your interest.</p>
    </body></html>""",
    company="Alpenglow Outdoor Co.",
    role="Retail Operations Lead",
    contact="hr@alpenglow.example",
)

dev(
    name="g_rej_decided_to_hire_someone_else_after_onsite",
    kind="rejection",
    frm="Noah Feldman <noah.feldman@kinetica.example>",
    subject="Thank you",
    date="Tue, 15 Dec 2026 18:30:00 -0500",
    body="""
    Hi Alex,

    Thank you for coming in for the onsite last week. It was a tough call, but we've decided to hire someone
    else whose background is closer to what the team needs right now.

    Please don't hesitate to apply again in the future.

    Noah Feldman
    VP Engineering, Kinetica Robotics
    """,
    company="Kinetica Robotics",
    contact="noah.feldman@kinetica.example",
    shape="gmail",
)

dev(
    name="g_rej_hiring_freeze_offer_cannot_proceed",
    kind="rejection",
    frm="Grace O'Neill <grace.oneill@bramblegate.example>",
    subject="Bramblegate update",
    date="Wed, 16 Dec 2026 09:45:00 +0000",
    body="""
    Dear Alex,

    I'm sorry to say that the company has announced a hiring freeze, and as a result we cannot proceed with
    your application for the Cloud Engineer role.

    With best wishes,
    Grace O'Neill
    Talent Acquisition, Bramblegate plc
    """,
    company="Bramblegate plc",
    role="Cloud Engineer",
    contact="grace.oneill@bramblegate.example",
)

dev(
    name="g_sched_raj_ccd_full_name_in_body",
    kind="interview_scheduled",
    frm="Emily Stone <emily.stone@harrowgate.example>",
    cc="Raj Kapoor <raj.kapoor@harrowgate.example>",
    subject="Interview next Monday",
    date="Wed, 09 Dec 2026 11:00:00 -0500",
    body="""
    Hi Alex,

    You're all set for Monday, December 14 at 11:30am ET. Raj Kapoor (cc'd), our Head of Data, will
    interview you along with Tom Becker from the analytics team.

    Best,
    Emily Stone
    Harrowgate Media
    """,
    company="Harrowgate Media",
    contact="emily.stone@harrowgate.example",
    interviewers=["raj.kapoor@harrowgate.example", "Tom Becker"],
    at=("2026-12-14 11:30", NY),
)

dev(
    name="g_sched_mailto_links_html",
    kind="interview_scheduled",
    frm="Recruiting <recruiting@pinewoodlabs.example>",
    subject="Pinewood Labs interview - December 17",
    date="Thu, 10 Dec 2026 10:00:00 -0500",
    html="""<html><body>
    <p>Hi Alex,</p>
    <p>Your interview is confirmed for <b>Thursday, December 17, 2026</b> at <b>2:00 PM ET</b>.</p>
    <p>You will meet <a href="mailto:olivia.hart@pinewoodlabs.example">Olivia Hart</a> and
    <a href="mailto:sean.murphy@pinewoodlabs.example">Sean Murphy</a>.</p>
    <p>Warmly,<br>Pinewood Labs Recruiting</p>
    </body></html>""",
    company="Pinewood Labs",
    contact="recruiting@pinewoodlabs.example",
    interviewers=["olivia.hart@pinewoodlabs.example", "sean.murphy@pinewoodlabs.example"],
    at=("2026-12-17 14:00", NY),
)

dev(
    name="g_cancl_interview_is_off_position_filled",
    kind="interview_cancelled",
    frm="Arjun Shah <arjun.shah@brightpath.example>",
    subject="Re: Interview Thursday",
    date="Tue, 15 Dec 2026 16:00:00 -0500",
    body="""
    Hi Alex,

    Please disregard Thursday's interview invite - we've cancelled it on our side. I'll follow up once we
    know how we want to proceed with the search.

    Arjun Shah
    BrightPath Learning
    """,
    company="BrightPath Learning",
    contact="arjun.shah@brightpath.example",
    interviewers=[],
)

dev(
    name="g_resch_calendar_update_with_new_panelist",
    kind="interview_rescheduled",
    frm="Calendar <calendar-notification@google.com>",
    reply_to="Zoe Park <zoe.park@lumenfield.example>",
    subject="Updated invitation with note: Lumenfield interview @ Wed Dec 16, 2026 9am - 10am (PST)",
    date="Fri, 11 Dec 2026 16:00:00 -0800",
    body="""
    Zoe Park has updated this event with a note: "Moved to Wednesday morning, hope that works!"

    Lumenfield interview
    Wed Dec 16, 2026 9am - 10am Pacific Time - Los Angeles
    """,
    ics=ics(
        "REQUEST",
        "lumenfield-77@google.com",
        "20261216T090000",
        "20261216T100000",
        tzid="America/Los_Angeles",
        seq=1,
        summary="Lumenfield interview",
        organizer=("Zoe Park", "zoe.park@lumenfield.example"),
        attendees=[
            ("Zoe Park", "zoe.park@lumenfield.example", "ACCEPTED"),
            ("Ken Watanabe", "ken.watanabe@lumenfield.example", "ACCEPTED"),
            ME,
        ],
    ),
    company="Lumenfield",
    contact="zoe.park@lumenfield.example",
    interviewers=["zoe.park@lumenfield.example", "ken.watanabe@lumenfield.example"],
    at=("2026-12-16 09:00", LA),
)

dev(
    name="g_none_assessment_platform_practice",
    kind="none",
    frm="CodePractice <team@codepractice.example>",
    subject="Your practice interview is tomorrow",
    date="Mon, 14 Dec 2026 18:00:00 -0500",
    body="""
    Hi Alex,

    Reminder: your peer practice interview is tomorrow, December 15 at 8pm ET. You'll be paired with another
    member to take turns as interviewer and candidate.

    Happy practicing!
    CodePractice
    """,
)

dev(
    name="g_none_booking_cal_link_after_application",
    kind="none",
    frm="Tess Moreau <tess@quietharbor.example>",
    subject="Thanks for applying - let's talk",
    date="Tue, 15 Dec 2026 10:00:00 -0500",
    body="""
    Hi Alex,

    Thanks for applying for the Customer Success Manager role at Quiet Harbor. I'd love to set up a short intro
    call - grab any time that suits you on my calendar: https://cal.com/tess-quietharbor/intro

    Tess Moreau
    Head of People, Quiet Harbor
    """,
    booking_requested=True,
)
