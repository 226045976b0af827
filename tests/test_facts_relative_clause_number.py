"""A relative clause after a list of names, with a singular verb, is about the last name only, though the parser
hangs it on the first: "A and B, who was voted best act" is B's award."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow

_NAMES = ("Tomas Brandt", "Mara Quill")


def test_a_singular_relative_clause_is_the_last_name_s() -> None:
    text = "The Crows won two prizes, as did Tomas Brandt and Mara Quill, who was voted best urban act by viewers."
    found = facts_of(text, people(text, *_NAMES))
    assert found.named("won_award") == [(["Mara Quill"], "best urban act")]


def test_a_plural_relative_clause_is_every_name_s() -> None:
    text = "Tomas Brandt and Mara Quill, who were voted best duo by viewers, toured in May."
    found = facts_of(text, people(text, *_NAMES))
    assert sorted(found.named("won_award")) == [(["Mara Quill"], "best duo"), (["Tomas Brandt"], "best duo")]
