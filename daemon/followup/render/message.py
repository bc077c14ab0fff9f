"""Pure: the outgoing text/plain UTF-8 message (From, To, Date, Message-ID, Subject,
In-Reply-To, References), threaded per RFC 5322 §3.6.4; nothing from mail reaches a header unchecked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from email_validator import EmailNotValidError, validate_email

from followup.errors import PermanentSendError
from followup.model import Person
from followup.render.clean import clean_body, clean_line, end_with_one_newline
from followup.render.context import RenderContext
from followup.render.template import Template, render_text


@dataclass(frozen=True)
class RenderedMessage:
    """An outgoing message: the envelope, the text shown to the owner, and the bytes to send."""

    message_id: str
    from_addr: str
    to: tuple[str, ...]
    subject: str
    body: str
    data: bytes


_MSG_ID = re.compile(r"^<[!-;=?-~]+@[!-;=?-~]+>$")  # RFC 5322 §3.6.4 msg-id, printable ASCII, no < >


def is_message_id(value: str | None) -> bool:
    """True for a well-formed `<left@right>` Message-ID."""
    return bool(value) and bool(_MSG_ID.match(value or ""))


def _address(value: str | None, what: str) -> str:
    """Validate one address (email-validator) and return its ASCII form for the envelope."""
    raw = clean_line(value)
    try:
        result = validate_email(raw, check_deliverability=False)
    except EmailNotValidError as exc:
        raise PermanentSendError(f"{what} '{raw}' is not a valid e-mail address: {exc}") from None
    ascii_form = result.ascii_email
    if ascii_form is None:
        raise PermanentSendError(
            f"{what} '{raw}' needs an internationalised (SMTPUTF8) address, which is not supported; "
            "use an ASCII address"
        )
    return ascii_form


def _header_address(display_name: str | None, addr: str) -> Address:
    local, _, domain = addr.rpartition("@")
    return Address(display_name=clean_line(display_name), username=local, domain=domain)


def build_message(
    *,
    subject: str,
    body: str,
    from_addr: str,
    from_name: str | None,
    to: tuple[Person, ...],
    message_id: str,
    date: datetime,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> RenderedMessage:
    """Build the RFC 5322 text/plain UTF-8 message; raise PermanentSendError for a bad address."""
    if date.tzinfo is None:
        raise ValueError("build_message needs a tz-aware date")
    if not is_message_id(message_id):
        raise PermanentSendError(f"Message-ID {message_id!r} is not of the form <left@right>")
    if not to:
        raise PermanentSendError("a follow-up needs at least one recipient")
    sender = _address(from_addr, "sender")
    recipients = tuple(_address(p.email, "recipient") for p in to)
    subject = clean_line(subject)
    body = end_with_one_newline(clean_body(body))

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = _header_address(from_name, sender)
    msg["To"] = [_header_address(p.name, a) for p, a in zip(to, recipients, strict=True)]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    msg["Subject"] = subject
    # RFC 5322 §3.6.4: In-Reply-To holds the parent's msg-id; References the parent's
    # References followed by the parent's msg-id. Malformed ids from mail are dropped, never
    # copied, so nothing from incoming mail reaches a header unchecked.
    if is_message_id(in_reply_to):
        assert in_reply_to is not None
        chain = [r for r in references if is_message_id(r) and r != in_reply_to]
        chain = [*list(dict.fromkeys(chain)), in_reply_to]
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = " ".join(chain)
    ascii_body = body.isascii() and all(len(line) <= 78 for line in body.split("\n"))
    msg.set_content(body, subtype="plain", charset="utf-8", cte="7bit" if ascii_body else "quoted-printable")
    return RenderedMessage(
        message_id=message_id,
        from_addr=sender,
        to=recipients,
        subject=subject,
        body=body,
        data=msg.as_bytes(policy=policy.SMTP),
    )


def render_followup(
    template: Template,
    context: RenderContext,
    *,
    from_addr: str,
    from_name: str | None,
    to: tuple[Person, ...],
    message_id: str,
    date: datetime,
    original_subject: str | None = None,
    original_message_id: str | None = None,
    references: tuple[str, ...] = (),
) -> RenderedMessage:
    """Render a template into a ready-to-send message, threaded when the template asks for it.

    Raise ConfigError for a template problem (file:line) and PermanentSendError for an invalid
    address or Message-ID.
    """
    subject, body = render_text(template, context, original_subject=original_subject)
    return build_message(
        subject=subject,
        body=body,
        from_addr=from_addr,
        from_name=from_name,
        to=to,
        message_id=message_id,
        date=date,
        in_reply_to=original_message_id if template.thread else None,
        references=references if template.thread else (),
    )
