"""Pure: the template format (YAML front matter, then a Jinja2 body), the sandboxed
environment with strict undefined variables, rendering, and the check that names every
unknown variable with its file:line.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from types import TracebackType
from typing import Any

import jinja2
import jinja2.meta as jinja2_meta
import jinja2.nodes as jinja2_nodes
import pydantic
from jinja2.sandbox import SandboxedEnvironment
from pydantic import Field

from followup.errors import ConfigError, Problem
from followup.render.clean import clean_body, clean_line, end_with_one_newline
from followup.render.context import InterviewVars, OriginalVars, OwnerVars, RecipientVars, RenderContext
from followup.spec import Frozen, problems_from_validation
from followup.yamlpos import load_yaml


class FrontMatter(Frozen):
    """The YAML block at the top of a template."""

    subject: str = Field(description="Subject used when not threading (or no original subject is known).")
    thread: bool = Field(
        False, description="Answer in the original conversation: 'Re:' subject, In-Reply-To, References."
    )


class _UnknownValueError(jinja2.TemplateRuntimeError):
    """A template printed a variable whose value is none for this follow-up."""


def _finalize(value: object) -> object:
    # Printing None would put "None" (or an empty gap, "Dear ,") into a note a human reads.
    if value is None:
        raise _UnknownValueError(
            "prints a value that is unknown for this follow-up; guard it with {% if ... %} "
            "or give a default with {{ x or '...' }}"
        )
    return value


_ENV = SandboxedEnvironment(
    undefined=jinja2.StrictUndefined,
    autoescape=False,
    keep_trailing_newline=True,
    finalize=_finalize,
)


@dataclass(frozen=True)
class Template:
    """A loaded, compiled template; `body_line` is the file line the body starts on (1-based)."""

    source: str
    subject: str
    thread: bool
    body: str
    subject_line: int
    body_line: int
    _subject: jinja2.Template = field(repr=False, compare=False)
    _body: jinja2.Template = field(repr=False, compare=False)


def _compile(text: str, name: str, line: int, source: str) -> jinja2.Template:
    try:
        code = _ENV.compile(text, name=name, filename=name)
    except jinja2.TemplateSyntaxError as exc:
        where = line + (exc.lineno or 1) - 1
        raise ConfigError([Problem(source, where, 1, "", f"template syntax error: {exc.message}")]) from None
    return _ENV.template_class.from_code(_ENV, code, _ENV.make_globals(None), None)


def load_template(text: str, source: str) -> Template:
    """Parse front matter and compile subject and body; raise ConfigError with file:line."""
    text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ConfigError(
            [Problem(source, 1, 1, "", "a template must start with a '---' line, then 'subject: ...', then '---'")]
        )
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ConfigError(
            [Problem(source, 1, 1, "", "the front matter has no closing '---' line; add one before the body")]
        ) from None
    doc = load_yaml("\n".join(lines[1:close]), source, line_offset=1)
    if not isinstance(doc.data, dict):
        raise ConfigError([doc.problem((), "the front matter must be a mapping with 'subject' (and 'thread')")])
    try:
        front = FrontMatter.model_validate(doc.data)
    except pydantic.ValidationError as exc:
        raise ConfigError(problems_from_validation(exc, doc, FrontMatter)) from None
    subject_line = doc.locate(("subject",))[0]
    body_line = close + 2
    body = "\n".join(lines[close + 1 :])
    return Template(
        source=source,
        subject=front.subject,
        thread=front.thread,
        body=body,
        subject_line=subject_line,
        body_line=body_line,
        _subject=_compile(front.subject, f"{source}#subject", subject_line, source),
        _body=_compile(body, source, body_line, source),
    )


def _template_line(tb: TracebackType | None, name: str) -> int | None:
    found = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == name:
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


_UNDEFINED_NAME = re.compile(r"'([A-Za-z_][A-Za-z0-9_]*)' (?:is undefined|has no attribute '([A-Za-z_][A-Za-z0-9_]*)')")


def _locate_by_name(text: str, message: str) -> int | None:
    match = _UNDEFINED_NAME.search(message)
    if not match:
        return None
    needle = match.group(2) or match.group(1)
    for number, line in enumerate(text.split("\n"), start=1):
        if re.search(rf"\b{re.escape(needle)}\b", line):
            return number
    return None


_VAR_OF_CLASS = {
    "OwnerVars": ("owner", OwnerVars),
    "RecipientVars": ("recipient", RecipientVars),
    "InterviewVars": ("interview", InterviewVars),
    "OriginalVars": ("original", OriginalVars),
}
_TOP_LEVEL = ("owner", "recipient", "company", "role", "interview", "questions", "original")
_ATTRIBUTE = re.compile(r"'(?:[\w.]*\.)?(\w+) object' has no attribute '(\w+)'")
_TOP = re.compile(r"^'(\w+)' is undefined$")


def _suggest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else f"; known: {', '.join(known)}"


def _explain_undefined(message: str) -> str:
    """Turn Jinja2's undefined message into "unknown variable 'interview.dayz' (did you mean ...)"."""
    attribute = _ATTRIBUTE.search(message)
    if attribute and attribute.group(1) in _VAR_OF_CLASS:
        var, cls = _VAR_OF_CLASS[attribute.group(1)]
        known = [f.name for f in dataclass_fields(cls)]
        return f"unknown variable '{var}.{attribute.group(2)}'{_suggest(attribute.group(2), known)}"
    top = _TOP.match(message)
    if top:
        return f"unknown variable '{top.group(1)}'{_suggest(top.group(1), list(_TOP_LEVEL))}"
    return f"unknown variable: {message}"


def _render_part(template: Template, part: str, variables: dict[str, Any]) -> str:
    compiled, name, first, text = (
        (template._subject, f"{template.source}#subject", template.subject_line, template.subject)
        if part == "subject"
        else (template._body, template.source, template.body_line, template.body)
    )
    try:
        return compiled.render(variables)
    except jinja2.TemplateError as exc:
        relative = _template_line(exc.__traceback__, name) or _locate_by_name(text, str(exc)) or 1
        message = str(exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else exc)
        if isinstance(exc, jinja2.UndefinedError):
            message = _explain_undefined(message)
        elif isinstance(exc, _UnknownValueError):
            message = f"this line {message}"
        raise ConfigError([Problem(template.source, first + relative - 1, 1, part, message)]) from None


def render_text(template: Template, context: RenderContext, *, original_subject: str | None = None) -> tuple[str, str]:
    """Render (subject, body); the subject is "Re: <original>" for a threaded template.

    Raise ConfigError naming the template file, line and problem when rendering fails.
    """
    variables = context.variables()
    body = end_with_one_newline(clean_body(_render_part(template, "body", variables)))
    subject = clean_line(_render_part(template, "subject", variables))
    if template.thread and clean_line(original_subject):
        subject = reply_subject(clean_line(original_subject))
    return subject, body


def check_template(template: Template, sample: RenderContext) -> list[Problem]:
    """Return every unknown variable (with its line), then render against a sample context.

    Rendering stops at the first undefined name, so the names are first looked up in the
    parsed template: one `check` lists all of them at once.
    """
    problems: list[Problem] = []
    variables = sample.variables()
    for part in ("subject", "body"):
        text, first = (
            (template.subject, template.subject_line) if part == "subject" else (template.body, template.body_line)
        )
        unknown = _unknown_variables(text)
        problems.extend(Problem(template.source, first + line - 1, 1, part, message) for line, message in unknown)
        if unknown:
            continue
        try:
            _render_part(template, part, variables)
        except ConfigError as exc:
            problems.extend(exc.problems)
    return problems


def _unknown_variables(text: str) -> list[tuple[int, str]]:
    """(line, message) for each name or attribute no template can use, in the order they appear."""
    tree = _ENV.parse(text)
    undeclared = jinja2_meta.find_undeclared_variables(tree)
    found: dict[tuple[int, str], str] = {}
    for node in tree.find_all((jinja2_nodes.Name, jinja2_nodes.Getattr)):
        if isinstance(node, jinja2_nodes.Name):
            if node.ctx == "load" and node.name in undeclared and node.name not in _TOP_LEVEL:
                found.setdefault((node.lineno, node.name), _explain_undefined(f"'{node.name}' is undefined"))
            continue
        assert isinstance(node, jinja2_nodes.Getattr)
        owner = node.node
        if not isinstance(owner, jinja2_nodes.Name) or owner.name not in undeclared:
            continue
        cls = next((c for var, c in _VAR_OF_CLASS.values() if var == owner.name), None)
        if cls is not None and node.attr not in {f.name for f in dataclass_fields(cls)}:
            message = _explain_undefined(f"'{cls.__name__} object' has no attribute '{node.attr}'")
            found.setdefault((node.lineno, f"{owner.name}.{node.attr}"), message)
    return sorted(((line, message) for (line, _), message in found.items()), key=lambda item: item[0])


_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|antw|odp|r|rif|vs)\s*(?:\[\d+\])?\s*:\s*", re.IGNORECASE)


def reply_subject(subject: str) -> str:
    """Return "Re: <subject>" without stacking reply prefixes ("Re: Re:", "RE: AW:")."""
    stripped = subject
    while True:
        shorter = _REPLY_PREFIX.sub("", stripped, count=1)
        if shorter == stripped:
            break
        stripped = shorter
    return f"Re: {stripped.strip()}" if stripped.strip() else "Re:"
