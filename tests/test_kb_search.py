"""Fact search across articles, an entity's articles, and the attributes the articles state about it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.errors import InputError, NotFoundError
from dateline.kb import FactFilter, KnowledgeBase
from dateline.store import Store
from tests.webstory import fill

pytestmark = pytest.mark.slow  # resolution reads the spaCy model's vocabulary


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    path: Path = tmp_path_factory.mktemp("kb") / "story.db"
    with Store(str(path)) as store:
        yield KnowledgeBase(fill(store))


def _predicates(kb: KnowledgeBase, **where: object) -> list[str]:
    return [f.predicate for f in kb.facts(FactFilter(**where))]  # type: ignore[arg-type]


def test_facts_of_an_entity_by_date(kb: KnowledgeBase) -> None:
    castell = kb.entity("Mira Castell").id
    assert _predicates(kb, entity_id=castell) == ["married", "divorced", "met", "romance", "romance"]


def test_facts_by_predicate_polarity_and_certainty(kb: KnowledgeBase) -> None:
    assert _predicates(kb, predicate="romance", polarity="negative") == ["romance"]
    assert [f.document_id for f in kb.facts(FactFilter(certainty="possible"))] == ["castell-jan"]


def test_facts_by_date_range_use_the_article_date_when_undated(kb: KnowledgeBase) -> None:
    found = kb.facts(FactFilter(start=dt.date(2025, 1, 1), end=dt.date(2025, 3, 31)))
    assert [(f.predicate, f.document_id) for f in found] == [
        ("met", "castell-jan"), ("romance", "castell-jan"), ("romance", "castell-mar")]


def test_facts_by_source(kb: KnowledgeBase) -> None:
    assert _predicates(kb, source="anonymous") == ["romance"]
    assert _predicates(kb, source="spokesperson") == ["romance"]
    assert "romance" not in _predicates(kb, source="author")
    assert _predicates(kb, source="100%_") == []  # LIKE wildcards are matched literally


def test_facts_are_paginated(kb: KnowledgeBase) -> None:
    everything = [f.key for f in kb.facts(limit=100)]
    pages = [f.key for offset in range(0, len(everything), 2) for f in kb.facts(limit=2, offset=offset)]
    assert pages == everything and len(everything) == 6


def test_documents_of_an_entity_newest_first(kb: KnowledgeBase) -> None:
    found = kb.documents("Mira Castell")
    assert [d.document_id for d in found] == ["castell-mar", "castell-jan"]
    assert set(found[0].names) == {"Mira Castell"} and found[0].mentions == 2


def test_attributes_stated_by_each_article(kb: KnowledgeBase) -> None:
    stated = {(a.name, a.value, a.document_id) for a in kb.attributes("Mira Castell")}
    assert ("age", "41", "castell-jan") in stated
    assert ("birth_date", "1983-01-13/1984-01-12", "castell-jan") in stated


def test_canonical_ids_of_a_document(kb: KnowledgeBase) -> None:
    ids = kb.canonical_ids("castell-mar")
    assert ids["E1"] == kb.entity("Mira Castell").id and ids["E3"] == kb.entity("Oren Vale").id


def test_a_predicate_no_fact_has_is_an_error_naming_those_they_have(kb: KnowledgeBase) -> None:
    """'marry' or 'marriage' answered an empty list, read as "nobody married"."""
    with pytest.raises(InputError, match=r"no fact has the predicate 'marry': the facts have .*married.*romance"):
        kb.facts(FactFilter(predicate="marry"))


def test_a_document_not_stored_is_not_found(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFoundError, match="no document with id 'castell-june'"):
        kb.facts(FactFilter(document_id="castell-june"))
    assert [f.document_id for f in kb.facts(FactFilter(document_id="castell-jan"))][:1] == ["castell-jan"]
