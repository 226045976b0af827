"""What a cue asks of someone else has not happened yet: "urged [the council to close the harbour]" is
possible, read at the infinitive rather than at the object, and so is a "for" clause with its own subject
("called for [the office to be given a free hand]"; third read sample of news-dev, attr20)."""

from __future__ import annotations

import pytest


def _content_certainty(attributions, text: str, cue: str) -> str:  # type: ignore[no-untyped-def]
    found = [a for a in attributions(text) if a.cue is not None and a.cue.text == cue]
    assert found, f"no attribution cued by {cue!r}"
    return found[0].factuality.certainty


def test_an_urged_infinitive_is_possible(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Local councillors have urged the ferry company to restore the night service."
    assert _content_certainty(attributions, text, "have urged") == "possible"


def test_a_for_clause_called_for_is_possible(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "The committee called for the audit office to be given a free hand."
    assert _content_certainty(attributions, text, "called for") == "possible"


def test_a_for_clause_is_read_as_the_complement_of_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.factuality import assess

    doc = nlp("The committee called for the audit office to be given a free hand.")
    assert assess(next(token for token in doc if token.text == "given")).certainty == "possible"


def test_an_infinitive_asked_of_the_object_of_the_cue_preposition_is_possible(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "The letter calls on the minister to pursue the investigations."
    assert _content_certainty(attributions, text, "calls on") == "possible"


def test_an_infinitive_asked_of_a_passive_subject_is_possible(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Those wanting to give money were urged to use the official websites."
    assert _content_certainty(attributions, text, "were urged") == "possible"


def test_a_time_before_the_infinitive_asks_nothing_of_anyone(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Shortly after the poll, the officials agreed to raise the fee."
    assert _content_certainty(attributions, text, "agreed") == "certain"


def test_an_invitation_taken_up_is_certain(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Three years ago, he was invited to perform at the final and performed his new song."
    assert _content_certainty(attributions, text, "was invited") == "certain"


def test_a_raising_passive_is_read_at_its_infinitive(attributions) -> None:  # type: ignore[no-untyped-def]
    # "[The tour] is expected [to start in May]": the starting is expected (probable), not the tour.
    assert _content_certainty(attributions, "The tour is expected to start in May.", "is expected") == "probable"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Fans have demanded a refund for the cancelled concert.", "have demanded"),
        ("The council called for a ban on night ferries.", "called for"),
    ],
)
def test_what_a_cue_asks_for_is_possible(attributions, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    # "requests" in factuality.yaml (fourth read sample of news-dev, attr21): asked for, not had.
    assert _content_certainty(attributions, text, cue) == "possible"
