"""Pure: what an interview is for, and whether a time a mail gives is of an interview already held.

Owns the interviews and applications that are no hiring step for the owner (NOT_HIRING: practice,
media, clubs, the owner's own work; OTHER_APPLICATION: a card, a flat, a school; COMMERCE with
LEARNING: a course or webinar receipt), what an interview is for when "interview" is a mail's
only job word (OTHER_PURPOSE), and meetings spoken of as held (HELD).

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

from followup.detect.gated import Gated

# Mail that says "interview" or books a time, but is no step of a hiring process for the owner:
# practice with a friend or a platform, media interviews, clubs, course and webinar receipts,
# and the owner's own work meetings about interviewing others.
# An application for money, a home, a school or a club: "applying for the Platinum card",
# "your mortgage application". Read only when the mail has no job word but "application".
OTHER_APPLICATION = re.compile(
    r"\bappl(?:y|ying|ied|ication)\w* (?:for|to)\b[^.\n]{0,40}?\b(?:credit card|card|loan|mortgage|apartment|flat|"
    r"rent|rental|lease|tenancy|grant|scholarship|admission|membership|insurance|permit|passport|school)\b"
    r"|\b(?:credit card|card|loan|mortgage|rental|tenancy|grant|scholarship|admissions?|membership|insurance|"
    r"passport|permit|apartment) application\b",
    re.IGNORECASE,
)
NOT_HIRING = Gated(
    ("mock", "practice", "peer", "informational", "your req", "the panel", "the interview panel", "rehears",
     "dry run", "dry-run", "play the interviewer",
     "podcast", "episode",
     "recording", "livestream", "radio", "magazine", "journalist", "article", "book club", "reading group",
     "club", "meetup", "course", "class", "webinar", "workshop", "bootcamp", "masterclass", "tutoring", "coaching",
     "receipt", "order", "enrol", "debrief", "calibration", "interviewer training", "hiring committee",
     "scorecard", "candidate feedback", "interviewing candidates", "shadow",
     "rsvp", "ama", "ask me anything", "you're going", "scorecard", "candidate", "oral history", "volunteer",
     "visa", "consular", "embassy", "uscis", "immigration", "citizenship", "naturali", "admission", "scholarship",
     "user interview", "customer interview", "research", "usability", "participant", "study", "exit interview",
     "stay interview", "ticket", "showtime", "screening of", "film", "movie", "theatre", "theater", "nanny",
     "babysitter", "tenant", "roommate", "flatmate", "jury", "1:1", "one-on-one", "performance review",
     "press", "reporter", "documentary", "oral exam", "thesis", "viva",
     "how did", "how was", "drinks", "interview night", "interview evening", "interview series", "questions",
     "calibrat", "scor", "rubric", "loop", "applicant", "referee", "reference", "mortgage", "loan", "tune in",
     "watch", "live stream", "live-stream", "replay", "in conversation", "doors open", "admission", "entry is",
     "open to the public", "tickets", "on stage", "on air", "fireside", "show", "free "),
    r"\b(?:mock|practice|peer|rehearsal|dry[- ]run|prep) (?:interview|session|run|round|call|loop)s?\b",
    r"\binformational (?:interview|chat|call|meeting|coffee)s?\b",
    r"\byour (?:req|requisition)\b", r"\b(?:lead|chair|sit on) the (?:interview )?panel\b",
    r"\binterview (?:practice|prep(?:aration)? (?:course|class|session|workshop))\b", r"\bplay the interviewer\b",
    r"\bpractice (?:run|session)\b",
    r"\bpodcast\b", r"\bepisode\b", r"\binterview recording\b", r"\brecording session\b", r"\blivestream\b",
    r"\b(?:radio|magazine|press|media) interview\b", r"\bjournalist\b", r"\bfor (?:an|our|the) article\b",
    r"\bbook club\b", r"\breading group\b", r"\b(?:club|meetup) (?:meeting|session|night|event)\b",
    r"\b(?:course|class|webinar|workshop|bootcamp|masterclass|coaching session)\b[^.\n]{0,80}"
    r"\b(?:receipt|order|purchase|enrol+(?:ed|ment)|registration|registered|payment|access|starts?)\b",
    r"\b(?:receipt|order|purchase|enrol+(?:ed|ment)|registration|payment)\b[^.\n]{0,80}"
    r"\b(?:course|class|webinar|workshop|bootcamp|masterclass)\b",
    r"\b(?:interview|candidate) (?:debrief|calibration|feedback|scorecard)s?\b", r"\binterviewer training\b",
    r"\bhiring committee\b", r"\b(?:we are|we['’]re|I am|I['’]m) interviewing (?:candidates|applicants|people)\b",
    r"\binterviewing candidates for\b", r"\bshadow(?:ing)? (?:an? )?interview",
    r"\brsvp\b", r"\bAMA\b", r"\bask me anything\b", r"\byou['’]re going\b(?: to)?",
    r"\bscorecard\b", r"\b(?:for|with) (?:this|the|our) candidate\b",
    r"\b(?:run|lead|take|do|cover|handle) the [\w ]{0,30}(?:portion|round|part|section)\b",
    r"\b(?:we have|there['’]s|there is) an? (?:candidate|applicant)\b",
    r"\binterview (?:a|an|one of our|our|the) (?:candidate|applicant)s?\b", r"\badd you to the (?:interview )?loop\b",
    r"\boral history\b", r"\bthanks? (?:so much )?for volunteering\b",
    # Interviews that are no job step: visas and citizenship, admissions, research, leaving a job.
    r"\b(?:visa|consular|embassy|immigration|citizenship|naturali[sz]ation|"
    r"green card|USCIS|asylum|mortgage|loan) (?:interview|appointment)\b",
    r"\b(?:admissions?|college|university|school|scholarship|MBA|fellowship) interview\b",
    r"\b(?:user|customer|usability|discovery|UX) (?:interview|study|session|research)s?\b",
    r"\b(?:study|research) participants?\b", r"\bparticipa(?:te|ting|tion) in (?:our|a|the) (?:study|research)\b",
    r"\b(?:exit|stay) interview\b",
    r"\btickets?\b[^.\n]{0,60}\b(?:screening|showtime|film|movie|theat(?:re|er)|seat)s?\b",
    r"\bshowtimes?\b", r"\b(?:film|movie|documentary) screening\b",
    r"\b(?:nanny|babysitter|au pair|tenant|roommate|flatmate|housekeeper|tutor) (?:interview|candidates?)\b",
    r"\binterview(?:ing)? (?:a |the |our |potential )?(?:nanny|babysitter|tenant|roommate|flatmate|au pair)s?\b",
    r"\bjury (?:duty|selection|service)\b",
    r"\b(?:press|radio|tv|television|newspaper) interview\b",
    r"\b(?:thesis|oral exam|viva|dissertation) (?:defen[cs]e|interview|exam)\b",
    r"\bperformance review\b", r"\b(?:1:1|one-on-one) with your (?:manager|report)\b",
    r"\bhow (?:did|was) (?:the|your|it)\b[^?\n]{0,40}\binterview\b", r"\bdrinks\b[^.?\n]{0,40}\bdebrief\b",
    # A public talk called an interview, and the owner's side of someone else's hiring.
    r"\binterview (?:night|evening|series)\b", r"\b(?:take|answer) (?:your|audience|members['’]?) questions\b",
    r"\b(?:calibrat\w*|scor(?:e|ing)|rubric)\b[^.\n]{0,40}\binterview (?:loop|panel|process|questions?)\b",
    # The owner as someone else's referee; an interview streamed to an audience.
    r"\b(?:named|listed|put|given) you (?:down )?as (?:a|an|their|his|her) (?:referee|reference)\b",
    r"\breference (?:interview|check|call)s? (?:for|on|about) (?!you\b)", r"\bas (?:a|their|his|her) referee\b",
    r"\btune in\b", r"\bwatch (?:it )?live\b", r"\blive[- ]stream(?:ed|ing)?\b", r"\breplay (?:will|is|of)\b",
    # An interview given before the public, to watch or to hear: a talk, a show.
    r"\bin conversation (?:with|about)\b", r"\bdoors open\b", r"\b(?:free (?:entry|admission)|admission is free)\b",
    r"\bentry is (?:free|included)\b", r"\bopen to the public\b", r"\bbook tickets online\b",
    r"\btickets (?:online|on sale|are available)\b", r"\bon stage\b", r"\b(?:live )?on air\b",
    r"\bfireside (?:chat|interview)\b", r"\b(?:come|be|appear) on (?:the|our) (?:\w+ )?show\b",
)  # fmt: skip
# The owner's own workplace rituals. Apart from NOT_HIRING because in mail that names a hiring word
# (a recruiter's signature, a role) they are the writer's reason ("a clash with our all-hands"), not
# what the mail is about.
RITUALS = Gated(
    ("stand-up", "standup", "retro", "all-hands", "all hands", "sprint", "offsite", "town hall", "headcount", "qbr"),
    r"\b(?:stand-?up|retro(?:spective)?|all[- ]hands|sprint (?:planning|review|demo)|team offsite|town hall|"
    r"headcount (?:planning|review)|QBR)\b",
)
# A purchase or registration, and something to learn: an interview-prep course or webinar receipt,
# even when the two are written far apart.
COMMERCE = Gated(
    ("receipt", "order", "purchase", "payment", "paid", "invoice", "subtotal", "total", "billing", "enrol",
     "registration", "registered", "registering"),
    r"\breceipt\b", r"\border (?:#|no\.?|number|confirmed|confirmation)", r"\bpurchase\b", r"\bpayment\b",
    r"\bpaid\b", r"\binvoice\b", r"\bsubtotal\b", r"\btotal\s*[:|]", r"\bbilling\b", r"\benrol+(?:ed|ment)\b",
    r"\bregistration (?:confirmed|confirmation|is complete)\b", r"\byou['’]re registered\b",
    r"\bthanks? (?:you )?for registering\b",
)  # fmt: skip
LEARNING = Gated(
    ("course", "class", "webinar", "workshop", "bootcamp", "masterclass", "lesson", "module", "cohort", "curriculum",
     "coaching", "tutoring", "certificate", "training"),
    r"\bcourses?\b", r"\bclass(?:es)?\b", r"\bwebinars?\b", r"\bworkshops?\b", r"\bbootcamps?\b",
    r"\bmasterclass(?:es)?\b", r"\blessons?\b", r"\bmodules?\b", r"\bcohort\b", r"\bcurriculum\b",
    r"\bcoaching\b", r"\btutoring\b", r"\bcertificate\b", r"\btraining\b",
)  # fmt: skip

OTHER_PURPOSE = re.compile(
    # Media: the interview is to be published or broadcast.
    r"\b(?:journalis[mt]|reporter|staff writer|newspaper|magazine|gazette|(?:my|our) (?:piece|article|story)|"
    r"on[- ]camera|on[- ]air|broadcast\w*|podcast|episode)\b"
    # Research: the owner is the one studied.
    r"|\b(?:(?:user|ux|usability|customer|market) research|usability|gift card|how you use)\b"
    # A school place for one's child, leaving a job, volunteering. Plain words that also name an
    # employer's world ("school", "campus", "news", "research team") are left out: a teacher's or
    # a newsroom's hiring interview says them too.
    r"|\b(?:admissions?|your (?:child|son|daughter)|offboarding|exit interview|volunteer\w*)\b"
    # A place in a club's squad or cast.
    r"|\b(?:try-?outs?|auditions?)\b",
    re.IGNORECASE,
)
# Said anywhere in a mail whose only job word is "interview", these put the owner on a show or in
# a study, whatever the interview sentence says ("Your interview session is booked").
ELSEWHERE = re.compile(
    r"\b(?:on (?:the|our) show|(?:our|the) (?:listeners|viewers)|podcast|(?:dear|study|research) participants?|"
    r"participants? (?:in|for) (?:our|this|the) study|(?:sign(?:ed|ing)? up|register(?:ed|ing)?|enrol+(?:ed|ing)?) "
    r"for (?:our|this|the) study|take part in (?:our|this|the) study)\b",
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


# A greeting to a group: the mail goes to many, so an interview in it is nobody's own.
GROUP_GREETING = re.compile(
    r"^[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ \t,]+(?:all|everyone|everybody|folks|"
    r"team|friends|members|y['’]all)\b",
    re.IGNORECASE | re.MULTILINE,
)
