"""A throw-away Dovecot IMAP server on 127.0.0.1, for the integration tests and bench/ingest.py.

Owns: writing a self-contained dovecot.conf (no system config is included), passwd-file users,
Maildir storage and trustme certificates under one temp dir; starting the server on free ports
(one port with STARTTLS, one with implicit TLS), waiting for the `* OK` greeting, and stopping
it. Also the test-bed chores: seeding Maildir files directly (fast, before indexing), dropping a
user's connections, and resetting a folder's UIDVALIDITY. Must not be imported by the package.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import trustme
from imapclient import IMAPClient

DOVECOT_CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")
DOVEADM_CANDIDATES = ("/usr/bin/doveadm", "/usr/local/bin/doveadm")
START_TIMEOUT_S = 20.0
USERS = {"owner": "secret", "other": "other-secret"}


def _find(name: str, candidates: tuple[str, ...]) -> str | None:
    """The `name` binary on PATH or at one of `candidates` (sbin is often off a user's PATH)."""
    return shutil.which(name) or next((c for c in candidates if os.access(c, os.X_OK)), None)


def find_dovecot() -> str | None:
    """The dovecot binary, or None on a machine without it."""
    return _find("dovecot", DOVECOT_CANDIDATES)


def require_dovecot() -> None:
    """Skip the calling test on a machine without Dovecot, saying how to get it.

    The README's test command installs it (as root) and sets FOLLOWUP_REQUIRE_DOVECOT, so there
    a missing server fails the run instead of skipping half the suite quietly.
    """
    if find_dovecot() is None:
        why = "dovecot is not installed (apt-get install dovecot-imapd); the IMAP tests need a real server"
        if os.environ.get("FOLLOWUP_REQUIRE_DOVECOT"):
            pytest.fail(why)
        pytest.skip(why)


def find_doveadm() -> str | None:
    """The doveadm binary, or None."""
    return _find("doveadm", DOVEADM_CANDIDATES)


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _mail_user() -> tuple[str, int, int]:
    """The unprivileged user the mail processes run as (Dovecot refuses root for mail)."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        return me.pw_name, me.pw_uid, me.pw_gid
    for name in ("dovecot", "mail", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return entry.pw_name, entry.pw_uid, entry.pw_gid
    raise RuntimeError("no unprivileged user (dovecot, mail, nobody) to run Dovecot's mail processes as")


def _login_user() -> str:
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid()).pw_name
    for name in ("dovenull", "nobody"):
        try:
            return pwd.getpwnam(name).pw_name
        except KeyError:
            continue
    return _mail_user()[0]


@dataclass
class Dovecot:
    """A running Dovecot instance and what a test needs to reach it."""

    root: Path
    host: str = "127.0.0.1"
    port: int = 0  # plain IMAP, STARTTLS offered
    tls_port: int = 0  # implicit TLS (the 993 style)
    ca_file: Path = field(default_factory=Path)
    users: dict[str, str] = field(default_factory=lambda: dict(USERS))
    process: subprocess.Popen[bytes] | None = None
    mail_uid: int = 0
    mail_gid: int = 0

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_file(self) -> Path:
        return self.root / "dovecot.log"

    def home(self, user: str) -> Path:
        return self.root / "home" / user

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        """The Maildir directory of `folder` (Maildir++: subfolders are `.Name`)."""
        base = self.home(user) / "Maildir"
        return base if folder.upper() == "INBOX" else base / ("." + folder.replace("/", "."))

    def client(self, user: str = "owner", *, timeout: float = 10) -> IMAPClient:
        """A connection logged in as `user` (plain IMAP on loopback); the caller logs out."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=timeout)
        client.login(user, self.users[user])
        return client

    # --- lifecycle ---

    def start(self) -> None:
        """Start Dovecot in the foreground (as a child) and wait for the `* OK` greeting."""
        binary = find_dovecot()
        if binary is None:
            raise RuntimeError("dovecot not found")
        with open(self.root / "dovecot.stderr", "wb") as stderr:
            self.process = subprocess.Popen(
                [binary, "-F", "-c", str(self.conf)],
                stdout=subprocess.DEVNULL,
                stderr=stderr,  # the child keeps its own copy of the descriptor
                start_new_session=True,
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        for port in (self.port, self.tls_port):
            while True:
                if self.process.poll() is not None:
                    raise RuntimeError(f"dovecot exited with {self.process.returncode}: {self.diagnostics()}")
                if port == self.port and self._greets(port):
                    break
                if port == self.tls_port and self._listens(port):
                    break
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"dovecot did not answer on port {port}: {self.diagnostics()}")
                time.sleep(0.05)

    def _greets(self, port: int) -> bool:
        try:
            with socket.create_connection((self.host, port), timeout=1) as sock:
                return sock.recv(200).startswith(b"* OK")
        except OSError:
            return False

    def _listens(self, port: int) -> bool:
        try:
            with socket.create_connection((self.host, port), timeout=1):
                return True
        except OSError:
            return False

    def diagnostics(self) -> str:
        """The tail of Dovecot's stderr and log, for an error message."""
        text = ""
        for name in ("dovecot.stderr", "dovecot.log"):
            path = self.root / name
            if path.exists():
                text += path.read_text(errors="replace")[-1500:]
        return text.strip().replace("\n", " | ") or "(no output)"

    def stop(self) -> None:
        """Stop the server and wait for it."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def cleanup(self) -> None:
        """Stop the server and remove its directory."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    # --- test-bed chores ---

    def doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run doveadm against this instance."""
        binary = find_doveadm()
        if binary is None:
            raise RuntimeError("doveadm not found")
        return subprocess.run(
            [binary, "-c", str(self.conf), *args], capture_output=True, text=True, timeout=30, check=False
        )

    @property
    def instance_name(self) -> str:
        return f"followup-test-{self.port}"

    def imap_pids(self, user: str) -> list[int]:
        """The pids of the `imap` processes serving `user` in this instance.

        With `verbose_proctitle` Dovecot titles them `dovecot-<instance>/imap [user ip ...]`.
        """
        prefix = f"dovecot-{self.instance_name}/imap [{user} "
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if cmdline.startswith(prefix):
                pids.append(int(entry.name))
        return pids

    def kill_imap(self, user: str) -> int:
        """SIGKILL every imap process serving `user`, dropping their connections; return how many."""
        pids = self.imap_pids(user)
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        return len(pids)

    def reset_uidvalidity(self, user: str, folder: str = "INBOX") -> None:
        """Forget the folder's UIDs: Dovecot gives it a new UIDVALIDITY and renumbers its mail.

        The user's sessions are dropped first, then dovecot-uidlist and the index files are
        removed; the next SELECT rebuilds them (RFC 3501 §2.3.1.1: new UIDVALIDITY, new UIDs).
        """
        self.kill_imap(user)
        time.sleep(0.1)
        box = self.maildir(user, folder)
        for path in box.iterdir():
            if (
                path.name == "dovecot-uidlist"
                or path.name.startswith("dovecot.index")
                or path.name == "dovecot-uidlist.lock"
            ):
                path.unlink()
        # Dovecot's next UIDVALIDITY comes from the clock (and the dovecot-uidvalidity file);
        # a second boundary guarantees a different value.
        time.sleep(1.05)

    def seed_maildir(self, user: str, messages: Iterable[tuple[bytes, float]], folder: str = "INBOX") -> int:
        """Write messages (raw, internal date as epoch seconds) straight into the user's Maildir.

        Much faster than APPEND for thousands of messages; call before the first session of the
        folder (or reset it) so Dovecot indexes them in name order. Returns how many were written.
        """
        box = self.maildir(user, folder)
        for sub in ("cur", "new", "tmp"):
            (box / sub).mkdir(parents=True, exist_ok=True)
        if folder.upper() != "INBOX":
            (box / "maildirfolder").touch()
        count = 0
        host = socket.gethostname()
        for count, (raw, when) in enumerate(messages, start=1):
            name = f"{int(when)}.M{count:08d}P{os.getpid()}.{host},S={len(raw)}:2,"
            path = box / "cur" / name
            path.write_bytes(raw)
            os.utime(path, (when, when))
        self._own(self.home(user))
        return count

    def _own(self, top: Path) -> None:
        if os.geteuid() != 0:
            return
        for dirpath, _dirnames, filenames in os.walk(top):
            os.chown(dirpath, self.mail_uid, self.mail_gid)
            for name in filenames:
                os.chown(os.path.join(dirpath, name), self.mail_uid, self.mail_gid)


def make_dovecot(
    base: str | os.PathLike[str] | None = None,
    *,
    introspection_url: str | None = None,
    sent_special_use: str | None = "Sent",
) -> Dovecot:
    """Lay out and configure (but do not start) a Dovecot instance in a fresh temp dir.

    The dir is made under /tmp (or `base`) with mode 0755: the mail processes run as an
    unprivileged user that must traverse it, which pytest's 0700 tmp dirs would forbid.
    With `introspection_url`, it also takes SASL XOAUTH2 and OAUTHBEARER, validating each
    token at that RFC 7662 endpoint (passdb oauth2). `sent_special_use` names the folder marked
    \\Sent (RFC 6154); None marks none, as on servers without SPECIAL-USE.
    """
    root = Path(tempfile.mkdtemp(prefix="followup-dovecot-", dir=base or "/tmp"))
    root.chmod(0o755)
    mail_user, uid, gid = _mail_user()
    login_user = _login_user()
    dc = Dovecot(root=root, port=free_port(), tls_port=free_port(), mail_uid=uid, mail_gid=gid)

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    dc.ca_file = root / "ca.pem"
    ca.cert_pem.write_to_path(str(dc.ca_file))
    cert.private_key_pem.write_to_path(str(root / "server.key"))
    for blob in cert.cert_chain_pems:
        blob.write_to_path(str(root / "server.pem"), append=True)
    (root / "server.key").chmod(0o600)

    with open(root / "passwd", "w", encoding="ascii") as fh:
        for user, password in dc.users.items():
            fh.write(f"{user}:{{PLAIN}}{password}::::::\n")
    for user in dc.users:
        for sub in ("cur", "new", "tmp"):
            (dc.maildir(user) / sub).mkdir(parents=True, exist_ok=True)
    dc._own(root / "home")
    if os.geteuid() == 0:
        os.chown(root / "passwd", 0, gid)

    (root / "run").mkdir(mode=0o755)
    mechanisms = "plain login"
    oauth2_passdb = ""
    if introspection_url is not None:
        mechanisms += " xoauth2 oauthbearer"
        (root / "dovecot-oauth2.conf.ext").write_text(
            f"""introspection_mode = post
introspection_url = {introspection_url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
"""
        )
        oauth2_passdb = f"""
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/dovecot-oauth2.conf.ext
}}
"""
    sent_mailbox = f'  mailbox "{sent_special_use}" {{\n    special_use = \\Sent\n  }}\n' if sent_special_use else ""
    dc.conf.write_text(
        f"""# Generated for one test session; no system configuration is included.
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = {dc.instance_name}
log_path = {dc.log_file}
info_log_path = {dc.log_file}
auth_verbose = no
auth_failure_delay = 0
shutdown_clients = yes
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
default_internal_user = {mail_user}
default_internal_group = {grp.getgrgid(gid).gr_name}
default_login_user = {login_user}
first_valid_uid = {min(uid, 500)}
first_valid_gid = {min(gid, 500)}
mail_uid = {uid}
mail_gid = {gid}
mail_location = maildir:~/Maildir
mail_fsync = never
verbose_proctitle = yes
import_environment = TZ

ssl = yes
ssl_cert = <{root}/server.pem
ssl_key = <{root}/server.key
ssl_min_protocol = TLSv1.2

passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
{oauth2_passdb}userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}

namespace inbox {{
  inbox = yes
  separator = /
{sent_mailbox}}}

service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {dc.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {dc.tls_port}
    ssl = yes
  }}
}}
service imap {{
  process_limit = 64
}}
# No auth penalty: the tests fail logins on purpose and must not be slowed down for it.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""
    )
    return dc


def start_dovecot(
    base: str | os.PathLike[str] | None = None,
    *,
    introspection_url: str | None = None,
    sent_special_use: str | None = "Sent",
) -> Dovecot:
    """Configure and start a Dovecot; raise RuntimeError (with Dovecot's own words) on failure."""
    dc = make_dovecot(base, introspection_url=introspection_url, sent_special_use=sent_special_use)
    try:
        dc.start()
    except BaseException:
        dc.cleanup()
        raise
    return dc
