"""Who may receive a note without approval (DESIGN §6): trust.judge and trust.allows_auto.

The forged-trust cases: a self-written Authentication-Results (dkim=pass, spf=pass), a
spoofed owner or forwarder From, and a genuine pass on the attacker's own domain with
recipients elsewhere. None of them may make a note go out on its own.
"""

from __future__ import annotations

from datetime import datetime, UTC

import pytest

from followup.model import Message, Person
from followup.trust import MethodResult, Trust, allows_auto, is_in_domain, judge, read_authentication_results

OWNER = frozenset({"ana@example.com", "ana.work@corp.example"})
MX = "mx.example.com"
T = datetime(2026, 12, 1, tzinfo=UTC)
SAM = Person("Sam Lee", "sam@acme.example")


def mail(sender: Person, *, envelope: Person | None = None, depth: int = 0, results: tuple[str, ...] = ()) -> Message:
    return Message(sender=sender, date=T, subject="Interview", message_id="<m@x>", text="hi",
                   envelope_sender=envelope, forward_depth=depth, authentication_results=results)  # fmt: skip


def verdict(message: Message, authserv_id: str | None = MX) -> Trust:
    return judge(message, owner_addresses=OWNER, authserv_id=authserv_id)


def mx(*clauses: str) -> tuple[str, ...]:
    """One Authentication-Results header written by the owner's own server."""
    return (f"{MX}; " + "; ".join(clauses),)


ACME = "acme.example"
ANA = Person("Ana", "ana@example.com")
WORK = Person(None, "ana.work@corp.example")
EVE = Person(None, "eve@evil.example")


@pytest.mark.parametrize(
    ("message", "domain"),
    [
        (mail(SAM, results=mx("dkim=pass header.d=acme.example", "spf=pass smtp.mailfrom=sam@acme.example")), ACME),
        (mail(SAM, results=mx("spf=pass smtp.mailfrom=acme.example")), ACME),
        (mail(SAM, results=(f"{MX} 1; dmarc=pass (p=reject) header.from=acme.example",)), ACME),
        (mail(Person(None, "sam@jobs.acme.example"), results=mx("dkim=pass header.d=acme.example")), ACME),
        # Forwarded by the owner, the owner's own server authenticated the forward.
        (mail(SAM, envelope=ANA, depth=1, results=mx("dkim=pass header.d=example.com")), ACME),
        (mail(SAM, envelope=WORK, depth=1, results=mx("spf=pass smtp.mailfrom=ana.work@corp.example")), ACME),
        # Another server's header lower down changes nothing.
        (mail(SAM, results=(*mx("dkim=pass header.d=acme.example"), "relay.example; dkim=fail")), ACME),
    ],
)
def test_mail_authenticated_by_the_owners_server_is_trusted_for_its_domain(message: Message, domain: str) -> None:
    assert verdict(message).domain == domain


@pytest.mark.parametrize(
    "message",
    [
        # Self-written headers: another server's id is on them.
        mail(SAM, results=("acme.example; dkim=pass header.d=acme.example",)),
        mail(SAM, results=("attacker.example; spf=pass smtp.mailfrom=sam@acme.example",)),
        # Spoofed forwarder and owner From: their server never saw them pass.
        mail(SAM, envelope=ANA, depth=1),
        mail(SAM, envelope=WORK, depth=1, results=mx("none")),
        mail(SAM, envelope=ANA, depth=1, results=mx("dkim=pass header.d=evil.example")),
        mail(ANA, results=mx("spf=fail smtp.mailfrom=ana@example.com")),
        # Signed, but by somebody else than the From domain.
        mail(SAM, results=mx("dkim=pass header.d=other.example")),
        mail(Person(None, "sam@example"), results=mx("dkim=pass header.d=evil.example")),
        # Forwarded by a stranger who genuinely passed.
        mail(SAM, envelope=EVE, depth=1, results=mx("dkim=pass header.d=evil.example")),
        # DMARC failed at the owner's server.
        mail(SAM, results=mx("dkim=pass header.d=acme.example", "dmarc=fail header.from=acme.example")),
        mail(SAM),
    ],
)
def test_forged_or_unproven_mail_is_not_trusted(message: Message) -> None:
    assert verdict(message).domain is None


def test_without_an_authserv_id_nothing_is_trusted_and_the_reason_names_the_setting() -> None:
    good = mail(SAM, results=(f"{MX}; dkim=pass header.d=acme.example",))
    got = verdict(good, None)
    assert got.domain is None and "mailbox.authserv_id" in got.reason


def test_a_header_claiming_the_owners_id_below_the_real_one_does_not_count() -> None:
    # RFC 8601 §5: the receiving server adds its header at the top; a copy further down was
    # written by someone else, whatever id it claims.
    forged = mail(SAM, results=(f"{MX}; none", f"{MX}; dkim=pass header.d=acme.example"))
    assert verdict(forged).domain is None


def test_a_genuine_pass_on_the_attackers_own_domain_reaches_only_that_domain() -> None:
    eve = mail(Person(None, "eve@evil.example"), results=(f"{MX}; dkim=pass header.d=evil.example",))
    trust = verdict(eve)
    assert trust.domain == "evil.example"
    assert allows_auto(trust, ["eve@evil.example", "x@mail.evil.example"])
    assert not allows_auto(trust, ["jordan@northwind.example"])
    assert not allows_auto(trust, ["eve@evil.example", "jordan@northwind.example"])
    assert not allows_auto(trust, ["x@notevil.example"])
    assert not allows_auto(trust, [])


def test_an_untrusted_verdict_allows_nobody() -> None:
    assert not allows_auto(Trust(None, "no"), ["sam@acme.example"])


@pytest.mark.parametrize(
    ("header", "authserv_id", "results"),
    [
        (
            'mx.example.com 1; dkim=pass (good sig) header.d=Acme.example header.i="@acme.example"; spf=none',
            "mx.example.com",
            [("dkim", "pass", (("header.d", "acme.example"), ("header.i", "@acme.example"))), ("spf", "none", ())],
        ),
        ('"MX.example.com" (comment (nested)); dkim/1=FAIL header.d=a.example', "mx.example.com",
         [("dkim", "fail", (("header.d", "a.example"),))]),
        # No authserv-id: written by no one, the first clause still read.
        ("dkim=pass header.d=a.example; spf=fail", "",
         [("dkim", "pass", (("header.d", "a.example"),)), ("spf", "fail", ())]),
        ("mx.example.com; none", "mx.example.com", []),
        ("", "", []),
    ],
)  # fmt: skip
def test_an_authentication_results_header_is_read_into_server_and_clauses(
    header: str, authserv_id: str, results: list[tuple[str, str, tuple[tuple[str, str], ...]]]
) -> None:
    read = read_authentication_results(header)
    assert read.authserv_id == authserv_id
    assert read.results == tuple(MethodResult(*r) for r in results)


def test_a_repeated_property_reads_as_its_last_value() -> None:
    (clause,) = read_authentication_results("mx; dkim=pass header.d=a.example header.d=b.example").results
    assert (clause.prop("header.d"), clause.prop("header.i")) == ("b.example", "")


def test_a_trailing_dot_names_the_same_domain() -> None:
    assert is_in_domain("sam@acme.example.", ACME) and is_in_domain("sam@jobs.acme.example.", ACME)
    message = mail(Person(None, "sam@acme.example."), results=mx("dkim=pass header.d=acme.example."))
    assert verdict(message).domain == ACME
