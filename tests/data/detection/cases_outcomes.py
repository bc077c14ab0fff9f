"""Applications received, the many ways to say no, and offers: own writing."""

from __future__ import annotations

from common import case

# ============================================================================ application_received
case(
    name="greenhouse_thanks_for_applying_company_in_body",
    kind="application_received",
    frm="no-reply@us.greenhouse-mail.io",
    subject="Thank you for applying to Lumen Bio",
    date="Mon, 23 Nov 2026 18:40:12 +0000",
    body="""
    Hi Alex,

    Thanks for applying to Lumen Bio! Your application for the Senior Data Engineer role has been received and our team will review it shortly.

    If your experience is a match, a member of our recruiting team will be in touch.

    Regards,
    Lumen Bio Talent Team
    """,
    company="Lumen Bio", role="Senior Data Engineer",
)

case(
    name="workday_application_wayne_enterprises_outlook_fwd",
    kind="application_received",
    shape="outlook",
    frm="Wayne Enterprises <wayneenterprises@myworkday.com>",
    subject="Thank you for your application - Security Analyst (R-10442)",
    date="Tue, 24 Nov 2026 03:11:00 +0000",
    body="""
    Dear Alex,

    Thank you for your interest in Wayne Enterprises. We have received your application for the Security Analyst position (Job Requisition R-10442).

    You can review the status of your application at any time by signing in to your candidate home account:
    https://wayne.wd5.myworkdayjobs.com/External/userHome

    Best regards,
    Wayne Enterprises Talent Acquisition

    This mailbox is not monitored.
    """,
    company="Wayne Enterprises", role="Security Analyst",
)

case(
    name="linkedin_easy_apply_sent",
    kind="application_received",
    frm="LinkedIn <jobs-noreply@linkedin.com>",
    subject="Alex, your application was sent to Kestrel Works",
    date="Wed, 25 Nov 2026 14:55:02 +0000",
    html="""<html><body><table><tr><td>
<h2>Your application was sent to Kestrel Works</h2>
<p><b>Platform Engineer</b><br>Kestrel Works &middot; Boston, MA (Hybrid)</p>
<p>Applied on November 25, 2026</p>
<p><a href="https://www.linkedin.com/jobs/view/4012345678">View job</a></p>
<p style="font-size:11px;color:#666">This email was intended for Alex Morgan. You are receiving LinkedIn notification emails.</p>
</td></tr></table></body></html>""",
    company="Kestrel Works", role="Platform Engineer",
)

case(
    name="personio_eingangsbestaetigung_german",
    kind="application_received",
    frm="Nordlicht Energie GmbH <noreply@personio.de>",
    subject="Ihre Bewerbung bei Nordlicht Energie GmbH",
    date="Fri, 20 Nov 2026 10:02:00 +0100",
    body="""
    Hallo Alex Morgan,

    vielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d) und Ihr Interesse an der Nordlicht Energie GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

    Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen.

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Nordlicht Energie GmbH
    """,
    company="Nordlicht Energie GmbH", role="Softwareentwickler (m/w/d)",
)

# ============================================================================ rejection
case(
    name="pursue_other_candidates_lever",
    kind="rejection",
    frm="Quillmate <no-reply@hire.lever.co>",
    reply_to="owen@quillmate.example",
    subject="Your application to Quillmate",
    date="Mon, 07 Dec 2026 17:03:00 +0000",
    body="""
    Hi Alex,

    Thank you for your interest in the Staff Software Engineer position at Quillmate and for the time you spent with our team.

    After much deliberation, we have decided to pursue other candidates whose experience more closely matches our current needs. This was a difficult decision given the strength of the applicant pool.

    We'd love to stay in touch as new roles open up.

    Best,
    Owen Fitzgerald
    Quillmate Recruiting
    """,
    company="Quillmate", role="Staff Software Engineer", contact="owen@quillmate.example",
)

case(
    name="position_filled_human_short_apple",
    kind="rejection",
    shape="apple",
    frm="Liam O'Connor <liam.oconnor@bondianalytics.example>",
    subject="Re: Bondi Analytics - next steps",
    date="Thu, 10 Dec 2026 09:40:00 +1100",
    body="""
    Hi Alex,

    Thanks for your patience. I wanted to let you know the position has now been filled, so we won't be progressing your application further. Grace enjoyed speaking with you and we'll keep your details on file.

    All the best,
    Liam
    People & Culture | Bondi Analytics
    """,
    company="Bondi Analytics", contact="liam.oconnor@bondianalytics.example",
)

case(
    name="different_direction_hiring_manager",
    kind="rejection",
    frm="Emma Lind <emma.lind@kestrelworks.example>",
    subject="Kestrel Works - update",
    date="Mon, 14 Dec 2026 16:20:00 -0500",
    body="""
    Hi Alex,

    Thanks again for spending the afternoon with Raj and me last week. I wanted to reach out personally: we've decided to go in a different direction for this role, prioritizing someone with deeper Kubernetes operator experience.

    I genuinely enjoyed our conversations and would be glad to be a reference point if you need one.

    Emma
    Engineering Manager, Kestrel Works
    """,
    company="Kestrel Works", contact="emma.lind@kestrelworks.example",
)

case(
    name="extended_offer_to_another_candidate",
    kind="rejection",
    shape="outlook",
    frm="Marcy Albright <malbright@prairielabs.example>",
    subject="QA Lead position",
    date="Fri, 18 Dec 2026 11:00:00 -0600",
    body="""
    Hello Alex,

    Thank you for interviewing with Prairie Labs for the QA Lead position. We enjoyed meeting you.

    We have extended an offer to another candidate, who has accepted. We appreciate your interest in Prairie Labs and wish you success in your search.

    Regards,
    Marcy Albright
    HR Manager | Prairie Labs
    """,
    company="Prairie Labs", role="QA Lead", contact="malbright@prairielabs.example",
)

case(
    name="search_put_on_hold_workable",
    kind="rejection",
    frm="Cobalt Freight <noreply@candidates.workablemail.com>",
    reply_to="Sofia Marquez <sofia.marquez@cobaltfreight.example>",
    subject="Operations Analyst at Cobalt Freight",
    date="Wed, 16 Dec 2026 15:10:00 +0000",
    body="""
    Dear Alex,

    We wanted to let you know that the Operations Analyst search has been put on hold indefinitely, and we will not be moving forward with any candidates at this time.

    Thank you for the time and interest you have shown in Cobalt Freight.

    Kind regards,
    Sofia Marquez
    Cobalt Freight
    """,
    company="Cobalt Freight", role="Operations Analyst", contact="sofia.marquez@cobaltfreight.example",
)

case(
    name="french_candidature_non_retenue",
    kind="rejection",
    shape="outlook_fr",
    frm="Claire Dubois <claire.dubois@atelier-lumiere.example>",
    subject="Votre candidature - Ingénieur logiciel",
    date="Tue, 08 Dec 2026 10:15:00 +0100",
    body="""
    Bonjour Alex,

    Nous vous remercions de l'intérêt que vous portez à Atelier Lumière et du temps consacré à nos échanges.

    Après étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour le poste d'Ingénieur logiciel.

    Nous vous souhaitons pleine réussite dans vos recherches.

    Bien cordialement,
    Claire Dubois
    Responsable recrutement - Atelier Lumière
    """,
    company="Atelier Lumière", role="Ingénieur logiciel", contact="claire.dubois@atelier-lumiere.example",
)

# ============================================================================ offer
case(
    name="offer_letter_attached_docusign",
    kind="offer",
    frm="Hannah Wu <hannah.wu@lumenbio.example>",
    subject="Offer - Senior Data Engineer, Lumen Bio",
    date="Fri, 18 Dec 2026 12:30:00 -0800",
    body="""
    Hi Alex,

    On behalf of everyone at Lumen Bio, I'm delighted to offer you the position of Senior Data Engineer! Your formal offer letter is on its way via DocuSign; please review and sign by Wednesday, December 23.

    Base salary: $182,000
    Start date: Monday, January 11, 2027

    Let me know if you have any questions at all.

    Hannah Wu
    Recruiting Coordinator, Lumen Bio
    """,
    company="Lumen Bio", role="Senior Data Engineer", contact="hannah.wu@lumenbio.example",
)

case(
    name="offer_call_time_named_stays_offer",
    kind="offer",
    shape="gmail",
    frm="Tessa Romero <tessa.romero@harborpoint.example>",
    subject="Great news from HarborPoint!",
    date="Wed, 16 Dec 2026 09:05:00 -0500",
    body="""
    Hi Alex,

    I have great news: the team would like to extend you an offer for the Backend Engineer role! I'd love to walk you through the details - are you free for a call on Thursday, December 17 at 2pm ET? I'll send the written offer right after.

    Congratulations!
    Tessa

    Tessa Romero | Technical Recruiter | HarborPoint
    """,
    company="HarborPoint", role="Backend Engineer", contact="tessa.romero@harborpoint.example",
)

case(
    name="welcome_to_the_team_note",
    kind="offer",
    frm="Ben Okafor <ben@tallgrass.example>",
    subject="Welcome aboard!",
    date="Mon, 21 Dec 2026 10:00:00 -0700",
    body="""
    Alex,

    So thrilled you'll be joining us at Tallgrass as our first platform engineer. Welcome to the team! Your start date of January 4 is locked in; Priya from ops will send laptop and onboarding details this week.

    Ben
    Co-founder, Tallgrass
    """,
    company="Tallgrass", contact="ben@tallgrass.example",
)

case(
    name="ats_status_changed_to_offer_extended_html",
    kind="offer",
    frm="Orbitpay Careers <notifications@app.jazz.co>",
    subject="Your application status has been updated",
    date="Tue, 15 Dec 2026 20:45:00 +0000",
    html="""<html><body>
<p>Hi Alex,</p>
<p>The status of your application for <b>Software Engineer II</b> at <b>Orbitpay</b> has changed.</p>
<table border="1" cellpadding="6"><tr><th>Previous status</th><th>New status</th></tr>
<tr><td>Final Interview</td><td>Offer Extended</td></tr></table>
<p>Grace Kim will contact you shortly with the details. You can reach her at <a href="mailto:grace.kim@orbitpay.example">grace.kim@orbitpay.example</a>.</p>
<p>Orbitpay Talent Team</p>
</body></html>""",
    company="Orbitpay", role="Software Engineer II", contact="grace.kim@orbitpay.example",
)
