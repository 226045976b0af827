"""Fact keys in tables: a long hash id is cut to the prefix `dateline show` takes."""

from __future__ import annotations

from dateline.labels import document_label, short_id, short_key

_HASH = "46b36f1fd208e21befa51400f85f54f873a5ba08abd6800149ad2e96b2b29d47"


def test_a_hash_id_s_fact_key_is_cut_to_twelve_characters() -> None:
    assert short_key(f"{_HASH}/F5", _HASH) == "46b36f1fd208/F5"


def test_a_short_id_s_key_and_a_bare_document_id_stay_whole() -> None:
    assert short_key("bbc-entertainment-247/F1", "bbc-entertainment-247") == "bbc-entertainment-247/F1"
    assert short_key(_HASH, _HASH) == "46b36f1fd208"


def test_a_hash_id_is_cut_to_twelve_characters_and_a_short_one_stays_whole() -> None:
    assert short_id(_HASH) == "46b36f1fd208"
    assert short_id("bbc-entertainment-247") == "bbc-entertainment-247"


def test_a_long_id_that_is_no_hash_stays_whole() -> None:
    # Cut to 12 characters, every "fakenewsnet-..." id of news-dev read "fakenewsnet-", which names no one article.
    assert short_id("fakenewsnet-buzzfeed-real-006") == "fakenewsnet-buzzfeed-real-006"
    assert short_key("fakenewsnet-buzzfeed-real-006/F2", "fakenewsnet-buzzfeed-real-006") == "fakenewsnet-buzzfeed-real-006/F2"
    assert document_label(None, "fakenewsnet-buzzfeed-real-006") == "fakenewsnet-buzzfeed-real-006"
    assert document_label(None, _HASH) == "46b36f1fd208…"
