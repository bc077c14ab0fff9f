"""Where refresh tokens are kept: the system keyring when a usable one is there, else a 0600
file in the state dir; and the mark a revoked sign-in leaves for `status`."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from followup.config import Secret
from followup.oauth import TokenStore, _usable_keyring

KEY = "ana@example.com at https://login.example/token"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend (keyring's own plug-in API) that keeps passwords in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv("FOLLOWUP_KEYRING", raising=False)
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def test_a_usable_keyring_holds_the_token_and_no_file_is_written(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = TokenStore(tmp_path)
    assert store.keyring is not None and store.where == "the system keyring"
    store.save(KEY, Secret("rt-secret"))
    assert memory_keyring.items == {("followup", KEY): "rt-secret"}
    assert not (tmp_path / "oauth").exists()
    loaded = store.load(KEY)
    assert loaded is not None and loaded.reveal() == "rt-secret"


def test_followup_keyring_0_keeps_tokens_in_the_state_dir(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_KEYRING", "0")
    assert _usable_keyring() is None
    store = TokenStore(tmp_path)
    store.save(KEY, Secret("rt-secret"))
    assert memory_keyring.items == {}
    [file] = (tmp_path / "oauth").glob("*.json")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert "rt-secret" in file.read_text()  # the file is the store: only its mode protects it


def test_a_keyring_without_a_backend_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUP_KEYRING", raising=False)
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert TokenStore(tmp_path).keyring is None
    finally:
        keyring.set_keyring(before)


def test_the_revoked_mark_is_kept_until_cleared(tmp_path: Path) -> None:
    store = TokenStore(tmp_path, keyring=None)
    assert store.revoked(KEY) is None
    store.mark_revoked(KEY, "sign-in for ana@example.com was revoked: run `followup login`")
    assert store.revoked(KEY) == "sign-in for ana@example.com was revoked: run `followup login`"
    store.clear_revoked(KEY)
    assert store.revoked(KEY) is None


def test_the_file_name_does_not_reveal_the_account(tmp_path: Path) -> None:
    store = TokenStore(tmp_path, keyring=None)
    store.save(KEY, Secret("x"))
    [file] = (tmp_path / "oauth").glob("*.json")
    assert "ana" not in file.name
