"""A web address is no part of a name, and no name on its own ("Lena Marsh http://..."); an outlet's domain
name ("DailyMail.com") stays one."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def test_a_link_after_a_name_is_cut_off() -> None:
    doc = with_entities(
        "Follow Lena Marsh http://bit.ly/2xYz9 for updates.",
        ("Lena Marsh http://bit.ly/2xYz9", "PERSON"),
    )
    assert [e.name for e in find_entities(doc)] == ["Lena Marsh"]


def test_a_link_alone_is_no_entity() -> None:
    doc = with_entities("More at http://bit.ly/2xYz9 today.", ("http://bit.ly/2xYz9", "ORG"))
    assert find_entities(doc) == []


def test_a_domain_name_stays_an_outlet() -> None:
    doc = with_entities("She told Gossipwire.com about it.", ("Gossipwire.com", "ORG"))
    assert [(e.name, e.type) for e in find_entities(doc)] == [("Gossipwire.com", "ORG")]
