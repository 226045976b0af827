"""works_for from titles and nouns: DJs and their station, "<magazine> editor X", hosts of a show on a
station, and employer nouns no name stands for."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _radio(text: str) -> list:  # type: ignore[type-arg]
    stations = [entity(text, "O1", "Radio Halcyon", "ORG"), entity(text, "O2", "Radio Pell", "ORG")]
    return [*people(text, "Ivo Sand", "Mara Quill"), *stations]


def test_a_dj_takes_the_station_named_in_the_sentence_before() -> None:
    text = "The new Radio Halcyon show starts on Monday. Dance DJ Ivo Sand will host it every week."
    assert facts_of(text, _radio(text)).named("works_for") == [(["Ivo Sand"], "Radio Halcyon")]


def test_a_dj_takes_no_station_another_presenter_has() -> None:
    text = "She married Radio Halcyon presenter Mara Quill, after she was linked with DJ Ivo Sand."
    assert facts_of(text, _radio(text)).named("works_for") == [(["Mara Quill"], "Radio Halcyon")]


def test_a_dj_takes_no_station_when_two_are_named() -> None:
    text = "Radio Halcyon and Radio Pell both bid for the show. Dance DJ Ivo Sand will host it."
    assert facts_of(text, _radio(text)).named("works_for") == []


def test_an_employer_no_name_stands_for_is_kept_when_the_text_says_which() -> None:
    text = "Ivo Sand, chair of the regional arts committee, praised the plan."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == [(["Ivo Sand"], "regional arts committee")]


def test_a_possessive_employer_keeps_its_possessor() -> None:
    text = "The cost is high, said Ivo Sand, a press manager at the city treasurer's office."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == [(["Ivo Sand"], "city treasurer's office")]


def test_a_bare_employer_noun_is_no_object() -> None:
    text = "Ivo Sand, chairman of the board, praised the plan."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == []


def test_a_bare_employer_noun_in_front_of_a_title_is_no_object() -> None:
    text = "The album is a triumph, according to company chairman Ivo Sand."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == []


def test_a_named_magazine_in_front_of_a_title_is_the_employer() -> None:
    text = "The album is a triumph, according to Kestrel magazine editor Ivo Sand."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == [(["Ivo Sand"], "Kestrel magazine")]


def test_a_former_employer_noun_in_front_of_a_title_is_no_object() -> None:
    text = "Ivo Sand, a former university professor from Leeds, entered the contest."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == []


def test_the_host_of_a_show_on_a_station_works_for_the_station() -> None:
    text = "Mara Quill is host of Night Moves on Radio Halcyon's digital station."
    assert facts_of(text, _radio(text)).named("works_for") == [(["Mara Quill"], "Radio Halcyon")]


def test_a_rank_written_in_capitals_stays_in_the_role() -> None:
    text = "Harbour Films Vice Chairman Mara Quill said the studio would grow."
    found = facts_of(text, [*people(text, "Mara Quill"), entity(text, "O1", "Harbour Films", "ORG")])
    assert found.one("works_for").arguments["role"] == "Vice Chairman"


def test_a_newsroom_or_campaign_title_before_a_name_gives_the_employer() -> None:
    text = "Radio Halcyon anchor Ivo Sand asked the question, and Mara Quill, a strategist at Radio Pell, replied."
    found = sorted(facts_of(text, _radio(text)).named("works_for"))
    assert found == [(["Ivo Sand"], "Radio Halcyon"), (["Mara Quill"], "Radio Pell")]


def test_a_ministry_named_in_a_title_is_no_employer() -> None:
    text = "Home Secretary Ivo Sand spoke after Secretary of State Mara Quill."
    cast = [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "O1", "Home", "ORG"), entity(text, "O2", "State", "ORG")]
    assert facts_of(text, cast).named("works_for") == []


def _offices(text: str) -> list:  # type: ignore[type-arg]
    places = [entity(text, "G1", "Ohio", "GPE"), entity(text, "G2", "U.S.", "GPE")]
    return [*people(text, "Mara Quill", "Ivo Sand"), *places]


def test_an_office_with_its_jurisdiction_is_works_for_that_place_for_its_one_holder() -> None:
    text = "Ohio Gov. Mara Quill and Ivo Sand spoke."
    assert facts_of(text, _offices(text)).named("works_for") == [(["Mara Quill"], "Ohio")]


def test_the_country_of_a_senator_is_no_jurisdiction() -> None:
    text = "U.S. Sen. Ivo Sand spoke."
    assert facts_of(text, _offices(text)).named("works_for") == []


def test_an_analyst_with_a_firm_works_for_it() -> None:
    text = "Sales will fall, said Ivo Sand, an analyst with Radio Pell."
    assert facts_of(text, _radio(text)).named("works_for") == [(["Ivo Sand"], "Radio Pell")]


def test_a_chief_or_critic_before_a_name_works_for_the_name_in_front() -> None:
    text = "Radio Halcyon chief Ivo Sand agreed with Radio Pell's film critic Mara Quill."
    found = sorted(facts_of(text, _radio(text)).named("works_for"))
    assert found == [(["Ivo Sand"], "Radio Halcyon"), (["Mara Quill"], "Radio Pell")]


def test_a_director_general_works_for_the_body_of_the_of_phrase() -> None:
    text = "Ivo Sand, director general of Radio Pell, said the plan would work."
    found = facts_of(text, _radio(text))
    assert found.named("works_for") == [(["Ivo Sand"], "Radio Pell")]
    assert found.one("works_for").arguments["role"] == "director general"


def test_a_secretary_general_in_capitals_keeps_the_whole_title() -> None:
    text = "Ivo Sand, Secretary General of Radio Pell, said the plan would work."
    assert facts_of(text, _radio(text)).one("works_for").arguments["role"] == "Secretary General"


def test_an_inspector_general_after_a_possessive_works_for_the_possessor() -> None:
    text = "Radio Pell's inspector general Ivo Sand said the plan would work."
    assert facts_of(text, _radio(text)).named("works_for") == [(["Ivo Sand"], "Radio Pell")]


def test_the_state_in_parentheses_after_a_member_of_congress_is_the_jurisdiction() -> None:
    text = 'Sen. Ivo Sand (R-N.Y.) spoke first. "It is sound," said Rep. Mara Quill (D-Calif.).'
    found = sorted(facts_of(text, people(text, "Ivo Sand", "Mara Quill")).named("works_for"))
    assert found == [(["Ivo Sand"], "New York"), (["Mara Quill"], "California")]


def test_parentheses_with_no_title_or_no_known_state_give_nothing() -> None:
    text = 'Sen. Ivo Sand (D-Kestrel) spoke first. "It is sound," said Mara Quill (D-Calif.).'
    assert facts_of(text, people(text, "Ivo Sand", "Mara Quill")).named("works_for") == []


def test_an_of_phrase_on_the_name_after_a_title_is_the_jurisdiction() -> None:
    text = "Sen. Ivo Sand of Kentucky spoke first."
    cast = [*people(text, "Ivo Sand"), entity(text, "G1", "Kentucky", "GPE")]
    assert facts_of(text, cast).named("works_for") == [(["Ivo Sand"], "Kentucky")]


def test_a_partner_at_a_firm_works_for_it_but_a_partner_in_front_of_a_name_does_not() -> None:
    text = "Ivo Sand, a partner at Radio Pell, came with Radio Halcyon's writing partner Mara Quill."
    assert facts_of(text, _radio(text)).named("works_for") == [(["Ivo Sand"], "Radio Pell")]


def test_working_at_or_in_an_organisation_is_employment() -> None:
    """Twenty-eighth round: "worked in the Department of Y", "works at Y"; not a place, nor a school."""
    text = "Nora Blake worked in the Office of Fair Trade for a decade. Ivo Sand works at Halden College."
    entities = [*people(text, "Nora Blake", "Ivo Sand"), entity(text, "O1", "the Office of Fair Trade", "ORG"),
                entity(text, "O2", "Halden College", "ORG")]
    assert facts_of(text, entities).named("works_for") == [(["Nora Blake"], "the Office of Fair Trade")]
    text = "Nora Blake worked in Lisbon for a decade."
    assert facts_of(text, [*people(text, "Nora Blake"), entity(text, "G1", "Lisbon", "GPE")]).named("works_for") == []
