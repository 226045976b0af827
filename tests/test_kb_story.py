"""The knowledge base end to end: the seed article and articles we wrote, through the whole pipeline."""

from __future__ import annotations

import pytest

from dateline.batch import ingest
from dateline.kb import KnowledgeBase
from dateline.store import Store
from tests.paths import REPO

STORY = REPO / "tests" / "data" / "kb"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    from tests.paths import SEED

    if not SEED.exists():
        pytest.skip("the seed article is not in ../shared")
    store = Store(str(tmp_path_factory.mktemp("story") / "story.db"))
    summary = ingest([str(SEED), str(STORY)], store=store)
    assert summary.failed == 0 and summary.ingested == 6
    knowledge = KnowledgeBase(store)
    knowledge.resolve()
    return knowledge


def test_one_entity_for_ana_de_armas_across_four_articles(kb: KnowledgeBase) -> None:
    ana = kb.entity("Ana de Armas")
    assert ana.documents == 4
    assert kb.entity("ANA de Armas").id == kb.entity("de Armas").id == ana.id


def test_timeline_lists_marriage_divorce_dinner_arrival_in_order(kb: KnowledgeBase) -> None:
    items = kb.timeline("Ana de Armas")
    wanted = [("married", "2011"), ("divorced", "2013"), ("met", "2025-02-14"), ("travel", "2025-04-13")]
    found = [(item.predicate, item.date) for item in items if (item.predicate, item.date) in wanted]
    assert sorted(set(found), key=found.index) == wanted


def test_romance_rumour_moves_from_speculated_to_denied(kb: KnowledgeBase) -> None:
    rumours = [r for r in kb.rumours("Ana de Armas") if r.predicate == "romance" and "Tom Cruise" in r.participants]
    assert len(rumours) == 1
    steps = [(str(step.date), step.status) for step in rumours[0].steps]
    assert steps[0] == ("2025-02-16", "speculated")
    assert ("2025-05-02", "denied") in steps
    assert rumours[0].status == "denied"
    denial = next(step for step in rumours[0].steps if str(step.date) == "2025-05-02")
    assert "Laura Pike" in denial.source


def test_planted_wedding_year_is_a_contradiction(kb: KnowledgeBase) -> None:
    times = [c for c in kb.contradictions("Ana de Armas") if c.kind == "time" and "married" in c.description]
    assert len(times) == 1
    assert "2011" in times[0].description and "2012" in times[0].description
    assert len({side.document_id for side in times[0].evidence}) == 2


def test_namesakes_with_conflicting_ages_stay_two_people(kb: KnowledgeBase) -> None:
    prices = kb.entities(name="Daniel Price")
    assert len(prices) == 2
    assert sorted(price.birth_interval[:4] for price in prices if price.birth_interval) == ["1953", "1995"]
