"""A hyphenated name's last letter kept with its full stop ends a sentence the tokenizer ran on."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_names_before_a_missed_sentence_end_are_not_the_next_sentence_s() -> None:
    text = "Nominees include Ivo Sand, Bo Rane and Tay-Z. Folk singer Mara Quill will receive the Kestrel Prize."
    entities = [*people(text, "Ivo Sand", "Bo Rane", "Mara Quill"), entity(text, "E1", "Kestrel Prize", "EVENT")]
    winners = [names for names, _ in facts_of(text, entities).named("won_award")]
    assert winners == [["Mara Quill"]]


def test_an_initial_is_no_sentence_end() -> None:
    text = "Ivo Sand and Mara J. Quill will receive the Kestrel Prize."
    entities = [*people(text, "Ivo Sand", "Mara J. Quill"), entity(text, "E1", "Kestrel Prize", "EVENT")]
    winners = sorted(names for names, _ in facts_of(text, entities).named("won_award"))
    assert winners == [["Ivo Sand"], ["Mara J. Quill"]]
