"""A source headed by a kind of outlet ("Le Monde newspaper", "the NBC network") is the outlet named
before it (``outlet_nouns`` in attribution.yaml), found in a third read sample of news-dev (attr20)."""

from __future__ import annotations


def _source_entity_name(nlp, text: str, cue: str) -> str | None:  # type: ignore[no-untyped-def]
    from dateline.stages.attribution import find_attributions
    from dateline.stages.entities import find_entities

    doc = nlp(text)
    entities = find_entities(doc)
    names = {entity.id: entity.name for entity in entities}
    for attribution in find_attributions(doc, entities=entities):
        if attribution.cue is not None and attribution.cue.text == cue and attribution.source is not None:
            return names.get(attribution.source.entity or "")
    raise AssertionError(f"no attribution cued by {cue!r}")


def test_a_newspaper_after_its_name_is_that_newspaper(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The film flopped, said the French Le Monde newspaper on Monday."
    assert _source_entity_name(nlp, text, "said") == "Le Monde"


def test_a_network_after_its_name_is_that_network(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Reyes will leave the show, the NBC news network said."
    assert _source_entity_name(nlp, text, "said") == "NBC"


def test_a_body_named_for_whom_it_serves_is_not_the_name_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The tour is over, the UN refugees agency said."
    assert _source_entity_name(nlp, text, "said") is None
