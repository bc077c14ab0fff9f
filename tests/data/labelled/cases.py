"""The labelled cases behind tests/data/labelled/*.eml (see generate_corpus.py).

Each case is one original message as a company, a scheduler or a stranger wrote it, the shape
it reaches the watched mailbox in, and what detection must make of it (`expect`): the kind,
company, role, interview start (local wall time + IANA zone), contact and interviewer
addresses. All names are fictional; all domains are example.com or *.example.
"""

from __future__ import annotations

OWNER = "alex.morgan@mail.example"
OWNER_NAME = "Alex Morgan"
WATCHED = "followup@inbox.example"

_VTZ_EASTERN = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

_VTZ_WEUROPE = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def ics(
    method: str,
    uid: str,
    start: str,
    end: str,
    *,
    tzid: str | None = None,
    utc: bool = False,
    seq: int = 0,
    summary: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str, str, str]],
    location: str | None = None,
    description: str | None = None,
    status: str | None = None,
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
    vtimezone: str | None = None,
    extra: str = "",
) -> str:
    """Build an iCalendar text the way the named client writes it."""

    def when(prop: str, value: str) -> str:
        if tzid:
            return f"{prop};TZID={tzid}:{value}"
        return f"{prop}:{value}{'Z' if utc else ''}"

    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if vtimezone:
        lines.extend(vtimezone.split("\n"))
    lines += ["BEGIN:VEVENT", when("DTSTART", start), when("DTEND", end), "DTSTAMP:20261120T120000Z"]
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines.append(f"UID:{uid}")
    for name, email, role, partstat in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{email}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))
    if location:
        lines.append("LOCATION:" + location.replace(",", "\\,").replace(";", "\\;"))
    lines.append(f"SEQUENCE:{seq}")
    lines.append(f"STATUS:{status or ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}")
    lines.append(f"SUMMARY:{summary}")
    if extra:
        lines.extend(extra.split("\n"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    # RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + space.
    folded = []
    for line in lines:
        data = line
        first = True
        while len(data.encode("utf-8")) > 74:
            cut = 74 if first else 73
            while len(data[:cut].encode("utf-8")) > (74 if first else 73):
                cut -= 1
            folded.append(("" if first else " ") + data[:cut])
            data = data[cut:]
            first = False
        folded.append(("" if first else " ") + data)
    return "\r\n".join(folded) + "\r\n"


ME = ("Alex Morgan", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")

CASES: list[dict] = []


def case(**kw: object) -> None:
    if "ics" in kw and "ics_method" not in kw:
        kw["ics_method"] = str(kw["ics"]).split("METHOD:", 1)[1].split("\r\n", 1)[0]
    CASES.append(kw)


# ============================================================================ interview_scheduled
case(
    name="greenhouse_confirmation_direct_et_range",
    shape="direct",
    **{"from": "Acme Robotics <no-reply@us.greenhouse-mail.io>"},
    reply_to="Sam Lee <sam.lee@acme-robotics.example>",
    subject="Interview Confirmation: Senior Backend Engineer at Acme Robotics",
    date="Tue, 01 Dec 2026 09:12:44 +0000",
    body="""Hi Alex,

Thanks again for your interest in Acme Robotics! We're excited to confirm your upcoming interview for the Senior Backend Engineer role.

Date: Tuesday, December 8, 2026
Time: 3:00 – 3:45 PM ET
Location: https://acme-robotics.zoom.us/j/81234567890

You'll be meeting with Jane Doe (Engineering Manager).

If you need to reschedule, just reply to this email and we'll find another time.

Best,
Sam Lee
Recruiting Coordinator | Acme Robotics
""",
    expect={"kind": "interview_scheduled", "company": "Acme Robotics", "role": "Senior Backend Engineer",
            "at": ("2026-12-08 15:00", "America/New_York"), "contact": "sam.lee@acme-robotics.example",
            "interviewers": ["Jane Doe"]},
)

case(
    name="google_calendar_invite_gmail_forward",
    shape="gmail",
    **{"from": "Priya Raman <priya.raman@northwind-labs.example>"},
    subject="Invitation: Northwind Labs <> Alex Morgan — Technical Interview @ Wed Dec 9, 2026 11am - 12pm (PST) (alex.morgan@mail.example)",
    date="Wed, 02 Dec 2026 14:03:10 -0800",
    body="""You have been invited to the following event.

Northwind Labs <> Alex Morgan — Technical Interview
Wednesday Dec 9, 2026 ⋅ 11am – 12pm (Pacific Time - Los Angeles)

Join with Google Meet
meet.google.com/xkq-wpdn-ruv

Guests
Priya Raman - organizer
Tomás Ortega
alex.morgan@mail.example

View all guest info
Reply for alex.morgan@mail.example
Invitation from Google Calendar
""",
    ics=ics("REQUEST", "5ka0q9t2v1@google.com", "20261209T110000", "20261209T120000", tzid="America/Los_Angeles",
            summary="Northwind Labs <> Alex Morgan — Technical Interview",
            organizer=("Priya Raman", "priya.raman@northwind-labs.example"),
            attendees=[("Priya Raman", "priya.raman@northwind-labs.example", "REQ-PARTICIPANT", "ACCEPTED"),
                       ("Tomás Ortega", "tomas.ortega@northwind-labs.example", "REQ-PARTICIPANT", "ACCEPTED"), ME],
            description="Technical interview for the Platform Engineer role.\nJoin: https://meet.google.com/xkq-wpdn-ruv",
            extra="X-GOOGLE-CONFERENCE:https://meet.google.com/xkq-wpdn-ruv"),
    expect={"kind": "interview_scheduled", "company": "Northwind Labs", "role": "Platform Engineer",
            "at": ("2026-12-09 11:00", "America/Los_Angeles"), "contact": "priya.raman@northwind-labs.example",
            "interviewers": ["tomas.ortega@northwind-labs.example"]},
)

case(
    name="outlook_teams_invite_windows_zone",
    shape="outlook",
    **{"from": "Derek Holm <derek.holm@bluefin-analytics.example>"},
    subject="Bluefin Analytics - Data Engineer interview (Teams)",
    date="Mon, 30 Nov 2026 16:41:00 -0500",
    body="""Hi Alex,

As discussed, I've set up your interview with our data platform team. Invite attached.

When: Thursday, December 10, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Interviewers: Lena Fischer and Omar Haddad.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_bluefin/0?context=%7b%7d>
Meeting ID: 245 118 903 77
________________________________________________________________________________

Thanks,
Derek Holm
Talent Acquisition, Bluefin Analytics
""",
    ics=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B0E6", "20261210T130000", "20261210T140000",
            tzid="Eastern Standard Time", vtimezone=_VTZ_EASTERN, prodid="Microsoft Exchange Server 2010",
            summary="Bluefin Analytics - Data Engineer interview",
            organizer=("Derek Holm", "derek.holm@bluefin-analytics.example"),
            attendees=[("Lena Fischer", "lena.fischer@bluefin-analytics.example", "REQ-PARTICIPANT", "NEEDS-ACTION"),
                       ("Omar Haddad", "omar.haddad@bluefin-analytics.example", "REQ-PARTICIPANT", "NEEDS-ACTION"),
                       ("Alex Morgan", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
            location="Microsoft Teams Meeting",
            extra="X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_bluefin/0"),
    expect={"kind": "interview_scheduled", "company": "Bluefin Analytics", "role": "Data Engineer",
            "at": ("2026-12-10 13:00", "America/New_York"), "contact": "derek.holm@bluefin-analytics.example",
            "interviewers": ["lena.fischer@bluefin-analytics.example", "omar.haddad@bluefin-analytics.example"]},
)

case(
    name="recruiter_plain_tomorrow_at_10",
    shape="direct",
    **{"from": "Maya Goldberg <maya@copperleaf.example>"},
    subject="Re: Quick chat about the Product Designer role",
    date="Thu, 03 Dec 2026 17:20:05 -0500",
    body="""Hi Alex,

Great — tomorrow at 10 works perfectly. I'll call you on the number on your resume. It'll be a 30-minute chat about the Product Designer role and the team at Copperleaf.

Looking forward to speaking with you!

Maya Goldberg
Head of Talent, Copperleaf
maya@copperleaf.example

On Thu, Dec 3, 2026 at 4:02 PM Alex Morgan <alex.morgan@mail.example> wrote:
> Hi Maya, thanks for reaching out. I could do Friday at 10 or Monday afternoon.
""",
    expect={"kind": "interview_scheduled", "company": "Copperleaf", "role": "Product Designer",
            "at": ("2026-12-04 10:00", "America/New_York"), "contact": "maya@copperleaf.example",
            "interviewers": ["maya@copperleaf.example"]},
)

case(
    name="lever_phone_screen_confirmed_pt",
    shape="direct",
    **{"from": "Kestrel Health <no-reply@hire.lever.co>"},
    reply_to="Jordan Blake <jordan.blake@kestrelhealth.example>",
    subject="Your interview with Kestrel Health is confirmed",
    date="Fri, 27 Nov 2026 10:15:00 -0800",
    body="""Hi Alex,

Your phone screen for the Staff Software Engineer, Payments position is confirmed for Wednesday, December 2 at 2:30pm PT.

Jordan Blake, our technical recruiter, will call you at the number you provided. The call will last about 30 minutes.

Cheers,
The Kestrel Health Recruiting Team

Powered by Lever
""",
    expect={"kind": "interview_scheduled", "company": "Kestrel Health", "role": "Staff Software Engineer, Payments",
            "at": ("2026-12-02 14:30", "America/Los_Angeles"), "contact": "jordan.blake@kestrelhealth.example",
            "interviewers": ["jordan.blake@kestrelhealth.example"]},
)

case(
    name="ashby_onsite_html_only",
    shape="html",
    **{"from": "Halcyon AI Hiring Team <no-reply@ashbyhq.com>"},
    reply_to="recruiting@halcyon-ai.example",
    subject="Halcyon AI: your onsite interview is scheduled",
    date="Mon, 30 Nov 2026 19:02:11 +0000",
    body="""Hi Alex,

Your onsite interview for Machine Learning Engineer at Halcyon AI has been scheduled. Here are the details:

Date: Friday, December 11, 2026
Time: 9:30 AM - 1:00 PM PST
Location: 500 Harbor Blvd, Floor 4, San Francisco, CA

Schedule:
9:30 AM - Coding with Ines Duarte
10:30 AM - System design with Kwame Mensah
11:45 AM - Lunch and culture chat with Ruth Akers

Please bring a photo ID for building check-in.

See you soon,
Nadia Petrova
Recruiting Coordinator
nadia.petrova@halcyon-ai.example
""",
    expect={"kind": "interview_scheduled", "company": "Halcyon AI", "role": "Machine Learning Engineer",
            "at": ("2026-12-11 09:30", "America/Los_Angeles"), "contact": "nadia.petrova@halcyon-ai.example",
            "interviewers": ["Ines Duarte", "Kwame Mensah", "Ruth Akers"]},
)

case(
    name="goodtime_panel_invite_rfc822",
    shape="rfc822",
    **{"from": "Orbital Freight Scheduling <scheduling@goodtime.io>"},
    reply_to="Chloe Martin <chloe.martin@orbitalfreight.example>",
    subject="Interview Invitation: Orbital Freight - Senior Frontend Engineer",
    date="Tue, 01 Dec 2026 15:30:00 -0600",
    body="""Hello Alex,

We're excited to confirm your virtual interview with Orbital Freight for the Senior Frontend Engineer position.

Thursday, December 3, 2026
1:00 PM - 2:30 PM Central Time

Your interviewers:
- Bilal Qureshi, Frontend Lead
- Hannah Weiss, Product Manager

Zoom: https://orbitalfreight.zoom.us/j/99887766554

Questions? Contact Chloe Martin at chloe.martin@orbitalfreight.example.
""",
    ics=ics("REQUEST", "gt-7731-orbital-frontend", "20261203T190000", "20261203T203000", utc=True,
            prodid="-//GoodTime//Interview Scheduling//EN",
            summary="Orbital Freight Interview: Alex Morgan - Senior Frontend Engineer",
            organizer=("Orbital Freight Scheduling", "scheduling@goodtime.io"),
            attendees=[("Bilal Qureshi", "bilal.qureshi@orbitalfreight.example", "REQ-PARTICIPANT", "ACCEPTED"),
                       ("Hannah Weiss", "hannah.weiss@orbitalfreight.example", "REQ-PARTICIPANT", "ACCEPTED"), ME],
            location="https://orbitalfreight.zoom.us/j/99887766554"),
    expect={"kind": "interview_scheduled", "company": "Orbital Freight", "role": "Senior Frontend Engineer",
            "at": ("2026-12-03 13:00", "America/Chicago"), "contact": "chloe.martin@orbitalfreight.example",
            "interviewers": ["bilal.qureshi@orbitalfreight.example", "hannah.weiss@orbitalfreight.example"]},
)

case(
    name="calendly_confirmed_booking",
    shape="gmail",
    **{"from": "Calendly <notifications@calendly.com>"},
    subject="Confirmed: Intro call with Rafael Souza (Tidepool Energy) on Monday, December 7, 2026",
    date="Wed, 02 Dec 2026 08:44:51 -0500",
    body="""Hi Alex Morgan,

A new event has been scheduled.

Event Type: Intro call - Tidepool Energy recruiting
Invitee: Alex Morgan
Event Date/Time: 04:00pm - 04:30pm (Eastern Time - US & Canada) on Monday, December 7, 2026
Location: This is a Zoom web conference. https://tidepool.zoom.us/j/4455667788

Host: Rafael Souza, Senior Recruiter, Tidepool Energy (rafael.souza@tidepool-energy.example)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/AAAA
Reschedule: https://calendly.com/reschedulings/AAAA

Powered by Calendly.com
""",
    expect={"kind": "interview_scheduled", "company": "Tidepool Energy", "role": None,
            "at": ("2026-12-07 16:00", "America/New_York"), "contact": "rafael.souza@tidepool-energy.example",
            "interviewers": ["rafael.souza@tidepool-energy.example"]},
)

case(
    name="french_entretien_confirme_outlook_fr",
    shape="outlook_fr",
    **{"from": "Camille Laurent <camille.laurent@boreal-conseil.example>"},
    subject="Confirmation de votre entretien - Développeur Python",
    date="Wed, 02 Dec 2026 11:05:00 +0100",
    body="""Bonjour Alex,

Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de Développeur Python chez Boréal Conseil.

L'entretien aura lieu le mardi 8 décembre à 15h, dans nos locaux au 12 rue des Lilas, 69003 Lyon. Vous rencontrerez Julien Marchand, notre directeur technique.

Merci de vous présenter à l'accueil dix minutes avant.

Cordialement,
Camille Laurent
Chargée de recrutement - Boréal Conseil
camille.laurent@boreal-conseil.example
""",
    expect={"kind": "interview_scheduled", "company": "Boréal Conseil", "role": "Développeur Python",
            "at": ("2026-12-08 15:00", "Europe/Paris"), "contact": "camille.laurent@boreal-conseil.example",
            "interviewers": ["Julien Marchand"]},
)

case(
    name="german_einladung_vorstellungsgespraech",
    shape="outlook_de",
    **{"from": "Katrin Vogel <k.vogel@lindenwerk.example>"},
    subject="Einladung zum Vorstellungsgespräch – Backend-Entwickler (m/w/d)",
    date="Thu, 03 Dec 2026 09:30:00 +0100",
    body="""Hallo Alex,

vielen Dank für Ihre Bewerbung als Backend-Entwickler bei der Lindenwerk GmbH. Gerne bestätigen wir Ihnen den Termin für das Vorstellungsgespräch:

Dienstag, 8. Dezember um 15:00 Uhr
Ort: Lindenwerk GmbH, Torstraße 140, 10119 Berlin

Ihre Gesprächspartner sind Frau Dr. Petra Hahn (Teamleitung) und Herr Stefan Brandt.

Mit freundlichen Grüßen
Katrin Vogel
Personalabteilung
Lindenwerk GmbH
""",
    expect={"kind": "interview_scheduled", "company": "Lindenwerk", "role": "Backend-Entwickler",
            "at": ("2026-12-08 15:00", "Europe/Berlin"), "contact": "k.vogel@lindenwerk.example",
            "interviewers": ["Petra Hahn", "Stefan Brandt"]},
)

case(
    name="spanish_entrevista_confirmada",
    shape="outlook_es",
    **{"from": "Lucía Fernández <lucia.fernandez@mareanorte.example>"},
    subject="Confirmación de entrevista - Ingeniera de Datos",
    date="Fri, 04 Dec 2026 12:10:00 +0100",
    body="""Hola Alex,

Te confirmamos la entrevista para el puesto de Ingeniera de Datos en Marea Norte.

Será el martes 8 de diciembre a las 15:00 (hora de Madrid), por videollamada: https://meet.google.com/abc-defg-hij

Estarás con Diego Navarro, responsable del equipo de datos.

Un saludo,
Lucía Fernández
Selección de personal · Marea Norte
""",
    expect={"kind": "interview_scheduled", "company": "Marea Norte", "role": "Ingeniera de Datos",
            "at": ("2026-12-08 15:00", "Europe/Madrid"), "contact": "lucia.fernandez@mareanorte.example",
            "interviewers": ["Diego Navarro"]},
)

case(
    name="hiring_manager_next_monday_2pm",
    shape="thunderbird",
    **{"from": "Owen Price <owen@quarry-software.example>"},
    subject="Next steps - Quarry Software",
    date="Thu, 26 Nov 2026 13:48:00 +0000",
    body="""Hi Alex,

Thanks for the great conversation with Ellie last week. I'd like to get you in for the technical round with me and one of our senior engineers.

I've put us down for next Monday at 2pm UK time at our office (3 Shoreditch Yard, London). We'll do a 90-minute pairing session on a small feature, so bring your laptop.

See you then,
Owen

--
Owen Price
Engineering Manager, Quarry Software
""",
    expect={"kind": "interview_scheduled", "company": "Quarry Software", "role": None,
            "at": ("2026-11-30 14:00", "Europe/London"), "contact": "owen@quarry-software.example",
            "interviewers": ["owen@quarry-software.example"]},
)

case(
    name="modernloop_final_round_ist",
    shape="direct",
    **{"from": "Sarvam Cloud via ModernLoop <noreply@modernloop.io>"},
    reply_to="Ananya Iyer <ananya.iyer@sarvamcloud.example>",
    subject="Sarvam Cloud - Final round interview schedule",
    date="Mon, 30 Nov 2026 10:00:00 +0530",
    body="""Hi Alex,

Your final round interview for Site Reliability Engineer is confirmed. Please find the schedule below.

Wednesday, 9 December 2026
11:00 AM - 12:00 PM IST  Systems deep dive — Vikram Rao
12:15 PM - 1:00 PM IST   Hiring manager conversation — Meera Pillai

Video link: https://sarvamcloud.zoom.us/j/123123123

Reach out to Ananya Iyer (ananya.iyer@sarvamcloud.example) with any questions.
""",
    expect={"kind": "interview_scheduled", "company": "Sarvam Cloud", "role": "Site Reliability Engineer",
            "at": ("2026-12-09 11:00", "Asia/Kolkata"), "contact": "ananya.iyer@sarvamcloud.example",
            "interviewers": []},
)

case(
    name="smartrecruiters_interview_sydney",
    shape="gmail",
    **{"from": "Wattle & Co Careers <noreply@smartrecruiters.com>"},
    subject="Interview scheduled: Customer Success Manager - Wattle & Co",
    date="Tue, 01 Dec 2026 09:00:00 +1100",
    body="""Dear Alex,

Thank you for your application for the Customer Success Manager position. We are pleased to invite you to an interview.

Your interview has been scheduled for Thursday, 10 December 2026 at 10:00 AM AEDT.
Format: video call (link to follow from your interviewer)

Kind regards,
Grace Whitfield
People & Culture, Wattle & Co
grace.whitfield@wattleandco.example
""",
    expect={"kind": "interview_scheduled", "company": "Wattle & Co", "role": "Customer Success Manager",
            "at": ("2026-12-10 10:00", "Australia/Sydney"), "contact": "grace.whitfield@wattleandco.example",
            "interviewers": []},
)

case(
    name="recruiter_confirms_after_proposals",
    shape="direct",
    **{"from": "Isabel Cho <isabel.cho@fernway.example>"},
    subject="Re: Fernway interview availability",
    date="Wed, 02 Dec 2026 10:22:00 -0800",
    body="""Hi Alex,

Thanks for sending your availability. Of the options you suggested (Monday 12/7 at 9am, Tuesday 12/8 at 1pm or Wednesday 12/9 at 4pm), Tuesday works best for the team.

So you're confirmed for Tuesday 12/8 at 1:00 PM PT with Marcus Bell (Director of Engineering). He'll send a Zoom link shortly.

Best,
Isabel Cho | Recruiter | Fernway
""",
    expect={"kind": "interview_scheduled", "company": "Fernway", "role": None,
            "at": ("2026-12-08 13:00", "America/Los_Angeles"), "contact": "isabel.cho@fernway.example",
            "interviewers": ["Marcus Bell"]},
)

case(
    name="icloud_style_invite_tokyo",
    shape="direct",
    **{"from": "Haruto Sato <haruto.sato@kumo-systems.example>"},
    subject="Interview with Kumo Systems - Mobile Engineer",
    date="Fri, 04 Dec 2026 18:00:00 +0900",
    body="""Hello Alex,

I'm happy to confirm your interview for the Mobile Engineer role at Kumo Systems on Tuesday, December 15 at 10:00 JST (which is Monday evening for you in New York).

I've attached a calendar invitation. Aiko Tanaka from the iOS team will join me.

Thank you,
Haruto Sato
Engineering Manager
""",
    ics=ics("REQUEST", "B4F1C1A6-2D9E-4E7B-9B0C-KUMO1215", "20261215T100000", "20261215T110000", tzid="Asia/Tokyo",
            prodid="-//Apple Inc.//macOS 15.1//EN",
            summary="Kumo Systems interview - Alex Morgan",
            organizer=("Haruto Sato", "haruto.sato@kumo-systems.example"),
            attendees=[("Haruto Sato", "haruto.sato@kumo-systems.example", "CHAIR", "ACCEPTED"),
                       ("Aiko Tanaka", "aiko.tanaka@kumo-systems.example", "REQ-PARTICIPANT", "ACCEPTED"), ME],
            location="https://kumo-systems.zoom.us/j/5556667777"),
    expect={"kind": "interview_scheduled", "company": "Kumo Systems", "role": "Mobile Engineer",
            "at": ("2026-12-15 10:00", "Asia/Tokyo"), "contact": "haruto.sato@kumo-systems.example",
            "interviewers": ["aiko.tanaka@kumo-systems.example"]},
)

case(
    name="workday_interview_scheduled_html",
    shape="html",
    **{"from": "Granite Mutual <granitemutual@myworkday.com>"},
    subject="Interview Scheduled - Business Analyst (R-10442)",
    date="Tue, 01 Dec 2026 21:15:00 +0000",
    body="""Dear Alex Morgan,

Thank you for your interest in the Business Analyst position at Granite Mutual. Your interview has been scheduled.

Interview Type: Video Interview
Date: 12/09/2026
Time: 10:30 AM Central Standard Time
Interviewer: Patricia Gomez

Please log in to the candidate home page to view details. Replies to this mailbox are not monitored.

Granite Mutual Talent Acquisition
""",
    expect={"kind": "interview_scheduled", "company": "Granite Mutual", "role": "Business Analyst",
            "at": ("2026-12-09 10:30", "America/Chicago"), "contact": None,
            "interviewers": ["Patricia Gomez"]},
)

case(
    name="french_visio_demain",
    shape="gmail",
    **{"from": "Thomas Girard <thomas@atelier-nuage.example>"},
    subject="Notre échange de demain",
    date="Mon, 07 Dec 2026 18:30:00 +0100",
    body="""Bonjour Alex,

Je vous confirme notre entretien demain à 10h30 en visio pour le poste de Chef de projet digital. Voici le lien : https://meet.google.com/qwe-rtyu-iop

À demain,
Thomas Girard
Fondateur, Atelier Nuage
""",
    expect={"kind": "interview_scheduled", "company": "Atelier Nuage", "role": "Chef de projet digital",
            "at": ("2026-12-08 10:30", "Europe/Paris"), "contact": "thomas@atelier-nuage.example",
            "interviewers": ["thomas@atelier-nuage.example"]},
)

case(
    name="german_termin_bestaetigt_iso_date",
    shape="direct",
    **{"from": "Personalio Team Sonnenhof <noreply@personio.de>"},
    reply_to="Jana Krüger <jana.krueger@sonnenhof-logistik.example>",
    subject="Terminbestätigung: Interview Teamleiter Lager",
    date="Wed, 02 Dec 2026 07:45:00 +0100",
    body="""Hallo Alex Morgan,

hiermit bestätigen wir Ihren Termin für das Interview als Teamleiter Lager bei der Sonnenhof Logistik.

Datum: 2026-12-10
Uhrzeit: 09:00 Uhr (MEZ)
Ort: Sonnenhof Logistik, Hafenstraße 5, 20457 Hamburg

Viele Grüße
Jana Krüger
Sonnenhof Logistik
""",
    expect={"kind": "interview_scheduled", "company": "Sonnenhof Logistik", "role": "Teamleiter Lager",
            "at": ("2026-12-10 09:00", "Europe/Berlin"), "contact": "jana.krueger@sonnenhof-logistik.example",
            "interviewers": []},
)

case(
    name="uk_recruiter_day_first_slash",
    shape="outlook",
    **{"from": "Harriet Cole <harriet.cole@tallyho-recruitment.example>"},
    subject="Interview confirmed - Ledgerline - Finance Systems Analyst",
    date="Thu, 03 Dec 2026 11:20:00 +0000",
    body="""Morning Alex,

Great news, Ledgerline would like to meet you! I have confirmed your interview for the Finance Systems Analyst role on 09/12/2026 at 11:00 at their offices in Manchester (Ledgerline, 1 Piccadilly Place, M1 3BN).

You'll meet Graham Foster (Finance Director) and Aisha Begum (Systems Lead). Dress is smart casual.

Give me a call after and let me know how it went!

Harriet Cole
Senior Consultant, Tallyho Recruitment
07700 900123
""",
    expect={"kind": "interview_scheduled", "company": "Ledgerline", "role": "Finance Systems Analyst",
            "at": ("2026-12-09 11:00", "Europe/London"), "contact": "harriet.cole@tallyho-recruitment.example",
            "interviewers": ["Graham Foster", "Aisha Begum"]},
)

case(
    name="jobvite_phone_screen_mountain",
    shape="rfc822",
    **{"from": "Summit Trail Outfitters <notifications@jobvite.com>"},
    reply_to="Becca Lind <becca.lind@summittrail.example>",
    subject="Phone Screen Scheduled - E-commerce Developer",
    date="Tue, 01 Dec 2026 12:00:00 -0700",
    body="""Hi Alex,

Your phone screen with Summit Trail Outfitters has been scheduled.

Position: E-commerce Developer
When: Friday, December 4, 2026 at 11:00 AM MT
Who: Becca Lind, Recruiter

We'll call the phone number on your application.

Summit Trail Outfitters Recruiting
""",
    expect={"kind": "interview_scheduled", "company": "Summit Trail Outfitters", "role": "E-commerce Developer",
            "at": ("2026-12-04 11:00", "America/Denver"), "contact": "becca.lind@summittrail.example",
            "interviewers": ["becca.lind@summittrail.example"]},
)

case(
    name="spanish_mexico_entrevista_rfc822",
    shape="rfc822",
    **{"from": "Andrés Villalobos <andres.villalobos@cactus-pagos.example>"},
    subject="Entrevista técnica - Desarrollador Backend",
    date="Thu, 03 Dec 2026 16:00:00 -0600",
    body="""Hola Alex,

Gracias por tu interés en Cactus Pagos. Te confirmamos la entrevista técnica para el puesto de Desarrollador Backend el jueves 10 de diciembre de 2026 a las 11:00 (hora del centro de México).

La entrevista será con Sofía Reyes y conmigo por Google Meet: https://meet.google.com/mxp-qrst-uvw

Saludos,
Andrés Villalobos
Líder técnico, Cactus Pagos
""",
    expect={"kind": "interview_scheduled", "company": "Cactus Pagos", "role": "Desarrollador Backend",
            "at": ("2026-12-10 11:00", "America/Mexico_City"), "contact": "andres.villalobos@cactus-pagos.example",
            "interviewers": ["Sofía Reyes"]},
)

case(
    name="bare_ics_request_publish_like_outlook_web",
    shape="direct",
    **{"from": "Nina Alvarez <nina.alvarez@pinecone-games.example>"},
    subject="Pinecone Games: Gameplay Programmer interview",
    date="Wed, 02 Dec 2026 09:00:00 -0800",
    body="""Alex — invite attached for your Gameplay Programmer interview with our studio leads. Looking forward to meeting you!

Nina
""",
    ics=ics("REQUEST", "pinecone-gp-2026-alexm", "20261214T100000", "20261214T113000", tzid="America/Los_Angeles",
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
            summary="Interview: Gameplay Programmer - Alex Morgan",
            organizer=("Nina Alvarez", "nina.alvarez@pinecone-games.example"),
            attendees=[("Leo Park", "leo.park@pinecone-games.example", "REQ-PARTICIPANT", "ACCEPTED"),
                       ("Zara Quinn", "zara.quinn@pinecone-games.example", "OPT-PARTICIPANT", "TENTATIVE"),
                       ("Pinecone Studio Room 2", "room2@pinecone-games.example", "NON-PARTICIPANT", "ACCEPTED"), ME],
            location="Pinecone Games HQ, Room 2, 800 Pine St, Seattle"),
    expect={"kind": "interview_scheduled", "company": "Pinecone Games", "role": "Gameplay Programmer",
            "at": ("2026-12-14 10:00", "America/Los_Angeles"), "contact": "nina.alvarez@pinecone-games.example",
            "interviewers": ["leo.park@pinecone-games.example", "zara.quinn@pinecone-games.example"]},
)

case(
    name="this_thursday_sender_offset_zone",
    shape="direct",
    **{"from": "Ben Okafor <ben.okafor@lumen-bank.example>"},
    subject="Lumen Bank — interview on Thursday",
    date="Mon, 30 Nov 2026 08:15:00 +0100",
    body="""Hi Alex,

Thanks for your time on the phone. As agreed, your interview for the Risk Analyst position is this Thursday at 14:30 at our Amsterdam office (Zuidas, Gustav Mahlerplein 12).

You will meet Femke de Vries and me.

Best regards,
Ben Okafor
Lumen Bank
""",
    expect={"kind": "interview_scheduled", "company": "Lumen Bank", "role": "Risk Analyst",
            "at": ("2026-12-03 14:30", "Europe/Amsterdam"), "contact": "ben.okafor@lumen-bank.example",
            # "You will meet Femke de Vries and me": the writer is in the interview too.
            "interviewers": ["Femke de Vries", "ben.okafor@lumen-bank.example"]},
)

case(
    name="greenhouse_take_home_review_singapore",
    shape="rfc822",
    **{"from": "Merlion Pay <no-reply@greenhouse.io>"},
    reply_to="Wei Ling Tan <weiling.tan@merlionpay.example>",
    subject="Merlion Pay: Interview confirmation - Senior QA Engineer",
    date="Tue, 01 Dec 2026 14:00:00 +0800",
    body="""Hi Alex,

We're looking forward to your take-home review session for the Senior QA Engineer role.

Monday, December 7, 2026 at 4:00 PM SGT (60 minutes)
Google Meet: https://meet.google.com/sgp-merl-ion

Interviewer: Daniel Lim
Coordinator: Wei Ling Tan

Good luck!
Merlion Pay Talent Team
""",
    expect={"kind": "interview_scheduled", "company": "Merlion Pay", "role": "Senior QA Engineer",
            "at": ("2026-12-07 16:00", "Asia/Singapore"), "contact": "weiling.tan@merlionpay.example",
            "interviewers": ["Daniel Lim"]},
)

case(
    name="icims_interview_confirmation_subdomain",
    shape="gmail",
    **{"from": "careers-harborview@icims.com"},
    subject="Interview Confirmation - Registered Nurse, ICU",
    date="Wed, 02 Dec 2026 13:00:00 -0500",
    body="""Dear Alex,

Thank you for your interest in Harborview Medical Center. This message confirms your interview for the Registered Nurse, ICU position.

Date: Friday, December 11, 2026
Time: 8:30 AM Eastern
Location: Harborview Medical Center, 300 Bay St, Building C, Human Resources lobby

Please reply to Kim Nguyen at kim.nguyen@harborview-med.example if you have questions.

Harborview Medical Center Human Resources
""",
    expect={"kind": "interview_scheduled", "company": "Harborview Medical Center", "role": "Registered Nurse, ICU",
            "at": ("2026-12-11 08:30", "America/New_York"), "contact": "kim.nguyen@harborview-med.example",
            "interviewers": []},
)

# ============================================================================ interview_rescheduled
case(
    name="google_calendar_updated_invitation",
    shape="gmail",
    **{"from": "Priya Raman <priya.raman@northwind-labs.example>"},
    subject="Updated invitation: Northwind Labs <> Alex Morgan — Technical Interview @ Thu Dec 10, 2026 1pm - 2pm (PST) (alex.morgan@mail.example)",
    date="Fri, 04 Dec 2026 09:12:00 -0800",
    body="""This event has been changed.

Northwind Labs <> Alex Morgan — Technical Interview
Changed: Thursday Dec 10, 2026 ⋅ 1pm – 2pm (Pacific Time - Los Angeles)

Join with Google Meet
meet.google.com/xkq-wpdn-ruv

Invitation from Google Calendar
""",
    ics=ics("REQUEST", "5ka0q9t2v1@google.com", "20261210T130000", "20261210T140000", tzid="America/Los_Angeles", seq=1,
            summary="Northwind Labs <> Alex Morgan — Technical Interview",
            organizer=("Priya Raman", "priya.raman@northwind-labs.example"),
            attendees=[("Priya Raman", "priya.raman@northwind-labs.example", "REQ-PARTICIPANT", "ACCEPTED"),
                       ("Tomás Ortega", "tomas.ortega@northwind-labs.example", "REQ-PARTICIPANT", "ACCEPTED"), ME],
            description="Technical interview for the Platform Engineer role.",
            extra="X-GOOGLE-CONFERENCE:https://meet.google.com/xkq-wpdn-ruv"),
    expect={"kind": "interview_rescheduled", "company": "Northwind Labs", "role": "Platform Engineer",
            "at": ("2026-12-10 13:00", "America/Los_Angeles"), "contact": "priya.raman@northwind-labs.example",
            "interviewers": ["tomas.ortega@northwind-labs.example"]},
)

case(
    name="recruiter_moved_from_to",
    shape="direct",
    **{"from": "Sam Lee <sam.lee@acme-robotics.example>"},
    subject="Acme Robotics interview - new time",
    date="Fri, 04 Dec 2026 11:30:00 -0500",
    body="""Hi Alex,

Jane has a conflict that came up, so we've moved your interview from Tuesday, December 8 at 3:00 PM ET to Wednesday, December 9 at 11:00 AM ET. The Zoom link stays the same.

Sorry for the shuffle, and thanks for being flexible!

Sam Lee
Recruiting Coordinator, Acme Robotics
""",
    expect={"kind": "interview_rescheduled", "company": "Acme Robotics", "role": None,
            "at": ("2026-12-09 11:00", "America/New_York"), "contact": "sam.lee@acme-robotics.example",
            "interviewers": []},
)

case(
    name="outlook_updated_meeting_sequence_2",
    shape="outlook",
    **{"from": "Derek Holm <derek.holm@bluefin-analytics.example>"},
    subject="Updated: Bluefin Analytics - Data Engineer interview",
    date="Tue, 08 Dec 2026 10:05:00 -0500",
    body="""Hi Alex, apologies — Lena is out sick, so we're pushing this by a day. Same time, Teams link unchanged.

When: Friday, December 11, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
""",
    ics=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B0E6", "20261211T130000", "20261211T140000",
            tzid="Eastern Standard Time", vtimezone=_VTZ_EASTERN, prodid="Microsoft Exchange Server 2010", seq=2,
            summary="Bluefin Analytics - Data Engineer interview",
            organizer=("Derek Holm", "derek.holm@bluefin-analytics.example"),
            attendees=[("Lena Fischer", "lena.fischer@bluefin-analytics.example", "REQ-PARTICIPANT", "NEEDS-ACTION"),
                       ("Omar Haddad", "omar.haddad@bluefin-analytics.example", "REQ-PARTICIPANT", "NEEDS-ACTION"), ME],
            location="Microsoft Teams Meeting"),
    expect={"kind": "interview_rescheduled", "company": "Bluefin Analytics", "role": "Data Engineer",
            "at": ("2026-12-11 13:00", "America/New_York"), "contact": "derek.holm@bluefin-analytics.example",
            "interviewers": ["lena.fischer@bluefin-analytics.example", "omar.haddad@bluefin-analytics.example"]},
)

case(
    name="french_entretien_decale",
    shape="direct",
    **{"from": "Camille Laurent <camille.laurent@boreal-conseil.example>"},
    subject="Changement d'horaire - entretien Développeur Python",
    date="Fri, 04 Dec 2026 16:40:00 +0100",
    body="""Bonjour Alex,

Notre directeur technique a un empêchement : votre entretien initialement prévu le mardi 8 décembre à 15h est décalé au jeudi 10 décembre à 11h, même adresse.

Merci de me confirmer que ce nouvel horaire vous convient.

Cordialement,
Camille Laurent
Boréal Conseil
""",
    expect={"kind": "interview_rescheduled", "company": "Boréal Conseil", "role": "Développeur Python",
            "at": ("2026-12-10 11:00", "Europe/Paris"), "contact": "camille.laurent@boreal-conseil.example",
            "interviewers": []},
)

case(
    name="german_termin_verschoben",
    shape="gmail",
    **{"from": "Katrin Vogel <k.vogel@lindenwerk.example>"},
    subject="Terminänderung: Ihr Vorstellungsgespräch bei Lindenwerk",
    date="Mon, 07 Dec 2026 08:10:00 +0100",
    body="""Hallo Alex,

leider müssen wir Ihr Vorstellungsgespräch verschieben. Der neue Termin ist Mittwoch, 9. Dezember um 10:30 Uhr, gleicher Ort.

Ursprünglich war das Gespräch für Dienstag, 8. Dezember um 15:00 Uhr geplant.

Mit freundlichen Grüßen
Katrin Vogel
Lindenwerk GmbH
""",
    expect={"kind": "interview_rescheduled", "company": "Lindenwerk", "role": None,
            "at": ("2026-12-09 10:30", "Europe/Berlin"), "contact": "k.vogel@lindenwerk.example",
            "interviewers": []},
)

case(
    name="spanish_entrevista_reprogramada",
    shape="apple",
    **{"from": "Lucía Fernández <lucia.fernandez@mareanorte.example>"},
    subject="Nueva hora para tu entrevista - Marea Norte",
    date="Mon, 07 Dec 2026 09:00:00 +0100",
    body="""Hola Alex,

Tu entrevista con Marea Norte ha sido reprogramada. La nueva fecha es el miércoles 9 de diciembre a las 12:30 (hora de Madrid). El enlace de Google Meet es el mismo.

Disculpa las molestias.

Lucía Fernández
Marea Norte
""",
    expect={"kind": "interview_rescheduled", "company": "Marea Norte", "role": None,
            "at": ("2026-12-09 12:30", "Europe/Madrid"), "contact": "lucia.fernandez@mareanorte.example",
            "interviewers": []},
)

case(
    name="greenhouse_rescheduled_html_rfc822",
    shape="rfc822",
    **{"from": "Halcyon AI <no-reply@greenhouse.io>"},
    reply_to="Nadia Petrova <nadia.petrova@halcyon-ai.example>",
    subject="Rescheduled: Halcyon AI onsite interview",
    date="Wed, 09 Dec 2026 17:00:00 +0000",
    html=True,
    body="""Hi Alex,

Your onsite interview for the Machine Learning Engineer role has been rescheduled.

New date: Tuesday, December 15, 2026
New time: 10:00 AM - 1:30 PM PST
Previously: Friday, December 11, 2026, 9:30 AM PST

Location: 500 Harbor Blvd, Floor 4, San Francisco, CA

Thanks,
Nadia
""",
    expect={"kind": "interview_rescheduled", "company": "Halcyon AI", "role": "Machine Learning Engineer",
            "at": ("2026-12-15 10:00", "America/Los_Angeles"), "contact": "nadia.petrova@halcyon-ai.example",
            "interviewers": []},
)

case(
    name="recruiter_push_tomorrow_relative",
    shape="outlook",
    **{"from": "Maya Goldberg <maya@copperleaf.example>"},
    subject="Can we move our call?",
    date="Fri, 04 Dec 2026 08:05:00 -0500",
    body="""Hi Alex,

So sorry — something came up on my side this morning. I've moved our call to Monday, December 7 at 10:00 AM ET instead of today at 10. Same number.

Maya
Head of Talent, Copperleaf
""",
    expect={"kind": "interview_rescheduled", "company": "Copperleaf", "role": None,
            "at": ("2026-12-07 10:00", "America/New_York"), "contact": "maya@copperleaf.example",
            "interviewers": ["maya@copperleaf.example"]},
)

case(
    name="calendly_rescheduled_notice",
    shape="direct",
    **{"from": "Calendly <notifications@calendly.com>"},
    subject="Rescheduled: Intro call with Rafael Souza (Tidepool Energy) - now Tuesday, December 8, 2026",
    date="Sat, 05 Dec 2026 12:00:00 -0500",
    body="""Hi Alex Morgan,

Your event has been rescheduled.

Event Type: Intro call - Tidepool Energy recruiting
Former: 04:00pm - 04:30pm, Monday, December 7, 2026 (Eastern Time - US & Canada)
Updated: 02:00pm - 02:30pm, Tuesday, December 8, 2026 (Eastern Time - US & Canada)

Host: Rafael Souza (rafael.souza@tidepool-energy.example)

Powered by Calendly.com
""",
    expect={"kind": "interview_rescheduled", "company": "Tidepool Energy", "role": None,
            "at": ("2026-12-08 14:00", "America/New_York"), "contact": "rafael.souza@tidepool-energy.example",
            "interviewers": ["rafael.souza@tidepool-energy.example"]},
)

# ============================================================================ interview_cancelled
case(
    name="google_calendar_cancelled_event",
    shape="gmail",
    **{"from": "Priya Raman <priya.raman@northwind-labs.example>"},
    subject="Canceled event: Northwind Labs <> Alex Morgan — Technical Interview @ Thu Dec 10, 2026 1pm - 2pm (PST) (alex.morgan@mail.example)",
    date="Mon, 07 Dec 2026 15:00:00 -0800",
    body="""This event has been canceled and removed from your calendar.

Northwind Labs <> Alex Morgan — Technical Interview
Thursday Dec 10, 2026 ⋅ 1pm – 2pm (Pacific Time - Los Angeles)

Invitation from Google Calendar
""",
    ics=ics("CANCEL", "5ka0q9t2v1@google.com", "20261210T130000", "20261210T140000", tzid="America/Los_Angeles", seq=2,
            summary="Northwind Labs <> Alex Morgan — Technical Interview",
            organizer=("Priya Raman", "priya.raman@northwind-labs.example"),
            attendees=[("Tomás Ortega", "tomas.ortega@northwind-labs.example", "REQ-PARTICIPANT", "ACCEPTED"), ME]),
    expect={"kind": "interview_cancelled", "company": "Northwind Labs", "role": None,
            "at": ("2026-12-10 13:00", "America/Los_Angeles"), "contact": "priya.raman@northwind-labs.example",
            "interviewers": ["tomas.ortega@northwind-labs.example"]},
)

case(
    name="outlook_canceled_meeting_windows_zone",
    shape="direct",
    **{"from": "Derek Holm <derek.holm@bluefin-analytics.example>"},
    subject="Canceled: Bluefin Analytics - Data Engineer interview",
    date="Thu, 10 Dec 2026 09:00:00 -0500",
    body="""The Data Engineer role has been put on hold, so I'm cancelling tomorrow's interview. I'll be in touch if it reopens.

Derek
""",
    ics=ics("CANCEL", "040000008200E00074C5B7101A82E00800000000B0E6", "20261211T130000", "20261211T140000",
            tzid="Eastern Standard Time", vtimezone=_VTZ_EASTERN, prodid="Microsoft Exchange Server 2010", seq=3,
            summary="Canceled: Bluefin Analytics - Data Engineer interview",
            organizer=("Derek Holm", "derek.holm@bluefin-analytics.example"),
            attendees=[("Lena Fischer", "lena.fischer@bluefin-analytics.example", "REQ-PARTICIPANT", "NEEDS-ACTION"), ME]),
    expect={"kind": "interview_cancelled", "company": "Bluefin Analytics", "role": "Data Engineer",
            "at": ("2026-12-11 13:00", "America/New_York"), "contact": "derek.holm@bluefin-analytics.example",
            "interviewers": ["lena.fischer@bluefin-analytics.example"]},
)

case(
    name="recruiter_cancel_plain_text",
    shape="thunderbird",
    **{"from": "Isabel Cho <isabel.cho@fernway.example>"},
    subject="Fernway interview on Tuesday",
    date="Mon, 07 Dec 2026 12:00:00 -0800",
    body="""Hi Alex,

I'm sorry to say that we need to cancel your interview with Marcus on Tuesday 12/8 at 1:00 PM PT. He's been pulled into an urgent launch, and we'd like to find a new date once things calm down. I'll reach out next week.

Apologies for the late notice,
Isabel
""",
    expect={"kind": "interview_cancelled", "company": "Fernway", "role": None,
            "at": ("2026-12-08 13:00", "America/Los_Angeles"), "contact": "isabel.cho@fernway.example",
            "interviewers": []},
)

case(
    name="french_entretien_annule",
    shape="outlook_fr",
    **{"from": "Thomas Girard <thomas@atelier-nuage.example>"},
    subject="Annulation de notre entretien",
    date="Mon, 07 Dec 2026 20:00:00 +0100",
    body="""Bonjour Alex,

Je suis désolé, je dois annuler notre entretien de demain 10h30 : le poste vient d'être gelé suite à une réorganisation interne.

Je reviens vers vous dès que possible.

Thomas Girard
Atelier Nuage
""",
    expect={"kind": "interview_cancelled", "company": "Atelier Nuage", "role": None,
            "at": ("2026-12-08 10:30", "Europe/Paris"), "contact": "thomas@atelier-nuage.example",
            "interviewers": ["thomas@atelier-nuage.example"]},
)

case(
    name="german_gespraech_abgesagt",
    shape="direct",
    **{"from": "Jana Krüger <jana.krueger@sonnenhof-logistik.example>"},
    subject="Absage des Termins am 10.12.",
    date="Tue, 08 Dec 2026 14:00:00 +0100",
    body="""Hallo Alex Morgan,

leider müssen wir das Interview am 10.12.2026 um 09:00 Uhr absagen, da die Stelle intern besetzt werden konnte. Ihre Bewerbungsunterlagen löschen wir gemäß DSGVO.

Viele Grüße
Jana Krüger
Sonnenhof Logistik
""",
    expect={"kind": "interview_cancelled", "company": "Sonnenhof Logistik", "role": None,
            "at": ("2026-12-10 09:00", "Europe/Berlin"), "contact": "jana.krueger@sonnenhof-logistik.example",
            "interviewers": []},
)

case(
    name="goodtime_cancellation_ics_only_text",
    shape="direct",
    **{"from": "Orbital Freight Scheduling <scheduling@goodtime.io>"},
    reply_to="Chloe Martin <chloe.martin@orbitalfreight.example>",
    subject="Cancelled: Orbital Freight Interview - Senior Frontend Engineer",
    date="Wed, 02 Dec 2026 18:00:00 -0600",
    body="""Hello Alex,

Your interview with Orbital Freight on Thursday, December 3, 2026 has been cancelled. Your recruiter will follow up with next steps.

Orbital Freight Recruiting
""",
    ics=ics("CANCEL", "gt-7731-orbital-frontend", "20261203T190000", "20261203T203000", utc=True, seq=1,
            prodid="-//GoodTime//Interview Scheduling//EN",
            summary="Orbital Freight Interview: Alex Morgan - Senior Frontend Engineer",
            organizer=("Orbital Freight Scheduling", "scheduling@goodtime.io"),
            attendees=[("Bilal Qureshi", "bilal.qureshi@orbitalfreight.example", "REQ-PARTICIPANT", "ACCEPTED"),
                       ("Hannah Weiss", "hannah.weiss@orbitalfreight.example", "REQ-PARTICIPANT", "ACCEPTED"), ME]),
    expect={"kind": "interview_cancelled", "company": "Orbital Freight", "role": "Senior Frontend Engineer",
            "at": ("2026-12-03 13:00", "America/Chicago"), "contact": "chloe.martin@orbitalfreight.example",
            "interviewers": ["bilal.qureshi@orbitalfreight.example", "hannah.weiss@orbitalfreight.example"]},
)

case(
    name="spanish_entrevista_cancelada",
    shape="outlook_es",
    **{"from": "Andrés Villalobos <andres.villalobos@cactus-pagos.example>"},
    subject="Entrevista cancelada",
    date="Wed, 09 Dec 2026 10:00:00 -0600",
    body="""Hola Alex,

Lamentablemente la entrevista de mañana ha sido cancelada porque la vacante se congeló. Te escribiremos si se vuelve a abrir.

Saludos,
Andrés
Cactus Pagos
""",
    expect={"kind": "interview_cancelled", "company": "Cactus Pagos", "role": None,
            "start": None, "contact": "andres.villalobos@cactus-pagos.example", "interviewers": []},
)

# ============================================================================ application_received
case(
    name="workday_application_received",
    shape="gmail",
    **{"from": "Granite Mutual <granitemutual@myworkday.com>"},
    subject="Thank you for applying to Granite Mutual",
    date="Mon, 16 Nov 2026 22:01:00 +0000",
    body="""Dear Alex Morgan,

Thank you for applying for the Business Analyst (R-10442) position at Granite Mutual. We have received your application and our recruiting team will review your qualifications.

You can check the status of your application at any time by signing in to your candidate home account.

Sincerely,
Granite Mutual Talent Acquisition

This mailbox is not monitored. Please do not reply.
""",
    expect={"kind": "application_received", "company": "Granite Mutual", "role": "Business Analyst"},
)

case(
    name="greenhouse_thanks_for_applying",
    shape="direct",
    **{"from": "Acme Robotics <no-reply@us.greenhouse-mail.io>"},
    subject="Thank you for applying to Acme Robotics",
    date="Wed, 18 Nov 2026 15:22:00 +0000",
    body="""Hi Alex,

Thanks for applying to Acme Robotics! Your application for the Senior Backend Engineer role has been received and we will review it right away.

If your application seems like a good fit for the position we will contact you within 2 weeks.

Regards,
Acme Robotics Recruiting
""",
    expect={"kind": "application_received", "company": "Acme Robotics", "role": "Senior Backend Engineer"},
)

case(
    name="lever_application_confirmation_html",
    shape="html",
    **{"from": "Kestrel Health <no-reply@hire.lever.co>"},
    subject="Thank you for your application to Kestrel Health",
    date="Thu, 12 Nov 2026 18:40:00 +0000",
    body="""Hi Alex,

Thank you for your interest in Kestrel Health! We wanted to let you know we received your application for Staff Software Engineer, Payments, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role.

Best,
The Kestrel Health Team
""",
    expect={"kind": "application_received", "company": "Kestrel Health", "role": "Staff Software Engineer, Payments"},
)

case(
    name="ashby_application_received_outlook_fwd",
    shape="outlook",
    **{"from": "Halcyon AI <no-reply@ashbyhq.com>"},
    subject="Thanks for applying to Halcyon AI",
    date="Tue, 17 Nov 2026 20:11:00 +0000",
    body="""Hi Alex,

We've received your application for Machine Learning Engineer. Thanks for taking the time to apply — our team reviews every application and we'll be in touch soon about next steps.

In the meantime, feel free to check out our engineering blog.

Halcyon AI Talent
""",
    expect={"kind": "application_received", "company": "Halcyon AI", "role": "Machine Learning Engineer"},
)

case(
    name="icims_application_submitted",
    shape="thunderbird",
    **{"from": "Harborview Medical Center <careers-harborview@icims.com>"},
    subject="Your application has been submitted: Registered Nurse, ICU",
    date="Fri, 20 Nov 2026 14:30:00 -0500",
    body="""Dear Alex,

Your application for the position of Registered Nurse, ICU (Req ID 2026-4471) has been successfully submitted. You applied on November 20, 2026.

We appreciate your interest in Harborview Medical Center. If your qualifications match our requirements, a member of our recruitment team will contact you.

Harborview Medical Center Human Resources
""",
    expect={"kind": "application_received", "company": "Harborview Medical Center", "role": "Registered Nurse, ICU"},
)

case(
    name="smartrecruiters_application_rfc822",
    shape="rfc822",
    **{"from": "Wattle & Co <noreply@smartrecruiters.com>"},
    subject="Wattle & Co - we received your application",
    date="Mon, 23 Nov 2026 11:00:00 +1100",
    body="""Hi Alex,

Thank you for your application for the position of Customer Success Manager at Wattle & Co. We have received it and will get back to you as soon as possible.

Kind regards,
Wattle & Co Recruitment Team
""",
    expect={"kind": "application_received", "company": "Wattle & Co", "role": "Customer Success Manager"},
)

case(
    name="french_candidature_recue",
    shape="gmail",
    **{"from": "Recrutement Boréal Conseil <recrutement@boreal-conseil.example>"},
    subject="Votre candidature - Développeur Python",
    date="Mon, 16 Nov 2026 10:00:00 +0100",
    body="""Bonjour Alex,

Nous avons bien reçu votre candidature au poste de Développeur Python et nous vous remercions de l'intérêt que vous portez à Boréal Conseil.

Notre équipe l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

Bien cordialement,
L'équipe recrutement
""",
    expect={"kind": "application_received", "company": "Boréal Conseil", "role": "Développeur Python",
            "contact": "recrutement@boreal-conseil.example"},
)

case(
    name="german_eingangsbestaetigung",
    shape="direct",
    **{"from": "Lindenwerk Karriere <karriere@lindenwerk.example>"},
    subject="Eingangsbestätigung Ihrer Bewerbung als Backend-Entwickler (m/w/d)",
    date="Tue, 17 Nov 2026 08:00:00 +0100",
    body="""Hallo Alex Morgan,

vielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d) und Ihr Interesse an der Lindenwerk GmbH. Ihre Unterlagen sind bei uns eingegangen.

Wir melden uns in den nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Lindenwerk Recruiting-Team
""",
    expect={"kind": "application_received", "company": "Lindenwerk", "role": "Backend-Entwickler",
            "contact": "karriere@lindenwerk.example"},
)

case(
    name="spanish_candidatura_recibida",
    shape="apple",
    **{"from": "Marea Norte Empleo <empleo@mareanorte.example>"},
    subject="Hemos recibido tu candidatura",
    date="Wed, 18 Nov 2026 13:00:00 +0100",
    body="""Hola Alex,

¡Gracias por tu candidatura al puesto de Ingeniera de Datos en Marea Norte! Hemos recibido tu solicitud y nuestro equipo de selección la revisará en los próximos días.

Un saludo,
Equipo de Talento de Marea Norte
""",
    expect={"kind": "application_received", "company": "Marea Norte", "role": "Ingeniera de Datos",
            "contact": "empleo@mareanorte.example"},
)

case(
    name="jobvite_application_thanks",
    shape="outlook",
    **{"from": "Summit Trail Outfitters <notifications@jobvite.com>"},
    subject="Thank you for your interest in Summit Trail Outfitters",
    date="Sat, 21 Nov 2026 09:00:00 -0700",
    body="""Hello Alex,

Thank you for applying for the E-commerce Developer position with Summit Trail Outfitters. We have received your application and will review your background against the requirements of the role.

Best of luck!
Summit Trail Outfitters Recruiting
""",
    expect={"kind": "application_received", "company": "Summit Trail Outfitters", "role": "E-commerce Developer"},
)

case(
    name="teamtailor_application_thanks_uk",
    shape="direct",
    **{"from": "Ledgerline <no-reply@teamtailor-mail.com>"},
    subject="Thanks for your application, Alex!",
    date="Wed, 25 Nov 2026 12:00:00 +0000",
    body="""Hi Alex,

Thanks for your application for Finance Systems Analyst at Ledgerline. We've got it and we're reading it now — you'll hear from us within ten working days.

Cheers,
The Ledgerline team
""",
    expect={"kind": "application_received", "company": "Ledgerline", "role": "Finance Systems Analyst"},
)

case(
    name="small_company_human_ack",
    shape="gmail",
    **{"from": "Rosa Lind <rosa@tinyforge.example>"},
    subject="Re: Application - Junior Web Developer",
    date="Thu, 19 Nov 2026 16:45:00 -0600",
    body="""Hi Alex,

Thanks for your application for the Junior Web Developer role! I've received your resume and portfolio and passed them on to our lead dev. We're a small team at TinyForge so it may take a week or so, but I'll get back to you either way.

Rosa
Office Manager, TinyForge
""",
    expect={"kind": "application_received", "company": "TinyForge", "role": "Junior Web Developer",
            "contact": "rosa@tinyforge.example"},
)

# ============================================================================ rejection
case(
    name="greenhouse_rejection_after_interview",
    shape="gmail",
    **{"from": "Acme Robotics <no-reply@us.greenhouse-mail.io>"},
    reply_to="Sam Lee <sam.lee@acme-robotics.example>",
    subject="Update on your application to Acme Robotics",
    date="Tue, 15 Dec 2026 17:00:00 +0000",
    body="""Hi Alex,

Thank you so much for taking the time to interview for the Senior Backend Engineer role at Acme Robotics. Everyone enjoyed speaking with you.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.

We'll keep your information on file and hope our paths cross again.

Best,
Sam Lee
""",
    # Gmail's inline forward drops Reply-To and the signature has no address: no contact is knowable.
    expect={"kind": "rejection", "company": "Acme Robotics", "role": "Senior Backend Engineer",
            "contact": None},
)

case(
    name="lever_rejection_no_interview",
    shape="direct",
    **{"from": "Kestrel Health <no-reply@hire.lever.co>"},
    subject="Your application to Kestrel Health",
    date="Mon, 30 Nov 2026 19:00:00 +0000",
    body="""Hi Alex,

Thank you for your interest in the Staff Software Engineer, Payments role at Kestrel Health. Unfortunately, we will not be moving forward with your application at this time.

We received a very high number of applications and this was a difficult decision. We encourage you to apply to future openings.

Kind regards,
Kestrel Health Recruiting
""",
    expect={"kind": "rejection", "company": "Kestrel Health", "role": "Staff Software Engineer, Payments"},
)

case(
    name="workday_rejection_html",
    shape="html",
    **{"from": "Granite Mutual <granitemutual@myworkday.com>"},
    subject="Your Application Status - Business Analyst",
    date="Fri, 11 Dec 2026 14:00:00 +0000",
    body="""Dear Alex Morgan,

Thank you for your interest in the Business Analyst position at Granite Mutual and for the time you invested in the interview process.

We regret to inform you that you have not been selected for this position. The position has been filled by a candidate whose qualifications more closely align with our needs.

We wish you every success in your job search.

Granite Mutual Talent Acquisition
""",
    expect={"kind": "rejection", "company": "Granite Mutual", "role": "Business Analyst"},
)

case(
    name="human_rejection_warm_note",
    shape="apple",
    **{"from": "Owen Price <owen@quarry-software.example>"},
    subject="Quarry Software - decision",
    date="Thu, 03 Dec 2026 17:30:00 +0000",
    body="""Hi Alex,

Thanks again for coming in on Monday — the pairing session was genuinely fun. I'm afraid we've decided not to move forward this time: we went with someone with more Elixir experience, which matters a lot for the next six months of work.

I'd be happy to give more detailed feedback on a call if that's useful, and I'd love to stay in touch.

All the best,
Owen
""",
    expect={"kind": "rejection", "company": "Quarry Software", "contact": "owen@quarry-software.example"},
)

case(
    name="french_reponse_negative",
    shape="outlook_fr",
    **{"from": "Camille Laurent <camille.laurent@boreal-conseil.example>"},
    subject="Votre candidature au poste de Développeur Python",
    date="Mon, 14 Dec 2026 10:00:00 +0100",
    body="""Bonjour Alex,

Nous vous remercions pour le temps consacré à nos échanges. Après étude attentive, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous conservons votre profil et ne manquerons pas de revenir vers vous si une opportunité se présente.

Cordialement,
Camille Laurent
Boréal Conseil
""",
    expect={"kind": "rejection", "company": "Boréal Conseil", "role": "Développeur Python",
            "contact": "camille.laurent@boreal-conseil.example"},
)

case(
    name="german_absage_bewerbung",
    shape="outlook_de",
    **{"from": "Lindenwerk Karriere <karriere@lindenwerk.example>"},
    subject="Ihre Bewerbung als Backend-Entwickler (m/w/d)",
    date="Wed, 16 Dec 2026 09:00:00 +0100",
    body="""Hallo Alex Morgan,

vielen Dank für Ihr Interesse an der Lindenwerk GmbH und die Zeit, die Sie in das Gespräch investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Lindenwerk Recruiting-Team
""",
    expect={"kind": "rejection", "company": "Lindenwerk", "role": "Backend-Entwickler",
            "contact": "karriere@lindenwerk.example"},
)

case(
    name="spanish_no_seleccionado",
    shape="gmail",
    **{"from": "Marea Norte Empleo <empleo@mareanorte.example>"},
    subject="Actualización sobre tu candidatura",
    date="Thu, 17 Dec 2026 12:00:00 +0100",
    body="""Hola Alex,

Gracias por participar en el proceso de selección para el puesto de Ingeniera de Datos. Lamentablemente, en esta ocasión hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a lo que buscamos.

Te deseamos mucha suerte.

Equipo de Talento de Marea Norte
""",
    expect={"kind": "rejection", "company": "Marea Norte", "role": "Ingeniera de Datos",
            "contact": "empleo@mareanorte.example"},
)

case(
    name="ashby_rejection_position_filled_rfc822",
    shape="rfc822",
    **{"from": "Halcyon AI <no-reply@ashbyhq.com>"},
    subject="Halcyon AI - Machine Learning Engineer",
    date="Fri, 18 Dec 2026 20:00:00 +0000",
    body="""Hi Alex,

Thanks for your patience while we completed our process for the Machine Learning Engineer role. The position has now been filled, so we won't be progressing your application further.

We really appreciated getting to know you and hope you'll consider Halcyon AI again in the future.

Halcyon AI Talent
""",
    expect={"kind": "rejection", "company": "Halcyon AI", "role": "Machine Learning Engineer"},
)

case(
    name="rejection_mentions_cancelling_remaining_rounds",
    shape="thunderbird",
    **{"from": "Isabel Cho <isabel.cho@fernway.example>"},
    subject="Fernway update",
    date="Fri, 11 Dec 2026 16:00:00 -0800",
    body="""Hi Alex,

I wanted to let you know personally: the team has decided to move forward with another candidate for the role, so we'll be cancelling the remaining interview rounds on your schedule.

Thank you for the time you put in — Marcus was impressed with your system design answers.

Isabel
""",
    expect={"kind": "rejection", "company": "Fernway", "contact": "isabel.cho@fernway.example"},
)

case(
    name="smartrecruiters_rejection_outlook_fwd",
    shape="outlook",
    **{"from": "Wattle & Co <noreply@smartrecruiters.com>"},
    subject="Your application for Customer Success Manager",
    date="Mon, 14 Dec 2026 09:00:00 +1100",
    body="""Dear Alex,

Thank you for your interest in Wattle & Co and for taking the time to interview with us. After careful consideration we have decided not to proceed with your application.

Kind regards,
Grace Whitfield
People & Culture, Wattle & Co
grace.whitfield@wattleandco.example
""",
    expect={"kind": "rejection", "company": "Wattle & Co", "role": "Customer Success Manager",
            "contact": "grace.whitfield@wattleandco.example"},
)

# ============================================================================ offer
case(
    name="offer_letter_from_recruiter",
    shape="gmail",
    **{"from": "Priya Raman <priya.raman@northwind-labs.example>"},
    subject="Offer - Platform Engineer at Northwind Labs",
    date="Thu, 17 Dec 2026 10:00:00 -0800",
    body="""Hi Alex,

Congratulations! On behalf of Northwind Labs, I'm delighted to extend you an offer for the Platform Engineer position.

Your offer letter is attached, with the compensation details, start date and benefits summary. Please review it and let me know if you have any questions — I'm happy to hop on a call.

We're so excited about the possibility of you joining the team!

Priya Raman
Senior Recruiter, Northwind Labs
""",
    expect={"kind": "offer", "company": "Northwind Labs", "role": "Platform Engineer",
            "contact": "priya.raman@northwind-labs.example"},
)

case(
    name="verbal_offer_call_recap",
    shape="direct",
    **{"from": "Maya Goldberg <maya@copperleaf.example>"},
    subject="Great speaking today!",
    date="Fri, 18 Dec 2026 15:00:00 -0500",
    body="""Alex,

It was so good to share the news on the phone today — we're thrilled to offer you the Product Designer role at Copperleaf!

As promised, the written offer will come from our HR system by Monday. Take the time you need, and call me with any questions.

Maya
""",
    expect={"kind": "offer", "company": "Copperleaf", "role": "Product Designer",
            "contact": "maya@copperleaf.example"},
)

case(
    name="french_promesse_embauche",
    shape="outlook_fr",
    **{"from": "Thomas Girard <thomas@atelier-nuage.example>"},
    subject="Proposition d'embauche - Atelier Nuage",
    date="Tue, 15 Dec 2026 11:00:00 +0100",
    body="""Bonjour Alex,

Suite à nos entretiens, nous sommes heureux de vous proposer le poste de Chef de projet digital au sein d'Atelier Nuage.

Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération et la date de prise de poste.

Bien à vous,
Thomas Girard
""",
    expect={"kind": "offer", "company": "Atelier Nuage", "role": "Chef de projet digital",
            "contact": "thomas@atelier-nuage.example"},
)

case(
    name="german_vertragsangebot",
    shape="direct",
    **{"from": "Jana Krüger <jana.krueger@sonnenhof-logistik.example>"},
    subject="Ihr Vertragsangebot – Teamleiter Lager",
    date="Mon, 21 Dec 2026 10:00:00 +0100",
    body="""Hallo Alex Morgan,

wir freuen uns sehr, Ihnen die Stelle als Teamleiter Lager bei der Sonnenhof Logistik anbieten zu können. Anbei erhalten Sie Ihr Vertragsangebot.

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 8. Januar zurück.

Viele Grüße
Jana Krüger
""",
    expect={"kind": "offer", "company": "Sonnenhof Logistik", "role": "Teamleiter Lager",
            "contact": "jana.krueger@sonnenhof-logistik.example"},
)

case(
    name="spanish_oferta_laboral_html",
    shape="html",
    **{"from": "Andrés Villalobos <andres.villalobos@cactus-pagos.example>"},
    subject="Oferta laboral - Cactus Pagos",
    date="Fri, 18 Dec 2026 12:00:00 -0600",
    body="""Hola Alex,

Nos da mucho gusto compartirte nuestra oferta laboral para el puesto de Desarrollador Backend en Cactus Pagos. Adjuntamos la carta oferta con el salario y las prestaciones.

Quedamos atentos a tus comentarios.

Andrés Villalobos
""",
    expect={"kind": "offer", "company": "Cactus Pagos", "role": "Desarrollador Backend",
            "contact": "andres.villalobos@cactus-pagos.example"},
)

case(
    name="greenhouse_offer_esign",
    shape="rfc822",
    **{"from": "Merlion Pay <no-reply@greenhouse.io>"},
    reply_to="Wei Ling Tan <weiling.tan@merlionpay.example>",
    subject="Your offer from Merlion Pay",
    date="Tue, 22 Dec 2026 09:00:00 +0800",
    body="""Hi Alex,

We are excited to extend an offer to you for the Senior QA Engineer position at Merlion Pay! Please review and sign your offer letter using the secure link below.

https://app.greenhouse.io/offers/sign/abc123

Warm regards,
Wei Ling Tan
""",
    expect={"kind": "offer", "company": "Merlion Pay", "role": "Senior QA Engineer",
            "contact": "weiling.tan@merlionpay.example"},
)

# ============================================================================ none
case(
    name="linkedin_job_alert",
    shape="gmail",
    **{"from": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"},
    subject="30+ new jobs for 'backend engineer' in New York",
    date="Tue, 01 Dec 2026 13:00:00 +0000",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"},
    body="""Your job alert for backend engineer in New York

Senior Backend Engineer
Acme Robotics · New York, NY (Hybrid)
Actively recruiting · Easy Apply

Backend Engineer, Payments
Kestrel Health · Remote
3 connections work here

Software Engineer II
Granite Mutual · New York, NY
Apply now

See all jobs
Manage your job alerts · Unsubscribe
""",
    expect={"kind": "none"},
)

case(
    name="indeed_recommended_jobs",
    shape="direct",
    **{"from": "Indeed <alert@indeed.com>"},
    subject="Data Engineer jobs you might like",
    date="Wed, 02 Dec 2026 06:00:00 -0600",
    headers={"List-Id": "<jobalerts.indeed.com>"},
    body="""Jobs based on your recent searches

Data Engineer - Bluefin Analytics - Chicago, IL - $140,000 a year
Urgently hiring. Interviewing now! Apply with your Indeed resume.

Data Platform Engineer - Orbital Freight - Remote
Hiring multiple candidates

View all jobs | Unsubscribe | Manage your alerts
""",
    expect={"kind": "none"},
)

case(
    name="interview_tips_newsletter",
    shape="html",
    **{"from": "The Muse Weekly <newsletter@careerdigest.example>"},
    subject="7 ways to ace your next interview (and the thank-you note that seals it)",
    date="Thu, 03 Dec 2026 11:00:00 -0500",
    headers={"List-Id": "Career Digest Weekly <weekly.careerdigest.example>", "List-Unsubscribe": "<mailto:unsub@careerdigest.example>"},
    body="""This week in Career Digest

7 ways to ace your next interview
Research the company, prepare your stories, and always send a thank-you note within 24 hours of your interview. Here's how recruiters say you can stand out.

How to follow up after an application
Heard nothing for two weeks? Here's the polite check-in email template that works.

Webinar: Negotiating your offer — Tuesday, December 8 at 1 PM ET. Save your seat!

Read more on our site. You are receiving this because you subscribed. Unsubscribe.
""",
    expect={"kind": "none"},
)

case(
    name="recruiter_cold_outreach",
    shape="outlook",
    **{"from": "Tyler Brooks <tyler@apex-talent-partners.example>"},
    subject="Exciting Staff Engineer opportunity — fintech, fully remote",
    date="Mon, 30 Nov 2026 10:00:00 -0500",
    body="""Hi Alex,

I came across your profile and was really impressed by your backend work at your current company. I'm reaching out because I'm partnering with a well-funded Series C fintech that's hiring a Staff Engineer to lead their payments platform.

Would you be open to a quick 15-minute call this week? I'm free Thursday at 2pm ET or Friday morning.

Best,
Tyler Brooks
Principal Recruiter, Apex Talent Partners
""",
    expect={"kind": "none"},
)

case(
    name="cold_outreach_french",
    shape="direct",
    **{"from": "Sophie Marchal <sophie.marchal@cabinet-alto.example>"},
    subject="Opportunité Lead Dev - Lyon",
    date="Tue, 01 Dec 2026 09:30:00 +0100",
    body="""Bonjour Alex,

J'ai vu votre profil sur LinkedIn et votre parcours correspond à une mission que je mène pour un client à Lyon : un poste de Lead Developer dans une scale-up de la logistique.

Seriez-vous ouvert à un échange téléphonique cette semaine ?

Bien à vous,
Sophie Marchal
Cabinet Alto
""",
    expect={"kind": "none"},
)

case(
    name="pick_a_slot_greenhouse_link",
    shape="gmail",
    **{"from": "Acme Robotics <no-reply@us.greenhouse-mail.io>"},
    reply_to="Sam Lee <sam.lee@acme-robotics.example>",
    subject="Acme Robotics - please select your interview times",
    date="Mon, 23 Nov 2026 16:00:00 +0000",
    body="""Hi Alex,

Congratulations on moving forward in the process for the Senior Backend Engineer role! We'd like to schedule your interview with the engineering team.

Please use the link below to select the times that work best for you over the next two weeks:

https://app.greenhouse.io/scheduling/availability/abc

Thanks,
Sam Lee
""",
    expect={"kind": "none"},
)

case(
    name="pick_a_slot_proposed_times",
    shape="direct",
    **{"from": "Isabel Cho <isabel.cho@fernway.example>"},
    subject="Fernway interview availability",
    date="Tue, 01 Dec 2026 09:00:00 -0800",
    body="""Hi Alex,

The team would love to meet you for a 60-minute interview with Marcus Bell, our Director of Engineering. Would any of these times work for you?

- Monday 12/7 at 9:00 AM PT
- Tuesday 12/8 at 1:00 PM PT
- Wednesday 12/9 at 4:00 PM PT

If none of these work, send me a few windows that do.

Thanks!
Isabel
""",
    expect={"kind": "none"},
)

case(
    name="pick_a_slot_calendly_link_french",
    shape="outlook_fr",
    **{"from": "Camille Laurent <camille.laurent@boreal-conseil.example>"},
    subject="Votre candidature - prochaine étape",
    date="Fri, 27 Nov 2026 10:00:00 +0100",
    body="""Bonjour Alex,

Votre profil a retenu notre attention pour le poste de Développeur Python. Je vous propose un premier entretien de 30 minutes.

Merci de choisir un créneau qui vous convient directement dans mon agenda : https://calendly.com/camille-boreal/entretien

Cordialement,
Camille Laurent
""",
    expect={"kind": "none"},
)

case(
    name="pick_a_slot_goodtime_availability",
    shape="apple",
    **{"from": "Orbital Freight Scheduling <scheduling@goodtime.io>"},
    subject="Orbital Freight: share your availability for your interview",
    date="Fri, 27 Nov 2026 12:00:00 -0600",
    body="""Hello Alex,

Orbital Freight would like to schedule your interview for the Senior Frontend Engineer position. Please share your availability for a 90-minute virtual interview between December 1 and December 4.

Provide your availability: https://goodtime.io/availability/xyz

Orbital Freight Recruiting
""",
    expect={"kind": "none"},
)

case(
    name="dentist_appointment_invite",
    shape="direct",
    **{"from": "Bright Smile Dental <appointments@brightsmile-dental.example>"},
    subject="Appointment confirmed: Tuesday, December 8 at 3:00 PM",
    date="Mon, 30 Nov 2026 12:00:00 -0500",
    body="""Hi Alex,

Your appointment with Dr. Emily Carter is confirmed for Tuesday, December 8 at 3:00 PM.

Bright Smile Dental, 22 Main St, Suite 4
Please arrive 10 minutes early. Reply C to confirm or call us to reschedule.
""",
    ics=ics("REQUEST", "bsd-appt-88321", "20261208T150000", "20261208T153000", tzid="America/New_York",
            prodid="-//Bright Smile Dental//Booking//EN", summary="Dental cleaning - Dr. Emily Carter",
            organizer=("Bright Smile Dental", "appointments@brightsmile-dental.example"), attendees=[ME],
            location="22 Main St, Suite 4"),
    expect={"kind": "none"},
)

case(
    name="team_standup_invite_no_job",
    shape="gmail",
    **{"from": "Kevin Duarte <kevin.duarte@mail.example>"},
    subject="Invitation: Weekly sync — garden club @ Wed Dec 9, 2026 7pm - 8pm (EST)",
    date="Tue, 01 Dec 2026 20:00:00 -0500",
    body="""You have been invited to the following event.

Weekly sync — garden club
Wednesday Dec 9, 2026 ⋅ 7pm – 8pm (Eastern Time - New York)

Guests
Kevin Duarte - organizer
alex.morgan@mail.example

Invitation from Google Calendar
""",
    ics=ics("REQUEST", "gardenclub-weekly@google.com", "20261209T190000", "20261209T200000", tzid="America/New_York",
            summary="Weekly sync — garden club", organizer=("Kevin Duarte", "kevin.duarte@mail.example"),
            attendees=[("Kevin Duarte", "kevin.duarte@mail.example", "REQ-PARTICIPANT", "ACCEPTED"), ME]),
    expect={"kind": "none"},
)

case(
    name="out_of_office_reply",
    shape="direct",
    **{"from": "Sam Lee <sam.lee@acme-robotics.example>"},
    subject="Automatic reply: Thank you — Senior Backend Engineer interview",
    date="Wed, 09 Dec 2026 09:00:00 -0500",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Hi,

I'm out of the office until Monday, December 14 with limited access to email. For urgent interview scheduling questions please contact recruiting@acme-robotics.example.

Thanks,
Sam
""",
    expect={"kind": "none"},
)

case(
    name="interview_experience_survey",
    shape="direct",
    **{"from": "Acme Robotics <no-reply@us.greenhouse-mail.io>"},
    subject="How was your interview experience with Acme Robotics?",
    date="Thu, 10 Dec 2026 15:00:00 +0000",
    body="""Hi Alex,

Thanks for interviewing with Acme Robotics. We'd love your feedback on the candidate experience — it takes 2 minutes and your answers are anonymous and won't affect your application.

Take the survey: https://survey.example.com/acme

Acme Robotics Recruiting
""",
    expect={"kind": "none"},
)

case(
    name="friend_dinner_tomorrow",
    shape="direct",
    **{"from": "Jamie Ortiz <jamie.ortiz@mail.example>"},
    subject="dinner tomorrow?",
    date="Thu, 03 Dec 2026 18:00:00 -0500",
    body="""hey! still on for dinner tomorrow at 7? I booked the thai place on 5th. also good luck with the job stuff, you'll crush it

j
""",
    expect={"kind": "none"},
)

case(
    name="webinar_registration_confirmation",
    shape="gmail",
    **{"from": "Zoom <no-reply@zoom.us>"},
    subject="Registration confirmed: Breaking into Product Management",
    date="Mon, 30 Nov 2026 12:00:00 -0800",
    body="""Hi Alex,

Thank you for registering for "Breaking into Product Management: a panel with hiring managers".

Date & Time: Dec 10, 2026 05:00 PM Pacific Time (US and Canada)
Join from a PC, Mac, iPad, or Android: https://zoom.us/w/99911122233

You can cancel your registration at any time.
""",
    expect={"kind": "none"},
)

case(
    name="job_board_application_viewed",
    shape="direct",
    **{"from": "Indeed <no-reply@indeed.com>"},
    subject="Your application was viewed by Bluefin Analytics",
    date="Tue, 24 Nov 2026 10:00:00 -0600",
    headers={"List-Unsubscribe": "<https://indeed.com/unsub>"},
    body="""Good news! Bluefin Analytics viewed your application for Data Engineer.

Employers often review applications several times. Keep applying to improve your chances.

Recommended jobs for you: Data Engineer at Orbital Freight · Analytics Engineer at Granite Mutual

Unsubscribe | Manage email settings
""",
    expect={"kind": "none"},
)

case(
    name="german_newsletter_stellenangebote",
    shape="direct",
    **{"from": "StepStone <newsletter@stepstone.de>"},
    subject="Neue Jobs für Sie: Backend-Entwickler in Berlin",
    date="Wed, 02 Dec 2026 07:00:00 +0100",
    headers={"List-Id": "<jobagent.stepstone.de>"},
    body="""Hallo Alex,

hier sind neue Jobs, die zu Ihrem Suchprofil passen:

Backend-Entwickler (m/w/d) – Lindenwerk GmbH – Berlin
Senior Python Developer – Datenfluss AG – Berlin

Jetzt bewerben! Job-Agent abbestellen
""",
    expect={"kind": "none"},
)

case(
    name="spanish_cold_outreach_linkedin_style",
    shape="gmail",
    **{"from": "Carlos Medina <carlos.medina@talento-iberia.example>"},
    subject="Propuesta: Data Engineer remoto",
    date="Thu, 03 Dec 2026 10:00:00 +0100",
    body="""Hola Alex,

He visto tu perfil y creo que encajarías muy bien en una posición de Data Engineer para un cliente del sector energético, 100% remoto.

¿Te viene bien una llamada breve el jueves a las 16:00?

Un saludo,
Carlos Medina
Talento Iberia
""",
    expect={"kind": "none"},
)

case(
    name="package_delivery_notice",
    shape="direct",
    **{"from": "ParcelGo <tracking@parcelgo.example>"},
    subject="Your package arrives tomorrow between 10:00 and 14:00",
    date="Mon, 07 Dec 2026 19:00:00 +0000",
    body="""Hi Alex,

Good news: your parcel from Office Supplies Direct is out for delivery and will arrive tomorrow between 10:00 and 14:00.

Track your parcel: https://parcelgo.example/t/123
""",
    expect={"kind": "none"},
)

case(
    name="reminder_to_complete_application",
    shape="direct",
    **{"from": "Granite Mutual <granitemutual@myworkday.com>"},
    subject="Complete your application for Business Analyst",
    date="Sun, 15 Nov 2026 12:00:00 +0000",
    body="""Dear Alex Morgan,

You started an application for the Business Analyst position but have not yet submitted it. Sign in to your candidate home to finish your application before the posting closes on November 30.

Granite Mutual Talent Acquisition
""",
    expect={"kind": "none"},
)

case(
    name="slot_question_from_hiring_manager",
    shape="thunderbird",
    **{"from": "Owen Price <owen@quarry-software.example>"},
    subject="Technical round?",
    date="Tue, 24 Nov 2026 10:00:00 +0000",
    body="""Hi Alex,

Ellie enjoyed your chat! Would Monday 30 November at 2pm or Tuesday 1 December at 10am work for a technical interview at our office? Let me know which suits you.

Owen
Quarry Software
""",
    expect={"kind": "none"},
)

case(
    name="meetup_event_publish_invite",
    shape="direct",
    **{"from": "Meetup <info@meetup.example>"},
    subject="You're going to: Python Night — lightning talks",
    date="Tue, 01 Dec 2026 12:00:00 -0500",
    headers={"List-Unsubscribe": "<https://meetup.example/unsub>"},
    body="""You're going to Python Night — lightning talks on Thursday, December 10 at 6:30 PM EST.

Venue: Civic Hall, 124 E 14th St. Pizza provided. Unsubscribe from these emails.
""",
    ics=ics("PUBLISH", "meetup-pynight-1210", "20261210T183000", "20261210T210000", tzid="America/New_York",
            summary="Python Night — lightning talks", organizer=("Meetup", "info@meetup.example"), attendees=[]),
    expect={"kind": "none"},
)

case(
    name="auto_ack_from_recruiting_robot_ooo_french",
    shape="direct",
    **{"from": "Boréal Conseil <recrutement@boreal-conseil.example>"},
    subject="Réponse automatique : Entretien mardi",
    date="Tue, 08 Dec 2026 08:00:00 +0100",
    headers={"Auto-Submitted": "auto-replied"},
    body="""Bonjour,

Je suis absente du bureau jusqu'au 14 décembre. Pour toute question concernant votre entretien, merci de contacter l'accueil.

Camille Laurent
""",
    expect={"kind": "none"},
)

# ============================================================================ later additions
case(
    name="recruiter_confirms_vp_interview_gmail",
    shape="gmail",
    **{"from": "Talia Brooks <talia@brightpath.example>"},
    subject="Your interview with BrightPath",
    date="Mon, 30 Nov 2026 10:00:00 -0500",
    body="""Hi Alex,

Thanks for making time to chat last week! I'd like to confirm your next interview with our VP of Engineering, Carlos Ruiz, on Thursday, December 3rd at 11:30am EST via Google Meet (link: https://meet.google.com/aaa-bbbb-ccc).

It's a 45 minute conversation focused on leadership and architecture for the Engineering Manager role.

Talia Brooks
Recruiter | BrightPath
""",
    expect={"kind": "interview_scheduled", "company": "BrightPath", "role": "Engineering Manager",
            "at": ("2026-12-03 11:30", "America/New_York"), "contact": "talia@brightpath.example",
            "interviewers": ["Carlos Ruiz"]},
)

case(
    name="hr_team_invitation_html_cst",
    shape="html",
    **{"from": "HR Team <hr@northstar-logistics.example>"},
    subject="Interview Invitation - Warehouse Supervisor",
    date="Thu, 03 Dec 2026 08:00:00 -0600",
    body="""Dear Alex,

We are pleased to invite you for an interview for the Warehouse Supervisor position at NorthStar Logistics.

Date: 12/10/2026
Time: 2:00 PM CST
Location: 455 Industrial Pkwy, Dallas, TX

Please bring two forms of ID.

Regards,
Monica Alvarez
HR Generalist
monica.alvarez@northstar-logistics.example
""",
    expect={"kind": "interview_scheduled", "company": "NorthStar Logistics", "role": "Warehouse Supervisor",
            "at": ("2026-12-10 14:00", "America/Chicago"), "contact": "monica.alvarez@northstar-logistics.example",
            "interviewers": []},
)

case(
    name="spanish_cto_interview_outlook_es",
    shape="outlook_es",
    **{"from": "Sofía Martín <sofia@lunaria.example>"},
    subject="Entrevista con Lunaria",
    date="Wed, 02 Dec 2026 10:00:00 +0100",
    body="""Hola Alex:

Encantados con tu perfil. Te escribo para confirmar la entrevista del jueves 10 de diciembre a las 10:00 con nuestro CTO, Javier Ortega, para la posición de Desarrollador Full Stack.

Un abrazo,
Sofía Martín
Lunaria
""",
    expect={"kind": "interview_scheduled", "company": "Lunaria", "role": "Desarrollador Full Stack",
            "at": ("2026-12-10 10:00", "Europe/Madrid"), "contact": "sofia@lunaria.example",
            "interviewers": ["Javier Ortega"]},
)

case(
    name="phone_interview_cancelled_relative",
    shape="thunderbird",
    **{"from": "Ashley Wong <ashley.wong@pinnacle-health.example>"},
    subject="Phone interview cancelled",
    date="Wed, 02 Dec 2026 10:00:00 -0500",
    body="""Hi Alex,

I'm sorry for the short notice, but I have to cancel our phone interview scheduled for tomorrow at 3pm. The hiring manager has decided to put the role on hold. I will let you know if anything changes.

Ashley
""",
    expect={"kind": "interview_cancelled", "company": "Pinnacle Health", "role": None,
            "at": ("2026-12-03 15:00", "America/New_York"), "contact": "ashley.wong@pinnacle-health.example",
            "interviewers": []},
)

case(
    name="india_panel_confirmation_rfc822",
    shape="rfc822",
    **{"from": "Rohan Mehta <rohan@spiceroute.example>"},
    subject="Spice Route - Interview confirmation",
    date="Wed, 02 Dec 2026 10:00:00 +0530",
    body="""Hi Alex,

Confirming your interview on 9th December 2026, 3 PM IST with Ankit Sharma and Neha Gupta for the Product Manager role.

Meeting link: https://teams.microsoft.com/l/meetup-join/abc

Regards,
Rohan Mehta
Talent Partner, Spice Route
""",
    expect={"kind": "interview_scheduled", "company": "Spice Route", "role": "Product Manager",
            "at": ("2026-12-09 15:00", "Asia/Kolkata"), "contact": "rohan@spiceroute.example",
            "interviewers": ["Ankit Sharma", "Neha Gupta"]},
)

case(
    name="founder_coffee_pitch_is_outreach",
    shape="direct",
    **{"from": "Jake <jake@hypergrowth.example>"},
    subject="Quick question",
    date="Tue, 01 Dec 2026 14:00:00 -0800",
    body="""Hey Alex — saw your talk at PyCon and loved it. We're hiring a founding engineer at Hypergrowth. Any interest in grabbing coffee next week? I'm free Tuesday at 10am or Wednesday afternoon.

Jake, CEO
""",
    expect={"kind": "none"},
)

case(
    name="reschedule_request_with_proposed_time_only",
    shape="apple",
    **{"from": "Dana Kim <dana.kim@orchid-ai.example>"},
    subject="Re: Orchid AI onsite",
    date="Wed, 02 Dec 2026 11:00:00 -0800",
    body="""Hi Alex,

Unfortunately Priya got sick, so we'll need to reschedule your onsite from this Friday. Could you do Monday, December 7 at 10am PT instead? Everything else stays the same.

Dana
""",
    expect={"kind": "none"},
)
