"""Shared validated types (Duration, Zone, Address, Regex, Port) and the mapping of pydantic
errors to located, one-line problems with a "did you mean" hint.

Pydantic does the validating; this module only names the small types and translates error
locations back to YAML positions through a `yamlpos.Document`.
"""

from __future__ import annotations

import difflib
import re
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pydantic
from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BeforeValidator, Field

from followup.durations import Duration as Duration  # also named here, beside spec's other types
from followup.errors import Problem
from followup.yamlpos import Document, Path

def _check_zone(name: str) -> str:
    if name == "owner":
        return name
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        close = difflib.get_close_matches(name, _zone_names(), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else "; use an IANA name such as 'Europe/Paris'"
        raise ValueError(f"unknown time zone '{name}'{hint}") from None
    return name


def _zone_names() -> list[str]:
    import zoneinfo

    return sorted(zoneinfo.available_timezones())


def _check_address(value: str) -> str:
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(f"not a valid e-mail address '{value}': {exc}") from None


def _check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {value!r}: {exc}") from None
    return value


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


Zone = Annotated[str, BeforeValidator(_strip), AfterValidator(_check_zone)]
Address = Annotated[str, BeforeValidator(_strip), AfterValidator(_check_address)]
Regex = Annotated[str, AfterValidator(_check_regex)]
Port = Annotated[int, Field(ge=1, le=65535)]


class Frozen(pydantic.BaseModel):
    """Base of every config and rule section: immutable, unknown keys are errors."""

    model_config = pydantic.ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


_SECRET_KEYS = re.compile(r"(?i)pass|secret|token|credential")


def _describe_input(value: object, loc: Path = ()) -> str:
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    if any(isinstance(part, str) and _SECRET_KEYS.search(part) for part in loc):
        # A password typed straight into the config must not reach a terminal or a log.
        return f"a {type(value).__name__}, not shown"
    return repr(value)


def _known_keys(model: type[pydantic.BaseModel] | None, loc: Path) -> list[str]:
    """Walk `model` along `loc` and list the keys allowed at that point."""
    current: Any = model
    for part in loc:
        if current is None:
            return []
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None)
        if fields is None:
            return []
        found = None
        for name, info in fields.items():
            if part in (name, info.alias):
                found = info
                break
        if found is None:
            return []
        current = _model_of(found.annotation)
    fields = getattr(current, "model_fields", None)
    if fields is None:
        return []
    return [info.alias or name for name, info in fields.items()]


def _model_of(annotation: Any) -> Any:
    """Find the pydantic model inside Optional[...], list[...], Annotated[...] and the like."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def problems_from_validation(
    exc: pydantic.ValidationError,
    doc: Document,
    model: type[pydantic.BaseModel] | None = None,
    prefix: Path = (),
) -> list[Problem]:
    """Turn a pydantic ValidationError on `doc.data` into one located Problem per error."""
    problems: list[Problem] = []
    seen: set[tuple[Path, str]] = set()
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if isinstance(p, (str, int)))
        loc = _drop_union_tags(loc, doc.data)
        kind = err["type"]
        if kind == "extra_forbidden":
            parent, key = loc[:-1], str(loc[-1])
            known = _known_keys(model, parent)
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            if close:
                hint = f" (did you mean '{close[0]}'?)"
            elif known:
                hint = f"; known keys: {', '.join(known)}"
            else:
                hint = ""
            problem = doc.problem(prefix + loc, f"unknown key '{key}'{hint}")
            problem = Problem(problem.file, problem.line, problem.column, _fmt(prefix + parent), problem.message)
        elif kind == "missing":
            parent, key = loc[:-1], str(loc[-1])
            problem = doc.problem(prefix + parent, f"missing required key '{key}'")
        elif kind == "literal_error":
            expected = err.get("ctx", {}).get("expected", "")
            problem = doc.problem(
                prefix + loc, f"unknown value {_describe_input(err['input'], loc)}; expected one of: {expected}"
            )
        elif kind in ("union_tag_invalid", "union_tag_not_found"):
            ctx = err.get("ctx", {})
            expected = ctx.get("expected_tags", "")
            tag = ctx.get("discriminator", "").strip("'")
            if kind == "union_tag_not_found":
                problem = doc.problem(prefix + loc, f"needs one of the keys: {expected}")
            else:
                problem = doc.problem(
                    prefix + loc + ((tag,) if tag else ()),
                    f"unknown value {_describe_input(ctx.get('tag'), loc)}; expected one of: {expected}",
                )
        else:
            message = str(err["msg"])
            if message.startswith("Value error, "):
                message = message[len("Value error, ") :]
                at = _AT_KEY.match(message)
                if at:
                    loc, message = (*loc, at.group(1)), message[at.end() :]
            elif message.startswith("Assertion failed, "):
                message = message[len("Assertion failed, ") :]
            else:
                message = f"{message[0].lower()}{message[1:]} (got {_describe_input(err['input'], loc)})"
            problem = doc.problem(prefix + loc, message)
        marker = (loc, problem.message)
        if marker in seen:
            continue
        seen.add(marker)
        problems.append(problem)
    return problems


_AT_KEY = re.compile(r"^@([A-Za-z_]+)@ ")


def at_key(key: str, message: str) -> ValueError:
    """A ValueError for a model validator that points the error at one of the model's keys."""
    return ValueError(f"@{key}@ {message}")


def _fmt(path: Path) -> str:
    from followup.yamlpos import format_path

    return format_path(path)


def _drop_union_tags(loc: Path, data: Any) -> Path:
    """Remove the union-member names pydantic inserts into error locations (`str`, `Model`)."""
    out: list[str | int] = []
    current = data
    for part in loc:
        # Two arms, not one `or`: mypy narrows `part` per container type only this way.
        if isinstance(current, dict) and isinstance(part, str) and part in current:  # noqa: SIM114
            out.append(part)
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            out.append(part)
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and not part[:1].isupper() and "[" not in part:
            out.append(part)
            current = None
        elif current is None and isinstance(part, str) and not part[:1].isupper() and "[" not in part:
            out.append(part)
    return tuple(out)
