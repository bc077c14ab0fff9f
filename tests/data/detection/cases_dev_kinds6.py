"""A sixth dev-only batch about kinds, written after the fifth round of kind changes and before any
further one, in wording no earlier batch used (own writing), pinned to the dev split so the frozen
split stays as it was. Interviews the owner is invited to watch or attend as one of the public (an
author event, a fireside chat at a meetup, a live Q&A, a museum talk), beside genuine interviews that
rest on the subject's word and a time, and rejections in yet other words.
"""

from __future__ import annotations

from common import case

NY = "America/New_York"
LON = "Europe/London"
LA = "America/Los_Angeles"


def dev(**kw: object) -> None:
    case(split="dev", **kw)


dev(
    name="k6_none_author_in_conversation",
    kind="none",
    frm="Marlowe Street Books <hello@marlowestreetbooks.example>",
    subject="Interview & signing: Priya Das, Friday 6:30pm",
    date="Mon, 07 Dec 2026 12:00:00 -0500",
    body="""
    Hello book lovers,

    This Friday at 6:30pm, Priya Das joins us in conversation about her debut thriller, followed by a
    signing. Doors open at 6pm; admission is free but seats go fast.

    Marlowe Street Books
    """,
)

dev(
    name="k6_none_meetup_fireside_interview",
    kind="none",
    frm="Platform Engineering NYC <organizers@platformeng-nyc.example>",
    subject="Fireside interview with Kelsey Moreno - Wed 7pm",
    date="Thu, 03 Dec 2026 10:00:00 -0500",
    body="""
    Hi there,

    Our December meetup is a fireside interview with Kelsey Moreno on building internal platforms.
    Wednesday, December 9 at 7pm at the Hudson Loft. Pizza from 6:30, talk at 7, open to the public.

    See you there,
    Platform Engineering NYC organisers
    """,
)

dev(
    name="k6_none_museum_curator_interview",
    kind="none",
    frm="Riverside Museum <visit@riversidemuseum.example>",
    subject="Curator interview this Sunday at 2pm",
    date="Tue, 08 Dec 2026 09:00:00 -0500",
    body="""
    Dear Member,

    On Sunday at 2pm our chief curator will be interviewed on stage about the new maritime gallery. Entry
    is included with your membership; non-members can book tickets online.

    Riverside Museum
    """,
)

dev(
    name="k6_none_radio_call_in_slot",
    kind="none",
    frm="Tess Kuroda <tess.kuroda@wkfm.example>",
    subject="Interview tomorrow 8:15am",
    date="Wed, 09 Dec 2026 15:00:00 -0500",
    body="""
    Hi Alex,

    Thanks for agreeing to come on the morning show about the community garden. We'll ring you at 8:15am
    tomorrow; you'll be live on air for about six minutes.

    Tess Kuroda
    Producer, WKFM Morning
    """,
)

dev(
    name="k6_sched_thin_subject_time_reply",
    kind="interview_scheduled",
    frm="Hugo Brandt <hugo.brandt@pellucid.example>",
    subject="Re: Interview Thursday 4pm",
    date="Mon, 07 Dec 2026 13:05:00 -0800",
    body="""
    Great - Thursday at 4pm PT, I'll send a Zoom link in the morning.

    Hugo Brandt
    Director of Engineering | Pellucid
    """,
    company="Pellucid",
    contact="hugo.brandt@pellucid.example",
    interviewers=["hugo.brandt@pellucid.example"],
    at=("2026-12-10 16:00", LA),
)

dev(
    name="k6_sched_thin_see_you_at_office",
    kind="interview_scheduled",
    frm="Aoife Byrne <aoife@greyfriars-design.example>",
    subject="Interview Monday",
    date="Thu, 10 Dec 2026 11:20:00 +0000",
    body="""
    Hi Alex,

    Monday at 10:00 is grand. We're on the second floor above the bakery - just ring the bell.

    Aoife Byrne
    Studio Lead, Greyfriars Design
    """,
    company="Greyfriars Design",
    contact="aoife@greyfriars-design.example",
    interviewers=["aoife@greyfriars-design.example"],
    at=("2026-12-14 10:00", LON),
)

dev(
    name="k6_rej_after_careful_thought_no_offer",
    kind="rejection",
    frm="Nadia Petrov <nadia.petrov@quillon.example>",
    subject="Your interview with Quillon",
    date="Fri, 11 Dec 2026 15:40:00 -0500",
    body="""
    Hi Alex,

    Thank you for meeting with the team on Tuesday. After careful thought, we've decided not to make an
    offer for the Solutions Engineer role. I know that's disappointing to hear.

    Nadia Petrov
    Recruiting Lead, Quillon
    """,
    company="Quillon",
    role="Solutions Engineer",
    contact="nadia.petrov@quillon.example",
)

dev(
    name="k6_rej_hold_off_other_profiles",
    kind="rejection",
    frm="Recruiting <jobs@tesselate.example>",
    subject="Re: Senior Data Engineer",
    date="Mon, 14 Dec 2026 10:10:00 +0000",
    body="""
    Hi Alex,

    We've compared your interview notes with the other finalists and the team will go ahead with a
    candidate who has run a Snowflake migration. Your interview was strong and we'd be glad to hear from
    you again.

    Tesselate Recruiting
    """,
    company="Tesselate",
    role="Senior Data Engineer",
    contact="jobs@tesselate.example",
)

dev(
    name="k6_rej_italian_altri_candidati",
    kind="rejection",
    frm="Selezione <selezione@brunello-digitale.example>",
    subject="La tua candidatura - Product Designer",
    date="Tue, 15 Dec 2026 09:30:00 +0100",
    body="""
    Ciao Alex,

    grazie per il colloquio della settimana scorsa. Dopo un'attenta valutazione abbiamo deciso di
    proseguire con altri candidati per la posizione di Product Designer.

    Un caro saluto,
    Team Selezione, Brunello Digitale
    """,
    company="Brunello Digitale",
    role="Product Designer",
    contact="selezione@brunello-digitale.example",
)
