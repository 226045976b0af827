"""Titles a plural work noun gives examples of ("films such as X, Y and Z") and titles after a chart
position ("number one X"): entity_context.yaml, works-such-as-title and number-one-title."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in load_pipeline()(text).ents}


def test_every_title_a_plural_work_noun_lists_is_a_work() -> None:
    found = _ents("Mara Quill has directed films such as Harbour Lights, Ivo Sand and Grey Morning.")
    assert found.get("Harbour Lights") == "WORK_OF_ART"
    assert found.get("Ivo Sand") == "WORK_OF_ART"  # a title in the list, though it reads like a name
    assert found.get("Grey Morning") == "WORK_OF_ART"


def test_two_titles_joined_by_and_in_a_list_are_two() -> None:
    found = _ents("He appeared in dramas such as Silver Harbour and Grey Lake.")
    assert found.get("Silver Harbour") == "WORK_OF_ART"
    assert found.get("Grey Lake") == "WORK_OF_ART"


def test_adverbs_before_a_list_s_last_item_are_skipped() -> None:
    found = _ents("Ivo Sand has starred in films, including Red Harbour, Blue Lake and more recently Tom Vale.")
    assert found.get("Tom Vale") == "WORK_OF_ART"


def test_a_list_item_does_not_run_over_a_full_stop() -> None:
    found = _ents("Joe Brandt starred in films including Red Harbour and Kestrel X. Ann Lee, his daughter, spoke.")
    assert found.get("Kestrel X. Ann Lee") != "WORK_OF_ART"


def test_a_title_of_capitalised_function_words_after_a_chart_position() -> None:
    assert _ents("He has had five hits, including recent number one Up and Away.").get("Up and Away") == "WORK_OF_ART"


def test_a_run_of_function_words_cut_before_a_lower_case_word_is_no_title() -> None:
    assert "How We" not in _ents("Ann Lee also appears on the song How We do, number four in the charts.")
