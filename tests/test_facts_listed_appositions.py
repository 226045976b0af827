"""A list of names the parser reads as a name with an apposition that has conjuncts of its own ("A, B, C
and D" with B in apposition to A): every name of it fills the slot."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_list_misread_as_an_apposition_gives_every_name() -> None:
    text = ("Gabriela Ortiz Salas, Samuel Winter, Milo Kessler and Joan Abbot also feature on the "
            "20-strong list of novelists.")
    found = facts_of(text, people(text, "Gabriela Ortiz Salas", "Samuel Winter", "Milo Kessler", "Joan Abbot"))
    assert sorted(names[0] for names, _ in found.named("nominated")) == [
        "Gabriela Ortiz Salas", "Joan Abbot", "Milo Kessler", "Samuel Winter"]


def test_a_name_in_apposition_without_a_list_is_the_same_person() -> None:
    text = "Gabriela Salas, Gaby Winter on stage, also features on the shortlist."
    found = facts_of(text, [*people(text, "Gabriela Salas"), entity(text, "P9", "Gaby Winter", "PERSON")])
    assert [names for names, _ in found.named("nominated")] == [["Gabriela Salas"]]
