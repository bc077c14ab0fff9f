"""What the daemon runs with: the config plus its validated rules and compiled templates.

`load_runtime` reads the rule files and templates the config names and validates them in two
stages (structure, then meaning: every template compiles and renders against a sample
context with strict undefined). Every problem is collected and raised at once; a SIGHUP
reload that fails keeps the previous Runtime.

Validation is strict at every start. When a record of the last successful validation shows
that nothing it depends on changed (the config, every rule file and template, this version),
the rules and templates are compiled only when first needed: an idle `run --once` then polls
without loading the rendering machinery at all.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup import __version__
from followup.errors import ConfigError, Problem
from followup.settings import PlainSettings, Settings, settings_from_data

if TYPE_CHECKING:
    from followup.config import Config
    from followup.planner import Owner
    from followup.render import Template
    from followup.rules import RuleSet


class Runtime:
    """A config with its rules and templates, all validated (compiled on first use when known good)."""

    def __init__(
        self, config: Settings, rules: RuleSet | None = None, templates: Mapping[str, Template] | None = None
    ) -> None:
        self.config = config
        self._rules = rules
        self._templates = templates

    def _load(self) -> None:
        loaded = load_runtime(self.config)
        self._rules, self._templates = loaded.rules, loaded.templates

    @property
    def rules(self) -> RuleSet:
        if self._rules is None:
            self._load()
        assert self._rules is not None
        return self._rules

    @property
    def templates(self) -> Mapping[str, Template]:
        if self._templates is None:
            self._load()
        assert self._templates is not None
        return self._templates

    @property
    def owner(self) -> Owner:
        from followup.planner import Owner

        o = self.config.owner
        return Owner(name=o.name, email=o.email, zone=o.timezone)


def _read(path: Path, what: str) -> tuple[str | None, Problem | None]:
    try:
        return path.read_text(encoding="utf-8"), None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return None, Problem(str(path), 0, 0, "", f"cannot read {what}: {reason}")


def rule_files(config: Settings) -> list[Path]:
    """The rule files the config names: one file, or a folder's *.yaml and *.yml sorted by name."""
    path = config.resolve(config.rules)
    if path.is_dir():
        return sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
    return [path]


def load_templates(config: Settings) -> tuple[dict[str, Template], list[Problem]]:
    """Compile every template in the templates folder; return them and the problems found."""
    from followup.render import check_template, load_template, sample_context

    folder = config.resolve(config.templates)
    problems: list[Problem] = []
    templates: dict[str, Template] = {}
    if not folder.is_dir():
        return templates, [
            Problem(str(folder), 0, 0, "templates", "templates folder not found; check 'templates' in the config")
        ]
    sample = sample_context(
        owner_name=config.owner.name,
        owner_email=config.owner.email,
        owner_signature=config.owner.signature,
        owner_zone=config.owner.timezone,
    )
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        text, problem = _read(path, "template")
        if problem is not None or text is None:
            problems.extend([problem] if problem else [])
            continue
        try:
            template = load_template(text, str(path))
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        problems.extend(check_template(template, sample))
        templates[path.name] = template
    return templates, problems


def load_runtime(config: Settings) -> Runtime:
    """Load and validate rules and templates; raise ConfigError with every problem found."""
    from followup.rules import load_rules

    templates, problems = load_templates(config)
    files: list[tuple[str, str]] = []
    paths = rule_files(config)
    if not paths or (len(paths) == 1 and not paths[0].exists()):
        where = paths[0] if paths else config.resolve(config.rules)
        problems.append(Problem(str(where), 0, 0, "rules", "no rule files found; check 'rules' in the config"))
    for path in paths:
        text, problem = _read(path, "rules file")
        if problem is not None:
            problems.append(problem)
        elif text is not None:
            files.append((str(path), text))
    rules: RuleSet | None = None
    # A template that exists but does not compile is reported as such, with its line; the
    # rules naming it must not add a misleading "unknown template".
    present = set(templates) | {path.name for path in _template_files(config)}
    try:
        rules = load_rules(files, present)
    except ConfigError as exc:
        problems.extend(exc.problems)
    if problems or rules is None:
        raise ConfigError(problems)
    return Runtime(config, rules, templates)


def _template_files(config: Settings) -> list[Path]:
    folder = config.resolve(config.templates)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _data(config: Settings) -> Mapping[str, Any]:
    """The validated data of either form of the config, as `config.validated_data` gives it."""
    if isinstance(config, PlainSettings):
        return config.data
    from followup.config import Config, validated_data

    assert isinstance(config, Config)
    return validated_data(config)


def fingerprint(config: Settings) -> str:
    """A digest of everything validation depends on: version, config, rule files, templates."""
    digest = hashlib.sha256(f"{__version__}\0{json.dumps(_data(config), sort_keys=True)}".encode())
    for path in [*rule_files(config), *_template_files(config)]:
        digest.update(f"\0{path}\0".encode())
        try:
            digest.update(path.read_bytes())
        except OSError as exc:
            digest.update(f"unreadable: {exc}".encode())
    return digest.hexdigest()


def open_runtime(config: Settings, record: Path) -> Runtime:
    """Validate strictly, unless `record` shows this exact set already passed; remember a pass.

    Raises ConfigError like load_runtime. The record is a small file in the state dir.
    """
    mark = fingerprint(config)
    try:
        if record.read_text(encoding="ascii").strip() == mark:
            return Runtime(config)
    except OSError:
        pass
    rt = load_runtime(config)
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(mark + "\n", encoding="ascii")
    except OSError:
        pass  # only a speed-up is lost
    return rt


# --- reading the config file: in full, or from the record of its last validation ---


def settings_cache(path: Path) -> Path:
    """Where the validated form of the config at `path` is kept: the user's cache folder, one file
    per config path (the state dir cannot hold it: its place is written in the config)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    key = hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return Path(base) / "followup" / f"config-{key}.json"


# The code that validates a config: a record written by another copy of it (an edited install
# that kept its version number) must not stand for a validation by this one.
_HERE = Path(__file__).resolve().parent
SCHEMA_SOURCES: tuple[Path, ...] = tuple(
    _HERE / name for name in ("config.py", "settings.py", "spec.py", "durations.py")
)


def _schema_stamp() -> str:
    """Size and modification time of each validating source: a stat each, no read."""
    stamps = []
    for source in SCHEMA_SOURCES:
        try:
            st = source.stat()
        except OSError:
            stamps.append("-")
            continue
        stamps.append(f"{st.st_size}:{st.st_mtime_ns}")
    return ",".join(stamps)


def _config_mark(path: Path, raw: bytes) -> str:
    digest = hashlib.sha256(f"{__version__}\0{_schema_stamp()}\0{path}\0".encode("utf-8", "surrogateescape"))
    digest.update(raw)
    return digest.hexdigest()


def _trusted(file: Path) -> bool:
    """Only a file of ours that nobody else may write is read back: it stands for a validation."""
    try:
        st = file.stat()
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def read_settings(path: Path, *, full: bool = False) -> Settings:
    """The config at `path`, validated: read back without pydantic when these exact bytes passed
    validation before (same path, same version), else (or with `full`) validated in full and
    remembered.

    Raises ConfigError as `config.read_config` does; a bad or foreign record only costs the full
    validation.
    """
    fs_path = Path(os.path.expanduser(str(path))).absolute()
    try:
        raw = fs_path.read_bytes()
    except OSError:
        raw = None
    record = settings_cache(fs_path)
    mark = _config_mark(fs_path, raw) if raw is not None else None
    if mark is not None and not full and _trusted(record):
        try:
            kept = json.loads(record.read_text(encoding="utf-8"))
            if kept.get("mark") == mark:
                return settings_from_data(kept["data"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # validated in full below, and the record written again
    from followup.config import load_config, read_config, validated_data

    config: Config
    if raw is None:
        config = read_config(path)  # raises the one-line "not found" or "cannot read"
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            config = read_config(path)  # raises the one-line "cannot read"
        else:
            config = load_config(text, str(path), str(fs_path.parent.resolve()))
    if mark is not None:
        _remember(record, {"mark": mark, "data": validated_data(config)})
    return config


def _remember(record: Path, content: dict[str, Any]) -> None:
    try:
        record.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        part = record.with_name(f".{record.name}.{os.getpid()}")
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(content, out)
        os.replace(part, record)
    except OSError:
        pass  # only a speed-up is lost
