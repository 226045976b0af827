"""A past participle in an absolute "with" phrase is passive: "..., with X named best actor" names X, and
"with X shortlisted for the prize" shortlists X, though the parser gives X as the participle's subject."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_the_name_of_an_absolute_with_phrase_is_the_one_named() -> None:
    text = "Salt Roads was named best film at the gala, with its star Mara Quill named best actress."
    found = facts_of(text, people(text, "Mara Quill")).named("won_award")
    assert (["Mara Quill"], "best actress") in found


def test_the_name_of_an_absolute_with_phrase_is_the_one_shortlisted() -> None:
    text = "The drama earned another nomination for the studio, with Ivo Sand shortlisted for the design prize."
    found = facts_of(text, people(text, "Ivo Sand")).named("nominated")
    assert (["Ivo Sand"], "design prize") in found


def test_a_with_phrase_whose_verb_has_its_own_auxiliary_is_not_absolute() -> None:
    text = "The gala closed with a speech that Mara Quill had named the best of the night."
    assert facts_of(text, people(text, "Mara Quill")).named("won_award") == []


def test_the_object_of_a_with_hung_on_the_subject_is_the_doer_of_the_verb_after_it() -> None:
    # the parser makes W the subject of "tipped" and hangs "with X" on W
    text = "According to pundits, the drama has overtaken previous favourite The Lantern, with Quill also tipped " \
        "to take the best director award."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "The Lantern", "WORK")]
    assert facts_of(text, entities).named("won_award") == [(["Mara Quill"], "best director award")]
