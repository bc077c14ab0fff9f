"""The exception hierarchy. Each class says when it is raised; only cli.py turns them into exit codes."""

from __future__ import annotations

from dataclasses import dataclass


class FollowupError(Exception):
    """Root of every error this package raises on purpose."""


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem in a config, rules or template file."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class ConfigError(FollowupError):
    """Raised when config, rules or templates fail validation; holds every problem found."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(sorted(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


class SourceError(FollowupError):
    """Raised when a mailbox cannot be read."""


class TransientSourceError(SourceError):
    """Raised for faults worth retrying: a dropped connection, a timeout, a busy server."""


class PermanentSourceError(SourceError):
    """Raised for faults a retry cannot fix: a wrong password, a TLS failure, a missing folder."""


class SendError(FollowupError):
    """Raised when a follow-up cannot be sent."""


class TransientSendError(SendError):
    """Raised for 4xx replies, timeouts and dropped connections: retried with backoff."""


class PermanentSendError(SendError):
    """Raised for 5xx replies and rejected logins: the follow-up becomes `failed`."""


class UncertainSendError(SendError):
    """Raised when the session broke after the message's final dot and before the server's reply.

    The server may have delivered it (RFC 5321 §6.1): it is settled from the Sent folder or
    left `unknown` for the owner, never retried blindly.
    """


class StoreError(FollowupError):
    """Raised when the state store cannot be opened, is locked by another daemon, or is too new."""


class InvalidTransition(FollowupError):
    """Raised when a follow-up is asked to move to a state the transition table forbids."""
