"""The owner's additions to detection (config key `detection`), kept apart from the detect package so
that loading the config does not compile detect's phrase lists.
"""

from __future__ import annotations

from pydantic import Field

from followup.spec import Frozen


class KindVocabulary(Frozen):
    """Extra signals for one event kind, added by the owner."""

    sender_domains: tuple[str, ...] = Field((), description="Sender domains that send this kind of mail.")
    phrases: tuple[str, ...] = Field((), description="Phrases (case-insensitive) that mark this kind.")


class DetectionConfig(Frozen):
    """The owner's additions to detection, per event kind."""

    interview_scheduled: KindVocabulary = Field(KindVocabulary(), description="Signals of a confirmed interview.")
    interview_rescheduled: KindVocabulary = Field(KindVocabulary(), description="Signals of a moved interview.")
    interview_cancelled: KindVocabulary = Field(KindVocabulary(), description="Signals of a cancelled interview.")
    application_received: KindVocabulary = Field(KindVocabulary(), description="Signals of an application receipt.")
    rejection: KindVocabulary = Field(KindVocabulary(), description="Signals of a rejection.")
    offer: KindVocabulary = Field(KindVocabulary(), description="Signals of an offer.")
    ignore_senders: tuple[str, ...] = Field((), description="Sender addresses or domains never taken as job mail.")
    job_domains: tuple[str, ...] = Field(
        (), description="Sender domains whose mail always counts as job mail (your recruiters, agencies)."
    )
    min_confidence: float = Field(
        0.7,
        ge=0.0,
        le=1.0,
        description="Below this confidence an Event is marked uncertain, so you are asked before anything is planned.",
    )
