""""X went on to star in A, B and C" is a career that followed, acted_in each work; "go" puts its complement in the
future only as "is going to"."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _found(text: str, predicate: str) -> list:
    works = [entity(text, f"W{n}", title, "WORK") for n, title in enumerate(["Salt Roads", "Tin Harbour", "Glass Hill"])]
    return facts_of(text, [*people(text, "Mara Quill"), *works]).named(predicate)


def test_went_on_to_star_in_a_list_is_acting_in_each_work() -> None:
    text = "After the play, Mara Quill went on to star in Salt Roads, Tin Harbour and Glass Hill."
    assert sorted(work for _, work in _found(text, "acted_in")) == ["Glass Hill", "Salt Roads", "Tin Harbour"]
    assert _found(text, "cast_in") == []


def test_going_to_star_is_still_a_future_role() -> None:
    text = "Mara Quill is going to star in Salt Roads."
    assert _found(text, "cast_in") == [(["Mara Quill"], "Salt Roads")]
