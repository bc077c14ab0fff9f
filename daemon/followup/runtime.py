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
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from followup import __version__
from followup.config import Config
from followup.errors import ConfigError, Problem

if TYPE_CHECKING:
    from followup.planner import Owner
    from followup.render import Template
    from followup.rules import RuleSet


class Runtime:
    """A config with its rules and templates, all validated (compiled on first use when known good)."""

    def __init__(
        self, config: Config, rules: RuleSet | None = None, templates: Mapping[str, Template] | None = None
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


def rule_files(config: Config) -> list[Path]:
    """The rule files the config names: one file, or a folder's *.yaml and *.yml sorted by name."""
    path = config.resolve(config.rules)
    if path.is_dir():
        return sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
    return [path]


def load_templates(config: Config) -> tuple[dict[str, Template], list[Problem]]:
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


def load_runtime(config: Config) -> Runtime:
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


def _template_files(config: Config) -> list[Path]:
    folder = config.resolve(config.templates)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def fingerprint(config: Config) -> str:
    """A digest of everything validation depends on: version, config, rule files, templates."""
    digest = hashlib.sha256(f"{__version__}\0{config.model_dump_json()}".encode())
    for path in [*rule_files(config), *_template_files(config)]:
        digest.update(f"\0{path}\0".encode())
        try:
            digest.update(path.read_bytes())
        except OSError as exc:
            digest.update(f"unreadable: {exc}".encode())
    return digest.hexdigest()


def open_runtime(config: Config, record: Path) -> Runtime:
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
