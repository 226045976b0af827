"""Sources and contents cut around other attributions, and sources the parser drew too wide."""

from __future__ import annotations

import pytest

from dateline.model import Attribution

pytestmark = pytest.mark.slow


def _by_cue(found: list[Attribution], cue: str) -> list[Attribution]:
    return [a for a in found if a.cue is not None and a.cue.text == cue]


def test_a_relative_clause_that_attributes_is_cut_from_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Mara Lindqvist, who said the tour was over, told reporters she was tired.")
    (told,) = _by_cue(found, "told")
    assert told.source is not None and told.source.text == "Mara Lindqvist"


def test_a_relative_clause_that_does_not_attribute_stays_in_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Mara Lindqvist, who has toured for years, said the tour was over.")
    (said,) = _by_cue(found, "said")
    assert said.source is not None and said.source.text == "Mara Lindqvist, who has toured for years,"


def test_a_content_stops_before_another_source_and_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Several critics said the album was her best, while others said it was too long.")
    assert [(a.source.text if a.source else None, [s.text for s in a.content]) for a in found] == [
        ("Several critics", ["the album was her best"]),
        ("others", ["it was too long"]),
    ]


def test_a_subject_inside_the_quote_is_not_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    (said,) = attributions('"The bullying," Tobias Renner said as the crowd cheered. "The greed. The showing off."')
    assert said.source is not None and said.source.text == "Tobias Renner"
    assert [s.text for s in said.content] == ['"The bullying,"', '"The greed. The showing off."']


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A report on Wednesday said the tour was over.", "A report"),
        ("Even some of her fans say the album is too long.", "some of her fans"),
        ("Sen. Ana Reyes (D-Ohio) said the tour was over.", "Sen. Ana Reyes (D-Ohio)"),
    ],
)
def test_a_source_is_only_who_says_it(attributions, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    (found,) = attributions(text)
    assert found.source is not None and found.source.text == source


def test_a_content_ends_before_an_aside_relative_clause(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Mara Lindqvist said the band backed the new plan, which passed in May.")
    (said,) = _by_cue(found, "said")
    assert [s.text for s in said.content] == ["the band backed the new plan"]


def test_an_aside_with_a_quotation_stays_in_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions('Mara Lindqvist said the band backed the new plan, which was "a disaster" for fans.')
    (said,) = _by_cue(found, "said")
    assert [s.text for s in said.content] == ['the band backed the new plan, which was "a disaster" for fans']


def test_a_learned_cue_does_not_cut_the_content_it_stands_in(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Mara Lindqvist said she left the band because she wanted to write songs of her own.")
    (said,) = _by_cue(found, "said")
    (wanted,) = _by_cue(found, "wanted")
    assert [s.text for s in said.content] == ["she left the band because she wanted to write songs of her own"]
    assert wanted.parent == said.id
