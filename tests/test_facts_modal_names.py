"""A name the parser took for a modal ("May performed with X", with "May" a surname): a modal takes no
verb in the past or present tense, so the word is the verb's subject and no hedge
(factuality.name_taken_for_modal)."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def _facts(text: str) -> list[tuple[str, list[str], str]]:
    found = facts_of(text, people(text, "Tam May", "Ivo Rook"))
    return [(f.predicate, sorted(found.names[p] for p in f.participants), f.certainty) for f in found.facts]


def test_a_surname_parsed_as_a_modal_is_the_subject() -> None:
    text = "Guitarist Tam May joined in 1990. May performed with Ivo Rook at a festival in Leeds."
    assert ("collaboration", ["Ivo Rook", "Tam May"], "certain") in _facts(text)


def test_a_modal_before_a_bare_verb_stays_a_modal() -> None:
    text = "Guitarist Tam May joined in 1990. May perform with Ivo Rook at a festival in Leeds."
    assert not any(predicate == "collaboration" for predicate, _, _ in _facts(text))
