"""Any verb with a subject that opens a quotation with a colon is a cue: "[Ana] retorted: [“...”]"."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_verb_of_manner_before_a_colon_and_a_quotation(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('Asked about the ferry, Mara Lindqvist retorted: "It was late again."'))
    assert ("Mara Lindqvist", "retorted:", ['"It was late again."']) in found


def test_a_clause_that_only_ends_on_a_colon(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('Tobias Renner visited the three stops of the ferry in 2024: "Ostby", "Hamn" and "Lund".'))
    assert not any("Ostby" in piece for _, _, content in found for piece in content)


def test_a_verb_hung_on_a_cue_verb_is_none(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('Mara Lindqvist said of winning: "It feels great to win at home."'))
    assert not any(cue and cue.startswith("winning") for _, cue, _ in found)
