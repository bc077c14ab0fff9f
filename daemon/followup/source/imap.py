"""The IMAP source: the only module that imports imapclient.

Owns the connection (implicit TLS, STARTTLS, or plain on loopback; certificates always
verified), login, read-only folder selection, UID searches and batched BODY.PEEK[] fetches,
APPEND (the Sent copy) and Message-ID searches. Every library or socket fault is translated
here into TransientSourceError (worth a retry) or PermanentSourceError (the user must fix
something), each one line naming host, port, user or folder. It must not decide what is new
(sync.py does, against the store) and must never mark mail read or log bodies or passwords.
Reading BODYSTRUCTURE and rebuilding huge mail from its fetched parts is source.bodystructure's;
`FetchLimits` lives there and is importable from here too.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.response_parser import parse_fetch_response

from followup.settings import MailboxSettings, Secret
from followup.errors import FollowupError, PermanentSourceError, SourceError, TransientSourceError
from followup.providers import KNOWN_SENT_NAMES
from followup.source import FetchedMail, FolderStatus
from followup.source.bodystructure import (
    FetchLimits as FetchLimits,  # re-exported: callers import it from here
    assemble,
    parts_of,
    section_name,
    terminated,
    wanted_sections,
)
from followup.source.headreply import Head, parsed_head, read_heads, single_part, uid_set

if TYPE_CHECKING:
    from followup.oauth import TokenSource

log = logging.getLogger(__name__)

_SERVER_TEXT_LIMIT = 200
HEADER_CAP = 256 * 1024  # a header longer than this is hostile; parse reads less of it
# No BODYSTRUCTURE with the heads: a single-part message's header already says what it holds,
# and reading the structure costs more than the rest of the head. It is asked for only where
# it decides something: a multipart message to be judged, a message too big to read whole.
_HEAD_ITEMS = f"(RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER]<0.{HEADER_CAP}>)"


def _server_said(exc: BaseException) -> str:
    """The server's words from an imaplib/imapclient error, on one short line."""
    arg = exc.args[0] if exc.args else str(exc)
    text = arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)
    if text.startswith(("b'", 'b"')) and text.endswith(("'", '"')):
        text = text[2:-1]
    text = " ".join(text.split())
    return text[:_SERVER_TEXT_LIMIT] or type(exc).__name__


class ImapSource:
    """A mailbox on an IMAP server; see the Source protocol for the contract."""

    def __init__(
        self,
        mailbox: MailboxSettings,
        password: Secret | None,
        tokens: TokenSource | None = None,
        *,
        limits: FetchLimits | None = None,
    ) -> None:
        if mailbox.host is None or mailbox.username is None:
            raise PermanentSourceError("mailbox: source 'imap' needs host and username; fix the config")
        self.mailbox = mailbox
        self.host: str = mailbox.host
        self.port = mailbox.effective_port
        self.username: str = mailbox.username
        self._password = password
        self._tokens = tokens
        self.limits = limits or FetchLimits()
        self._timeout = mailbox.timeout.seconds or None
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        self._selected_uidvalidity = 0
        # A long-running daemon keeps its login from one pass to the next (see `keep_open`).
        self._keep = False

    def __repr__(self) -> str:
        return f"ImapSource({self.username!r} at {self.where})"

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    # --- connection ---

    def _ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()  # verifies the chain and the host name
        if self.mailbox.ca_file:
            try:
                context.load_verify_locations(cafile=self.mailbox.ca_file)
            except (OSError, ssl.SSLError) as exc:
                raise PermanentSourceError(
                    f"cannot read mailbox.ca_file {self.mailbox.ca_file}: {exc}; fix the path"
                ) from None
        return context

    def keep_open(self, keep: bool = True) -> None:
        """While kept, `close` leaves the login open and `connect` reuses it when the server still
        answers: a daemon polling every few seconds then logs in once, not once a pass. A fault
        still drops the connection, so the next `connect` logs in again (a fresh OAuth2 token).
        """
        self._keep = keep

    def is_connected(self) -> bool:
        """Whether a logged-in connection is held (it may still have been dropped by the server)."""
        return self._client is not None

    def _reusable(self) -> bool:
        if not self._keep or self._client is None:
            return False
        try:
            with self._translate("NOOP"):
                self._client.noop()
        except FollowupError:
            return False  # dropped by the fault: log in again
        # Whatever a failed SELECT left selected on the server, select again before reading.
        self._selected = None
        return True

    def connect(self) -> None:
        """Connect and log in; raise TransientSourceError or PermanentSourceError."""
        if self._reusable():
            return
        self._logout()
        security = self.mailbox.security
        context = self._ssl_context() if security in ("tls", "starttls") else None
        with self._translate("connect"):
            client = IMAPClient(
                self.host,
                port=self.port,
                ssl=security == "tls",
                ssl_context=context,
                timeout=self._timeout,
            )
        # Timezone-aware INTERNALDATEs: we compare them with `now`, not with local wall time.
        client.normalise_times = False
        try:
            if security == "starttls":
                with self._translate("STARTTLS"):
                    client.starttls(context)
            self._login(client)
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        self._client = client
        self._selected = None
        log.debug("imap connected host=%s port=%d security=%s user=%s", self.host, self.port, security, self.username)

    def _login(self, client: IMAPClient) -> None:
        """LOGIN with the password, or AUTHENTICATE with an OAuth2 access token (RFC 7628)."""
        if self._tokens is None:
            password = self._password.reveal() if self._password is not None else ""
            with self._translate("login"):
                client.login(self.username, password)
            return
        from followup.oauth import OAuthError

        tokens = self._tokens
        with self._translate("CAPABILITY"):
            offered = client.capabilities()
        mechanism = self._mechanism(offered)

        def authenticate(token: Secret) -> None:
            if mechanism == "OAUTHBEARER":
                client.oauthbearer_login(self.username, token.reveal())
            else:
                client.oauth2_login(self.username, token.reveal(), mech="XOAUTH2")

        try:
            with self._translate("login", oauth=mechanism):
                tokens.with_retry(authenticate, lambda exc: isinstance(exc, LoginError))
        except OAuthError as exc:
            cls = TransientSourceError if exc.transient else PermanentSourceError
            raise cls(str(exc)) from None

    def _mechanism(self, offered: Sequence[bytes]) -> str:
        wanted = self.mailbox.oauth2.mechanism if self.mailbox.oauth2 is not None else "auto"
        if wanted != "auto":
            return wanted.upper()
        if b"AUTH=XOAUTH2" not in offered and b"AUTH=OAUTHBEARER" in offered:
            return "OAUTHBEARER"
        return "XOAUTH2"

    def close(self) -> None:
        """Log out and drop the connection (unless kept open); never raises."""
        if not self._keep:
            self._logout()

    def _logout(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                client.shutdown()

    def _conn(self) -> IMAPClient:
        if self._client is None:
            raise TransientSourceError(f"IMAP connection to {self.where} is not open; reconnecting")
        return self._client

    @contextlib.contextmanager
    def _translate(
        self, action: str, folder: str | None = None, *, refused: str | None = None, oauth: str | None = None
    ) -> Iterator[None]:
        """Turn library and socket faults inside the block into one-line SourceErrors.

        `refused` is the permanent error text for a tagged NO/BAD reply (a missing folder, a
        refused APPEND); without it such a reply counts as transient.
        """
        try:
            yield
        except FollowupError:
            raise  # ours already: a SourceError, or an OAuthError from the token endpoint
        except LoginError as exc:
            if oauth is None:
                raise self._error(exc, action, folder, refused) from None
            raise PermanentSourceError(
                f"IMAP sign-in with OAuth2 ({oauth}) refused for user '{self.username}' at {self.where} "
                f"(server said: {_server_said(exc)}); mailbox.username must be the signed-in account and "
                "the token must allow mail access: check mailbox.oauth2.scopes, or run `followup login`"
            ) from None
        except Exception as exc:
            raise self._error(exc, action, folder, refused) from None

    def _error(self, exc: Exception, action: str, folder: str | None, refused: str | None) -> SourceError:
        where = self.where + (f" folder={folder!r}" if folder else "")
        if isinstance(exc, LoginError):
            return PermanentSourceError(
                f"IMAP login failed for user '{self.username}' at {self.where}: wrong username or password "
                f"(server said: {_server_said(exc)}); fix mailbox.username/password"
            )
        self._drop()
        if isinstance(exc, ssl.SSLCertVerificationError):
            return PermanentSourceError(
                f"IMAP TLS certificate verification failed for {self.where}: {exc.verify_message or exc.reason}; "
                "fix mailbox.host, or set mailbox.ca_file to the CA that signed the server's certificate"
            )
        if isinstance(exc, ssl.SSLError):
            return PermanentSourceError(
                f"IMAP TLS handshake with {self.where} failed during {action}: {exc.reason or exc}; "
                "check mailbox.security (tls for port 993, starttls for 143) and mailbox.port"
            )
        if isinstance(exc, IMAPClientAbortError):
            return TransientSourceError(f"IMAP connection to {where} dropped during {action}: {_server_said(exc)}")
        if isinstance(exc, TimeoutError):
            return TransientSourceError(
                f"IMAP {action} at {where} timed out after {self._timeout}s; will retry"
            )
        if isinstance(exc, socket.gaierror):
            return TransientSourceError(
                f"IMAP host {self.host!r} cannot be resolved ({exc.strerror or exc}); check mailbox.host"
            )
        if isinstance(exc, OSError):
            return TransientSourceError(
                f"IMAP server {where} unreachable during {action}: {exc.strerror or exc}; will retry"
            )
        if isinstance(exc, IMAPClientError):
            if action == "STARTTLS":
                return PermanentSourceError(
                    f"IMAP server {self.where} refused STARTTLS ({_server_said(exc)}); "
                    "use mailbox.security: tls with the implicit-TLS port"
                )
            if refused is not None:
                return PermanentSourceError(refused.replace("{said}", _server_said(exc)))
            return TransientSourceError(f"IMAP {action} at {where} failed: {_server_said(exc)}")
        return TransientSourceError(f"IMAP {action} at {where} failed: {type(exc).__name__}: {exc}")

    def _drop(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()

    def _select(self, folder: str, setting: str = "mailbox.folders") -> dict[bytes, object]:
        """EXAMINE `folder`; a NO reply means it is missing (a permanent, user-fixable fault).

        `setting` is the config key that named the folder, for the error message.
        """
        client = self._conn()
        refused = (
            f"IMAP folder {folder!r} cannot be opened on {self.where} (server said: {{said}}); fix {setting}"
        )
        with self._translate("select", folder, refused=refused):
            # EXAMINE (read-only): even a plain BODY[] fetch cannot set \Seen (RFC 3501 §6.3.2).
            reply: dict[bytes, object] = client.select_folder(folder, readonly=True)
        uidvalidity = reply.get(b"UIDVALIDITY")
        if not isinstance(uidvalidity, int):
            raise PermanentSourceError(
                f"IMAP server {self.where} sent no UIDVALIDITY for folder {folder!r}; it cannot be synced safely"
            )
        self._selected = folder
        self._selected_uidvalidity = uidvalidity
        return reply

    def _ensure_selected(self, folder: str) -> int:
        if self._selected != folder:
            self._select(folder)
        return self._selected_uidvalidity

    # --- the Source contract ---

    def status(self, folder: str) -> FolderStatus:
        """Examine `folder` and return UIDVALIDITY, UIDNEXT and EXISTS."""
        reply = self._select(folder)  # always re-EXAMINE, so EXISTS and UIDNEXT are fresh
        uidnext = reply.get(b"UIDNEXT")
        exists = reply.get(b"EXISTS")
        return FolderStatus(
            name=folder,
            uidvalidity=self._selected_uidvalidity,
            uidnext=uidnext if isinstance(uidnext, int) else None,
            exists=exists if isinstance(exists, int) else 0,
        )

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        """UIDs greater than `last_uid`, ascending."""
        self._ensure_selected(folder)
        client = self._conn()
        with self._translate("UID SEARCH", folder):
            found = client.search(["UID", f"{last_uid + 1}:*"])
        # RFC 3501 §6.4.8: `n:*` with n beyond the highest UID still matches the last message.
        return sorted(uid for uid in found if uid > last_uid)

    def fetch(self, folder: str, uids: Sequence[int]) -> Iterator[FetchedMail]:
        """Yield the messages for `uids` in ascending order: heads first, then bodies by bytes."""
        wanted = sorted(set(uids))
        for start in range(0, len(wanted), self.mailbox.batch_size):
            heads = list(self.heads(folder, wanted[start : start + self.mailbox.batch_size]))
            yield from self.bodies(folder, heads)

    # --- the fetch path: heads, then bodies batched by bytes, huge mail in part ---

    def heads(self, folder: str, uids: Sequence[int]) -> Iterator[FetchedMail]:
        """Yield each message's head (header, RFC822.SIZE, INTERNALDATE), ascending.

        A single-part message's parts are read off its header; a multipart one's are unknown
        (parts None) until `structures` asks the server.
        """
        wanted = sorted(set(uids))
        for start in range(0, len(wanted), self.mailbox.batch_size):
            batch = wanted[start : start + self.mailbox.batch_size]
            uidvalidity = self._ensure_selected(folder)
            client = self._conn()
            with self._translate("FETCH", folder):
                reply = _fetch_heads(client, batch)
            for uid in batch:
                head = reply.pop(uid, None)
                if head is None:
                    # Expunged between SEARCH and FETCH: nothing to record.
                    log.debug("imap uid vanished folder=%s uid=%d", folder, uid)
                    continue
                yield FetchedMail(
                    folder=folder,
                    uidvalidity=uidvalidity,
                    uid=uid,
                    raw=head.header,
                    internal_date=head.internal_date,
                    size=head.size,
                    complete=False,
                    parts=single_part(head.header),
                )

    def structures(self, folder: str, heads: Sequence[FetchedMail]) -> list[FetchedMail]:
        """The heads with the server's BODYSTRUCTURE and their parts, where not known yet."""
        unknown = sorted({h.uid for h in heads if h.structure is None})
        found: dict[int, object] = {}
        for start in range(0, len(unknown), self.mailbox.batch_size):
            self._ensure_selected(folder)
            client = self._conn()
            with self._translate("FETCH", folder):
                reply = client.fetch(unknown[start : start + self.mailbox.batch_size], ["BODYSTRUCTURE"])
            found.update((uid, data.get(b"BODYSTRUCTURE")) for uid, data in reply.items())
        out = []
        for head in heads:
            structure = found.get(head.uid)
            if head.structure is None and structure is not None:
                head = replace(head, parts=parts_of(structure), structure=structure)
            out.append(head)
        return out

    def bodies(self, folder: str, heads: Sequence[FetchedMail]) -> Iterator[FetchedMail]:
        """Yield the messages of `heads` in ascending UID order, batched by bytes.

        A message over `limits.max_whole_bytes` is not fetched whole: only its text and calendar parts
        are, each capped, and the result is marked truncated. So memory stays bounded by the
        batch budget whatever the size of the mail in the folder.
        """
        batch: list[FetchedMail] = []
        held = 0
        for head in sorted(heads, key=lambda h: h.uid):
            size = head.size if head.size is not None else 0
            if size > self.limits.max_whole_bytes and head.structure is None:
                [head] = self.structures(folder, [head])
            if size > self.limits.max_whole_bytes and head.structure is not None:
                yield from self._whole(folder, batch)
                batch, held = [], 0
                partial = self._partial(folder, head)
                if partial is not None:
                    yield partial
                continue
            if batch and (held + size > self.limits.batch_bytes or len(batch) >= self.mailbox.batch_size):
                yield from self._whole(folder, batch)
                batch, held = [], 0
            batch.append(head)
            held += size
        yield from self._whole(folder, batch)

    def _whole(self, folder: str, heads: Sequence[FetchedMail]) -> Iterator[FetchedMail]:
        if not heads:
            return
        uidvalidity = self._ensure_selected(folder)
        client = self._conn()
        with self._translate("FETCH", folder):
            reply = client.fetch([h.uid for h in heads], ["BODY.PEEK[]"])
        for head in heads:
            data = reply.pop(head.uid, None)
            if data is None:
                log.debug("imap uid vanished folder=%s uid=%d", folder, head.uid)
                continue
            raw = data.get(b"BODY[]")
            if not isinstance(raw, bytes):
                # The server cannot deliver this one (a broken file on its side): empty bytes let
                # sync record it as an error instead of losing it silently.
                log.warning("imap message without body folder=%s uid=%d", folder, head.uid)
                raw = b""
            yield replace(head, uidvalidity=uidvalidity, raw=raw, complete=True, structure=None)

    def _partial(self, folder: str, head: FetchedMail) -> FetchedMail | None:
        """Fetch the header and only the text and calendar parts of a huge message, each capped."""
        leaves = wanted_sections(head.structure, self.limits)
        items = list(dict.fromkeys(f"BODY.PEEK[{s}]<0.{cap}>" if cap else f"BODY.PEEK[{s}]" for s, cap in leaves))
        self._ensure_selected(folder)
        client = self._conn()
        data: dict[bytes, object] = {}
        if items:
            with self._translate("FETCH", folder):
                reply = client.fetch([head.uid], items)
            found = reply.get(head.uid)
            if found is None:
                log.debug("imap uid vanished folder=%s uid=%d", folder, head.uid)
                return None
            data = dict(found)
        sections = {k: v for k, v in ((section_name(k), v) for k, v in data.items()) if k and isinstance(v, bytes)}
        body = assemble(head.structure, "", sections, self.limits)
        log.info(
            "message too big to read whole, read in part folder=%s uid=%d size=%d read=%d",
            folder, head.uid, head.size or 0, len(body),
        )  # fmt: skip
        return replace(head, raw=terminated(head.raw) + body, complete=False, truncated=True, structure=None)

    def append(self, folder: str, raw: bytes, flags: Sequence[str], when: datetime) -> None:
        """APPEND `raw` to `folder` with `flags` and INTERNALDATE `when`."""
        client = self._conn()
        refused = (
            f"IMAP APPEND to folder {folder!r} on {self.where} refused (server said: {{said}}); "
            "create the folder or fix smtp.save_sent_to"
        )
        with self._translate("APPEND", folder, refused=refused):
            try:
                client.append(folder, raw, flags=tuple(flags), msg_time=when)
            except IMAPClientError as exc:
                # RFC 3501 §6.3.11: [TRYCREATE] says the folder is missing and may be created.
                if isinstance(exc, IMAPClientAbortError) or "TRYCREATE" not in _server_said(exc).upper():
                    raise
                log.info("imap creating the missing folder folder=%s", folder)
                client.create_folder(folder)
                client.append(folder, raw, flags=tuple(flags), msg_time=when)
        self._selected = None if self._selected == folder else self._selected

    def find_sent_folder(self) -> tuple[str | None, str]:
        """The Sent folder: SPECIAL-USE \\Sent (RFC 6154), else a well-known name; and how it was found."""
        client = self._conn()
        with self._translate("LIST"):
            listing = client.list_folders()
        names: dict[str, str] = {}
        for flags, _delimiter, name in listing:
            text = name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)
            if any(f.lower() == b"\\sent" for f in flags if isinstance(f, bytes)):
                return text, "the folder the server marks as Sent (SPECIAL-USE)"
            names[text.lower()] = text
        for known in KNOWN_SENT_NAMES:
            if known.lower() in names:
                return names[known.lower()], "a folder with a well-known Sent name"
        return None, f"no folder is marked as Sent and none is named {', '.join(KNOWN_SENT_NAMES[:3])}, ..."

    def has_message_id(self, folder: str, message_id: str) -> bool:
        """True if `folder` holds a message whose Message-ID header is `message_id`."""
        self._select(folder, setting="smtp.save_sent_to")
        client = self._conn()
        with self._translate("SEARCH HEADER", folder):
            found = client.search(["HEADER", "Message-ID", message_id])
        return bool(found)


    # --- waiting for news (IDLE, RFC 2177) ---

    def supports_idle(self) -> bool:
        """True when the server offers IDLE."""
        client = self._conn()
        with self._translate("CAPABILITY"):
            return b"IDLE" in client.capabilities()

    def wait_for_change(self, folder: str, timeout: float) -> bool:
        """Block up to `timeout` seconds for new mail in `folder`; True when something arrived.

        Uses IDLE when offered: the caller re-issues it on every call, far inside the 29 minutes
        RFC 2177 allows. Without IDLE a NOOP keeps the connection alive and reports changes.
        """
        self._ensure_selected(folder)
        client = self._conn()
        if not self.supports_idle():
            # No IDLE: a NOOP reports what arrived since the last call, and the wait is a plain
            # sleep so that the caller's loop never spins against the server.
            with self._translate("NOOP", folder):
                _, responses = client.noop()
            if _has_news(responses):
                return True
            time.sleep(timeout)
            return False
        with self._translate("IDLE", folder):
            client.idle()
            seen: list[object] = []
            try:
                # Mail that came while no IDLE ran is announced with IDLE's continuation, often in
                # the same read: it then waits in the reader, where waiting on the socket never
                # sees it. DONE's reply carries it.
                if not _holds_unread(client):
                    seen.extend(client.idle_check(timeout=timeout))
            finally:
                # What arrives between the wait's end and DONE comes with DONE's reply: it would
                # be announced by no later IDLE.
                _, late = client.idle_done()
                seen.extend(late)
        return _has_news(seen)


def _holds_unread(client: IMAPClient) -> bool:
    """Whether the connection's reader already holds bytes nobody has read (without blocking)."""
    sock = client.socket()
    reader = client._imap.file  # imapclient offers no public view of what its reader holds
    before = sock.gettimeout()
    sock.setblocking(False)
    try:
        return bool(reader.peek(1))
    except (BlockingIOError, ssl.SSLWantReadError):
        return False
    finally:
        sock.settimeout(before)


def _has_news(responses: object) -> bool:
    """True if untagged responses announce a new or expunged message (EXISTS, RECENT, EXPUNGE)."""
    for item in responses if isinstance(responses, list) else []:
        if isinstance(item, tuple) and len(item) >= 2 and item[1] in (b"EXISTS", b"RECENT", b"EXPUNGE"):
            return True
    return False


def _fetch_heads(client: IMAPClient, uids: Sequence[int]) -> dict[int, Head]:
    """The heads FETCH: its reply read by `read_heads`, or by imapclient when of another shape."""
    typ, data = client._imap.uid("FETCH", uid_set(uids), _HEAD_ITEMS)  # the raw reply, for read_heads
    if typ != "OK":
        raise IMAPClientError(f"FETCH failed: {data[0]!r}" if data else "FETCH failed")
    heads = read_heads(data)
    if heads is not None:
        return heads
    reply = parse_fetch_response(data, client.normalise_times, client.use_uid)
    return {uid: parsed_head(found) for uid, found in reply.items()}
