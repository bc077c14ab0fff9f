"""Rule documents (DESIGN §5) → validated, frozen `Rule` objects in a `RuleSet`.

Owns: the rule schema (pydantic models), the registries of event kinds, `after` points,
recipient targets and conditions, condition evaluation over plain facts, and `load_rules`,
which checks structure (keys, types) and then meaning (unique names, known windows and
templates, regexes) and reports EVERY problem as `FILE:LINE:COL: key.path: what; fix`.

Must not: read files or folders (the caller passes `(source name, text)` pairs and the set of
template names it found), read the clock, or decide what to send (that is planner.py).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, cast

import pydantic
from pydantic import BeforeValidator, Field, PrivateAttr, model_validator

from followup.errors import ConfigError, Problem
from followup.model import EventKind
from followup.spec import Duration, Frozen, Regex, Zone, problems_from_validation
from followup.timing import DAY_NAMES, Window, parse_hours
from followup.yamlpos import Document, Path, format_path, load_yaml

# Registries: the allowed values, in the order error messages list them.
EVENT_KINDS: tuple[str, ...] = tuple(k.value for k in EventKind if k is not EventKind.none)
CANCEL_KINDS: tuple[str, ...] = (*EVENT_KINDS, "reply")
AFTER_POINTS: tuple[str, ...] = ("interview.start", "interview.end", "received")
TARGETS: tuple[str, ...] = ("each interviewer", "contact", "interviewers")
APPROVALS: tuple[str, ...] = ("required", "auto")
CONDITION_KEYS: tuple[str, ...] = (
    "company_is", "company_not", "role_matches", "from_domain", "has_interviewers", "all", "any", "not",
)  # fmt: skip
DEFAULT_MAX_LATENESS = Duration(86400)

After = Literal["interview.start", "interview.end", "received"]
Target = Literal["each interviewer", "contact", "interviewers"]
Approval = Literal["required", "auto"]


def _one_of(what: str, allowed: tuple[str, ...]) -> Callable[[object], str]:
    """A validator accepting exactly one of `allowed`, else naming them all and the nearest."""

    def check(value: object) -> str:
        if isinstance(value, str) and value.strip() in allowed:
            return value.strip()
        close = difflib.get_close_matches(str(value), allowed, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise ValueError(f"unknown {what} {value!r}; expected one of: {', '.join(allowed)}{hint}")

    return check


def _as_tuple(value: object) -> object:
    """Let a single item stand for a one-item list (`cancel_on: reply`)."""
    return (value,) if isinstance(value, str) else value


def _check_hours(value: object) -> object:
    if isinstance(value, str):
        parse_hours(value)
    return value


def _non_blank(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        raise ValueError("must not be empty")
    return value.strip() if isinstance(value, str) else value


EventKindName = Annotated[str, BeforeValidator(_one_of("event kind", EVENT_KINDS))]
CancelKind = Annotated[str, BeforeValidator(_one_of("cancel event", CANCEL_KINDS))]
AfterPoint = Annotated[str, BeforeValidator(_one_of("'after' point", AFTER_POINTS))]
TargetName = Annotated[str, BeforeValidator(_one_of("recipient", TARGETS))]
ApprovalMode = Annotated[str, BeforeValidator(_one_of("approval mode", APPROVALS))]
DayName = Annotated[str, BeforeValidator(_one_of("weekday", DAY_NAMES))]
Hours = Annotated[str, BeforeValidator(_check_hours)]
Name = Annotated[str, BeforeValidator(_non_blank)]
Names = Annotated[tuple[Name, ...], BeforeValidator(_as_tuple)]


@dataclass(frozen=True)
class Facts:
    """What conditions look at: plain facts about the tracked interview or application."""

    company: str | None = None
    role: str | None = None
    from_domain: str | None = None
    interviewers: int = 0


class Condition(Frozen):
    """Conditions that must all hold; `all`/`any`/`not` nest further conditions."""

    company_is: Names | None = Field(None, description="The company is one of these (case-insensitive).")
    company_not: Names | None = Field(None, description="The company is none of these (case-insensitive).")
    role_matches: Regex | None = Field(None, description="A regular expression searched in the role title.")
    from_domain: Names | None = Field(
        None, description="The original sender's domain is one of these, or a subdomain of one."
    )
    has_interviewers: bool | None = Field(None, description="Whether interviewer addresses are known.")
    all_: tuple[Condition, ...] | None = Field(None, alias="all", description="Every one of these holds.")
    any_: tuple[Condition, ...] | None = Field(None, alias="any", description="At least one of these holds.")
    not_: Condition | None = Field(None, alias="not", description="This condition does not hold.")

    @model_validator(mode="after")
    def _not_empty(self) -> Condition:
        if all(getattr(self, name) is None for name in type(self).model_fields):
            raise ValueError(f"a condition needs at least one of: {', '.join(CONDITION_KEYS)}")
        return self

    def holds(self, facts: Facts) -> bool:
        """True when every condition set here holds for `facts`."""
        company = (facts.company or "").casefold()
        checks: list[bool] = []
        if self.company_is is not None:
            checks.append(company in {c.casefold() for c in self.company_is})
        if self.company_not is not None:
            checks.append(company not in {c.casefold() for c in self.company_not})
        if self.role_matches is not None:
            checks.append(re.search(self.role_matches, facts.role or "") is not None)
        if self.from_domain is not None:
            domain = (facts.from_domain or "").casefold().rstrip(".")
            checks.append(
                bool(domain)
                and any(domain == d.casefold() or domain.endswith("." + d.casefold()) for d in self.from_domain)
            )
        if self.has_interviewers is not None:
            checks.append((facts.interviewers > 0) == self.has_interviewers)
        if self.all_ is not None:
            checks.append(all(c.holds(facts) for c in self.all_))
        if self.any_ is not None:
            checks.append(any(c.holds(facts) for c in self.any_))
        if self.not_ is not None:
            checks.append(not self.not_.holds(facts))
        return all(checks)


Condition.model_rebuild()


class When(Frozen):
    """When a rule's note goes out: a point, a delay after it, and an optional window."""

    after: AfterPoint = Field(description="interview.start, interview.end or received.")
    delay: Duration = Field(Duration(), description="How long after that point: 2h, 3d, 5 business days.")
    window: Name | None = Field(None, description="A named window from `windows:`; the note waits for it.")


class Rule(Frozen):
    """One rule: on an event, if conditions hold, plan a note to someone at some time."""

    name: Name = Field(description="Unique name; it is part of each follow-up's identity.")
    on: EventKindName = Field(description="The event kind that fires the rule.")
    if_: Condition | None = Field(None, alias="if", description="Conditions that must all hold.")
    when: When = Field(description="When the note goes out.")
    to: TargetName = Field(description="each interviewer, contact or interviewers.")
    fallback_to: TargetName | None = Field(None, description="Who gets it when `to` has no valid address.")
    template: Name = Field(description="Template file name in the templates folder.")
    approval: ApprovalMode = Field("required", description="required, or auto (trusted mail only).")
    cancel_on: Annotated[tuple[CancelKind, ...], BeforeValidator(_as_tuple)] = Field(
        (), description="Event kinds, or reply, that cancel the pending note."
    )
    max_lateness: Duration = Field(
        DEFAULT_MAX_LATENESS, description="A note already this late when planned is not created."
    )
    max_per_company: int | None = Field(None, ge=1, description="At most this many of this rule per company.")

    _source: str = PrivateAttr("")
    _line: int = PrivateAttr(0)

    @property
    def source(self) -> str:
        """The file the rule was loaded from."""
        return self._source

    @property
    def line(self) -> int:
        """The line of the rule's first key in that file (1-based; 0 when built in code)."""
        return self._line

    @property
    def where(self) -> str:
        """`FILE:LINE` for messages about this rule."""
        return f"{self._source}:{self._line}" if self._source else f"rule '{self.name}'"

    @property
    def after(self) -> After:
        return cast(After, self.when.after)

    def matches(self, kind: str, facts: Facts) -> bool:
        """True when the rule fires on `kind` and its conditions hold for `facts`."""
        return self.on == kind and (self.if_ is None or self.if_.holds(facts))


class WindowSpec(Frozen):
    """A named window as written in YAML."""

    days: Annotated[tuple[DayName, ...], Field(min_length=1)] = Field(
        ("mon", "tue", "wed", "thu", "fri"), description="Weekdays the window is open: mon..sun."
    )
    hours: Hours = Field(description="Opening hours, HH:MM-HH:MM, end exclusive.")
    timezone: Zone = Field("owner", description="owner (the owner's zone) or an IANA zone name.")

    def to_window(self) -> Window:
        return Window.parse(self.days, self.hours, self.timezone)


class RuleFile(Frozen):
    """The top level of a rules file; items are validated one by one afterwards."""

    windows: dict[str, Any] | None = Field(None, description="Named windows.")
    rules: list[Any] | None = Field(None, description="The rules.")


@dataclass(frozen=True)
class RuleSet:
    """Validated rules in load order, and the named windows they use."""

    rules: tuple[Rule, ...] = ()
    windows: Mapping[str, Window] = field(default_factory=dict)

    def get(self, name: str) -> Rule | None:
        """The rule called `name`, or None (a follow-up whose rule was removed)."""
        return next((r for r in self.rules if r.name == name), None)

    def window_of(self, rule: Rule) -> Window | None:
        """The window a rule waits for, or None."""
        return self.windows[rule.when.window] if rule.when.window else None

    def firing(self, kind: str, facts: Facts) -> tuple[Rule, ...]:
        """The rules that fire on `kind` for `facts`, in load order."""
        return tuple(r for r in self.rules if r.matches(kind, facts))


def _subdocument(doc: Document, path: Path) -> Document:
    data: Any = doc.data
    for part in path:
        data = data[part]
    n = len(path)
    positions = {key[n:]: pos for key, pos in doc.positions.items() if key[:n] == path}
    return Document(doc.source, data, positions, doc.line_offset)


def _reprefix(problem: Problem, path: Path) -> Problem:
    prefix = format_path(path)
    rest = problem.path
    joined = prefix + rest if rest.startswith("[") else (f"{prefix}.{rest}" if rest else prefix)
    return Problem(problem.file, problem.line, problem.column, joined, problem.message)


def _validate_at(model: type[pydantic.BaseModel], doc: Document, path: Path) -> tuple[Any, list[Problem]]:
    """Validate the part of `doc` at `path` as `model`; errors keep the full key path."""
    sub = _subdocument(doc, path)
    try:
        return model.model_validate(sub.data), []
    except pydantic.ValidationError as exc:
        return None, [_reprefix(p, path) for p in problems_from_validation(exc, sub, model)]


def _hint(value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def load_rules(files: Sequence[tuple[str, str]], template_names: set[str] | frozenset[str]) -> RuleSet:
    """Validate rule files given as (source name, text) pairs into one RuleSet.

    Windows are shared across files. Pass the files of a folder sorted by name: that order is
    the rules' order. Raise ConfigError listing every problem (structure and meaning) with
    file:line:col and key path; nothing is returned unless every file is clean.
    """
    problems: list[Problem] = []
    windows: dict[str, Window] = {}
    window_where: dict[str, str] = {}
    loaded: list[Rule] = []
    items: list[tuple[Document, int, object]] = []
    for source, text in files:
        try:
            doc = load_yaml(text, source)
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        if not isinstance(doc.data, dict):
            problems.append(doc.problem((), "a rules file must be a mapping with the keys 'windows' and 'rules'"))
            continue
        _, found = _validate_at(RuleFile, doc, ())
        problems.extend(found)
        # Go on with whatever is well-shaped, so that one file reports all of its problems.
        window_data = doc.data.get("windows")
        rule_data = doc.data.get("rules")
        for name in window_data if isinstance(window_data, dict) else {}:
            path: Path = ("windows", name)
            spec, found = _validate_at(WindowSpec, doc, path)
            problems.extend(found)
            line, _ = doc.locate(path)
            if name in window_where:
                problems.append(
                    doc.problem(path, f"duplicate window '{name}' (first defined at {window_where[name]}); rename one")
                )
            else:
                # A declared but broken window is reported above; rules naming it are not
                # reported again as using an unknown window.
                window_where[name] = f"{source}:{line}"
                if spec is not None:
                    windows[name] = spec.to_window()
        for index, item in enumerate(rule_data if isinstance(rule_data, list) else []):
            rule, found = _validate_at(Rule, doc, ("rules", index))
            problems.extend(_explain_misplaced(p) for p in found)
            items.append((doc, index, item))
            if rule is not None:
                rule._source = source
                rule._line = doc.locate(("rules", index))[0]
                loaded.append(rule)
    problems.extend(_check_meaning(items, windows, window_where, template_names))
    if problems:
        raise ConfigError(problems)
    return RuleSet(tuple(loaded), windows)


_UNKNOWN_KEY = re.compile(r"^unknown key '([^']+)'; known keys: .*$")


def _explain_misplaced(problem: Problem) -> Problem:
    """Point a condition written at the rule's top level to where it belongs (`if:`)."""
    match = _UNKNOWN_KEY.match(problem.message)
    if match and match.group(1) in CONDITION_KEYS and re.fullmatch(r"rules\[\d+\]", problem.path):
        message = f"unknown key '{match.group(1)}'; conditions go under 'if:' (if: {{{match.group(1)}: ...}})"
        return Problem(problem.file, problem.line, problem.column, problem.path, message)
    return problem


def _text_at(item: object, *keys: str) -> str | None:
    """The string at `keys` inside a raw rule item, or None when absent or not text."""
    value: object = item
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value.strip() if isinstance(value, str) else None


def _check_meaning(
    items: list[tuple[Document, int, object]],
    windows: Mapping[str, Window],
    window_where: Mapping[str, str],
    template_names: set[str] | frozenset[str],
) -> list[Problem]:
    """Second stage, on every rule item (even one with structural errors, to list them all):
    unique names, known windows and templates, an `after` point that the event can have."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for doc, index, item in items:
        at: Path = ("rules", index)
        name = _text_at(item, "name")
        if name:
            where = f"{doc.source}:{doc.locate(at)[0]}"
            if name.casefold() in seen:
                problems.append(
                    doc.problem(
                        (*at, "name"),
                        f"duplicate rule name '{name}' (first defined at {seen[name.casefold()]}); "
                        "rename one of them",
                    )
                )
            else:
                seen[name.casefold()] = where
        window = _text_at(item, "when", "window")
        if window and window not in window_where:
            known = ", ".join(sorted(window_where)) or "none defined; add one under 'windows:'"
            problems.append(
                doc.problem(
                    (*at, "when", "window"),
                    f"unknown window '{window}'{_hint(window, windows)}; known windows: {known}",
                )
            )
        template = _text_at(item, "template")
        if template and template not in template_names:
            known = ", ".join(sorted(template_names)) or "none found"
            problems.append(
                doc.problem(
                    (*at, "template"),
                    f"unknown template '{template}'{_hint(template, template_names)}; known templates: {known}",
                )
            )
        after = _text_at(item, "when", "after")
        if _text_at(item, "on") == EventKind.application_received.value and after in AFTER_POINTS[:2]:
            problems.append(
                doc.problem(
                    (*at, "when", "after"),
                    f"'{after}' needs an interview, but the rule fires on application_received; use 'received'",
                )
            )
    return problems
