"""Write the detection corpus: dev/NAME.eml + NAME.expected.json and frozen/... for every case.

Run from the repository root: `.venv/bin/python tests/data/detection/build.py`.

The cases live in cases_*.py (one original message each: its headers, body, calendar part and the
label a careful human gives it). This script wraps each original in the shape it reaches the
watched mailbox in (sent straight to the owner, forwarded inline by Gmail, Outlook on the web,
Outlook desktop, Apple Mail or Thunderbird, forwarded as a message/rfc822 attachment, HTML-only,
forwarded twice) and writes it into the split that split.json assigns it. A case not yet in
split.json is assigned by split.py (stratified by kind, fixed seed) and written there; a case
already assigned never moves. Output is deterministic: fixed boundaries and Message-IDs.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import sys
from datetime import datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import OWNER, OWNER_NAME, OWNER_ZONE, WATCHED, Case  # noqa: E402
from split import assign  # noqa: E402

import cases_cancel_offer  # noqa: E402,F401
import cases_dev_general  # noqa: E402,F401
import cases_dev_general2  # noqa: E402,F401
import cases_dev_kinds  # noqa: E402,F401
import cases_dev_kinds2  # noqa: E402,F401
import cases_dev_kinds3  # noqa: E402,F401
import cases_dev_kinds4  # noqa: E402,F401
import cases_dev_kinds5  # noqa: E402,F401
import cases_dev_kinds6  # noqa: E402,F401
import cases_dev_people  # noqa: E402,F401
import cases_dev_people2  # noqa: E402,F401
import cases_dev_org  # noqa: E402,F401
import cases_forwarded  # noqa: E402,F401
import cases_interviews  # noqa: E402,F401  (each module appends to common.CASES)
import cases_interviews2  # noqa: E402,F401
import cases_mixed  # noqa: E402,F401
import cases_negatives  # noqa: E402,F401
import cases_negatives2  # noqa: E402,F401
import cases_outcomes  # noqa: E402,F401
import cases_outcomes2  # noqa: E402,F401
import cases_public  # noqa: E402,F401
from common import CASES  # noqa: E402

KINDS = (
    "interview_scheduled", "interview_rescheduled", "interview_cancelled", "application_received",
    "rejection", "offer", "none",
)  # fmt: skip


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _text_to_html(text: str) -> str:
    """Render a plain body the way a web mailer does: one <p> per paragraph, <br> per line."""
    paras = [
        "<p>" + "<br>\n".join(html_lib.escape(ln) for ln in p.split("\n")) + "</p>" for p in text.strip().split("\n\n")
    ]
    return (
        '<html><body><div style="font-family:Arial,sans-serif;font-size:14px">\n'
        + "\n".join(paras)
        + "\n</div></body></html>"
    )


def _html_to_text(markup: str) -> str:
    """A crude text rendering used only for the text part of a forward of an HTML original."""
    text = re.sub(r"(?is)<(script|style).*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>|</li>", "\n", text)
    text = re.sub(r"(?i)</td>", "\t", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html_lib.unescape(text)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _header_lines(case: Case) -> list[str]:
    lines = [
        f"From: {case.frm}",
        f"To: {case.to or f'{OWNER_NAME} <{OWNER}>'}",
        f"Subject: {case.subject}",
        f"Date: {case.date}",
        f"Message-ID: <{case.name}@{case.msgid_host}>",
    ]
    if case.cc:
        lines.append(f"Cc: {case.cc}")
    if case.reply_to:
        lines.append(f"Reply-To: {case.reply_to}")
    for key, value in case.headers.items():
        lines.append(f"{key}: {value}")
    lines.append("MIME-Version: 1.0")
    return lines


def _calendar_parts(case: Case, boundary: str) -> list[str]:
    assert case.ics is not None
    method = case.ics.split("METHOD:", 1)[1].split("\r\n", 1)[0]
    parts = [
        f"--{boundary}",
        f"Content-Type: text/calendar; charset=utf-8; method={method}",
        "Content-Transfer-Encoding: 8bit",
        "",
        case.ics,
    ]
    if case.ics_attachment:
        parts += [
            f"--{boundary}",
            'Content-Type: application/ics; name="invite.ics"',
            'Content-Disposition: attachment; filename="invite.ics"',
            "Content-Transfer-Encoding: 8bit",
            "",
            case.ics,
        ]
    return parts


def _original(case: Case) -> str:
    """The original message as its sender wrote it (RFC 5322 text, CRLF)."""
    heads = _header_lines(case)
    text, markup = case.body, case.html
    if case.shape == "html" and markup is None and text is not None:
        text, markup = None, _text_to_html(text)
    b = f"=_o_{case.name}"
    if text is not None and markup is not None:
        body_parts = [
            f'Content-Type: multipart/alternative; boundary="{b}a"', "",
            f"--{b}a", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text,
            f"--{b}a", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", markup,
            f"--{b}a--",
        ]  # fmt: skip
    elif markup is not None:
        body_parts = ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", markup]
    elif text is not None:
        body_parts = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text]
    else:
        body_parts = []
    if case.ics is None:
        return _crlf("\n".join([*heads, *body_parts, ""]))
    parts = [*heads, f'Content-Type: multipart/mixed; boundary="{b}"', ""]
    if body_parts:
        parts += [f"--{b}", *body_parts]
    parts += _calendar_parts(case, b)
    parts += [f"--{b}--", ""]
    return _crlf("\n".join(parts))


def _sent(case: Case) -> datetime:
    return parsedate_to_datetime(case.date)


_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
_DE_MONTHS = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]


def _forward_header(case: Case, shape: str) -> list[str]:
    """The header block each mail client writes above an inline-forwarded original."""
    sent = _sent(case)
    frm = case.frm
    to = case.to or f"{OWNER_NAME} <{OWNER}>"
    cc = [f"Cc: {case.cc}"] if case.cc else []
    if shape == "gmail":
        when = sent.strftime("%a, %b %-d, %Y at %-I:%M %p")
        return [
            "---------- Forwarded message ---------",
            f"From: {frm}",
            f"Date: {when}",
            f"Subject: {case.subject}",
            f"To: {to}",
            *cc,
        ]
    if shape == "gmail_de":
        when = f"{_DE_DAYS[sent.weekday()]}, {sent.day}. {_DE_MONTHS[sent.month - 1]} {sent.year} um {sent:%H:%M} Uhr"
        return [
            "---------- Forwarded message ---------",
            f"Von: {frm}",
            f"Date: {when}",
            f"Subject: {case.subject}",
            f"To: {to}",
            *cc,
        ]
    if shape == "outlook":
        when = sent.strftime("%A, %B %-d, %Y %-I:%M %p")
        return [
            "________________________________",
            f"From: {frm}",
            f"Sent: {when}",
            f"To: {to}",
            *cc,
            f"Subject: {case.subject}",
        ]
    if shape == "outlook_desktop":
        name, _, addr = frm.rpartition("<")
        shown = f"{name.strip()} [mailto:{addr.rstrip('>')}]" if name else frm
        when = sent.strftime("%A, %B %-d, %Y %-I:%M %p")
        return [
            "-----Original Message-----",
            f"From: {shown}",
            f"Sent: {when}",
            f"To: {to}",
            *cc,
            f"Subject: {case.subject}",
        ]
    if shape == "outlook_fr":
        when = f"{_FR_DAYS[sent.weekday()]} {sent.day} {_FR_MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}"
        return [
            "________________________________",
            f"De : {frm}",
            f"Envoyé : {when}",
            f"À : {to}",
            f"Objet : {case.subject}",
        ]
    if shape == "apple":
        when = (
            sent.strftime("%B %-d, %Y at %-I:%M:%S %p")
            + " "
            + sent.strftime("%Z" if sent.tzname() not in (None, "") and not sent.tzname().startswith("UTC") else "%z")
        )
        reply = [f"Reply-To: {case.reply_to}"] if case.reply_to else []
        return [
            "Begin forwarded message:",
            "",
            f"From: {frm}",
            f"Subject: {case.subject}",
            f"Date: {when}",
            f"To: {to}",
            *cc,
            *reply,
        ]
    if shape == "thunderbird":
        reply = [f"Reply-To: \t{case.reply_to}"] if case.reply_to else []
        return [
            "-------- Forwarded Message --------",
            f"Subject: \t{case.subject}",
            f"Date: \t{format_datetime(sent)}",
            f"From: \t{frm}",
            *reply,
            f"To: \t{to}",
        ]
    raise ValueError(f"{case.name}: unknown shape {shape!r}")


def _inline_text(case: Case, shape: str) -> str:
    body = case.body if case.body is not None else _html_to_text(case.html or "")
    return "\n".join(_forward_header(case, shape)) + "\n\n" + body


def _inline_html(case: Case, shape: str) -> str:
    """Forward of an HTML original, as Gmail/Outlook write it: header block, then the original markup."""
    block = "<br>\n".join(html_lib.escape(ln) for ln in _forward_header(case, shape))
    inner = case.html if case.html is not None else _text_to_html(case.body or "")
    inner = re.sub(r"(?is)</?(html|body|head)[^>]*>", "", inner)
    note = f"<div>{html_lib.escape(case.note)}</div><br>" if case.note else ""
    return f'<html><body>{note}<div class="gmail_quote">{block}<br><br>\n{inner}\n</div></body></html>'


def _forward(case: Case) -> str:
    shape = case.shape
    sent = _sent(case)
    # The owner forwards from New York a little after the original arrived.
    fwd_date = format_datetime((sent + timedelta(minutes=23)).astimezone(ZoneInfo(OWNER_ZONE)))
    prefix = {"outlook_fr": "TR: ", "outlook": "FW: ", "outlook_desktop": "FW: ", "double": "Fwd: FW: "}.get(shape, "Fwd: ")
    heads = [
        f"From: {OWNER_NAME} <{OWNER}>",
        f"To: {WATCHED}",
        f"Subject: {prefix}{case.subject}",
        f"Date: {fwd_date}",
        f"Message-ID: <fwd-{case.name}@mail.example>",
        "MIME-Version: 1.0",
    ]
    b = f"=_f_{case.name}"
    if shape == "rfc822":
        parts = [
            *heads, f'Content-Type: multipart/mixed; boundary="{b}"', "",
            f"--{b}", "Content-Type: text/plain; charset=utf-8", "", case.note or "Forwarded as attachment.",
            f"--{b}", "Content-Type: message/rfc822", 'Content-Disposition: attachment; filename="original.eml"', "",
            _original(case).replace("\r\n", "\n"),
            f"--{b}--", "",
        ]  # fmt: skip
        return _crlf("\n".join(parts))
    if shape == "double":
        # Forwarded by a colleague to the owner (Outlook), then by the owner to the watched box (Gmail).
        inner = "\n".join(_forward_header(case, "outlook")) + "\n\n" + (case.body or _html_to_text(case.html or ""))
        outer = Case(
            name=case.name,
            kind=case.kind,
            frm="Jordan Blake <jordan.blake@mail.example>",
            to=f"{OWNER_NAME} <{OWNER}>",
            subject=f"FW: {case.subject}",
            date=format_datetime(sent + timedelta(minutes=9)),
            body="",
        )
        text = (
            (case.note + "\n\n" if case.note else "")
            + "\n".join(_forward_header(outer, "gmail"))
            + "\n\nsee below — Jordan\n\n"
            + inner
        )
    elif case.body is None and case.html is not None:
        markup = _inline_html(case, shape)
        text = None
    else:
        text = (case.note + "\n\n" if case.note else "") + _inline_text(case, shape)
    if text is None:
        body_parts = ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", markup]
    else:
        body_parts = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text]
    if case.ics is None:
        return _crlf("\n".join([*heads, *body_parts, ""]))
    method = case.ics.split("METHOD:", 1)[1].split("\r\n", 1)[0]
    parts = [
        *heads, f'Content-Type: multipart/mixed; boundary="{b}"', "",
        f"--{b}", *body_parts,
        f"--{b}", f'Content-Type: text/calendar; charset=utf-8; method={method}; name="invite.ics"',
        'Content-Disposition: attachment; filename="invite.ics"', "Content-Transfer-Encoding: 8bit", "", case.ics,
        f"--{b}--", "",
    ]  # fmt: skip
    return _crlf("\n".join(parts))


def render(case: Case) -> bytes:
    """The message bytes as they reach the watched mailbox."""
    raw = _original(case) if case.shape in {"direct", "html"} else _forward(case)
    return raw.encode("utf-8")


def expected(case: Case) -> dict[str, object]:
    """The label as written to NAME.expected.json (the format of tests/data/labelled, plus two keys)."""
    start = None
    if case.at is not None:
        local, zone = case.at
        start = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).isoformat()
    return {
        "kind": case.kind,
        "company": case.company,
        "role": case.role,
        "contact": case.contact,
        "interviewers": list(case.interviewers),
        "start": start,
        "booking_requested": case.booking_requested,
        "shape": case.shape,
        "source": case.source,
    }


def main() -> None:
    names: set[str] = set()
    for case in CASES:
        if case.name in names:
            raise SystemExit(f"duplicate case name {case.name}")
        if case.kind not in KINDS:
            raise SystemExit(f"{case.name}: unknown kind {case.kind}")
        names.add(case.name)
    splits = assign(
        {c.name: c.kind + ("+booking" if c.booking_requested else "") for c in CASES},
        {c.name: c.split for c in CASES if c.split},
    )
    for sub in ("dev", "frozen"):
        (HERE / sub).mkdir(exist_ok=True)
        for path in [*(HERE / sub).glob("*.eml"), *(HERE / sub).glob("*.expected.json")]:
            path.unlink()
    for case in CASES:
        out = HERE / splits[case.name]
        (out / f"{case.name}.eml").write_bytes(render(case))
        (out / f"{case.name}.expected.json").write_text(json.dumps(expected(case), indent=2, ensure_ascii=False) + "\n")
    counts = {s: sum(v == s for k, v in splits.items() if k in names) for s in ("dev", "frozen")}
    print(f"wrote {len(CASES)} cases: {counts['dev']} dev, {counts['frozen']} frozen")


if __name__ == "__main__":
    main()
