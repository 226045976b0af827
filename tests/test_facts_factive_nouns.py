"""The clause of a factive noun ("the fact that ...") is presupposed: what is thought around it does not reach it."""

from __future__ import annotations

import pytest

from dateline.model import Factuality
from tests.builders import attribution, entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _birth(text: str, content: str):  # type: ignore[no-untyped-def]
    believed = attribution(
        text, "A1", "Mara Quill", "thinks", content=content,
        factuality=Factuality(certainty="probable", commitment="believed"),
    )
    entities = [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "L1", "Lisbon", "GPE")]
    return facts_of(text, entities, attributions=[believed]).one("born_in")


def test_the_clause_of_the_fact_that_is_certain_in_a_belief() -> None:
    content = "it was his past, the fact that Ivo Sand was born in Lisbon, that made him a poet"
    assert _birth(f"Mara Quill thinks {content}.", content).certainty == "certain"


def test_a_believed_clause_without_the_noun_stays_probable() -> None:
    content = "Ivo Sand was born in Lisbon"
    assert _birth(f"Mara Quill thinks {content}.", content).certainty == "probable"
