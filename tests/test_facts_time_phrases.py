"""A fact's time from a phrase of its trigger: a year, or a time with a preposition of its own."""

from __future__ import annotations

from dateline.nlp import load_pipeline
from tests.builders import entity
from tests.facts_support import facts_of


def _work(text: str, title: str) -> list:  # type: ignore[type-arg]
    return [entity(text, "W1", title, "WORK")]


def test_a_month_hung_on_the_channel_name_is_the_release_time() -> None:
    text = "Grey Harbour will be screened on ITV Two in October."
    doc = load_pipeline()(text)
    month = next(token for token in doc if token.text == "October")
    assert month.head.head.text == "Two"  # the parse this rule is for: "in October" hangs on the name
    fact = facts_of(text, _work(text, "Grey Harbour")).one("release")
    assert fact.time == "XXXX-10"


def test_a_month_in_a_title_after_of_is_no_time() -> None:
    text = "Mara Quill starred in The Buds of May at the Lyric Theatre."
    cast = [*_work(text, "The Buds of May"), entity(text, "P1", "Mara Quill", "PERSON")]
    fact = facts_of(text, cast).one("acted_in")
    assert fact.time is None
