"""Trigger matching: words by lemma, phrases, hyphenated prefixes, and which match wins on a word."""

from __future__ import annotations

import pytest

from dateline.stages.facts.triggers import find_triggers


@pytest.fixture
def matches(nlp):  # type: ignore[no-untyped-def]
    def found(text: str) -> list[tuple[str, str]]:
        return [(m.frame, m.head.text) for m in find_triggers(nlp(text))]

    return found


def test_inflected_verbs_match_their_lemma(matches) -> None:  # type: ignore[no-untyped-def]
    assert ("married", "married") in matches("Mara Quill married Tomas Brandt.")
    assert ("married", "marries") in matches("Mara Quill marries Tomas Brandt.")


def test_a_phrase_needs_all_its_words(nlp) -> None:  # type: ignore[no-untyped-def]
    def phrases(text: str) -> list[str | None]:
        return [m.trigger.phrase for m in find_triggers(nlp(text)) if m.trigger.phrase]

    assert phrases("Their single went to number one.") == ["go to number one"]
    assert phrases("Their single went to number two.") == []


def test_a_particle_is_required_when_the_trigger_names_one(matches) -> None:  # type: ignore[no-untyped-def]
    assert ("travel", "touched") in matches("The pair touched down in Lisbon.")
    assert ("travel", "touched") not in matches("The pair touched the painting.")


def test_a_prefixed_word_is_its_own_trigger(matches) -> None:  # type: ignore[no-untyped-def]
    found = matches("She met her ex-husband in Lisbon.")
    assert found.count(("married", "husband")) == 1  # the ex- rule hides the plain one


def test_a_modifier_of_a_title_is_not_a_second_trigger(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Harbour Records executive director Ivo Sand spoke.")
    found = [m for m in find_triggers(doc) if m.frame == "works_for"]
    assert [m.head.text for m in found] == ["director"]


def test_nothing_is_found_in_a_sentence_without_triggers(matches) -> None:  # type: ignore[no-untyped-def]
    assert matches("The weather in Lisbon was mild.") == []
