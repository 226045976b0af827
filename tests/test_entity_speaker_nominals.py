"""A description closing a quotation ('"...," the singer said') is the one person who spoke in the
sentence before."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in find_entities(load_pipeline()(text))}


def test_the_singer_closing_a_quote_is_the_speaker_of_the_sentence_before() -> None:
    mentions = _mentions('Ivo Sand said earlier that the tour was going well. '
                         '"We would not want to lose them," the singer said.')
    assert mentions["Ivo Sand"] == ["Ivo Sand", "the singer"]


def test_two_speakers_before_leave_the_description_alone() -> None:
    mentions = _mentions('Ivo Sand told reporters the tour went well and Mara Quill said it did not. '
                         '"We would not want to lose them," the singer said.')
    assert mentions["Ivo Sand"] == ["Ivo Sand"] and mentions["Mara Quill"] == ["Mara Quill"]


def test_a_speaker_the_description_contradicts_is_not_taken() -> None:
    mentions = _mentions('Tom Hale said earlier that the tour was going well. '
                         '"We would not want to lose them," the actress said.')
    assert mentions["Tom Hale"] == ["Tom Hale"]
