"""Sources, outlets and contents on news, from a read sample of news-dev attributions (attr16)."""

from __future__ import annotations


def _entity_name(found, text: str) -> str | None:  # type: ignore[no-untyped-def]
    """The text of the first mention of the entity the source of the attribution cued by ``text`` links to."""
    from dateline.stages.entities import find_entities

    doc, attributions = found
    names = {entity.id: entity.mentions[0].text for entity in find_entities(doc)}
    for attribution in attributions:
        if attribution.cue is not None and attribution.cue.text == text and attribution.source is not None:
            return names.get(attribution.source.entity or "")
    raise AssertionError(f"no attribution cued by {text!r}")


def _run(nlp, text: str):  # type: ignore[no-untyped-def]
    from dateline.stages.attribution import find_attributions
    from dateline.stages.entities import find_entities

    doc = nlp(text)
    return doc, find_attributions(doc, entities=find_entities(doc))


def test_a_relative_pronoun_stands_for_the_person_when_the_cue_is_an_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Tobias Renner, who has been critical of the festival, will not attend this year.")
    assert _entity_name(found, "has been critical of") == "Tobias Renner"


def test_a_relative_pronoun_stands_for_no_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "The novel follows a Norwegian who has been critical of the war.")
    assert _entity_name(found, "has been critical of") is None


def test_a_surname_the_tagger_read_as_a_noun_still_names_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Ana Bridge won the vote. Bridge said the harbour would open in May.")
    assert _entity_name(found, "said") == "Ana Bridge"


def test_a_surname_also_written_as_a_common_noun_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Ana Bridge won the vote. Bridge said the bridge would open in May.")
    assert _entity_name(found, "said") is None


def test_according_to_a_person_who_speaks_for_a_body_has_no_outlet(nlp) -> None:  # type: ignore[no-untyped-def]
    _, found = _run(nlp, "According to Nordwind Ferries spokeswoman Ana Reyes, the ferry will run again in May.")
    source = found[0].source
    assert source is not None and source.via is None and source.outlet is None


def test_a_programme_title_quoted_after_told_is_no_content(attributions) -> None:  # type: ignore[no-untyped-def]
    from tests.attribution_support import all_roles

    found = all_roles(attributions("“We are ready for the vote,” Ana Reyes told NBC’s “Morning Notes.” She left early."))
    assert found == [("Ana Reyes", "told", ["“We are ready for the vote,”"])]


def test_a_programme_title_quoted_after_said_on_is_no_content(attributions) -> None:  # type: ignore[no-untyped-def]
    from tests.attribution_support import all_roles

    text = "“We are ready for the vote,” Ana Reyes said on ABC’s “Morning Notes,” with Tobias Renner."
    assert all_roles(attributions(text)) == [("Ana Reyes", "said", ["“We are ready for the vote,”"])]


def test_a_quotation_after_a_colon_stays_content_though_title_cased(attributions) -> None:  # type: ignore[no-untyped-def]
    from tests.attribution_support import all_roles

    assert all_roles(attributions("Ana Reyes told the crowd: “We Will Win.”")) == [("Ana Reyes", "told", ["“We Will Win.”"])]


def test_a_content_keeps_the_subject_the_parser_made_the_cue_s_object(attributions) -> None:  # type: ignore[no-untyped-def]
    from tests.attribution_support import all_roles

    found = all_roles(attributions("Ana Reyes fears voters not on the new register may miss out."))
    assert found == [("Ana Reyes", "fears", ["voters not on the new register may miss out"])]


def test_a_hearer_object_stays_out_of_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    from tests.attribution_support import all_roles

    found = all_roles(attributions("Tobias Renner told Ana the ferry was late."))
    assert found == [("Tobias Renner", "told", ["the ferry was late"])]
