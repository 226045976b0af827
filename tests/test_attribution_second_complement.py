"""A second complement coordinated with a reported content belongs to it ("said [X and that Y]",
"declined [to discuss X or whether Y]"); a clause without a complementizer does not."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_second_that_clause_joins_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Ana Reyes said she would present a plan within a month and that she thinks it would pass."))
    assert found[0] == ("Ana Reyes", "said", ["she would present a plan within a month and that she thinks it would pass"])


def test_a_whether_clause_hung_on_the_cue_joins_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Ana Reyes declined to discuss the tour or whether she would sing again."))
    assert found == [("Ana Reyes", "declined", ["to discuss the tour or whether she would sing again"])]


def test_a_coordinated_clause_without_a_complementizer_stays_out(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Ana Reyes said the album was done, and she left the studio."))
    assert found == [("Ana Reyes", "said", ["the album was done"])]
