"""The Maildir source: the Source contract over a local Maildir (local mail setups, the demo).

Owns the mapping of folders to directories ("INBOX" is the Maildir root, "Name" the Maildir++
subfolder ".Name", "A/B" is ".A.B"), and IMAP-like identities for files: each folder keeps a
`followup-uidlist` file (like Dovecot's dovecot-uidlist) that gives every message key a stable,
increasing UID in delivery order (mtime, then name), under a UIDVALIDITY that changes only when
that file is lost. The last UIDVALIDITY handed out is kept in `followup-uidvalidity` at the root
so a rebuilt list never reuses one. It never moves, renames or flags a message (new/ stays
new/): reading is read-only. `append` writes through tmp/ and a rename (the Maildir delivery
protocol). It must not decide what is new; sync.py does that against the store.
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import logging
import os
import socket
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, UTC
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from followup.errors import PermanentSourceError, TransientSourceError
from followup.source import FetchedMail, FolderStatus

log = logging.getLogger(__name__)

UIDLIST_NAME = "followup-uidlist"
UIDVALIDITY_NAME = "followup-uidvalidity"
_LOCK_NAME = "followup-uidlist.lock"
_UIDVALIDITY_LOCK_NAME = "followup-uidvalidity.lock"
_UIDLIST_MAGIC = "followup-uidlist 1"
_HEADER_READ_LIMIT = 256 * 1024
# Maildir flags by IMAP system flag (the "2," info of the Maildir spec, letters in ASCII order).
_FLAG_LETTERS = {"\\draft": "D", "\\flagged": "F", "\\answered": "R", "\\seen": "S", "\\deleted": "T"}
_counter = itertools.count(1)


@dataclass
class _Listing:
    """One folder's messages as of the last scan."""

    uidvalidity: int
    next_uid: int
    path_by_uid: dict[int, Path]


def _key(name: str) -> str:
    """The unique part of a Maildir file name: everything before the ':2,flags' info."""
    return name.split(":", 1)[0]


class MaildirSource:
    """A Maildir directory; see the Source protocol for the contract."""

    def __init__(self, path: str, base_dir: str = ".") -> None:
        expanded = Path(os.path.expandvars(os.path.expanduser(path)))
        self.root = expanded if expanded.is_absolute() else Path(base_dir) / expanded
        self._listings: dict[str, _Listing] = {}

    def __repr__(self) -> str:
        return f"MaildirSource({str(self.root)!r})"

    # --- connection (nothing to open, but the same checks) ---

    def connect(self) -> None:
        """Check that the Maildir exists; raise PermanentSourceError naming mailbox.path if not."""
        if not (self.root / "cur").is_dir() or not (self.root / "new").is_dir():
            raise PermanentSourceError(
                f"Maildir {self.root} not found (it needs cur/ and new/ subfolders); fix mailbox.path"
            )

    def close(self) -> None:
        """Forget cached listings; never raises."""
        self._listings.clear()

    def folder_dir(self, folder: str) -> Path:
        """The directory that holds `folder`."""
        if folder.upper() == "INBOX":
            return self.root
        if not folder or folder.startswith(".") or "\0" in folder or ".." in folder:
            raise PermanentSourceError(f"Maildir folder name {folder!r} is not valid; fix mailbox.folders")
        return self.root / ("." + folder.replace("/", "."))

    def _existing_dir(self, folder: str) -> Path:
        box = self.folder_dir(folder)
        if not (box / "cur").is_dir() or not (box / "new").is_dir():
            raise PermanentSourceError(
                f"Maildir folder {folder!r} not found at {box} in {self.root}; fix mailbox.folders"
            )
        return box

    # --- UIDs ---

    def _scan(self, folder: str) -> _Listing:
        """List the folder and bring its uidlist up to date (new keys get the next UIDs)."""
        box = self._existing_dir(folder)
        present: dict[str, Path] = {}
        try:
            for sub in ("cur", "new"):
                with os.scandir(box / sub) as entries:
                    for entry in entries:
                        if entry.name.startswith(".") or not entry.is_file():
                            continue
                        present[_key(entry.name)] = Path(entry.path)
        except OSError as exc:
            raise TransientSourceError(
                f"cannot list Maildir folder {folder!r} at {box}: {exc.strerror or exc}"
            ) from None
        with self._locked(box):
            uidvalidity, next_uid, uid_by_key = self._read_uidlist(box)
            changed = uidvalidity == 0
            if changed:
                uidvalidity = self._next_uidvalidity()
                next_uid = 1
                uid_by_key = {}
            fresh = [k for k in present if k not in uid_by_key]
            if fresh:
                fresh.sort(key=lambda k: (_mtime(present[k]), k))
                for key in fresh:
                    uid_by_key[key] = next_uid
                    next_uid += 1
                changed = True
            gone = [k for k in uid_by_key if k not in present]
            for key in gone:
                del uid_by_key[key]
            if changed or gone:
                try:
                    self._write_uidlist(box, uidvalidity, next_uid, uid_by_key)
                except OSError as exc:
                    raise PermanentSourceError(
                        f"cannot write {box / UIDLIST_NAME}: {exc.strerror or exc}; "
                        "the daemon needs write access to the Maildir to keep UIDs"
                    ) from None
        listing = _Listing(uidvalidity, next_uid, {uid: present[k] for k, uid in uid_by_key.items()})
        self._listings[folder] = listing
        return listing

    @contextlib.contextmanager
    def _locked(self, box: Path, name: str = _LOCK_NAME) -> Iterator[None]:
        try:
            fd = os.open(box / name, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise PermanentSourceError(
                f"cannot write in Maildir {box}: {exc.strerror or exc}; the daemon needs write access to keep UIDs"
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    def _read_uidlist(self, box: Path) -> tuple[int, int, dict[str, int]]:
        """(uidvalidity, next uid, uid by key); uidvalidity 0 when there is no valid list."""
        try:
            text = (box / UIDLIST_NAME).read_text(encoding="utf-8")
        except FileNotFoundError:
            return 0, 1, {}
        lines = text.splitlines()
        head = lines[0].split() if lines else []
        if len(head) != 4 or " ".join(head[:2]) != _UIDLIST_MAGIC or not (head[2] + head[3]).isdigit():
            log.warning("maildir uidlist unreadable, rebuilding path=%s", box / UIDLIST_NAME)
            return 0, 1, {}
        uid_by_key: dict[str, int] = {}
        for line in lines[1:]:
            uid, _, key = line.partition(" ")
            if uid.isdigit() and key:
                uid_by_key[key] = int(uid)
        return int(head[2]), int(head[3]), uid_by_key

    def _write_uidlist(self, box: Path, uidvalidity: int, next_uid: int, uid_by_key: dict[str, int]) -> None:
        body = "".join(f"{uid} {key}\n" for key, uid in sorted(uid_by_key.items(), key=lambda kv: kv[1]))
        _write_atomically(box / UIDLIST_NAME, f"{_UIDLIST_MAGIC} {uidvalidity} {next_uid}\n{body}")

    def _next_uidvalidity(self) -> int:
        """A UIDVALIDITY never handed out before in this Maildir (RFC 3501 §2.3.1.1)."""
        path = self.root / UIDVALIDITY_NAME
        with self._locked(self.root, _UIDVALIDITY_LOCK_NAME):
            try:
                last = int(path.read_text(encoding="ascii").strip() or 0)
            except (FileNotFoundError, ValueError):
                last = 0
            value = max(int(time.time()), last + 1) & 0xFFFFFFFF or 1
            try:
                _write_atomically(path, f"{value}\n")
            except OSError as exc:
                raise PermanentSourceError(
                    f"cannot write {path}: {exc.strerror or exc}; the daemon needs write access to the Maildir"
                ) from None
        return value

    # --- the Source contract ---

    def status(self, folder: str) -> FolderStatus:
        """Scan `folder` and return its UIDVALIDITY, next UID and message count."""
        listing = self._scan(folder)
        return FolderStatus(
            name=folder, uidvalidity=listing.uidvalidity, uidnext=listing.next_uid, exists=len(listing.path_by_uid)
        )

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        """UIDs greater than `last_uid`, ascending."""
        listing = self._listings.get(folder) or self._scan(folder)
        return sorted(uid for uid in listing.path_by_uid if uid > last_uid)

    def fetch(self, folder: str, uids: Sequence[int]) -> Iterator[FetchedMail]:
        """Yield the messages for `uids` in ascending order; files are read, never moved."""
        listing = self._listings.get(folder) or self._scan(folder)
        for uid in sorted(set(uids)):
            path = listing.path_by_uid.get(uid)
            data = _read(path) if path is not None else None
            if data is None:
                # The file moved (new/ → cur/, a flag change) since the scan: look again once.
                listing = self._scan(folder)
                path = listing.path_by_uid.get(uid)
                data = _read(path) if path is not None else None
            if data is None or path is None:
                log.debug("maildir message vanished folder=%s uid=%d", folder, uid)
                continue
            raw, mtime = data
            yield FetchedMail(
                folder=folder,
                uidvalidity=listing.uidvalidity,
                uid=uid,
                raw=raw,
                internal_date=datetime.fromtimestamp(mtime, tz=UTC),
            )

    def append(self, folder: str, raw: bytes, flags: Sequence[str], when: datetime) -> None:
        """Deliver `raw` into `folder` (tmp/ then rename), creating a Maildir++ subfolder if needed."""
        box = self.folder_dir(folder)
        try:
            for sub in ("cur", "new", "tmp"):
                (box / sub).mkdir(parents=True, exist_ok=True)
            if box != self.root:
                (box / "maildirfolder").touch()
            letters = "".join(sorted({_FLAG_LETTERS[f.lower()] for f in flags if f.lower() in _FLAG_LETTERS}))
            host = socket.gethostname().replace("/", "_").replace(":", "_")
            unique = f"{time.time_ns() // 1000}.M{next(_counter)}P{os.getpid()}.{host}"
            tmp = box / "tmp" / unique
            with open(tmp, "xb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
            stamp = when.timestamp()
            os.utime(tmp, (stamp, stamp))
            # Unflagged mail is "new"; anything flagged has been seen by a client and goes to cur/.
            target = box / "cur" / f"{unique}:2,{letters}" if letters else box / "new" / unique
            os.rename(tmp, target)
        except OSError as exc:
            raise PermanentSourceError(
                f"cannot deliver into Maildir folder {folder!r} at {box}: {exc.strerror or exc}; check permissions"
            ) from None
        self._listings.pop(folder, None)

    def find_sent_folder(self) -> tuple[str | None, str]:
        """A Maildir has no special-use marks: sent mail goes to the Maildir++ folder Sent."""
        return "Sent", "the Maildir folder Sent"

    def has_message_id(self, folder: str, message_id: str) -> bool:
        """True if a message in `folder` has this Message-ID header."""
        wanted = "".join(message_id.split())
        box = self._existing_dir(folder)
        parser = BytesHeaderParser(policy=compat32)
        for sub in ("cur", "new"):
            with os.scandir(box / sub) as entries:
                for entry in entries:
                    if entry.name.startswith(".") or not entry.is_file():
                        continue
                    head = _read_head(Path(entry.path))
                    if head is None:
                        continue
                    value = parser.parsebytes(head).get("Message-ID")
                    if value is not None and "".join(str(value).split()) == wanted:
                        return True
        return False


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _read(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(path, "rb") as fh:
            mtime = os.fstat(fh.fileno()).st_mtime
            return fh.read(), mtime
    except FileNotFoundError:
        return None


def _read_head(path: Path) -> bytes | None:
    """The header block of a message file (bounded read)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEADER_READ_LIMIT)
    except OSError:
        return None
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = head.find(sep)
        if end >= 0:
            return head[: end + len(sep)]
    return head


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
