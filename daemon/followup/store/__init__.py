"""The state store: the only sqlite3 importer.

One SQLite file in the state dir, WAL mode, schema versioned by PRAGMA user_version. Every
change is one transaction (`BEGIN IMMEDIATE`, so writers queue instead of failing half-way);
nested `transaction()` blocks join the outer one, which is how a message is recorded in the
same commit as the event, tracking and follow-ups it produced. One connection per thread.

A lock file (`flock`) keeps a second daemon off the same state dir; read-only commands do not
take it.

Layout: `schema` (migrations), `rows` (model values <-> rows), `database` (connections,
transactions, lock, settings), then one module per aggregate: `messages` (folders, messages,
own mail), `tracking` (applications, interviews, questions), `followups` (follow-ups and their
transitions), `tokens` (approval tokens), `history` (history lines, notices), `inquiries`
(questions to the owner and the hints their answers teach), and `changes` (the snapshot a
decision reads, and `apply_changes`, which writes it). `Store` is all of them over one database.
"""

from __future__ import annotations

from followup.store.changes import ChangeStore
from followup.store.database import BUSY_TIMEOUT_S
from followup.store.inquiries import Inquiry, InquiryStore
from followup.store.rows import FolderRow, MessageRow, Transition
from followup.store.schema import DB_NAME, LOCK_NAME, MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "BUSY_TIMEOUT_S",
    "DB_NAME",
    "LOCK_NAME",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "FolderRow",
    "Inquiry",
    "MessageRow",
    "Store",
    "Transition",
]


class Store(ChangeStore, InquiryStore):
    """The state database of one state dir."""
