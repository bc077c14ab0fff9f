"""A small OAuth2 authorization server on 127.0.0.1 for the integration tests.

It speaks the real protocols, so followup's client and Dovecot's oauth2 passdb talk to it as
they would to a provider: the refresh grant (RFC 6749 §6), the device authorization grant
(RFC 8628), the authorization-code grant with PKCE (RFC 6749 §4.1, RFC 7636) that a sign-in
in the browser ends with, and token introspection (RFC 7662) for Dovecot. It holds one client, users with
refresh tokens, and what it issued; a test can revoke a refresh token, expire the access tokens,
or narrow what a token may do. Must not be imported by the package.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

CLIENT_ID = "followup-test-client"
MAIL_SCOPE = "mail"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


@dataclass
class Grant:
    """What a token lets its holder do: who it is, which scopes, until when."""

    user: str
    scopes: frozenset[str]
    expires_at: float


@dataclass
class TokenServer:
    """The server's state; every field is read and written under `lock`."""

    client_id: str = CLIENT_ID
    allowed_scopes: frozenset[str] = frozenset({MAIL_SCOPE, "offline_access"})
    access_lifetime_s: int = 3600
    refresh_tokens: dict[str, Grant] = field(default_factory=dict)
    access_tokens: dict[str, Grant] = field(default_factory=dict)
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    browser_user: str = "owner"  # who "signs in" at /authorize
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0
    httpd: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def token_url(self) -> str:
        return f"{self.url}/token"

    @property
    def device_url(self) -> str:
        return f"{self.url}/device"

    @property
    def auth_url(self) -> str:
        return f"{self.url}/authorize"

    @property
    def introspection_url(self) -> str:
        return f"{self.url}/introspect"

    # --- what a test does ---

    def issue_refresh_token(self, user: str, scopes: tuple[str, ...] = (MAIL_SCOPE,)) -> str:
        token = "rt-" + secrets.token_urlsafe(24)
        with self.lock:
            self.refresh_tokens[token] = Grant(user, frozenset(scopes), float("inf"))
        return token

    def revoke(self, refresh_token: str) -> None:
        with self.lock:
            self.refresh_tokens.pop(refresh_token, None)

    def expire_access_tokens(self) -> None:
        with self.lock:
            for grant in self.access_tokens.values():
                grant.expires_at = 0.0

    def grants(self, grant_type: str) -> int:
        """How many token requests of this grant type came in."""
        with self.lock:
            return sum(1 for path, form in self.requests if path == "/token" and form.get("grant_type") == grant_type)

    # --- the protocol ---

    def _issue_access(self, grant: Grant) -> dict[str, Any]:
        token = "at-" + secrets.token_urlsafe(24)
        self.access_tokens[token] = Grant(grant.user, grant.scopes, time.time() + self.access_lifetime_s)
        return {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": self.access_lifetime_s,
            "scope": " ".join(sorted(grant.scopes)),
        }

    def handle(self, path: str, form: dict[str, str], basic: str | None) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.requests.append((path, form))
            if path == "/introspect":
                return 200, self._introspect(form)
            client = form.get("client_id") or basic
            if client != self.client_id:
                return 401, {"error": "invalid_client", "error_description": "unknown client"}
            requested = frozenset(form.get("scope", "").split())
            if requested - self.allowed_scopes:
                return 400, {"error": "invalid_scope", "error_description": "scope not allowed for this client"}
            if path == "/device":
                return 200, self._device(requested)
            if path != "/token":
                return 404, {"error": "not_found"}
            grant_type = form.get("grant_type")
            if grant_type == "refresh_token":
                grant = self.refresh_tokens.get(form.get("refresh_token", ""))
                if grant is None:
                    return 400, {"error": "invalid_grant", "error_description": "the refresh token was revoked"}
                return 200, self._issue_access(grant)
            if grant_type == DEVICE_GRANT:
                return self._device_token(form.get("device_code", ""))
            if grant_type == "authorization_code":
                return self._code_token(form)
            return 400, {"error": "unsupported_grant_type"}

    def _introspect(self, form: dict[str, str]) -> dict[str, Any]:
        grant = self.access_tokens.get(form.get("token", ""))
        # A token that cannot read mail is worth nothing to the mail server (RFC 7662 §2.2).
        if grant is None or grant.expires_at < time.time() or MAIL_SCOPE not in grant.scopes:
            return {"active": False}
        return {
            "active": True,
            "username": grant.user,
            "scope": " ".join(sorted(grant.scopes)),
            "exp": int(grant.expires_at),
        }

    def _device(self, scopes: frozenset[str]) -> dict[str, Any]:
        device_code = "dc-" + secrets.token_urlsafe(16)
        user_code = secrets.token_hex(3).upper()
        # Pending until the test approves the user code (approve_device); each poll is counted.
        self.devices[device_code] = {"user_code": user_code, "scopes": scopes, "polls": 0, "user": None}
        return {
            "device_code": device_code,
            "user_code": user_code,
            "verification_uri": f"{self.url}/activate",
            "expires_in": 60,
            "interval": 1,
        }

    def authorize(self, query: dict[str, str]) -> str:
        """The browser's visit to the authorization endpoint: where it is sent back to."""
        with self.lock:
            self.requests.append(("/authorize", query))
            redirect = query.get("redirect_uri", "")
            host = urlsplit(redirect).hostname
            # RFC 8252 §7.3: a native app's redirect is to a loopback address, on any port.
            if query.get("client_id") != self.client_id or host != "127.0.0.1":
                return f"{redirect}?error=unauthorized_client"
            if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
                return f"{redirect}?error=invalid_request&state={query.get('state', '')}"
            code = "ac-" + secrets.token_urlsafe(16)
            self.codes[code] = {
                "challenge": query["code_challenge"],
                "redirect_uri": redirect,
                "scopes": frozenset(query.get("scope", "").split()),
            }
            return f"{redirect}?{urlencode({'code': code, 'state': query.get('state', '')})}"

    def _code_token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        grant = self.codes.pop(form.get("code", ""), None)
        if grant is None or grant["redirect_uri"] != form.get("redirect_uri"):
            return 400, {"error": "invalid_grant"}
        digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
        if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != grant["challenge"]:
            return 400, {"error": "invalid_grant", "error_description": "PKCE verification failed"}
        refresh = "rt-" + secrets.token_urlsafe(24)
        issued = Grant(self.browser_user, grant["scopes"] or frozenset({MAIL_SCOPE}), float("inf"))
        self.refresh_tokens[refresh] = issued
        return 200, {**self._issue_access(issued), "refresh_token": refresh}

    def approve_device(self, user_code: str, user: str) -> None:
        with self.lock:
            for device in self.devices.values():
                if device["user_code"] == user_code:
                    device["user"] = user

    def _device_token(self, device_code: str) -> tuple[int, dict[str, Any]]:
        device = self.devices.get(device_code)
        if device is None:
            return 400, {"error": "expired_token"}
        device["polls"] += 1
        if device["user"] is None:
            return 400, {"error": "authorization_pending"}
        del self.devices[device_code]
        refresh = "rt-" + secrets.token_urlsafe(24)
        grant = Grant(device["user"], frozenset(device["scopes"]) or frozenset({MAIL_SCOPE}), float("inf"))
        self.refresh_tokens[refresh] = grant
        return 200, {**self._issue_access(grant), "refresh_token": refresh}


def _handler(server: TokenServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path != "/authorize":
                self.send_error(404)
                return
            location = server.authorize({k: v[0] for k, v in parse_qs(parts.query).items()})
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8")
            form = {k: v[0] for k, v in parse_qs(body).items()}
            basic = None
            auth = self.headers.get("Authorization", "")
            if auth.startswith("Basic "):
                basic = base64.b64decode(auth[6:]).decode().split(":", 1)[0]
            status, payload = server.handle(self.path.split("?")[0], form, basic)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return

    return Handler


def start_token_server() -> TokenServer:
    server = TokenServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    httpd.daemon_threads = True
    server.httpd = httpd
    server.port = int(httpd.server_address[1])
    threading.Thread(target=httpd.serve_forever, name="token-server", daemon=True).start()
    return server


def stop_token_server(server: TokenServer) -> None:
    if server.httpd is not None:
        server.httpd.shutdown()
        server.httpd.server_close()


@pytest.fixture(scope="session")
def token_server() -> Iterator[TokenServer]:
    server = start_token_server()
    try:
        yield server
    finally:
        stop_token_server(server)
