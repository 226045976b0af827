"""What a cue asks of someone else has not happened yet: "urged [the council to close the harbour]" is
possible, read at the infinitive rather than at the object, and so is a "for" clause with its own subject
("called for [the office to be given a free hand]"; third read sample of news-dev, attr20)."""

from __future__ import annotations


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
