"""Source spans drawn as PolNeAR draws them: the copula's subject of an adjective cue, a subject after
its verb (also when the parser makes it the subject of a clause after it), a title's closing quote
mark, "only" before a number."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


def _sources(attributions, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [source for source, _, _ in all_roles([a for a in attributions(text) if a.parent is None])]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Tobias Renner was quick to condemn the new contract.", "Tobias Renner"),
        ("Most fans were likely to say that the album was her best.", "Most fans"),
    ],
)
def test_a_cue_completing_an_adjective_takes_the_subject_of_its_copula(attributions, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert source in _sources(attributions, text)


def test_a_subject_after_its_cue_is_the_source_of_the_content_before_it(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "The tour will go on in May, said a spokesman for the band."
    assert _sources(attributions, text) == ["a spokesman for the band"]


def test_a_name_after_an_inverted_cue_is_the_source_when_the_parser_hangs_it_on_a_clause(attributions) -> None:  # type: ignore[no-untyped-def]
    text = '"This is just a scripted show and we are all props," said Ohio delegate Tom Berry, angered that party leaders ignored the vote.'
    assert _sources(attributions, text) == ["Ohio delegate Tom Berry"]


def test_a_title_in_the_source_keeps_its_closing_quote_mark(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Mara Lindqvist, host of \u201cMorning Notes,\u201d said that the show would end."
    assert _sources(attributions, text) == ["Mara Lindqvist, host of \u201cMorning Notes,\u201d"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Only 40 percent of the fans said that the album was good.", "Only 40 percent of the fans"),
        ("Even her bandmates said that the album was too long.", "her bandmates"),
    ],
)
def test_only_stays_before_a_number(attributions, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert _sources(attributions, text) == [source]



def test_a_participle_finds_the_subject_three_verbs_up(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Mara Lindqvist wants to avoid giving any grist to her opponents, recalling how the tour ended."
    found = {cue: source for source, cue, _ in all_roles(attributions(text))}
    assert found["recalling"] == "Mara Lindqvist"


def test_a_source_after_the_cue_keeps_the_comma_closing_its_apposition(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions('"We will play again," said Tobias Renner, the band\'s drummer, after the last show.')
    assert [a.source.text for a in found if a.source is not None] == ["Tobias Renner, the band's drummer,"]


def test_a_percent_sign_belongs_to_its_number(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Some 42% say the band should tour again.")
    assert [a.source.text for a in found if a.source is not None] == ["Some 42%"]


def test_an_apposition_stays_when_a_clause_inside_it_is_cut(attributions) -> None:  # type: ignore[no-untyped-def]
    # The relative clause is an attribution of its own; the apposition says who the source is.
    text = '"The tour went well," said Mara Quill, a singer from Leeds who said she would return in May.'
    assert _sources(attributions, text)[0] == "Mara Quill, a singer from Leeds"


def test_a_dash_closing_an_apposition_goes_with_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Mara Quill \u2014 a singer from Leeds \u2014 said the tour went well."
    assert _sources(attributions, text) == ["Mara Quill \u2014 a singer from Leeds \u2014"]


def test_a_relative_clause_between_dashes_is_left_out_of_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Mara Quill -- who sang there in May -- said the tour went well."
    assert _sources(attributions, text) == ["Mara Quill"]


def test_a_source_before_its_cue_ends_there(attributions) -> None:  # type: ignore[no-untyped-def]
    # The parser takes the remark after the dash for an apposition of "the cinema owners".
    text = "Ticket sales will fall sharply this year, the cinema owners reported on Tuesday -- a development that worries the studios."
    assert _sources(attributions, text) == ["the cinema owners"]
