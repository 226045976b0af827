"""Joins found late: a lone given name resolved before its famous bearer was known joins them when they become
known, so that the merges do not depend on the order the articles are resolved in."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.kb import KnowledgeBase
from dateline.kb.contradictions import compute_contradictions
from dateline.store import Store
from tests.builders import analysis, entity, fact

pytestmark = pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors

STAGE = "played the main stage at the music festival on Sunday night to a crowd of thousands of fans."


def _whole(doc_id: str, year: str):
    """Isadora Quell named in full, married to Tom Hale in ``year``."""
    text = f"Singer Isadora Quell {STAGE} She married Tom Hale in {year}."
    return [entity(text, "E1", "Isadora Quell"), entity(text, "E2", "Tom Hale")], \
        [fact(text, "F1", "married", ["E1", "E2"], "married", time=year)], text, doc_id


def _lone(doc_id: str):
    """"Isadora" alone, told in the same words, married to Tom Hale in another year."""
    text = f"Singer Isadora {STAGE} She married Tom Hale in 2012."
    return [entity(text, "E1", "Isadora"), entity(text, "E2", "Tom Hale")], \
        [fact(text, "F1", "married", ["E1", "E2"], "married", time="2012")], text, doc_id


def _paired(doc_id: str):
    """"Isadora and Grace", a show's title: two given names alone, no star's name."""
    text = f"The sitcom Isadora and Grace {STAGE}"
    return [entity(text, "E1", "Isadora"), entity(text, "E2", "Grace")], [], text, doc_id


def _add(store: Store, articles: list[tuple[object, ...]]) -> None:
    """Store the articles, dated one day apart in the order given, which is the order they are resolved in."""
    for day, (entities, facts, text, doc_id) in enumerate(articles, start=1):
        store.add(analysis(text, id=doc_id, date=dt.date(2025, 4, day), entities=entities, facts=facts))  # type: ignore[arg-type]


def _groups(kb: KnowledgeBase) -> list[list[str]]:
    """The articles of each canonical entity named Isadora, as sets of document ids."""
    return sorted(sorted({link.document_id for link in kb.links(str(found.id))}) for found in kb.entities(name="Isadora"))


ARTICLES = [_whole("w1", "2011"), _whole("w2", "2011"), _lone("l1"), _paired("p1")]


@pytest.mark.parametrize("order", [[2, 3, 0, 1], [0, 1, 2, 3], [2, 0, 3, 1]])
def test_a_lone_given_name_resolved_first_joins_its_famous_bearer_as_one_resolved_after(
    store: Store, nlp: object, order: list[int]
) -> None:
    # "Isadora" of l1 joins Isadora Quell whichever article comes first; the paired one of the sitcom never does
    _add(store, [ARTICLES[index] for index in order])
    kb = KnowledgeBase(store)
    kb.resolve()
    assert _groups(kb) == [["l1", "w1", "w2"], ["p1"]]
    assert "given_name" in [link.rule for link in kb.links("Isadora Quell")]


def test_a_late_join_brings_the_lone_entity_s_facts_and_contradictions(store: Store, nlp: object) -> None:
    # married in 2012 (the lone name's article) against 2011 (the whole name's): a contradiction once they are one
    _add(store, [_lone("l1"), _whole("w1", "2011"), _whole("w2", "2011")])
    kb = KnowledgeBase(store)
    kb.resolve()
    quell = kb.entity("Isadora Quell")
    assert quell.documents == 3 and quell.name == "Isadora Quell"
    assert {item.document_id for item in kb.timeline("Isadora Quell")} == {"l1", "w1", "w2"}
    with store.engine.connect() as connection:
        assert kb.contradictions(limit=100) == compute_contradictions(connection, None)
    assert len(kb.contradictions("Isadora Quell", limit=100)) == 1
    late = next(link for link in kb.links("Isadora Quell") if link.document_id == "l1")
    assert late.rule == "given_name" and late.reasons["joined_later"] is True


def test_a_late_join_respects_a_user_s_split(store: Store, nlp: object) -> None:
    _add(store, [_whole("w1", "2011"), _whole("w2", "2011"), _lone("l1")])
    kb = KnowledgeBase(store)
    kb.resolve()
    kb.split("Isadora Quell", documents=["l1"])
    _add(store, [_whole("w3", "2011")])  # Isadora Quell grows: l1's "Isadora" would join her, but for the split
    kb.resolve()
    assert _groups(kb) == [["l1"], ["w1", "w2", "w3"]]


def test_a_person_named_in_full_in_one_article_only_is_not_known_well(store: Store, nlp: object) -> None:
    # Isadora Quell's second article names her by her surname alone: one whole-named article is too little for
    # "Isadora" alone to be hers, however alike the words around it
    text = f"Singer Quell {STAGE}"
    _add(store, [_whole("w1", "2011"), ([entity(text, "E1", "Quell")], [], text, "s1"), _lone("l1")])
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Isadora Quell").documents == 2
    assert _groups(kb) == [["l1"], ["s1", "w1"]]


def test_articles_resolved_one_at_a_time_make_the_same_late_joins_as_one_batch(store: Store, nlp: object) -> None:
    kb = KnowledgeBase(store)
    for article in [ARTICLES[2], ARTICLES[3], ARTICLES[0], ARTICLES[1]]:
        _add(store, [article])  # each dated day 1: the order is the order of the resolves
        kb.resolve()
    assert _groups(kb) == [["l1", "w1", "w2"], ["p1"]]


def _other(doc_id: str):
    """Another whole-named Isadora, a politician, in other words."""
    text = f"Senator Isadora Brandt {doc_id} voted against the farm budget in the chamber on Tuesday."
    return [entity(text, "E1", "Isadora Brandt")], [], text, doc_id


PARTED = [_whole("w1", "2011"), _whole("w2", "2011"), _lone("l1"), _other("o1"), _other("o2")]


@pytest.mark.parametrize("order", [[0, 1, 2, 3, 4], [3, 4, 0, 1, 2], [2, 0, 1, 3, 4]])
def test_a_lone_given_name_leaves_its_bearer_when_later_articles_make_the_name_ambiguous(
    store: Store, nlp: object, order: list[int]
) -> None:
    # Isadora Quell was the one Isadora the store knew well when "Isadora" of l1 joined her; two articles on
    # Isadora Brandt make the name ambiguous (2 articles against 2): l1 leaves her, as it stays apart when
    # Brandt's articles come first
    _add(store, [PARTED[index] for index in order])
    kb = KnowledgeBase(store)
    kb.resolve()
    assert _groups(kb) == [["l1"], ["o1", "o2"], ["w1", "w2"]]
    quell = kb.entity("Isadora Quell")
    assert quell.documents == 2 and {item.document_id for item in kb.timeline("Isadora Quell")} == {"w1", "w2"}
    assert {item.document_id for item in kb.timeline("Isadora")} == {"l1"}
    with store.engine.connect() as connection:
        assert kb.contradictions(limit=100) == compute_contradictions(connection, None)
    assert kb.contradictions("Isadora Quell", limit=100) == []
