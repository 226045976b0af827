"""The tokenizer changes of ``tokenizer.yaml``: a unit letter after a figure does not swallow the full stop."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.pipeline import analyse

pytestmark = pytest.mark.slow


def test_a_figure_in_millions_ends_its_sentence(nlp: object) -> None:
    # "m." was one token, so the sentence ran on and the NER made a person "m. Okafor".
    doc = nlp("The stadium cost £75m. Okafor opened it in June.")  # type: ignore[operator]
    assert [sentence.text for sentence in doc.sents] == ["The stadium cost £75m.", "Okafor opened it in June."]


def test_times_of_day_keep_their_abbreviations(nlp: object) -> None:
    doc = nlp("The vote starts at 9 p.m. Tuesday and the a.m. slots are full.")  # type: ignore[operator]
    assert {"p.m.", "a.m."} <= {token.text for token in doc}


def test_no_entity_starts_with_the_unit(nlp: object) -> None:
    document = Document.create("The deal was worth £5m. Nadia Okafor signed it on Monday.", date=dt.date(2025, 3, 5))
    names = [entity.name for entity in analyse(document, nlp=nlp).entities]
    assert "Nadia Okafor" in names
    assert not any(name.startswith("m.") for name in names)
