"""Pure: cue families of outcomes and moves, read sentence by sentence by `sentences`.

Owns the many ways a company says no in a sentence (NO_SAID), the end of the candidate's process
said in its own words (PROCESS_ENDED: "we're closing out your application"), a slot given up for
another (SLOT_REPLACED: "Sam can't do Tuesday anymore", "(was 9:00 AM)", "the Friday slot no
longer applies"), and what a sentence is about (CANDIDACY: the application, the role; DATED: a
day or a clock time).

Must not: decide or score (that is `sentences` and `kinds`).
"""

from __future__ import annotations

import re

_F = re.IGNORECASE

NO_SAID = re.compile(
    r"\b(?:unsuccessful|not (?:been )?successful|(?:were|was|have|has)n['’]t (?:been )?successful|"
    r"not the right (?:fit|match)|"
    r"(?:don['’]t|do not|no longer) have (?:a|any) (?:suitable )?(?:role|position|opening|vacanc\w+)s? (?:that|which|"
    r"for you|to offer)|"
    r"(?:not|isn['’]t|wasn['’]t) a (?:good |strong )?"
    r"(?:fit|match)|"
    r"no longer (?:under|in) consideration|not in consideration|"
    r"regret to (?:inform|let you know|tell you|advise)\b[^.]{0,80}\b(?:application|candidacy|position|role|"
    r"interview|offer|candidate|process|opportunit\w+|select\w*|shortlist\w*|successful|proceed\w*|"
    r"mov(?:e|ing) forward)\b|"
    # "we don't think it's the right fit", "not quite the match we need".
    r"(?:not|(?:do|does|did|is|was|are|were|wo)n['’]t)\b[^.?]{0,30}\b"
    r"(?:the (?:right|best)|a (?:good|strong|great)|an? (?:ideal|perfect)) (?:fit|match)|"
    r"will not be (?:offering|extending|scheduling|inviting|progressing|making you an offer)|"
    r"(?:was|is|were|are)(?:n['’]t| not) (?:quite |exactly )?what (?:we|they|the team|the client)(?: \w+)? "
    r"(?:need|needs|needed|(?:are|were|is|was) looking for|want|wanted)\b|"
    r"(?:disappointing|bad|unfortunate|difficult) news\b[^.]{0,40}\b(?:application|candidacy|role|position)|"
    r"no (?:further|next) steps? for you\b|(?:not going to|won['’]t|will not|didn['’]t|did not) work out\b|"
    r"not (?:been )?in your favou?r\b|"
    r"(?:declined?|rejected) (?:your|the) "
    r"(?:application|candidacy)|your application (?:was|has been) (?:declined|rejected|unsuccessful)|"
    r"(?:going to|will|have to|must|decided to|chose to|choosing to) pass\b|pass on (?:your|this|moving)|"
    r"not (?:a match|the right match) (?:right )?now|looking for (?:someone|a candidate) with (?:more|different|"
    r"stronger|deeper)|need someone with more|it['’]s a no\b|decided against (?:your|"
    r"you|moving|proceeding|progressing)|"
    r"promot(?:e|ed|ing) (?:from within|internally)|(?:hire|hired|hiring|fill|filled|filling) (?:it |the (?:role|"
    r"position) )?(?:internally|from within)|"
    r"\b(?:profil|perfil|profilo|profiel|expérience|Erfahrung|experiencia|candidature|Bewerbung|candidatura)\b"
    r"[^.]{0,30}\b(?:ne correspond pas|entspricht\b[^.]{0,30}\bnicht|passt\b[^.]{0,30}\bnicht|no se ajusta|"
    r"no encaja|no corresponde|non corrisponde|não corresponde|não se enquadra|past niet|sluit niet)|"
    r"\b(?:passt|entspricht) (?:Ihr|dein|Ihre|deine) (?:Profil|Erfahrung|Qualifikation\w*) (?:leider )?nicht|"
    r"\bkeine (?:positive )?(?:Zusage|Rückmeldung geben)|"
    r"(?:experience|background|skills|profile|qualifications|skill set)\b[^.]{0,30}\b(?:does not|doesn['’]t|"
    r"did not|didn['’]t|do not|don['’]t) (?:quite |fully )?(?:match|meet|align|fit)|"
    # The job given to anyone but you; the search going on without you.
    r"(?:given|gave|offered|awarded) (?:the|this|that)(?: [\w-]+){0,3} (?:role|position|job|post) to (?!you\b)|"
    r"(?:role|position|job|post|opening)\b[^.]{0,30}?\b(?:has |have |had )?(?:gone|went|been given|been offered|"
    r"been awarded) to (?!you\b)|"
    r"(?:going to|will|decided to|need to|want to|have to|chose to|plan to) (?:keep|continue) (?:looking|searching|"
    r"(?:our|the) search)|pas (?:pu )?aboutir|n['’]a pas (?:pu )?abouti|"
    # "the fit wasn't quite there", "die Stelle anderweitig zu besetzen", "hemos optado por otro perfil".
    r"(?:fit|match)\b[^.]{0,40}?\b(?:was|is|were|are)(?:n['’]t| not) (?:quite |really |entirely )?there|"
    r"(?:Stelle|Position|Vakanz)\b[^.]{0,30}\banderweitig|"
    r"(?:optado|seguir|continuar) (?:por|con) (?:otr[oa]s?|un[ao]? otr[oa]) (?:perfil|candidat)\w*|"
    # Of the interview held: "it isn't good news", "the panel did not recommend you", "the role needs
    # more … than you have", "we'll be stopping here".
    r"(?:isn['’]t|wasn['’]t|is not|was not) (?:the )?(?:good|great|positive|happy) news|"
    r"not the (?:news|outcome|answer|result) (?:you|we)(?:['’]d| were| had| would have)? (?:hop|want|expect)\w*|"
    r"(?:did not|didn['’]t|do not|don['’]t|could not|couldn['’]t|won['’]t|will not) recommend (?:you|your|moving|"
    r"progress\w*|proceed\w*|an offer)|"
    r"(?:needs?|needed|requires?|required|calls? for)\b[^.]{0,50}?\bthan you (?:have|had|bring|brought)|"
    r"(?:be|are|['’]re|is) stopping (?:here|there|at this (?:point|stage))|"
    # "decided not to make an offer"; "the team will go ahead with a candidate who…".
    r"not (?:to )?(?:make|extend|offer) (?:you )?(?:an|the|a) (?:offer|position|role|job)|"
    r"(?:will|['’]ll|are|['’]re|have|['’]ve|decided to) (?:be )?go(?:ing|ne)? ahead with (?:a|an|another|other|"
    r"the other) (?:candidate|applicant|finalist|person|profile)s?|"
    # Portuguese, Polish, Swedish, Danish/Norwegian, Dutch, Italian: "not selected / not going further".
    r"não (?:foi|fomos|será|ser[aá]) (?:selecionad|possível)\w*|não seguiremos|não avançar\w*|"
    r"nie (?:został\w*|zakwalifikował\w*) (?:wybran|zakwalifikowan)?\w*|nie będziemy kontynuować|"
    r"inte (?:gå|går|gått) vidare|inte blivit utvald|ikke (?:gå|går|gået|gått) videre|ikke (?:blevet|blitt) udvalgt|"
    r"niet (?:geselecteerd|verder)|non (?:è|e) stat[ao] selezionat[ao]|non proseguir\w*)\b",
    re.IGNORECASE,
)
# The candidate's own process brought to an end, said of it in so many words: "we're closing out
# your application", "so we're wrapping up the recruitment". A window, a deadline or a form that
# closes is no end of anything.
PROCESS_ENDED = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping)? up|archiv(?:e|es|ed|ing))"
    r"(?: out| off)? (?:your|the) (?:job )?(?:application|candidacy|candidature|recruitment|hiring process|"
    r"recruiting process|search)\b(?! (?:window|period|deadline|portal|form|page))"
    # "This is where the process ends for you."
    r"|\b(?:the|your) (?:process|candidacy|application|journey)\b[^.]{0,20}?\b(?:ends|ended|stops|is over|"
    r"comes to an end|has come to an end)\b[^.]{0,10}?\b(?:for you|here|now)\b",
    _F,
)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A booked slot given up for another: the old one denied, dropped or shown as what it was. With
# another time in the mail, that is a move, whatever verb says it (or none).
SLOT_REPLACED = re.compile(
    r"\b(?:can['’]t|cannot|can no longer|won['’]t be able to|(?:is|are)(?:n['’]t| not| no longer) able to) (?:do|make)"
    rf"(?: it)?(?: on)? (?:the )?{_DAY}\b"
    rf"|\b{_DAY}\b[^.;]{{0,30}}\banymore\b"
    r"|\b(?:slot|time|date|invitation|invite|details)\b[^.;]{0,30}\bno longer (?:applies|apply|works|stands|holds)\b"
    r"|\((?:was|previously|originally|formerly|instead of) [^()]{0,30}\d[^()]{0,20}\)"
    r"|\b(?:replace|replaces|supersede|supersedes) "
    r"(?:those|the (?:ones|details|times?|slots?|dates?|invitation|invite))\b",
    _F,
)
# What a sentence is about: the candidacy itself, or a meeting on a given day or at a given time.
CANDIDACY = re.compile(
    r"\b(?:application|candidacy|candidature|candidates?|role|position|job|offer|opening|vacancy|process|"
    r"profile|experience|background|skills)\b",
    _F,
)
# A parting that says no without saying it, once an interview is behind: "I hope our paths cross
# again", "let's keep in touch", "best of luck with your search".
PARTING = re.compile(
    r"\b(?:paths (?:will |may |might )?cross|(?:keep|stay) in touch|best of luck|good luck with|"
    r"all the best (?:in|with) your|wish(?:ing)? you (?:well|the best|luck|success|every success)|"
    r"future (?:openings|opportunities|roles))\b",
    _F,
)
# The CV kept for some other, later opening: said with nothing else to come, the answer for this
# one is no ("we'll hold your CV on file and reach out should something closer open up").
KEPT_ON_FILE = re.compile(
    r"\b(?:keep|keeping|kept|hold|holding|held|retain|retained|store|stored|add|added|put) (?:your|you) "
    r"(?:cv|resume|résumé|profile|details|information|application|data)\b[^.]{0,40}?\b(?:on file|on record|"
    r"(?:in|to|into) (?:our|the) (?:database|system|records|talent (?:pool|community|network|pipeline)))\b",
    _F,
)
_LATER_OPENING = re.compile(
    r"\b(?:future|other|upcoming|suitable|similar|relevant) (?:openings?|opportunit(?:y|ies)|roles?|positions?|"
    r"vacanc(?:y|ies)|jobs?)\b|\b(?:should|if|when|once) (?:something|anything|an? (?:\w+ )?(?:role|position|"
    r"opening|vacancy))\b[^.]{0,50}?\b(?:comes? up|opens?(?: up)?|arises?|becomes? available)\b",
    _F,
)


def kept_for_later(text: str) -> str | None:
    """The words of `text` keeping the candidate's CV for another, later opening ("hold your CV on
    file and reach out should something closer open up"), if any."""
    low = text.lower()
    if not any(w in low for w in ("on file", "on record", "database", "system", "records", "talent ")):
        return None
    for kept in KEPT_ON_FILE.finditer(text):
        start = max(text.rfind(c, 0, kept.start()) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, kept.end()) for c in ".!?\n") if i >= 0]
        sentence = text[start : min(ends, default=len(text))]
        if (later := _LATER_OPENING.search(text, kept.start(), start + len(sentence))) is not None:
            return text[kept.start() : later.end()]
    return None
