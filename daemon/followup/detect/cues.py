"""Pure: the cue tables of detection — the phrases that say what a job mail is.

Owns, per event kind, the strong phrases (one decides), the weak ones (they tip a balance) and
the subject prefixes; and the families that say a mail is job mail at all, bulk mail, cold
outreach, or a request to pick a slot. Each table is a `Gated` pattern: a set of literal stems
found with plain substring search decides whether its regexes run at all.

Must not: score or decide (that is `kinds`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.detect.text import lower_cached, rx


_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CLASS_ESCAPES = frozenset("sSwWdD")
_QUANTIFIERS = frozenset("?*+{")
_COUNT = re.compile(r"\{\d*(?:,\d*)?\}")


def required_literal(pattern: str) -> str:
    """Return the longest lower-case literal that every match of `pattern` must contain ('' if none).

    Read from the pattern text: a run of plain characters outside any group, class or
    alternation, none of them made optional by a quantifier. Word boundaries and anchors do not
    break a run. A pattern with a top-level alternation has no single required literal.
    """
    runs: list[str] = []
    current: list[str] = []
    depth = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        literal: str | None = None
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            i += 2
            if nxt in _ZERO_WIDTH_ESCAPES:
                continue
            literal = None if nxt in _CLASS_ESCAPES or nxt.isalnum() else nxt
        elif ch == "[":
            end = i + 1
            while end < len(pattern) and (pattern[end] != "]" or end == i + 1 or pattern[end - 1] == "\\"):
                end += 1
            i = end + 1
        elif ch == "(":
            depth += 1
            i += 1
        elif ch == ")":
            depth -= 1
            i += 1
        elif ch == "|" and depth == 0:
            return ""
        elif ch in "^$":
            i += 1
            continue
        elif ch == "{" and (count := _COUNT.match(pattern, i)) is not None:
            i = count.end()  # "{0,40}": a repetition count, never text
        else:
            literal = None if ch in "|." or ch in _QUANTIFIERS else ch
            i += 1
        if depth == 0 and literal is not None and not (i < len(pattern) and pattern[i] in _QUANTIFIERS):
            current.append(literal)
            continue
        if current:
            runs.append("".join(current))
        current = []
    runs.append("".join(current))
    best = max(runs, key=len).lower()
    return best if len(best) >= 3 and "\n" not in best else ""


class Gated:
    """A phrase pattern run only on the lines that hold one of its gate words.

    The phrase lists are long alternations that Python's regex engine tries at every position.
    Two literal pre-checks (plain `str` search, no regex) make them cheap: a phrase whose required
    literal is absent from the text cannot match anywhere, so only the phrases whose literal is
    present are compiled together and run; and every phrase holds one of a few lower-case gate
    stems, so only the lines that hold one are searched. Patterns must not span lines, and
    gates must not hold a newline.
    """

    def __init__(self, gates: tuple[str, ...], *parts: str) -> None:
        self.gates = gates
        self.parts = parts
        self.rx = rx(*parts)
        self.literals = tuple(required_literal(p) for p in parts)
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._memo: dict[str, tuple[re.Match[str], ...]] = {}

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= 8:
                self._memo.clear()  # the same few texts are asked about in turn; keep only those
            found = self._memo[text] = tuple(self._find(text))
        return iter(found)

    def _pattern_for(self, low: str) -> re.Pattern[str] | None:
        # Leaving out alternatives that cannot match anywhere leaves every match the same.
        chosen = tuple(i for i, lit in enumerate(self.literals) if not lit or lit in low)
        if not chosen:
            return None
        if len(chosen) == len(self.parts):
            return self.rx
        pattern = self._subsets.get(chosen)
        if pattern is None:
            if len(self._subsets) >= 512:
                self._subsets.clear()
            pattern = self._subsets[chosen] = rx(*(self.parts[i] for i in chosen))
        return pattern

    def _find(self, text: str) -> Iterator[re.Match[str]]:
        low = lower_cached(text)
        if not any(g in low for g in self.gates):
            return
        pattern = self._pattern_for(low)
        if pattern is None:
            return
        if len(text) < 600:
            yield from pattern.finditer(text)  # a subject or a short note: one pass is cheaper than spans
            return
        starts: set[int] = set()
        for gate in self.gates:
            hit = low.find(gate)
            while hit >= 0:
                starts.add(low.rfind("\n", 0, hit) + 1)
                end = low.find("\n", hit)
                hit = -1 if end < 0 else low.find(gate, end)
        for a in sorted(starts):
            b = low.find("\n", a)
            yield from pattern.finditer(text, a, len(low) if b < 0 else b)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def phrases(*parts: str) -> Gated:
    """A table of phrases gated by the literal each one requires (every phrase must have one)."""
    literals = tuple(required_literal(p) for p in parts)
    if not all(literals):
        raise ValueError(f"a phrase without a required literal: {parts[literals.index('')]!r}")
    return Gated(literals, *parts)


# Phrases per kind, strong ones (a single hit decides) and weak ones (need company).
STRONG: dict[str, Gated] = {
    "offer": Gated(
        ("offer", "offr", "propos", "embauche", "vertrag", "angebot", "anbieten", "ofert", "ofrec", "package"),
        r"(?:pleased|happy|delighted|excited|thrilled) to (?:extend|offer|make)(?: you)?(?: an?|"
        r" the| our)? (?:formal |verbal |written )?(?:job )?offer",
        r"(?:pleased|happy|delighted|excited|thrilled) to offer you\b",
        r"\boffer (?:letter|of employment)\b",
        r"\bextend (?:you )?an? (?:formal |verbal )?offer\b",
        r"\byour offer (?:letter|package|details)\b",
        r"\bjob offer\b(?! alert)",
        r"\bwe(?:'d| would) like to offer you\b",
        r"\bcompensation package\b.{0,200}\bstart date\b",
        r"\bpromesse d['’]embauche\b",
        r"\bproposition d['’](?:embauche|emploi)\b",
        r"\bheureux de vous (?:proposer|offrir)\b",
        r"\bvous proposer le poste\b",
        r"\b(?:Vertragsangebot|Arbeitsvertrag(?:sangebot)?|Jobangebot|Stellenangebot an Sie)\b",
        r"\bIhnen (?:die Stelle|ein Angebot|einen Vertrag)\b.{0,40}anbieten\b",
        r"\bunser Angebot\b",
        r"\b(?:oferta (?:de trabajo|laboral|formal)|carta oferta)\b",
        r"\bofrecerte el puesto\b",
        r"\bofrecerle el puesto\b",
    ),
    "rejection": Gated(
        (
            "decid",
            "chosen",
            "elected",
            "opted",
            "moving",
            "progress",
            "proceed",
            "advanc",
            "forward",
            "pursue",
            "filled",
            "regret",
            "selected",
            "fit",
            "match",
            "align",
            "offer",
            "suite",
            "retenu",
            "candidat",
            "négative",
            "mitteil",
            "kandidat",
            "bewerber",
            "berücksichtig",
            "absage",
            "seleccionad",
            "continuar",
            "seguir",
            "avanzar",
        ),
        r"\b(?:decided|chosen|elected|opted) (?:not to|to not) (?:move|proceed|progress|pursue|continue|advance)",
        r"\b(?:decided|chosen|elected) to (?:move|proceed|go) forward with (?:other|another|a different)",
        r"\b(?:will|won['’]t|will not|are not|aren['’]t) (?:be )?(?:moving|progressing|"
        r"proceeding|advancing) (?:forward )?(?:with )?(?:your|you)",
        r"\bnot (?:be )?(?:moving|going) forward with your\b",
        r"\bnot (?:to )?(?:move|moving) forward\b",
        r"\bmove forward with (?:other|another) candidates?\b",
        r"\bpursue other candidates\b",
        r"\bposition has (?:now )?been filled\b",
        r"\bwe regret to inform\b",
        r"\bregret to let you know\b",
        r"\bnot (?:been )?selected (?:for|to)\b",
        r"\bnot a (?:fit|match) (?:for|at) this time\b",
        r"\bwhose (?:experience|background|skills|qualifications) (?:more closely|better) (?:match|align)",
        r"\bunable to offer you\b",
        r"\bnot (?:be )?able to offer you\b",
        r"\bwill not be offering\b",
        r"\b(?:pas|ne pouvons pas) (?:pu )?donner (?:une suite favorable|suite)\b",
        r"\bne pas donner suite\b",
        r"\bpas été retenue?\b",
        r"\bn['’]avons pas retenu\b",
        r"\bautres? candidat(?:ure)?s?\b.{0,60}\bcorrespond",
        r"\bréponse négative\b",
        r"\bleider\b[^.\n]{0,40}\bmitteilen\b[^.\n]{0,60}\b(?:nicht|anderen|andere)\b",
        r"\bnous sommes au regret\b[^.\n]{0,80}\bcandidature\b",
        r"\bau regret de vous informer\b",
        r"\bfür (?:eine|einen) andere[nr]? (?:Kandidat|Bewerber)\w*\b.{0,30}\bentschieden\b",
        r"\bnicht (?:weiter )?berücksichtigen\b",
        r"\bAbsage\b.{0,40}\bBewerbung\b",
        r"\bno (?:ha|has) sido seleccionad[oa]\b",
        r"\b(?:hemos decidido|decidimos) (?:continuar|seguir|avanzar) con otr[oa]s?\b",
        r"\bno (?:podemos|vamos a) (?:continuar|seguir|avanzar) con tu (?:candidatura|solicitud)\b",
        r"\bno continuar(?:emos)? con (?:tu|su) (?:candidatura|proceso|solicitud)\b",
    ),
    "interview_cancelled": Gated(
        ("cancel", "called off", "annul", "abgesagt", "absagen", "no longer"),
        r"\b(?:interview|call|meeting|conversation|screen|entretien|entrevista|"
        r"Gespräch|Termin)\b[^.\n]{0,60}\b(?:has been|is|was|have been|been|needs to be|"
        r"must be) (?:cancel+ed|called off)\b",
        r"\b(?:need|have|had) to cancel (?:your|the|our|tomorrow|today)",
        r"\bcancel+ing (?:your|the|our|tomorrow|today)['’s]* (?:interview|call|meeting|conversation)",
        r"^(?:cancel+ed|canceled event|annulé|abgesagt|cancelado|cancelada)\s*(?:event)?\s*[:\-]",
        r"\b(?:est|a été) annulée?\b",
        r"\bannuler (?:votre|notre|l['’])\s*entretien\b",
        r"\bwurde (?:leider )?abgesagt\b",
        r"\babsagen\b",
        r"\bmüssen (?:wir )?(?:den|unseren|das) \w+ (?:leider )?absagen\b",
        r"\bha sido cancelad[oa]\b",
        r"\b(?:cancelar|anular) (?:la|tu|su|nuestra) (?:entrevista|reunión)\b",
        r"\bno longer (?:need|able) to (?:meet|hold|proceed with) (?:the|your|our) (?:interview|call)\b",
        r"\binterview[^.\n]{0,30}\bno longer (?:take|taking) place\b",
    ),
    "interview_rescheduled": Gated(
        (
            "schedul",
            "moved",
            "move",
            "changed",
            "pushed",
            "push",
            "shifted",
            "updated",
            "new",
            "revised",
            "moving",
            "décal",
            "report",
            "déplac",
            "modifi",
            "nouvel",
            "verschob",
            "neue",
            "reprogram",
            "movid",
            "cambi",
            "nueva",
            "mise à jour",
            "aktualisiert",
            "actualizada",
            "event has been",
        ),
        r"\b(?:has been|have been|was|is being|been|were) (?:re-?scheduled|moved|changed|pushed|shifted|updated)\b",
        r"\bre-?scheduled (?:to|for)\b",
        r"\b(?:new|updated|revised) (?:time|date|slot|start time)\b",
        r"\b(?:we['’]ve|we have|I['’]ve|I have|had to|we had to|we['’]ll|we will) (?:moved|"
        r"move|rescheduled|reschedule|pushed|push|shifted|changed)\b",
        r"\b(?:moved|pushed|shifted) (?:your|the|our) (?:[\w-]+ )?(?:interview|"
        r"call|meeting|chat|conversation|session)\b",
        r"\bevent has been (?:changed|updated|rescheduled)\b",
        r"\bmoving (?:your|the|our) (?:interview|call|meeting)\b",
        r"\b(?:move|push|shift) (?:your|the|our) (?:[\w-]+ ){0,3}(?:interview|"
        r"call|meeting|chat|conversation|session)\b",
        r"^(?:updated invitation|updated event|rescheduled|invitation mise à jour|"
        r"aktualisierte einladung|invitación actualizada)\b",
        r"\b(?:a été|est) (?:décalée?|reportée?|déplacée?|modifiée?)\b",
        r"\bnouvel(?:le)? (?:horaire|date|heure|créneau)\b",
        r"\b(?:wurde|ist) (?:auf|nach)?\s*\S*\s*verschoben\b",
        r"\bverschoben\b",
        r"\bneue[rn]? (?:Termin|Uhrzeit|Zeit)\b",
        r"\bha sido (?:reprogramad[oa]|movid[oa]|cambiad[oa])\b",
        r"\breprogramar\b",
        r"\bnueva (?:hora|fecha)\b",
        r"\bcambio de (?:hora|fecha)\b",
    ),
    "interview_scheduled": Gated(
        (
            "confirm",
            "schedul",
            "booked",
            "set",
            "forward to",
            "see you",
            "new event",
            "invitation",
            "entretien",
            "convocation",
            "bestätig",
            "einladung",
            "interview",
            "entrevista",
            "put us",
            "put you",
            "pencil",
        ),
        r"\binterview[^.\n]{0,40}\b(?:is|has been|have been|been|now) (?:confirmed|scheduled|booked|set)\b",
        r"\b(?:confirm|confirming|confirmation of|confirmed) (?:your|the|our) (?:[\w-]+ ){0,3}(?:interview|"
        r"call|conversation|meeting|screen|onsite|chat)\b",
        r"\binterview (?:confirmation|confirmed|scheduled|invitation)\b",
        r"\b(?:is|are|has been|have been|been) (?:now )?(?:confirmed|scheduled|booked)\b(?: for)?",
        r"\b(?:confirms|confirming) (?:your|the|our)\b",
        r"\bnew event has been scheduled\b",
        r"\b(?:I['’]ve|I have|we['’]ve|we have) (?:put|pencilled|penciled) (?:us|you) (?:down|in)\b",
        r"\b(?:you['’]re|you are|you have been|you['’]ve been) (?:all set|confirmed|scheduled|booked)\b",
        r"\b(?:we['’]ve|we have|I['’]ve|I have) (?:scheduled|booked|set up|confirmed)\b",
        r"\b(?:has|have) been (?:scheduled|booked|confirmed)\b",
        r"\blook(?:ing)? forward to (?:speaking|meeting|talking|chatting|seeing) (?:with )?you\b",
        r"\bsee you (?:then|on|tomorrow)\b",
        r"\bnew event:",
        r"^invitation:",
        r"\bentretien[^.\n]{0,40}\b(?:est |a été )?(?:confirmé|prévu|planifié|fixé)e?\b",
        r"\bconvocation\b",
        r"\bnous (?:vous )?confirmons\b",
        r"\bje vous confirme\b",
        r"\b(?:bestätigen|bestätige)\b[^.\n]{0,60}\b(?:Termin|Gespräch|Interview|Vorstellungsgespräch)\b",
        r"\bEinladung zu(?:m|r)? (?:\w+ )?(?:Vorstellungsgespräch|Interview|Gespräch|Kennenlernen)\b",
        r"\b(?:Vorstellungsgespräch|Interview|Gespräch)[^.\n]{0,30}\b(?:bestätigt|vereinbart|geplant)\b",
        r"\b(?:te|le) confirmamos\b",
        r"\bentrevista[^.\n]{0,30}\b(?:confirmada|programada|agendada)\b",
        r"\bconfirmación de (?:la |tu |su )?entrevista\b",
        # "Just confirming tomorrow at 10am at our office": a confirmation naming the day.
        r"\bconfirming (?:tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|for (?:tomorrow|today|"
        r"(?:mon|tues|wednes|thurs|fri)day))\b",
    ),
    "application_received": Gated(
        (
            "thank",
            "received",
            "application",
            "applying",
            "got it",
            "merci",
            "candidature",
            "reçu",
            "eingang",
            "dank",
            "bewerbung",
            "recibido",
            "gracias",
            "candidatura",
            "solicitud",
        ),
        r"\bthank(?:s| you) for (?:applying|your application|submitting your application)\b",
        r"\b(?:we['’]ve|we have|we) (?:successfully )?received your (?:job )?application\b",
        r"\byour application (?:has been|was) (?:received|submitted|successfully submitted)\b",
        r"\bapplication (?:received|submitted|confirmation)\b",
        r"\byour application (?:was|has been) sent to\b",
        r"\bapplication\b[^.\n]{0,90}\b(?:has been|was|is) (?:successfully )?(?:received|submitted)\b",
        r"\b(?:received|got) your (?:job )?application\b",
        r"\bwe['’]ve got it\b",
        r"\b(?:merci pour|merci de) (?:votre|ta) candidature\b",
        r"\bcandidature (?:a bien été |bien )?(?:reçue|enregistrée|envoyée)\b",
        r"\bnous avons (?:bien )?reçu votre candidature\b",
        r"\bEingangsbestätigung\b",
        r"\b(?:vielen )?Dank für (?:Ihre|deine) Bewerbung\b",
        r"\bBewerbung (?:ist )?(?:bei uns )?(?:eingegangen|erhalten)\b",
        r"\bhemos recibido (?:tu|su) (?:candidatura|solicitud|aplicación)\b",
        r"\bgracias por (?:tu|su) (?:candidatura|solicitud|postulación|interés)\b",
        r"\bgracias por postularte\b",
        r"\b(?:candidatura|solicitud) (?:recibida|enviada)\b",
    ),
}

# Weak phrases: a hint, not a decision (every rejection also thanks you for your interest).
WEAK: dict[str, Gated] = {
    "application_received": phrases(
        r"\bthanks? (?:you )?for your interest in\b",
        r"\bwe will review\b",
        r"\breview your (?:application|qualifications)\b",
    ),
    "rejection": phrases(
        r"\bunfortunately\b",
        r"\bmalheureusement\b",
        r"\bleider\b",
        r"\blamentablemente\b",
        r"\bdesafortunadamente\b",
        r"\bkeep your (?:information|resume|details) on file\b",
        r"\bwish you (?:every |the best of )?(?:success|luck)\b",
        r"\bhelaas\b",
        r"\bpurtroppo\b",
        r"\binfelizmente\b",
        r"\bniestety\b",
        r"\btyvärr\b",
        r"\bdesværre\b",
        r"\bdessverre\b",
    ),
    "offer": phrases(
        r"\bcongratulations\b",
        r"\bfélicitations\b",
        r"\bherzlichen glückwunsch\b",
        r"\benhorabuena\b",
        r"\bstart date\b",
        r"\bcompensation\b",
    ),
    "interview_scheduled": phrases(
        r"\blooking forward to\b",
        r"\bsee you\b",
        r"\bà bientôt\b",
        r"\bwe look forward\b",
        r"\bjoin (?:the|with) (?:zoom|google meet|microsoft teams)\b",
    ),
    "interview_rescheduled": phrases(
        r"\bconflict\b",
        r"\bsorry for the (?:shuffle|change|inconvenience)\b",
        r"\bempêchement\b",
        r"\bdisculpa las molestias\b",
    ),
    "interview_cancelled": phrases(r"\bon hold\b", r"\bgelé\b", r"\bcongel", r"\bremoved from your calendar\b"),
}

# Subject prefixes that calendar clients and ATSs use for each kind.
SUBJECT: dict[str, re.Pattern[str]] = {
    "interview_cancelled": rx(
        r"^(?:cancel+ed|canceled event|annulé|abgesagt|cancelado)\b",
        r"\bcancel+ed\b",
        r"\bcancellation\b",
        r"\bannul",
        r"\babgesagt\b",
        r"\bcancelad[oa]\b",
    ),
    "interview_rescheduled": rx(
        r"^updated invitation",
        r"\bre-?scheduled?\b",
        r"\bupdated\b",
        r"\bmis à jour\b",
        r"\bnouvel horaire\b",
        r"\bverschoben\b",
        r"\breprogramad",
        r"\bnew time\b",
        r"\btime change\b",
    ),
    "interview_scheduled": rx(
        r"^invitation:",
        r"\binterview (?:confirmation|confirmed|scheduled|invitation|details)\b",
        r"\bconfirm",
        r"\bentretien\b",
        r"\bVorstellungsgespräch\b",
        r"\bentrevista\b",
        r"\binterview\b",
    ),
    "application_received": rx(
        r"\bthank(?:s| you) for (?:applying|your application)\b",
        r"\bapplication (?:received|confirmation|submitted)\b",
        r"\bcandidature\b",
        r"\bBewerbung\b",
        r"\bcandidatura\b",
        r"\bsolicitud\b",
        r"\bwe received your application\b",
        r"\byour application\b",
    ),
    "rejection": rx(
        r"\bupdate on your application\b", r"\byour application (?:status|update)\b", r"\bregarding your application\b"
    ),
    "offer": rx(r"\boffer\b(?! alert)", r"\boffre\b(?! d['’]emploi)", r"\bAngebot\b", r"\boferta\b(?! de empleo)"),
}

# Does this mail concern a job search at all?
JOB = Gated(
    (
        "interview",
        "applica",
        "applied",
        "candidat",
        "recruit",
        "hiring",
        "talent",
        "position",
        "role",
        "job",
        "screen",
        "onsite",
        "on-site",
        "résumé",
        "resume",
        "cv",
        "entretien",
        "poste",
        "embauche",
        "bewerbung",
        "vorstellungsgespräch",
        "stelle",
        "entrevista",
        "puesto",
        "postulaci",
        "vacante",
        "offer letter",
        "manager",
        "recrutement",
        "personalabteilung",
        "selección",
        "coding",
        "take-home",
        "panel",
        "system design",
        "behavio",
        "pairing",
        "technical",
        "round",
        "people",
        "chargé",
        "next step",
        "next stage",
        "deep dive",
        "deep-dive",
        "you'll meet",
        "you will meet",
        "head of",
        "founder",
        "cto",
        "status",
        "welcome",
        "applying",
        "sollicit",
        "vacature",
        "candidat",
        "posizione",
        "gespräch",
        "hired",
        "contract",
        "join us as",
        "join the team as",
        "have you join",
        "kandydat",
        "rekrutac",
        "aplikacj",
        "ansökan",
        "tjänsten",
        "ansøgning",
        "stillingen",
        "vaga",
        "processo seletivo",
        "engineer",
        "developer",
        "designer",
        "analyst",
        "scientist",
        "architect",
        "consultant",
        "intern",
        "researcher",
        "director",
    ),
    r"\binterview",
    r"\bapplica(?:tion|nt)",
    r"\bapplied\b",
    r"\bcandidat",
    r"\brecruit",
    r"\bhiring\b",
    r"\btalent\b",
    r"\bposition\b",
    r"\brole\b",
    r"\bjobs?\b",
    r"\bphone screen\b",
    r"\btechnical screen\b",
    r"\bonsite\b",
    r"\bon-site\b",
    r"\brésumé\b",
    r"\bresume\b",
    r"\bcv\b",
    r"\bentretien",
    r"\bposte\b",
    r"\bcandidature",
    r"\bembauche",
    r"\bBewerbung",
    r"\bVorstellungsgespräch",
    r"\bStelle\b",
    r"\bentrevista",
    r"\bpuesto\b",
    r"\bpostulaci",
    r"\bvacante\b",
    r"\boffer letter\b",
    r"\bhiring manager\b",
    r"\brecrutement\b",
    r"\bpersonalabteilung\b",
    r"\bselección\b",
    r"\bcoding (?:challenge|exercise)\b",
    r"\btake-home\b",
    r"\bpanel\b",
    r"\bsystem design\b",
    r"\bbehaviou?ral\b",
    r"\bpairing session\b",
    r"\btechnical (?:round|call|session)\b",
    r"\bnext round\b",
    r"\bfinal round\b",
    r"\bhead of talent\b",
    r"\bpeople (?:&|and) culture\b",
    r"\bselección de personal\b",
    r"\bchargée? de recrutement\b",
    # The people and steps of a hiring conversation, when no job word is written out.
    r"\bnext (?:step|stage)s?\b",
    r"\btechnical (?:deep[- ]dive|interview|discussion|conversation|assessment|exercise|chat)\b",
    r"\byou['’]ll meet\b",
    r"\byou will meet\b",
    r"\bhead of (?:engineering|product|design|data|talent|people|recruiting|technology|platform)\b",
    r"\b(?:engineering|hiring) manager\b",
    r"\bco-?founder\b",
    r"\bCTO\b",
    r"\b(?:new|application|candidate|candidacy) status\b",
    r"\bstatus (?:is now|has (?:been )?(?:changed|updated))\b",
    r"\bwelcome (?:aboard|to the team)\b",
    r"\bapplying\b",
    r"\bsollicitatie\w*",
    r"\bvacature\b",
    r"\bcandidat[oi]\b",
    r"\bposizione\b",
    r"\b(?:unser(?:es|em)?|Ihr(?:es|em)?) Gespräch\w*",
    r"\bGesprächstermin\w*",
    r"\byou['’]re hired\b",
    r"\b(?:employment )?contract (?:is )?(?:attached|enclosed)\b",
    r"\bjoin (?:us|the team) as\b",
    r"\bhave you join\b",
    r"\bkandydat\w*",
    r"\brekrutac\w*",
    r"\baplikacj\w*",
    r"\bansökan\b",
    r"\btjänsten\b",
    r"\bansøgning\b",
    r"\bstillingen\b",
    r"\bvaga\b",
    r"\bprocesso seletivo\b",
    # A job title is job talk ("Re: Platform Engineer").
    r"\b(?:engineer|developer|designer|analyst|scientist|architect|consultant|intern(?:ship)?|researcher|"
    r"director)s?\b",
)
INTERVIEW = Gated(
    (
        "interview",
        "screen",
        "onsite",
        "on-site",
        "entretien",
        "gespräch",
        "entrevista",
        "hiring manager",
        "panel",
        "system design",
        "coding",
        "recruiter",
        "call",
        "chat",
        "pair",
        "visio",
        "case study",
        "final round",
        "technical",
        "deep dive",
        "deep-dive",
    ),
    r"\binterview",
    r"\bphone screen",
    r"\btechnical screen",
    r"\bscreening call",
    r"\bonsite\b",
    r"\bon-site\b",
    r"\bentretien",
    r"\bVorstellungsgespräch",
    r"\bBewerbungsgespräch",
    r"\bKennenlerngespräch",
    r"\bentrevista",
    r"\bhiring manager\b",
    r"\bpanel\b",
    r"\bsystem design\b",
    r"\bcoding (?:session|round|interview)\b",
    r"\brecruiter (?:call|chat|screen)\b",
    r"\b(?:intro|introductory|initial) (?:call|chat)\b",
    r"\bpair(?:ing)? session\b",
    r"\b(?:Gespräch|Interview)\b",
    r"\bvisio\b",
    r"\bcase study\b",
    r"\bfinal round\b",
    r"\btechnical (?:deep[- ]dive|interview|discussion|assessment|exercise|conversation)\b",
    r"\bdeep[- ]dive (?:session|interview|call|with)\b",
)
# Mail that talks about jobs but is not about *this* candidate's process.
BULK = Gated(
    (
        "job",
        "alert",
        "recommended",
        "based on your",
        "digest",
        "newsletter",
        "roundup",
        "browser",
        "manage",
        "unsubscribe",
        "désabonner",
        "désinscri",
        "abbestellen",
        "abmelden",
        "baja",
        "suscripci",
        "offres",
        "stellenangebote",
        "ofertas",
        "tip",
        "how to",
        "ways",
        "mistakes",
        "questions",
        "things",
        "signs",
        "webinar",
        "read more",
        "career advice",
        "registering",
        "registration",
        "save your seat",
        "apply",
        "see all",
        "people also",
        "neue jobs",
        "matching",
        "new roles",
        "new positions",
        "new openings",
        "is hiring",
        "are hiring",
        "similar jobs",
        "view all",
        "recommendation",
        "new jobs",
    ),
    r"\bjob alerts?\b",
    r"\bnew jobs?\b(?: for you| matching| that match| near you| posted)",
    r"\bjobs? (?:you may|you might|for you|recommended)\b",
    r"\brecommended (?:jobs|for you|roles)\b",
    r"\bbased on your (?:profile|search|preferences|recent)\b",
    r"\b(?:weekly|daily) (?:digest|newsletter|roundup)\b",
    r"\bview (?:this email )?in (?:your )?browser\b",
    r"\bmanage (?:your )?(?:email )?(?:preferences|subscriptions?|alerts?)\b",
    r"\bunsubscribe\b",
    r"\bse désabonner\b",
    r"\bdésinscri",
    r"\babbestellen\b",
    r"\babmelden\b",
    r"\bdarse de baja\b",
    r"\bcancelar (?:la )?suscripci",
    r"\bnouvelles offres\b",
    r"\boffres d['’]emploi\b",
    r"\bneue Jobs\b",
    r"\bStellenangebote für Sie\b",
    r"\bofertas de empleo\b",
    r"\btips? (?:for|to|on)\b",
    r"\bhow to (?:ace|prepare|answer|nail|write|negotiate|follow up)\b",
    r"\b\d+ (?:ways|tips|mistakes|questions|things|signs)\b",
    r"\bwebinar\b",
    r"\bread more\b",
    r"\bcareer advice\b",
    r"\bthank you for registering\b",
    r"\bregistration confirmed\b",
    r"\byour registration\b",
    r"\bsave your seat\b",
    r"\bapply now\b",
    r"\beasy apply\b",
    r"\bsee all jobs\b",
    r"\bpeople also viewed\b",
    r"\bjobs? (?:matching|based on) your\b",
    r"\bnew (?:roles|positions|openings|job postings)\b",
    r"\b\d+ new (?:jobs?|roles|positions|openings)\b",
    r"\b(?:is|are) hiring\b",
    r"\bsimilar (?:jobs|roles)\b",
    r"\bview (?:all )?(?:jobs|roles|openings)\b",
    r"\bjob recommendations?\b",
)
OUTREACH = Gated(
    (
        "came across",
        "open to",
        "reaching out",
        "love to",
        "interested in",
        "your background",
        "your profile",
        "your experience",
        "exciting",
        "profil",
        "perfil",
        "confidential",
        "passive",
        "quick",
        "my client",
        "client of",
        "interested",
        "we're hiring",
        "recruiting for",
        "hiring for",
        "github",
        "portfolio",
        "linkedin",
    ),
    r"\bcame across your (?:profile|background|resume|github)\b",
    r"\bI came across\b",
    r"\bwould you be open to\b",
    r"\bare you open to\b",
    r"\bopen to (?:new |exploring )?(?:opportunities|a chat|a conversation)\b",
    r"\bI['’]m reaching out\b",
    r"\bI am reaching out\b",
    r"\breaching out (?:because|about|regarding|to see)\b",
    r"\bwould love to (?:connect|chat|tell you)\b",
    r"\binterested in (?:exploring|hearing|learning more)\b",
    r"\byour (?:background|profile|experience) (?:caught|stood|looks|is impressive)",
    r"\bexciting (?:opportunity|role|startup)\b",
    r"\bj['’]ai (?:vu|découvert|remarqué) votre profil\b",
    r"\bvotre profil (?:a retenu|m['’]a)\b",
    r"\bauf Ihr Profil gestoßen\b",
    r"\bIhr Profil (?:hat|ist)\b",
    r"\bhe visto tu perfil\b",
    r"\btu perfil (?:me|encaja)\b",
    r"\bconfidential search\b",
    r"\bpassive candidates?\b",
    r"\bquick (?:call|chat) to (?:discuss|tell)\b",
    r"\bmy client\b",
    r"\ba client of (?:mine|ours)\b",
    r"\b(?:would|are) you (?:be )?interested in\b",
    r"\blet me know if you(?:[\'’]re| are) interested\b",
    r"\bwe[\'’]re hiring\b",
    r"\bI[\'’]m recruiting for\b",
    r"\bI[\'’]m hiring for\b",
    r"\b(?:saw|found|came across|looked at) your (?:github|portfolio|linkedin)\b",
)
SLOT_PICK = Gated(
    (
        "select",
        "pick",
        "choose",
        "book",
        "grab",
        "schedule",
        "find",
        "availab",
        "which",
        "what time",
        "following",
        "proposed",
        "use this link",
        "use the link",
        "self-schedul",
        "would any",
        "would one",
        "work",
        "are you",
        "when are",
        "when would",
        "créneau",
        "disponib",
        "terminvorschl",
        "zeit",
        "verfügbar",
        "passen",
        "elige",
        "elija",
        "escoge",
        "viene bien",
        "va bien",
        "horario",
        "wählen",
        "terminfindung",
        "windows",
        "grab",
        "calendar",
        "using",
        "calendly",
        "booking",
        "scheduling",
    ),
    r"\b(?:select|pick|choose|book|grab|schedule|find) (?:a |one of the |your |"
    r"an? )?(?:preferred |convenient )?(?:time|slot|date|times|slots)\b",
    r"\byour availability\b",
    (
        r"\b(?:send|share|let (?:me|us) know|provide) (?:me |us )?(?:your|a few|"
        r"some) (?:availability|times|windows|slots)\b"
    ),
    r"\bwhich (?:of these |of the following )?(?:times?|slots?|options?|days?) (?:works?|suits?|would work)\b",
    r"\b(?:what|which) times? (?:works?|would work|suits?)\b",
    r"\bfollowing (?:times|slots|options|availability)\b",
    r"\bproposed (?:times|slots)\b",
    r"\bschedule (?:your|an|the) (?:interview|call|time)\b",
    r"\buse (?:this|the) link\b",
    r"\bself-schedul",
    r"\bwould (?:any|one) of (?:these|the following)\b",
    r"\bdoes? (?:any of )?(?:these|this|that|either) (?:times? )?work\b",
    r"\bwould [^.?\n]{0,60}\bwork for you\b",
    r"\bare you (?:available|free)\b",
    r"\bwhen (?:are|would) you (?:be )?(?:available|free)\b",
    r"\bchoisir un créneau\b",
    r"\bvos disponibilités\b",
    r"\bcréneaux? (?:suivants|proposés|disponibles)\b",
    r"\bêtes-vous disponible\b",
    r"\bTerminvorschläge\b",
    r"\bwann (?:hätten|haben) Sie Zeit\b",
    r"\bIhre Verfügbarkeit\b",
    r"\bpassen (?:Ihnen|dir) (?:folgende|diese)\b",
    r"\btu disponibilidad\b",
    r"\bsu disponibilidad\b",
    r"\b(?:elige|elija|escoge) (?:un|el) (?:horario|hueco)\b",
    r"\b¿?te (?:viene bien|va bien)\b",
    r"\bhorarios? (?:disponibles|propuestos)\b",
    r"\bwählen Sie\b[^.\n]{0,80}\bTermin",
    r"\bTerminfindung\b",
    r"\b(?:windows|times|slots|days) that work for you\b",
    r"\bgrab (?:\d+ minutes|some time|a slot|time)\b",
    r"\bon (?:my|her|his|our|their) calendar\b",
    r"\busing (?:this|the) link\b",
    r"calendly\.com/",
    r"\b(?:booking|scheduling) (?:link|page)\b",
)

MEETING_WORD = rx(
    r"\byou['’]ll meet\b|\byou will meet\b|"
    r"\b(?:call|chat|conversation|meeting|meet you|session|round|appel|échange|"
    r"visio|rendez-vous|Gespräch|Telefonat|Termin|"
    r"llamada|reunión|videollamada|charla)\b",
)
# Mail that says "interview" or books a time, but is no step of a hiring process for the owner:
# practice with a friend or a platform, media interviews, clubs, course and webinar receipts,
# and the owner's own work meetings about interviewing others.
NOT_HIRING = Gated(
    ("mock", "practice", "peer", "rehears", "dry run", "dry-run", "play the interviewer", "podcast", "episode",
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
     "stand-up", "standup", "retro", "all-hands", "all hands", "sprint", "offsite", "town hall", "headcount", "qbr",
     "how did", "how was", "drinks"),
    r"\b(?:mock|practice|peer|rehearsal|dry[- ]run|prep) (?:interview|session|run|round|call|loop)s?\b",
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
    r"\b(?:run|lead|take) the [\w ]{0,30}(?:portion|round|part)\b",
    r"\boral history\b", r"\bthanks? (?:so much )?for volunteering\b",
    # Interviews that are no job step: visas and citizenship, admissions, research, leaving a job.
    r"\b(?:visa|consular|embassy|immigration|citizenship|naturali[sz]ation|"
    r"green card|USCIS|asylum) (?:interview|appointment)\b",
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
    # The owner's own workplace rituals.
    r"\b(?:stand-?up|retro(?:spective)?|all[- ]hands|sprint (?:planning|review|demo)|team offsite|town hall|"
    r"headcount (?:planning|review)|QBR)\b",
    r"\bhow (?:did|was) (?:the|your|it)\b[^?\n]{0,40}\binterview\b", r"\bdrinks\b[^.?\n]{0,40}\bdebrief\b",
)  # fmt: skip
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
