"""OAuth2 sign-in for IMAP and SMTP: access tokens from a refresh token, and `followup login`.

Owns the token endpoint edge (authlib over requests: the RFC 6749 refresh grant, the RFC 8628
device grant, the authorization-code grant with PKCE and a loopback redirect), where refresh
tokens are kept (the system keyring when one is usable, else a 0600 file in the state dir),
and the mark a revoked sign-in leaves for `status`. The SASL XOAUTH2 and OAUTHBEARER strings
(RFC 7628) are built by imapclient and aiosmtplib. Every fault becomes one OAuthError line
naming the setting to fix; no access or refresh token ever appears in a message or a log line.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import logging
import os
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followup.settings import OAuth2Settings, Secret, Settings, resolve_secret
from followup.errors import FollowupError

log = logging.getLogger(__name__)

# Refresh this long before the provider's expiry, so a token never dies mid-session.
REFRESH_MARGIN_S = 300
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
LOGIN_TIMEOUT_S = 600
_TEXT_LIMIT = 160


class OAuthError(FollowupError):
    """A sign-in fault; `transient` when trying again later may work (the endpoint is down)."""

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


class SignInRevokedError(OAuthError):
    """The provider no longer honours the refresh token: only `followup login` can fix it."""


def revoked_message(account: str) -> str:
    return f"sign-in for {account} was revoked: run `followup login`"


# ---------------------------------------------------------------------------------------------
# Where refresh tokens are kept


def _usable_keyring() -> Any:
    """The system keyring module when a real backend is there; None otherwise."""
    if os.environ.get("FOLLOWUP_KEYRING", "").lower() in ("0", "no", "off"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


@dataclass
class TokenStore:
    """Refresh tokens by account, in the keyring or in `<state_dir>/oauth/` (files mode 0600)."""

    state_dir: Path
    keyring: Any = field(default_factory=_usable_keyring)

    SERVICE = "followup"

    @property
    def folder(self) -> Path:
        return self.state_dir / "oauth"

    def _file(self, key: str, suffix: str) -> Path:
        return self.folder / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:20] + suffix)

    def _write_private(self, path: Path, text: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = path.with_suffix(path.suffix + ".tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(temp, path)

    @property
    def where(self) -> str:
        return "the system keyring" if self.keyring is not None else str(self.folder)

    def load(self, key: str) -> Secret | None:
        if self.keyring is not None:
            try:
                value = self.keyring.get_password(self.SERVICE, key)
            except Exception as exc:
                raise OAuthError(
                    f"cannot read the system keyring ({type(exc).__name__}); unlock it and retry"
                ) from None
            if value:
                return Secret(value)
        path = self._file(key, ".json")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        value = data.get("refresh_token") if isinstance(data, dict) else None
        return Secret(value) if isinstance(value, str) and value else None

    def save(self, key: str, token: Secret) -> None:
        if self.keyring is not None:
            try:
                self.keyring.set_password(self.SERVICE, key, token.reveal())
                return
            except Exception as exc:
                log.warning(
                    "system keyring refused the token, keeping it in the state dir error=%s", type(exc).__name__
                )
        self._write_private(self._file(key, ".json"), json.dumps({"account": key, "refresh_token": token.reveal()}))

    def mark_revoked(self, key: str, message: str) -> None:
        self._write_private(self._file(key, ".revoked"), message)

    def clear_revoked(self, key: str) -> None:
        self._file(key, ".revoked").unlink(missing_ok=True)

    def revoked(self, key: str) -> str | None:
        try:
            return self._file(key, ".revoked").read_text(encoding="utf-8").strip() or None
        except OSError:
            return None


def token_key(oauth2: OAuth2Settings, account: str) -> str:
    """The name a refresh token is kept under: the account at its token endpoint."""
    return f"{account} at {oauth2.effective_token_url}"


# ---------------------------------------------------------------------------------------------
# The token endpoint


def _session(oauth2: OAuth2Settings, setting: str, timeout: float, **kwargs: Any) -> Any:
    from authlib.integrations.requests_client import OAuth2Session

    secret = resolve_secret(oauth2.client_secret, f"{setting}.client_secret") if oauth2.client_secret else None
    return OAuth2Session(
        client_id=oauth2.client_id,
        client_secret=secret.reveal() if secret else None,
        token_endpoint_auth_method="client_secret_post" if secret else "none",
        scope=" ".join(oauth2.effective_scopes) or None,
        default_timeout=timeout,
        **kwargs,
    )


def _short(text: object) -> str:
    return " ".join(str(text or "").split())[:_TEXT_LIMIT]


def _call(setting: str, url: str, account: str, request: Callable[[], Any]) -> Any:
    """Run one token-endpoint request; turn every fault into one OAuthError naming a setting."""
    try:
        return request()
    except Exception as exc:
        raise _oauth_error(setting, url, account, exc) from None


def _oauth_error(setting: str, url: str, account: str, exc: Exception) -> Exception:
    """The one-line OAuthError for a fault of the token endpoint (anything else is returned as is)."""
    import requests
    from authlib.integrations.base_client.errors import OAuthError as LibOAuthError

    if isinstance(exc, LibOAuthError):
        error, said = exc.error, _short(exc.description)
        detail = f"{error}" + (f": {said}" if said else "")
        if error == "invalid_grant":
            return SignInRevokedError(revoked_message(account))
        if error in ("invalid_client", "unauthorized_client"):
            return OAuthError(
                f"{setting}.client_id: the token endpoint {url} does not accept this client ({detail}); "
                f"fix {setting}.client_id (and client_secret)"
            )
        if error == "invalid_scope":
            return OAuthError(f"{setting}.scopes: the provider refused the scopes ({detail}); fix {setting}.scopes")
        return OAuthError(f"{setting}: the token endpoint {url} refused the request ({detail})")
    if isinstance(exc, requests.exceptions.RequestException):
        return OAuthError(
            f"{setting}.token_url: cannot reach {url} ({type(exc).__name__}); "
            f"check {setting}.token_url and the network",
            transient=True,
        )
    if isinstance(exc, ValueError):
        # Not JSON: a proxy's or a server's error page.
        return OAuthError(
            f"{setting}.token_url: {url} did not answer as a token endpoint; check {setting}.token_url",
            transient=True,
        )
    return exc


@dataclass
class TokenSource:
    """Access tokens for one account, refreshed before they expire and once more on demand."""

    oauth2: OAuth2Settings
    account: str
    setting: str  # "mailbox.oauth2" or "smtp.oauth2", for the errors
    store: TokenStore
    timeout: float = 30.0
    clock: Callable[[], float] = time.time
    _access: Secret | None = field(default=None, repr=False)
    _expires_at: float = 0.0
    # IMAP and SMTP may ask from two threads at once: one refresh, not two (a provider that
    # rotates refresh tokens would revoke the one the loser sent).
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @property
    def key(self) -> str:
        return token_key(self.oauth2, self.account)

    def access_token(self) -> Secret:
        """A live access token, refreshing it first when it is missing or about to expire."""
        with self._lock:
            if self._access is None or self.clock() >= self._expires_at - REFRESH_MARGIN_S:
                self.refresh()
            assert self._access is not None
            return self._access

    def invalidate(self) -> None:
        """Forget the access token (the server refused it): the next call refreshes."""
        with self._lock:
            self._access = None

    def _refresh_token(self) -> tuple[Secret, bool]:
        if self.oauth2.refresh_token is not None:
            return resolve_secret(self.oauth2.refresh_token, f"{self.setting}.refresh_token"), False
        stored = self.store.load(self.key)
        if stored is None:
            raise OAuthError(f"no sign-in is stored for {self.account}: run `followup login`")
        return stored, True

    def refresh(self) -> None:
        """Exchange the refresh token at the token endpoint (RFC 6749 §6)."""
        refresh_token, stored = self._refresh_token()
        url = self.oauth2.effective_token_url
        session = _session(self.oauth2, self.setting, self.timeout)
        try:
            token = _call(
                self.setting,
                url,
                self.account,
                lambda: session.refresh_token(url, refresh_token=refresh_token.reveal()),
            )
        except SignInRevokedError as exc:
            self.store.mark_revoked(self.key, str(exc))
            log.error("oauth sign-in revoked account=%s", self.account)
            raise
        finally:
            session.close()
        access = token.get("access_token")
        if not isinstance(access, str) or not access:
            raise OAuthError(
                f"{self.setting}.token_url: {url} answered without an access token; check {self.setting}.token_url"
            )
        self._access = Secret(access)
        expires_in = token.get("expires_in")
        self._expires_at = self.clock() + _seconds(expires_in)
        rotated = token.get("refresh_token")
        if stored and isinstance(rotated, str) and rotated and rotated != refresh_token.reveal():
            # Providers that rotate refresh tokens invalidate the old one: keep the new one at once.
            self.store.save(self.key, Secret(rotated))
        self.store.clear_revoked(self.key)
        log.info("oauth access token refreshed account=%s expires_in=%s", self.account, expires_in)

    def with_retry(self, attempt: Callable[[Secret], Any], is_auth_failure: Callable[[BaseException], bool]) -> Any:
        """Run `attempt` with a token; on an authentication failure refresh once and try again."""
        try:
            return attempt(self.access_token())
        except Exception as exc:
            if not is_auth_failure(exc):
                raise
            log.info("server refused the access token, refreshing once account=%s", self.account)
        self.invalidate()
        return attempt(self.access_token())


def _seconds(value: object) -> float:
    """expires_in as seconds; a provider that omits it (RFC 6749 §5.1 allows it) gets an hour."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 3600.0


# ---------------------------------------------------------------------------------------------
# Which accounts sign in with OAuth2 in a config


@dataclass(frozen=True)
class SignIn:
    """One account signing in with OAuth2, and the setting that describes it."""

    oauth2: OAuth2Settings
    account: str
    setting: str


def sign_ins(config: Settings) -> list[SignIn]:
    """The OAuth2 sign-ins a config needs, each once (smtp shares the mailbox's by default)."""
    found: list[SignIn] = []
    m = config.mailbox
    if m.source == "imap" and m.auth == "oauth2" and m.oauth2 is not None and m.username:
        found.append(SignIn(m.oauth2, m.username, "mailbox.oauth2"))
    smtp_oauth2 = config.smtp_oauth2
    if config.smtp is not None and smtp_oauth2 is not None and config.smtp.username:
        setting = "smtp.oauth2" if config.smtp.oauth2 is not None else "mailbox.oauth2"
        candidate = SignIn(smtp_oauth2, config.smtp.username, setting)
        if all(token_key(s.oauth2, s.account) != token_key(candidate.oauth2, candidate.account) for s in found):
            found.append(candidate)
    return found


_sources: dict[tuple[str, str], TokenSource] = {}
_sources_lock = threading.Lock()


def token_source(config: Settings, sign_in: SignIn, timeout: float = 30.0) -> TokenSource:
    """The process-wide TokenSource of one sign-in: IMAP and SMTP share its access token."""
    store_dir = str(config.state_path)
    key = (store_dir, token_key(sign_in.oauth2, sign_in.account))
    with _sources_lock:
        found = _sources.get(key)
        if found is None or found.oauth2 != sign_in.oauth2:
            found = TokenSource(
                sign_in.oauth2, sign_in.account, sign_in.setting, TokenStore(config.state_path), timeout
            )
            _sources[key] = found
        return found


def mailbox_tokens(config: Settings) -> TokenSource | None:
    """The token source IMAP signs in with, or None when the mailbox uses a password."""
    m = config.mailbox
    if m.source != "imap" or m.auth != "oauth2" or m.oauth2 is None or m.username is None:
        return None
    return token_source(config, SignIn(m.oauth2, m.username, "mailbox.oauth2"), m.timeout.seconds or 30.0)


def smtp_tokens(config: Settings) -> TokenSource | None:
    """The token source SMTP signs in with, or None for a password or no AUTH."""
    oauth2, smtp = config.smtp_oauth2, config.smtp
    if oauth2 is None or smtp is None or smtp.username is None:
        return None
    setting = "smtp.oauth2" if smtp.oauth2 is not None else "mailbox.oauth2"
    return token_source(config, SignIn(oauth2, smtp.username, setting), smtp.timeout.seconds or 30.0)


def revoked_sign_ins(config: Settings) -> list[str]:
    """The messages of the sign-ins a provider has revoked, for `status` and the notices."""
    store = TokenStore(config.state_path, keyring=None)
    out = []
    for s in sign_ins(config):
        text = store.revoked(token_key(s.oauth2, s.account))
        if text:
            out.append(text)
    return out


# ---------------------------------------------------------------------------------------------
# `followup login`


def login(config: Settings, sign_in: SignIn, say: Callable[[str], None], *, open_browser: bool = True) -> str:
    """Run the provider's sign-in for one account and store its refresh token; return where."""
    oauth2 = sign_in.oauth2
    device_url = oauth2.effective_device_url
    auth_url = oauth2.effective_auth_url
    if oauth2.provider == "google" or (device_url is None and auth_url is not None):
        if auth_url is None:
            raise OAuthError(f"{sign_in.setting}.auth_url: needed for a sign-in in the browser")
        token = _loopback_flow(oauth2, sign_in, auth_url, say, open_browser)
    elif device_url is not None:
        token = _device_flow(oauth2, sign_in, device_url, say)
    else:
        raise OAuthError(
            f"{sign_in.setting}: provider 'custom' needs device_url (device sign-in) or auth_url (browser sign-in)"
        )
    refresh = token.get("refresh_token")
    if not isinstance(refresh, str) or not refresh:
        raise OAuthError(
            f"{sign_in.setting}.scopes: the provider gave no refresh token; add the scope that grants one "
            "(offline_access for Microsoft)"
        )
    store = TokenStore(config.state_path)
    key = token_key(oauth2, sign_in.account)
    store.save(key, Secret(refresh))
    store.clear_revoked(key)
    return store.where


def _device_flow(oauth2: OAuth2Settings, sign_in: SignIn, device_url: str, say: Callable[[str], None]) -> Any:
    """RFC 8628: ask for a user code, show it, poll the token endpoint until the owner agrees."""
    url = oauth2.effective_token_url
    session = _session(oauth2, sign_in.setting, 30.0)
    try:

        def authorize() -> Any:
            data = {"client_id": oauth2.client_id, "scope": " ".join(oauth2.effective_scopes)}
            response = session.post(device_url, data=data, withhold_token=True)
            body = response.json()
            if "error" in body:
                from authlib.integrations.base_client.errors import OAuthError as LibOAuthError

                raise LibOAuthError(error=body["error"], description=body.get("error_description"))
            return body

        grant = _call(sign_in.setting, device_url, sign_in.account, authorize)
        verification = (
            grant.get("verification_uri_complete") or grant.get("verification_uri") or grant.get("verification_url")
        )
        say(f"To sign in {sign_in.account}, open {verification} and enter the code {grant.get('user_code')}")
        interval = float(grant.get("interval") or 5)
        deadline = time.monotonic() + min(float(grant.get("expires_in") or LOGIN_TIMEOUT_S), LOGIN_TIMEOUT_S)
        from authlib.integrations.base_client.errors import OAuthError as LibOAuthError

        while time.monotonic() < deadline:
            try:
                return session.fetch_token(url, grant_type=DEVICE_GRANT, device_code=grant["device_code"])
            except LibOAuthError as exc:
                if exc.error == "authorization_pending":
                    time.sleep(interval)
                    continue
                if exc.error == "slow_down":
                    interval += 5
                    time.sleep(interval)
                    continue
                if exc.error in ("access_denied", "expired_token"):
                    raise OAuthError(
                        f"sign-in for {sign_in.account} was not completed ({exc.error}); run `followup login` again"
                    ) from None
                raise _oauth_error(sign_in.setting, url, sign_in.account, exc) from None
            except Exception as exc:
                raise _oauth_error(sign_in.setting, url, sign_in.account, exc) from None
        raise OAuthError(f"sign-in for {sign_in.account} timed out; run `followup login` again")
    finally:
        session.close()


def _callback_handler(result: dict[str, str]) -> type[http.server.BaseHTTPRequestHandler]:
    """The handler of the one-time loopback address the browser is sent back to."""

    class Callback(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            answered = "code=" in self.path or "error=" in self.path
            if answered:
                result["url"] = self.path
            self.send_response(200 if answered else 404)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            if answered:
                self.wfile.write(b"followup: you can close this window and go back to the terminal.\n")

        def log_message(self, format: str, *args: Any) -> None:
            return  # the query string holds the code: never logged

    return Callback


def _loopback_flow(
    oauth2: OAuth2Settings, sign_in: SignIn, auth_url: str, say: Callable[[str], None], open_browser: bool
) -> Any:
    """The installed-app flow (RFC 8252): PKCE, the browser, a redirect to 127.0.0.1."""
    from authlib.common.security import generate_token

    result: dict[str, str] = {}
    server = http.server.HTTPServer(("127.0.0.1", 0), _callback_handler(result))
    server.timeout = 1.0
    redirect_uri = f"http://127.0.0.1:{server.server_port}/"
    session = _session(oauth2, sign_in.setting, 30.0, redirect_uri=redirect_uri, code_challenge_method="S256")
    verifier = generate_token(64)
    try:
        uri, state = session.create_authorization_url(
            auth_url, code_verifier=verifier, access_type="offline", prompt="consent", login_hint=sign_in.account
        )
        say(f"To sign in {sign_in.account}, open this address in your browser:\n{uri}")
        if open_browser:
            webbrowser.open(uri)
        deadline = time.monotonic() + LOGIN_TIMEOUT_S
        while "url" not in result and time.monotonic() < deadline:
            server.handle_request()
        path = result.get("url")
        if path is None:
            raise OAuthError(f"sign-in for {sign_in.account} timed out; run `followup login` again")
        if "error=" in path and "code=" not in path:
            raise OAuthError(f"sign-in for {sign_in.account} was refused in the browser; run `followup login` again")
        url = oauth2.effective_token_url
        return _call(
            sign_in.setting,
            url,
            sign_in.account,
            lambda: session.fetch_token(
                url, authorization_response=redirect_uri.rstrip("/") + path, code_verifier=verifier, state=state
            ),
        )
    finally:
        server.server_close()
        session.close()


__all__ = [
    "OAuthError",
    "SignIn",
    "SignInRevokedError",
    "TokenSource",
    "TokenStore",
    "login",
    "mailbox_tokens",
    "revoked_sign_ins",
    "sign_ins",
    "smtp_tokens",
    "token_source",
]
