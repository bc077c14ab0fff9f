"""A fifth dev-only batch about kinds, written after the fourth round of kind changes and before any
further one, in wording no earlier batch used (own writing), pinned to the dev split so the frozen
split stays as it was. Rejections that mention the interview held but say no in few or unusual
words, rejections with no interview and no familiar decision word, and mail whose subject says
"Interview" with a time that is nobody's hiring interview of the owner (a live-streamed interview with
a CEO, a customer interview, the owner as a referee, a bank appointment, a citizenship interview),
beside genuine interviews as thin.
"""

from __future__ import annotations

from common import case

NY = "America/New_York"
LON = "Europe/London"
CHI = "America/Chicago"


def dev(**kw: object) -> None:
    case(split="dev", **kw)


# --- Rejections that mention the interview held -------------------------------------------------

dev(
    name="k5_rej_interview_not_good_news_afraid",
    kind="rejection",
    frm="Callum Reid <callum.reid@brackenfield.example>",
    subject="Your interview on Monday",
    date="Thu, 10 Dec 2026 16:00:00 +0000",
    body="""
    Hi Alex,

    Thanks for your interview on Monday. We've reached a decision, and I'm afraid it isn't good news
    this time. I'm happy to share some feedback on a call if that would help.

    Callum Reid
    Talent Partner, Brackenfield
    """,
    company="Brackenfield",
    contact="callum.reid@brackenfield.example",
)

dev(
    name="k5_rej_not_able_to_take_you_forward",
    kind="rejection",
    frm="Mei Tanaka <mei.tanaka@orrery-labs.example>",
    subject="Interview follow-up",
    date="Fri, 11 Dec 2026 10:30:00 -0500",
    body="""
    Hi Alex,

    It was a pleasure speaking with you during the interview. Sadly we're not able to take you forward to
    the final stage for the Platform Engineer role.

    Mei
    Recruiting, Orrery Labs
    """,
    company="Orrery Labs",
    role="Platform Engineer",
    contact="mei.tanaka@orrery-labs.example",
)

dev(
    name="k5_rej_panel_did_not_recommend",
    kind="rejection",
    frm="Daniel Osei <daniel.osei@kinfolk-health.example>",
    subject="Re: Final interview",
    date="Mon, 14 Dec 2026 12:15:00 -0600",
    body="""
    Hello Alex,

    I'm sorry to say that after the final interview the panel did not recommend you for an offer. It was a
    close call and everyone appreciated the preparation you put in.

    Daniel Osei
    Hiring Manager, Kinfolk Health
    """,
    company="Kinfolk Health",
    contact="daniel.osei@kinfolk-health.example",
)

dev(
    name="k5_rej_role_needs_more_than_you_have",
    kind="rejection",
    frm="Greta Holm <greta.holm@vindel.example>",
    subject="Following your interview",
    date="Tue, 15 Dec 2026 09:00:00 +0100",
    body="""
    Hi Alex,

    Following your interview, we've concluded that the role needs more hands-on Kubernetes experience than
    you have today, so we'll be stopping here. Thank you for your time and honesty.

    Greta Holm
    Engineering Lead, Vindel
    """,
    company="Vindel",
    contact="greta.holm@vindel.example",
)

# --- Rejections with no interview and no familiar decision word ---------------------------------

dev(
    name="k5_rej_unable_to_offer_a_position",
    kind="rejection",
    frm="Human Resources <hr@marlow-county.example>",
    subject="Application reference 22-0417",
    date="Wed, 16 Dec 2026 14:00:00 -0500",
    body="""
    Dear Alex Morgan,

    Thank you for applying for the post of GIS Technician. Regrettably, we are unable to offer you a
    position on this occasion.

    Yours sincerely,
    Human Resources, Marlow County Council
    """,
    company="Marlow County Council",
    role="GIS Technician",
    contact="hr@marlow-county.example",
)

dev(
    name="k5_rej_not_in_a_position_to_progress",
    kind="rejection",
    frm="Fern Aldridge <fern@halcyonagency.example>",
    subject="Senior Copywriter",
    date="Wed, 16 Dec 2026 17:20:00 +0000",
    body="""
    Hi Alex,

    I've heard back from the client on the Senior Copywriter brief. They're not in a position to progress
    your application, as they've chosen to prioritise candidates from the FMCG sector.

    Fern Aldridge
    Consultant, Halcyon Agency
    """,
    company="Halcyon Agency",
    role="Senior Copywriter",
    contact="fern@halcyonagency.example",
)

dev(
    name="k5_rej_sorry_went_with_someone_else",
    kind="rejection",
    frm="Raj Patel <raj@tinkerbox.example>",
    subject="Re: Frontend role",
    date="Thu, 17 Dec 2026 19:05:00 -0800",
    body="""
    Sorry Alex - we went with someone else in the end. Really appreciated you taking the time.

    Raj
    Co-founder, Tinkerbox
    """,
    company="Tinkerbox",
    contact="raj@tinkerbox.example",
)

# --- Look-alikes: "Interview" and a time, nobody's hiring interview of the owner ----------------

dev(
    name="k5_none_ceo_interview_livestream",
    kind="none",
    frm="Lumen Cloud Events <events@lumencloud.example>",
    subject="Live interview with our CEO - Tuesday 1pm ET",
    date="Thu, 10 Dec 2026 09:00:00 -0500",
    body="""
    Hi Alex,

    Join us live on Tuesday, December 15 at 1pm ET as our CEO sits down for an interview about the year
    ahead. Tune in from the link below; a replay will be posted afterwards.

    Watch live: https://lumencloud.example/live

    Lumen Cloud Events
    """,
)

dev(
    name="k5_none_customer_interview",
    kind="none",
    frm="Sana Mirza <sana.mirza@ledgerly.example>",
    subject="Customer interview - Thursday 10am?",
    date="Mon, 07 Dec 2026 11:30:00 -0500",
    body="""
    Hi Alex,

    As a long-time Ledgerly user, we'd love 30 minutes of your time to hear about your experience with
    invoicing. I've put you down for Thursday at 10am - reply if that doesn't suit.

    Sana Mirza
    Product Manager, Ledgerly
    """,
)

dev(
    name="k5_none_owner_as_referee",
    kind="none",
    frm="Olivia Grant <olivia.grant@cobaltridge.example>",
    subject="Reference interview for Sam Lee - Tue 2pm",
    date="Fri, 04 Dec 2026 15:00:00 -0500",
    body="""
    Hi Alex,

    Sam Lee has named you as a referee for our Senior Analyst position. Thank you for agreeing to speak
    with me: I've booked Tuesday, December 8 at 2pm for the reference interview, about 20 minutes by
    phone.

    Olivia Grant
    Talent Acquisition, Cobalt Ridge
    """,
)

dev(
    name="k5_none_mortgage_interview",
    kind="none",
    frm="Harbour Building Society <appointments@harbourbs.example>",
    subject="Your mortgage interview: Wednesday 11:00",
    date="Fri, 04 Dec 2026 10:00:00 +0000",
    body="""
    Dear Mr Morgan,

    Your mortgage interview with one of our advisers is confirmed for Wednesday 9 December at 11:00 at
    our High Street branch. Please bring three months of payslips and photo ID.

    Harbour Building Society
    """,
)

dev(
    name="k5_none_citizenship_interview",
    kind="none",
    frm="Case Updates <no-reply@immigration-cases.example>",
    subject="Interview scheduled for your case",
    date="Mon, 07 Dec 2026 07:00:00 -0500",
    body="""
    Your naturalization interview has been scheduled for Monday, January 11, 2027 at 9:15 AM at the
    field office shown in your account. Bring your green card, passport and appointment notice.
    """,
)

# --- Genuine interviews written as thinly --------------------------------------------------------

dev(
    name="k5_sched_thin_head_of_engineering",
    kind="interview_scheduled",
    frm="Lucia Ferri <lucia.ferri@saltmarsh.example>",
    subject="Interview Wed 11am",
    date="Mon, 07 Dec 2026 08:40:00 +0000",
    body="""
    Hi Alex,

    Wednesday at 11am works for me - I'll send a Teams link beforehand.

    Lucia Ferri
    Head of Engineering, Saltmarsh
    """,
    company="Saltmarsh",
    contact="lucia.ferri@saltmarsh.example",
    interviewers=["lucia.ferri@saltmarsh.example"],
    at=("2026-12-09 11:00", LON),
)

dev(
    name="k5_sched_thin_booked_in_sign_off_only",
    kind="interview_scheduled",
    frm="Ben Carter <ben.carter@northgale.example>",
    subject="interview tomorrow",
    date="Tue, 08 Dec 2026 17:10:00 -0600",
    body="""
    Alex - booked you in for 9:30 tomorrow, my office on the 4th floor. Ask for me at the front desk.

    Ben
    """,
    company="Northgale",
    contact="ben.carter@northgale.example",
    interviewers=["ben.carter@northgale.example"],
    at=("2026-12-09 09:30", CHI),
)
