"""A store written with the older statement keys (awards kept as text not told apart) gets the new keys,
statements and contradictions on the next resolve after opening."""

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

pytestmark = pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors


def _awards(id: str, day: dt.date, *awards: tuple[str, str, str]):
    """An article on Mara Quill's awards of 2025: (award as the text says it, certainty, polarity), the denials by a
    named source. Dated, so that two articles' claims about one award are about the same ceremony."""
    text = "Mara Quill may win and won and did not win, Tom Hale said."
    found = []
    for n, (award, certainty, polarity) in enumerate(awards, start=1):
        item = fact(text, f"F{n}", "won_award", ["E1"], "win", time="2025", certainty=certainty, polarity=polarity,
                    asserted_by="A1" if polarity == "negative" else "author")
        item.arguments = {"object_text": award}
        found.append(item)
    return analysis(text, id=id, date=day, entities=[entity(text, "E1", "Mara Quill"), entity(text, "E2", "Tom Hale")],
                    facts=found, attributions=[attribution(text, "A1", "Tom Hale", "said", entity="E2")])


ARTICLES = [
    _awards("a", dt.date(2025, 1, 5), ("Best Actress", "possible", "positive"), ("best director", "certain", "positive")),
    _awards("b", dt.date(2025, 2, 5), ("the best  actress", "certain", "positive"), ("Best Director", "certain", "negative")),
]


def _statements(store: Store) -> set[str]:
    return {row.statement for row in store.execute(select(t.canonical_facts.c.statement).distinct())}


def _rumours(kb: KnowledgeBase) -> list[tuple[str | None, str, list[str]]]:
    return [(s.object_text, s.status, [step.status for step in s.steps]) for s in kb.rumours("Mara Quill")]


@pytest.fixture
def kb(store: Store, nlp: object) -> KnowledgeBase:
    knowledge = KnowledgeBase(store)
    for item in ARTICLES:
        store.add(item)
    knowledge.resolve()
    return knowledge


def test_each_award_kept_as_text_is_its_own_statement(kb: KnowledgeBase) -> None:
    mara = kb.entity("Mara Quill").id
    assert _statements(kb.store) == {f'won_award|{mara}|"best actress"|2025', f'won_award|{mara}|"best director"|2025'}
    assert _rumours(kb) == [("Best Actress", "confirmed", ["speculated", "confirmed"])]
    [contradiction] = kb.contradictions()
    assert contradiction.kind == "polarity" and {e.claim for e in contradiction.evidence} == {"won_award", "not won_award"}


def test_a_store_with_the_older_keys_gets_the_new_ones_on_the_next_resolve(kb: KnowledgeBase, store: Store) -> None:
    from alembic import command

    mara = kb.entity("Mara Quill").id
    new_keys, rumours, contradictions = _statements(store), _rumours(kb), kb.contradictions()
    config = _alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")  # writes the older keys: every award of hers one statement
    assert _statements(store) == {f"won_award|{mara}|"}
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert kb.statement_keys_stale() and kb.contradictions_stale()
    with pytest.raises(StoreError, match="not computed yet"):
        kb.contradictions()
    summary = kb.resolve()
    assert summary.all_contradictions and summary.documents == 0
    assert not kb.statement_keys_stale() and not kb.contradictions_stale()
    assert _statements(store) == new_keys and _rumours(kb) == rumours and kb.contradictions() == contradictions
    with store.engine.connect() as connection:
        assert kb.contradictions(limit=100) == compute_contradictions(connection, None)


def test_a_store_whose_keys_have_no_award_year_gets_them_on_the_next_resolve(kb: KnowledgeBase, store: Store) -> None:
    from alembic import command

    mara = kb.entity("Mara Quill").id
    new_keys, rumours, contradictions = _statements(store), _rumours(kb), kb.contradictions()
    config = _alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")  # the keys of 0007: the awards of every year one statement
    assert _statements(store) == {f'won_award|{mara}|"best actress"', f'won_award|{mara}|"best director"'}
    assert kb.contradictions_stale()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert kb.statement_keys_stale() and kb.contradictions_stale()
    summary = kb.resolve()
    assert summary.all_contradictions and not kb.statement_keys_stale()
    assert _statements(store) == new_keys and _rumours(kb) == rumours and kb.contradictions() == contradictions


def test_a_new_store_has_no_stale_keys(store: Store) -> None:
    assert not KnowledgeBase(store).statement_keys_stale()


def test_the_cli_and_the_entity_page_name_the_award_of_a_statement(kb: KnowledgeBase, store: Store) -> None:
    from fastapi.testclient import TestClient

    from dateline.cli.kb import _statement_rows
    from dateline.web import create_app

    assert [row["statement"] for row in _statement_rows(kb.rumours())] == ["Mara Quill won_award Best Actress (2025)"]
    page = TestClient(create_app(store)).get("/entities/Mara%20Quill", headers={"accept": "text/html"})
    assert "<strong>Mara Quill won_award Best Actress (2025)</strong>" in page.text
