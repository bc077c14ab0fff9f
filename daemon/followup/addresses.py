"""Pure: who an e-mail address belongs to — a person, or a robot.

Owns the table of systems that send job mail (applicant-tracking systems, schedulers, calendar
and meeting services, job boards) with where each puts the hiring company's name, and
`is_robot_address`: the one rule for no-reply and automated addresses. Detection uses it so a
robot is never a contact or an interviewer; the planner uses it so a follow-up is never
addressed to one.

Must not: do I/O, or decide what a message means (that is the detect package).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class KnownSender:
    """A system that sends job or calendar mail, and how it names the company."""

    name: str
    domains: tuple[str, ...]
    # "ats" (applicant tracking), "scheduler", "booking" (a personal booking page), "calendar",
    # "meeting", "jobboard", "events", "esign" (document signing)
    kind: str
    # Where the company's name is: "display" (sender display name), "subdomain"
    # (acme.myworkday.com), "localpart" (acme@myworkday.com), or "" (not in the address).
    company_from: tuple[str, ...] = ("display",)


KNOWN_SENDERS: tuple[KnownSender, ...] = (
    KnownSender("Greenhouse", ("greenhouse.io", "us.greenhouse-mail.io", "greenhouse-mail.io"), "ats"),
    KnownSender("Lever", ("hire.lever.co", "lever.co"), "ats"),
    KnownSender("Ashby", ("ashbyhq.com", "ashby.io"), "ats"),
    KnownSender(
        "Workday", ("myworkday.com", "myworkdayjobs.com", "workday.com"), "ats", ("display", "localpart", "subdomain")
    ),
    KnownSender("SmartRecruiters", ("smartrecruiters.com", "smartrecruiters.io"), "ats"),
    KnownSender("iCIMS", ("icims.com",), "ats", ("display", "subdomain", "localpart")),
    KnownSender("Jobvite", ("jobvite.com",), "ats", ("display", "subdomain")),
    KnownSender("Workable", ("workablemail.com", "workable.com"), "ats"),
    KnownSender("Teamtailor", ("teamtailor-mail.com", "teamtailor.com"), "ats"),
    KnownSender("BambooHR", ("bamboohr.com",), "ats", ("display", "subdomain")),
    KnownSender("Recruitee", ("recruitee.com",), "ats"),
    KnownSender("Personio", ("personio.de", "personio.com"), "ats", ("display", "subdomain")),
    KnownSender("Taleo", ("taleo.net",), "ats", ("display", "subdomain")),
    KnownSender("SuccessFactors", ("successfactors.com", "successfactors.eu"), "ats"),
    KnownSender("JazzHR", ("jazz.co", "jazzhr.com", "applytojob.com"), "ats"),
    KnownSender("Breezy HR", ("breezy.hr", "breezyhr.com"), "ats"),
    KnownSender("Zoho Recruit", ("zohorecruit.com", "zohorecruit.eu"), "ats"),
    KnownSender("Freshteam", ("freshteam.com",), "ats"),
    KnownSender("Pinpoint", ("pinpointhq.com",), "ats"),
    KnownSender("Comeet", ("comeet.co", "comeet.com"), "ats"),
    KnownSender("Homerun", ("homerun.co",), "ats"),
    KnownSender("JOIN", ("join.com",), "ats"),
    KnownSender("Softgarden", ("softgarden.io", "softgarden.de"), "ats"),
    KnownSender("Cornerstone", ("csod.com",), "ats", ("display", "subdomain")),
    KnownSender("Oracle Recruiting", ("oraclecloud.com",), "ats"),
    KnownSender("UKG", ("ultipro.com", "ukg.com"), "ats"),
    KnownSender("Avature", ("avature.net",), "ats", ("display", "subdomain")),
    KnownSender("Eightfold", ("eightfold.ai",), "ats"),
    KnownSender("Phenom", ("phenompeople.com",), "ats"),
    KnownSender("Gem", ("gem.com",), "ats"),
    KnownSender("Rippling", ("rippling.com", "ats.rippling.com"), "ats"),
    KnownSender("Dover", ("dover.com", "dover.io"), "ats"),
    KnownSender("Paradox", ("paradox.ai",), "ats"),
    KnownSender("HireVue", ("hirevue.com",), "scheduler"),
    # Personal booking pages: the organizer of what they book is the host you meet.
    KnownSender("Calendly", ("calendly.com",), "booking", ("display",)),
    KnownSender("Cal.com", ("cal.com",), "booking", ("display",)),
    KnownSender("SavvyCal", ("savvycal.com",), "booking", ("display",)),
    KnownSender("Microsoft Bookings", ("bookings.microsoft.com",), "booking", ("display",)),
    KnownSender("GoodTime", ("goodtime.io",), "scheduler"),
    KnownSender("ModernLoop", ("modernloop.io",), "scheduler"),
    KnownSender("Prelude", ("prelude.co",), "scheduler"),
    KnownSender("Google Calendar", ("calendar.google.com", "calendar-notification.google.com"), "calendar", ()),
    # Outlook invitations come from the organiser's own address; only Microsoft's sharing robots
    # are listed (outlook.com itself is a personal mail service).
    KnownSender("Outlook", ("outlook.office365.com", "outlook.office.com", "email.microsoft.com"), "calendar", ()),
    KnownSender("Zoom", ("zoom.us", "zoom.com"), "meeting", ()),
    KnownSender("Teams", ("teams.microsoft.com", "teams.mail.microsoft"), "meeting", ()),
    # Signing services: an offer letter to sign comes from them, on behalf of the recruiter.
    KnownSender("DocuSign", ("docusign.net", "docusign.com"), "esign", ()),
    KnownSender("Dropbox Sign", ("hellosign.com", "mail.hellosign.com"), "esign", ()),
    KnownSender("Adobe Acrobat Sign", ("echosign.com", "adobesign.com"), "esign", ()),
    KnownSender("PandaDoc", ("pandadoc.com", "pandadoc.net"), "esign", ()),
    # Event platforms: a meetup about interviews is no interview.
    KnownSender("Meetup", ("meetup.com",), "events", ()),
    KnownSender("Eventbrite", ("eventbrite.com", "eventbrite.co.uk"), "events", ()),
    KnownSender("Luma", ("lu.ma", "luma-mail.com"), "events", ()),
    KnownSender("LinkedIn", ("linkedin.com",), "jobboard", ()),
    KnownSender("Wellfound", ("wellfound.com", "angel.co", "angellist.com"), "jobboard", ()),
    KnownSender("Otta", ("otta.com",), "jobboard", ()),
    KnownSender("Dice", ("dice.com",), "jobboard", ()),
    KnownSender("Monster", ("monster.com",), "jobboard", ()),
    KnownSender("Handshake", ("joinhandshake.com",), "jobboard", ()),
    KnownSender("Hired", ("hired.com",), "jobboard", ()),
    KnownSender("Indeed", ("indeed.com", "indeedemail.com"), "jobboard", ()),
    KnownSender("Glassdoor", ("glassdoor.com",), "jobboard", ()),
    KnownSender("ZipRecruiter", ("ziprecruiter.com",), "jobboard", ()),
    KnownSender("Welcome to the Jungle", ("welcometothejungle.com",), "jobboard", ()),
    KnownSender("StepStone", ("stepstone.de", "stepstone.com"), "jobboard", ()),
    KnownSender("InfoJobs", ("infojobs.net",), "jobboard", ()),
)

# Local parts of automated mailboxes (RFC 3834 robots in all but name, RFC 2142 role accounts,
# mailing-list software): the name as a whole, or a tell-tale word inside or at the end of it.
_ROBOT_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|ne[-_.]?pas[-_.]?repondre|"
    r"nicht[-_.]?antworten|no[-_.]?responder|mailer[-_.]?daemon|postmaster|bounces?|notifications?|"
    r"notify|alerts?|jobalerts?|jobs[-_.]?noreply|calendar[-_.]?notification|invitations?|"
    r"automated|auto[-_.]?confirm|auto[-_.]?reply|autoresponder|system|news(?:letter)?|marketing|updates|"
    r"digest|mailer|calendar|daemon|listserv|majordomo|owner-.+|bounce.*|notification.*|"
    r"info[-_.]?noreply|hello[-_.]?noreply)(?:[-_.+].*)?$"
    r"|.*(?:no[-_.]?reply|noreply|donotreply|do[-_.]not[-_.]reply).*"
    r"|.*[-_.](?:request|bounces?|owner|notifications?)(?:\+.*)?$",
    re.IGNORECASE,
)
# Hosts that only send robots' mail (bounces.example.com, notifications.example.com).
_ROBOT_HOST = re.compile(r"(?:^|\.)(?:bounces?|noreply|no-reply|notifications?)\.", re.IGNORECASE)


def is_robot_local_part(local: str) -> bool:
    """Say whether the part before the @ names an automated mailbox (no-reply, notifications...)."""
    return _ROBOT_LOCAL.match(local.lower()) is not None


# Personal mail services: an address there names a person, never a company.
_PERSONAL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "icloud.com", "me.com",
    "proton.me", "protonmail.com", "gmx.de", "gmx.net", "web.de", "orange.fr", "free.fr", "aol.com", "mail.com",
})  # fmt: skip
_PERSONAL_NAMES = frozenset(
    {"gmail", "googlemail", "yahoo", "hotmail", "outlook", "icloud", "protonmail", "proton", "gmx"}
)


def is_personal_mail_domain(domain: str) -> bool:
    """Say whether a domain is a personal mail service (gmail.com, yahoo.fr, gmx.de...)."""
    dom = domain.lower().strip(".")
    return dom in _PERSONAL_DOMAINS or dom.split(".")[0] in _PERSONAL_NAMES


def domain_of(address: str | None) -> str:
    """Return the lower-case domain of an address ('' when there is none).

    A trailing dot is dropped: 'example.com.' is the same absolute name as 'example.com' (RFC 1034
    §3.1), and a domain compared with a list or an authenticated signer must not differ by it.
    """
    if not address or "@" not in address:
        return ""
    return address.rsplit("@", 1)[1].strip().strip(">").rstrip(".").lower()


def has_domain(address_or_domain: str, domains: tuple[str, ...] | list[str] | frozenset[str]) -> bool:
    """Say whether an address (or a bare domain) is in one of `domains` or a sub-domain of one."""
    dom = domain_of(address_or_domain) if "@" in address_or_domain else address_or_domain.lower()
    return any(dom == d or dom.endswith("." + d) for d in (x.lower().lstrip("@.") for x in domains))


def known_sender(address: str | None) -> KnownSender | None:
    """Return the known system an address belongs to, if any."""
    return _known_domain(domain_of(address))


@lru_cache(maxsize=4096)
def _known_domain(dom: str) -> KnownSender | None:
    if not dom:
        return None
    for sender in KNOWN_SENDERS:
        if has_domain(dom, sender.domains):
            return sender
    return None


def is_robot_address(address: str | None) -> bool:
    """Say whether an address is automated (no-reply, notifications, a calendar or ATS robot).

    The one rule: detection never takes a robot for a contact or an interviewer, and the planner
    never addresses a follow-up to one. Something that is not an address at all counts as a robot.
    """
    if not address or "@" not in address:
        return True
    local, _, host = address.strip().strip("<>").rpartition("@")
    if is_robot_local_part(local) or _ROBOT_HOST.search(host):
        return True
    sender = known_sender(address)
    # Every address at a tracking system, scheduler or calendar service is a robot: replies to
    # them go to a queue, not to the recruiter (the human is in Reply-To or the signature).
    return sender is not None
