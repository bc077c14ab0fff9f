"""Rules: schema, located errors (golden files), conditions, and the shipped examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.errors import ConfigError
from followup.rules import Condition, Facts, RuleSet, load_rules
from followup.spec import Duration

ROOT = Path(__file__).resolve().parents[2]
INVALID = ROOT / "tests" / "data" / "rules" / "invalid"
TEMPLATES = {"thank_you.txt", "check_in.txt"}

GOOD = """
windows:
  business_hours: {days: [mon, tue, wed, thu, fri], hours: "09:00-17:30", timezone: owner}
rules:
  - name: thank each interviewer
    on: interview_scheduled
    if: {role_matches: "(?i)engineer"}
    when: {after: interview.end, delay: 2h, window: business_hours}
    to: each interviewer
    fallback_to: contact
    template: thank_you.txt
    approval: required
    cancel_on: [interview_cancelled, rejection]
"""


def _problems(files: list[tuple[str, str]], templates: set[str] = TEMPLATES) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_rules(files, templates)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("path", sorted(INVALID.glob("*.yaml")), ids=lambda p: p.stem)
def test_invalid_rule_files_print_exactly_the_expected_errors(path: Path) -> None:
    expected = path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    assert _problems([(path.name, path.read_text(encoding="utf-8"))]) == expected


def test_every_golden_mistake_has_a_comment_above_it() -> None:
    for path in INVALID.glob("*.yaml"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for problem in path.with_suffix(".expected").read_text(encoding="utf-8").splitlines():
            line = int(problem.split(":")[1])
            above = [text.strip() for text in lines[max(0, line - 4) : line - 1]]
            assert any(text.startswith("#") for text in above), f"{path.name}:{line} has no comment"


def test_a_valid_rule_loads_with_its_values_and_position() -> None:
    rules = load_rules([("rules/a.yaml", GOOD)], TEMPLATES)
    (rule,) = rules.rules
    assert rule.name == "thank each interviewer"
    assert rule.on == "interview_scheduled"
    assert rule.when.after == "interview.end"
    assert rule.when.delay == Duration(7200)
    assert rule.to == "each interviewer" and rule.fallback_to == "contact"
    assert rule.cancel_on == ("interview_cancelled", "rejection")
    assert rule.max_lateness == Duration(86400) and rule.max_per_company is None
    assert rule.where == "rules/a.yaml:5"
    window = rules.window_of(rule)
    assert window is not None and window.timezone == "owner" and window.days == frozenset(range(5))


def test_windows_are_shared_across_files_and_order_is_kept() -> None:
    second = """
rules:
  - name: nudge
    on: application_received
    when: {after: received, delay: 7 business days, window: business_hours}
    to: contact
    template: check_in.txt
    cancel_on: reply
"""
    rules = load_rules([("a.yaml", GOOD), ("b.yaml", second)], TEMPLATES)
    assert [r.name for r in rules.rules] == ["thank each interviewer", "nudge"]
    assert rules.rules[1].cancel_on == ("reply",)
    assert rules.rules[1].when.delay == Duration(business_days=7)


def test_duplicate_rule_names_across_files_name_both_places() -> None:
    problems = _problems(
        [
            ("a.yaml", GOOD),
            ("b.yaml", GOOD.split("rules:")[0].replace("business_hours", "other") + "rules:" + GOOD.split("rules:")[1]),
        ]
    )
    assert problems == [
        "b.yaml:5:5: rules[0].name: duplicate rule name 'thank each interviewer' (first defined at a.yaml:5); "
        "rename one of them"
    ]


def test_errors_from_several_files_are_all_reported_sorted() -> None:
    broken = GOOD.replace("on: interview_scheduled", "on: interview_sheduled")
    other = GOOD.replace("thank each", "greet each").replace("business_hours", "office")
    problems = _problems([("z.yaml", broken), ("a.yaml", other.replace("thank_you.txt", "nope.txt"))])
    assert [p.split(":")[0] for p in problems] == ["a.yaml", "z.yaml"]
    assert "unknown template 'nope.txt'" in problems[0]
    assert "unknown event kind 'interview_sheduled'" in problems[1]


def test_a_yes_key_is_not_mistaken_for_on() -> None:
    text = GOOD.replace("on: interview_scheduled", "yes: interview_scheduled")
    problems = _problems([("a.yaml", text)])
    assert problems[0] == "a.yaml:5:5: rules[0]: missing required key 'on'"


def test_an_empty_file_and_no_files_give_no_rules() -> None:
    assert load_rules([("empty.yaml", "")], TEMPLATES) == RuleSet()
    assert load_rules([], set()).rules == ()


def test_a_file_that_is_not_a_mapping_is_an_error() -> None:
    assert _problems([("list.yaml", "- a\n- b\n")]) == [
        "list.yaml:1:1: a rules file must be a mapping with the keys 'windows' and 'rules'"
    ]


@pytest.mark.parametrize(
    ("condition", "facts", "holds"),
    [
        ({"company_is": "acme"}, Facts(company="Acme"), True),
        ({"company_is": ["Initech", "Acme"]}, Facts(company="ACME"), True),
        ({"company_is": "Acme"}, Facts(company=None), False),
        ({"company_not": "Acme"}, Facts(company="Initech"), True),
        ({"company_not": "Acme"}, Facts(company="acme"), False),
        ({"role_matches": "(?i)engineer"}, Facts(role="Senior Backend Engineer"), True),
        ({"role_matches": "(?i)engineer"}, Facts(role=None), False),
        ({"from_domain": "acme.example"}, Facts(from_domain="mail.acme.example"), True),
        ({"from_domain": "acme.example"}, Facts(from_domain="notacme.example"), False),
        ({"has_interviewers": True}, Facts(interviewers=2), True),
        ({"has_interviewers": False}, Facts(interviewers=2), False),
        ({"all": [{"company_is": "Acme"}, {"has_interviewers": True}]}, Facts(company="Acme"), False),
        ({"any": [{"company_is": "Acme"}, {"has_interviewers": True}]}, Facts(company="Acme"), True),
        ({"not": {"company_is": "Acme"}}, Facts(company="Acme"), False),
        ({"company_is": "Acme", "role_matches": "Manager"}, Facts(company="Acme", role="Engineer"), False),
    ],
)
def test_conditions_evaluate_over_facts(condition: dict[str, object], facts: Facts, holds: bool) -> None:
    assert Condition.model_validate(condition).holds(facts) is holds


def test_the_shipped_example_rules_and_templates_load_cleanly() -> None:
    files = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in sorted((ROOT / "rules").glob("*.yaml"))]
    templates = {p.name for p in (ROOT / "rules" / "templates").glob("*.txt")}
    rules = load_rules(files, templates)
    names = {r.name for r in rules.rules}
    assert {"thank each interviewer", "check in after silence", "application nudge",
            "gracious reply to a rejection"} <= names
    assert {r.template for r in rules.rules} <= templates
    assert all(r.approval == "required" for r in rules.rules)
