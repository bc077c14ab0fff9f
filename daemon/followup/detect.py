"""Pure: a parsed Message → an Event with evidence and confidence (DESIGN §4).

Owns deciding what a job mail means (its kind) and pulling out the company, role, interview
time and place, interviewers and the human contact. It reads calendar parts through `ics`,
date phrases through `when` and the known senders through `senders`; the owner's YAML
additions (`DetectionConfig`) extend the built-in phrase and sender lists.

Must not: do I/O, read the clock or the environment, or raise: a message it cannot understand
gives kind `none` with the reason in the evidence.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import datetime, timedelta, timezone, tzinfo
from collections.abc import Iterator
from typing import Literal

from followup.ics import CalendarInvite, find_meeting_url, read_calendar
from followup.model import CalendarRef, Event, EventKind, InterviewTime, Message, Original, Person
from followup.senders import (
    company_from_address,
    company_from_display_name,
    domain_of,
    has_domain,
    is_robot_address,
    known_sender,
)
from followup.vocabulary import DetectionConfig, KindVocabulary
from followup.when import TimeMention, find_times, zone_named

__all__ = ["DetectionConfig", "KindVocabulary", "detect_event"]


MAX_TEXT = 60_000  # characters of body read; job mail that matters is short
_F = re.IGNORECASE | re.UNICODE

Kind = Literal[
    "interview_scheduled", "interview_rescheduled", "interview_cancelled",
    "application_received", "rejection", "offer",
]  # fmt: skip
_KINDS: tuple[Kind, ...] = (
    "interview_scheduled", "interview_rescheduled", "interview_cancelled",
    "application_received", "rejection", "offer",
)  # fmt: skip


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), _F)


_UNFOLD = re.compile(r"\r?\n[ \t]")


@functools.lru_cache(maxsize=16)
def _lower(text: str) -> str:
    # The same subject and body are lowered by every phrase list in turn; keep the last few.
    return text.lower()


class _Gated:
    """A phrase pattern run only on the lines that hold one of its gate words.

    The phrase lists are long alternations that Python's regex engine tries at every position;
    every phrase holds one of a few stems, so lines without any stem (found with C-speed
    substring search) can be skipped. Patterns must not span lines.
    """

    def __init__(self, gates: tuple[str, ...], *parts: str) -> None:
        self.gates = gates
        self.gate_rx = re.compile("|".join(re.escape(g) for g in sorted(gates, key=len, reverse=True)))
        self.rx = _rx(*parts)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = _lower(text)
        first = self.gate_rx.search(low)
        if first is None:
            return
        if len(text) < 600:
            yield from self.rx.finditer(text)  # a subject or a short note: one pass is cheaper than spans
            return
        spans: list[tuple[int, int]] = []
        end = -1
        for hit in self.gate_rx.finditer(low, first.start()):
            if hit.start() < end:
                continue
            a = low.rfind("\n", 0, hit.start()) + 1
            b = low.find("\n", hit.end())
            end = len(low) if b < 0 else b
            spans.append((a, end))
        for a, b in spans:
            yield from self.rx.finditer(text, a, b)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


# Phrases per kind, strong ones (a single hit decides) and weak ones (need company).
_STRONG: dict[Kind, _Gated] = {
    "offer": _Gated(
        ("offer", "offr", "propos", "embauche", "vertrag", "angebot", "anbieten", "ofert", "ofrec", "package"),
        r"(?:pleased|happy|delighted|excited|thrilled) to (?:extend|offer|make)(?: you)?(?: an?| the| our)? (?:formal |verbal |written )?(?:job )?offer",
        r"(?:pleased|happy|delighted|excited|thrilled) to offer you\b",
        r"\boffer (?:letter|of employment)\b", r"\bextend (?:you )?an? (?:formal |verbal )?offer\b",
        r"\byour offer (?:letter|package|details)\b", r"\bjob offer\b(?! alert)",
        r"\bwe(?:'d| would) like to offer you\b", r"\bcompensation package\b.{0,200}\bstart date\b",
        r"\bpromesse d['’]embauche\b", r"\bproposition d['’](?:embauche|emploi)\b",
        r"\bheureux de vous (?:proposer|offrir)\b", r"\bvous proposer le poste\b",
        r"\b(?:Vertragsangebot|Arbeitsvertrag(?:sangebot)?|Jobangebot|Stellenangebot an Sie)\b",
        r"\bIhnen (?:die Stelle|ein Angebot|einen Vertrag)\b.{0,40}anbieten\b", r"\bunser Angebot\b",
        r"\b(?:oferta (?:de trabajo|laboral|formal)|carta oferta)\b", r"\bofrecerte el puesto\b",
        r"\bofrecerle el puesto\b",
    ),
    "rejection": _Gated(
        ("decid", "chosen", "elected", "opted", "moving", "progress", "proceed", "advanc", "forward", "pursue", "filled",
         "regret", "selected", "fit", "match", "align", "offer", "suite", "retenu", "candidat", "négative", "mitteil",
         "kandidat", "bewerber", "berücksichtig", "absage", "seleccionad", "continuar", "seguir", "avanzar"),
        r"\b(?:decided|chosen|elected|opted) (?:not to|to not) (?:move|proceed|progress|pursue|continue|advance)",
        r"\b(?:decided|chosen|elected) to (?:move|proceed|go) forward with (?:other|another|a different)",
        r"\b(?:will|won['’]t|will not|are not|aren['’]t) (?:be )?(?:moving|progressing|proceeding|advancing) (?:forward )?(?:with )?(?:your|you)",
        r"\bnot (?:be )?(?:moving|going) forward with your\b", r"\bnot (?:to )?(?:move|moving) forward\b",
        r"\bmove forward with (?:other|another) candidates?\b", r"\bpursue other candidates\b",
        r"\bposition has (?:now )?been filled\b", r"\bwe regret to inform\b", r"\bregret to let you know\b",
        r"\bnot (?:been )?selected (?:for|to)\b", r"\bnot a (?:fit|match) (?:for|at) this time\b",
        r"\bwhose (?:experience|background|skills|qualifications) (?:more closely|better) (?:match|align)",
        r"\bunable to offer you\b", r"\bnot (?:be )?able to offer you\b", r"\bwill not be offering\b",
        r"\b(?:pas|ne pouvons pas) (?:pu )?donner (?:une suite favorable|suite)\b", r"\bne pas donner suite\b",
        r"\bpas été retenue?\b", r"\bn['’]avons pas retenu\b", r"\bautres? candidat(?:ure)?s?\b.{0,60}\bcorrespond",
        r"\bréponse négative\b", r"\bleider\b[^.\n]{0,40}\bmitteilen\b[^.\n]{0,60}\b(?:nicht|anderen|andere)\b",
        r"\bnous sommes au regret\b[^.\n]{0,80}\bcandidature\b", r"\bau regret de vous informer\b",
        r"\bfür (?:eine|einen) andere[nr]? (?:Kandidat|Bewerber)\w*\b.{0,30}\bentschieden\b",
        r"\bnicht (?:weiter )?berücksichtigen\b", r"\bAbsage\b.{0,40}\bBewerbung\b",
        r"\bno (?:ha|has) sido seleccionad[oa]\b", r"\b(?:hemos decidido|decidimos) (?:continuar|seguir|avanzar) con otr[oa]s?\b",
        r"\bno (?:podemos|vamos a) (?:continuar|seguir|avanzar) con tu (?:candidatura|solicitud)\b",
        r"\bno continuar(?:emos)? con (?:tu|su) (?:candidatura|proceso|solicitud)\b",
    ),
    "interview_cancelled": _Gated(
        ("cancel", "called off", "annul", "abgesagt", "absagen", "no longer"),
        r"\b(?:interview|call|meeting|conversation|screen|entretien|entrevista|Gespräch|Termin)\b[^.\n]{0,60}\b(?:has been|is|was|have been|been|needs to be|must be) (?:cancel+ed|called off)\b",
        r"\b(?:need|have|had) to cancel (?:your|the|our|tomorrow|today)",
        r"\bcancel+ing (?:your|the|our|tomorrow|today)['’s]* (?:interview|call|meeting|conversation)",
        r"^(?:cancel+ed|canceled event|annulé|abgesagt|cancelado|cancelada)\s*(?:event)?\s*[:\-]",
        r"\b(?:est|a été) annulée?\b", r"\bannuler (?:votre|notre|l['’])\s*entretien\b",
        r"\bwurde (?:leider )?abgesagt\b", r"\babsagen\b", r"\bmüssen (?:wir )?(?:den|unseren|das) \w+ (?:leider )?absagen\b",
        r"\bha sido cancelad[oa]\b", r"\b(?:cancelar|anular) (?:la|tu|su|nuestra) (?:entrevista|reunión)\b",
        r"\bno longer (?:need|able) to (?:meet|hold|proceed with) (?:the|your|our) (?:interview|call)\b",
        r"\binterview[^.\n]{0,30}\bno longer (?:take|taking) place\b",
    ),
    "interview_rescheduled": _Gated(
        ("schedul", "moved", "move", "changed", "pushed", "push", "shifted", "updated", "new", "revised", "moving",
         "décal", "report", "déplac", "modifi", "nouvel", "verschob", "neue", "reprogram", "movid", "cambi", "nueva",
         "mise à jour", "aktualisiert", "actualizada", "event has been"),
        r"\b(?:has been|have been|was|is being|been|were) (?:re-?scheduled|moved|changed|pushed|shifted|updated)\b",
        r"\bre-?scheduled (?:to|for)\b", r"\b(?:new|updated|revised) (?:time|date|slot|start time)\b",
        r"\b(?:we['’]ve|we have|I['’]ve|I have|had to|we had to|we['’]ll|we will) (?:moved|move|rescheduled|reschedule|pushed|push|shifted|changed)\b",
        r"\b(?:moved|pushed|shifted) (?:your|the|our) (?:[\w-]+ )?(?:interview|call|meeting|chat|conversation|session)\b",
        r"\bevent has been (?:changed|updated|rescheduled)\b",
        r"\bmoving (?:your|the|our) (?:interview|call|meeting)\b", r"\bmove (?:your|the|our) (?:interview|call|meeting)\b",
        r"^(?:updated invitation|updated event|rescheduled|invitation mise à jour|aktualisierte einladung|invitación actualizada)\b",
        r"\b(?:a été|est) (?:décalée?|reportée?|déplacée?|modifiée?)\b", r"\bnouvel(?:le)? (?:horaire|date|heure|créneau)\b",
        r"\b(?:wurde|ist) (?:auf|nach)?\s*\S*\s*verschoben\b", r"\bverschoben\b", r"\bneue[rn]? (?:Termin|Uhrzeit|Zeit)\b",
        r"\bha sido (?:reprogramad[oa]|movid[oa]|cambiad[oa])\b", r"\breprogramar\b", r"\bnueva (?:hora|fecha)\b",
        r"\bcambio de (?:hora|fecha)\b",
    ),
    "interview_scheduled": _Gated(
        ("confirm", "schedul", "booked", "set", "forward to", "see you", "new event", "invitation", "entretien",
         "convocation", "bestätig", "einladung", "interview", "entrevista", "put us", "put you", "pencil"),
        r"\binterview[^.\n]{0,40}\b(?:is|has been|have been|been|now) (?:confirmed|scheduled|booked|set)\b",
        r"\b(?:confirm|confirming|confirmation of|confirmed) (?:your|the|our) (?:[\w-]+ ){0,3}(?:interview|call|conversation|meeting|screen|onsite|chat)\b",
        r"\binterview (?:confirmation|confirmed|scheduled|invitation)\b",
        r"\b(?:is|are|has been|have been|been) (?:now )?(?:confirmed|scheduled|booked)\b(?: for)?",
        r"\b(?:confirms|confirming) (?:your|the|our)\b", r"\bnew event has been scheduled\b",
        r"\b(?:I['’]ve|I have|we['’]ve|we have) (?:put|pencilled|penciled) (?:us|you) (?:down|in)\b",
        r"\b(?:you['’]re|you are|you have been|you['’]ve been) (?:all set|confirmed|scheduled|booked)\b",
        r"\b(?:we['’]ve|we have|I['’]ve|I have) (?:scheduled|booked|set up|confirmed)\b",
        r"\b(?:has|have) been (?:scheduled|booked|confirmed)\b", r"\blook(?:ing)? forward to (?:speaking|meeting|talking|chatting|seeing) (?:with )?you\b",
        r"\bsee you (?:then|on|tomorrow)\b", r"\bnew event:", r"^invitation:",
        r"\bentretien[^.\n]{0,40}\b(?:est |a été )?(?:confirmé|prévu|planifié|fixé)e?\b", r"\bconvocation\b",
        r"\bnous (?:vous )?confirmons\b", r"\bje vous confirme\b",
        r"\b(?:bestätigen|bestätige)\b[^.\n]{0,60}\b(?:Termin|Gespräch|Interview|Vorstellungsgespräch)\b",
        r"\bEinladung zu(?:m|r)? (?:\w+ )?(?:Vorstellungsgespräch|Interview|Gespräch|Kennenlernen)\b",
        r"\b(?:Vorstellungsgespräch|Interview|Gespräch)[^.\n]{0,30}\b(?:bestätigt|vereinbart|geplant)\b",
        r"\b(?:te|le) confirmamos\b", r"\bentrevista[^.\n]{0,30}\b(?:confirmada|programada|agendada)\b",
        r"\bconfirmación de (?:la |tu |su )?entrevista\b",
    ),
    "application_received": _Gated(
        ("thank", "received", "application", "applying", "got it", "merci", "candidature", "reçu", "eingang", "dank",
         "bewerbung", "recibido", "gracias", "candidatura", "solicitud"),
        r"\bthank(?:s| you) for (?:applying|your application|submitting your application)\b",
        r"\b(?:we['’]ve|we have|we) (?:successfully )?received your (?:job )?application\b",
        r"\byour application (?:has been|was) (?:received|submitted|successfully submitted)\b",
        r"\bapplication (?:received|submitted|confirmation)\b",
        r"\bapplication\b[^.\n]{0,90}\b(?:has been|was|is) (?:successfully )?(?:received|submitted)\b",
        r"\b(?:received|got) your (?:job )?application\b", r"\bwe['’]ve got it\b",
        r"\b(?:merci pour|merci de) (?:votre|ta) candidature\b", r"\bcandidature (?:a bien été |bien )?(?:reçue|enregistrée|envoyée)\b",
        r"\bnous avons (?:bien )?reçu votre candidature\b", r"\bEingangsbestätigung\b",
        r"\b(?:vielen )?Dank für (?:Ihre|deine) Bewerbung\b", r"\bBewerbung (?:ist )?(?:bei uns )?(?:eingegangen|erhalten)\b",
        r"\bhemos recibido (?:tu|su) (?:candidatura|solicitud|aplicación)\b", r"\bgracias por (?:tu|su) (?:candidatura|solicitud|postulación|interés)\b",
        r"\bgracias por postularte\b", r"\b(?:candidatura|solicitud) (?:recibida|enviada)\b",
    ),
}

# Weak phrases: a hint, not a decision (every rejection also thanks you for your interest).
_WEAK: dict[Kind, re.Pattern[str]] = {
    "application_received": _rx(r"\bthanks? (?:you )?for your interest in\b", r"\bwe will review\b", r"\breview your (?:application|qualifications)\b"),
    "rejection": _rx(r"\bunfortunately\b", r"\bmalheureusement\b", r"\bleider\b", r"\blamentablemente\b", r"\bdesafortunadamente\b", r"\bkeep your (?:information|resume|details) on file\b", r"\bwish you (?:every |the best of )?(?:success|luck)\b"),
    "offer": _rx(r"\bcongratulations\b", r"\bfélicitations\b", r"\bherzlichen glückwunsch\b", r"\benhorabuena\b", r"\bstart date\b", r"\bcompensation\b"),
    "interview_scheduled": _rx(r"\blooking forward to\b", r"\bsee you\b", r"\bà bientôt\b", r"\bwe look forward\b", r"\bjoin (?:the|with) (?:zoom|google meet|microsoft teams)\b"),
    "interview_rescheduled": _rx(r"\bconflict\b", r"\bsorry for the (?:shuffle|change|inconvenience)\b", r"\bempêchement\b", r"\bdisculpa las molestias\b"),
    "interview_cancelled": _rx(r"\bon hold\b", r"\bgelé\b", r"\bcongel", r"\bremoved from your calendar\b"),
}

# Subject prefixes that calendar clients and ATSs use for each kind.
_SUBJECT: dict[Kind, re.Pattern[str]] = {
    "interview_cancelled": _rx(r"^(?:cancel+ed|canceled event|annulé|abgesagt|cancelado)\b", r"\bcancel+ed\b", r"\bcancellation\b", r"\bannul", r"\babgesagt\b", r"\bcancelad[oa]\b"),
    "interview_rescheduled": _rx(r"^updated invitation", r"\bre-?scheduled?\b", r"\bupdated\b", r"\bmis à jour\b", r"\bnouvel horaire\b", r"\bverschoben\b", r"\breprogramad", r"\bnew time\b", r"\btime change\b"),
    "interview_scheduled": _rx(r"^invitation:", r"\binterview (?:confirmation|confirmed|scheduled|invitation|details)\b", r"\bconfirm", r"\bentretien\b", r"\bVorstellungsgespräch\b", r"\bentrevista\b", r"\binterview\b"),
    "application_received": _rx(r"\bthank(?:s| you) for (?:applying|your application)\b", r"\bapplication (?:received|confirmation|submitted)\b", r"\bcandidature\b", r"\bBewerbung\b", r"\bcandidatura\b", r"\bsolicitud\b", r"\bwe received your application\b", r"\byour application\b"),
    "rejection": _rx(r"\bupdate on your application\b", r"\byour application (?:status|update)\b", r"\bregarding your application\b"),
    "offer": _rx(r"\boffer\b(?! alert)", r"\boffre\b(?! d['’]emploi)", r"\bAngebot\b", r"\boferta\b(?! de empleo)"),
}

# Does this mail concern a job search at all?
_JOB = _Gated(
    ("interview", "applica", "applied", "candidat", "recruit", "hiring", "talent", "position", "role", "job", "screen",
     "onsite", "on-site", "résumé", "resume", "cv", "entretien", "poste", "embauche", "bewerbung", "vorstellungsgespräch",
     "stelle", "entrevista", "puesto", "postulaci", "vacante", "offer letter", "manager", "recrutement", "personalabteilung",
     "selección", "coding", "take-home", "panel", "system design", "behavio", "pairing", "technical", "round", "people",
     "chargé"),
    r"\binterview", r"\bapplica(?:tion|nt)", r"\bapplied\b", r"\bcandidat", r"\brecruit", r"\bhiring\b",
    r"\btalent\b", r"\bposition\b", r"\brole\b", r"\bjobs?\b", r"\bphone screen\b", r"\btechnical screen\b",
    r"\bonsite\b", r"\bon-site\b", r"\brésumé\b", r"\bresume\b", r"\bcv\b", r"\bentretien", r"\bposte\b",
    r"\bcandidature", r"\bembauche", r"\bBewerbung", r"\bVorstellungsgespräch", r"\bStelle\b",
    r"\bentrevista", r"\bpuesto\b", r"\bpostulaci", r"\bvacante\b", r"\boffer letter\b", r"\bhiring manager\b",
    r"\brecrutement\b", r"\bpersonalabteilung\b", r"\bselección\b", r"\bcoding (?:challenge|exercise)\b",
    r"\btake-home\b", r"\bpanel\b", r"\bsystem design\b", r"\bbehaviou?ral\b", r"\bpairing session\b",
    r"\btechnical (?:round|call|session)\b", r"\bnext round\b", r"\bfinal round\b", r"\bhead of talent\b",
    r"\bpeople (?:&|and) culture\b", r"\bselección de personal\b", r"\bchargée? de recrutement\b",
)
_INTERVIEW = _Gated(
    ("interview", "screen", "onsite", "on-site", "entretien", "gespräch", "entrevista", "hiring manager", "panel",
     "system design", "coding", "recruiter", "call", "chat", "pair", "visio", "case study", "final round"),
    r"\binterview", r"\bphone screen", r"\btechnical screen", r"\bscreening call", r"\bonsite\b", r"\bon-site\b",
    r"\bentretien", r"\bVorstellungsgespräch", r"\bBewerbungsgespräch", r"\bKennenlerngespräch", r"\bentrevista",
    r"\bhiring manager\b", r"\bpanel\b", r"\bsystem design\b", r"\bcoding (?:session|round|interview)\b",
    r"\brecruiter (?:call|chat|screen)\b", r"\b(?:intro|introductory|initial) (?:call|chat)\b", r"\bpair(?:ing)? session\b",
    r"\b(?:Gespräch|Interview)\b", r"\bvisio\b", r"\bcase study\b", r"\bfinal round\b",
)
# Mail that talks about jobs but is not about *this* candidate's process.
_BULK = _Gated(
    ("job", "alert", "recommended", "based on your", "digest", "newsletter", "roundup", "browser", "manage", "unsubscribe",
     "désabonner", "désinscri", "abbestellen", "abmelden", "baja", "suscripci", "offres", "stellenangebote", "ofertas",
     "tip", "how to", "ways", "mistakes", "questions", "things", "signs", "webinar", "read more", "career advice",
     "registering", "registration", "save your seat", "apply", "see all", "people also", "neue jobs"),
    r"\bjob alerts?\b", r"\bnew jobs?\b(?: for you| matching| that match| near you| posted)", r"\bjobs? (?:you may|you might|for you|recommended)\b",
    r"\brecommended (?:jobs|for you|roles)\b", r"\bbased on your (?:profile|search|preferences|recent)\b",
    r"\b(?:weekly|daily) (?:digest|newsletter|roundup)\b", r"\bview (?:this email )?in (?:your )?browser\b",
    r"\bmanage (?:your )?(?:email )?(?:preferences|subscriptions?|alerts?)\b", r"\bunsubscribe\b", r"\bse désabonner\b",
    r"\bdésinscri", r"\babbestellen\b", r"\babmelden\b", r"\bdarse de baja\b", r"\bcancelar (?:la )?suscripci",
    r"\bnouvelles offres\b", r"\boffres d['’]emploi\b", r"\bneue Jobs\b", r"\bStellenangebote für Sie\b", r"\bofertas de empleo\b",
    r"\btips? (?:for|to|on)\b", r"\bhow to (?:ace|prepare|answer|nail|write|negotiate|follow up)\b",
    r"\b\d+ (?:ways|tips|mistakes|questions|things|signs)\b", r"\bwebinar\b", r"\bread more\b", r"\bcareer advice\b",
    r"\bthank you for registering\b", r"\bregistration confirmed\b", r"\byour registration\b", r"\bsave your seat\b",
    r"\bapply now\b", r"\beasy apply\b", r"\bsee all jobs\b", r"\bpeople also viewed\b",
)
_OUTREACH = _Gated(
    ("came across", "open to", "reaching out", "love to", "interested in", "your background", "your profile",
     "your experience", "exciting", "profil", "perfil", "confidential", "passive", "quick"),
    r"\bcame across your (?:profile|background|resume|github)\b", r"\bI came across\b", r"\bwould you be open to\b",
    r"\bare you open to\b", r"\bopen to (?:new |exploring )?(?:opportunities|a chat|a conversation)\b", r"\bI['’]m reaching out\b",
    r"\bI am reaching out\b", r"\breaching out (?:because|about|regarding|to see)\b", r"\bwould love to (?:connect|chat|tell you)\b",
    r"\binterested in (?:exploring|hearing|learning more)\b", r"\byour (?:background|profile|experience) (?:caught|stood|looks|is impressive)",
    r"\bexciting (?:opportunity|role|startup)\b", r"\bj['’]ai (?:vu|découvert|remarqué) votre profil\b", r"\bvotre profil (?:a retenu|m['’]a)\b",
    r"\bauf Ihr Profil gestoßen\b", r"\bIhr Profil (?:hat|ist)\b", r"\bhe visto tu perfil\b", r"\btu perfil (?:me|encaja)\b",
    r"\bconfidential search\b", r"\bpassive candidates?\b", r"\bquick (?:call|chat) to (?:discuss|tell)\b",
)
_SLOT_PICK = _Gated(
    ("select", "pick", "choose", "book", "grab", "schedule", "find", "availab", "which", "what time", "following",
     "proposed", "use this link", "use the link", "self-schedul", "would any", "would one", "work", "are you",
     "when are", "when would", "créneau", "disponib", "terminvorschl", "zeit", "verfügbar", "passen", "elige", "elija",
     "escoge", "viene bien", "va bien", "horario"),
    r"\b(?:select|pick|choose|book|grab|schedule|find) (?:a |one of the |your |an? )?(?:preferred |convenient )?(?:time|slot|date|times|slots)\b",
    r"\byour availability\b", r"\b(?:send|share|let (?:me|us) know|provide) (?:me |us )?(?:your|a few|some) (?:availability|times|windows|slots)\b",
    r"\bwhich (?:of these |of the following )?(?:times?|slots?|options?|days?) (?:works?|suits?|would work)\b",
    r"\b(?:what|which) times? (?:works?|would work|suits?)\b", r"\bfollowing (?:times|slots|options|availability)\b",
    r"\bproposed (?:times|slots)\b", r"\bschedule (?:your|an|the) (?:interview|call|time)\b", r"\buse (?:this|the) link\b",
    r"\bself-schedul", r"\bwould (?:any|one) of (?:these|the following)\b", r"\bdoes? (?:any of )?(?:these|this|that|either) (?:times? )?work\b",
    r"\bwould [^.?\n]{0,60}\bwork for you\b", r"\bare you (?:available|free)\b", r"\bwhen (?:are|would) you (?:be )?(?:available|free)\b",
    r"\bchoisir un créneau\b", r"\bvos disponibilités\b", r"\bcréneaux? (?:suivants|proposés|disponibles)\b", r"\bêtes-vous disponible\b",
    r"\bTerminvorschläge\b", r"\bwann (?:hätten|haben) Sie Zeit\b", r"\bIhre Verfügbarkeit\b", r"\bpassen (?:Ihnen|dir) (?:folgende|diese)\b",
    r"\btu disponibilidad\b", r"\bsu disponibilidad\b", r"\b(?:elige|elija|escoge) (?:un|el) (?:horario|hueco)\b",
    r"\b¿?te (?:viene bien|va bien)\b", r"\bhorarios? (?:disponibles|propuestos)\b",
)
_CONFIRMED_CONTEXT = _rx(
    r"\bconfirm", r"\bscheduled (?:for|on)\b", r"\bbooked\b", r"\bset for\b", r"\bsee you\b", r"\bwill (?:take place|be held|start)\b",
    r"\bwhen\s*[:|]", r"\bdate\s*[:|]", r"\btime\s*[:|]", r"\bstart\s*[:|]", r"\bupdated\s*[:|]", r"\bquand\s*:", r"\bdate et heure\b", r"\bwann\s*:",
    r"\bdatum\s*:", r"\buhrzeit\s*:", r"\bcuándo\s*:", r"\bfecha\s*:", r"\bhora\s*:", r"\bconfirmé", r"\bbestätigt",
    r"\bconfirmad", r"\bis on\b", r"\bis at\b", r"\bfor (?:your|the) interview\b", r"\bprévu", r"\bfixé",
)
_NEW_CONTEXT = _rx(
    r"\bnew\b", r"\bnow\b", r"\bmoved to\b", r"\bre-?scheduled (?:to|for)\b", r"\bchanged to\b", r"\bupdated\b", r"\binstead\b",
    r"\bnouve(?:au|l|lle)\b", r"\bdésormais\b", r"\bneue[nrs]?\b", r"\bauf\b", r"\bnuev[oa]\b", r"\bahora\b", r"\bpushed to\b",
    r"\bto\s*$", r"\bà\s*$", r"\ba\s*$",
)
_OLD_CONTEXT = _rx(
    r"\boriginally\b", r"\bpreviously\b", r"\bold\b", r"\bformerly\b", r"\bwas (?:scheduled|planned|booked|set)\b", r"\bfrom\s*$",
    r"\binitialement\b", r"\bprécédemment\b", r"\bancien", r"\bursprünglich\b", r"\bbisherige", r"\boriginalmente\b",
    r"\banterior\b", r"\bprevist[oa]\b", r"\bdu\s*$", r"\bvon\s*$", r"\bdel\s*$", r"\binstead of\b", r"\bplutôt que\b",
)
_APPLIED_CONTEXT = _rx(
    r"\bappl(?:ied|ication)\b", r"\bsubmitted\b", r"\breceived\b", r"\bpostul", r"\bbeworben\b", r"\beingegangen\b", r"\breçue\b",
    r"\bdeadline\b", r"\bby\s*$", r"\bbefore\s*$", r"\bavant le\b", r"\bbis zum\b", r"\bantes del\b", r"\bsent\b", r"\bwrote\b",
    r"\bécrit\b", r"\bschrieb\b", r"\bescribió\b",
)
_PROPOSAL_CONTEXT = _rx(
    r"\boption\b", r"\bor\s*$", r"\bou\s*$", r"\boder\s*$", r"\bo\s*$", r"\bwould\b", r"\bcould\b", r"\bavailable\b",
    r"\bdisponible", r"\bverfügbar", r"\bpropos", r"\bvorschl", r"\bslots?\b", r"\bcréneau", r"\bhueco", r"\bhorario",
    r"^\s*(?:[-•*·]|\d[.)])\s",
)
# Lines that offer to reschedule or cancel are boilerplate in every confirmation: drop them
# before judging the kind ("If you need to reschedule, reply to this email").
# Sentences that offer to reschedule or cancel, and calendar footers, are boilerplate in every
# confirmation: drop them before judging the kind ("If you need to reschedule, reply to this
# email"). Found by keyword, then widened to the sentence (or line) by hand: a regex with a
# leading "[^.]*" would rescan every line from every position.
_BOILERPLATE_SENTENCE = re.compile(
    r"\b(?:if you (?:ever )?(?:need|have|want|would like|wish) to|should you (?:need|have|wish) to|"
    r"if (?:anything comes up|something comes up) and you need to|"
    r"si vous (?:devez|souhaitez|avez besoin d['’])|falls Sie|wenn Sie|si (?:necesitas|necesita|tienes que|quieres))\s+"
    r"(?:re-?schedule|cancel|change|modify|move|reprogramar|cancelar|annuler|modifier|décaler|verschieben|absagen)",
    _F,
)
_BOILERPLATE_LINE = re.compile(
    r"\b(?:re-?schedule|cancel)\s*(?:or|/|\|)\s*(?:re-?schedule|cancel)\b"
    r"|\b(?:invitation from google calendar|you are receiving this|forwarding this invitation|"
    r"learn more about|more options|reply for|invitation from|view all guest info|join by phone|"
    r"meeting id|passcode)\b",
    _F,
)


def _drop_boilerplate(text: str) -> str:
    cuts: list[tuple[int, int]] = []
    for m in _BOILERPLATE_SENTENCE.finditer(text):
        a = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
        cuts.append((a, min(ends) + 1 if ends else len(text)))
    for m in _BOILERPLATE_LINE.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        cuts.append((a, b if b >= 0 else len(text)))
    if not cuts:
        return text
    out: list[str] = []
    pos = 0
    for a, b in sorted(cuts):
        if a > pos:
            out.append(text[pos:a])
        pos = max(pos, b)
    out.append(text[pos:])
    return " ".join(out)


# Where an earlier message is quoted inside the original: stop reading there.
_FLOW = re.compile(r"(?<=[^\n]{50})\n(?=[^\n\s>])")
_OWN_TAG = re.compile(r"\[followup #[\w-]+\]", re.IGNORECASE)
_QUOTE_HEADER = re.compile(
    r"^\s*(?:On\s.{6,120}\swrote:|(?:From|De|Von)\s?:[^\n]{3,200}\n(?:[^\n]*\n){0,2}?(?:Sent|Envoyé|Gesendet|Enviado|Date)\s?:|Le\s.{6,120}\sa écrit\s?:|Am\s.{6,120}\sschrieb\s.{0,80}:|"
    r"El\s.{6,120}\sescribió:|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Message d'origine\s*-{2,}|"
    r"-{2,}\s*Ursprüngliche Nachricht\s*-{2,}|-{2,}\s*Mensaje original\s*-{2,})",
    re.MULTILINE | re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![\w.+-])([A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?![\w-])")
_NAME = r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)"
_PERSON_NAME = re.compile(rf"{_NAME}(?:\s+(?:de |van |von |da |del |van der |O['’])?{_NAME}){{1,2}}")
_TITLE_WORDS = re.compile(
    r"\b(?:recruit\w*|coordinator|talent|partner|manager|engineer\w*|director|team|people|acquisition|lead|head|"
    r"sourcer|specialist|assistant|officer|hiring|careers?|human|resources|chargée?|responsable|leiter\w*|"
    r"referent\w*|personal\w*|reclutador\w*|recursos|humanos|senior|staff|principal|founder|ceo|cto|vp)\b",
    _F,
)
_MEETING_WORD = _rx(
    r"\b(?:call|chat|conversation|meeting|meet you|session|round|appel|échange|visio|rendez-vous|Gespräch|Telefonat|Termin|"
    r"llamada|reunión|videollamada|charla)\b",
)
_SCREEN_CALL = _rx(r"\bphone screen", r"\brecruiter (?:call|screen|chat)", r"\bscreening call", r"\bintro(?:ductory)? call")
_WILL_CALL = re.compile(r"\bwill (?:call|ring|phone|reach out to|be calling) you\b", _F)
_FIRST_PERSON = _rx(
    r"\bwith me\b", r"\band me\b", r"\bjoin me\b", r"\bconmigo\b", r"\bavec moi\b", r"\bmit mir\b", r"\bour (?:call|chat|conversation|meeting|interview)\b",
    r"\bI['’]ll (?:call|ring|phone|meet|see) you\b", r"\bI look forward to (?:speaking|talking|meeting|chatting)\b",
    r"\bI will call you\b", r"\bnotre (?:échange|entretien|appel)\b", r"\bunser(?:em)? (?:Gespräch|Telefonat|Termin)\b",
    r"\bnuestra (?:llamada|entrevista|conversación)\b",
)
_STOP_COMPANY = {
    "the", "our", "your", "we", "you", "i", "a", "an", "this", "that", "us", "me", "it", "team", "hiring", "interview",
    "recruiting", "talent", "careers", "please", "thank", "thanks", "hi", "hello", "dear", "regards", "best", "zoom",
    "google", "teams", "microsoft teams", "google meet", "calendar", "greenhouse", "lever", "ashby", "workday", "icims",
    "jobvite", "calendly", "goodtime", "modernloop", "smartrecruiters", "linkedin", "indeed", "phone", "video", "onsite",
    "le", "la", "les", "nous", "vous", "votre", "notre", "der", "die", "das", "uns", "ihre", "unser", "el", "los", "nuestro",
    "nuestra", "su", "tu", "equipo", "équipe", "mon", "ma", "mes", "de", "du", "des", "und", "et", "y", "or", "and",
    "confirmed", "confirmation", "rescheduled", "updated", "invitation", "canceled", "cancelled", "reminder", "new",
    "event", "updated invitation", "canceled event", "new event", "accepted", "declined", "re", "fwd", "fw", "tr", "wg",
    "interview confirmation", "interview invitation", "interview scheduled", "phone screen", "offer", "application",
    "notre échange", "absage", "type", "event type", "date", "time", "location", "host", "invitee", "subject", "where",
    "when", "who", "event date", "details", "schedule", "einladung", "terminbestätigung", "terminänderung", "entrevista", "entretien",
}  # fmt: skip
_WEEKDAY_MONTH_WORDS = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|today|tomorrow)$",
    re.IGNORECASE,
)
_LEGAL_SUFFIX = re.compile(
    r"[,\s]+(?:Inc|Inc\.|LLC|Ltd|Ltd\.|Limited|GmbH|AG|SAS|SA|S\.A\.|SARL|S\.L\.|SL|Corp|Corp\.|Co\.|plc|B\.V\.|BV)\.?$"
)
_COMPANY_WORD = r"(?:[A-Z0-9À-ÖØ-Þ][\w&'’.À-ÿ-]*|&|and|of|de|du|des|der|für|y)"
_COMPANY = rf"(?P<c>[A-Z0-9À-ÖØ-Þ][\w&'’.À-ÿ-]*(?:\s+{_COMPANY_WORD}){{0,4}})"
_COMPANY_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p, re.UNICODE | re.MULTILINE), w)
    for p, w in (
        (rf"\b(?i:applying|application|interest|applied|apply) (?i:to|in|at|with|for a role at|for a position at) {_COMPANY}", 3.0),
        (rf"\b(?i:position|role|job|opening|opportunity|team|interview|offer|career|internship) (?i:at|with|@) {_COMPANY}", 2.5),
        (rf"\b(?i:on behalf of|welcome to|join(?:ing)?|work(?:ing)? at|here at|from the) {_COMPANY}", 2.0),
        (rf"\b(?i:the|our) {_COMPANY} (?i:team|recruiting team|hiring team|talent team|family|recruiting)\b", 2.0),
        (rf"\b(?i:chez|rejoindre|au sein d['’]|au sein de|l['’]équipe) ?{_COMPANY}", 2.5),
        (rf"\b(?:bei der|bei|für die) {_COMPANY}(?=[\s,.!]|$)", 1.5),
        (rf"\b(?:Ihr|Dein|das) {_COMPANY}[- ](?:Team|Recruiting)\b", 2.0),
        (rf"\b(?:en|con|de la empresa|el equipo de|equipo de) {_COMPANY}(?=[\s,.!]|$)", 1.0),
        (rf"^{_COMPANY}\s*(?:[-|:–—]|<>|x|×)\s*(?:[\w ]*\b(?i:interview|entretien|entrevista|Gespräch|application|candidature|Bewerbung|offer|call))", 2.5),
        (rf"\b(?i:interview|entretien|entrevista|Vorstellungsgespräch)\b[^\n]{{0,40}}?(?:[-|:–—]|<>|\bat|\bwith|\bchez|\bbei|\bcon|\bavec)\s+{_COMPANY}\s*$", 2.0),
        (rf"^(?i:interview|entretien|entrevista|Vorstellungsgespräch|application|offer|phone screen)[\w ]*\s[-–—|:]\s*{_COMPANY}\s+[-–—|]\s", 3.0),
    )
)
_ROLE_NOUN = re.compile(
    r"\b(?:engineer|developer|programmer|manager|designer|analyst|scientist|lead|director|intern|architect|specialist|"
    r"consultant|administrator|researcher|writer|officer|associate|coordinator|recruiter|head|vp|sre|devops|accountant|"
    r"nurse|technician|representative|assistant|advisor|editor|teacher|driver|operator|owner|strategist|"
    r"supervisor|clerk|agent|cashier|worker|cook|attendant|receptionist|planner|buyer|tester|qa|support|partner|"
    r"executive|counsel|lawyer|paralegal|pharmacist|therapist|physician|electrician|mechanic|machinist|"
    r"ingénieure?|développeu(?:r|se)|chef|responsable|chargée?|stagiaire|consultante?|"
    r"\w*entwickler(?:in)?|\w*ingenieur(?:in)?|\w*leiter(?:in)?|\w*berater(?:in)?|\w*referent(?:in)?|\w*manager(?:in)?|"
    r"werkstudent(?:in)?|praktikant(?:in)?|ingenier[oa]|desarrollador(?:a)?|jef[ea]|analista|diseñador(?:a)?|"
    r"programador(?:a)?|técnic[oa]|product owner|data|marketing|sales)\b",
    _F,
)
# Where a role's name ends: a preposition, a clause, or punctuation other than a comma that
# continues a title ("Staff Software Engineer, Payments").
_ROLE_STOP = (
    r"(?=\s+(?:at|with|position|role|opening|job|chez|bei|en|in|for|pour|para|auprès|à|au sein|is|are|has|was|will|"
    r"has been|et|and|und|y|on|from|dans|de la|der|des|im|bei der|team|in our|at our|und Ihr)\b"
    r"|,\s+(?:and|but|which|we|et|und|y|que|which|so|as)\b|,\s*$|,\s*\n|\s*[.;!?\[\]\n|–—]|\s+-\s|\s+\(|$)"
)
_ROLE_CHARS = r"[A-Za-zÀ-ÿ0-9/&+#.,'’ -]{2,70}?"
_ROLE_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p, _F), w)
    for p, w in (
        (rf"^\s*(?:position|role|job title|poste|Stelle|Position|puesto|vacante)\s*[:|]\s*(?P<r>{_ROLE_CHARS})(?=\s*(?:\n|$|\())", 3.0),
        (rf"\bfor the (?:position|role|post) of (?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 3.0),
        (rf"\b(?:for|to|in|offer you|extend you an offer for|offer to you for|about) (?:the|our|an?) (?P<r>{_ROLE_CHARS}) (?:position|role|opening|vacancy|job)\b", 2.8),
        (rf"\b(?:application|applying|applied|interview(?:ing)?|candidacy|screen|offer) (?:for|to) (?:the |our |an? )?(?:role of |position of )?(?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 2.0),
        (rf"\b(?:au |le |du |pour le |de )poste (?:de |d['’])(?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 2.5),
        (rf"\bcandidature (?:au poste de |pour le poste de |pour |en tant que )(?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 2.5),
        (rf"\b(?:Bewerbung|Position|Stelle|Interview|Vorstellungsgespräch|Gespräch) (?:als|zum|zur) (?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 2.5),
        (rf"\b(?:für die (?:Position|Stelle)(?: als)?) (?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 2.5),
        (rf"\b(?:puesto de|posición de|vacante de|candidatura (?:para|al puesto de)) (?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 2.5),
        (rf"^(?:interview|entretien|entrevista|interview (?:scheduled|confirmation|confirmed|invitation|details|request)|"
         rf"phone screen(?: scheduled)?|offer|application|application received)\s*[:\-–—]\s*(?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 2.0),
        (rf"^[^\n:]{{0,40}}[-–—:|]\s*(?P<r>{_ROLE_CHARS})\s*$", 1.2),
        (rf"\bas (?:an? |our )?(?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 1.0),
        # "Interview: Ana Example <> Vandelay (Backend Engineer)": a role noun in brackets.
        (rf"\((?P<r>{_ROLE_CHARS})\)", 0.9),
        (rf"^(?:[^\n:]{{0,40}}:\s*)?(?P<r>{_ROLE_CHARS})\s+(?:interview|Interview)\b", 1.0),
    )
)
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|bonjour|salut|hallo|guten tag|liebe|lieber|sehr geehrte|hola|estimad[oa])\b", _F)
_SIGNOFF = re.compile(
    r"^\s*(?:best|best regards|kind regards|regards|warm regards|warmly|cheers|thanks|thank you|many thanks|sincerely|"
    r"all the best|talk soon|cordialement|bien à vous|bien cordialement|merci|à bientôt|mit freundlichen grüßen|"
    r"viele grüße|beste grüße|freundliche grüße|lg|saludos|un saludo|atentamente|gracias)\b[ ,!.]*$",
    _F,
)
_INTERVIEWER_LINE = re.compile(
    r"\b(?:interviewers?|interviewed by|panel(?:ists)?|you(?:['’]ll| will) (?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)(?: with)?|"
    r"(?:meet|speak|chat|talk|meeting|call|session|screen|chatting|speaking|talking) with|interview with|avec|Gesprächspartner(?:in)?|"
    r"Ihre Gesprächspartner|mit|con|entrevistador(?:es|a)?|vous rencontrerez|Sie treffen|Sie lernen|conocerás a|estarás con|"
    r"hosted by|host|who|with)\b\s*[:|]?\s*(?:(?:are|is|will be|sind|ist|seront|serán|son)\s+)?",
    _F,
)
_ROLE_ACCOUNT = re.compile(
    r"^(?:recruiting|recruitment|recruiter|careers?|jobs?|talent|hr|hiring|people|rh|recrutement|karriere|bewerbung|"
    r"empleo|seleccion|rrhh|info|contact|hello|team)@",
    re.IGNORECASE,
)
_AGENCY = re.compile(r"recruit|talent|staffing|search|partners|consult|personnel|headhunt|placement|interim|cabinet|jobs|careers", re.I)
_HONORIFIC = re.compile(r"\b(?:Herrn?|Frau|Dr|Prof|Mr|Mrs|Ms|Mx|Mme|Mlle|Sr|Sra|Srta)\.?\s+(?=[A-ZÀ-Þ])")


@dataclass
class _Scores:
    kind: dict[str, float] = field(default_factory=lambda: {k: 0.0 for k in _KINDS})
    evidence: list[str] = field(default_factory=list)

    def add(self, kind: str, weight: float, note: str) -> None:
        self.kind[kind] += weight
        if len(self.evidence) < 24 and note not in self.evidence:
            self.evidence.append(note)


def _quote(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return "'" + (text if len(text) <= limit else text[: limit - 1] + "…") + "'"


def _strip_history(text: str) -> str:
    """Drop quoted earlier messages and '>' lines: they describe the past, not this mail."""
    match = _QUOTE_HEADER.search(text)
    if match and match.start() > 40:
        text = text[: match.start()]
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _language(text: str) -> str:
    sample = f" {text[:4000].lower()} "
    counts = {
        "en": sum(sample.count(w) for w in (" the ", " and ", " you ", " your ", " with ", " for ", " we ")),
        "fr": sum(sample.count(w) for w in (" le ", " la ", " les ", " vous ", " nous ", " votre ", " pour ", " avec ", " est ", " une ")),
        "de": sum(sample.count(w) for w in (" der ", " die ", " und ", " sie ", " ihre ", " wir ", " mit ", " für ", " ist ", " das ")),
        "es": sum(sample.count(w) for w in (" el ", " los ", " las ", " usted ", " su ", " con ", " para ", " que ", " tu ", " una ")),
    }
    return max(counts, key=lambda k: (counts[k], k == "en"))


_US_ZONE_IN_TEXT = re.compile(r"\b(?:EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|Eastern|Pacific|Central Time|Mountain)\b")
_EU_ZONE_IN_TEXT = re.compile(r"\b(?:CET|CEST|BST|GMT|WET|MEZ|MESZ|UK time|London|Paris|Berlin|Madrid)\b")


def _is_dayfirst(text: str, lang: str, sent: datetime | None, owner_zone: str, is_ats: bool = False) -> bool:
    if lang != "en":
        return True
    if _US_ZONE_IN_TEXT.search(text):
        return False
    if _EU_ZONE_IN_TEXT.search(text):
        return True
    offset = sent.utcoffset() if sent is not None else None
    if offset is not None and offset != timedelta(0):
        return not (timedelta(hours=-11) <= offset <= timedelta(hours=-3))
    if offset is not None and not (is_ats and owner_zone.startswith("America/")):
        return True  # +0000 outside an American ATS: British or Irish writing, day first
    return not owner_zone.startswith("America/")


def _format_person(person: Person | None) -> str | None:
    if person is None:
        return None
    if person.name and person.email:
        return f"{person.name} <{person.email}>"
    return person.email or person.name


def _clean_company(raw: str | None) -> str | None:
    if not raw:
        return None
    text = re.split(r"\.(?:\s|$)|\s[(\[]", raw.strip())[0]
    text = text.strip(" \t\n-|:,.'’\"")
    text = re.split(r"\s+(?:for|to|about|on|team|and we|who|which|is|are|has|this|pour|für|para|le|la|de la)\b", text)[0]
    text = _LEGAL_SUFFIX.sub("", text).strip(" ,.-")
    text = re.sub(r"['’]s$", "", text)
    words = text.split()
    while words and (words[-1].lower() in _STOP_COMPANY or _WEEKDAY_MONTH_WORDS.match(words[-1])):
        words.pop()
    while words and words[0].lower() in _STOP_COMPANY:
        words.pop(0)
    text = " ".join(words)
    if not text or text.lower() in _STOP_COMPANY or _WEEKDAY_MONTH_WORDS.match(text) or len(text) > 60:
        return None
    if not re.search(r"[A-Za-zÀ-ÿ]", text):
        return None
    return text


@lru_cache(maxsize=2048)
def _squash(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^a-z0-9]", "", folded.encode("ascii", "ignore").decode("ascii"))


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _same_name(name: str, label: str) -> bool:
    """Whether a written name and a domain label agree ("Müller AG" is mueller-ag or muller-ag)."""
    target = _squash(label)
    return bool(target) and target in (_squash(name), _squash(name.translate(_GERMAN)))


_FREEMAIL = {
    "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "icloud.com", "me.com",
    "proton.me", "protonmail.com", "gmx.de", "gmx.net", "web.de", "orange.fr", "free.fr", "aol.com", "mail.com",
}  # fmt: skip


def _domain_label(address: str | None) -> str | None:
    dom = domain_of(address)
    if not dom or dom in _FREEMAIL or known_sender(address) is not None:
        return None
    parts = [p for p in dom.split(".") if p not in {"mail", "email", "careers", "jobs", "talent", "hr", "recruiting", "notifications", "em", "e"}]
    if len(parts) < 2:
        return parts[0] if parts else None
    # acme-robotics.example → acme-robotics; acme.co.uk → acme
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "ac", "gov", "net"}:
        return parts[-3]
    return parts[-2]


@dataclass(frozen=True)
class _Context:
    message: Message
    subject: str
    body: str
    judged: str  # body without boilerplate, for kind phrases
    owner_email: str | None
    selves: frozenset[str]
    extra: DetectionConfig


def detect_event(
    message: Message,
    *,
    owner_email: str | None = None,
    owner_zone: str = "UTC",
    extra: DetectionConfig = DetectionConfig(),
) -> Event:
    """Judge one parsed message and return its Event (kind `none` when it is not job news)."""
    original = Original(
        sender=_format_person(message.sender),
        subject=message.subject or None,
        date=message.date,
        message_id=message.message_id,
    )
    try:
        return _detect(message, original, owner_email, owner_zone, extra)
    except Exception as exc:  # the contract: a message we cannot understand is `none`, never a crash
        return Event(
            kind=EventKind.none,
            original=original,
            confidence=0.0,
            evidence=(f"error: could not read the message ({type(exc).__name__}: {str(exc)[:80]})",),
        )


def _none(original: Original, evidence: list[str], reason: str, calendar: CalendarRef | None = None) -> Event:
    return Event(
        kind=EventKind.none,
        original=original,
        calendar=calendar,
        confidence=0.8 if not reason.startswith("no ") else 0.5,
        evidence=tuple([*evidence, reason][-20:]),
    )


def _detect(
    message: Message, original: Original, owner_email: str | None, owner_zone: str, extra: DetectionConfig
) -> Event:
    evidence: list[str] = []
    sender_email = (message.sender.email or "").lower() if message.sender else ""
    if message.defects and not message.text and not message.subject:
        return _none(original, evidence, f"unreadable: {message.defects[0][:80]}")
    for ignored in extra.ignore_senders:
        ignored = ignored.lower().strip()
        if ignored and sender_email and (sender_email == ignored or ("@" not in ignored and has_domain(sender_email, (ignored,)))):
            return _none(original, evidence, f"sender {sender_email} is in detection.ignore_senders")
    if message.is_auto_reply or (message.auto_submitted or "no").lower() not in {"no", ""} and "auto-replied" in (
        message.auto_submitted or ""
    ).lower():
        return _none(original, evidence, "auto-reply (RFC 3834): robots are not news")
    if owner_email and sender_email == owner_email.lower():
        return _none(original, evidence, "sent by the owner: the owner's own mail is not news")
    if _OWN_TAG.search(message.subject or ""):
        return _none(original, evidence, "the daemon's own approval or notice thread ([followup #...])")

    selves = {a.lower() for a in (owner_email,) if a}
    if message.is_forward and message.envelope_sender and message.envelope_sender.email:
        selves.add(message.envelope_sender.email.lower())
    for person in message.to:
        if person.email and person.email.lower() != sender_email:
            selves.add(person.email.lower())

    subject = " ".join((message.subject or "").split())
    subject = re.sub(r"^(?:\s*(?:re|fw|fwd|tr|wg|rv|aw|réf|ref)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    body = _strip_history((message.text or "")[:MAX_TEXT])
    # Hard-wrapped plain text ("...position at Northwind\nLabs!") is re-flowed for phrase
    # matching: a long line followed by more text is one sentence.
    judged = _FLOW.sub(" ", _drop_boilerplate(body))
    ctx = _Context(message, subject, body, judged, owner_email, frozenset(selves), extra)
    extra_domains = (*extra.job_domains, *(dom for k in _KINDS for dom in getattr(extra, k).sender_domains))
    ks = known_sender(sender_email)
    job_domain = bool(sender_email and extra_domains) and has_domain(sender_email, extra_domains)
    is_ats = ks is not None and ks.kind in {"ats", "scheduler"}
    if not (is_ats or job_domain):
        # Most mail is not job mail: say so before the costly part. A calendar's raw text
        # (unfolded, RFC 5545 §3.1) holds its summary and description, so a meeting with no
        # job word anywhere is not parsed at all.
        raw_calendars = _UNFOLD.sub("", "\n".join(c[:50_000] for c in message.calendars[:8]))
        probe = f"{subject}\n{judged[:20000]}\n{raw_calendars}"
        if _JOB.search(probe) is None and not any(
            _STRONG[k].search(probe) for k in ("rejection", "offer", "application_received")
        ):
            if not any(p and p.lower() in _lower(probe) for k in _KINDS for p in getattr(extra, k).phrases):
                reason = "calendar invite without any job or interview signal" if message.calendars else "no job signal in subject or text"
                return _none(original, evidence, reason)

    invites = [i for m in message.calendars[:8] for i in read_calendar(m)]
    invite = _primary_invite(invites)
    cal_ref = CalendarRef(uid=invite.uid, sequence=invite.sequence, method=invite.method) if invite else None
    cal_text = ""
    if invite is not None:
        cal_text = " ".join(x for x in (invite.summary, invite.description, invite.location) if x)[:8000]
        evidence.append(f"calendar: METHOD:{invite.method or 'none'}" + (f" SEQUENCE:{invite.sequence}" if invite.sequence else ""))

    scores = _Scores()
    _score_kinds(ctx, invite, cal_text, scores)
    evidence.extend(scores.evidence)

    everything = f"{subject}\n{judged}\n{cal_text}"
    job_hits = len({m.group(0).lower() for m in _JOB.finditer(everything[:20000])})
    job_hits += sum(1 for k in ("rejection", "offer", "application_received") if _STRONG[k].search(everything[:20000]))
    job_hits += sum(1 for note in scores.evidence if note.startswith("config phrase"))
    if is_ats and ks is not None:
        evidence.append(f"sender: {ks.name} ({domain_of(sender_email)})")
    interview_word = bool(_INTERVIEW.search(f"{subject}\n{judged[:20000]}\n{cal_text}"))
    if not (job_hits or is_ats or job_domain):
        reason = "calendar invite without any job or interview signal" if invite else "no job signal in subject or text"
        return _none(original, evidence, reason, cal_ref)

    # Bulk mail: job alerts, newsletters, advice articles.
    bulk = {m.group(0).lower() for m in _BULK.finditer(everything[:30000])}
    bulk_score = len(bulk) + (2 if message.list_id else 0) + (2 if ks is not None and ks.kind == "jobboard" else 0)
    strongest = max(scores.kind.values())
    personal = invite is not None and invite.method in {"REQUEST", "CANCEL"}
    if bulk_score >= 3 and not personal and not (is_ats and strongest >= 3 and bulk_score < 5):
        return _none(original, evidence, f"bulk mail (job alert / newsletter / article): {', '.join(sorted(bulk))[:100]}", cal_ref)

    outreach = {m.group(0).lower() for m in _OUTREACH.finditer(judged[:20000])}
    if len(outreach) >= 1 and not personal and scores.kind["interview_scheduled"] < 3 and max(
        scores.kind[k] for k in ("application_received", "rejection", "offer", "interview_cancelled", "interview_rescheduled")
    ) < 3:
        return _none(original, evidence, f"recruiter cold outreach: {_quote(sorted(outreach)[0])}", cal_ref)

    meeting_word = bool(_MEETING_WORD.search(f"{subject}\n{judged[:20000]}"))
    interviewish = interview_word or (meeting_word and (job_hits > 0 or is_ats or job_domain))
    kind = _decide_kind(scores, invite, interviewish)
    tentative = False
    if kind is None and interviewish and not _SLOT_PICK.search(judged):
        # No confirmation phrase, but an interview with a fixed time ("your interview is this
        # Thursday at 14:30"): judged below by whether a non-proposed time is found.
        kind, tentative = "interview_scheduled", True
    if kind is None:
        return _none(original, evidence, "no event phrase: not an interview, application, rejection or offer", cal_ref)

    lang = _language(f"{subject}\n{body}")
    interview: InterviewTime | None = None
    if kind in {"interview_scheduled", "interview_rescheduled", "interview_cancelled"}:
        interview, time_notes, proposals_only = _interview_time(ctx, invite, kind, lang, owner_zone)
        evidence.extend(time_notes)
        if interview is None and kind != "interview_cancelled":
            if proposals_only or _SLOT_PICK.search(judged):
                return _none(original, evidence, "asks to pick a slot: no interview time is fixed yet", cal_ref)
            return _none(original, evidence, "interview mentioned but no date and time found", cal_ref)
        if proposals_only and kind == "interview_scheduled" and invite is None:
            return _none(original, evidence, "asks to pick a slot: only proposed times", cal_ref)
        if tentative and interview is not None and interview.start < (ctx.message.date or interview.start) - timedelta(hours=12):
            return _none(original, evidence, "interview mentioned with a past time only", cal_ref)
        if tentative:
            evidence.append("kind: interview with a fixed time, no explicit confirmation phrase")

    contact = _contact(ctx, invite)
    interviewers = _interviewers(ctx, invite, contact, kind)
    company = _company(ctx, invite, cal_text, evidence, contact)
    role = _role(ctx, invite, company)
    if company:
        interviewers = [p for p in interviewers if p.email or _squash(p.name or "") not in _squash(company)]

    strength = scores.kind.get(kind, 0.0) - (1.5 if tentative else 0.0)
    confidence = 0.55 + min(0.3, 0.06 * strength) + (0.1 if invite is not None else 0.0) + (0.04 if is_ats else 0.0)
    if kind in {"interview_scheduled", "interview_rescheduled"} and interview is not None:
        confidence += 0.02
    return Event(
        kind=EventKind(kind),
        company=company,
        role=role,
        interview=interview,
        interviewers=tuple(interviewers),
        contact=contact,
        original=original,
        calendar=cal_ref,
        confidence=round(min(confidence, 0.99), 3),
        evidence=tuple(evidence[:20]),
    )


def _primary_invite(invites: list[CalendarInvite]) -> CalendarInvite | None:
    """Pick the invitation that matters: a cancellation or request with a start, earliest first."""
    useful = [i for i in invites if i.start is not None or i.method == "CANCEL"]
    if not useful:
        return None
    rank = {"CANCEL": 0, "REQUEST": 1, "PUBLISH": 2, None: 3}
    return sorted(useful, key=lambda i: (rank.get(i.method, 4), i.recurrence_id is not None))[0]


def _score_kinds(ctx: _Context, invite: CalendarInvite | None, cal_text: str, scores: _Scores) -> None:
    text = ctx.judged[:30000]
    for kind in _KINDS:
        count = 0
        for m in _STRONG[kind].finditer(text):
            if count == 0:
                scores.add(kind, 3.0, f"text: {_quote(m.group(0))}")
            count += 1
            if count >= 4:
                break
        if count > 1:
            scores.kind[kind] += (count - 1) * 0.5
        weak = _WEAK[kind].search(text)
        if weak:
            scores.add(kind, 1.5, f"text (weak): {_quote(weak.group(0))}")
        sm = _STRONG[kind].search(ctx.subject)
        if sm:
            scores.add(kind, 3.0, f"subject: {_quote(sm.group(0))}")
        elif (sm := _SUBJECT[kind].search(ctx.subject)) is not None:
            scores.add(kind, 2.0, f"subject: {_quote(sm.group(0))}")
        if cal_text:
            cm = _STRONG[kind].search(cal_text) or (_SUBJECT[kind].search(invite.summary or "") if invite else None)
            if cm:
                scores.add(kind, 1.0, f"calendar text: {_quote(cm.group(0))}")
        vocab: KindVocabulary = getattr(ctx.extra, kind)
        lowered = f"{ctx.subject}\n{text}".lower()
        for phrase in vocab.phrases:
            if phrase and phrase.lower() in lowered:
                scores.add(kind, 3.5, f"config phrase ({kind}): {_quote(phrase)}")
        sender = (ctx.message.sender.email or "") if ctx.message.sender else ""
        if sender and vocab.sender_domains and has_domain(sender, vocab.sender_domains):
            scores.add(kind, 2.5, f"config sender domain ({kind}): {domain_of(sender)}")
    if invite is not None:
        if invite.method == "CANCEL" or invite.status == "CANCELLED":
            scores.add("interview_cancelled", 6.0, "calendar: cancellation (METHOD:CANCEL / STATUS:CANCELLED)")
        elif invite.method in {"REQUEST", "PUBLISH", None} and invite.start is not None:
            scores.add("interview_scheduled", 2.5, "calendar: invitation with a fixed start")
            # RFC 5545 §3.8.7.4: SEQUENCE > 0 means the organizer revised the event.
            if invite.sequence > 0:
                scores.add("interview_rescheduled", 2.5, f"calendar: SEQUENCE:{invite.sequence} (revised)")


def _decide_kind(scores: _Scores, invite: CalendarInvite | None, interview_word: bool) -> str | None:
    s = scores.kind
    if s["offer"] >= 3 and s["offer"] >= s["rejection"]:
        return "offer"
    if s["rejection"] >= 3 and s["rejection"] >= s["interview_scheduled"] - 1:
        return "rejection"
    interviewish = interview_word or invite is not None
    if s["interview_cancelled"] >= 3 and interviewish and s["interview_cancelled"] >= s["interview_rescheduled"] - 2:
        return "interview_cancelled"
    if s["interview_rescheduled"] >= 3 and interviewish and (s["interview_scheduled"] > 0 or invite is not None or s["interview_rescheduled"] >= 5):
        return "interview_rescheduled"
    if s["interview_rescheduled"] >= 3 and interviewish:
        return "interview_rescheduled"
    if s["interview_scheduled"] >= 3 and interviewish:
        return "interview_scheduled"
    if s["interview_scheduled"] >= 2 and invite is not None and interviewish:
        return "interview_scheduled"
    if s["application_received"] >= 3 and s["application_received"] >= s["interview_scheduled"]:
        return "application_received"
    if interviewish and s["interview_scheduled"] >= 1.5:
        return "interview_scheduled"
    if s["application_received"] >= 3:
        return "application_received"
    if s["rejection"] >= 3:
        return "rejection"
    return None


def _default_zone(
    ctx: _Context, invite: CalendarInvite | None, owner_zone: str
) -> tuple[tzinfo, str | None, str]:
    """The zone of a time written without one: the calendar's, the sender's Date offset, the owner's."""
    if invite is not None and invite.timezone and (tz := zone_named(invite.timezone)) is not None:
        return tz, invite.timezone, f"no zone in text → calendar zone {invite.timezone}"
    date = ctx.message.date
    if date is not None and date.utcoffset() is not None:
        offset = date.utcoffset() or timedelta(0)
        sign = "+" if offset >= timedelta(0) else "-"
        minutes = int(abs(offset).total_seconds() // 60)
        label = f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
        return timezone(offset), None, f"no zone in text → sender's Date offset {label}"
    tz = zone_named(owner_zone) or timezone.utc
    return tz, owner_zone, f"no zone in text → owner zone {owner_zone}"


def _interview_time(
    ctx: _Context, invite: CalendarInvite | None, kind: str, lang: str, owner_zone: str
) -> tuple[InterviewTime | None, list[str], bool]:
    notes: list[str] = []
    url = find_meeting_url(invite.url if invite else None, invite.location if invite else None, ctx.body[:30000])
    location = _location(ctx.body, invite)
    if invite is not None and invite.start is not None and not invite.all_day:
        start, end, zone = invite.start, invite.end, invite.timezone
        if invite.floating:
            tz, zone, note = _default_zone(ctx, None, owner_zone)
            start = start.replace(tzinfo=tz)
            end = end.replace(tzinfo=tz) if end else None
            notes.append(f"time: calendar floating time; {note}")
        else:
            notes.append(f"time: calendar DTSTART {start.isoformat()}" + (f" ({zone})" if zone else ""))
        return InterviewTime(start=start, end=end, timezone=zone, location=location, meeting_url=url), notes, False

    reference = ctx.message.date or ctx.message.envelope_date
    tz, zone_name, zone_note = _default_zone(ctx, invite, owner_zone)
    if reference is None:
        reference = datetime(2000, 1, 1, tzinfo=tz)
        notes.append("time: message has no Date; relative phrases unresolved")
    text = f"{ctx.subject}\n{ctx.body[:20000]}"
    sender_system = known_sender(ctx.message.sender.email if ctx.message.sender else None)
    dayfirst = _is_dayfirst(text, lang, ctx.message.date, owner_zone, sender_system is not None)
    mentions = find_times(
        text, reference=reference, default_zone=tz, default_zone_name=zone_name, default_zone_note=zone_note, dayfirst=dayfirst
    )
    if not mentions:
        return None, notes, False
    chosen, proposals_only = _choose(mentions, text, kind, reference)
    if chosen is None:
        return None, notes, proposals_only
    notes.append(f"time: {_quote(chosen.text, 60)} → {chosen.zone_note}")
    end = chosen.end
    return (
        InterviewTime(start=chosen.start, end=end, timezone=chosen.zone, location=location, meeting_url=url),
        notes,
        proposals_only,
    )


def _choose(mentions: list[TimeMention], text: str, kind: str, reference: datetime) -> tuple[TimeMention | None, bool]:
    """Pick the interview's time among several: confirmed over proposed, new over old, future over past."""
    scored: list[tuple[float, int, TimeMention]] = []
    proposals = 0
    slot_pick = bool(_SLOT_PICK.search(text))
    confirmed_anywhere = bool(_STRONG["interview_scheduled"].search(text)) or bool(
        _STRONG["interview_rescheduled"].search(text)
    )
    for index, mention in enumerate(mentions):
        line_start = text.rfind("\n", 0, mention.position) + 1
        near = text[max(mention.position - 60, line_start) : mention.position]
        line = text[line_start : text.find("\n", mention.position) if "\n" in text[mention.position :] else len(text)]
        score = 0.0
        if _CONFIRMED_CONTEXT.search(near) or _CONFIRMED_CONTEXT.search(line[:20]):
            score += 2.0
        if kind == "interview_rescheduled":
            if _NEW_CONTEXT.search(near):
                score += 3.0
            if _OLD_CONTEXT.search(near):
                score -= 4.0
            score += 0.3 * index  # the new time is usually written after the old one
        else:
            if _OLD_CONTEXT.search(near):
                score -= 1.5
            score -= 0.1 * index
        if _APPLIED_CONTEXT.search(near):
            score -= 3.0
        is_proposal = bool(_PROPOSAL_CONTEXT.search(near) or _PROPOSAL_CONTEXT.search(line[:6])) or (
            slot_pick and re.search(r"\?\s*$", line) is not None
        )
        if slot_pick and not _CONFIRMED_CONTEXT.search(near):
            is_proposal = True
        if is_proposal:
            score -= 2.5
            proposals += 1
        if mention.start < reference - timedelta(hours=12) and kind != "interview_cancelled":
            score -= 3.0
        if mention.start > reference + timedelta(days=370):
            score -= 3.0
        if mention.end is not None:
            score += 0.5
        if "zone" in mention.zone_note and "no zone" not in mention.zone_note:
            score += 0.3
        scored.append((score, -index, mention))
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    best_score, _, best = scored[0]
    proposals_only = proposals == len(mentions) and not confirmed_anywhere
    if proposals_only and len(mentions) > 1:
        return None, True
    if best_score < -2.5 and len(mentions) > 1 and proposals_only:
        return None, True
    return best, proposals_only


_LOCATION_LINE = re.compile(
    r"^\s*(?:location|where|address|lieu|adresse|ort|adresse|dirección|lugar|venue)\s*:\s*(?P<loc>[^\n]{3,160})", re.IGNORECASE | re.MULTILINE
)


def _location(body: str, invite: CalendarInvite | None) -> str | None:
    if invite is not None and invite.location:
        loc = invite.location.strip()
        if not re.match(r"^https?://", loc):
            return loc[:200]
        return None
    m = _LOCATION_LINE.search(body[:20000])
    if m:
        loc = m.group("loc").strip()
        if not re.match(r"^(?:https?://|zoom|google meet|microsoft teams|teams|video|phone|online)", loc, re.IGNORECASE):
            return loc[:200]
    return None


def _is_person_ok(ctx: _Context, person: Person | None) -> bool:
    if person is None or not person.email:
        return False
    email = person.email.lower()
    if email in ctx.selves or is_robot_address(email):
        return False
    return True


def _name_from_local(email: str) -> str | None:
    local = email.split("@", 1)[0]
    parts = [p for p in re.split(r"[._-]", local) if p.isalpha()]
    if len(parts) >= 2:
        return " ".join(p.capitalize() for p in parts[:3])
    return None


def _signature_people(ctx: _Context) -> list[Person]:
    """Humans named with an address in the body, the signature (last lines) first."""
    body = ctx.body[:30000]
    found: list[tuple[int, Person]] = []
    lines = body.splitlines()
    offsets: list[int] = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    for m in _EMAIL.finditer(body):
        email = m.group(1).strip(".").lower()
        if email in ctx.selves or is_robot_address(email):
            continue
        name = None
        # "Sam Lee <sam@x>" / "Sam Lee (sam@x)" / "Sam Lee | Recruiter | sam@x" on the same line.
        prefix = body[max(0, m.start() - 80) : m.start()].split("\n")[-1]
        names = [n for n in _PERSON_NAME.findall(prefix) if not _TITLE_WORDS.search(n)]
        if names:
            name = names[-1]
        else:
            # A signature block: the name sits one to three lines above the address.
            line_no = body.count("\n", 0, m.start())
            for back in range(1, 4):
                if line_no - back < 0:
                    break
                candidate = lines[line_no - back].strip(" -–|*")
                if _SIGNOFF.match(candidate) or not candidate:
                    continue
                head = candidate.split(",")[0].split("|")[0].strip()
                if _PERSON_NAME.fullmatch(head) and not _TITLE_WORDS.search(head):
                    name = head
                    break
        if name is None:
            name = _name_from_local(email)
        found.append((m.start(), Person(name=name, email=email)))
    # Prefer the one nearest the end (the signature), then any other.
    return [p for _, p in sorted(found, key=lambda x: -x[0])]


def _contact(ctx: _Context, invite: CalendarInvite | None) -> Person | None:
    msg = ctx.message
    sender_is_team = bool(msg.sender and _ROLE_ACCOUNT.match(msg.sender.email or ""))
    if sender_is_team and msg.sender is not None and _is_person_ok(ctx, msg.sender):
        # "HR Team <hr@acme>" signed by a named person with an address: the person is the contact.
        domain = domain_of(msg.sender.email)
        for person in _signature_people(ctx):
            if domain_of(person.email) == domain and not _ROLE_ACCOUNT.match(person.email or ""):
                return person
    if _is_person_ok(ctx, msg.sender) and msg.sender is not None:
        name = msg.sender.name
        if name and (company_from_display_name(name) != name or re.search(r"recruit|talent|team|careers|hiring|jobs|hr\b", name, _F)):
            # "Acme Recruiting <sam@acme>" names a team, not the person: keep the address.
            name = _name_from_local(msg.sender.email or "") or name
        return Person(name=name, email=(msg.sender.email or "").lower() or None)
    role_accounts: list[Person] = []
    for person in msg.reply_to:
        if _is_person_ok(ctx, person):
            found = Person(name=person.name or _name_from_local(person.email or ""), email=(person.email or "").lower())
            if _ROLE_ACCOUNT.match(found.email or ""):
                role_accounts.append(found)  # recruiting@ is a queue: a named human is better
                continue
            return found
    if invite is not None and _is_person_ok(ctx, invite.organizer) and invite.organizer is not None:
        org = invite.organizer
        return Person(name=org.name or _name_from_local(org.email or ""), email=(org.email or "").lower())
    people = _signature_people(ctx)
    humans = [p for p in people if not _ROLE_ACCOUNT.match(p.email or "")]
    if humans:
        return humans[0]
    if role_accounts:
        return role_accounts[0]
    if people:
        return people[0]
    for person in msg.cc:
        if _is_person_ok(ctx, person):
            return Person(name=person.name or _name_from_local(person.email or ""), email=(person.email or "").lower())
    return None


def _interviewers(ctx: _Context, invite: CalendarInvite | None, contact: Person | None, kind: str) -> list[Person]:
    if kind not in {"interview_scheduled", "interview_rescheduled", "interview_cancelled"}:
        return []
    people: list[Person] = []
    seen: set[str] = set()

    def add(person: Person) -> None:
        key = (person.email or person.name or "").lower()
        if key and key not in seen:
            seen.add(key)
            people.append(person)

    if invite is not None:
        organizer = (invite.organizer.email or "").lower() if invite.organizer else ""
        for att in invite.attendees:
            if att.role == "NON-PARTICIPANT" or not att.email:
                continue
            if not _is_person_ok(ctx, Person(att.name, att.email)):
                continue
            if re.search(r"\b(?:room|salle|raum|sala|conference|resource)\b", att.name or "", _F):
                continue
            add(Person(name=att.name or _name_from_local(att.email), email=att.email.lower()))
        if len(people) > 1 and organizer:
            people = [p for p in people if p.email != organizer] or people
        if len(people) > 1 and contact is not None and contact.email:
            people = [p for p in people if p.email != contact.email] or people
        if not people and invite.organizer is not None and _is_person_ok(ctx, invite.organizer):
            add(Person(invite.organizer.name or _name_from_local(invite.organizer.email or ""), (invite.organizer.email or "").lower()))
    if not people:
        for person in _named_interviewers(ctx):
            if person.email is None and contact is not None and contact.name and _squash(contact.name) == _squash(person.name or ""):
                person = contact  # the named interviewer is the recruiter we already know
            add(person)
    if not people and contact is not None and contact.name and _SCREEN_CALL.search(ctx.judged[:20000]):
        # A recruiter's phone screen: the recruiter named in the text is the one you talk to.
        first = contact.name.split()[0]
        for call in _WILL_CALL.finditer(ctx.judged[:20000]):
            sentence = ctx.judged[max(0, call.start() - 80) : call.start()]
            if first in sentence.split(".")[-1]:
                add(contact)
                break
    if not people and contact is not None and _FIRST_PERSON.search(ctx.judged[:20000]):
        msg_sender = (ctx.message.sender.email or "").lower() if ctx.message.sender else ""
        if contact.email == msg_sender:
            add(contact)
    return people[:12]


def _named_interviewers(ctx: _Context) -> list[Person]:
    """Interviewers named in the body: 'Interviewers: Jane Doe (EM), Raj Patel', 'you'll meet Jane Doe'."""
    body = _HONORIFIC.sub("", ctx.body[:20000])
    emails = [m.group(1).lower() for m in _EMAIL.finditer(body)]
    not_them = {_squash(p.name or "") for p in (*ctx.message.to, ctx.message.envelope_sender) if p and p.name}
    labelled: list[Person] = []
    bare: list[Person] = []
    any_list = False
    for m in _INTERVIEWER_LINE.finditer(body):
        label = " ".join(m.group(0).split()).lower().rstrip(": |")
        segment = body[m.end() : m.end() + 400]
        is_list = label in {
            "interviewers", "interviewer", "panel", "panelists", "gesprächspartner", "ihre gesprächspartner",
            "entrevistadores", "entrevistador", "entrevistadora", "who", "host", "hosted by",
        } or m.group(0).rstrip().endswith((":", "|"))  # fmt: skip
        if is_list:
            # A list: the rest of the line, or the following bullet lines.
            block_lines = []
            for i, line in enumerate(segment.split("\n")):
                if i > 0 and (not line.strip() or not re.match(r"^\s*(?:[-•*·]|\d[.)])?\s*[A-ZÀ-Þ]", line)):
                    break
                block_lines.append(line)
            block = "\n".join(block_lines)
        else:
            block = re.split(r"[.;:\n]", _FLOW.sub(" ", segment), maxsplit=1)[0]
            # "with our VP of Engineering, Carlos Ruiz" / "con nuestro CTO, Javier Ortega": skip the title.
            block = re.sub(r"^(?:our|my|the|your|notre|nuestro|nuestra|unserem|unserer|unseren)\s+[^,]{2,40},\s*", "", block, flags=re.I)
        any_list = any_list or is_list
        target = bare if label == "with" else labelled
        parts = re.split(r",\s*(?=[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ])|,?\s*\band\b|\bet\b|\bund\b|\by\b|\n|;|&|\s[-–—|]\s", block)
        for index, part in enumerate(parts):
            part = part.strip(" ,-•*·\t")
            if part.lower() in ("me", "myself", "moi", "mir", "mí", "mi"):
                # "speaking with me and Raj Patel": the writer is an interviewer too.
                writer = ctx.message.sender
                if (
                    writer is not None and writer.name and writer.email
                    and not is_robot_address(writer.email) and writer.email.lower() not in ctx.selves
                    and all(_squash(p.name or "") != _squash(writer.name) for p in target)
                ):  # fmt: skip
                    target.append(Person(name=writer.name, email=writer.email.lower()))
                continue
            nm = _PERSON_NAME.match(part)
            if not nm:
                if index == 0 and label != "with" and not is_list:
                    break  # "speak with you", "meet with our team": no name follows
                continue
            name = nm.group(0)
            if _WEEKDAY_MONTH_WORDS.match(name.split()[0]) or name.split()[0].lower() in _STOP_COMPANY:
                continue
            if _TITLE_WORDS.search(name) or _squash(name) in not_them:
                continue
            email = None
            em = _EMAIL.search(part)
            if em:
                email = em.group(1).lower()
            else:
                first, last = _squash(name.split()[0]), _squash(name.split()[-1])
                for addr in emails:
                    local = _squash(addr.split("@")[0])
                    if local in {first + last, first, first[:1] + last} or (local.startswith(first) and last in local):
                        email = addr
                        break
            if email and (email in ctx.selves or is_robot_address(email)):
                email = None
            if all(_squash(p.name or "") != _squash(name) for p in target):
                target.append(Person(name=name, email=email))
            if not is_list:
                # "with Jane Doe and Raj Patel" continues; "with Jane Doe, our CTO" stops.
                continue
    if any_list or not labelled:
        return (labelled or bare)[:8]
    # "chat with Ruth Akers" plus a schedule of "Coding with Ines Duarte" lines: all of them, in text order.
    merged = [*labelled, *(b for b in bare if all(_squash(b.name or "") != _squash(p.name or "") for p in labelled))]
    merged.sort(key=lambda p: body.find(p.name or "") % (len(body) + 1))
    return merged[:8]


def _company(
    ctx: _Context, invite: CalendarInvite | None, cal_text: str, evidence: list[str], contact: Person | None
) -> str | None:
    candidates: dict[str, float] = {}
    display: dict[str, str] = {}

    def offer(raw: str | None, weight: float) -> None:
        name = _clean_company(raw)
        if not name:
            return
        key = _squash(name)
        if not key or len(key) < 2:
            return
        if _ROLE_NOUN.search(name):
            weight *= 0.3  # "Senior Frontend Engineer" after a dash is the role, not the company
        candidates[key] = candidates.get(key, 0.0) + weight
        display.setdefault(key, name)

    sources = [(ctx.subject, 1.5), (ctx.judged[:12000], 1.0)]
    if invite is not None:
        sources.append((invite.summary or "", 1.3))
        sources.append((cal_text[:4000], 0.8))
    for text, factor in sources:
        for pattern, weight in _COMPANY_PATTERNS:
            for m in pattern.finditer(text):
                offer(m.group("c"), weight * factor)
                break
    sender = ctx.message.sender
    ks = known_sender(sender.email if sender else None)
    if sender is not None and ks is not None and ks.company_from:
        if "display" in ks.company_from:
            offer(company_from_display_name(sender.name), 2.5)
        offer(company_from_address(sender.email, ks), 2.0)
    labels = [
        lab
        for lab in (
            _domain_label(sender.email if sender else None),
            *(_domain_label(p.email) for p in ctx.message.reply_to),
            _domain_label(invite.organizer.email if invite and invite.organizer else None),
            _domain_label(contact.email if contact else None),
        )
        if lab
    ]
    if sender is not None and ks is None and sender.name and labels:
        # "Acme Robotics <careers@acme-robotics.example>": the display name is the company.
        if _same_name(company_from_display_name(sender.name) or "", labels[0]):
            offer(company_from_display_name(sender.name), 3.0)
    guessed: set[str] = set()
    for label in labels:
        squashed = _squash(label)
        if _AGENCY.search(label):
            # A staffing agency writes for its client: its own name is only a last resort.
            if not candidates:
                offer(label.replace("-", " ").title(), 0.5)
            continue
        matched = False
        for key in list(candidates):
            if key in guessed:
                continue  # a name made up from a label earlier is no evidence for itself
            forms = {key, _squash(display[key].translate(_GERMAN))}
            if any(f == squashed or f.startswith(squashed) or squashed.startswith(f) for f in forms):
                candidates[key] += 4.0
                matched = True
        if not matched:
            # Look for the label written out in the text: "acme-robotics" → "Acme Robotics".
            words = re.findall(r"[A-Z0-9][\w&'’.-]*(?:[ \t]+[A-Z0-9&][\w&'’.-]*){0,4}", f"{ctx.subject}\n{ctx.body[:12000]}")
            for phrase in words:
                parts = phrase.split()
                spans = [" ".join(parts[i:j]) for i in range(len(parts)) for j in range(len(parts), i, -1)]
                for sub in spans:
                    if _same_name(sub, label):
                        offer(sub, 2.5)
                        matched = True
                        break
                if matched:
                    break
        if not matched:
            guess = label.replace("-", " ").title()
            offer(guess, 1.0)
            guessed.add(_squash(guess))
    if sender is not None and sender.name and not is_robot_address(sender.email):
        # A person's own name ("Maya Goldberg") is not the company, unless their domain says so.
        own = _squash(sender.name)
        if own in candidates and not any(_squash(lab) == own for lab in labels):
            del candidates[own]
    if not candidates:
        return None
    best = max(candidates, key=lambda k: (candidates[k], -len(k)))
    evidence.append(f"company: {_quote(display[best])}")
    return display[best]


def _role(ctx: _Context, invite: CalendarInvite | None, company: str | None) -> str | None:
    best: tuple[float, str] | None = None
    texts = [
        (ctx.subject, 1.3),
        (invite.summary if invite and invite.summary else "", 1.1),
        (ctx.judged[:12000], 1.0),
        ((invite.description or "")[:4000] if invite else "", 0.9),
    ]
    for text, factor in texts:
        if not text:
            continue
        for pattern, weight in _ROLE_PATTERNS:
            for m in pattern.finditer(text):
                role = _clean_role(m.group("r"), company)
                if not role:
                    continue
                score = weight * factor + (2.0 if _ROLE_NOUN.search(role) else -1.0)
                if best is None or score > best[0]:
                    best = (score, role)
                break
    if best is None or best[0] < 1.5:
        return None
    return best[1]


def _clean_role(raw: str, company: str | None = None) -> str | None:
    role = " ".join(raw.split()).strip(" -–—:|,.'’\"")
    if company:
        # "Bluefin Analytics - Data Engineer" → "Data Engineer"; "Data Engineer at Bluefin" is cut by the stops.
        if role.lower().startswith(company.lower()):
            role = role[len(company) :].lstrip(" -–—:|<>")
        if role.lower().endswith(company.lower()):
            role = re.sub(r"\s*(?:[-–—:|@]|<>|\bat)\s*$", "", role[: len(role) - len(company)])
        if _squash(role) == _squash(company):
            return None
    if re.search(r"\s[-–—|]\s", role):
        # "Orbital Freight Interview - Senior Frontend Engineer": keep the segment that names a job.
        segments = [x.strip() for x in re.split(r"\s[-–—|]\s", role) if x.strip()]
        named = [x for x in segments if _ROLE_NOUN.search(x) and not (company and _squash(company) in _squash(x))]
        if not named:
            return None
        role = named[0]
    # Gender tags of German titles and requisition numbers are not part of the role's name.
    role = re.sub(r"\s*\((?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\)\s*$", "", role, flags=re.IGNORECASE)
    role = re.sub(r"\s*\(?(?:R|REQ|JR|Req ID|ID)[-\s#]*\d[\w-]*\)?\s*$", "", role, flags=re.IGNORECASE)
    role = re.sub(r"^(?:entretien|interview|entrevista|Vorstellungsgespräch|Gespräch|phone screen|onsite)\s+(?:(?:pour|for|für|para|als|de)\s+)?", "", role, flags=re.IGNORECASE)
    role = re.sub(r"\s+(?:interview|entretien|entrevista|Vorstellungsgespräch|phone screen|onsite)$", "", role, flags=re.IGNORECASE)
    role = role.strip(" -–—:|,.")
    role = re.sub(r"^(?:the|a|an|our|le|la|un|une|el|die|der|den)\s+", "", role, flags=re.IGNORECASE)
    role = re.sub(r"\s+(?:position|role|job|opening|poste|Stelle|puesto)$", "", role, flags=re.IGNORECASE)
    if not role or len(role) < 3 or len(role.split()) > 8:
        return None
    low = role.lower()
    if low in _STOP_COMPANY or re.match(r"^(?:your|my|this|that|next|an?|our|you|us|it|with|interview|phone|video|onsite)\b", low):
        return None
    if _WEEKDAY_MONTH_WORDS.match(role.split()[0]):
        return None
    return role
