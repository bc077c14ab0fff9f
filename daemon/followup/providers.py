"""What is known of the big mail providers: server presets and OAuth2 endpoints. Pure data.

A preset fills in the keys a user leaves out of `mailbox` or `smtp` (DESIGN §5); anything written
explicitly wins. `saves_sent` says the provider's SMTP server files a copy of each message in the
Sent folder by itself, so followup must not append a second one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ProviderName = Literal["gmail", "outlook", "office365", "icloud", "fastmail", "yahoo"]
OAuthProviderName = Literal["google", "microsoft", "custom"]
AuthKind = Literal["password", "oauth2"]


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: Literal["tls", "starttls"]


@dataclass(frozen=True)
class Preset:
    """One provider's IMAP and SMTP servers and habits."""

    imap: Server
    smtp: Server
    auth: AuthKind  # the sign-in a new user of this provider should use
    oauth_provider: OAuthProviderName | None  # the OAuth2 provider, when it offers OAuth2 to mail apps
    saves_sent: bool  # its SMTP server files the sent copy itself


PRESETS: dict[str, Preset] = {
    "gmail": Preset(
        Server("imap.gmail.com", 993, "tls"), Server("smtp.gmail.com", 465, "tls"), "password", "google", True
    ),
    # Outlook.com, Hotmail and Live take only OAuth2 from mail apps since September 2024; they run
    # on Exchange Online, whose SMTP submission files the sent copy in Sent Items.
    "outlook": Preset(
        Server("outlook.office365.com", 993, "tls"),
        Server("smtp-mail.outlook.com", 587, "starttls"),
        "oauth2",
        "microsoft",
        True,
    ),
    "office365": Preset(
        Server("outlook.office365.com", 993, "tls"),
        Server("smtp.office365.com", 587, "starttls"),
        "oauth2",
        "microsoft",
        True,
    ),
    "icloud": Preset(
        Server("imap.mail.me.com", 993, "tls"), Server("smtp.mail.me.com", 587, "starttls"), "password", None, False
    ),
    "fastmail": Preset(
        Server("imap.fastmail.com", 993, "tls"), Server("smtp.fastmail.com", 465, "tls"), "password", None, False
    ),
    "yahoo": Preset(
        Server("imap.mail.yahoo.com", 993, "tls"), Server("smtp.mail.yahoo.com", 465, "tls"), "password", None, False
    ),
}


@dataclass(frozen=True)
class OAuthEndpoints:
    """An OAuth2 provider's endpoints and the scopes mail access needs."""

    token_url: str
    device_url: str | None  # RFC 8628 device authorization endpoint
    auth_url: str | None  # authorization endpoint, for the loopback-redirect flow
    scopes: tuple[str, ...]
    login_flow: Literal["device", "loopback"]


OAUTH_PROVIDERS: dict[str, OAuthEndpoints] = {
    # Google does not allow the mail scope in its device flow, so `followup login` uses the
    # installed-app flow with a loopback redirect (PKCE).
    "google": OAuthEndpoints(
        token_url="https://oauth2.googleapis.com/token",
        device_url=None,
        auth_url="https://accounts.google.com/o/oauth2/v2/auth",
        scopes=("https://mail.google.com/",),
        login_flow="loopback",
    ),
    # `common` serves both personal accounts and work or school tenants; a tenant that allows
    # only its own apps is reached by writing its id into token_url.
    "microsoft": OAuthEndpoints(
        token_url="https://login.microsoftonline.com/common/oauth2/v2.0/token",
        device_url="https://login.microsoftonline.com/common/oauth2/v2.0/devicecode",
        auth_url=None,
        scopes=(
            "https://outlook.office.com/IMAP.AccessAsUser.All",
            "https://outlook.office.com/SMTP.Send",
            "offline_access",
        ),
        login_flow="device",
    ),
}

# Where the Sent folder is looked for when the server marks none with SPECIAL-USE \Sent
# (RFC 6154), in this order.
KNOWN_SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "INBOX.Sent",
    "INBOX/Sent",
)

__all__ = ["KNOWN_SENT_NAMES", "OAUTH_PROVIDERS", "PRESETS", "OAuthEndpoints", "Preset", "Server"]
