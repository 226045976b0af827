"""Unnamed reports and rumours as a source hedge their content (``hearsay_sources``)."""

from __future__ import annotations


def _reading(attributions, text: str, cue: str) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    found = next(a for a in attributions(text) if a.cue is not None and a.cue.text == cue)
    return found.factuality.certainty, found.factuality.commitment


def test_according_to_reports_is_probable(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Striker Paulo Mendes has agreed to join Porto from Celtic, according to reports."
    assert _reading(attributions, text, "according to") == ("probable", "reported")


def test_media_reports_say_is_probable(attributions) -> None:  # type: ignore[no-untyped-def]
    assert _reading(attributions, "Media reports say the deal is done.", "say") == ("probable", "reported")


def test_according_to_rumours_is_possible(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Striker Paulo Mendes will leave Celtic, according to rumours."
    assert _reading(attributions, text, "according to") == ("possible", "speculated")


def test_a_particular_or_named_report_is_no_hearsay(attributions) -> None:  # type: ignore[no-untyped-def]
    assert _reading(attributions, "The club's reports say the deal is done.", "say") == ("certain", "stated")
    text = "Striker Paulo Mendes has joined Porto, according to reports in The Sun."
    assert _reading(attributions, text, "according to") == ("certain", "stated")


def test_a_fact_under_according_to_reports_is_probable(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.attribution import attribution_at, find_attributions
    from dateline.stages.entities import find_entities
    from dateline.stages.factuality import assess

    doc = nlp("Striker Paulo Mendes has joined Porto from Celtic, according to reports.")
    found = find_attributions(doc, entities=find_entities(doc))
    verb = next(token for token in doc if token.text == "joined")
    holder = attribution_at(verb.idx, verb.idx + len(verb), found)
    assert assess(verb, attribution=holder).certainty == "probable"


def test_a_learned_cue_nested_in_reports_does_not_vouch_for_its_content(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.attribution import attribution_at, find_attributions
    from dateline.stages.entities import find_entities
    from dateline.stages.factuality import assess

    doc = nlp("Striker Paulo Mendes has agreed to join Porto from Celtic, according to reports.")
    found = find_attributions(doc, entities=find_entities(doc))
    verb = next(token for token in doc if token.text == "join")
    holder = attribution_at(verb.idx, verb.idx + len(verb), found)
    assert holder is not None and holder.cue is not None and holder.cue.text == "according to"
    assert assess(verb, attribution=holder).certainty == "probable"


def test_a_learned_cue_nested_in_a_named_statement_keeps_its_content(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.attribution import attribution_at, find_attributions
    from dateline.stages.entities import find_entities

    doc = nlp("Ana Reyes said Ben Kell has agreed to join the band.")
    found = find_attributions(doc, entities=find_entities(doc))
    verb = next(token for token in doc if token.text == "join")
    holder = attribution_at(verb.idx, verb.idx + len(verb), found)
    assert holder is not None and holder.cue is not None and holder.cue.text == "has agreed"
