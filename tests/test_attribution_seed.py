"""The attribution stage on the seed article, read from ../shared at run time (skipped when absent)."""

from __future__ import annotations

import re

import pytest

from dateline.model import Attribution
from dateline.stages.attribution import find_attributions
from dateline.stages.entities import find_entities
from tests.paths import SEED

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed() -> list[Attribution]:
    if not SEED.exists():
        pytest.skip("the seed article is not in ../shared")
    from dateline.nlp import load_pipeline

    text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", SEED.read_text(encoding="utf-8"))
    doc = load_pipeline()(text)
    return find_attributions(doc, entities=find_entities(doc))


def _by_source(found: list[Attribution], text: str) -> list[Attribution]:
    return [a for a in found if a.source is not None and a.source.text == text]


def test_sources_close_to_the_stars_deny_the_romance(seed: list[Attribution]) -> None:
    denials = _by_source(seed, "sources close to the stars")
    assert denials and all(a.source is not None and a.source.anonymous for a in denials)
    cues = {a.cue.text for a in denials if a.cue}
    assert cues & {"have downplayed", "downplayed", "suggesting"}
    romance = next(a for a in denials if any("romantic" in span.text for span in a.content))
    assert romance.factuality.polarity == "negative"


def test_one_insider_told_the_outlet(seed: list[Attribution]) -> None:
    (told,) = _by_source(seed, "One insider")
    assert told.cue is not None and told.cue.text == "told"
    assert told.source is not None and told.source.anonymous
    assert told.source.outlet is not None and told.source.outlet.text == "DailyMail.com"


def test_the_source_is_the_same_insider_for_both_quoted_sentences(seed: list[Attribution]) -> None:
    (told,) = _by_source(seed, "One insider")
    (said,) = _by_source(seed, "the source")
    assert said.cue is not None and said.cue.text == "said" and said.kind == "direct"
    assert len(said.content) == 2 and all(span.text.startswith("“") for span in said.content)
    assert said.source is not None and told.source is not None
    assert said.source.anonymous and said.source.ref == told.source.ref
    assert said.source.outlet is not None and said.source.outlet.text == "DailyMail.com"


def test_the_article_reports_public_speculation(seed: list[Attribution]) -> None:
    crowd = [a for a in seed if a.source is not None and a.source.crowd]
    assert {a.cue.text for a in crowd if a.cue} >= {"set tongues wagging", "sending the rumor mill into overdrive"}
    assert all(a.factuality.certainty == "possible" and a.source and a.source.anonymous for a in crowd)


def test_at_least_three_attributions_have_anonymous_sources(seed: list[Attribution]) -> None:
    named = {a.source.text for a in seed if a.source is not None and a.source.anonymous and not a.source.crowd}
    assert named >= {"sources close to the stars", "One insider", "the source"}
