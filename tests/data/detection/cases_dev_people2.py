"""A second dev-only batch about people, in wordings and layouts no earlier batch used.

Written (own writing) before the detector was changed for it, and pinned to the dev split so the
frozen split stays exactly as it was. Aimed at who the owner meets when the mail does not list a
panel: a recruiter booking a screen with themself ("a quick call with me", "I'll give you a ring",
"our chat"); the interviewer moving or cancelling their own call with no title; an organizer who is
also on the panel; interviewers named in passing or with a possessive; names after honorifics
(Herrn, Frau Dr., Mr., Ms., M.); a name only in the subject; a hiring manager writing in first
person and copying a colleague who will join; calendar invites whose attendees are the owner and a
room; interviewers only in an HTML table; and guards (a coordinator saying "I'll", a recruiter
saying "call me") where the writer is not met.
"""

from __future__ import annotations

from common import ME, OUTLOOK, case, ics

NY = "America/New_York"
LON = "Europe/London"
BER = "Europe/Berlin"
PAR = "Europe/Paris"
LA = "America/Los_Angeles"
CHI = "America/Chicago"

ROOM = ("Atlas-4-4B (8) [Zoom Room]", "c_1887a2b9f0e4d@resource.calendar.google.com")


def dev(**kw: object) -> None:
    case(split="dev", **kw)


# --- the writer is the one the owner meets --------------------------------------------------------

dev(
    name="pp2_screen_quick_call_with_me",
    kind="interview_scheduled",
    frm="Nadia Ferris <nadia.ferris@copperline.example>",
    subject="Next step - Copperline",
    date="Mon, 07 Dec 2026 11:20:00 -0500",
    body="""
    Hi Alex,

    Thanks for applying to the Customer Success Lead role. I've put us down for a quick call with me
    on Thursday, December 10 at 2:00 PM ET - about 25 minutes, just to get to know you and walk you
    through the team. I'll call the number on your CV.

    Speak soon,
    Nadia Ferris
    Talent Partner | Copperline
    """,
    company="Copperline",
    role="Customer Success Lead",
    contact="nadia.ferris@copperline.example",
    interviewers=["nadia.ferris@copperline.example"],
    at=("2026-12-10 14:00", NY),
)

dev(
    name="pp2_screen_ill_give_you_a_ring",
    kind="interview_scheduled",
    frm="Owen Pryce <owen@talbotandreed.example>",
    subject="Re: Operations Analyst application",
    date="Tue, 08 Dec 2026 09:05:00 +0000",
    body="""
    Morning Alex,

    Great, Wednesday works. I'll give you a ring at 10:30 tomorrow (Wednesday 9th) for our chat about
    the Operations Analyst position - it shouldn't take more than half an hour.

    Owen
    Talbot & Reed Recruitment
    """,
    company="Talbot & Reed",
    role="Operations Analyst",
    contact="owen@talbotandreed.example",
    interviewers=["owen@talbotandreed.example"],
    at=("2026-12-09 10:30", LON),
)

dev(
    name="pp2_resched_have_to_move_our_call_no_title",
    kind="interview_rescheduled",
    frm="Marco Lenz <marco.lenz@fernwerk.example>",
    subject="Our call on Tuesday",
    date="Mon, 14 Dec 2026 18:40:00 +0100",
    body="""
    Hi Alex,

    Something came up and I have to move our call from Tuesday to Wednesday, December 16 at
    3:00 PM (Berlin time). Same Zoom link as before. Sorry for the short notice!

    Marco
    """,
    company="Fernwerk",
    contact="marco.lenz@fernwerk.example",
    interviewers=["marco.lenz@fernwerk.example"],
    at=("2026-12-16 15:00", BER),
)

dev(
    name="pp2_cancel_interviewer_self_out_sick",
    kind="interview_cancelled",
    frm="Tobias Wren <tobias.wren@gridhollow.example>",
    subject="Friday's interview",
    date="Thu, 10 Dec 2026 20:10:00 -0600",
    body="""
    Hi Alex,

    I'm really sorry, but I need to cancel our interview tomorrow (Friday at 9:00 AM) - I've come down
    with something and won't be able to do it justice. Priya from our recruiting team will be in touch
    to find a new time next week.

    Apologies again,
    Tobias
    """,
    company="Gridhollow",
    contact="tobias.wren@gridhollow.example",
    interviewers=["tobias.wren@gridhollow.example"],
)

dev(
    name="pp2_look_forward_to_meeting_you_fr_office",
    kind="interview_scheduled",
    frm="Élodie Marchand <elodie.marchand@lumeo-studio.example>",
    subject="Entretien lundi / interview Monday",
    date="Wed, 09 Dec 2026 17:45:00 +0100",
    body="""
    Hello Alex,

    Thanks for confirming your interview on Monday, December 14 at 9:30 at our Lyon office
    (12 rue Mercière, 2nd floor). I look forward to meeting you - ask for me at reception.

    Élodie
    """,
    company="Lumeo Studio",
    contact="elodie.marchand@lumeo-studio.example",
    interviewers=["elodie.marchand@lumeo-studio.example"],
    at=("2026-12-14 09:30", PAR),
)

dev(
    name="pp2_recruiter_push_our_chat",
    kind="interview_rescheduled",
    frm="Beth Lo <beth.lo@sundial-health.example>",
    subject="Moving our chat to Thursday",
    date="Tue, 15 Dec 2026 08:30:00 -0800",
    body="""
    Hi Alex,

    I need to push our chat to Thursday, December 17, same time (11:00 AM PT) - a clash with our
    all-hands. Hope that's OK; the Zoom link stays the same.

    Beth Lo
    Technical Recruiter, Sundial Health
    """,
    company="Sundial Health",
    contact="beth.lo@sundial-health.example",
    interviewers=["beth.lo@sundial-health.example"],
    at=("2026-12-17 11:00", LA),
)

dev(
    name="pp2_hm_first_person_cc_colleague_joins",
    kind="interview_scheduled",
    frm="Ruth Adeyemi <ruth.adeyemi@kestrelpay.example>",
    cc="Sam Porter <sam.porter@kestrelpay.example>",
    subject="Chat on Friday",
    date="Tue, 08 Dec 2026 13:00:00 -0500",
    body="""
    Hi Alex,

    I run the payments platform team and I'd love to talk with you about the Senior Engineer opening.
    Let's do Friday, December 11 at 4:00 PM ET on Google Meet. I've cc'd Sam, a senior engineer on my
    team, who'll join us for the second half.

    Best,
    Ruth
    """,
    company="KestrelPay",
    role="Senior Engineer",
    contact="ruth.adeyemi@kestrelpay.example",
    interviewers=["ruth.adeyemi@kestrelpay.example", "sam.porter@kestrelpay.example"],
    at=("2026-12-11 16:00", NY),
)

dev(
    name="pp2_panel_writer_and_first_names_in_to",
    kind="interview_scheduled",
    frm="Carmen Ruiz <carmen.ruiz@tidewell.example>",
    to=(
        "Alex Morgan <alex.morgan@mail.example>, Priya Shah <priya.shah@tidewell.example>, "
        "Tom Ellis <tom.ellis@tidewell.example>"
    ),
    subject="Wednesday panel",
    date="Mon, 14 Dec 2026 10:00:00 -0600",
    body="""
    Hi Alex,

    Priya, Tom and I will be your panel on Wednesday, December 16 at 1:00 PM Central. We'll spend
    most of the hour on a case study, so bring questions.

    See you then,
    Carmen
    """,
    company="Tidewell",
    contact="carmen.ruiz@tidewell.example",
    interviewers=[
        "carmen.ruiz@tidewell.example",
        "priya.shah@tidewell.example",
        "tom.ellis@tidewell.example",
    ],
    at=("2026-12-16 13:00", CHI),
)

dev(
    name="pp2_forwarded_head_of_data_call_between_us",
    kind="interview_scheduled",
    frm="Stefan Novak <stefan.novak@brightquay.example>",
    subject="Data Lead - next step",
    date="Wed, 09 Dec 2026 12:15:00 +0100",
    shape="gmail",
    body="""
    Hi Alex,

    Thanks for your note. Happy to set up a call between us on Tuesday, December 15 at 5:00 PM CET to
    talk through the Data Lead role; I'll send a Teams link the day before.

    Regards,
    Stefan Novak
    Head of Data, Brightquay
    """,
    company="Brightquay",
    role="Data Lead",
    contact="stefan.novak@brightquay.example",
    interviewers=["stefan.novak@brightquay.example"],
    at=("2026-12-15 17:00", BER),
)

# --- calendar invites -------------------------------------------------------------------------------

dev(
    name="pp2_ics_organizer_also_on_panel_with_room",
    kind="interview_scheduled",
    frm="Hannah Cole <hannah.cole@marlowlabs.example>",
    subject="Invitation: Panel interview - Alex Morgan @ Thu Dec 17, 2026 10am - 11am (EST)",
    date="Fri, 11 Dec 2026 15:00:00 -0500",
    body="""
    Hi Alex,

    Sending the invite for Thursday. I'll be one of your interviewers, along with Rafael Ortiz from
    the platform team. We've booked a room on the 4th floor; check in at the front desk.

    Hannah
    """,
    ics=ics(
        "REQUEST",
        "5m2kq8r0v1marlow@google.com",
        "20261217T150000",
        "20261217T160000",
        utc=True,
        summary="Panel interview - Alex Morgan",
        organizer=("Hannah Cole", "hannah.cole@marlowlabs.example"),
        attendees=[
            ("Hannah Cole", "hannah.cole@marlowlabs.example", "ACCEPTED"),
            ("Rafael Ortiz", "rafael.ortiz@marlowlabs.example"),
            ME,
            ROOM,
        ],
    ),
    company="Marlow Labs",
    contact="hannah.cole@marlowlabs.example",
    interviewers=["hannah.cole@marlowlabs.example", "rafael.ortiz@marlowlabs.example"],
    at=("2026-12-17 10:00", NY),
)

dev(
    name="pp2_ics_owner_and_room_only",
    kind="interview_scheduled",
    frm="Felix Braun <felix.braun@osterbrook.example>",
    subject="Interview: Alex Morgan / Felix Braun",
    date="Thu, 10 Dec 2026 09:00:00 +0100",
    body="""
    Interview: Alex Morgan / Felix Braun
    Tuesday, 15 December 2026, 14:00 - 15:00 (W. Europe Standard Time)
    Where: Osterbrook HQ, Raum Elbe
    """,
    ics=ics(
        "REQUEST",
        "040000008200E00074C5B7101A82E008-osterbrook-fb",
        "20261215T140000",
        "20261215T150000",
        tzid="W. Europe Standard Time",
        prodid=OUTLOOK,
        summary="Interview: Alex Morgan / Felix Braun",
        organizer=("Felix Braun", "felix.braun@osterbrook.example"),
        attendees=[ME, ("Raum Elbe", "raum.elbe@osterbrook.example")],
        location="Osterbrook HQ, Raum Elbe",
    ),
    company="Osterbrook",
    contact="felix.braun@osterbrook.example",
    interviewers=["felix.braun@osterbrook.example"],
    at=("2026-12-15 14:00", BER),
)

# --- interviewers named by someone else --------------------------------------------------------------

dev(
    name="pp2_possessive_train_delayed",
    kind="interview_rescheduled",
    frm="Lisa Brandt <lisa.brandt@northpier.example>",
    cc="Kenji Watanabe <kenji.watanabe@northpier.example>",
    subject="Today's interview - new start time",
    date="Wed, 16 Dec 2026 08:05:00 +0000",
    body="""
    Hi Alex,

    Kenji's train is delayed this morning, so we'll start your interview at 11:30 instead of 10:30
    today. Everything else stays the same. So sorry for the change!

    Lisa Brandt
    Recruiting Coordinator, Northpier
    """,
    company="Northpier",
    contact="lisa.brandt@northpier.example",
    interviewers=["kenji.watanabe@northpier.example"],
    at=("2026-12-16 11:30", LON),
)

dev(
    name="pp2_herrn_frau_dr_de",
    kind="interview_scheduled",
    frm="Sabine Krüger <s.krueger@hanseatik.example>",
    subject="Einladung zum Vorstellungsgespräch",
    date="Tue, 08 Dec 2026 10:30:00 +0100",
    body="""
    Sehr geehrte Frau Morgan,

    gerne laden wir Sie zu einem Vorstellungsgespräch am Dienstag, 15. Dezember 2026, um 10:00 Uhr
    in unser Büro in Hamburg ein. Ihre Gesprächspartner sind Herr Jonas Albrecht (Teamleiter
    Entwicklung) und Frau Dr. Miriam Weiss aus der Geschäftsführung.

    Mit freundlichen Grüßen
    Sabine Krüger
    Personalreferentin, Hanseatik GmbH
    """,
    company="Hanseatik",
    contact="s.krueger@hanseatik.example",
    interviewers=["Jonas Albrecht", "Miriam Weiss"],
    at=("2026-12-15 10:00", BER),
)

dev(
    name="pp2_mr_ms_in_passing",
    kind="interview_scheduled",
    frm="Zainab Idowu <zainab.idowu@harbourline-finance.example>",
    subject="Finance Manager interview - Thursday",
    date="Mon, 07 Dec 2026 14:00:00 +0000",
    body="""
    Dear Alex,

    Further to our conversation, your interview is booked for Thursday, 10 December at 2:30 PM at our
    Canary Wharf office. On the day you'll sit down with Mr. David Okafor, our CFO, and Ms. Lena Park
    from Treasury.

    Kind regards,
    Zainab Idowu
    Recruitment Advisor
    """,
    company="Harbourline Finance",
    role="Finance Manager",
    contact="zainab.idowu@harbourline-finance.example",
    interviewers=["David Okafor", "Lena Park"],
    at=("2026-12-10 14:30", LON),
)

dev(
    name="pp2_subject_interview_with_name",
    kind="interview_scheduled",
    frm="Greg Fenn <greg.fenn@vellum-ai.example>",
    subject="Interview with Dana Ruiz - Thu Dec 10, 1:00 PM ET",
    date="Mon, 07 Dec 2026 16:00:00 -0500",
    body="""
    Hi Alex,

    You're all set - details are in the subject line. Dana will call you on Zoom; the link is below.

    https://vellum-ai.zoom.us/j/8812345678

    Greg Fenn
    Recruiting Coordinator, Vellum AI
    """,
    company="Vellum AI",
    contact="greg.fenn@vellum-ai.example",
    interviewers=["Dana Ruiz"],
    at=("2026-12-10 13:00", NY),
)

dev(
    name="pp2_html_table_no_mailto_focus",
    kind="interview_scheduled",
    frm="Mira Solberg <mira.solberg@fjordsoft.example>",
    subject="Your onsite on Wednesday",
    date="Fri, 11 Dec 2026 11:00:00 +0100",
    html="""<html><body>
    <p>Hi Alex,</p>
    <p>Your onsite is on Wednesday, 16 December, starting at 10:00 in our Oslo office.</p>
    <table>
    <tr><td><b>Interviewer</b></td><td><b>Focus</b></td><td><b>Length</b></td></tr>
    <tr><td>Yvonne Achterberg</td><td>Architecture</td><td>60 min</td></tr>
    <tr><td>Rahul Menon</td><td>Behavioural</td><td>45 min</td></tr>
    </table>
    <p>Mira Solberg<br>People Partner, Fjordsoft</p>
    </body></html>""",
    company="Fjordsoft",
    contact="mira.solberg@fjordsoft.example",
    interviewers=["Yvonne Achterberg", "Rahul Menon"],
    at=("2026-12-16 10:00", "Europe/Oslo"),
)

dev(
    name="pp2_cancel_dr_called_into_surgery",
    kind="interview_cancelled",
    frm="Paula Greer <paula.greer@stlukes-health.example>",
    subject="This afternoon's interview",
    date="Thu, 10 Dec 2026 10:15:00 -0500",
    body="""
    Hi Alex,

    Unfortunately Dr. Farah Qureshi has been called into surgery, so we have to cancel this
    afternoon's interview. We'll be in touch with new times as soon as her schedule clears.

    Paula Greer
    Medical Staffing Coordinator
    """,
    company="St Luke's Health",
    contact="paula.greer@stlukes-health.example",
    interviewers=["Farah Qureshi"],
)

dev(
    name="pp2_fr_entretien_avec_m",
    kind="interview_scheduled",
    frm="Claire Petit <claire.petit@atelier-nova.example>",
    subject="Votre entretien chez Atelier Nova",
    date="Fri, 11 Dec 2026 09:30:00 +0100",
    body="""
    Bonjour Alex,

    Votre entretien avec M. Laurent Girard, directeur technique, aura lieu le jeudi 17 décembre à
    14h00 dans nos locaux à Nantes.

    Bien cordialement,
    Claire Petit
    Chargée de recrutement, Atelier Nova
    """,
    company="Atelier Nova",
    contact="claire.petit@atelier-nova.example",
    interviewers=["Laurent Girard"],
    at=("2026-12-17 14:00", PAR),
)

# --- guards: the writer speaks in first person but is not met ---------------------------------------

dev(
    name="pp2_guard_coordinator_ill_send_invite",
    kind="interview_scheduled",
    frm="Jade Whitford <jade.whitford@orchardline.example>",
    subject="Interview with Orchardline - Monday",
    date="Wed, 09 Dec 2026 15:20:00 -0500",
    body="""
    Hi Alex,

    Thanks for your availability. You'll be speaking with Ines Duarte, our Head of Product, on Monday,
    December 14 at 11:00 AM ET. I'll send you the calendar invite shortly and I'm happy to answer any
    questions beforehand.

    Jade Whitford
    Interview Coordinator, Orchardline
    """,
    company="Orchardline",
    contact="jade.whitford@orchardline.example",
    interviewers=["Ines Duarte"],
    at=("2026-12-14 11:00", NY),
)

dev(
    name="pp2_guard_recruiter_call_me_before",
    kind="interview_scheduled",
    frm="Zoe Hart <zoe.hart@ridgeway-sales.example>",
    subject="Thursday interview confirmed",
    date="Tue, 08 Dec 2026 12:40:00 -0500",
    body="""
    Hi Alex,

    Confirmed: your interview with Aaron Blake, our VP of Sales, is on Thursday, December 10 at 3:00 PM
    ET over Zoom. Feel free to call me beforehand if you'd like to talk it through - I'm around all week.

    Zoe Hart
    Senior Recruiter | Ridgeway
    (917) 555-0188
    """,
    company="Ridgeway",
    contact="zoe.hart@ridgeway-sales.example",
    interviewers=["Aaron Blake"],
    at=("2026-12-10 15:00", NY),
)
