"""A given name the NER typed a work, coordinated with a person's given name, is the person's."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def test_a_given_name_typed_a_work_beside_a_persons_given_name_is_that_person() -> None:
    text = (
        "A spokesperson for Talia Verne has denied a report that the singer is dating the actor Marco Delane.\n\n"
        '"Talia and Marco are good friends and nothing more," her spokesperson, Dana Quill, said on Tuesday.'
    )
    entities = find_entities(load_pipeline()(text))
    assert not [entity for entity in entities if entity.type == "WORK"]
    verne = next(entity for entity in entities if entity.name == "Talia Verne")
    assert "Talia" in [mention.text for mention in verne.mentions]
