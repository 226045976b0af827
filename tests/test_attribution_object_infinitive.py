"""A to-infinitive right after an object content, which the parser hung on the cue verb as an
adverbial clause, belongs to the content ("proposed [new funds to help the towns]"):
``object_complements.clause_openers`` in attribution.yaml."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_infinitive_after_the_object_joins_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Mara Lindqvist proposed new funds to help the harbour towns."))
    assert ("Mara Lindqvist", "proposed", ["new funds to help the harbour towns"]) in found


def test_infinitive_after_a_possessive_object_joins_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Mara Lindqvist defended her call to raise the ferry fares."))
    assert ("Mara Lindqvist", "defended", ["her call to raise the ferry fares"]) in found


def test_infinitive_after_the_object_of_a_cue_preposition_starts_there(attributions) -> None:  # type: ignore[no-untyped-def]
    # "called on [X to Y]": the one asked is in the content, as PolNeAR draws it.
    found = all_roles(attributions("The letter calls on the minister to pursue the investigations."))
    assert ("The letter", "calls on", ["the minister to pursue the investigations"]) in found
