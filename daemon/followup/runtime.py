"""What the daemon runs with: the config plus its validated rules and compiled templates.

`load_runtime` reads the rule files and templates the config names and validates them in two
stages (structure, then meaning: every template compiles and renders against a sample
context with strict undefined). Every problem is collected and raised at once; a SIGHUP
reload that fails keeps the previous Runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from followup.config import Config
from followup.errors import ConfigError, Problem
from followup.planner import Owner
from followup.render import Template, check_template, load_template, sample_context
from followup.rules import RuleSet, load_rules


@dataclass(frozen=True)
class Runtime:
    """A config with its rules and templates, all validated."""

    config: Config
    rules: RuleSet
    templates: Mapping[str, Template]

    @property
    def owner(self) -> Owner:
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
    try:
        rules = load_rules(files, set(templates))
    except ConfigError as exc:
        problems.extend(exc.problems)
    if problems or rules is None:
        raise ConfigError(problems)
    return Runtime(config, rules, templates)
