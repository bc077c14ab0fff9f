"""Rules and templates are validated strictly at start, and compiled lazily only when known good."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from followup.config import load_config
from followup.errors import ConfigError
from followup.runtime import load_runtime, open_runtime

ROOT = Path(__file__).resolve().parents[2]


def _config(tmp_path: Path):
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    return load_config(
        "owner: {name: Ana, email: ana@example.com}\nmailbox: {source: maildir, path: mail}\n"
        "rules: rules/\ntemplates: rules/templates/\nstate_dir: state\n",
        "config.yaml",
        str(tmp_path),
    )


def test_a_known_good_set_is_compiled_only_when_used(tmp_path: Path) -> None:
    config = _config(tmp_path)
    record = tmp_path / "state" / "validated.sha256"
    first = open_runtime(config, record)
    assert record.exists() and first.templates  # validated and compiled now
    second = open_runtime(config, record)
    assert second._rules is None and second._templates is None  # nothing compiled yet
    assert [r.name for r in second.rules.rules] == [r.name for r in first.rules.rules]
    assert set(second.templates) == set(first.templates)


def test_a_changed_file_is_validated_again_at_start(tmp_path: Path) -> None:
    config = _config(tmp_path)
    record = tmp_path / "state" / "validated.sha256"
    open_runtime(config, record)
    template = tmp_path / "rules" / "templates" / "thank_you.txt"
    template.write_text(template.read_text().replace("{{ recipient.first_name", "{{ recipient.nickname"), "utf-8")
    with pytest.raises(ConfigError) as caught:
        open_runtime(config, record)
    assert "thank_you.txt" in str(caught.value) and "nickname" in str(caught.value)


def test_load_runtime_is_always_strict(tmp_path: Path) -> None:
    config = _config(tmp_path)
    (tmp_path / "rules" / "interviews.yaml").write_text("rules:\n  - name: x\n    on: interview_sheduled\n")
    with pytest.raises(ConfigError, match="interview_sheduled"):
        load_runtime(config)


def test_a_template_syntax_error_is_reported_as_such_not_as_an_unknown_template(tmp_path: Path) -> None:
    config = _config(tmp_path)
    broken = tmp_path / "rules" / "templates" / "thank_you.txt"
    broken.write_text("---\nsubject: Thanks\n---\nHi,\n{% if %}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_runtime(config)
    lines = str(caught.value).splitlines()
    assert lines == [f"{broken}:5:1: template syntax error: Expected an expression, got 'end of statement block'"]
