"""A fourth dev-only batch about kinds, written after the third round of kind changes and before any
further one, in wording no earlier batch used (own writing), pinned to the dev split so the frozen
split stays as it was. It draws the line between mail whose subject says "Interview" and whose body
gives a time but which is nobody's hiring interview (a friend's practice, a podcast slot, a student
paper, a study session, a club tryout, a babysitter the owner interviews, a volunteer chat, a visa
appointment) and genuine interviews written just as thinly; and it holds rejections that name no
decision word the detector already knew (short HR notes, mostly about the past interview, "kept on
file", other languages).
"""

from __future__ import annotations

from common import ME, case, ics

NY = "America/New_York"
LON = "Europe/London"
BER = "Europe/Berlin"
CHI = "America/Chicago"


def dev(**kw: object) -> None:
    case(split="dev", **kw)


# --- Look-alikes: "Interview" in the subject, a time in the body, no hiring interview -------------

dev(
    name="k4_none_friend_practice_session",
    kind="none",
    frm="Jonah Whitfield <jonah.whitfield@gmail.example>",
    subject="Interview practice Thu 7pm?",
    date="Mon, 07 Dec 2026 21:15:00 -0500",
    body="""
    Hey Alex,

    My big onsite is next week and I'm panicking a bit. Could you grill me Thursday at 7pm? I'll bring
    pizza, you bring the hardest system design question you can think of.

    Jonah
    """,
)

dev(
    name="k4_none_podcast_guest_slot",
    kind="none",
    frm="Rita Salgado <rita@shipitpodcast.example>",
    subject="Interview slot confirmed - Ship It Weekly",
    date="Tue, 08 Dec 2026 11:00:00 -0500",
    body="""
    Hi Alex,

    Lovely to have you on the show! You're down for our recording on Wednesday, December 16 at 2pm
    Eastern. We'll talk about your migration talk from the meetup; plan on about 45 minutes, and a
    decent microphone helps a lot.

    Rita Salgado
    Host, Ship It Weekly
    """,
)

dev(
    name="k4_none_student_newspaper",
    kind="none",
    frm="Noor Haddad <nhaddad@campuscourier.example>",
    subject="Interview for the Courier?",
    date="Wed, 09 Dec 2026 13:40:00 -0500",
    body="""
    Hi Alex,

    I write for the Campus Courier and I'm putting together a story on alumni who moved into tech.
    Would Monday at 4pm suit you for a 20-minute chat? I'll send my questions ahead of time.

    Thanks!
    Noor Haddad, staff writer
    """,
)

dev(
    name="k4_none_research_study_session",
    kind="none",
    frm="Sleep & Memory Lab <sleeplab@psych.northfield.example>",
    subject="Interview session booked",
    date="Thu, 10 Dec 2026 09:05:00 -0500",
    body="""
    Dear participant,

    Thank you for signing up for our study on sleep and memory. Your interview session is booked for
    Tuesday, December 15 at 10:00 AM in Hollis Hall, room 214. It lasts about an hour and you will
    receive a $25 gift card.

    Sleep & Memory Lab, Department of Psychology
    """,
)

dev(
    name="k4_none_club_tryout",
    kind="none",
    frm="Riverside Rowing Club <captain@riversiderowing.example>",
    subject="Tryout interviews this Saturday",
    date="Mon, 07 Dec 2026 18:00:00 -0500",
    body="""
    Hi all new members,

    Tryout interviews for the novice squad are this Saturday at 9am at the boathouse. Bring warm
    layers and water; each chat with the coaches takes about ten minutes.

    See you on the water,
    Riverside Rowing Club
    """,
)

dev(
    name="k4_none_babysitter_owner_interviews",
    kind="none",
    frm="Hannah Pruitt <hannah.pruitt@yahoo.example>",
    subject="Babysitter interview Friday",
    date="Tue, 08 Dec 2026 16:20:00 -0500",
    body="""
    Hi Mr Morgan,

    Thanks for getting back to me about looking after Mia on weekday afternoons. Friday at 5pm works
    for me to come by for the interview, and I'll bring my first-aid certificate and two references.

    Hannah
    """,
)

dev(
    name="k4_none_volunteer_role_chat",
    kind="none",
    frm="Leah Brandt <volunteers@eastsidefoodbank.example>",
    subject="Interview for shift lead (volunteer)",
    date="Wed, 09 Dec 2026 10:30:00 -0500",
    body="""
    Hi Alex,

    Thanks for offering to step up at the pantry! Before we hand over the keys for the Saturday shift
    lead role, we do a quick interview: would Wednesday at 6pm at the warehouse work? It's informal and
    unpaid, like everything here.

    Leah Brandt
    Volunteer Coordinator, Eastside Food Bank
    """,
)

dev(
    name="k4_none_visa_appointment",
    kind="none",
    frm="Appointment Service <no-reply@visa-appointments.example>",
    subject="Your interview appointment: Tuesday 8:30 AM",
    date="Fri, 04 Dec 2026 08:00:00 -0500",
    body="""
    Dear ALEX MORGAN,

    Your visa interview appointment is confirmed for Tuesday, December 8, 2026 at 8:30 AM at the
    consular section. Bring your passport, the confirmation page and one photograph. Electronic devices
    are not allowed in the building.

    This is an automated message.
    """,
)

# --- Genuine interviews, written just as thinly ---------------------------------------------------

dev(
    name="k4_sched_one_line_company_sender",
    kind="interview_scheduled",
    frm="Priya Raman <priya.raman@corvane.example>",
    subject="Interview \u2013 Tue 3pm",
    date="Mon, 07 Dec 2026 10:12:00 -0500",
    body="""
    Hi Alex, Tuesday 3pm it is - I'll call your mobile.

    Priya Raman | Corvane
    """,
    company="Corvane",
    contact="priya.raman@corvane.example",
    interviewers=["priya.raman@corvane.example"],
    at=("2026-12-08 15:00", NY),
)

dev(
    name="k4_sched_calendar_only_hiring_manager",
    kind="interview_scheduled",
    frm="Dana Okoro <dana.okoro@mirelle.example>",
    subject="Invitation: Alex / Dana - interview @ Thu Dec 10, 2026 11am - 12pm (EST)",
    date="Mon, 07 Dec 2026 15:30:00 -0500",
    body="""
    Alex / Dana - interview
    Thursday Dec 10, 2026 11am - 12pm (Eastern Time - New York)
    Joining info: meet.google.com/xyz-abcd-efg
    """,
    ics=ics(
        "REQUEST",
        "mirelle-alex-dana-1@google.com",
        "20261210T110000",
        "20261210T120000",
        tzid="America/New_York",
        summary="Alex / Dana - interview",
        organizer=("Dana Okoro", "dana.okoro@mirelle.example"),
        attendees=[("Dana Okoro", "dana.okoro@mirelle.example", "ACCEPTED"), ME],
    ),
    company="Mirelle",
    contact="dana.okoro@mirelle.example",
    interviewers=["dana.okoro@mirelle.example"],
    at=("2026-12-10 11:00", NY),
)

dev(
    name="k4_sched_reply_see_you_thursday",
    kind="interview_scheduled",
    frm="Tomasz Wrobel <tomasz@quaystone.example>",
    subject="Re: interview",
    date="Tue, 08 Dec 2026 17:45:00 +0000",
    body="""
    Perfect, Thursday at 14:00 then. Come to reception and ask for me.

    Tomasz Wrobel
    Engineering Manager, Quaystone Ltd
    """,
    company="Quaystone Ltd",
    contact="tomasz@quaystone.example",
    interviewers=["tomasz@quaystone.example"],
    at=("2026-12-10 14:00", LON),
)

dev(
    name="k4_sched_freemail_founder_position",
    kind="interview_scheduled",
    frm="Ines Carvalho <ines.carvalho.studio@gmail.example>",
    subject="Interview Friday 10am",
    date="Tue, 08 Dec 2026 12:00:00 -0600",
    body="""
    Hi Alex,

    I run a small design studio (still on gmail, sorry!). Thanks for your portfolio - let's do the
    interview for the junior designer position on Friday at 10am on Zoom. I'll send the link.

    Ines
    """,
    company=None,
    role="junior designer",
    contact="ines.carvalho.studio@gmail.example",
    interviewers=["ines.carvalho.studio@gmail.example"],
    at=("2026-12-11 10:00", CHI),
)

# --- Rejections with no decision word the detector already knew --------------------------------

dev(
    name="k4_rej_short_hr_its_a_no",
    kind="rejection",
    frm="HR Team <hr@kestrellogistics.example>",
    subject="Re: Warehouse Systems Analyst",
    date="Mon, 14 Dec 2026 15:00:00 -0500",
    body="""
    Hi Alex,

    We've gone through everyone for the Warehouse Systems Analyst job and it's a no from us this time.
    Best of luck with the search.

    HR, Kestrel Logistics
    """,
    company="Kestrel Logistics",
    role="Warehouse Systems Analyst",
    contact="hr@kestrellogistics.example",
)

dev(
    name="k4_rej_mostly_about_past_interview",
    kind="rejection",
    frm="Sofia Lindqvist <sofia.lindqvist@norrbyte.example>",
    subject="Following up on Thursday",
    date="Mon, 14 Dec 2026 09:20:00 +0100",
    body="""
    Hi Alex,

    Thanks again for coming in on Thursday. The team enjoyed hearing about the billing migration, and
    Erik still talks about your answer on idempotency. We talked it over on Friday, and the panel felt
    the fit for this particular team wasn't quite there.

    All the best,
    Sofia Lindqvist
    Talent Acquisition, Norrbyte
    """,
    company="Norrbyte",
    contact="sofia.lindqvist@norrbyte.example",
)

dev(
    name="k4_rej_cv_kept_on_file_only",
    kind="rejection",
    frm="Recruitment <careers@halberd-insurance.example>",
    subject="Data Analyst application",
    date="Tue, 15 Dec 2026 11:00:00 +0000",
    body="""
    Dear Alex,

    Thank you for the time you put into applying for the Data Analyst role. Having reviewed the
    applications, we'll hold your CV on file and reach out should something closer to your experience
    open up.

    Kind regards,
    Recruitment Team, Halberd Insurance
    """,
    company="Halberd Insurance",
    role="Data Analyst",
    contact="careers@halberd-insurance.example",
)

dev(
    name="k4_rej_talent_pool_offer_to_another",
    kind="rejection",
    frm="Jess Moreau <jess.moreau@tallyhq.example>",
    subject="Support Lead",
    date="Wed, 16 Dec 2026 16:10:00 -0500",
    body="""
    Hi Alex,

    Thank you for meeting the team last week. For the Support Lead opening we have extended an offer to
    another candidate, who has accepted. We've added your profile to our talent pool for future roles.

    Jess Moreau
    People Team, Tally
    """,
    company="Tally",
    role="Support Lead",
    contact="jess.moreau@tallyhq.example",
)

dev(
    name="k4_rej_german_anderweitig_besetzt",
    kind="rejection",
    frm="Personalabteilung <bewerbung@rheinwerk-logistik.example>",
    subject="Ihre Bewerbung als Werkstudent Data Engineering",
    date="Thu, 17 Dec 2026 10:00:00 +0100",
    body="""
    Hallo Alex Morgan,

    vielen Dank für Ihre Bewerbung und Ihr Interesse an der Rheinwerk Logistik GmbH. Nach sorgfältiger
    Prüfung haben wir uns entschieden, die Stelle anderweitig zu besetzen. Wir wünschen Ihnen für Ihren
    weiteren Weg alles Gute.

    Mit freundlichen Grüßen
    Personalabteilung, Rheinwerk Logistik GmbH
    """,
    company="Rheinwerk Logistik GmbH",
    role="Werkstudent Data Engineering",
    contact="bewerbung@rheinwerk-logistik.example",
)

dev(
    name="k4_rej_spanish_otro_perfil",
    kind="rejection",
    frm="Selección <seleccion@alborada-tech.example>",
    subject="Tu candidatura - Desarrollador Backend",
    date="Thu, 17 Dec 2026 12:30:00 +0100",
    body="""
    Hola Alex,

    Gracias por participar en el proceso para Desarrollador Backend. Tras valorar todas las
    candidaturas, hemos optado por otro perfil que se ajusta más a lo que buscamos en este momento.

    Un saludo,
    Equipo de Selección, Alborada Tech
    """,
    company="Alborada Tech",
    role="Desarrollador Backend",
    contact="seleccion@alborada-tech.example",
)

dev(
    name="k4_rej_french_suite_defavorable",
    kind="rejection",
    frm="Recrutement <recrutement@veloris.example>",
    subject="Votre candidature - Chef de projet digital",
    date="Fri, 18 Dec 2026 09:00:00 +0100",
    body="""
    Bonjour Alex,

    Nous vous remercions pour l'intérêt porté à Veloris. Après étude de votre dossier, nous ne pouvons
    pas donner une suite favorable à votre candidature pour le poste de Chef de projet digital.

    Cordialement,
    L'équipe Recrutement, Veloris
    """,
    company="Veloris",
    role="Chef de projet digital",
    contact="recrutement@veloris.example",
)

# --- A receipt that keeps the CV on file while the review is still open ------------------------

dev(
    name="k4_app_cv_on_file_review_pending",
    kind="application_received",
    frm="Careers <careers@pembridge-health.example>",
    subject="We've got your application",
    date="Mon, 07 Dec 2026 08:30:00 +0000",
    body="""
    Dear Alex,

    Thanks for applying for the Clinical Data Coordinator role. Your CV is on file with us while the
    hiring team reviews applications, and you'll hear from us within two weeks either way.

    Pembridge Health Careers
    """,
    company="Pembridge Health",
    role="Clinical Data Coordinator",
    contact=None,
)
