"""What every test layer shares."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _restore_root_logging() -> Iterator[None]:
    """Put the root logger back as it was after each test.

    `followup.cli.main` calls setup_logging, which points the root logger at the sys.stderr of
    that moment: pytest's capture of one test. Left in place, a line logged by a thread that
    outlives the test (aiosmtpd's 'connection lost') is written to a closed stream, and Python
    prints '--- Logging error ---' at teardown.
    """
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Records of validated configs go to a temporary cache folder, never the user's ~/.cache
    (commands run in a subprocess inherit it)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


def pytest_collection_finish(session: pytest.Session) -> None:
    # Collection loads every corpus (thousands of parsed mails and parameter sets) that then lives
    # for the whole run; left in the collected generations, each full collection walks all of it
    # again, which cost the unit and property layers about a third of their time.
    gc.freeze()
