"""A cue after a comma that the parser hung on the clause it reports, as a complement or an adverbial
clause (``parenthetical_content``): the clause is the content, the cue's subject the source."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_cue_with_its_hearer_hung_on_the_clause_after_an_age(attributions) -> None:  # type: ignore[no-untyped-def]
    # The age makes the parser take "dating" for the root and "told" for its complement.
    found = attributions("Ana Reyes, 41, is quietly dating the footballer Tom Kell, a friend told the Sun.")
    assert all_roles(found) == [("a friend", "told", ["Ana Reyes, 41, is quietly dating the footballer Tom Kell"])]
    assert found[0].source is not None and found[0].source.anonymous


def test_a_cue_parsed_as_an_adverbial_clause_of_what_it_reports(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("The tour will end in Lisbon, sooner than planned, the band announced on Tuesday.")
    assert all_roles(found) == [("the band", "announced", ["The tour will end in Lisbon, sooner than planned"])]


def test_an_adverbial_clause_with_a_conjunction_is_no_frame(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The singer left the stage early, after her manager told her the news."))
    assert not [roles for roles in found if roles[2] == ["The singer left the stage early"]]
