"""An engagement to a name with a title in front ("engaged to footballer Y"), which the parser reads as an infinitive
"to" with the title for its verb: the name after "to" is read whatever the parse, and a negation still denies it."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_denied_engagement_to_a_titled_name() -> None:
    text = "Pop singer Tova Brandt is not engaged to footballer Idris Kell, her representative said."
    fact = facts_of(text, people(text, "Tova Brandt", "Idris Kell")).one("engaged")
    assert fact.polarity == "negative"


def test_an_engagement_to_a_titled_name() -> None:
    text = "Tova Brandt is engaged to footballer Idris Kell."
    found = facts_of(text, people(text, "Tova Brandt", "Idris Kell"))
    assert found.named("engaged") == [(["Idris Kell", "Tova Brandt"], None)]


def test_the_object_of_an_infinitive_is_no_partner() -> None:
    text = "Tova Brandt was engaged to play Idris Kell in the film."
    assert facts_of(text, people(text, "Tova Brandt", "Idris Kell")).named("engaged") == []
