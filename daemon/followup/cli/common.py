"""What every command shares: finding and loading the config, opening the store, the clock,
exit codes, and printing (times in the owner's zone, JSON).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from followup.clock import Clock, FixedClock, SystemClock

# The config and the store are imported where a command needs them: `--help` and usage errors
# must not pay for pydantic or sqlite.
if TYPE_CHECKING:
    from followup.runtime import Runtime
    from followup.settings import Settings
    from followup.store import Store


log = logging.getLogger(__name__)


EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2

DEFAULT_CONFIG_PATH = "~/.config/followup/config.yaml"


# In the state dir: the fingerprint of the last config, rules and templates that passed validation.
VALIDATED_RECORD = "validated.sha256"


T = TypeVar("T")


class UsageError(Exception):
    """Bad command-line usage: exit 2."""


def config_path(args: argparse.Namespace) -> Path:
    """The config file the user means: --config, $FOLLOWUP_CONFIG, or the default path."""
    raw = args.config or os.environ.get("FOLLOWUP_CONFIG") or DEFAULT_CONFIG_PATH
    return Path(os.path.expanduser(raw))


def load(args: argparse.Namespace) -> Settings:
    """Read the config named by the arguments (raises ConfigError); see `runtime.read_settings`."""
    from followup.runtime import read_settings

    return read_settings(config_path(args))


def open_store(config: Settings) -> Store:
    """Open the state store of `config`."""
    from followup.store import Store

    return Store.open(config.state_path)


def clock_for(args: argparse.Namespace) -> Clock:
    now = getattr(args, "now", None)
    return FixedClock(now) if now is not None else SystemClock()


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=None, default=str))


# Items encoded at a time by print_json_items: one encoder call per item costs more than the item.
JSON_CHUNK = 500


def print_json_items(items: Iterable[Any]) -> None:
    """A JSON array written a chunk of items at a time: a long list never sits in memory whole."""
    out = sys.stdout
    out.write("[")
    it, first = iter(items), True
    while chunk := list(islice(it, JSON_CHUNK)):
        # The same text as one json.dumps of the whole list: items joined by ", ".
        out.write(("" if first else ", ") + json.dumps(chunk, ensure_ascii=False, default=str)[1:-1])
        first = False
    out.write("]\n")


@lru_cache(maxsize=8)
def _zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def fmt_time(value: datetime | None, zone: str = "UTC") -> str:
    """A time for people, in `zone`: 2026-12-08 10:00 CET (lists print tens of thousands)."""
    if value is None:
        return "never"
    t = value.astimezone(_zone(zone))
    return f"{t.year}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d} {t.tzname() or ''}"


def with_store(args: argparse.Namespace) -> tuple[Settings, Store]:
    """Load the config and open its store (the caller closes it)."""
    config = load(args)
    return config, open_store(config)


def query(args: argparse.Namespace, fn: Callable[[Store], T]) -> tuple[Settings, T]:
    """Load the config, read something from its store, and close it again."""
    config, store = with_store(args)
    try:
        return config, fn(store)
    finally:
        store.close()


def change(args: argparse.Namespace, fn: Callable[[Runtime, Store, datetime], T]) -> tuple[Runtime, T] | None:
    """Make one change the owner asked for, now; print a refusal (InvalidTransition) as one line.

    Rules and templates are loaded (and validated) only if the change needs them.
    """
    from followup.errors import InvalidTransition
    from followup.runtime import Runtime

    rt = Runtime(load(args))
    store = open_store(rt.config)
    try:
        return rt, fn(rt, store, SystemClock().now())
    except InvalidTransition as exc:
        print(f"followup: {exc}", file=sys.stderr)
        return None
    finally:
        store.close()


def optional_config(args: argparse.Namespace) -> Settings | None:
    """The config when one is named or present at the default path; None when there is none."""
    path = config_path(args)
    if args.config is None and not os.environ.get("FOLLOWUP_CONFIG") and not path.exists():
        return None
    from followup.runtime import read_settings

    return read_settings(path)
