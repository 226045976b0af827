"""A lone given name joined by "and" to a full name shares its surname ("Robin and Barry Gibb"), except in
a list of names, where a lone name is a stage name ("Paul Simon, Madonna and David Bowie")."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _people(text: str) -> set[str]:
    return {e.name for e in find_entities(load_pipeline()(text)) if e.type == "PERSON"}


def test_two_siblings_share_the_surname() -> None:
    assert _people("The show will star Robert and Maria Kessler, who grew up in Leeds.") == {
        "Robert Kessler",
        "Maria Kessler",
    }


def test_a_lone_name_in_a_list_keeps_its_own_name() -> None:
    assert "Madonna Varga" not in _people("The festival booked Paul Simon, Madonna and Dora Varga last year.")


def test_a_short_given_name_shares_the_surname_too() -> None:
    assert _people("The play is produced by Ed and Jen Tarrow of Leeds.") == {"Ed Tarrow", "Jen Tarrow"}
