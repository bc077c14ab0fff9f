"""Pure: what an interview is for, when a mail says no more of hiring than the word "interview",
and whether a time a mail gives is of an interview already held.

Journalists, podcasts, user research, schools, volunteer groups and one's own employer all
"interview" people at a fixed time. A hiring interview nearly always names something of the
hiring too (a role, an application, a recruiter, a hiring system). When a mail's only job word is
"interview" (or "application"), the world it speaks of decides: media, research, school,
volunteering, leaving a job, a club. `OTHER_PURPOSE` is read only then, never in mail that
names the hiring, so it may use plain words ("news", "students") that job mail also holds.

Must not: score kinds (that is `kinds`) or decide (that is `event`).
"""

from __future__ import annotations

import re

OTHER_PURPOSE = re.compile(
    # Media: the interview is to be published or broadcast.
    r"\b(?:journalis[mt]|reporter|staff writer|newspaper|magazine|gazette|(?:my|our) (?:piece|article|story)|"
    r"on[- ]camera|on[- ]air|broadcast\w*|podcast|episode)\b"
    # Research: the owner is the one studied.
    r"|\b(?:(?:user|ux|usability|customer|market) research|usability|gift card|how you use)\b"
    # A school place for one's child, leaving a job, volunteering. Plain words that also name an
    # employer's world ("school", "campus", "news", "research team") are left out: a teacher's or
    # a newsroom's hiring interview says them too.
    r"|\b(?:admissions?|your (?:child|son|daughter)|offboarding|exit interview|volunteer\w*)\b",
    re.IGNORECASE,
)
# The words of a job search that "interview" or "application" alone do not make.
THIN_JOB_WORDS = ("interview", "applica", "applied", "applying")


_INTERVIEW = re.compile(r"\binterview\w*", re.IGNORECASE)
# What the interview is for or about, said right after it ("our interview for my piece").
_FOR = re.compile(r"\s(?:for|about|on|with|as part of)\s", re.IGNORECASE)


def other_purpose(text: str) -> re.Match[str] | None:
    """The word that puts an interview of `text` in a world other than hiring, if any.

    The word must qualify the interview itself: just before it ("your admissions interview", "a
    short on-camera interview") or after a "for", "about" or "with" in the same sentence ("our
    interview for my piece", "an interview about how you use the app"). Met elsewhere in the mail
    it says nothing: a hiring mail may mention a campus or a team's research in passing.
    """
    for said in _INTERVIEW.finditer(text):
        line_start = max(text.rfind(c, 0, said.start()) for c in ".!?\n") + 1
        before = OTHER_PURPOSE.search(text, max(line_start, said.start() - 25), said.start())
        if before is not None and len(text[before.end() : said.start()].split()) <= 2:
            return before
        ends = [i for i in (text.find(c, said.end()) for c in ".!?\n") if i >= 0]
        stop = min([*ends, said.end() + 80])
        link = _FOR.search(text, said.end(), stop)
        if link is not None and (after := OTHER_PURPOSE.search(text, link.start(), stop)) is not None:
            return after
    return None


# A meeting spoken of as over: thanks for it, pleasure taken in it, what came after it.
HELD = re.compile(
    r"\bthanks?(?: you)?(?: (?:so much|again|very much))? for (?:interviewing|meeting|speaking|talking|chatting|"
    r"coming in|coming by|visiting|joining|spending|taking the time|your time|the time)\b"
    r"|\b(?:enjoyed|loved|appreciated) (?:meeting|speaking|talking|chatting|interviewing)\b"
    r"|\b(?:after|following) (?:your|our|the) (?:[\w-]+ )?(?:interview|conversation|call|chat|onsite|meeting|visit)s?\b"
    r"|\b(?:you|we) (?:interviewed|met|spoke|talked|chatted)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n]|\s[-–—]\s")


def is_held(text: str, at: int) -> bool:
    """Whether the time at `at` belongs to a meeting `text` speaks of as held ("thank you for
    interviewing with us on Tuesday at 2pm"): a HELD phrase earlier in the same clause, within
    80 characters, with no comma, colon or dash between ("thanks for your time today, your next
    interview is Tuesday at 3pm" is a time to come)."""
    window = text[max(0, at - 80) : at]
    said = list(HELD.finditer(window))
    return bool(said) and _CLAUSE_BREAK.search(window, said[-1].end()) is None
