"""What one "lost out" in the battle to be did not happen: "X lost out in the battle to be named best artist" is
no award for X."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_the_award_lost_out_on_is_not_won() -> None:
    text = "In a shock, Mara Quill lost out in the battle to be named best new artist to the band Sea Kings."
    fact = facts_of(text, people(text, "Mara Quill")).one("won_award")
    assert (fact.polarity, fact.arguments.get("object_text")) == ("negative", "best new artist")


def test_a_purpose_clause_of_a_plain_verb_still_happens() -> None:
    text = "Mara Quill flew to Paris in May to be named best new artist at the gala."
    fact = facts_of(text, people(text, "Mara Quill")).one("won_award")
    assert fact.polarity == "positive"
