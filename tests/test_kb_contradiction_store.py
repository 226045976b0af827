"""Contradictions computed at resolve time: the stored lists equal what the facts give at query time, after
every incremental resolve, re-ingest, re-analysis, merge, split and upgrade."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dateline.errors import StoreError
from dateline.kb import KnowledgeBase
from dateline.kb.contradictions import compute_contradictions
from dateline.store import Store
from dateline.store import tables as t
from dateline.store.engine import _alembic_config
from tests.builders import analysis, attribution, entity, fact
from tests.test_kb import _april, _february, _may, _namesakes

pytestmark = pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors


def _june():
    text = ("Lena Marsh and her husband Pablo Ortega were seen in Lisbon. A friend said the actress is dating "
            "Jonah Reyes, and Lena Marsh is dating Jonah Reyes, the magazine added.")
    return analysis(text, id="jun", date=dt.date(2025, 6, 3), entities=[
        entity(text, "E1", "Lena Marsh"), entity(text, "E2", "Pablo Ortega"), entity(text, "E3", "Jonah Reyes"),
    ], attributions=[attribution(text, "A1", "A friend", "said")], facts=[
        fact(text, "F1", "married", ["E1", "E2"], "husband"),
        fact(text, "F2", "dating", ["E1", "E3"], "dating", asserted_by="A1"),
        fact(text, "F3", "romance", ["E1", "E3"], "is dating"),
    ])


def _stone(id: str, day: dt.date, name: str, *facts: tuple[str, str, str | None], aliases: tuple[str, ...] = (),
           romance: str | None = None):
    """An article about Ivy Stone: each fact (predicate, the person she is the subject with, time); with
    ``romance``, Tom Hale and Rob Lane's romance as the author asserts it or as she denies it."""
    text = f"{name} and Tom Hale and Rob Lane were in the news. They divorced, split and married, said the press."
    people = [entity(text, "E1", name, "PERSON", *aliases), entity(text, "E2", "Tom Hale"), entity(text, "E3", "Rob Lane")]
    found = [fact(text, f"F{n}", predicate, ["E1"], predicate, object=other, time=time)
             for n, (predicate, other, time) in enumerate(facts, start=1)]
    sources = []
    if romance == "asserted":
        found.append(fact(text, "F9", "romance", ["E2", "E3"], "news"))
    elif romance == "denied":
        sources.append(attribution(text, "A1", name, "said", entity="E1"))
        found.append(fact(text, "F9", "romance", ["E2", "E3"], "news", polarity="negative", asserted_by="A1"))
    return analysis(text, id=id, date=day, entities=people, facts=found, attributions=sources)


def _unlinked(id: str, day: dt.date, predicate: str, time: str | None):
    """A fact without participants, about an object only."""
    text = f"The band Glass Harbour {predicate} in the spring, the critic said."
    return analysis(text, id=id, date=day, entities=[entity(text, "E1", "Glass Harbour", "ORG")],
                    facts=[fact(text, "F1", predicate, [], predicate, object="E1", time=time)])


ARTICLES = [
    _february(), _april(), _may(), *_namesakes(), _june(),
    _stone("ivy-1", dt.date(2025, 1, 5), "Ivy Stone", ("divorced", "E3", "2010"), ("divorced", "E2", "2019"),
           romance="asserted"),
    _stone("ivy-2", dt.date(2025, 2, 5), "Ivy Stone", ("married", "E2", None), ("married", "E3", "2012"),
           romance="denied"),
    _stone("ivy-3", dt.date(2025, 3, 5), "Ivy Rose Stone", ("married", "E2", "2013"), aliases=("Ivy Stone",)),
    _unlinked("band-1", dt.date(2025, 7, 1), "split", "2018"), _unlinked("band-2", dt.date(2025, 8, 1), "married", None),
]


def _everything(kb: KnowledgeBase) -> dict[str, list[object]]:
    """Every stored list: of all contradictions and of each entity, as JSON."""
    lists = {"all": kb.contradictions(limit=100_000)}
    for found in kb.entities(limit=1000):
        lists[str(found.id)] = kb.contradictions(str(found.id), limit=100_000)
    return {key: [c.model_dump(mode="json") for c in value] for key, value in lists.items()}


def _assert_as_computed(kb: KnowledgeBase) -> None:
    with kb.store.engine.connect() as connection:
        assert kb.contradictions(limit=100_000) == compute_contradictions(connection, None)
        for found in kb.entities(limit=1000):
            assert kb.contradictions(str(found.id), limit=100_000) == compute_contradictions(connection, found.id), found.name
            assert kb.count_contradictions(str(found.id)) == len(compute_contradictions(connection, found.id))


@pytest.fixture
def kb(store: Store, nlp: object) -> KnowledgeBase:
    knowledge = KnowledgeBase(store)
    for item in ARTICLES:  # one at a time: each resolve recomputes only what its article touched
        store.add(item)
        knowledge.resolve()
        _assert_as_computed(knowledge)
    return knowledge


def test_every_kind_is_stored_as_the_facts_give_it(kb: KnowledgeBase) -> None:
    kinds = {c.kind for c in kb.contradictions(limit=1000)}
    assert kinds == {"time", "polarity", "ended"}
    ivy = kb.entity("Ivy Stone")
    assert ivy.name == "Ivy Rose Stone"  # renamed by the third article, after her contradictions were stored
    assert all("Ivy Rose Stone" in c.description for c in kb.contradictions("Ivy Stone"))
    (denial,) = kb.contradictions("Rob Lane", limit=1)  # she is only its source, and was renamed after it was stored
    assert denial.description == "Tom Hale and Rob Lane romance: asserted by author, denied by Ivy Rose Stone"
    seen_by_tom = {c.description for c in kb.contradictions("Tom Hale")}
    assert seen_by_tom and seen_by_tom != {c.description for c in kb.contradictions("Ivy Stone") if c.kind == "ended"}
    assert [c.kind for c in kb.contradictions("Glass Harbour")] == ["ended"]


def test_pages_read_the_stored_order(kb: KnowledgeBase) -> None:
    for name in (None, "Lena Marsh", "Ivy Stone"):
        everything = kb.contradictions(name, limit=1000)
        assert kb.count_contradictions(name) == len(everything) >= 2
        pages = [kb.contradictions(name, limit=1, offset=skip)[0] for skip in range(len(everything))]
        assert pages == everything
        assert kb.contradictions(name, limit=1, offset=len(everything)) == []


def test_resolving_or_ingesting_the_same_article_again_changes_nothing(kb: KnowledgeBase, store: Store) -> None:
    before = _everything(kb)
    rows = store.counts()
    assert kb.resolve().contradictions == 0
    store.add(_june())  # unchanged: not stored again
    kb.resolve()
    assert _everything(kb) == before and store.counts() == rows
    store.add(_june(), reanalyse=True)
    store.add(ARTICLES[7], reanalyse=True)
    assert kb.resolve().contradictions > 0
    assert _everything(kb) == before
    _assert_as_computed(kb)


def test_a_reanalysed_article_takes_its_contradictions_with_it(kb: KnowledgeBase, store: Store) -> None:
    text = "Lena Marsh and Pablo Ortega were seen in Lisbon."
    store.add(analysis(text, id="jun", date=dt.date(2025, 6, 3), entities=[entity(text, "E1", "Lena Marsh"),
                                                                           entity(text, "E2", "Pablo Ortega")]),
              reanalyse=True)
    kb.resolve()
    assert not any(e.document_id == "jun" for c in kb.contradictions(limit=1000) for e in c.evidence)
    _assert_as_computed(kb)


def test_merge_and_split_recompute_what_they_change(kb: KnowledgeBase) -> None:
    older, younger = sorted(kb.entities(name="Daniel Price"), key=lambda e: e.birth_interval or "")
    kb.merge(str(younger.id), str(older.id))
    (age,) = kb.contradictions("Daniel Price")
    assert age.kind == "age" and {e.document_id for e in age.evidence} == {"price-1", "price-2"}
    _assert_as_computed(kb)
    kb.split("Daniel Price", documents=["price-2"])
    assert kb.contradictions("Daniel Price") == []
    kb.split("Lena Marsh", documents=["jun"])
    _assert_as_computed(kb)


def test_an_upgraded_store_computes_them_on_the_next_resolve(kb: KnowledgeBase, store: Store) -> None:
    from alembic import command

    before = _everything(kb)
    config = _alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
        command.upgrade(config, "head")
    assert kb.contradictions_stale()
    with pytest.raises(StoreError, match="not computed yet: run `dateline resolve`"):
        kb.contradictions()
    summary = kb.resolve()
    assert summary.all_contradictions and summary.documents == 0
    assert summary.contradictions == len(store.execute(select(t.contradictions.c.id)))
    assert not kb.contradictions_stale() and _everything(kb) == before


def test_a_new_store_has_nothing_to_compute(store: Store) -> None:
    knowledge = KnowledgeBase(store)
    assert not knowledge.contradictions_stale()
    assert knowledge.contradictions() == [] and knowledge.count_contradictions() == 0
