"""The display name of an organisation or place is not its form written in capitals ("NEW YORK --")."""

from __future__ import annotations

from dateline.stages.entities.build import display_name
from dateline.stages.entities.discourse import Cluster


def test_a_place_named_in_capitals_and_in_its_case_takes_its_case() -> None:
    assert display_name(Cluster(type="GPE", texts=["NEW YORK", "New York"])) == "New York"


def test_an_organisation_in_a_capitalised_line_takes_its_case() -> None:
    assert display_name(Cluster(type="ORG", texts=["HOFSTRA UNIVERSITY", "Hofstra University"])) == "Hofstra University"


def test_a_two_letter_acronym_is_not_shouted() -> None:
    assert display_name(Cluster(type="GPE", texts=["US", "Us"])) == "US"


def test_a_longer_name_still_wins() -> None:
    assert display_name(Cluster(type="ORG", texts=["Hofstra", "HOFSTRA UNIVERSITY"])) == "HOFSTRA UNIVERSITY"
