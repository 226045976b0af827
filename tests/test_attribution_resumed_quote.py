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
