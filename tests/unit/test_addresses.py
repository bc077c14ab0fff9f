"""Known senders of job mail and the robot-address rule (followup.addresses), and the company
names their addresses carry (followup.detect.company)."""

from __future__ import annotations

import pytest
from followup.addresses import domain_of, has_domain, is_robot_address, known_sender
from followup.detect.company import company_from_address, company_from_display_name


@pytest.mark.parametrize(
    ("address", "system"),
    [
        ("no-reply@us.greenhouse-mail.io", "Greenhouse"),
        ("no-reply@hire.lever.co", "Lever"),
        ("no-reply@ashbyhq.com", "Ashby"),
        ("acme@myworkday.com", "Workday"),
        ("noreply@smartrecruiters.com", "SmartRecruiters"),
        ("careers-acme@icims.com", "iCIMS"),
        ("notifications@jobvite.com", "Jobvite"),
        ("notifications@calendly.com", "Calendly"),
        ("scheduling@goodtime.io", "GoodTime"),
        ("noreply@modernloop.io", "ModernLoop"),
        ("calendar-notification@google.com", None),
        ("no-reply@zoom.us", "Zoom"),
        ("jane@acme.example", None),
    ],
)
def test_known_senders_are_recognised_by_domain(address: str, system: str | None) -> None:
    found = known_sender(address)
    assert (found.name if found else None) == system


@pytest.mark.parametrize(
    "address",
    [
        "no-reply@acme.example", "noreply@acme.example", "do-not-reply@acme.example", "donotreply@acme.example",
        "notifications@acme.example", "mailer-daemon@acme.example", "jobalerts-noreply@linkedin.com",
        "acme@myworkday.com", "scheduling@goodtime.io", "calendar-notification@google.com", "", "not-an-address",
        "list-request@acme.example", "owner-jobs@lists.example", "x@bounces.example.com",
        "alerts@notifications.acme.example",
        "jane@greenhouse.io", "sam@lever.co", "jane@calendly.com", "recruiting@ashbyhq.com", "talent@workday.com",
    ],
)  # fmt: skip
def test_robot_addresses(address: str) -> None:
    assert is_robot_address(address)


@pytest.mark.parametrize(
    "address", ["sam.lee@acme.example", "recruiting@acme.example", "maya@copperleaf.example", "someone@outlook.com"]
)
def test_people_and_team_mailboxes_are_not_robots(address: str) -> None:
    assert not is_robot_address(address)


@pytest.mark.parametrize(
    ("display", "company"),
    [
        ("Acme Robotics", "Acme Robotics"),
        ("Acme Robotics Recruiting", "Acme Robotics"),
        ("Halcyon AI Hiring Team", "Halcyon AI"),
        ("Sam Lee at Acme", "Acme"),
        ("Wattle & Co Careers", "Wattle & Co"),
        ("Recruiting", None),
        (None, None),
    ],
)
def test_company_from_display_name(display: str | None, company: str | None) -> None:
    assert company_from_display_name(display) == company


def test_company_from_workday_local_part_and_icims_subdomain() -> None:
    workday = known_sender("granitemutual@myworkday.com")
    icims = known_sender("noreply@harborview.icims.com")
    assert workday is not None and icims is not None
    assert company_from_address("granitemutual@myworkday.com", workday) == "Granitemutual"
    assert company_from_address("noreply@harborview.icims.com", icims) == "Harborview"


def test_has_domain_matches_subdomains_only_on_label_boundaries() -> None:
    assert has_domain("a@mail.acme.example", ("acme.example",))
    assert not has_domain("a@notacme.example", ("acme.example",))
    assert has_domain("acme.example", ("@acme.example",))


@pytest.mark.parametrize(
    ("address", "domain"),
    [("Sam@Acme.Example", "acme.example"), ("sam@acme.example.", "acme.example"),
     (" <sam@acme.example> ", "acme.example"), ("no-at-sign", ""), (None, "")],
)  # fmt: skip
def test_domain_of_is_lower_case_without_a_trailing_dot(address: str | None, domain: str) -> None:
    assert domain_of(address) == domain
