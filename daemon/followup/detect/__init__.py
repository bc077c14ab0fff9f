"""Pure: what a job mail means — a parsed Message in, an Event out (DESIGN §4).

`detect_event` is the one entry point. The stages live in their own modules: `text` (the mail
as detection reads it), `cues` (phrase tables), `kinds` (scoring and deciding the kind),
`times` (date and time phrases), `interview` (the interview's time and place), `people`
(contact and interviewers), `company` and `role`. Who is a robot is `followup.addresses`.

Must not: do I/O, read the clock or the environment, or raise.
"""

from __future__ import annotations

from followup.detect.event import detect_event
from followup.vocabulary import DetectionConfig, KindVocabulary

__all__ = ["DetectionConfig", "KindVocabulary", "detect_event"]
