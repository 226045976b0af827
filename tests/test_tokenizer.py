"""The tokenizer changes of ``tokenizer.yaml``: a unit letter after a figure does not swallow the full stop; a
dash run into a quotation mark is split from the words around it."""

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


def test_a_dash_run_into_a_quotation_mark_is_split(nlp: object) -> None:
    doc = nlp("He mocked Nadia Okafor—“We call her Madam Mayor”—and her allies.")  # type: ignore[operator]
    words = [token.text for token in doc]
    assert words[3:7] == ["Okafor", "—", "“", "We"]
    assert words[9:14] == ["Madam", "Mayor", "”", "—", "and"]


def test_no_name_runs_into_a_dash_and_a_quotation(nlp: object) -> None:
    text = "Crowds booed Nadia Okafor—“We will not pay,” they chanted—and her deputy."
    names = [entity.name for entity in analyse(Document.create(text, date=dt.date(2025, 3, 5)), nlp=nlp).entities]
    assert "Nadia Okafor" in names
    assert not any("—" in name or "“" in name for name in names)
