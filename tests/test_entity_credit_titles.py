"""A name right before "star", "actor" or "actress" and a person's name is a work's title ("Troy star X")."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _with_entities(text: str, entities: dict[str, str]) -> Doc:
    """``text`` parsed, with the given names (and nothing else) as the NER's entities of their labels."""
    doc = load_pipeline()(text)
    spans = []
    for name, label in entities.items():
        start = doc.text.rindex(name)  # the last occurrence: "Ray" after "Ray Talbot"
        span = doc.char_span(start, start + len(name))
        assert span is not None
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.ents = spans
    return doc


def _types(doc: Doc) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(doc)}


def test_a_title_taken_for_a_person_before_star_and_a_name_is_a_work() -> None:
    doc = _with_entities("Pellam star Orrin Vask has been tipped for the part.", {"Pellam": "PERSON", "Orrin Vask": "PERSON"})
    assert _types(doc) == {"Pellam": "WORK", "Orrin Vask": "PERSON"}


def test_a_title_taken_for_a_company_before_actor_is_a_work() -> None:
    doc = _with_entities("Night Ledger actor Tam Oduya joined the cast on Monday.",
                         {"Night Ledger": "ORG", "Tam Oduya": "PERSON"})
    assert _types(doc)["Night Ledger"] == "WORK"


def test_a_former_star_of_a_name_is_a_member_not_a_work() -> None:
    doc = _with_entities("The duet from former Brightwell star Kian Doyle went in at number three.",
                         {"Brightwell": "PERSON", "Kian Doyle": "PERSON"})
    assert _types(doc)["Brightwell"] == "PERSON"


def test_a_place_before_star_stays_a_place() -> None:
    doc = _with_entities("Hollywood star Orrin Vask has been tipped for the part.", {"Hollywood": "GPE", "Orrin Vask": "PERSON"})
    assert _types(doc)["Hollywood"] == "GPE"


def test_a_name_also_known_in_full_stays_a_person() -> None:
    doc = _with_entities("Ray Talbot spoke first. Later Ray star Orrin Vask spoke.",
                         {"Ray Talbot": "PERSON", "Ray": "PERSON", "Orrin Vask": "PERSON"})
    assert _types(doc)["Ray Talbot"] == "PERSON"


def test_star_in_an_article_about_bands_is_a_member_s_title() -> None:
    doc = _with_entities("The band played on. Marrow Kings star Orrin Vask joined them.",
                         {"Marrow Kings": "ORG", "Orrin Vask": "PERSON"})
    assert _types(doc)["Marrow Kings"] == "ORG"


def test_actor_in_an_article_about_bands_still_credits_a_work() -> None:
    doc = _with_entities("The band played on. Night Ledger actor Orrin Vask joined them.",
                         {"Night Ledger": "ORG", "Orrin Vask": "PERSON"})
    assert _types(doc)["Night Ledger"] == "WORK"


def test_the_end_of_a_longer_title_the_ner_cut_is_left_alone() -> None:
    doc = _with_entities("The cast of Only Dreams and Horses star Orrin Vask returned.", {"Horses": "PRODUCT", "Orrin Vask": "PERSON"})
    assert _types(doc)["Horses"] == "OTHER"


def test_a_title_after_a_name_and_and_is_credited() -> None:
    doc = _with_entities("Jude Pell and Pellam star Orrin Vask were tipped.",
                         {"Jude Pell": "PERSON", "Pellam": "PERSON", "Orrin Vask": "PERSON"})
    assert _types(doc)["Pellam"] == "WORK"
