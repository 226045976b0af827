"""Bands given as bands by the text: "the Welsh band", "the four-piece band" refer back to the one band just
named (collectives._describes_band), and a band typed a place is an ORG when a band noun or title says so
(collectives.type_named_bands)."""

from __future__ import annotations

from dateline import Document, analyse


def _entity_of(text: str, mention: str) -> tuple[str, str] | None:
    for entity in analyse(Document.create(text)).entities:
        if any(m.text == mention for m in entity.mentions):
            return entity.name, entity.type
    return None


def test_a_described_band_refers_back_to_the_band() -> None:
    text = (
        "Indie band The Velvet Harbours won two awards on Monday. "
        "The four-piece Leeds band will tour Japan in May."
    )
    found = _entity_of(text, "The four-piece Leeds band")
    assert found is not None and found[0] == "The Velvet Harbours"


def test_the_band_with_a_relative_clause_set_off_refers_back() -> None:
    text = "Indie band The Velvet Harbours won two awards on Monday. The Welsh band, whose album sold well, thanked fans."
    found = _entity_of(text, "The Welsh band")
    assert found is not None and found[0] == "The Velvet Harbours"


def test_a_selecting_word_makes_another_band() -> None:
    text = "Indie band The Velvet Harbours won two awards on Monday. The other band thanked fans."
    assert _entity_of(text, "The other band") is None


def test_a_band_typed_a_place_is_an_organisation_before_a_band_title() -> None:
    text = "The show featured Tom Vale, the former Kenya guitarist, who played two songs."
    assert _entity_of(text, "Kenya") == ("Kenya", "ORG")
