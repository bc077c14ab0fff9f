"""Pure: which zone a time's words name, and the policy for ambiguous abbreviations.

Owns `ZONE_ABBREVIATIONS` (docs/detection.md mirrors it), reading the zone written right after
a time (an abbreviation, an offset, an IANA name, a city's clock, Outlook's offset and city list)
and finding the IANA zone named after a city.

Must not: find dates or times; detect.times does, and asks here what zone follows one.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_FLAGS = re.IGNORECASE | re.UNICODE

# ---------------------------------------------------------------------------------------------
# Zone policy. An abbreviation names a *region's wall clock*, not a fixed offset: "3 PM EST"
# written in July means 3 PM in New York (EDT), which is what the sender meant in practice.
# Ambiguous abbreviations take the reading most common in job mail (CST = US Central, not China;
# IST = India, not Ireland or Israel; BST = British Summer Time). docs/detection.md mirrors this.
# ---------------------------------------------------------------------------------------------
ZONE_ABBREVIATIONS: dict[str, str] = {
    "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
    "EASTERN": "America/New_York", "EASTERN TIME": "America/New_York", "NEW YORK TIME": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago", "CT": "America/Chicago",
    "CENTRAL": "America/Chicago", "CENTRAL TIME": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver", "MT": "America/Denver",
    "MOUNTAIN": "America/Denver", "MOUNTAIN TIME": "America/Denver",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
    "PACIFIC": "America/Los_Angeles", "PACIFIC TIME": "America/Los_Angeles",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
    "EASTERN STANDARD TIME": "America/New_York", "EASTERN DAYLIGHT TIME": "America/New_York",
    "CENTRAL STANDARD TIME": "America/Chicago", "CENTRAL DAYLIGHT TIME": "America/Chicago",
    "MOUNTAIN STANDARD TIME": "America/Denver", "MOUNTAIN DAYLIGHT TIME": "America/Denver",
    "PACIFIC STANDARD TIME": "America/Los_Angeles", "PACIFIC DAYLIGHT TIME": "America/Los_Angeles",
    "GMT": "UTC", "UTC": "UTC", "Z": "UTC",
    "BST": "Europe/London", "UK": "Europe/London", "UK TIME": "Europe/London", "LONDON TIME": "Europe/London",
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
    "CET": "Europe/Paris", "CEST": "Europe/Paris", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
    "CENTRAL EUROPEAN TIME": "Europe/Paris", "PARIS TIME": "Europe/Paris", "HEURE DE PARIS": "Europe/Paris",
    "BERLIN TIME": "Europe/Berlin", "MADRID TIME": "Europe/Madrid", "HORA DE MADRID": "Europe/Madrid",
    "HORA PENINSULAR": "Europe/Madrid",
    "EET": "Europe/Helsinki", "EEST": "Europe/Helsinki", "MSK": "Europe/Moscow",
    "IST": "Asia/Kolkata", "GST": "Asia/Dubai", "PKT": "Asia/Karachi",
    "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong", "JST": "Asia/Tokyo", "KST": "Asia/Seoul",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide", "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "BRT": "America/Sao_Paulo",
    "SAST": "Africa/Johannesburg", "WAT": "Africa/Lagos", "CAT": "Africa/Maputo", "EAT": "Africa/Nairobi",
    "WIB": "Asia/Jakarta", "PHT": "Asia/Manila", "ICT": "Asia/Bangkok",
    "INDIA STANDARD TIME": "Asia/Kolkata", "JAPAN STANDARD TIME": "Asia/Tokyo",
    "GREENWICH MEAN TIME": "UTC", "BRITISH SUMMER TIME": "Europe/London",
    "CENTRAL EUROPEAN SUMMER TIME": "Europe/Paris", "EASTERN EUROPEAN TIME": "Europe/Helsinki",
    "AUSTRALIAN EASTERN STANDARD TIME": "Australia/Sydney", "AUSTRALIAN EASTERN DAYLIGHT TIME": "Australia/Sydney",
}  # fmt: skip

_ZONE_NAMES_RE = "|".join(re.escape(k) for k in sorted(ZONE_ABBREVIATIONS, key=len, reverse=True) if k != "Z")


_ZONE = re.compile(
    r"\s*[\(\[]?\s*(?:"
    r"(?P<off>(?:GMT|UTC)\s?(?P<sign>[+\-−–])\s?(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?)"
    r"|(?P<iana>(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian)/[A-Za-z_]+(?:/[A-Za-z_]+)?)"
    rf"|(?P<name>(?:{_ZONE_NAMES_RE}))(?![A-Za-z])"
    r")",
    re.UNICODE,
)
_ZONE_CI = re.compile(_ZONE.pattern, _FLAGS)
# A city's clock: "Sydney time", "9:30 Singapore local time", "(hora de Bogotá)", "heure de Montréal".
_CITY = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ]+){0,2}"
_CITY_TIME = re.compile(
    rf"\s*[\(\[]?\s*(?:(?:heure|hora|horario) de\s+(?P<c1>{_CITY})|(?P<c2>{_CITY})\s+(?:local\s+)?(?:time|Zeit)\b)"
)
_CITY_LIST = re.compile(rf"[ \t]*(?P<list>{_CITY}(?:[ \t]*,[ \t]*{_CITY}){{0,6}})")
# A unit between a time and its zone: "10:00 hrs IST", "10:00 h (hora de Madrid)".
_HOURS_UNIT = re.compile(r"\s*(?:hrs?|hours|h)\b\.?", re.IGNORECASE)
_ZONE_REGIONS = ("America", "Europe", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian")


@lru_cache(maxsize=256)
def zone_named(name: str) -> tzinfo | None:
    """Return the tzinfo for an IANA name, or None when tzdata does not know it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


@lru_cache(maxsize=256)
def zone_of_city(city: str) -> str | None:
    """Return the IANA zone named after a city ("Los Angeles" → America/Los_Angeles), or None."""
    plain = unicodedata.normalize("NFKD", city).encode("ascii", "ignore").decode("ascii")
    key = "_".join(plain.replace("-", " ").split())
    if not key:
        return None
    for region in _ZONE_REGIONS:
        name = f"{region}/{key}"
        if zone_named(name) is not None:
            return name
    return None


def zone_for_abbreviation(text: str) -> str | None:
    """Return the IANA zone the policy gives a zone abbreviation or name, or None."""
    return ZONE_ABBREVIATIONS.get(" ".join(text.upper().split()))


def read_zone(text: str, at: int) -> tuple[str | None, str | None, timedelta | None, int]:
    """Read a zone written right after a time: ET, (GMT-05:00) Eastern Time, Europe/Paris."""
    zone: str | None = None
    label: str | None = None
    offset: timedelta | None = None
    end = at
    unit = _HOURS_UNIT.match(text, end)
    for _ in range(2):
        m = _ZONE.match(text, end) or _ZONE_CI.match(text, end)
        if not m and unit is not None and end == at:
            m = _ZONE.match(text, unit.end()) or _ZONE_CI.match(text, unit.end())
        if not m:
            city = _CITY_TIME.match(text, end if unit is None or end != at else unit.end())
            named = zone_of_city(city["c1"] or city["c2"]) if city is not None else None
            if city is None and offset is not None and (cities := _CITY_LIST.match(text, end)) is not None:
                # Outlook: "(UTC+10:00) Canberra, Melbourne, Sydney" is the standard offset; the
                # cities' clock says whether summer time is on.
                named = next(filter(None, map(zone_of_city, cities["list"].split(","))), None)
                city = cities
            if city is not None and named is not None:
                zone, label, end = named, city.group(0).strip(" ([)]"), city.end()
                close = re.match(r"\s*[\)\]]", text[end : end + 3])
                end += close.end() if close else 0
            break
        if m["name"] and m.re is _ZONE_CI and len(m["name"]) <= 3 and m["name"] != m["name"].upper():
            break  # "at" / "et" / "pt" in running text are words, not zones, unless upper-case
        if m["off"]:
            sign = -1 if m["sign"] != "+" else 1
            offset = sign * timedelta(hours=int(m["oh"]), minutes=int(m["om"] or 0))
            label = label or m["off"]
        elif m["iana"] and zone_named(m["iana"]) is not None:
            zone, label = m["iana"], m["iana"]
        elif m["name"]:
            named = zone_for_abbreviation(m["name"])
            if named is None:
                break
            zone, label = named, m["name"]
        end = m.end()
        close = re.match(r"\s*[\)\]]", text[end : end + 3])
        if close:
            end += close.end()
        if zone:
            break
    return zone, label, offset, end
