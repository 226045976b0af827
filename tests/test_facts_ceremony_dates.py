"""The date a sentence of its own gives a ceremony is the time of the facts at that ceremony nearby."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _times(text: str) -> dict[str, str | None]:
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "V1", "Kestrel Awards", "EVENT")])
    return {fact.predicate: fact.time for fact in found.facts}


def test_the_host_of_the_dated_ceremony_takes_its_date() -> None:
    text = "The Kestrel Awards will be held on 27 February. Ivo Sand will host the ceremony."
    assert _times(text) == {"cast_in": "XXXX-02-27"}


def test_a_host_in_the_dating_sentence_itself_takes_the_date() -> None:
    text = "The Kestrel Awards are on Sunday. The ceremony, hosted by Ivo Sand, takes place on 27 February 2005."
    assert _times(text)["acted_in"] == "2005-02-27"


def test_a_guest_at_the_ceremony_before_the_dating_sentence_takes_its_date() -> None:
    text = "Ivo Sand is expected to attend the ceremony. The Kestrel Awards take place on 27 February."
    assert _times(text) == {"attended": "XXXX-02-27"}


def test_awards_and_nominations_do_not_take_the_ceremonys_date() -> None:
    text = "The Kestrel Awards will be held on 27 February. Ivo Sand is nominated for best actor."
    assert _times(text) == {"nominated": None}


def test_a_fact_in_another_paragraph_does_not_take_the_date() -> None:
    text = "The Kestrel Awards will be held on 27 February.\n\nIvo Sand will host the ceremony."
    assert _times(text) == {"cast_in": None}
