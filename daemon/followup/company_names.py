"""Pure: the one company-name normaliser, shared by detection and tracking.

Owns which legal-form suffixes are not part of a company's name ("Acme Robotics, Inc." is
"Acme Robotics") and the comparison key tracking uses to tell whether two mails name the same
company. Everything else in a name is kept whole: "Swiss Re", "Wattle & Co", "Wayne Enterprises".

Must not: guess a company from anything but the name it is given.
"""

from __future__ import annotations

import re

# A legal form at the very end, after a comma or a space. "Co" only with its dot: "Wattle & Co"
# is the name itself, "Acme Co." is Acme.
_LEGAL_SUFFIX = re.compile(
    r"[,\s]+(?:Inc|LLC|L\.L\.C|LLP|Ltd|Limited|GmbH|AG|SAS|S\.A\.S|SA|S\.A|SARL|S\.L|SL|Corp|Corporation|Co\.|plc|"
    r"B\.V|BV|Pty\.? Ltd|Pte\.? Ltd|Pvt\.? Ltd|KG|SE|NV|N\.V|Oy|AB|AS|A/S|ApS|S\.p\.A|SpA|S\.r\.l|Srl|Kft|"
    r"Sp\. z o\.o)\.?$",
    re.IGNORECASE,
)


def drop_legal_suffix(name: str) -> str:
    """Return a company name without its legal form ("Acme Robotics, Inc." → "Acme Robotics")."""
    return _LEGAL_SUFFIX.sub("", name.strip()).strip(" ,")


def company_key(name: str | None) -> str:
    """Return a company name for comparison: case-folded, spaces collapsed, legal form dropped."""
    text = " ".join((name or "").split()).strip(" .,")
    return drop_legal_suffix(text).casefold().strip(" .,")
