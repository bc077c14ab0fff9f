"""More application receipts and the many ways to say no, from ATS robots and from people."""

from __future__ import annotations

from common import case

# ============================================================================ application_received
case(
    name="lever_thanks_for_applying_html",
    kind="application_received",
    frm="Fathom Robotics <no-reply@hire.lever.co>",
    subject="Thank you for your application to Fathom Robotics",
    date="Tue, 17 Nov 2026 21:04:00 +0000",
    html="""<html><body><div style="max-width:560px;font-family:Helvetica">
<p>Hi Alex,</p>
<p>Thank you for your interest in Fathom Robotics! We wanted to let you know we received your application for <b>Controls Engineer</b>, and we are delighted that you would consider joining our team.</p>
<p>Our team will review your application and will be in touch if your qualifications match our needs for the role.</p>
<p>Best,<br>The Fathom Robotics Team</p>
</div></body></html>""",
    company="Fathom Robotics", role="Controls Engineer",
)

case(
    name="smartrecruiters_application_confirmation",
    kind="application_received",
    shape="gmail",
    frm="Helix Foods <noreply@smartrecruiters.com>",
    subject="Helix Foods - Application Confirmation",
    date="Thu, 19 Nov 2026 15:30:00 +0000",
    body="""
    Dear Alex,

    Thank you for applying for the Supply Chain Analyst position at Helix Foods. We've successfully received your application.

    What happens next? Our recruiting team reviews every application. If your profile matches the requirements, we'll contact you to schedule an interview.

    Best regards,
    Helix Foods Talent Acquisition
    """,
    company="Helix Foods", role="Supply Chain Analyst",
)

case(
    name="ashby_application_received_reply_to_person",
    kind="application_received",
    frm="Quillmate <no-reply@ashbyhq.com>",
    reply_to="Owen Fitzgerald <owen@quillmate.example>",
    subject="Thanks for applying to Quillmate!",
    date="Fri, 20 Nov 2026 02:12:00 +0000",
    body="""
    Hi Alex,

    Thanks for applying for the Staff Software Engineer role at Quillmate. I'm Owen, and I'll be your point of contact through the process. We'll review your application within a week.

    Owen Fitzgerald
    Recruiting, Quillmate
    """,
    company="Quillmate", role="Staff Software Engineer", contact="owen@quillmate.example",
)

case(
    name="workable_application_received_outlook_fwd",
    kind="application_received",
    shape="outlook",
    frm="Cobalt Freight <noreply@candidates.workablemail.com>",
    subject="Cobalt Freight - We received your application",
    date="Sat, 21 Nov 2026 10:00:00 +0000",
    body="""
    Hi Alex,

    Thanks for applying for the Operations Analyst role at Cobalt Freight. This is an automated confirmation that we have your application.

    We'll be in touch soon.

    Cobalt Freight Hiring Team
    """,
    company="Cobalt Freight", role="Operations Analyst",
)

case(
    name="icims_application_submitted_rfc822",
    kind="application_received",
    shape="rfc822",
    frm="Bluewater Logistics <bluewaterlogistics@talent.icims.com>",
    subject="Bluewater Logistics: Application Received - Transportation Planner",
    date="Mon, 16 Nov 2026 18:44:00 -0500",
    body="""
    Dear Alex Morgan,

    Thank you for submitting your application for the Transportation Planner position (Req ID 2026-4471). Your application has been successfully submitted and will be reviewed by our Talent Acquisition team.

    You can track the status of your application by logging into the Bluewater Logistics career portal.

    Sincerely,
    Bluewater Logistics Talent Acquisition
    """,
    company="Bluewater Logistics", role="Transportation Planner",
)

case(
    name="indeed_application_submitted",
    kind="application_received",
    frm="Indeed Apply <indeedapply@indeed.com>",
    subject="Application submitted: Project Architect at Cedar & Stone Architects",
    date="Wed, 25 Nov 2026 13:20:00 +0000",
    html="""<html><body>
<p>Alex, your application has been submitted.</p>
<table><tr><td><b>Project Architect</b></td></tr><tr><td>Cedar &amp; Stone Architects - Boston, MA</td></tr></table>
<p>The employer may contact you by email or phone. Good luck!</p>
<p style="font-size:10px">&copy; 2026 Indeed - Do not reply to this message.</p>
</body></html>""",
    company="Cedar & Stone Architects", role="Project Architect",
)

case(
    name="human_recruiter_confirms_receipt",
    kind="application_received",
    frm="Harper Quinn <harper.quinn@meadowlark-health.example>",
    subject="Re: Application - Clinical Data Manager",
    date="Wed, 25 Nov 2026 10:05:00 -0600",
    body="""
    Hi Alex,

    Thanks for sending your resume over - I've received it and passed it to the hiring team for the Clinical Data Manager role. I'll get back to you by the end of next week either way.

    Harper Quinn
    Senior Recruiter, Meadowlark Health
    """,
    company="Meadowlark Health", role="Clinical Data Manager", contact="harper.quinn@meadowlark-health.example",
)

case(
    name="french_accuse_reception_candidature",
    kind="application_received",
    shape="outlook_fr",
    frm="Vertigo Studio <jobs@vertigo-studio.example>",
    subject="Accusé de réception de votre candidature",
    date="Thu, 19 Nov 2026 09:00:00 +0100",
    body="""
    Bonjour Alex,

    Nous avons bien reçu votre candidature au poste de Développeur front-end et nous vous en remercions. Notre équipe l'étudie avec attention et reviendra vers vous sous quinze jours.

    L'équipe recrutement de Vertigo Studio
    """,
    company="Vertigo Studio", role="Développeur front-end", contact="jobs@vertigo-studio.example",
)

case(
    name="bamboohr_application_thank_you",
    kind="application_received",
    frm="Tallgrass <notifications@app.bamboohr.com>",
    subject="Thanks for applying to Tallgrass",
    date="Tue, 24 Nov 2026 16:00:00 +0000",
    body="""
    Hi Alex,

    Thank you for applying for the Platform Engineer position at Tallgrass. We have received your application and our hiring team will review it.

    Thanks,
    Tallgrass
    """,
    company="Tallgrass", role="Platform Engineer",
)

# ============================================================================ rejection
case(
    name="not_moving_forward_after_interview_greenhouse",
    kind="rejection",
    shape="gmail",
    frm="Acme Robotics <no-reply@us.greenhouse-mail.io>",
    reply_to="Sam Lee <sam.lee@acme-robotics.example>",
    subject="Update on your Acme Robotics application",
    date="Fri, 18 Dec 2026 18:00:00 +0000",
    body="""
    Hi Alex,

    Thank you for taking the time to interview with us for the Senior Backend Engineer role. Everyone enjoyed meeting you.

    Unfortunately, we will not be moving forward with your candidacy at this time. We know this isn't the news you were hoping for.

    We wish you the very best,
    Sam Lee
    Acme Robotics
    """,
    company="Acme Robotics", role="Senior Backend Engineer", contact="sam.lee@acme-robotics.example",
)

case(
    name="role_closed_no_longer_hiring",
    kind="rejection",
    frm="Pinecrest AI Recruiting <no-reply@hire.lever.co>",
    reply_to="ivy.chen@pinecrest-ai.example",
    subject="ML Platform Engineer at Pinecrest AI",
    date="Mon, 14 Dec 2026 20:00:00 +0000",
    body="""
    Hi Alex,

    We wanted to let you know that the ML Platform Engineer role has been closed and we are no longer hiring for this position. As a result, we won't be continuing with your application.

    Thank you for your interest in Pinecrest AI.

    Ivy Chen
    Pinecrest AI Recruiting
    """,
    company="Pinecrest AI", role="ML Platform Engineer", contact="ivy.chen@pinecrest-ai.example",
)

case(
    name="not_selected_for_interview_workday",
    kind="rejection",
    frm="Meridian Health Partners <meridianhealth@myworkday.com>",
    subject="Regarding your application for Senior Financial Analyst",
    date="Thu, 03 Dec 2026 12:00:00 +0000",
    body="""
    Dear Alex,

    Thank you for your interest in the Senior Financial Analyst position with Meridian Health Partners. After reviewing your qualifications, you have not been selected to move forward to the interview stage for this position.

    We encourage you to continue to explore opportunities on our careers site.

    Meridian Health Partners Talent Acquisition
    """,
    company="Meridian Health Partners", role="Senior Financial Analyst",
)

case(
    name="offered_position_to_someone_else_human",
    kind="rejection",
    shape="thunderbird",
    frm="Kim Nakamura <kim.nakamura@harbinger-media.example>",
    subject="Audience Data Lead",
    date="Wed, 13 Jan 2027 09:30:00 -0800",
    body="""
    Hi Alex,

    I wanted to close the loop personally. We've offered the Audience Data Lead position to an internal candidate, and she has accepted. I enjoyed our conversation and would be happy to keep in touch for future openings.

    Kim
    Harbinger Media
    """,
    company="Harbinger Media", role="Audience Data Lead", contact="kim.nakamura@harbinger-media.example",
)

case(
    name="decided_not_to_proceed_short_human",
    kind="rejection",
    frm="Oliver Grant <oliver.grant@fenwick-partners.example>",
    subject="Re: Friday",
    date="Wed, 09 Dec 2026 17:00:00 +0000",
    body="""
    Hi Alex, thanks again for coming in on Friday. After a lot of discussion we've decided not to proceed - the team felt the role needs more front-end depth. Best of luck with the search.

    Oliver
    Fenwick Partners
    """,
    company="Fenwick Partners", contact="oliver.grant@fenwick-partners.example",
)

case(
    name="german_absage_anderer_kandidat",
    kind="rejection",
    shape="gmail_de",
    frm="Alpenglow Software AG <noreply@teamtailor.com>",
    reply_to="Lena Huber <lena.huber@alpenglow.example>",
    subject="Ihre Bewerbung als Backend Engineer",
    date="Mon, 11 Jan 2027 10:00:00 +0100",
    body="""
    Hallo Alex,

    vielen Dank für Ihr Interesse an Alpenglow Software AG und die Zeit, die Sie in den Bewerbungsprozess investiert haben.

    Nach sorgfältiger Prüfung haben wir uns für eine andere Kandidatin entschieden, deren Profil noch besser zu den Anforderungen passt.

    Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

    Viele Grüße
    Lena Huber
    Alpenglow Software AG
    """,
    company="Alpenglow Software AG", role="Backend Engineer", contact="lena.huber@alpenglow.example",
)

case(
    name="keep_resume_on_file_soft_no",
    kind="rejection",
    frm="Helix Foods <noreply@smartrecruiters.com>",
    subject="Your application at Helix Foods",
    date="Fri, 11 Dec 2026 14:00:00 +0000",
    body="""
    Dear Alex,

    Thank you for your interest in Helix Foods. We have carefully reviewed your background and, while your experience is impressive, we have identified candidates whose qualifications better meet our needs for the Supply Chain Analyst position at this time.

    We will keep your resume on file and may contact you should a suitable opening arise.

    Sincerely,
    Helix Foods Talent Acquisition
    """,
    company="Helix Foods", role="Supply Chain Analyst",
)

case(
    name="moved_to_final_stage_others_html_status",
    kind="rejection",
    frm="Orbitpay Careers <notifications@app.jazz.co>",
    subject="Your application status has been updated",
    date="Tue, 08 Dec 2026 20:45:00 +0000",
    html="""<html><body>
<p>Hi Alex,</p>
<p>The status of your application for <b>Backend Engineer, Payments</b> at <b>Orbitpay</b> has changed.</p>
<table border="1" cellpadding="6"><tr><th>Previous status</th><th>New status</th></tr>
<tr><td>Under Review</td><td>Not Selected</td></tr></table>
<p>Thank you for your interest in Orbitpay.</p>
</body></html>""",
    company="Orbitpay", role="Backend Engineer, Payments",
)

case(
    name="dutch_afwijzing",
    kind="rejection",
    frm="Femke de Vries <femke.devries@tulpdata.example>",
    subject="Uw sollicitatie bij TulpData",
    date="Thu, 10 Dec 2026 11:00:00 +0100",
    body="""
    Beste Alex,

    Hartelijk dank voor uw sollicitatie op de functie Data Engineer en het prettige gesprek. Helaas moeten wij u meedelen dat wij hebben gekozen voor een andere kandidaat.

    Wij wensen u veel succes met uw verdere zoektocht.

    Met vriendelijke groet,
    Femke de Vries
    Recruiter, TulpData B.V.
    """,
    company="TulpData B.V.", role="Data Engineer", contact="femke.devries@tulpdata.example",
)

case(
    name="hiring_freeze_rejection_rfc822",
    kind="rejection",
    shape="rfc822",
    frm="Derek Holm <derek.holm@bluefin-analytics.example>",
    subject="Bluefin Analytics - Data Engineer",
    date="Thu, 17 Dec 2026 10:00:00 -0500",
    body="""
    Hi Alex,

    I'm sorry to share that Bluefin has put all hiring on hold for the next two quarters, so we have to end the process for the Data Engineer role. This has nothing to do with your performance - the panel rated you highly.

    If things change, you'll be my first call.

    Derek Holm
    Talent Acquisition, Bluefin Analytics
    """,
    company="Bluefin Analytics", role="Data Engineer", contact="derek.holm@bluefin-analytics.example",
)

case(
    name="more_closely_aligned_candidates_double_fwd",
    kind="rejection",
    shape="double",
    frm="Theo Lambert <theo.lambert@cedarstone.example>",
    to="Jordan Blake <jordan.blake@mail.example>",
    subject="RE: Alex Morgan referral",
    date="Fri, 15 Jan 2027 13:00:00 -0500",
    body="""
    Jordan,

    Thank you for referring Alex. After the panel interview we've decided to move forward with candidates whose experience more closely aligns with the Project Architect role. Please thank Alex for us.

    Theo Lambert
    Office Manager, Cedar & Stone Architects
    """,
    company="Cedar & Stone Architects", role="Project Architect", contact="theo.lambert@cedarstone.example",
)
