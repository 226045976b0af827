"""A quotation after a sentence whose quote ends with a reported aside ('"...," Ana said, adding that
...') resumes the quote's speaker, not the aside."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_quotation_after_an_aside_resumes_the_quote(attributions) -> None:  # type: ignore[no-untyped-def]
    text = '"The tour went well," Ana Reyes said, adding that the band would rest in May. "We are proud of the new songs."'
    assert all_roles(attributions(text)) == [
        ("Ana Reyes", "said", ['"The tour went well,"', '"We are proud of the new songs."']),
        ("Ana Reyes", "adding", ["that the band would rest in May"]),
    ]


def test_a_quotation_after_reported_speech_stays_with_it(attributions) -> None:  # type: ignore[no-untyped-def]
    text = 'Ana Reyes said the band would rest in May. "We are proud of the new songs."'
    assert all_roles(attributions(text)) == [
        ("Ana Reyes", "said", ["the band would rest in May", '"We are proud of the new songs."']),
    ]


def test_a_quotation_after_a_nested_cue_without_source_goes_to_the_speaker(attributions) -> None:  # type: ignore[no-untyped-def]
    # "to say" has no source of its own; the quotation is what Ana Reyes went on to say.
    text = 'Ana Reyes said it was hard to say how quickly the band would return. "We have to wait and see what the doctors say."'
    said = all_roles(attributions(text))[0]
    assert said == (
        "Ana Reyes",
        "said",
        ["it was hard to say how quickly the band would return", '"We have to wait and see what the doctors say."'],
    )


def test_a_phrase_quoted_inside_a_later_line_stays_out(attributions) -> None:  # type: ignore[no-untyped-def]
    # The parser runs the list lines into the cue's sentence; the quoted phrase is the list's, not Tobias Wren's.
    text = 'Tobias Wren said that the plan was fair and that it would help\n\n- Cutting the tax on "local heroes"\n\n- Building new roads'
    assert all_roles(attributions(text))[0] == ("Tobias Wren", "said", ["that the plan was fair and that it would help"])
