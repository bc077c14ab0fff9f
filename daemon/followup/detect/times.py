"""Pure: find date and time phrases in mail text and resolve them to tz-aware instants.

Owns the month and weekday names of English, French, German and Spanish, and the resolution
of relative phrases ("tomorrow at 10", "this Thursday") against a reference instant.
Candidate phrases are found with regular expressions first and only those short spans are
interpreted, so a whole body is never handed to a general date parser (DESIGN §2: that is
too slow). The zone written after a time is read by detect.zones (which owns the
abbreviation policy); zones come from `zoneinfo` (tzdata).

Must not: read the clock (the reference instant is an argument), do I/O, or raise on any text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo

from followup.detect.gated import words_of
from followup.detect.zones import ZONE_ABBREVIATIONS as ZONE_ABBREVIATIONS
from followup.detect.zones import read_zone
from followup.detect.zones import zone_for_abbreviation as zone_for_abbreviation
from followup.detect.zones import zone_named as zone_named
from followup.detect.zones import zone_of_city as zone_of_city

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv januar jänner jan enero ene",
        "february feb febr février fevrier févr fevr februar febrero",
        "march mar mars märz maerz mär marzo",
        "april apr avril avr abril abr",
        "may mai mayo",
        "june jun juin juni junio",
        "july jul juillet juil juli julio",
        "august aug août aout agosto ago",
        "september sep sept septembre setiembre septiembre set",
        "october oct octobre oktober okt octubre",
        "november nov novembre noviembre",
        "december dec décembre decembre déc dezember dez diciembre dic",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "monday mon lundi montag lunes",
        "tuesday tue tues mardi dienstag martes",
        "wednesday wed mercredi mittwoch miércoles miercoles",
        "thursday thu thur thurs jeudi donnerstag jueves",
        "friday fri vendredi freitag viernes",
        "saturday sat samedi samstag sonnabend sábado sabado",
        "sunday sun dimanche sonntag domingo",
    )
):
    for _name in _names.split():
        WEEKDAYS[_name] = _number

_FULL_WEEKDAYS = sorted((w for w in WEEKDAYS if len(w) > 4 or w in {"lunes", "jeudi", "mardi"}), key=len, reverse=True)
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_FULL_WD_RE = "|".join(_FULL_WEEKDAYS)

_RELATIVE_DAYS = {
    "today": 0, "this afternoon": 0, "this morning": 0, "tonight": 0, "later today": 0,
    "aujourd'hui": 0, "aujourd’hui": 0, "cet après-midi": 0, "heute": 0, "hoy": 0, "esta tarde": 0,
    "tomorrow": 1, "demain": 1, "morgen": 1, "mañana": 1, "manana": 1,
    "day after tomorrow": 2, "après-demain": 2, "apres-demain": 2, "übermorgen": 2, "pasado mañana": 2,
}  # fmt: skip
_REL_RE = "|".join(re.escape(k) for k in sorted(_RELATIVE_DAYS, key=len, reverse=True))

_FLAGS = re.IGNORECASE | re.UNICODE

# A date written with a month name: "Tuesday, December 8th, 2026", "Dec. 8", "mardi 8 décembre",
# "Dienstag, 8. Dezember 2026", "martes 8 de diciembre de 2026", "8 Dec 2026".
_DATE_MDY = re.compile(
    rf"\b(?:(?P<wd>{_WD_RE})\.?,?\s+(?:the\s+)?)?(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    # "15 Dec 10:00": the number after the month is the hour, not the day.
    r"(?![:.]\d|\s*(?:a\.?m\b|p\.?m\b|h\b|uhr\b))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    _FLAGS,
)
_DATE_DMY = re.compile(
    rf"\b(?:(?P<wd>{_WD_RE})\.?,?\s+(?:(?:le|den|el|the)\s+)?)?(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º|\.|-)?\s*"
    rf"(?:de\s+|of\s+)?(?P<mon>{_MONTH_RE})\b\.?(?:(?:,?\s+|-)(?:de\s+)?(?P<year>(?:19|20)\d\d)\b)?",
    _FLAGS,
)
_DATE_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d)\b")
_DATE_NUM = re.compile(
    rf"(?:\b(?P<wd>{_WD_RE})\.?,?\s+|\b(?P<prep>on|le|am|el|the)\s+)?"
    # A dash separates day and month only with a four-digit year after it ("15-12-2026"): "10-11" is a range.
    r"(?<![\d.:/-])(?P<a>[0-3]?\d)(?P<sep>[./]|-(?=[0-3]?\d-(?:19|20)\d\d\b))(?P<b>[0-3]?\d)"
    r"(?:(?P=sep)(?P<year>(?:19|20)?\d\d))?(?![\d:]|\.\d)"
    r"(?!\s*(?:a\.?m\.?|p\.?m\.?|h\b|uhr\b))",
    _FLAGS,
)
_DATE_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>this|next|coming|this coming|ce|ce\s+prochain|nächsten|nächster|naechsten|kommenden|"
    rf"diesen|el\s+próximo|el\s+proximo|próximo|proximo|este|on|le|am|el)\s+)?(?P<wd>{_FULL_WD_RE})\b"
    rf"(?:\s+(?P<rel2>prochain|prochaine|próximo|proximo|que\s+viene|next\s+week))?",
    _FLAGS,
)
_DATE_RELATIVE = re.compile(rf"(?<![\w-])(?P<rel>{_REL_RE})(?![\w-])", _FLAGS)

# A time of day, alone or as a range. The range's end may carry the am/pm both ends share
# ("3:00 - 3:45 PM"). A bare hour counts only after a preposition ("at 3", "à 15", "um 15").
# Seconds, as HR systems print them ("10:00:00"), are read and dropped.
_AMPM = r"(?P<{n}>a\.?\s?m\b\.?|p\.?\s?m\b\.?|am\b|pm\b)"
_T = (
    r"(?P<{h}>[0-2]?\d)(?:(?::|\.|h|\s?h\s?)(?P<{m}>[0-5]\d)(?::[0-5]\d)?|\s?(?P<{hh}>h)(?![a-z]))?"
    r"(?:\s*" + _AMPM + r"|\s*(?P<{u}>uhr)\b)?"
)
_TIME_ONE = _T.format(h="h1", m="m1", hh="hh1", n="ap1", u="u1")
_TIME_TWO = _T.format(h="h2", m="m2", hh="hh2", n="ap2", u="u2")
_TIME = re.compile(
    rf"(?:(?P<prep>\bat|\bfrom|\bà|\bde|\bum|\bvon|\ba\s+las|\ba\s+la|\bdès|@|\bbetween|\bstarting\s+at|\bfor)\s+)?"
    rf"(?<![\d:./-]){_TIME_ONE}"
    rf"(?:\s*(?:-|–|—|to|until|till|bis|à|a|au|hasta|and|y|et)\s*(?<![\d:]){_TIME_TWO})?"
    rf"(?![\d/]|\.\d|:\d)",
    _FLAGS,
)
_NOON = re.compile(r"\b(?:at\s+)?(?P<w>noon|midday|midi|mittag|mediodía|mediodia)\b", _FLAGS)
_DIGIT_OR_NOON = re.compile(r"\d|noon|midday|midi|mittag|mediod", re.IGNORECASE)


@dataclass(frozen=True)
class TimeMention:
    """One date-and-time phrase found in text, resolved to an instant."""

    start: datetime
    end: datetime | None
    zone: str | None
    zone_note: str
    text: str
    position: int
    relative: bool


@dataclass(frozen=True)
class _DateHit:
    day: date | None
    start: int
    end: int
    relative: bool
    weekday_only: bool


def _infer_year(month: int, day: int, weekday: int | None, ref: date) -> date | None:
    candidates: list[date] = []
    for year in (ref.year, ref.year + 1, ref.year - 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if weekday is not None:
        matching = [c for c in candidates if c.weekday() == weekday]
        if matching:
            return min(matching, key=lambda c: abs((c - ref).days))
    this_year = candidates[0]
    # A date more than ~3 months behind the message without a year is about next year
    # ("January 5" written in December).
    if this_year.year == ref.year and (ref - this_year).days > 92 and len(candidates) > 1:
        return candidates[1]
    return this_year


def _make_date(year: int | None, month: int, day: int, weekday: int | None, ref: date) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return _infer_year(month, day, weekday, ref)
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of text worth scanning: lines holding a digit or a noon word, plus the line above.

    Every date or time phrase that can pair into an instant has a digit (or "noon") on its line
    or on the line below it; scanning only those lines keeps the big alternations cheap.
    """
    lines: list[tuple[int, int]] = []
    pos = 0
    for m in _DIGIT_OR_NOON.finditer(text):
        if m.start() < pos:
            continue
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        above = text.rfind("\n", 0, max(0, a - 1)) + 1 if a > 0 else a
        lines.append((above, b))
        pos = b + 1
    merged: list[tuple[int, int]] = []
    for a, b in lines:
        if merged and a <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _scan(rx: re.Pattern[str], text: str, blocks: list[tuple[int, int]]) -> list[re.Match[str]]:
    return [m for a, b in blocks for m in rx.finditer(text, a, b)]


# What the date patterns cannot match without, asked of the blocks' words before their search:
# a month or weekday name or noon as a word of its own (a month also at the end of a word
# starting with the day: "8Dec"), two numbers around a date separator.
_MONTH_NAMES = frozenset(MONTHS)
_MONTH_ENDS = tuple(MONTHS)
_FULL_WEEKDAY_NAMES = frozenset(_FULL_WEEKDAYS)
_NOON_WORDS = frozenset({"noon", "midday", "midi", "mittag", "mediodía", "mediodia"})
_NUMBER_SEPARATOR = re.compile(r"\d[./-]\d")


def _block_words(text: str, blocks: list[tuple[int, int]]) -> tuple[str, frozenset[str]]:
    low = "\n".join(text[a:b] for a, b in blocks).lower()
    return low, words_of(low)


def _can_match(rx: re.Pattern[str], low: str, words: frozenset[str]) -> bool:
    """False when a date pattern cannot match blocks whose lower-cased text and words are these."""
    if rx is _DATE_MDY:
        return not _MONTH_NAMES.isdisjoint(words)
    if rx is _DATE_DMY:
        return not _MONTH_NAMES.isdisjoint(words) or any(w[:1].isdigit() and w.endswith(_MONTH_ENDS) for w in words)
    if rx is _DATE_NUM:
        return _NUMBER_SEPARATOR.search(low) is not None
    if rx is _DATE_WEEKDAY:
        return not _FULL_WEEKDAY_NAMES.isdisjoint(words)
    if rx is _NOON:
        return not _NOON_WORDS.isdisjoint(words)
    return True


def _scan_if(
    rx: re.Pattern[str], text: str, blocks: list[tuple[int, int]], low: str, words: frozenset[str]
) -> list[re.Match[str]]:
    return _scan(rx, text, blocks) if _can_match(rx, low, words) else []


def _find_dates(text: str, ref: date, dayfirst: bool, blocks: list[tuple[int, int]] | None = None) -> list[_DateHit]:
    if blocks is None:
        blocks = _blocks(text)
    hits: list[_DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(day: date | None, a: int, b: int, relative: bool = False, weekday_only: bool = False) -> None:
        if day is not None and free(a, b):
            hits.append(_DateHit(day, a, b, relative, weekday_only))
            taken.append((a, b))

    low, words = _block_words(text, blocks)
    for m in _scan(_DATE_ISO, text, blocks):
        add(_make_date(int(m["year"]), int(m["mon"]), int(m["day"]), None, ref), m.start(), m.end())
    for rx in (_DATE_MDY, _DATE_DMY):
        for m in _scan_if(rx, text, blocks, low, words):
            wd = WEEKDAYS.get(m["wd"].lower()) if m["wd"] else None
            year = int(m["year"]) if m["year"] else None
            add(_make_date(year, MONTHS[m["mon"].lower()], int(m["day"]), wd, ref), m.start(), m.end())
    for m in _scan_if(_DATE_NUM, text, blocks, low, words):
        if not (m["year"] or m["wd"] or m["prep"]):
            continue
        if m["year"] is None and m["sep"] == ".":
            continue  # "8.12" alone is too often a version or a price
        a, b = int(m["a"]), int(m["b"])
        # Dotted dates (08.12.2026) are always day first: that is the European convention and
        # US writing never uses dots. Slashes follow the language/zone hint unless one part > 12.
        first_is_day = (dayfirst or m["sep"] == ".") if (a <= 12 and b <= 12) else a > 12
        day_n, month_n = (a, b) if first_is_day else (b, a)
        wd = WEEKDAYS.get(m["wd"].lower()) if m["wd"] else None
        year = int(m["year"]) if m["year"] else None
        add(_make_date(year, month_n, day_n, wd, ref), m.start(), m.end())
    for m in _scan(_DATE_RELATIVE, text, blocks):
        word = m["rel"].lower()
        if (
            word in {"morgen"}
            and m["rel"][0] == "M"
            and text[max(0, m.start() - 7) : m.start()].lower().strip()
            in {
                "guten",
                "",
            }
        ):
            continue  # "Guten Morgen" / a capitalised "Morgen" opening a line is the morning
        if word in {"mañana", "manana"} and re.search(
            r"(?:la|de)\s*$", text[max(0, m.start() - 8) : m.start()], _FLAGS
        ):
            continue  # "de la mañana" is the morning (a.m.)
        add(ref + timedelta(days=_RELATIVE_DAYS[word]), m.start(), m.end(), relative=True)
    for m in _scan_if(_DATE_WEEKDAY, text, blocks, low, words):
        wd = WEEKDAYS[m["wd"].lower()]
        ahead = (wd - ref.weekday()) % 7
        rel = (m["rel"] or "").lower()
        rel2 = (m["rel2"] or "").lower()
        if ahead == 0 and (rel.startswith(("next", "nächst", "naechst", "kommend", "el pr", "pr")) or rel2):
            ahead = 7
        if rel2 == "next week" and ahead < 7:
            ahead += 7 if ahead == 0 else 0
        add(ref + timedelta(days=ahead), m.start(), m.end(), relative=True, weekday_only=True)
    hits.sort(key=lambda h: h.start)
    return hits


@dataclass(frozen=True)
class _TimeHit:
    start_min: int
    end_min: int | None
    start: int
    end: int
    zone: str | None
    zone_label: str | None
    offset: timedelta | None


def _hour(h: int, ampm: str | None) -> int | None:
    if ampm:
        if not 1 <= h <= 12:
            return None
        pm = ampm.lower().startswith("p")
        return (h % 12) + (12 if pm else 0)
    return h if 0 <= h <= 23 else None


def _find_times(text: str, blocks: list[tuple[int, int]] | None = None) -> list[_TimeHit]:
    if blocks is None:
        blocks = _blocks(text)
    hits: list[_TimeHit] = []
    for m in _scan(_TIME, text, blocks):
        h1 = int(m["h1"])
        has_minutes = m["m1"] is not None
        ap1, ap2 = m["ap1"], m["ap2"]
        marked = bool(has_minutes or ap1 or ap2 or m["hh1"] or m["u1"] or m["u2"])
        if not marked:
            # A bare number is an hour only after a preposition: "at 3", "à 15", "um 15".
            if not m["prep"] or m["prep"].lower() in {"de", "for", "from", "between", "von"}:
                continue
            if m["h2"] is None and not (1 <= h1 <= 23):
                continue
        if has_minutes and ":" not in m.group(0) and "h" not in m.group(0).lower() and not (ap1 or ap2 or m["u1"]):
            continue  # "3.45" with no am/pm or Uhr is a number, not a time
        if m["h2"] is not None and m["m2"] is None and not (ap2 or m["hh2"] or m["u2"]) and not marked:
            continue
        start_ampm = ap1 or (ap2 if m["h2"] is not None else None)
        hour1 = _hour(h1, start_ampm)
        if start_ampm and not ap1 and m["h2"] is not None and hour1 is not None:
            h2_val = _hour(int(m["h2"]), ap2)
            if h2_val is not None and hour1 > h2_val:
                hour1 -= 12  # "11:30 – 12:15 PM": the start is in the morning
        if hour1 is None:
            continue
        if not start_ampm and not has_minutes and not m["hh1"] and not m["u1"] and 1 <= h1 <= 6:
            hour1 = h1 + 12  # "at 3" in job mail is 3 PM: interviews happen in working hours
        start_min = hour1 * 60 + int(m["m1"] or 0)
        end_min: int | None = None
        if m["h2"] is not None:
            hour2 = _hour(int(m["h2"]), ap2 or (ap1 if ap1 and not ap2 else None))
            if hour2 is not None:
                if hour2 * 60 < start_min and not ap2 and hour2 + 12 <= 23:
                    hour2 += 12
                end_min = hour2 * 60 + int(m["m2"] or 0)
                if end_min <= start_min or end_min - start_min > 8 * 60:
                    end_min = None
        zone, label, offset, zend = read_zone(text, m.end())
        hits.append(_TimeHit(start_min, end_min, m.start(), zend, zone, label, offset))
    for m in _scan_if(_NOON, text, blocks, *_block_words(text, blocks)):
        if not any(h.start <= m.start() < h.end for h in hits):
            zone, label, offset, zend = read_zone(text, m.end())
            hits.append(_TimeHit(12 * 60, None, m.start(), zend, zone, label, offset))
    hits.sort(key=lambda h: h.start)
    return hits


def _pair(time: _TimeHit, dates: list[_DateHit], text: str) -> _DateHit | None:
    """Pick the date a time belongs to: the same line first (before, then after), else the line above."""
    line_start = text.rfind("\n", 0, time.start) + 1
    line_end = text.find("\n", time.end)
    line_end = len(text) if line_end < 0 else line_end
    before = [d for d in dates if line_start <= d.end <= time.start and time.start - d.end <= 60]
    if before:
        return before[-1]
    after = [d for d in dates if time.end <= d.start <= line_end and d.start - time.end <= 40]
    if after:
        return after[0]
    # A label table ("Date: ...\nTime: ..."), possibly with blank lines between rows (HTML tables);
    # a schedule's rows ("9:00 AM - 9:45 AM | Grace Kim") under the day they belong to, a header between.
    row = not text[line_start : time.start].strip()
    prev_line_start = line_start
    for _ in range(5 if row else 3):
        prev_line_start = text.rfind("\n", 0, max(0, prev_line_start - 1)) + 1
    reach = 260 if row else 160
    above = [d for d in dates if prev_line_start <= d.start and d.end <= line_start and time.start - d.end <= reach]
    if above:
        return above[-1]
    return None


def find_times(
    text: str,
    *,
    reference: datetime,
    default_zone: tzinfo,
    default_zone_name: str | None,
    default_zone_note: str,
    dayfirst: bool = False,
) -> list[TimeMention]:
    """Find every date-with-time phrase in `text`, resolved against `reference` (tz-aware).

    A time with no zone of its own takes `default_zone`; `zone_note` in each mention says which
    rule gave the zone, for the Event's evidence. Never raises.
    """
    try:
        return _find_times_unchecked(text, reference, default_zone, default_zone_name, default_zone_note, dayfirst)
    except (ValueError, OverflowError, IndexError, KeyError):
        return []


def _find_times_unchecked(
    text: str,
    reference: datetime,
    default_zone: tzinfo,
    default_zone_name: str | None,
    default_zone_note: str,
    dayfirst: bool,
) -> list[TimeMention]:
    ref_local = reference.astimezone(default_zone)
    blocks = _blocks(text)
    if not blocks:
        return []
    dates = _find_dates(text, ref_local.date(), dayfirst, blocks)
    if not dates:
        return []
    mentions: list[TimeMention] = []
    for t in _find_times(text, blocks):
        d = _pair(t, dates, text)
        if d is None or d.day is None:
            continue
        tz: tzinfo
        zone_name: str | None
        if t.zone and (named := zone_named(t.zone)) is not None:
            tz, zone_name = named, t.zone
            note = f"zone {t.zone_label}={t.zone} (policy)" if t.zone_label != t.zone else f"zone {t.zone}"
        elif t.offset is not None:
            tz, zone_name = timezone(t.offset), None
            note = f"zone {t.zone_label} (offset in text)"
        else:
            tz, zone_name, note = default_zone, default_zone_name, default_zone_note
        day = d.day
        if d.relative and tz is not default_zone:
            day = (reference.astimezone(tz).date() - ref_local.date()) + day
        start = datetime(day.year, day.month, day.day, t.start_min // 60, t.start_min % 60, tzinfo=tz)
        end = None
        if t.end_min is not None:
            end = datetime(day.year, day.month, day.day, t.end_min // 60, t.end_min % 60, tzinfo=tz)
        a, b = min(d.start, t.start), max(d.end, t.end)
        mentions.append(
            TimeMention(
                start=start,
                end=end,
                zone=zone_name,
                zone_note=note,
                text=" ".join(text[a:b].split())[:80],
                position=a,
                relative=d.relative,
            )
        )
    return mentions


def find_dates_only(text: str, *, reference: date, dayfirst: bool = False) -> list[tuple[date, int]]:
    """Return (date, position) for every calendar date written in `text` (no time needed)."""
    try:
        return [(d.day, d.start) for d in _find_dates(text, reference, dayfirst) if d.day and not d.weekday_only]
    except (ValueError, OverflowError):
        return []
