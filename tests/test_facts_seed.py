"""The seed article: the facts the project was founded on, and no others.

It reads the article from ../shared at run time and skips when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import iter_documents
from dateline.model import Analysis, Fact
from dateline.pipeline import analyse

ANA, TOM, MARC = "Ana de Armas", "Tom Cruise", "Marc Clotet"


@pytest.fixture(scope="module")
def seed(request: pytest.FixtureRequest) -> Analysis:
    from tests.paths import SEED

    if not SEED.exists():
        pytest.skip("the seed article is not in ../shared")
    document = next(iter(iter_documents([str(Path(SEED))])))
    return analyse(document)  # type: ignore[arg-type]


def _name(seed: Analysis, entity_id: str | None) -> str | None:
    return next((e.name for e in seed.entities if e.id == entity_id), None)


def _fact(
    seed: Analysis, predicate: str, *names: str, obj: str | None = None, source: str | None = None
) -> Fact:
    found = [
        fact for fact in seed.facts
        if fact.predicate == predicate
        and sorted(_name(seed, p) or p for p in fact.participants) == sorted(names)
        and (obj is None or obj in (_name(seed, fact.object) or fact.arguments.get("object_text") or ""))
        and (source is None or _source(seed, fact) == source)
    ]
    assert len(found) == 1, [(f.predicate, f.participants, f.object, f.asserted_by) for f in seed.facts]
    return found[0]


def _source(seed: Analysis, fact: Fact) -> str:
    attribution = next((a for a in seed.attributions if a.id == fact.asserted_by), None)
    if attribution is None or attribution.source is None:
        return "author"
    return attribution.source.text


def test_travel_and_meetings_of_the_pair(seed: Analysis) -> None:
    travel = _fact(seed, "travel", ANA, TOM)
    assert (_name(seed, travel.place), travel.time) == ("London", "2025-04-13")
    assert travel.arguments["origin"] == "Madrid"
    assert (travel.polarity, travel.certainty, travel.asserted_by) == ("positive", "certain", "author")
    met = _fact(seed, "met", ANA, TOM)
    assert (_name(seed, met.place), met.time, met.asserted_by) == ("London", "2025-02-14", "author")


def test_the_romance_is_denied_by_sources_and_speculated_by_the_crowd(seed: Analysis) -> None:
    denied = _fact(seed, "romance", ANA, TOM, source="sources close to the stars")
    assert (denied.polarity, denied.certainty) == ("negative", "certain")
    speculated = [f for f in seed.facts if f.predicate == "romance" and f.polarity == "positive"]
    assert speculated and all(f.certainty == "possible" for f in speculated)
    for fact in speculated:
        attribution = next(a for a in seed.attributions if a.id == fact.asserted_by)
        assert attribution.source is not None and attribution.source.crowd


def test_the_insider_s_claims_are_possible_and_the_insider_s(seed: Analysis) -> None:
    collaboration = _fact(seed, "collaboration", ANA, TOM)
    cast = _fact(seed, "cast_in", ANA, obj="Days of Thunder")
    for fact in (collaboration, cast):
        attribution = next(a for a in seed.attributions if a.id == fact.asserted_by)
        assert attribution.source is not None and attribution.source.anonymous
        assert _name(seed, attribution.source.via) == "DailyMail.com"
        assert fact.certainty == "possible"
    assert _fact(seed, "develops", TOM, obj="Days of Thunder").polarity == "positive"


def test_the_careers(seed: Analysis) -> None:
    assert _fact(seed, "acted_in", ANA, obj="Blonde").arguments["role"] == "Marilyn Monroe"
    _fact(seed, "acted_in", ANA, obj="El Internado")
    for name, work in ((ANA, "Ballerina"), (TOM, "Mission: Impossible")):
        acted = _fact(seed, "acted_in", name, obj=work)
        assert acted.time == "2025-SU"
        assert _fact(seed, "release", _name(seed, acted.object) or "").time == "2025-SU"
    assert _fact(seed, "cast_in", ANA, obj="The Seven Husbands of Evelyn Hugo").certainty == "probable"


def test_birth_citizenship_and_homes(seed: Analysis) -> None:
    assert _name(seed, _fact(seed, "born_in", ANA).object) == "Cuba"
    citizen = _fact(seed, "citizen_of", ANA)
    assert (_name(seed, citizen.object), citizen.time) == ("Spain", "2025-04-17")  # "now": as of the article
    homes = [_name(seed, fact.object) for fact in seed.facts if fact.predicate == "lived_in"]
    assert sorted(homes) == ["Madrid", "Spain"]  # type: ignore[type-var]


def test_the_marriage(seed: Analysis) -> None:
    assert _name(seed, _fact(seed, "met", ANA, MARC).place) == "Madrid"
    married = _fact(seed, "married", ANA, MARC)
    assert (_name(seed, married.place), married.time) == ("Costa Brava", "2011")
    assert (married.valid_from, married.valid_to) == ("2011", "2013")
    assert _fact(seed, "divorced", ANA, MARC).time == "2013"
    moved = _fact(seed, "moved_to", ANA)
    assert (_name(seed, moved.object), moved.time) == ("Los Angeles", "2013")
    assert moved.arguments["time_mod"] == "APPROX"


def test_no_other_facts(seed: Analysis) -> None:
    expected = {
        ("travel", (ANA, TOM)), ("met", (ANA, TOM)), ("romance", (ANA, TOM)), ("collaboration", (ANA, TOM)),
        ("cast_in", (ANA,)), ("develops", (TOM,)), ("acted_in", (ANA,)), ("acted_in", (TOM,)),
        ("release", ("Ballerina",)), ("release", ("Mission: Impossible – The Final Reckoning",)),
        ("born_in", (ANA,)), ("citizen_of", (ANA,)), ("citizen_of", (MARC,)), ("lived_in", (ANA,)),
        ("met", (ANA, MARC)), ("married", (ANA, MARC)), ("divorced", (ANA, MARC)), ("moved_to", (ANA,)),
    }
    found = {(f.predicate, tuple(sorted(_name(seed, p) or p for p in f.participants))) for f in seed.facts}
    assert found == expected
