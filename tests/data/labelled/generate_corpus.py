"""Write the labelled detection corpus: NAME.eml + NAME.expected.json for every case in cases.py.

Run from the repository root: `.venv/bin/python tests/data/labelled/generate_corpus.py`.
Each case is a hand-written original message (its own voice, sender, language and zone) that
is delivered in one of the shapes real mail arrives in: directly, forwarded inline by Gmail,
Outlook (English, French, German, Spanish labels), Apple Mail or Thunderbird, forwarded as a
message/rfc822 attachment, or as an HTML-only body. The companies and people are fictional and
every domain is example.com or *.example. Output is deterministic (fixed boundaries and ids).
"""

from __future__ import annotations

import html as html_lib
import json
import sys
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases import CASES, OWNER, OWNER_NAME, WATCHED  # noqa: E402


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _headers(case: dict, *, date: str, subject: str, frm: str, to: str, message_id: str) -> list[str]:
    lines = [f"From: {frm}", f"To: {to}", f"Subject: {subject}", f"Date: {date}", f"Message-ID: {message_id}"]
    if case.get("cc"):
        lines.append(f"Cc: {case['cc']}")
    if case.get("reply_to"):
        lines.append(f"Reply-To: {case['reply_to']}")
    for key, value in case.get("headers", {}).items():
        lines.append(f"{key}: {value}")
    lines.append("MIME-Version: 1.0")
    return lines


def _html_of(text: str) -> str:
    """Turn the plain body into the kind of HTML an ATS sends: paragraphs, a details table, links."""
    out = ["<html><head><style>p{font-family:Arial}</style></head><body><div class=\"wrapper\">"]
    for para in text.strip().split("\n\n"):
        lines = para.split("\n")
        if all(":" in ln and len(ln.split(":", 1)[0]) < 20 for ln in lines) and len(lines) > 1:
            out.append("<table cellpadding=\"4\">")
            for ln in lines:
                k, v = ln.split(":", 1)
                out.append(f"<tr><td><b>{html_lib.escape(k)}</b></td><td>{html_lib.escape(v.strip())}</td></tr>")
            out.append("</table>")
        else:
            out.append("<p>" + "<br>\n".join(html_lib.escape(ln) for ln in lines) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out)


def _original_bytes(case: dict) -> str:
    """The original message as the company sent it (RFC 5322 text with CRLF)."""
    heads = _headers(
        case, date=case["date"], subject=case["subject"], frm=case["from"], to=case.get("to", f"{OWNER_NAME} <{OWNER}>"),
        message_id=f"<{case['name']}@mail.example>",
    )
    body = case["body"]
    boundary = f"=_orig_{case['name']}"
    if case.get("ics"):
        alt = _html_of(body) if case.get("html") else body
        sub = "text/html" if case.get("html") else "text/plain"
        parts = [
            *heads,
            f'Content-Type: multipart/mixed; boundary="{boundary}"',
            "",
            f"--{boundary}",
            f"Content-Type: {sub}; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            alt,
            f"--{boundary}",
            f"Content-Type: text/calendar; charset=utf-8; method={case['ics_method']}",
            "Content-Transfer-Encoding: 8bit",
            "",
            case["ics"],
            f"--{boundary}",
            'Content-Type: application/ics; name="invite.ics"',
            'Content-Disposition: attachment; filename="invite.ics"',
            "Content-Transfer-Encoding: 8bit",
            "",
            case["ics"],
            f"--{boundary}--",
            "",
        ]
        return _crlf("\n".join(parts))
    if case.get("html"):
        return _crlf("\n".join([*heads, "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", _html_of(body), ""]))
    return _crlf("\n".join([*heads, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body, ""]))


def _sent_local(case: dict) -> datetime:
    return parsedate_to_datetime(case["date"])


_FWD_NOTES = ["", "FYI", "fyi — interview!", "Forwarding for the tracker.", "see below", "", "For the log."]


_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
_DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
_DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
_ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def _inline_block(case: dict, shape: str) -> str:
    sent = _sent_local(case)
    frm = case["from"]
    to = case.get("to", f"{OWNER_NAME} <{OWNER}>")
    subject = case["subject"]
    body = case["body"]
    if shape == "gmail":
        when = sent.strftime("%a, %b %-d, %Y at %-I:%M %p")
        return f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {when}\nSubject: {subject}\nTo: {to}\n\n\n{body}"
    if shape == "outlook":
        when = sent.strftime("%A, %B %-d, %Y %-I:%M %p")
        return f"________________________________\nFrom: {frm}\nSent: {when}\nTo: {to}\nSubject: {subject}\n\n{body}"
    if shape == "outlook_fr":
        when = f"{_FR_DAYS[sent.weekday()]} {sent.day} {_FR_MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}"
        return f"________________________________\nDe : {frm}\nEnvoyé : {when}\nÀ : {to}\nObjet : {subject}\n\n{body}"
    if shape == "outlook_de":
        when = f"{_DE_DAYS[sent.weekday()]}, {sent.day}. {_DE_MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}"
        return f"-----Ursprüngliche Nachricht-----\nVon: {frm}\nGesendet: {when}\nAn: {to}\nBetreff: {subject}\n\n{body}"
    if shape == "outlook_es":
        when = f"{_ES_DAYS[sent.weekday()]}, {sent.day} de {_ES_MONTHS[sent.month - 1]} de {sent.year} {sent:%H:%M}"
        return f"________________________________\nDe: {frm}\nEnviado: {when}\nPara: {to}\nAsunto: {subject}\n\n{body}"
    if shape == "apple":
        when = sent.strftime("%B %-d, %Y at %-I:%M:%S %p") + " " + sent.strftime("%z")
        # Apple Mail and Thunderbird copy Reply-To into the forwarded header block; Gmail and Outlook don't.
        reply = f"Reply-To: {case['reply_to']}\n" if case.get("reply_to") else ""
        return f"Begin forwarded message:\n\nFrom: {frm}\nSubject: {subject}\nDate: {when}\nTo: {to}\n{reply}\n{body}"
    if shape == "thunderbird":
        return (
            f"-------- Forwarded Message --------\nSubject: \t{subject}\nDate: \t{format_datetime(sent)}\n"
            f"From: \t{frm}\n" + (f"Reply-To: \t{case['reply_to']}\n" if case.get("reply_to") else "") + f"To: \t{to}\n\n\n{body}"
        )
    raise ValueError(shape)


def _forward_bytes(case: dict, index: int) -> str:
    shape = case.get("shape", "direct")
    sent = _sent_local(case)
    fwd_date = format_datetime(sent.replace(minute=(sent.minute + 17) % 60))
    prefix = {"outlook_fr": "TR: ", "outlook_de": "WG: ", "outlook_es": "RV: "}.get(shape, "Fwd: ")
    heads = [
        f"From: {OWNER_NAME} <{OWNER}>",
        f"To: {WATCHED}",
        f"Subject: {prefix}{case['subject']}",
        f"Date: {fwd_date}",
        f"Message-ID: <fwd-{case['name']}@mail.example>",
        "MIME-Version: 1.0",
    ]
    note = _FWD_NOTES[index % len(_FWD_NOTES)]
    boundary = f"=_fwd_{case['name']}"
    if shape == "rfc822":
        parts = [
            *heads,
            f'Content-Type: multipart/mixed; boundary="{boundary}"',
            "",
            f"--{boundary}",
            "Content-Type: text/plain; charset=utf-8",
            "",
            note or "Forwarded as attachment.",
            f"--{boundary}",
            "Content-Type: message/rfc822",
            'Content-Disposition: attachment; filename="original.eml"',
            "",
            _original_bytes(case).replace("\r\n", "\n"),
            f"--{boundary}--",
            "",
        ]
        return _crlf("\n".join(parts))
    text = (note + "\n\n" if note else "") + _inline_block(case, shape)
    if case.get("ics"):
        parts = [
            *heads,
            f'Content-Type: multipart/mixed; boundary="{boundary}"',
            "",
            f"--{boundary}",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            text,
            f"--{boundary}",
            'Content-Type: text/calendar; charset=utf-8; name="invite.ics"',
            'Content-Disposition: attachment; filename="invite.ics"',
            "Content-Transfer-Encoding: 8bit",
            "",
            case["ics"],
            f"--{boundary}--",
            "",
        ]
        return _crlf("\n".join(parts))
    return _crlf("\n".join([*heads, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text, ""]))


def _expected(case: dict) -> dict:
    exp = dict(case["expect"])
    start = exp.pop("at", None)
    if start is not None:
        local, zone = start
        exp["start"] = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).isoformat()
    else:
        exp.setdefault("start", None)
    exp.setdefault("company", None)
    exp.setdefault("role", None)
    exp.setdefault("contact", None)
    exp.setdefault("interviewers", [])
    exp["shape"] = case.get("shape", "direct")
    return exp


def main() -> None:
    names = set()
    for path in HERE.glob("*.eml"):
        path.unlink()
    for path in HERE.glob("*.expected.json"):
        path.unlink()
    for index, case in enumerate(CASES):
        if case["name"] in names:
            raise SystemExit(f"duplicate case name {case['name']}")
        names.add(case["name"])
        shape = case.get("shape", "direct")
        if shape == "html":
            case = {**case, "html": True}
        raw = _original_bytes(case) if shape in {"direct", "html"} else _forward_bytes(case, index)
        (HERE / f"{case['name']}.eml").write_bytes(raw.encode("utf-8"))
        (HERE / f"{case['name']}.expected.json").write_text(json.dumps(_expected(case), indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {HERE}")


if __name__ == "__main__":
    main()
