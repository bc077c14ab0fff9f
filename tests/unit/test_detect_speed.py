"""Detection's literal pre-checks change only the speed: every result stays the same.

Each shortcut is compared with the plain computation it replaces, on the text of every mail
under tests/data (the labelled corpora, the public corpus, the demo) and on edge cases.
"""

from __future__ import annotations

import email
import re
from functools import cache
from pathlib import Path

import icalendar
import pytest

from followup import forwards, ics
from followup.detect import company, cues, gated, orgplaces, purpose, sentences, signals
from followup.detect import text as detect_text
from followup.detect.text import FLAGS, drop_boilerplate, reflow
from followup.htmltext import html_to_text
from followup.parse import parse_message
from followup.quoting import quote_level, unquote

DATA = Path(__file__).resolve().parents[1] / "data"
TABLES = {
    **{f"STRONG[{k}]": g for k, g in cues.STRONG.items()},
    "JOB": signals.JOB, "INTERVIEW": signals.INTERVIEW, "BULK": signals.BULK, "OUTREACH": signals.OUTREACH,
    "SLOT_PICK": signals.SLOT_PICK,
    "NOT_HIRING": purpose.NOT_HIRING,
    "RITUALS": purpose.RITUALS,
    "COMMERCE": purpose.COMMERCE,
    "LEARNING": purpose.LEARNING,
    **{f"WEAK[{k}]": g for k, g in cues.WEAK.items()},
}  # fmt: skip


@cache
def corpus_texts() -> tuple[str, ...]:
    texts: list[str] = []
    for path in sorted(DATA.rglob("*.eml")):
        message = parse_message(path.read_bytes(), path.name)
        texts += [message.subject, message.text, reflow(message.text), *message.calendars]
    texts += ["", "x" * 700, "Interview\n" * 80, "We regret to inform\nyou that the position has been filled " * 20]
    return tuple(t for t in texts if t is not None)


def test_the_corpus_is_there() -> None:
    assert len(corpus_texts()) > 400


def _plain_finditer(table: gated.Gated, text: str) -> list[tuple[int, int]]:
    """The same table without literal pre-checks: every phrase, on every line holding a gate."""
    low = text.lower()
    if len(text) < 600:
        return [m.span() for m in table.rx.finditer(text)] if any(g in low for g in table.gates) else []
    lines: list[tuple[int, int]] = []
    start = 0
    for line in low.split("\n"):
        if any(g in line for g in table.gates):
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return [m.span() for a, b in lines for m in table.rx.finditer(text, a, b)]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_phrase_table_finds_what_its_plain_pattern_finds(name: str) -> None:
    table = TABLES[name]
    for text in corpus_texts():
        assert [m.span() for m in table.finditer(text)] == _plain_finditer(table, text), (name, text[:80])


@cache
def matched_texts(name: str) -> tuple[str, ...]:
    """The corpus texts a table's whole alternation (or a family) matches: the only ones any of
    its phrases can match, since an alternation matches wherever one alternative does."""
    pattern = TABLES[name].rx if name in TABLES else FAMILIES[name]
    return tuple(text for text in corpus_texts() if pattern.search(text))


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_phrase_never_matches_text_without_its_required_literal(name: str) -> None:
    table = TABLES[name]
    for part, literal in zip(table.parts, table.literals, strict=True):
        if not literal:
            continue
        compiled = re.compile(part, FLAGS)
        for text in matched_texts(name):
            if compiled.search(text):
                assert literal in text.lower(), (part, literal)


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"\bthank(?:s| you) for (?:applying|your application)\b", "thank"),
        (r"\bposition has (?:now )?been filled\b", "position has "),
        (r"\bleider\b[^.\n]{0,40}\bmitteilen\b", "mitteilen"),
        (r"\bjob offer\b(?! alert)", "job offer"),
        (r"\bapplications?\b", "application"),
        (r"\bwe\.com\b", "we.com"),
        (r"a|b", ""),
        (r"\b(?:Vertragsangebot|Jobangebot)\b", ""),
        (r"^invitation:", "invitation:"),
    ],
)
def test_required_literal_reads_the_pattern(pattern: str, literal: str) -> None:
    assert gated.required_literal(pattern) == literal


S, E = gated.WORD_START, gated.WORD_END


@cache
def _plainly(literal: str) -> re.Pattern[str]:
    core = literal.removeprefix(S).removesuffix(E)
    head = r"(?<!\w)" if literal.startswith(S) else ""
    tail = r"(?!\w)" if literal.endswith(E) else ""
    return re.compile(head + re.escape(core) + tail)


def _holds(low: str, literal: str) -> bool:
    """A clause literal read plainly: its text, a word starting or ending at its marks."""
    if literal.removeprefix(S).removesuffix(E) not in low:
        return False
    return _plainly(literal).search(low) is not None


FAMILIES = {f"family {rx.pattern[:40]}": rx for rx, _ in sentences._FAMILIES}
# Patterns searched only when `gated.may_match` says they can match.
FAMILIES |= {
    f"searched after may_match {rx.pattern[:40]}": rx
    for rx in (
        *orgplaces._SIGNATURE_COMPANY,
        *(p for p, _ in company._COMPANY_PATTERNS),
        detect_text._BOILERPLATE_SENTENCE,
        detect_text._BOILERPLATE_LINE,
        sentences._OFFER_TERMS,
    )
}


@pytest.mark.parametrize("name", sorted(TABLES) + sorted(FAMILIES))
def test_a_phrase_never_matches_text_lacking_every_choice_of_one_of_its_clauses(name: str) -> None:
    pairs = (
        [(re.compile(p, FLAGS), clauses) for p, clauses in zip(TABLES[name].parts, TABLES[name].clauses, strict=True)]
        if name in TABLES
        else [(FAMILIES[name], gated.required_clauses(FAMILIES[name].pattern))]
    )
    for compiled, clauses in pairs:
        part = compiled.pattern
        for text in matched_texts(name):
            if compiled.search(text):
                low = text.lower()
                assert all(any(_holds(low, lit) for lit in clause) for clause in clauses), (part, clauses)


@pytest.mark.parametrize(
    ("pattern", "clauses"),
    [
        (r"\bjob offer\b(?! alert)", [(f"{S}job offer{E}",)]),
        (
            r"\bthank(?:s| you) for (?:applying|your application)\b",
            [(f"{S}thank you for applying{E}", f"{S}thank you for your application{E}", f"{S}thanks for applying{E}",
              f"{S}thanks for your application{E}")],
        ),
        (r"\bapplica(?:tion|nt)s?\b", [(f"{S}applicant", f"{S}application")]),
        (r"\bposition\b[^.\n]{0,40}\b(?:filled|closed)\b", [(f"{S}position{E}",), (f"{S}closed{E}", f"{S}filled{E}")]),
        (r"\b(?:not|no longer|(?:won|can)['\u2019]t)\b", [(f"{S}can't{E}", f"{S}can\u2019t{E}", f"{S}no longer{E}",
                                                          f"{S}not{E}", f"{S}won't{E}", f"{S}won\u2019t{E}")]),
        (r"\b(?:not|\w+ed) off\b", [(f"{S}not", "ed"), (f" off{E}",)]),
        (r"\b(?:not\w*|\w+ed) off\b", [(f"{S}not", "ed"), (f" off{E}",)]),
        (r"^invitation:", [(f"{S}invitation:",)]),
        (r"\b, and\b", [(", and" + E,)]),
        (r"a(?:bc)+d", [("bc",)]),
        (r"x(?:yz)?w", []),
        (r"\b(?:re)?schedul\w*", [("schedul",)]),
        (r"[A-Z]\w+ (?:is|was) hired", [(f" is hired{E}"[:-1], f" was hired{E}"[:-1])]),
        (r"(", []),
    ],
)  # fmt: skip
def test_required_clauses_read_the_pattern(pattern: str, clauses: list[tuple[str, ...]]) -> None:
    assert sorted(gated.required_clauses(pattern)) == sorted(clauses)


def test_has_literal_answers_as_a_plain_search_does() -> None:
    literals = {lit for table in TABLES.values() for clauses in table.clauses for c in clauses for lit in c}
    literals |= {lit for rx in FAMILIES.values() for c in gated.required_clauses(rx.pattern) for lit in c}
    literals |= {g for table in TABLES.values() for g in table.gates} | {"", "x", "é", "a b", "n't", f"{S}cv{E}"}
    long_texts = ("Job offers, n't   INTERVIEWS; café, CV\n" * 60, "é" * 1500)
    assert any(len(t) > 1000 for t in corpus_texts())  # long enough to be read by their words
    # What each literal is, read once: its text, whether it is marked, whether it is one word.
    cores = {lit: lit.removeprefix(S).removesuffix(E) for lit in literals}
    read = [(lit, core, core != lit, re.fullmatch(r"\w+", core) is not None) for lit, core in sorted(cores.items())]
    for text in (*corpus_texts(), *long_texts):
        low = text.lower()
        for lit, core, marked, wordy in read:
            plain = core in low and (not marked or _plainly(lit).search(low) is not None)  # as `_holds`
            if not marked or (wordy and len(low) >= 1000):
                assert gated.has_literal(low, lit) == plain, (lit, text[:60])
            else:  # a mark is read on long text and a word only: elsewhere the test is looser, never stricter
                assert gated.has_literal(low, lit) or not plain, (lit, text[:60])


def test_a_word_starting_literal_is_in_text_only_when_its_head_is_among_the_word_heads() -> None:
    literals = {lit for table in TABLES.values() for clauses in table.clauses for c in clauses for lit in c}
    literals |= {lit for rx in FAMILIES.values() for c in gated.required_clauses(rx.pattern) for lit in c}
    literals |= {f"{S}a{E}", f"{S}we've", f"{S}e-mail", f"{S}go", f"{S}24 hours", f"{S}café{E}"}
    headed = {lit: head for lit in literals if (head := gated._head(lit)) is not None}
    assert len(headed) > 200 and gated._head(f"{S}go") is None and gated._head("interview") is None
    edges = ("We've a café, e-mail: go 24 hours", "İnterview_x Ⅻ", "x" * 10 + " a\tb\x1fc")
    for text in (*corpus_texts(), *edges):
        low = text.lower()
        heads = gated.word_heads(low)
        for lit, head in headed.items():
            if _holds(low, lit):
                assert head in heads, (lit, text[:60])


_OLD_FLOW = re.compile(r"(?<=[^\n]{50})\n(?=[^\n\s>])")


def test_reflow_joins_exactly_the_lines_the_lookbehind_pattern_joined() -> None:
    edge = [
        "a" * 50 + "\nb",
        "a" * 49 + "\nb",
        "a" * 50 + "\n b",
        "a" * 50 + "\n>b",
        "a" * 50 + "\n\nb",
        "a" * 60 + "\n",
    ]
    for text in (*corpus_texts(), *edge):
        assert reflow(text) == _OLD_FLOW.sub(" ", text)


def test_boilerplate_patterns_cannot_match_text_without_one_of_their_words() -> None:
    for text in corpus_texts():
        low = text.lower()
        if not any(word in low for word in detect_text._BOILERPLATE_WORDS):
            assert detect_text._BOILERPLATE_SENTENCE.search(text) is None
            assert detect_text._BOILERPLATE_LINE.search(text) is None
            assert drop_boilerplate(text) == text
    assert drop_boilerplate("Confirmed.\nIf you need to reschedule, reply here.\nSee you") == "Confirmed.\n \nSee you"


def test_calendars_read_the_same_without_the_timezone_definitions_tzdata_knows() -> None:
    calendars = [t for t in corpus_texts() if "BEGIN:VTIMEZONE" in t]
    assert calendars
    for text in calendars:
        plain = []
        for cal in icalendar.Calendar.from_ical(text, multiple=True):
            method = cal.get("METHOD")
            for event in cal.walk("VEVENT"):
                plain.append(ics._read_event(event, str(method).upper() if method else None))
        assert list(ics.read_calendar(text)) == plain


def test_a_timezone_tzdata_does_not_know_keeps_its_definition() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VTIMEZONE\r\nTZID:Custom Office Time\r\n"
        "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\n"
        "END:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:x@y\r\n"
        "DTSTART;TZID=Custom Office Time:20261208T150000\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (invite,) = ics.read_calendar(text)
    assert invite.start is not None
    offset = invite.start.utcoffset()
    assert offset is not None and offset.total_seconds() == 3 * 3600


def test_company_patterns_never_match_text_without_one_of_their_words() -> None:
    from followup.detect import company

    for (pattern, _), needed in zip(company._COMPANY_PATTERNS, company._COMPANY_GATES, strict=True):
        for text in corpus_texts():
            if pattern.search(text):
                assert any(w in text.lower() for w in needed), (pattern.pattern[:60], needed)


def test_role_patterns_never_match_text_without_one_of_their_words() -> None:
    from followup.detect import role

    for (pattern, _), needed in zip(role._ROLE_PATTERNS, role._ROLE_GATES, strict=True):
        for text in corpus_texts():
            if pattern.search(text):
                assert any(w in text.lower() for w in needed), (pattern.pattern[:60], needed)


def test_sentence_families_never_match_text_without_one_of_their_words() -> None:
    from followup.detect import sentences

    for family, needed in sentences._FAMILIES:
        for text in corpus_texts():
            if family.search(text):
                assert any(w in text.lower() for w in needed), (family.pattern[:60], needed)


_NAMED_PARTS = (
    b'Content-Type: text/calendar; method=REQUEST\nContent-Disposition: attachment; filename="Invite.ICS"\n\nx',
    b"Content-Type: application/octet-stream; NAME=invite.ics\n\nx",
    b"Content-Type: application/octet-stream\nContent-Disposition: attachment;\n"
    b" filename*=UTF-8''r%C3%A9union.ics\n\nx",
    b"Content-Type: application/octet-stream;\n name*0=inv; name*1=ite.vcs\n\nx",
    b"Content-Type: text/plain; charset=utf-8\n\nx",
    b"Content-Disposition: inline\n\nx",
)


def test_a_part_whose_headers_name_no_file_has_no_file_name() -> None:
    import email
    from email.message import Message as MimeMessage

    from followup.parse import _filename

    parts: list[MimeMessage] = [email.message_from_bytes(raw) for raw in _NAMED_PARTS]
    for path in sorted(DATA.rglob("*.eml")):
        parts += list(email.message_from_bytes(path.read_bytes()).walk())
    assert sum(1 for p in parts if p.get_filename()) >= 5
    for part in parts:
        assert _filename(part) == (part.get_filename() or "").lower(), part.items()


def test_ascii_text_splits_into_the_words_the_word_pattern_finds() -> None:
    edges = ["a_b-c\x1fd\x0be 12x;\tq", "".join(map(chr, range(128)))]
    texts = [t.lower() for t in corpus_texts() if t.isascii()] + edges
    assert len(texts) > 100
    for low in texts:
        assert set(low.translate(gated._ASCII_GAPS).split()) == set(re.findall(r"\w+", low))


def test_date_patterns_are_searched_whenever_they_can_match() -> None:
    from followup.detect import times

    edges = [
        "Tuesday, Dec. 8th at 3pm", "8Dec2026 at 10:00", "le 8 décembre à 15h", "mardi 8 DÉCEMBRE", "8thdec 2026",
        "8º de diciembre", "am 8. März um 15 Uhr", "on 12/08 at noon", "15-12-2026", "MEDIODÍA el jueves",
    ]  # fmt: skip
    guarded = (times._DATE_MDY, times._DATE_DMY, times._DATE_NUM, times._DATE_WEEKDAY, times._NOON)
    found = dict.fromkeys(guarded, 0)
    for text in (*corpus_texts(), *edges):
        blocks = times._blocks(text)
        low, words = times._block_words(text, blocks)
        for rx in guarded:
            if times._scan(rx, text, blocks):
                found[rx] += 1
                assert times._can_match(rx, low, words), (rx.pattern[:40], text[:80])
    assert all(found.values()), found


@cache
def written_texts() -> tuple[str, ...]:
    """The text parts of every mail as written, before any forward is unwrapped, html as read."""
    texts: list[str] = []
    for path in sorted(DATA.rglob("*.eml")):
        for part in email.message_from_bytes(path.read_bytes()).walk():
            payload = part.get_payload(decode=True)
            if part.get_content_maintype() == "text" and isinstance(payload, bytes):
                content = payload.decode("utf-8", "replace")
                texts += [content, html_to_text(content)] if part.get_content_subtype() == "html" else [content]
    return tuple(texts)


def test_every_line_that_can_open_a_forward_block_passes_the_line_check() -> None:
    openers = (forwards._BEGIN_RE, forwards._SEP_RE, forwards._RULE_RE, forwards._HEADER_RE, forwards._ON_WROTE_RE)
    edge = ["> > Begin forwarded message", "\tForwarded message", "  ________________", "> -- Original --"]
    edge.append("\u3000転送されたメッセージ")
    lines = [*edge, *(line for t in written_texts() for line in forwards._normalize(t).split("\n"))]
    openings = 0
    for raw in lines:
        line = unquote(raw, quote_level(raw)).strip()
        if any(rx.match(line) for rx in openers):
            openings += 1
            assert forwards._may_open_block(raw), raw
    assert openings > 300


# Texts at the edges of the words of a family cut into its alternatives.
_FAMILY_EDGES = (
    "The test was not successfully run.",
    "We regret to inform you the interview is moved.",
    "unsuccessfully",
    "It's a no.",
    "It's a nope",
    "we will pass on this",
    "passed",
    "Your profile doesn't quite match what we need.",
)


def test_each_family_is_found_exactly_where_its_pattern_matches() -> None:
    texts = (*corpus_texts(), *_FAMILY_EDGES)
    for family, _ in sentences._FAMILIES:
        searched = sentences._SEARCHED[family]
        for text in texts:
            found = family.search(text) is not None
            assert searched.found(text, text.lower()) == found, (family.pattern[:60], text[:80])


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"\b(?:a|b)\b", (r"\b(?:a)\b", r"\b(?:b)\b")),
        (r"(?:a|b(?:c|d))", ("(?:a)", "(?:b(?:c|d))")),
        (r"\b(?:a|b)", (r"\b(?:a|b)",)),
        (r"\b(?:a|c)(?:b|d)\b", (r"\b(?:a|c)(?:b|d)\b",)),
        (r"\b(?:a|[)|]|\))\b", (r"\b(?:a)\b", r"\b(?:[)|])\b", r"\b(?:\))\b")),
        (r"\b(?:(a)|\1)\b", (r"\b(?:(a)|\1)\b",)),
        (r"\b(?:a|b)x\b", (r"\b(?:a|b)x\b",)),
    ],
)
def test_a_group_between_word_edges_is_cut_into_its_alternatives(pattern: str, parts: tuple[str, ...]) -> None:
    assert gated._distributed(pattern) == parts
