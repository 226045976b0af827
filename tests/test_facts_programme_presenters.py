"""A programme's presenter attends nothing; a ceremony's presenter attends it."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_programme_s_presenter_attends_nothing() -> None:
    text = "The panel included Night Owls presenter Mara Quill and two critics."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Night Owls", "WORK")]
    assert facts_of(text, entities).named("attended") == []


def test_a_ceremony_s_presenter_attends_it() -> None:
    text = "Harbour Awards presenter Mara Quill arrived late."
    entities = [*people(text, "Mara Quill"), entity(text, "E1", "Harbour Awards", "EVENT")]
    assert facts_of(text, entities).named("attended") == [(["Mara Quill"], "Harbour Awards")]


def test_a_presenter_at_a_ceremony_attends_it() -> None:
    text = "Mara Quill was a presenter at the Harbour Awards."
    entities = [*people(text, "Mara Quill"), entity(text, "E1", "Harbour Awards", "EVENT")]
    assert facts_of(text, entities).named("attended") == [(["Mara Quill"], "Harbour Awards")]
