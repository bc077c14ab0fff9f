"""Mail built around the wording that open-source applicant-tracking and HR systems ship.

Each case names its source (a key of SOURCES, listed with licence in tests/data/MANIFEST.md).
The template text is kept as the project wrote it; placeholders are filled with realistic
values (fictional people and companies) and the markup is what the template renders to.
"""

from __future__ import annotations

from common import ME, case, ics

SOURCES = {
    "odoo_hr_recruitment": "odoo/odoo addons/hr_recruitment/data/mail_template_data.xml @ 01978895eddb (LGPL-3.0)",
    "odoo_calendar": "odoo/odoo addons/calendar/data/mail_template_data.xml @ 00ce3720c6ca (LGPL-3.0)",
    "frappe_hrms_confirmation": "frappe/hrms hrms/hr/doctype/interview/interview_confirmation_template.html @ 8d21db265570 (GPL-3.0)",
    "frappe_hrms_reminder": "frappe/hrms hrms/hr/doctype/interview/interview_reminder_notification_template.html @ 31f13f009f23 (GPL-3.0)",
    "frappe_hrms_job_offer": "frappe/hrms hrms/hr/doctype/job_offer/job_offer_email_template.html @ 5461a795785d (GPL-3.0)",
    "opencats_schema": "opencats/OpenCATS db/cats_schema.sql @ 00af0d19b52b (MPL-2.0)",
    "calcom_locales": "calcom/cal.com apps/web/public/static/locales/en/common.json @ 0005fac9fa94 (AGPL-3.0)",
}

_MF_FROM = "Marlowe & Finch <notifications@marlowefinch.example>"
_MF_REPLY = "Marlowe & Finch <catchall@marlowefinch.example>"
_MF_SIG = """<div style="font-size: 11px; color: grey;">
-- <br/>
<strong>Julia Moreau</strong><br/>
Email: julia.moreau@marlowefinch.example<br/>
Phone: +32 2 555 01 77
</div>"""

# ---------------------------------------------------------------------------- Odoo hr_recruitment
case(
    name="odoo_applicant_refuse_not_selected",
    kind="rejection",
    source="odoo_hr_recruitment",
    frm=_MF_FROM,
    reply_to=_MF_REPLY,
    subject="Your Job Application: Experienced Developer",
    date="Tue, 08 Dec 2026 14:22:10 +0100",
    html=f"""<table border="0" cellpadding="0" cellspacing="0" width="590" style="min-width: 590px; background-color: white; padding: 0px 8px 0px 8px; border-collapse:separate;">
    <tr>
        <td valign="top">
            <div style="font-size: 13px; margin: 0px; padding: 0px;">
                Hello,<br/><br/>
                Thank you for your interest in joining the
                <b>Marlowe &amp; Finch</b> team.  We
                wanted to let you know that, although your resume is
                competitive, our hiring team reviewed your application
                and <b>did not select it for further consideration</b>.
                <br/><br/>
                Please note that recruiting is hard, and we can make
                mistakes. Do not hesitate to reply to this email if you
                think we made a mistake, or if you want more information
                about our decision.
                <br/><br/>
                We will, however, keep your resume on record and get in
                touch with you about future opportunities that may be a
                better fit for your skills and experience.
                <br/><br/>
                We wish you all the best in your job search and hope we
                will have the chance to consider you for another role
                in the future.
                <br/><br/>
                Thank you,
                {_MF_SIG}
            </div>
        </td>
    </tr>
</table>""",
    company="Marlowe & Finch", role="Experienced Developer", contact="julia.moreau@marlowefinch.example",
)

case(
    name="odoo_applicant_acknowledgement_your_contact",
    kind="application_received",
    source="odoo_hr_recruitment",
    shape="gmail",
    frm=_MF_FROM,
    reply_to=_MF_REPLY,
    subject="Your Job Application: Experienced Developer",
    date="Mon, 23 Nov 2026 09:02:44 +0100",
    html="""<table border="0" cellpadding="0" cellspacing="0" width="590" style="background-color: white; border-collapse: collapse; margin-left: 20px;">
    <tr>
        <td valign="top" style="padding: 0px 10px;">
            <div style="font-size: 13px; margin: 0px; padding: 0px;">
                Hello,
                <br/><br/>
                We confirm we successfully received your application for the job
                "<a href="https://www.marlowefinch.example/jobs/detail/experienced-developer-3" style="color:#9A6C8E;"><strong>Experienced Developer</strong></a>" at <strong>Marlowe &amp; Finch</strong>.
                <br/><br/>
                We will come back to you shortly.
                <hr width="97%" style="background-color: rgb(204,204,204); border: medium none; clear: both; display: block; font-size: 0px; min-height: 1px; line-height: 0; margin: 16px 0px 16px 0px;"/>
                <h3 style="color:#9A6C8E;"><strong>Your Contact:</strong></h3>
                <p>
                    <strong>Julia Moreau</strong><br/>
                    <span>Email: julia.moreau@marlowefinch.example</span><br/>
                    <span>Phone: +32 2 555 01 77</span>
                </p>
                <hr width="97%" style="background-color: rgb(204,204,204); border: medium none; clear: both; display: block; font-size: 0px; min-height: 1px; line-height: 0; margin: 16px 0px 16px 0px;"/>
                <h3 style="color:#9A6C8E;"><strong>What is the next step?</strong></h3>
                We usually <strong>answer applications within a few days.</strong><br/><br/>
                Feel free to <strong>contact us if you want a faster
                feedback</strong> or if you don't get news from us
                quickly enough (just reply to this email).
                <hr width="97%" style="background-color: rgb(204,204,204); border: medium none; clear: both; display: block; font-size: 0px; min-height: 1px; line-height: 0; margin: 17px 0px 16px 0px;"/>
                <strong>Marlowe &amp; Finch</strong><br/>
                Rue de la Loi 42<br/>
                Brussels,
                1040
                <br/>
                Belgium<br/>
                <br/>
            </div>
        </td>
    </tr>
</table>""",
    company="Marlowe & Finch", role="Experienced Developer", contact="julia.moreau@marlowefinch.example",
)

case(
    name="odoo_applicant_not_interested_anymore",
    kind="rejection",
    source="odoo_hr_recruitment",
    shape="outlook",
    frm=_MF_FROM,
    reply_to=_MF_REPLY,
    subject="Your Job Application: Marketing Analyst",
    date="Wed, 09 Dec 2026 16:40:00 +0100",
    html=f"""<table border="0" cellpadding="0" cellspacing="0" width="590" style="min-width: 590px; background-color: white; padding: 0px 8px 0px 8px; border-collapse:separate;">
    <tr>
        <td valign="top">
            <div style="font-size: 13px; margin: 0px; padding: 0px;">
                Dear,<br/><br/>
                We would like to thank you for your interest and your time.<br/>
                We wish you all the best in your future endeavors.
                <br/><br/>
                Best<br/>
                {_MF_SIG}
            </div>
        </td>
    </tr>
</table>""",
    company="Marlowe & Finch", role="Marketing Analyst", contact="julia.moreau@marlowefinch.example",
)

# ---------------------------------------------------------------------------- Odoo calendar
_ODOO_DAYBOX = """<td width="130px;" style="min-width: 130px;">
            <div style="font-size: 12px; text-align: center; font-weight: bold; color: #ffffff; background-color: #875A7B; border: 1px solid #875A7B;">
                {weekday}
            </div>
            <div style="font-size: 48px; min-height: auto; font-weight: bold; text-align: center; color: #5F5F5F; background-color: #F8F8F8; border: 1px solid #875A7B;">
                {day}
            </div>
            <div style='font-size: 12px; text-align: center; font-weight: bold; color: #ffffff; background-color: #875A7B;'>
                {month}
            </div>
            <div style="color: #5F5F5F; text-align: center; font-size: 12px; font-weight: bold; border: 1px solid #875A7B;">
                    <div>
                        {time}
                    </div>
                        <div style="font-size: 10px; font-weight: normal">
                            (Europe/Brussels)
                        </div>
            </div>
        </td>"""

_ODOO_DETAILS = """<td style="padding-top: 5px;">
            <p><strong>Details of the event</strong></p>
            <ul>
                    <li>Location: Marlowe &amp; Finch, Rue de la Loi 42, Brussels
                        (<a target="_blank" href="http://maps.google.com/maps?oi=map&amp;q=Rue de la Loi 42, Brussels">View Map</a>)
                    </li>
                    <li>Duration: 1H00</li>
                <li>Attendees
                <ul>
                    <li><div style="display: inline-block; border-radius: 50%; width: 10px; height: 10px; background:green;"> </div>
                            <span style="margin-left:5px">Julia Moreau</span></li>
                    <li><div style="display: inline-block; border-radius: 50%; width: 10px; height: 10px; background:grey;"> </div>
                            <span style="margin-left:5px">Karim Benali</span></li>
                    <li><div style="display: inline-block; border-radius: 50%; width: 10px; height: 10px; background:grey;"> </div>
                            <span style="margin-left:5px">You</span></li>
                </ul></li>
            </ul>
        </td>"""

_ODOO_BUTTONS = """<div style="text-align: center; padding: 16px 0px 16px 0px;">
        <a href="https://marlowefinch.example/calendar/meeting/accept?token=8f1c2e&amp;id=311" style="padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border: 1px solid #875A7B; border-radius: 3px">Accept</a>
        <a href="https://marlowefinch.example/calendar/meeting/decline?token=8f1c2e&amp;id=311" style="padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border: 1px solid #875A7B; border-radius: 3px">Decline</a>
        <a href="https://marlowefinch.example/calendar/meeting/view?token=8f1c2e&amp;id=311" style="padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border: 1px solid #875A7B; border-radius: 3px">View</a>
    </div>"""

_ODOO_ATTENDEES = [("Julia Moreau", "julia.moreau@marlowefinch.example", "ACCEPTED"), ("Karim Benali", "karim.benali@marlowefinch.example"), ME]

case(
    name="odoo_calendar_meeting_invitation_interview",
    kind="interview_scheduled",
    source="odoo_calendar",
    frm="Julia Moreau <julia.moreau@marlowefinch.example>",
    subject="Invitation to Interview: Experienced Developer - Alex Morgan",
    date="Wed, 02 Dec 2026 11:05:00 +0100",
    html=f"""<div>
    <p>
        Hello Alex Morgan,<br/><br/>
            Julia Moreau invited you for the <strong>Interview: Experienced Developer - Alex Morgan</strong> meeting.
    </p>
    {_ODOO_BUTTONS}
    <table border="0" cellpadding="0" cellspacing="0"><tr>
        {_ODOO_DAYBOX.format(weekday="Tuesday", day="15", month="December 2026", time="11:00 AM")}
        <td width="20px;"/>
        {_ODOO_DETAILS}
    </tr></table>
    <br/>
    Thank you,
        <br />
        --<br/>Julia Moreau<br/>Talent Acquisition, Marlowe &amp; Finch
</div>""",
    ics=ics("REQUEST", "311-marlowefinch-calendar", "20261215T100000", "20261215T110000", utc=True,
            prodid="-//Odoo//NONSGML Odoo//EN", summary="Interview: Experienced Developer - Alex Morgan",
            organizer=("Julia Moreau", "julia.moreau@marlowefinch.example"), attendees=_ODOO_ATTENDEES,
            location="Marlowe & Finch, Rue de la Loi 42, Brussels"),
    company="Marlowe & Finch", role="Experienced Developer", contact="julia.moreau@marlowefinch.example",
    interviewers=["julia.moreau@marlowefinch.example", "karim.benali@marlowefinch.example"],
    at=("2026-12-15 11:00", "Europe/Brussels"),
)

case(
    name="odoo_calendar_date_updated_interview",
    kind="interview_rescheduled",
    source="odoo_calendar",
    shape="apple",
    frm="Julia Moreau <julia.moreau@marlowefinch.example>",
    subject="Interview: Experienced Developer - Alex Morgan: Date updated",
    date="Fri, 11 Dec 2026 08:47:00 +0100",
    html=f"""<div>
    <p>
        Hello Alex Morgan,<br/><br/>
            The date of the meeting has been updated.
            The meeting <strong>Interview: Experienced Developer - Alex Morgan</strong> created by Julia Moreau is now scheduled for
            12/17/2026 at (14:00:00 To 15:00:00) (Europe/Brussels).
    </p>
    {_ODOO_BUTTONS}
    <table border="0" cellpadding="0" cellspacing="0"><tr>
        {_ODOO_DAYBOX.format(weekday="Thursday", day="17", month="December 2026", time="2:00 PM")}
        <td width="20px;"/>
        {_ODOO_DETAILS}
    </tr></table>
    <br/>
    Thank you,
</div>""",
    ics=ics("REQUEST", "311-marlowefinch-calendar", "20261217T130000", "20261217T140000", utc=True, seq=1,
            prodid="-//Odoo//NONSGML Odoo//EN", summary="Interview: Experienced Developer - Alex Morgan",
            organizer=("Julia Moreau", "julia.moreau@marlowefinch.example"), attendees=_ODOO_ATTENDEES,
            location="Marlowe & Finch, Rue de la Loi 42, Brussels"),
    company="Marlowe & Finch", role="Experienced Developer", contact="julia.moreau@marlowefinch.example",
    interviewers=["julia.moreau@marlowefinch.example", "karim.benali@marlowefinch.example"],
    at=("2026-12-17 14:00", "Europe/Brussels"),
)

# ---------------------------------------------------------------------------- Frappe HRMS
case(
    name="frappe_hrms_interview_confirmation_table",
    kind="interview_scheduled",
    source="frappe_hrms_confirmation",
    frm="Greenleaf Organics HR <hr@greenleaf-organics.example>",
    subject="Interview: HR-INT-2026-00042",
    date="Thu, 03 Dec 2026 17:20:00 +0530",
    html="""<p>Your interview has been scheduled. Please find the details below.</p>

<table class="table table-bordered small" style="max-width: 500px;">
	<tr>
		<td>Candidate</td>
		<td><b>Alex Morgan</b></td>
	</tr>
	<tr>
		<td>Job Opening</td>
		<td><b>Data Analyst</b></td>
	</tr>
	<tr>
		<td>Interview Type</td>
		<td><b>Technical</b></td>
	</tr>
	<tr>
		<td>Date</td>
		<td><b>15-12-2026</b></td>
	</tr>
	<tr>
		<td>Time</td>
		<td><b>10:00:00 – 11:00:00</b></td>
	</tr>
	<tr>
		<td>Company</td>
		<td><b>Greenleaf Organics Pvt Ltd</b></td>
	</tr>
	<tr>
		<td>Address</td>
		<td>12 MG Road, Bengaluru 560001, India</td>
	</tr>
</table>

<p>Please reach out if you have any questions or need to make any changes.</p>
""",
    company="Greenleaf Organics Pvt Ltd", role="Data Analyst", contact="hr@greenleaf-organics.example",
    at=("2026-12-15 10:00", "Asia/Kolkata"),
)

case(
    name="frappe_hrms_interview_reminder_gmail_fwd",
    kind="interview_scheduled",
    source="frappe_hrms_reminder",
    shape="gmail",
    frm="Greenleaf Organics HR <hr@greenleaf-organics.example>",
    subject="Interview Reminder",
    date="Mon, 14 Dec 2026 10:00:00 +0530",
    html="""<p>This is a reminder about your <b>Technical</b> interview scheduled on <b>15-12-2026</b> at <b>10:00:00 to 11:00:00</b> at <b>Greenleaf Organics Pvt Ltd</b>.</p>

<p>Please make sure you are prepared and reach out if anything comes up before then.</p>
""",
    company="Greenleaf Organics Pvt Ltd", contact="hr@greenleaf-organics.example",
    at=("2026-12-15 10:00", "Asia/Kolkata"),
)

# ---------------------------------------------------------------------------- OpenCATS
_CATS_FROM = "Pinnacle Staffing Group <jobs@pinnaclestaffing.example>"

case(
    name="opencats_career_portal_application_received",
    kind="application_received",
    source="opencats_schema",
    frm=_CATS_FROM,
    subject="Candidate Application Received",
    date="Wed, 25 Nov 2026 15:16:00 -0600",
    body="""
    * This is an auto-generated message. Please do not reply. *
    11-25-26 (03:16 PM)

    Dear Alex Morgan,

    Thank you for applying to the Java Developer position with our online career portal! Your application has been entered into our system and someone will review it shortly.

    --
    Pinnacle Staffing Group
    """,
    company="Pinnacle Staffing Group", role="Java Developer",
)

case(
    name="opencats_status_changed_to_offered",
    kind="offer",
    source="opencats_schema",
    shape="outlook",
    frm=_CATS_FROM,
    subject="Status Changed: Java Developer",
    date="Mon, 14 Dec 2026 09:41:00 -0600",
    html="""* Auto generated message. Please DO NOT reply *<br />
12-14-26 (09:41 AM)<br />
<br />
Dear Alex Morgan,<br />
<br />
This E-Mail is a notification that your status in our database has been changed for the position Java Developer (Harbor Freightways Inc.).<br />
<br />
Your previous status was <B>Interviewing</B>.<br />
Your new status is <B>Offered</B>.<br />
<br />
Take care,<br />
Dana Kowalski<br />
Pinnacle Staffing Group""",
    company="Harbor Freightways Inc.", role="Java Developer",
)

case(
    name="opencats_status_changed_not_in_consideration",
    kind="rejection",
    source="opencats_schema",
    frm=_CATS_FROM,
    subject="Status Changed: Business Analyst",
    date="Thu, 10 Dec 2026 13:05:00 -0600",
    html="""* Auto generated message. Please DO NOT reply *<br />
12-10-26 (01:05 PM)<br />
<br />
Dear Alex Morgan,<br />
<br />
This E-Mail is a notification that your status in our database has been changed for the position Business Analyst (Lakeshore Mutual Insurance).<br />
<br />
Your previous status was <B>Submitted</B>.<br />
Your new status is <B>Not in Consideration</B>.<br />
<br />
Take care,<br />
Dana Kowalski<br />
Pinnacle Staffing Group""",
    company="Lakeshore Mutual Insurance", role="Business Analyst",
)

case(
    name="opencats_status_changed_client_declined",
    kind="rejection",
    source="opencats_schema",
    shape="gmail",
    frm=_CATS_FROM,
    subject="Status Changed: Data Warehouse Developer",
    date="Tue, 15 Dec 2026 10:12:00 -0600",
    html="""* Auto generated message. Please DO NOT reply *<br />
12-15-26 (10:12 AM)<br />
<br />
Dear Alex Morgan,<br />
<br />
This E-Mail is a notification that your status in our database has been changed for the position Data Warehouse Developer (Summit Ridge Credit Union).<br />
<br />
Your previous status was <B>Interviewing</B>.<br />
Your new status is <B>Client Declined</B>.<br />
<br />
Take care,<br />
Dana Kowalski<br />
Pinnacle Staffing Group""",
    company="Summit Ridge Credit Union", role="Data Warehouse Developer",
)

# ---------------------------------------------------------------------------- Frappe HRMS job offer
case(
    name="frappe_hrms_job_offer_table",
    kind="offer",
    source="frappe_hrms_job_offer",
    frm="Greenleaf Organics HR <hr@greenleaf-organics.example>",
    subject="Job Offer: HR-OFF-2026-00017",
    date="Mon, 21 Dec 2026 11:30:00 +0530",
    html="""<p>Dear Alex Morgan,</p>

<p>
	We are pleased to extend this offer of employment. Please find the details below.
</p>

<table class="table table-bordered small" style="max-width: 500px;">
	<tr>
		<td>Designation</td>
		<td><b>Data Analyst</b></td>
	</tr>
	<tr>
		<td>Company</td>
		<td><b>Greenleaf Organics Pvt Ltd</b></td>
	</tr>
	<tr>
		<td>Offer Date</td>
		<td><b>21-12-2026</b></td>
	</tr>
</table>

<p>Please reach out if you have any questions.</p>
""",
    company="Greenleaf Organics Pvt Ltd", role="Data Analyst", contact="hr@greenleaf-organics.example",
)

# ---------------------------------------------------------------------------- Cal.com
# Strings from apps/web/public/static/locales/en/common.json; the booking mails show What / When /
# Who / Where blocks and carry an ICS. {{name}} is the team name for a team event type.
_CAL_FROM = "Emma Lind <notifications@cal.com>"
_CAL_REPLY = "emma.lind@kestrelworks.example"
_CAL_WHO = """Who
    Emma Lind - Organizer
    emma.lind@kestrelworks.example
    Raj Patel
    raj.patel@kestrelworks.example
    Alex Morgan
    alex.morgan@mail.example"""
_CAL_ATTENDEES = [("Raj Patel", "raj.patel@kestrelworks.example", "ACCEPTED"), ME]

case(
    name="calcom_team_event_confirmed",
    kind="interview_scheduled",
    source="calcom_locales",
    frm=_CAL_FROM,
    reply_to=_CAL_REPLY,
    subject="Confirmed: Technical Interview with Kestrel Works at 2:00pm - 3:00pm, Tuesday, December 15, 2026",
    date="Wed, 09 Dec 2026 15:12:00 +0000",
    body=f"""
    Your event has been scheduled
    We emailed you and the other attendees a calendar invitation with all the details.

    What
    Technical Interview between Kestrel Works and Alex Morgan

    When
    Tuesday, December 15, 2026 | 2:00pm - 3:00pm (America/New_York)

    {_CAL_WHO}

    Where
    Cal Video
    https://app.cal.com/video/kw-9f1c

    Need to make a change? Reschedule or Cancel
    """,
    ics=ics("REQUEST", "cal-kw-9f1c@cal.com", "20261215T190000", "20261215T200000", utc=True, prodid="-//cal.com//NONSGML cal.com//EN",
            summary="Technical Interview between Kestrel Works and Alex Morgan", organizer=("Emma Lind", "emma.lind@kestrelworks.example"),
            attendees=_CAL_ATTENDEES),
    company="Kestrel Works", contact="emma.lind@kestrelworks.example",
    interviewers=["emma.lind@kestrelworks.example", "raj.patel@kestrelworks.example"],
    at=("2026-12-15 14:00", "America/New_York"),
)

case(
    name="calcom_event_rescheduled",
    kind="interview_rescheduled",
    source="calcom_locales",
    shape="gmail",
    frm=_CAL_FROM,
    reply_to=_CAL_REPLY,
    subject="Your Technical Interview with Kestrel Works has been rescheduled to 11:00am - 12:00pm, Thursday, December 17, 2026.",
    date="Fri, 11 Dec 2026 18:40:00 +0000",
    body=f"""
    Updated - Your event has been rescheduled
    We emailed you and the other attendees a calendar invitation with all the details.

    What
    Technical Interview between Kestrel Works and Alex Morgan

    When
    Thursday, December 17, 2026 | 11:00am - 12:00pm (America/New_York)

    {_CAL_WHO}

    Need to make a change? Reschedule or Cancel
    """,
    ics=ics("REQUEST", "cal-kw-9f1c@cal.com", "20261217T160000", "20261217T170000", utc=True, seq=1, prodid="-//cal.com//NONSGML cal.com//EN",
            summary="Technical Interview between Kestrel Works and Alex Morgan", organizer=("Emma Lind", "emma.lind@kestrelworks.example"),
            attendees=_CAL_ATTENDEES),
    company="Kestrel Works", contact="emma.lind@kestrelworks.example",
    interviewers=["emma.lind@kestrelworks.example", "raj.patel@kestrelworks.example"],
    at=("2026-12-17 11:00", "America/New_York"),
)

case(
    name="calcom_event_cancelled_with_reason",
    kind="interview_cancelled",
    source="calcom_locales",
    frm=_CAL_FROM,
    reply_to=_CAL_REPLY,
    subject="Cancelled: Technical Interview with Kestrel Works at 11:00am - 12:00pm, Thursday, December 17, 2026",
    date="Tue, 15 Dec 2026 13:05:00 +0000",
    body=f"""
    Your scheduled event was cancelled

    Reason for cancellation
    The role has been put on hold - sorry for the short notice.

    What
    Technical Interview between Kestrel Works and Alex Morgan

    When
    Thursday, December 17, 2026 | 11:00am - 12:00pm (America/New_York)

    {_CAL_WHO}
    """,
    ics=ics("CANCEL", "cal-kw-9f1c@cal.com", "20261217T160000", "20261217T170000", utc=True, seq=2, prodid="-//cal.com//NONSGML cal.com//EN",
            summary="Technical Interview between Kestrel Works and Alex Morgan", organizer=("Emma Lind", "emma.lind@kestrelworks.example"),
            attendees=_CAL_ATTENDEES),
    company="Kestrel Works", contact="emma.lind@kestrelworks.example",
    interviewers=["emma.lind@kestrelworks.example", "raj.patel@kestrelworks.example"],
    at=("2026-12-17 11:00", "America/New_York"),
)

case(
    name="calcom_request_to_reschedule_pick_new_time",
    kind="interview_cancelled",
    booking_requested=True,
    source="calcom_locales",
    shape="outlook",
    frm="Ivy Chen <notifications@cal.com>",
    reply_to="ivy.chen@pinecrest-ai.example",
    subject="Action Required Reschedule: Please book a new time for Recruiter Screen with Pinecrest AI",
    date="Mon, 07 Dec 2026 17:00:00 +0000",
    body="""
    Request to reschedule your booking
    Ivy Chen has cancelled the booking and requested you to pick another time.

    Reason for reschedule
    I'm out sick tomorrow, apologies!

    What
    Recruiter Screen between Pinecrest AI and Alex Morgan

    When
    Tuesday, December 8, 2026 | 12:00pm - 12:30pm (America/Los_Angeles)

    Who
    Ivy Chen - Organizer
    ivy.chen@pinecrest-ai.example
    Alex Morgan
    alex.morgan@mail.example

    Book a new time: https://cal.com/reschedule/pcai-31aa
    """,
    company="Pinecrest AI", contact="ivy.chen@pinecrest-ai.example",
    interviewers=["ivy.chen@pinecrest-ai.example"],
    at=("2026-12-08 12:00", "America/Los_Angeles"),
)
