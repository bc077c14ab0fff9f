"""Provider presets: what each one fills in, what explicit keys override, and the OAuth2 block's rules."""

from __future__ import annotations

import pytest

from followup.checks import effective_settings
from followup.config import Config, load_config
from followup.errors import ConfigError

# The published settings of each provider, written out here independently of providers.py.
EXPECTED = {
    #            imap host, port, security;  smtp host, port, security;  auth; oauth provider; server files Sent
    "gmail": (("imap.gmail.com", 993, "tls"), ("smtp.gmail.com", 465, "tls"), "password", "google", True),
    "outlook": (
        ("outlook.office365.com", 993, "tls"),
        ("smtp-mail.outlook.com", 587, "starttls"),
        "oauth2",
        "microsoft",
        True,
    ),
    "office365": (
        ("outlook.office365.com", 993, "tls"),
        ("smtp.office365.com", 587, "starttls"),
        "oauth2",
        "microsoft",
        True,
    ),
    "icloud": (("imap.mail.me.com", 993, "tls"), ("smtp.mail.me.com", 587, "starttls"), "password", None, False),
    "fastmail": (("imap.fastmail.com", 993, "tls"), ("smtp.fastmail.com", 465, "tls"), "password", None, False),
    "yahoo": (("imap.mail.yahoo.com", 993, "tls"), ("smtp.mail.yahoo.com", 465, "tls"), "password", None, False),
}

OWNER = "owner: {name: Ana, email: ana@example.com}\n"


def config(text: str) -> Config:
    return load_config(OWNER + text, "config.yaml")


def sign_in(auth: str) -> str:
    if auth == "oauth2":
        return "  oauth2: {client_id: app-id}\n"
    return "  password: {env: PW}\n"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_preset_fills_in_its_servers_auth_and_sent_behaviour(name: str) -> None:
    imap, smtp, auth, oauth_provider, saves_sent = EXPECTED[name]
    c = config(
        f"mailbox:\n  provider: {name}\n  username: ana@example.com\n{sign_in(auth)}smtp: {{provider: {name}}}\n"
    )
    m = c.mailbox
    assert (m.host, m.effective_port, m.security) == imap
    assert m.auth == auth
    assert c.smtp is not None
    assert (c.smtp.host, c.smtp.effective_port, c.smtp.security) == smtp
    # smtp with the mailbox's provider signs in as the same account, the same way.
    assert (c.smtp.username, c.smtp.auth) == ("ana@example.com", auth)
    assert c.smtp.server_saves_sent is saves_sent
    assert c.smtp.save_sent_to == "auto"
    if auth == "oauth2":
        assert m.oauth2 is not None and m.oauth2.provider == oauth_provider
        assert c.smtp_oauth2 == m.oauth2


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_preset_without_a_sign_in_says_what_is_missing(name: str) -> None:
    auth = EXPECTED[name][2]
    with pytest.raises(ConfigError) as caught:
        config(f"mailbox: {{provider: {name}, username: ana@example.com}}\n")
    text = str(caught.value)
    assert ("oauth2 block" in text) if auth == "oauth2" else ("password" in text)


def test_explicit_keys_override_the_preset() -> None:
    c = config(
        "mailbox: {provider: office365, host: imap.example.org, port: 1993, username: u, auth: password,"
        " password: {env: PW}}\n"
        "smtp: {provider: office365, host: smtp.example.org, security: tls, server_saves_sent: false,"
        " save_sent_to: Copies, username: u, password: {env: PW}}\n"
    )
    assert (c.mailbox.host, c.mailbox.effective_port, c.mailbox.security, c.mailbox.auth) == (
        "imap.example.org",
        1993,
        "tls",
        "password",
    )
    assert c.smtp is not None
    # security written out: the preset's port (587, for starttls) no longer applies.
    assert (c.smtp.host, c.smtp.security, c.smtp.effective_port) == ("smtp.example.org", "tls", 465)
    assert (c.smtp.server_saves_sent, c.smtp.save_sent_to, c.smtp.auth) == (False, "Copies", "password")


def test_gmail_with_oauth2_takes_google_and_its_endpoints() -> None:
    c = config(
        "mailbox: {provider: gmail, username: ana@gmail.com, oauth2: {client_id: x.apps.googleusercontent.com}}\n"
    )
    o = c.mailbox.oauth2
    assert c.mailbox.auth == "oauth2" and o is not None and o.provider == "google"
    assert o.effective_token_url == "https://oauth2.googleapis.com/token"
    assert o.effective_scopes == ("https://mail.google.com/",)


def test_microsoft_asks_for_imap_smtp_and_a_refresh_token() -> None:
    c = config("mailbox: {provider: outlook, username: ana@outlook.com, oauth2: {client_id: abc}}\n")
    o = c.mailbox.oauth2
    assert o is not None and o.provider == "microsoft"
    assert o.effective_device_url is not None and "devicecode" in o.effective_device_url
    assert "offline_access" in o.effective_scopes
    assert any("IMAP" in s for s in o.effective_scopes) and any("SMTP" in s for s in o.effective_scopes)


@pytest.mark.parametrize(
    ("oauth2", "key", "words"),
    [
        ("{provider: custom, client_id: a, token_url: 'http://auth.example.com/token'}", "token_url", "https"),
        ("{provider: custom, client_id: a}", "token_url", "needs token_url"),
        ("{client_id: a}", "provider", "google, microsoft or custom"),
        (
            "{provider: custom, client_id: a, token_url: 'https://a.example/t', device_url: 'http://a.example/d'}",
            "device_url",
            "https",
        ),
    ],
)
def test_bad_oauth2_blocks_name_the_key(oauth2: str, key: str, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        config(f"mailbox: {{host: imap.example.com, username: u, auth: oauth2, oauth2: {oauth2}}}\n")
    [problem] = caught.value.problems
    assert f"mailbox.oauth2.{key}" in str(problem) and words in str(problem)
    assert str(problem).startswith("config.yaml:")


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/token", "http://localhost/token", "http://[::1]/token"])
def test_plain_http_token_url_is_allowed_on_loopback(url: str) -> None:
    c = config(
        f"mailbox: {{host: h.example, username: u, oauth2: {{provider: custom, client_id: a, token_url: '{url}'}}}}\n"
    )
    assert c.mailbox.oauth2 is not None and c.mailbox.oauth2.effective_token_url == url


def test_smtp_oauth2_without_any_block_is_an_error() -> None:
    with pytest.raises(ConfigError) as caught:
        config(
            "mailbox: {host: h.example, username: u, password: {env: PW}}\n"
            "smtp: {host: s.example, username: u, auth: oauth2}\n"
        )
    assert "oauth2 block" in str(caught.value)


def test_smtp_has_its_own_oauth2_block_when_given() -> None:
    c = config(
        "mailbox: {provider: gmail, username: u, oauth2: {client_id: a}}\n"
        "smtp: {provider: office365, username: v, oauth2: {client_id: b}}\n"
    )
    assert c.smtp is not None and c.smtp.auth == "oauth2"
    assert c.smtp_oauth2 is not None and (c.smtp_oauth2.client_id, c.smtp_oauth2.provider) == ("b", "microsoft")


def test_effective_settings_show_the_form_of_each_secret_never_a_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PW", "hunter2-secret")
    c = config(
        "mailbox: {provider: gmail, username: ana@gmail.com, password: {env: PW}}\n"
        "smtp: {provider: gmail, save_sent_to: auto}\n"
    )
    lines = effective_settings(c)
    text = "\n".join(lines)
    assert "hunter2-secret" not in text
    assert "password *** (from env PW)" in text
    assert lines[0].startswith("mailbox: provider gmail, imap.gmail.com:993 (tls), user ana@gmail.com, auth password")
    assert "smtp: provider gmail, smtp.gmail.com:465 (tls)" in lines[1]
    assert "server_saves_sent true" in lines[1]
