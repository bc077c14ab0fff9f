"""Hypothesis strategies the property tests share: text, people, instants, durations, prose.

One definition each, so that two tests of the same value draw it the same way.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from hypothesis import strategies as st

from followup.model import Person
from followup.spec import Duration

# Any text a mail or a store may carry, minus what no column or header can hold.
text = st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=40)
optional_text = st.none() | text
emails = st.from_regex(r"[a-z]{1,10}(\.[a-z]{1,8})?@[a-z]{1,10}\.example", fullmatch=True)
people = st.builds(Person, name=optional_text, email=emails)

# Plain prose: lower-case words, sentences, paragraphs.
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
sentences = st.lists(words, min_size=2, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")
bodies = st.lists(sentences, min_size=1, max_size=4).map(lambda lines: "\n".join(lines))

# Delays a rule may ask for: minutes, days, business days.
delays = st.one_of(
    st.integers(0, 72 * 60).map(lambda m: Duration(seconds=m * 60.0)),
    st.integers(0, 15).map(lambda d: Duration(seconds=d * 86400.0)),
    st.integers(0, 15).map(lambda d: Duration(business_days=d)),
)


def instants(
    first: datetime, last: datetime, zones: st.SearchStrategy[tzinfo] | None = None
) -> st.SearchStrategy[datetime]:
    """tz-aware instants between two naive bounds, in one of `zones` (UTC when None)."""
    return st.datetimes(min_value=first, max_value=last, timezones=zones if zones is not None else st.just(UTC))
