"""The mailbox source contract (DESIGN §2) and `open_source`, its one factory.

A source lists a folder's UIDVALIDITY and UIDs and fetches raw bytes without marking anything
read. What is new, what was seen, and what a UIDVALIDITY change means is decided by the sync
logic against the store, identically for every source.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from followup.rawmail import Parts

if TYPE_CHECKING:
    from followup.settings import MailboxSettings, Secret
    from followup.oauth import TokenSource


@dataclass(frozen=True)
class FolderStatus:
    """A folder as the server reports it on SELECT/EXAMINE."""

    name: str
    uidvalidity: int
    uidnext: int | None
    exists: int


@dataclass(frozen=True)
class FetchedMail:
    """One message's raw bytes and its identity in the folder.

    `raw` is the whole message unless `complete` is False: then it is the header block alone
    (a head fetched to decide whether the rest is worth fetching), or, with `truncated` set, the
    header with only the text and calendar parts of a message too big to fetch whole.
    `size` is the size of the whole message on the server (RFC822.SIZE) when known.
    """

    folder: str
    uidvalidity: int
    uid: int
    raw: bytes
    internal_date: datetime | None
    size: int | None = None
    complete: bool = True
    truncated: bool = False
    parts: Parts | None = None  # from the server's BODYSTRUCTURE; None when unknown
    structure: object = None  # the server's own structure description, for fetching parts
    skipped: str | None = None  # why the message is recorded without being read

    @property
    def full_size(self) -> int:
        """The size of the whole message: the server's figure, else the bytes held."""
        return self.size if self.size is not None else len(self.raw)


class Source(Protocol):
    """A mailbox: IMAP or Maildir. Every network call inside has a timeout."""

    def connect(self) -> None:
        """Open the connection (log in); raise SourceError (Transient or Permanent)."""

    def close(self) -> None:
        """Close the connection; never raises."""

    def status(self, folder: str) -> FolderStatus:
        """Select `folder` read-only and return its UIDVALIDITY and size."""

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        """UIDs greater than `last_uid`, ascending."""

    def fetch(self, folder: str, uids: Sequence[int]) -> Iterator[FetchedMail]:
        """Yield the raw messages for `uids` (in batches), never setting \\Seen."""

    def append(self, folder: str, raw: bytes, flags: Sequence[str], when: datetime) -> None:
        """Store a message in `folder` (the Sent copy)."""

    def has_message_id(self, folder: str, message_id: str) -> bool:
        """True if a message with this Message-ID header is in `folder`."""

    def find_sent_folder(self) -> tuple[str | None, str]:
        """The folder sent mail belongs in (None when there is none), and how it was found."""


@runtime_checkable
class HeaderFirst(Protocol):
    """A source that can fetch heads (header, size, structure) before bodies: IMAP.

    Reading a head costs a small fraction of the whole message, so new mail is judged on its
    head first and only what can matter is fetched in full.
    """

    def heads(self, folder: str, uids: Sequence[int]) -> Iterator[FetchedMail]:
        """Yield a head (complete=False: header block, size, date) per UID, ascending, with its
        parts when the header alone tells them (parts None otherwise)."""

    def structures(self, folder: str, heads: Sequence[FetchedMail]) -> list[FetchedMail]:
        """The same heads, in the same order, with the parts the server's structure tells."""

    def bodies(self, folder: str, heads: Sequence[FetchedMail]) -> Iterator[FetchedMail]:
        """Yield the messages of `heads`, ascending: whole, or only the parts detection reads when
        a message is too big to hold (truncated=True); batched by bytes, not by count."""


AUTO = "auto"
# When `auto` finds nothing, copies go to this folder, created by the first APPEND (TRYCREATE).
DEFAULT_SENT = "Sent"


def resolve_sent_folder(source: Source, save_sent_to: str | None) -> tuple[str | None, str]:
    """The Sent folder for `smtp.save_sent_to` on a connected source, and why (for `check`).

    `auto` asks the source (SPECIAL-USE \\Sent, else a well-known name); a name is taken as
    written (APPEND creates it on TRYCREATE); None means no copies are kept.
    """
    if save_sent_to is None:
        return None, "smtp.save_sent_to is null: no copies are kept"
    if save_sent_to.lower() != AUTO:
        return save_sent_to, "as smtp.save_sent_to says"
    return source.find_sent_folder()


def open_source(
    mailbox: MailboxSettings, password: Secret | None, base_dir: str = ".", tokens: TokenSource | None = None
) -> Source:
    """Build the Source the config asks for (not yet connected)."""
    if mailbox.source == "maildir":
        from followup.source.maildir import MaildirSource

        assert mailbox.path is not None
        return MaildirSource(mailbox.path, base_dir=base_dir)
    from followup.source.imap import ImapSource

    return ImapSource(mailbox, password, tokens)
