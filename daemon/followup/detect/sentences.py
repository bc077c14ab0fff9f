"""Pure: outcome cues read sentence by sentence, with negation and for whom they are said.

A phrase list knows "we regret to inform you"; it does not know that "we have extended an offer
to another candidate" says no, or that "your new status is Offered" says yes. Here each sentence
is read for families of cues: a verb of moving a candidate on, negated ("did not select it for
further consideration"); a choice of someone else ("pursue other candidates", "an offer to
another candidate"); a position filled, closed or put on hold; a different direction; a status
changed to an outcome (ATS notices, also as a two-row table); an offer or a welcome made to
*you*; and a human calling a meeting off in one line. Conditional and general statements ("if
you are not selected...", "only candidates selected will be contacted") say nothing about this
candidate and are skipped.

Must not: decide the kind (that is `kinds`); it only adds scored, quoted evidence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from followup.detect.gated import Alternatives, literals_in, may_match
from followup.detect.refusals import CANDIDACY, PROCESS_ENDED, SLOT_REPLACED, kept_for_later
from followup.detect.refusals import NO_SAID as _NO_SAID
from followup.detect.text import quote

_F = re.IGNORECASE

# A sentence ends at . ! ? ; or a line break, but not after a title ("Dr. Simone Akers").
_SENTENCE_END = re.compile(
    # The punctuation is looked for first, and a break starts at its newline (the spaces before
    # it are stripped with the sentence): both fail fast at almost every position.
    r"(?<=[.!?;])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!Mrs\.)(?<!Prof\.)(?<!\bSt\.)(?<!e\.g\.)(?<!i\.e\.)\s+"
    r"|\n\s*"
)
# A condition or a rule for everyone. "Candidates who…" is general as the subject of the
# sentence; "we moved forward with candidates who…" speaks of the others. "When we reviewed your
# application" tells what happened, not a condition.
_CONDITIONAL = re.compile(
    r"^(?:if|unless|should|whether|in case)\b|^(?:once|when)\b(?! again)(?!(?:\s+\w+){0,3}\s+\w+ed\b)|"
    r"^(?:the |all |any )?(?:candidates|applicants) who\b|"
    r"\b(?:if you|only (?:candidates|applicants|those)|those who|in the event)\b",
    _F,
)
_NEGATION = re.compile(
    r"\b(?:not|no longer|unable to|won['’]t|wouldn['’]t|cannot|can['’]t|didn['’]t|haven['’]t|isn['’]t|aren['’]t|"
    r"decided against|declined? to|no (?:further|next)|ne (?:pas|plus)|n(?:e |['’])\w+ (?:pas|plus)|nicht|"
    r"no (?:hemos|vamos|podemos)|niet)\b",
    _F,
)
# A decision against, strong enough without naming the candidate: "We've decided not to continue."
_DECIDED_NOT = re.compile(r"\b(?:decided|chosen|opted|elected) (?:not to|to not|against)\b", _F)
# The company saying no in its own voice: "we won't be extending an offer", "we are unable to proceed".
_WE_NOT = re.compile(
    r"\bwe(?:['’](?:ve|ll|re|d))?(?: (?:have|are|will|would|do|did|shall|must|at this (?:point|stage|time)|"
    r"currently|also|therefore|unfortunately))* (?:not|won['’]t|cannot|can['’]t|don['’]t|didn['’]t|"
    r"(?:be )?unable to|no longer)\b",
    _F,
)
_WE = re.compile(r"\b(?:we|the (?:team|company|panel|hiring \w+|client)|nous|wir|nosotros)\b", _F)
_WHEN = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|tonight)\b|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|"
    r"\b\d{1,2}:\d\d\b",
    _F,
)
# Said with regret, a "we won't be proceeding" needs no "you" to be about the candidate.
_REGRET = re.compile(
    r"\b(?:unfortunately|regret\w*|sorry|afraid|sadly|regrettably|malheureusement|leider|lamentablemente|"
    r"desafortunadamente|helaas|purtroppo|infelizmente|niestety|tyvärr|desværre|dessverre)\b",
    _F,
)
_PROGRESS = re.compile(
    r"\b(?:mov(?:e|ed|ing) (?:you |your \w+ )?(?:forward|ahead|on)|proceed(?:ed|"
    r"ing)?|progress(?:ed|ing)?|advanc(?:e|ed|ing)|"
    r"continu(?:e|ed|ing)|pursu(?:e|ed|ing)|select(?:ed)?|shortlist(?:ed)?|consider(?:ed|ing|ation)?|"
    r"invit(?:e|ing) you|offer(?:ing)? you|extend(?:ing)? (?:you )?an offer|mak(?:e|ing) you an offer|hir(?:e|ing)|"
    r"tak(?:e|ing) (?:it|this|you|your \w+|things|matters|this \w+) (?:any )?(?:further|forward)|"
    r"the next (?:stage|step|round)|(?:chosen|picked) (?:for|to|as)|"
    r"among (?:the )?(?:\w+ )?(?:candidates|applicants|finalists|those|people)|"
    r"retenu|retenir|aller de l['’]avant|poursuivre|donner (?:une )?suite|berücksichtig\w*|weiter\w*|"
    r"seleccionad[oa]|uitnodig\w*|verder)\b",
    _F,
)
_STAGE = re.compile(
    r"\b(?:mov(?:e|ed|ing) (?:you |your \w+ )?(?:forward|ahead|on)|(?:the|a) next (?:stage|step|round)|"
    r"progress(?:ing)? (?:you|your \w+)|tak(?:e|ing) (?:it|this|things) (?:any )?further)\b",
    _F,
)
# A meeting held or gone ahead with, and a new time offered instead (a move, not a cancellation).
_HELD = re.compile(
    r"\b(?:proceed|go ahead|make it to|make|hold|keep|do|attend|host|run)(?: with)? (?:the |our |your |this |that |"
    r"today['’]s |tomorrow['’]s |(?:mon|tues|wednes|thurs|fri)day['’]s |\w+['’]s )?(?:\w+ )?(?:interview|call|chat|"
    r"meeting|conversation|screen|session|onsite)\b",
    _F,
)
_NEW_TIME = re.compile(r"\b(?:instead|move|moved|moving|push|pushed|reschedul\w*|shift\w*|new time)\b", _F)
# A goodbye: what a mail that says no without saying it is made of. Each is a hint; together
# (a farewell and a hint more), with nothing left pending, they are a no.
_FAREWELL = re.compile(
    r"\bwish(?:ing)? you (?:all |the very )?(?:the )?(?:best|every success|success|luck|well)\b[^.]{0,40}\b(?:future|"
    r"(?:job )?search|career|next|endeavou?rs?|elsewhere)|\bsuccess in your (?:job )?search\b|"
    r"\bbon courage (?:dans|pour) (?:votre|la suite)|\bviel Erfolg (?:für|bei) Ihre[rnm]? (?:weitere|Suche|beruflich)|"
    r"\b(?:mucha )?suerte en (?:tu|su) (?:búsqueda|futuro)|\bsucesso na (?:sua )?(?:busca|procura|carreira)",
    _F,
)
_GOODBYE_HINT = re.compile(
    r"\b(?:difficult|tough|hard) (?:decision|choice|call)\b|\b(?:apply|applying) (?:again|for (?:other|future))\b|"
    r"\bfuture (?:openings|opportunities|vacancies|roles|positions)\b|\bkeep (?:your|you) \w+ on file\b|"
    r"\b(?:sorry|regret) to (?:inform|tell|let you know|share)\b|"
    r"\bthank you for (?:your|the) (?:interest and your )?time\b",
    _F,
)
_PENDING = re.compile(
    r"\bwill (?:review|be in touch|contact you|get back to you|reach out)\b|\bnext steps?\b|\bunder review\b|"
    r"\bbeing reviewed\b|\bonce we(?:['’]ve| have) reviewed\b|\bshortly\b",
    _F,
)
_ABOUT_YOU = re.compile(
    r"\b(?:you|your|yours|candidacy|application|profile|resume|résumé|cv|vous|"
    r"votre|candidature|Sie|Ihre|Ihrer|tu|su)\b",
    _F,
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:other|another|different|more (?:qualified|experienced|suitable)|stronger|internal)"
    r"(?: (?:highly |very )?(?:qualified|strong|suitable|excellent|talented|great|experienced|promising|"
    r"shortlisted|final))? (?:candidates?|applicants?|"
    r"profiles?|individuals?|persons?|people|folks|finalists?|hires?|applications?|submissions?)\b|"
    r"\b(?:someone|somebody) (?:else|more|with|who|whose|better|for)\b|"
    r"\b(?:candidates|applicants) (?:who|whose|that)\b|"
    r"\b(?:the|a) (?:right |ideal )?(?:person|candidate|individual|hire) for (?:the|this|our|that)\b|"
    r"\b(?:go|went|gone|going) with others\b|"
    r"\ba candidate (?:who|whose|with)\b|\bwhose (?:[\w-]+ ){0,2}(?:experiences?|backgrounds?|skills?|skill ?sets?|"
    r"qualifications|profiles?|expertise|track records?)\b|"
    r"\b(?:autres? candidat|anderen? (?:Kandidat|Bewerber)|otr[oa]s? candidat|"
    r"andere kandida|altri candidat|un altro candidat|outros? candidat|outra candidat|innego kandydat|innych kandydat|"
    r"andra kandidat|en annan kandidat|andre kandidat|en anden kandidat|en annen kandidat)",
    _F,
)
_CLOSER_MATCH = re.compile(
    r"\b(?:candidates?|applicants?|profiles?|individuals?|people|someone) (?:who|whose|that|with)\b[^.]{0,50}?"
    r"\b(?:more|better|closer|closely|best|stronger)\b",
    _F,
)
_DECIDED = re.compile(
    r"\b(?:decided|decision|chose|chosen|opted|elected|selected|extended|hired|offered|went|ended up|found|"
    r"made (?:its|our|a|the|their) (?:choice|decision)|(?:will|['’]ll) be (?:moving|proceeding|going|continuing|"
    r"pursuing)|"
    r"(?:are|were|have|has|had|['’]ve|['’]re) (?:now )?(?:moving|moved|"
    r"proceeding|proceeded|going|gone|pursuing|pursued|continuing|continued))\b",
    _F,
)
_VAGUE = re.compile(r"(?:whose|a candidate|someone|candidates|applicants|the|a)\b", _F)
_CHOSE = re.compile(
    r"\b(?:decided|decision|chosen|chose|select(?:ed)?|opted|elected|go(?:ing)? with|went with|gone with|"
    r"picked|identified|found|appointed|settled on|landed on|gone for|"
    r"mov(?:e|ed|ing) (?:forward|ahead)|proceed(?:ed|ing)?|pursu(?:e|ed|ing)|hired|offer(?:ed)?|extended|accepted|"
    r"continu(?:e|ed|ing) with|progress(?:ed|ing)? with|(?:stronger|closer|better) (?:match|fit)|"
    r"retenu|entschieden|decidido|gekozen|besloten|verder (?:te )?gaan|deciso|proseguire|scelto|décidé|"
    r"poursuivre|closer|better (?:match|fit|suited|aligned)|"
    r"more closely|(?:better|more closely|closely) align\w*|"
    r"escolh\w*|decidimos|optamos|zdecydowali\w*|wybrali\w*|valt|valde|beslutat|besluttet|valgt)\b",
    _F,
)
_CLOSED = re.compile(
    r"\b(?:position|role|job|opening|vacancy|requisition|search|post|poste|Stelle)\b[^.]{0,50}?\b(?:(?:has|have|had) "
    r"(?:now |since |already |just )?been|was|is|got) (?:now |since |already )?(?:filled|closed|cancel+ed|"
    r"put on hold|placed on hold|on hold|frozen|"
    r"withdrawn|paused|eliminated|no longer (?:available|open|accepting (?:applications|candidates)))\b|"
    r"\b(?:filled|closed|paused|frozen|withdrawn|(?:decided|decision|had|have) to (?:close|pause|"
    r"withdraw|freeze)) (?:the|this|our|that)(?: (?!interview|call|chat|meeting|conversation)[\w-]+){0,3} "
    r"(?:position|role|opening|search|req|requisition|vacancy|job|post)s?\b|"
    r"\bfilled (?:all )?(?:of )?(?:the|"
    r"this|our|these) (?:open |available )?"
    r"(?:positions?|roles?|openings?|vacanc\w+)\b"
    r"|\bmade an appointment (?:to|for) (?:the|this|that)(?: [\w-]+){0,3} (?:role|position|post|vacancy)\b"
    r"|\b(?:poste|Stelle|Position|vacante|puesto|posizione|ruolo|vaga|vacature|functie)\b[^.]{0,40}?"
    r"\b(?:a été|est|wurde|ist|ha sido|fue|è stat[ao]|foi|is|werd)\s+(?:déjà |bereits |schon |ya |già |já |"
    r"inmiddels |al )?(?:pourvue?|besetzt|vergeben|cubiert[oa]|copert[ao]|chius[ao]|preenchida|ingevuld|vervuld|"
    r"gesloten)\b|\bhemos cubierto (?:la|el) (?:vacante|puesto)\b",
    _F,
)
_HIRING_STOPPED = re.compile(
    r"\b(?:hiring|recruiting|recruitment|the search|the process)\b[^.]{0,30}?\b(?:on hold|"
    r"paused|frozen|stopped|halted)\b"
    r"|\bhiring freeze\b|\b(?:end|close|stop|conclude) (?:the|your) (?:process|candidacy|application)\b"
    r"|\b(?:pause|paused|pausing|freeze|froze|stop|stopped|halt|halted|suspend|suspended) "
    r"(?:all |our |the )?(?:hiring|recruiting|recruitment|the search)\b",
    _F,
)
_HOLD = re.compile(r"\b(?:on hold|hiring freeze|frozen|paused|pourvu|besetzt)\b", _F)
_DIRECTION = re.compile(
    r"\b(?:go(?:ing)?|gone|went|head(?:ed|ing)?|take|taking|took)(?: (?:the|this|our) (?:role|position|search|hire))? "
    r"(?:in )?(?:a )?(?:different|another|new) "
    r"(?:direction|way|route|path)\b",
    _F,
)
_STATUS = re.compile(
    r"\b(?:new|current|updated|application|candidate) status\b(?:\s+(?:is|was|"
    r"has been|of))?(?:\s+(?:now|changed|updated|set|moved))?"
    r"(?:\s+(?:to|as))?\s*[:|\-–]?\s*(?P<v>[^.\n|]{2,50})"
    r"|\bstatus (?:is now|has (?:been )?(?:changed|updated|moved) to|changed to|"
    r"updated to|moved to|now)\s*[:\-–]?\s*(?P<w>[^.\n|]{2,50})"
    r"|^\s*(?:(?:new |current |application |candidate )?(?:status|stage)(?: update)?)\s*[:|]\s*(?P<u>[^.\n|]{2,50})"
    r"|\bstatus\b[^.\n]{0,50}?(?:->|→|=>)\s*(?P<t>[^.\n|]{2,50})"
    # "The status of your application for X has been changed to: Rejected", "from Interviewing to ...".
    r"|\b(?:status|stage)\b[^.\n]{0,60}?\b(?:changed|updated|moved|set)\s+(?:from\s+[^.\n]{1,40}?\s+)?to\s*"
    r"[:\-–]?\s*(?P<s>[^.\n|]{2,50})",
    _F | re.MULTILINE,  # a row "Status: Rejected" starts its line in the whole text as in its sentence
)
# The application itself said to be turned down: "Your application has been marked as Rejected".
_APPLICATION_TURNED_DOWN = re.compile(
    r"\b(?:your|the) (?:job )?(?:application|candidacy|candidature|profile|submission)\b[^.]{0,60}?"
    r"\b(?:has been|have been|was|is|is now|got)\s+(?:now\s+)?(?:(?:marked|set|moved|changed|updated) (?:as|to)"
    r"(?: the)?\s+)?(?:rejected|declined|refused|unsuccessful|archived|withdrawn|"
    r"no longer (?:active|under review|being considered)|not (?:been )?selected|disqualified|turned down|"
    r"not (?:been )?successful)\b",
    _F,
)
# A status value, after any quotes, a number ("650 - ") or a party ("Client Declined").
_STATUS_OFFER = re.compile(r"^\W*(?:\d+\s*[-–]\s*)?(?:offer(?:ed| extended| made| sent| stage)?|hired|offer)\b", _F)
_STATUS_NO = re.compile(
    r"^\W*(?:\d+\s*[-–]\s*)?(?:(?:client|employer|candidate|hiring manager|company|application)\s+)?"
    r"(?:not (?:in|under) consideration|not selected|rejected|declined|unsuccessful|not moving forward|"
    r"disqualified|closed|archived|no longer (?:in|under) consideration|refused|not suitable|position filled|"
    r"filled|withdrawn by (?:the )?(?:employer|company))\b",
    _F,
)
_OFFER_WORD = re.compile(r"\b(?:offer|offered|offre|Angebot|oferta)\b", _F)
_OFFER_MADE = re.compile(
    r"\b(?:extend(?:ed|ing)?|make|made|making|send(?:ing)?|sent|attach(?:ed)?|enclos(?:ed)?|prepared|formal|verbal|"
    r"written|pleased|happy|delighted|excited|thrilled|glad|approved|congratulations|official)\b",
    _F,
)
# An offer of money off is a sale: "we're pleased to offer you 30% off everything".
_SALE = re.compile(
    r"\d\s?%|[$€£]\s?\d|\b(?:discount|coupon|promo(?:tion)?|voucher|free shipping|off (?:everything|your)|"
    r"just for you|exclusive|best offer|(?:limited|special)[- ]time|deals?|sale|shop(?:ping)?|subscription|"
    r"upgrade|members?)\b",
    _F,
)


def is_sale(text: str) -> bool:
    """Whether a text speaks of money off or shopping ("an exclusive offer just for you")."""
    return _SALE.search(text) is not None


_YOU = re.compile(r"\b(?:you|your|vous|votre|Ihnen|Sie|te|le)\b", _F)
_RECEIVED = re.compile(
    r"\bthanks? (?:you )?for (?:sending|submitting|forwarding|sharing) (?:over )?(?:your|the) (?:resume|cv|résumé|"
    r"application|portfolio|details)\b|\bgot your (?:resume|cv|résumé|application|materials|portfolio)\b|"
    r"\b(?:I|we)(?:['’]ve| have)? received (?:it|your (?:resume|cv|résumé|application|"
    r"materials))\b|\bpassed (?:it|your (?:resume|cv|application|details)) (?:on |along )?to (?:the|our) hiring\b",
    _F,
)
_INVITED = re.compile(
    r"\b(?:invite|inviting) you (?:to|for) (?:an? |your |the |our )?(?:[\w-]+ ){0,3}(?:interview|call|conversation|"
    r"meeting|chat|onsite|screen)\b"
    # "I'd love to do a first interview with you on Monday at 4pm": the writer fixes the time.
    r"|\b(?:I|we)['’]d (?:love|like) to (?:do|have|hold) (?:an? |your |the |our )?(?:[\w-]+ ){0,2}"
    r"(?:interview|call|conversation|chat|screen) with you\b"
    # "I'd like to set up a 30-minute phone screen with me on Tuesday at 4pm".
    r"|\b(?:I|we)['’]d (?:love|like) to (?:set up|arrange|book) (?:an? |your |the |our )?(?:[\w-]+ ){0,3}"
    r"(?:interview|call|conversation|chat|screen) with (?:you|me|us)\b",
    _F,
)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|uhr)\b|\b\d{1,2}[:h]\d\d\b", _F)
_TO_BOOK = re.compile(r"\b(?:schedule|pick|select|choose|book|availability|available|let me know|which)\b", _F)
_OFFER_TERMS = re.compile(
    r"\bbase(?: salary)?\s*[:-]|\bequity\s*[:-]|\b(?:sign-?on|signing) bonus\b|\bstart date\s*[:-]|\bvesting\b|"
    r"\b(?:recap|summary|details|terms|breakdown) of (?:the|your|our) offer\b",
    _F,
)
_HIRED = re.compile(
    r"\byou['’]re hired\b|\bcontract (?:is )?(?:attached|enclosed)\b|\b(?:we['’]d|we would) (?:like|love) "
    r"(?:you to join|to have you join|to have you on board|to welcome you to) (?:us|the team|[A-Z]\w+)"
    # "we'd love for you to come on board as our Lead Data Engineer".
    r"|\b(?:we['’]d|we would) (?:like|love) (?:for )?you to (?:come|join) (?:on board|aboard|us|the team) as\b",
    _F,
)
_MEETING = re.compile(r"\b(?:interview|call|chat|meeting|conversation|session|onsite|screen)\b", _F)
_WELCOME = re.compile(
    r"\bwelcome (?:aboard|to the team)\b|\b(?:thrilled|delighted|excited|happy|pleased) to (?:have you|welcome you) "
    r"(?:join|on board|aboard|to)\b|\bjoin(?:ing)? (?:us|the team) as\b[^.]{0,60}\b(?:start date|starting)\b|"
    r"\bbienvenue (?:dans|parmi)\b|\bwillkommen (?:im|an Bord)\b|\bbienvenid[oa] (?:a|al) (?:bordo|equipo)\b",
    _F,
)
_CANCEL_MEETING = re.compile(
    r"\b(?:cancel(?:l?ing|l?ed)?|call(?:ing)? off|scrap(?:ping)?|pull(?:ing)?|drop(?:ping)?)\b[^.]{0,30}?"
    r"\b(?:our|the|your|today['’]?s|"
    r"tomorrow['’]?s|this (?:morning|afternoon|evening)['’]?s?|(?:mon|tues|wednes|thurs|fri)day['’]s)\b[^.]{0,25}?"
    r"\b(?:call|chat|interview|meeting|conversation|screen|session|onsite|catch-up|booking)\b"
    r"|\b(?:call|chat|interview|meeting|conversation|screen|session)\b[^.]{0,30}\b(?:is|are|will be|has been) "
    r"(?:off|cancel+ed|called off)\b"
    # "Your interview for <role> at <company> on <date and time> has been cancelled."
    r"|\byour (?:call|chat|interview|meeting|conversation|screen|session|onsite)\b[^.]{0,120}?\b(?:has been|was) "
    r"(?:cancel+ed|called off)\b"
    # "Please disregard Thursday's interview invite - we've cancelled it on our side."
    r"|\b(?:disregard|ignore)\b[^.]{0,40}?\b(?:interview|call|meeting|screen|onsite)\b[^.]{0,15}?"
    r"\b(?:invite|invitation)s?\b",
    _F,
)


# A meeting moved: "your interview is now on Thursday", "at 3pm instead of 2pm", "we need to
# postpone your interview to Monday", "I've updated the invite: we'll now meet on Friday".
_MOVED = re.compile(
    r"\b(?:is|are|will) now (?:be )?(?:on|at|for|taking place|take place|start(?:ing)?|held)\b"
    r"|\bnow (?:takes? place|starts|begins|happens)\b|\binstead\b(?! of)"
    r"|\b(?:we['’]ll|we will|I['’]ll|I will) now (?:meet|speak|talk|start|chat)\b"
    r"|\b(?:instead of|rather than)\b"
    r"|\bchange[ds]? (?:the|your) (?:time|date|slot|day)\b"
    r"|\b(?:shift(?:ed|ing)?|postpon(?:e|ed|es|ing)|bump(?:ed|ing)?|push(?:ed|ing)?(?: back| forward| out)?|"
    r"mov(?:e|ed|ing)(?! (?:on|forward|ahead|you|your application))|br(?:ing|ought) forward)\b"
    r"(?: [\w'’]+){0,4}? (?:to|until|till|by an? (?:hour|day|week)|"
    r"an? (?:hour|day|week) (?:later|earlier))\b"
    r"|\b(?:half an hour|an hour|\d{1,2} min(?:ute)?s|\d hours?) (?:later|earlier)\b"
    r"|\breschedul(?:e|ing) (?:it|our|the|your|this|that|[\w'’]+['’]s)\b[^.?!]{0,40}? (?:to|for)\b"
    r"|\bupdated the (?:invite|invitation|calendar|event|meeting)\b",
    _F,
)
# A move to one new time asked as a question ("could we start half an hour later, at 11:30 instead
# of 11?"), unlike a choice offered ("could we move it to Monday or Tuesday?").
_MOVE_ASKED = re.compile(
    r"\b(?:could|can|would|shall)\b[^?]{0,80}?\b(?:bump|push|move|shift|start|begin|postpone|bring|reschedule)\b",
    _F,
)
_CHOICE = re.compile(r"\bor\b|\beither\b|\boptions?\b|\bslots\b|\bwhich\b|\bwhat\b|\bwhen\b", _F)
_MOVED_WORDS = (
    "now", "instead", "rather", "change", "shift", "postpon", "bump", "push", "mov", "forward", "updated", "later",
    "earlier", "reschedul",
)  # fmt: skip
_MEETING_OR_INVITE = re.compile(
    r"\b(?:interview|call|chat|meeting|conversation|session|onsite|screen|invite|invitation|it)\b", _F
)

_FAREWELL_WORDS = ("wish", "success", "bon courage", "erfolg", "suerte", "sucesso")

# Each family with words one of which every match holds (lower-case), so that a family is
# searched for only in mail holding one of them.
_FAMILIES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_NEGATION, ("not", "no longer", "n't", "n’t", "unable", "cannot", "against", "declin", "no further", "no next",
                 "ne pas", "ne plus", " pas", " plus", "nicht", "no hemos", "no vamos", "no podemos", "niet")),
    (_SOMEONE_ELSE, ("other", "another", "different", "more qualified", "more experienced", "stronger", "internal",
                     "someone else", "whose", "autre", "andere", "otro", "otra", "altri", "altro", "outr", "innego",
                     "innych", "andra", "annan", "andre", "anden", "annen", "someone", "somebody", "a candidate",
                     "application", "submission", "candidates", "applicants", "person", "individual", "hire for")),
    (PROCESS_ENDED, ("clos", "end", "conclud", "wrap", "archiv", "stop", "over")),
    (SLOT_REPLACED, ("can't", "can’t", "cannot", "can no longer", "won't", "won’t", "able to", "anymore", "no longer",
                     "(was", "(previously", "(originally", "(formerly", "(instead", "replace", "supersede")),
    (_CLOSED, ("filled", "closed", "cancel", "hold", "frozen", "withdraw", "paused", "eliminated", "no longer",
              "appointment", "to close", "pourvu", "besetzt", "vergeben", "cubiert", "copert", "chius", "preenchida",
              "ingevuld", "vervuld", "gesloten", "to pause", "to freeze")),
    (_HIRING_STOPPED, ("hold", "paused", "frozen", "stopped", "halted", "freeze", "end ", "close ", "stop",
                       "conclude", "pause", "froze", "halt", "suspend")),
    (_DIRECTION, ("direction", "way", "route", "path")),
    (_APPLICATION_TURNED_DOWN, ("reject", "declin", "refus", "unsuccessful", "selected", "disqualif", "turned down",
                                "archived", "withdrawn", "no longer",
                                "successful")),
    (_CLOSER_MATCH, ("more", "better", "closer", "closely", "best", "stronger")),
    (_NO_SAID, ("successful", "fit", "match",
                "consideration", "regret", "will not be", "declin", "reject", "pass", "not a match", "looking for",
                "need someone", "given", "gave", "offered", "promot", "internally", "within", "n't", "n’t", " not ",
                "awarded", "gone", "went", "keep", "continu", "abouti", "não", "nie ",
                "inte ", "ikke ", "niet ", "non ", "a no", "against", "have a", "have any",
                "steps for you", "step for you", "work out", "favo", "anderweitig", "optado", "seguir",
                "recommend", "than you", "stopping", "ahead with",
                "correspond", "entspricht", "passt", "ajusta", "encaja", "corrispond", "enquadra", "past niet",
                "sluit niet", "keine", "what", "news")),
    (_CANCEL_MEETING, ("cancel", "call off", "calling off", "scrap", " off", "disregard", "ignore", "pull", "drop")),
    (_MOVED, _MOVED_WORDS),
    (_STATUS, ("status", "stage")),
    (_OFFER_WORD, ("offer", "offre", "angebot", "oferta")),
    (_RECEIVED, ("received", "thank", "passed", "got your")),
    (_INVITED, ("invit", "with you", "with me", "with us")),
    (_HIRED, ("hired", "contract", "join", "on board", "aboard")),
    (_WELCOME, ("welcome", "have you", "join", "bienvenue", "willkommen", "bienvenid")),
)  # fmt: skip


@dataclass(frozen=True)
class Cue:
    """One sentence-level finding: the kind it speaks for, its weight, and the evidence line."""

    kind: str
    weight: float
    note: str
    soft: bool = False  # a position on hold: a no to the job, but a cancelled interview if one is called off


def is_conditional(text: str, at: int) -> bool:
    """Whether the sentence around position `at` is conditional or general ("if you are selected...")."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), text.rfind("!", 0, at), text.rfind("?", 0, at)) + 1
    return _CONDITIONAL.search(text[start:at].strip() + " " + text[at : at + 40]) is not None


def is_pending(text: str) -> bool:
    """Whether `text` leaves something to come ("we will be in touch", "next steps", "under review")."""
    return _PENDING.search(text) is not None


def is_denied(text: str, at: int) -> bool:
    """Whether a phrase at `at` is denied in its own sentence ("we have decided not to extend an offer")."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), text.rfind("!", 0, at), text.rfind("?", 0, at)) + 1
    return _NEGATION.search(text[max(start, at - 50) : at]) is not None


def _regretful_no(sentence: str) -> bool:
    """'Unfortunately, we won't be proceeding': the company speaking, no question, no date or time.

    A day or time in the sentence usually names a meeting being called off ("we can't proceed
    with Tuesday's call"), unless what is not done is the candidacy's next stage and no meeting
    follows it ("after Tuesday's interview we won't be moving forward").
    """
    if not (
        (_REGRET.search(sentence) is not None or _WE_NOT.search(sentence) is not None)
        and _WE.search(sentence) is not None
        and "?" not in sentence
    ):
        return False
    if _WHEN.search(sentence) is None:
        return True
    stage = _STAGE.search(sentence)
    return stage is not None and _MEETING.search(sentence, stage.end()) is None


def sentences_of(text: str, limit: int = 80) -> list[str]:
    """Split text into sentences (or table lines), at most `limit` of them."""
    parts = _SENTENCE_END.split(text, maxsplit=limit)
    return [p.strip() for p in parts[:limit] if len(p.strip()) > 3]


def read_cues(subject: str, text: str) -> list[Cue]:
    """Read the outcome cues of a mail's subject and text, one at most per family and kind."""
    found: dict[tuple[str, str], Cue] = {}

    def add(kind: str, family: str, sentence: str, weight: float = 3.0, soft: bool = False) -> None:
        found.setdefault((kind, family), Cue(kind, weight, f"sentence ({family}): {quote(sentence, 60)}", soft))

    lines = sentences_of(f"{subject}\n{text}")
    # Each family is first looked for in the whole text at once: most are absent from any one
    # mail, and one search is far cheaper than one per sentence. Only present ones are read per
    # sentence (a match inside a sentence is also a match in the whole, so nothing is lost).
    whole = "\n".join(lines)
    low = whole.lower()
    # A family's words are plain text (no word-edge marks): on short text, one look each.
    holds = literals_in(low) if len(low) >= 1000 else low.__contains__
    present = {rx for rx, words in _FAMILIES if any(map(holds, words)) and _SEARCHED[rx].found(whole, low)}
    tables = "new status" in low
    # Every cue below needs a present family's match in its sentence, so one of its words: a
    # sentence with none of them is passed over with one search.
    words = _words_of(frozenset(present))
    meeting_nos: list[str] = []
    for index, sentence in enumerate(lines):
        if tables and (kind := _table_status(lines, index)) is not None:
            add(kind, "status changed", f"{sentence} / {lines[index + 1]}")
        if words is None or words.search(sentence.lower()) is None:
            continue
        if _CONDITIONAL.search(sentence):
            continue
        negated = _NEGATION.search(sentence) if _NEGATION in present else None
        if negated and (_ABOUT_YOU.search(sentence) or _DECIDED_NOT.search(sentence) or _regretful_no(sentence)):
            progress = _PROGRESS.search(sentence, negated.start())
            if progress is not None and progress.start() - negated.end() <= 60:
                add("rejection", "not taken further", sentence)
        other = _SOMEONE_ELSE.search(sentence) if _SOMEONE_ELSE in present else None
        if other is not None and _CHOSE.search(sentence) and (_DECIDED.search(sentence) or not _VAGUE.match(other[0])):
            # "Candidates whose skills best match" is how every application is weighed until a
            # decision is said; "other candidates" is somebody else whatever the tense.
            add("rejection", "someone else chosen", sentence)
        elif _CLOSER_MATCH in present and _CLOSER_MATCH.search(sentence) and _DECIDED.search(sentence):
            add("rejection", "someone else chosen", sentence)
        closed = _CLOSED.search(sentence) if _CLOSED in present else None
        if closed is not None and not ("cancel" in closed[0].lower() and _MEETING.search(sentence)):
            # "Your interview for the X role has been cancelled": the meeting is called off, not the role.
            add("rejection", "position closed", sentence, soft=bool(_HOLD.search(sentence)))
        if _HIRING_STOPPED in present and _HIRING_STOPPED.search(sentence):
            add("rejection", "hiring stopped", sentence, soft=True)
        if _DIRECTION in present and _DIRECTION.search(sentence):
            add("rejection", "different direction", sentence)
        if _APPLICATION_TURNED_DOWN in present and _APPLICATION_TURNED_DOWN.search(sentence):
            add("rejection", "application turned down", sentence)
        if _NO_SAID in present and _NO_SAID.search(sentence):
            if _MEETING.search(sentence) and _WHEN.search(sentence) and not CANDIDACY.search(sentence):
                # "Tuesday's interview won't work out": said of a dated meeting, not of the candidacy.
                meeting_nos.append(sentence)
            else:
                add("rejection", "no said", sentence)
        if PROCESS_ENDED in present and PROCESS_ENDED.search(sentence):
            add("rejection", "process ended", sentence)
        if SLOT_REPLACED in present and "?" not in sentence and SLOT_REPLACED.search(sentence):
            add("interview_rescheduled", "slot replaced", sentence)
        if (_CANCEL_MEETING in present and _CANCEL_MEETING.search(sentence)) and not negated:
            add("interview_cancelled", "meeting called off", sentence)
        elif (
            negated
            and (held := _HELD.search(sentence, negated.end())) is not None
            and held.start() - negated.end() <= 40
            and _WHEN.search(sentence)
            and not _NEW_TIME.search(sentence)
        ):
            # "We won't be able to go ahead with Tuesday's interview": a dated meeting that won't happen.
            add("interview_cancelled", "meeting called off", sentence)
        if (
            _MOVED in present
            and ("?" not in sentence or (_MOVE_ASKED.search(sentence) and not _CHOICE.search(sentence)))
            and (moved := _MOVED.search(sentence)) is not None
            # "Let's make it 11am tomorrow instead": a bare "instead" follows its new time; asked, it
            # is a counter-proposal ("can we do Thursday at 3pm instead?").
            and (moved[0].lower() != "instead" or "?" not in sentence)
            and _WHEN.search(sentence, 0 if moved[0].lower() == "instead" else moved.start()) is not None
            and (_MEETING_OR_INVITE.search(sentence) or moved[0].lower().startswith(("instead", "rather")))
        ):
            add("interview_rescheduled", "meeting moved", sentence)
        status = _STATUS.search(sentence) if _STATUS in present else None
        value = "" if status is None else next((v for v in status.group("v", "w", "u", "t", "s") if v), "")
        if status is not None and (kind := _status_kind(value)) is not None:
            add(kind, "status changed", sentence)
        if _OFFER_WORD in present and _OFFER_WORD.search(sentence):
            if _SOMEONE_ELSE in present and _SOMEONE_ELSE.search(sentence):
                # "We have extended an offer to another candidate": an offer, but not to you.
                add("offer", "offer to someone else", sentence, weight=-3.0)
            elif not negated and _YOU.search(sentence) and _OFFER_MADE.search(sentence) and not _SALE.search(sentence):
                add("offer", "offer made to you", sentence)
        if (_RECEIVED in present and _RECEIVED.search(sentence)) and not negated:
            add("application_received", "application received", sentence)
        if (
            (_INVITED in present and _INVITED.search(sentence))
            and _CLOCK.search(sentence)
            and not _TO_BOOK.search(sentence)
        ):
            add("interview_scheduled", "invited at a fixed time", sentence)
        if (
            _HIRED in present
            and (hired := _HIRED.search(sentence)) is not None
            and not negated
            # "we'd like you to join us for a call" is no offer; "loved meeting you ... join us" is.
            and not _MEETING.search(sentence, hired.start(), hired.end() + 40)
        ):
            add("offer", "hired", sentence)
        if (_WELCOME in present and _WELCOME.search(sentence)) and not negated:
            add("offer", "welcome note", sentence)
    if meeting_nos and ("interview_cancelled", "meeting called off") not in found:
        add("rejection", "no said", meeting_nos[0])  # no meeting is called off: the no is the candidacy's
    low_text = low if len(text) < 20000 else text[:20000].lower()
    if any(w in low_text for w in _FAREWELL_WORDS) and (farewell := _FAREWELL.search(text[:20000])) is not None:
        hints = {m.group(0).lower() for m in _GOODBYE_HINT.finditer(text[:20000])}
        if hints and _PENDING.search(text[:20000]) is None:
            note = f"goodbye: {quote(farewell.group(0), 40)} + {', '.join(sorted(hints))[:60]}"
            found.setdefault(("rejection", "goodbye"), Cue("rejection", 3.0, note))
    if (kept := kept_for_later(text[:20000])) is not None and _PENDING.search(text[:20000].replace(kept, "")) is None:
        note = f"kept on file for another opening, nothing pending: {quote(kept.strip(), 60)}"
        found.setdefault(("rejection", "kept on file"), Cue("rejection", 3.0, note))
    # Most mail names no offer term at all: a look for their words spares the search.
    terms = (
        {m.group(0).lower().split()[0] for m in _OFFER_TERMS.finditer(text[:20000])}
        if may_match(_OFFER_TERMS, low_text if len(text) >= 20000 else text.lower())
        else set()
    )
    if len(terms) >= 2 or any(t.startswith(("recap", "summary", "details", "terms", "breakdown")) for t in terms):
        # Base, equity, bonus, start date: the terms of an offer, whatever the sentences say.
        found.setdefault(("offer", "offer terms"), Cue("offer", 3.0, f"offer terms: {', '.join(sorted(terms))}"))
    return list(found.values())


# Each family searched for by its alternatives that the text can hold.
_SEARCHED = {rx: Alternatives(rx) for rx, _ in _FAMILIES}


@functools.lru_cache(maxsize=64)
def _words_of(families: frozenset[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One search for any word of these families (lower-case text), None when there are none."""
    words = sorted({w for rx, ws in _FAMILIES if rx in families for w in ws}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


def _status_kind(value: str) -> str | None:
    if _STATUS_OFFER.search(value):
        return "offer"
    if _STATUS_NO.search(value):
        return "rejection"
    return None


def _table_status(lines: list[str], index: int) -> str | None:
    """A two-row table: 'Previous status | New status' over 'Final Interview | Offer Extended'."""
    line = lines[index]
    if "|" not in line or index + 1 >= len(lines) or not re.search(r"\bnew status\b", line, _F):
        return None
    headers = [h.strip().lower() for h in line.split("|")]
    values = [v.strip() for v in lines[index + 1].split("|")]
    column = next((i for i, h in enumerate(headers) if "new status" in h), None)
    if column is None or len(values) != len(headers):
        return None
    return _status_kind(values[column])
