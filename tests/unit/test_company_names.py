"""The one company-name normaliser (followup.company_names), used by detection and tracking."""

from __future__ import annotations

import pytest

from followup.company_names import company_key, drop_legal_suffix
from followup.track import normalize_company


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Acme Robotics, Inc.", "Acme Robotics"),
        ("Acme Robotics Inc", "Acme Robotics"),
        ("Müller GmbH", "Müller"),
        ("Globex Corporation", "Globex"),
        ("Initech LLC", "Initech"),
        ("Vandelay Industries Ltd.", "Vandelay Industries"),
        ("Société Générale SA", "Société Générale"),
        ("Northwind B.V.", "Northwind"),
        ("Acme Co.", "Acme"),
        ("VistulaSoft Sp. z o.o.", "VistulaSoft"),
        ("Greenleaf Organics Pvt. Ltd.", "Greenleaf Organics"),
        ("Danube Forge Kft.", "Danube Forge"),
        ("Kestrel & Vane LLP", "Kestrel & Vane"),
        ("Maison Verte S.A.S.", "Maison Verte"),
        ("Fjordline Logistics AS", "Fjordline Logistics"),
        # Legal names kept whole: a last word that is not a legal form stays.
        ("Swiss Re", "Swiss Re"),
        ("Wattle & Co", "Wattle & Co"),
        ("Wayne Enterprises", "Wayne Enterprises"),
        ("Salesforce", "Salesforce"),
    ],
)
def test_legal_forms_are_dropped_and_names_kept_whole(written: str, name: str) -> None:
    assert drop_legal_suffix(written) == name


def test_tracking_compares_companies_with_the_same_normaliser() -> None:
    assert company_key("  Acme   Robotics, Inc. ") == "acme robotics"
    assert normalize_company("ACME ROBOTICS INC") == normalize_company("Acme Robotics") == "acme robotics"
    assert normalize_company(None) == ""
