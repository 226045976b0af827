"""Work in films, shows and music: acting (with a role), casting for the future, making, releasing."""

from __future__ import annotations

from dateline.model import Mention
from tests.builders import entity, span
from tests.facts_support import facts_of, people


def _harbour(text: str) -> list:  # type: ignore[type-arg]
    harbour = entity(text, "W1", "The Glass Harbour", "WORK")
    return [*people(text, "Mara Quill", "Ivo Sand", "Ada Vell"), harbour]


def test_playing_a_character_in_a_film_is_acting_with_a_role() -> None:
    text = "Mara Quill is best known for playing Ada Vell in the film The Glass Harbour."
    fact = facts_of(text, _harbour(text)).one("acted_in")
    assert (fact.participants, fact.object, fact.arguments.get("role")) == (["P1"], "W1", "Ada Vell")


def test_a_future_role_is_casting() -> None:
    text = "Mara Quill and Ivo Sand will star in The Glass Harbour."
    found = facts_of(text, _harbour(text))
    expected = [(["Ivo Sand"], "The Glass Harbour"), (["Mara Quill"], "The Glass Harbour")]
    assert sorted(found.named("cast_in")) == expected
    assert found.named("acted_in") == []


def test_a_title_no_entity_stands_for_is_kept_as_text() -> None:
    text = "Ivo Sand starred in the drama, Winter Tides."
    found = facts_of(text, people(text, "Ivo Sand"))
    assert found.named("acted_in") == [(["Ivo Sand"], "Winter Tides")]


def test_a_director_develops_the_work_named_before_the_title() -> None:
    text = "The Glass Harbour director Ivo Sand spoke to reporters."
    assert facts_of(text, _harbour(text)).named("develops") == [(["Ivo Sand"], "The Glass Harbour")]


def test_a_passive_release_has_the_work_as_participant_and_its_date() -> None:
    text = "The Glass Harbour was released in March 2005."
    fact = facts_of(text, _harbour(text)).one("release")
    assert (fact.participants, fact.object, fact.time) == (["W1"], None, "2005-03")


def test_works_announced_then_named_are_released_then() -> None:
    text = ("Mara Quill and Ivo Sand have new films hitting cinemas in June 2026.\n"
            "Quill stars in The Glass Harbour.")
    found = facts_of(text, _harbour(text))
    release = found.one("release")
    assert (release.participants, release.time) == (["W1"], "2026-06")
    assert found.one("acted_in").time == "2026-06"


def test_a_band_member_works_for_the_band() -> None:
    text = "Harbour Lights guitarist Ivo Sand was born in Lisbon."
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "O1", "Harbour Lights", "ORG"),
                            entity(text, "G1", "Lisbon", "GPE")])
    fact = found.one("works_for")
    assert (fact.participants, fact.object, fact.arguments["role"]) == (["P1"], "O1", "guitarist")
    assert found.named("born_in") == [(["Ivo Sand"], "Lisbon")]


def test_a_name_an_album_introduces_is_the_released_work_even_when_mistyped() -> None:
    text = "Harbour Lights recently released a new album, Winter Tides."
    # the entities stage has no type for every kind of work: here the album came out as a person
    entities = [entity(text, "O1", "Harbour Lights", "ORG"), entity(text, "X1", "Winter Tides", "PERSON")]
    found = facts_of(text, entities)
    release = found.one("release")
    assert (release.participants, release.arguments["by"]) == (["X1"], "Harbour Lights")



def test_a_work_that_is_out_on_a_date_is_released_then() -> None:
    text = "The Glass Harbour is out in the UK on 11 February. Ivo Sand is out of the running."
    found = facts_of(text, _harbour(text))
    assert [(f.participants, f.time) for f in found.facts if f.predicate == "release"] == [(["W1"], "XXXX-02-11")]


def test_a_company_described_as_responsible_for_works_made_them() -> None:
    text = "Harbour Lights, responsible for hits like The Glass Harbour, had a good year."
    entities = [entity(text, "O1", "Harbour Lights", "ORG"), entity(text, "W1", "The Glass Harbour", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Harbour Lights"], "The Glass Harbour")]


def _band(text: str) -> list:  # type: ignore[type-arg]
    return [*people(text, "Mara Quill", "Ivo Sand", "Ada Vell"), entity(text, "B1", "Glasshouse", "ORG")]


def test_a_musician_of_an_article_about_one_band_is_in_that_band() -> None:
    text = ("The rock band Glasshouse will tour in May. Glasshouse guitarist Mara Quill said so. "
            "She will be on the road with drummer Ivo Sand.")
    assert sorted(facts_of(text, _band(text)).named("works_for")) == [
        (["Ivo Sand"], "Glasshouse"), (["Mara Quill"], "Glasshouse")
    ]


def test_a_musician_with_a_band_of_their_own_named_is_not_in_the_article_band() -> None:
    text = ("The rock band Glasshouse will tour in May. Glasshouse guitarist Mara Quill said so. "
            "They were introduced by Ada Vell, the former Clash drummer.")
    assert (["Ada Vell"], "Glasshouse") not in facts_of(text, _band(text)).named("works_for")


def test_a_band_named_once_is_not_the_article_band() -> None:
    text = "The rock band Glasshouse will tour in May. She will be on the road with drummer Ivo Sand."
    assert facts_of(text, _band(text)).named("works_for") == []


def test_a_title_right_before_a_name_describes_it_when_the_parse_does_not_say_so() -> None:
    text = "The Glass Harbour director Mara Quill has said it will take four years."
    assert facts_of(text, _harbour(text)).named("develops") == [(["Mara Quill"], "The Glass Harbour")]


def test_starting_work_on_a_version_of_a_work_is_making_it_and_starting_work_on_monday_is_not() -> None:
    text = "Mara Quill starts work on a film version of The Glass Harbour. Ivo Sand started work on Monday."
    assert facts_of(text, _harbour(text)).named("develops") == [(["Mara Quill"], "The Glass Harbour")]


def test_a_long_running_show_is_not_run() -> None:
    text = "Ivo Sand presented long-running show The Glass Harbour from 1956."
    assert facts_of(text, _harbour(text)).named("release") == []


def test_writing_a_work_with_someone_is_a_collaboration_too() -> None:
    text = "Mara Quill wrote The Glass Harbour with Ivo Sand. Ada Vell wrote a song."
    found = facts_of(text, _harbour(text))
    assert found.named("collaboration") == [(["Ivo Sand", "Mara Quill"], None)]
    assert found.named("develops") == [(["Ivo Sand", "Mara Quill"], "The Glass Harbour")]


def test_a_series_that_began_in_a_year_was_first_shown_then_whatever_later_airings_say() -> None:
    text = "The last episode of Harbour Lights will air on 13 May. Harbour Lights began in 2001 on ITV."
    found = facts_of(text, [entity(text, "W1", "Harbour Lights", "WORK")])
    release = found.one("release")
    assert (release.participants, release.time, release.trigger.text) == (["W1"], "2001", "began")


def test_an_event_that_started_in_a_year_is_no_release() -> None:
    text = "The Kestrel Music Awards started in 1996."
    assert facts_of(text, [entity(text, "E1", "The Kestrel Music Awards", "EVENT")]).named("release") == []


def test_a_story_that_begins_in_a_year_is_no_release() -> None:
    text = "The Glass Harbour begins in 1944, in a small fishing town."
    assert facts_of(text, _harbour(text)).named("release") == []


def test_a_full_title_ner_cut_short_is_still_the_work() -> None:
    text = "Fans love Star Kite: Voyage. Star Kite: Voyage began in 2001."
    voyage = entity(text, "W1", "Star Kite: Voyage", "WORK")
    voyage.mentions = voyage.mentions[:1]  # the second mention was tagged "Star Kite" only
    kite = entity(text, "W2", "Star Kite", "WORK")
    kite.mentions = [m for m in kite.mentions if m.start > voyage.mentions[0].end]
    found = facts_of(text, [voyage, kite])
    assert found.named("release") == [(["Star Kite: Voyage"], None)]


def test_stepping_into_a_role_is_casting() -> None:
    text = "Ivo Sand is stepping into the role of Ada Vell in The Glass Harbour."
    found = facts_of(text, _harbour(text))
    assert found.named("cast_in") == [(["Ivo Sand"], "The Glass Harbour")]
    assert found.named("acted_in") == []


def test_winning_a_prize_for_a_role_is_no_casting() -> None:
    text = "Mara Quill won a prize for her role in The Glass Harbour."
    assert facts_of(text, _harbour(text)).named("cast_in") == []


def test_a_bands_keyboard_player_works_for_the_band() -> None:
    text = ("Rock band Harbour Lights cancelled a concert. Harbour Lights said keyboard player Ivo Sand "
            "was ill.")
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "O1", "Harbour Lights", "ORG")])
    fact = found.one("works_for")
    assert (fact.participants, fact.object, fact.arguments["role"]) == (["P1"], "O1", "keyboard player")


def test_a_name_listed_with_a_work_is_a_work_even_when_typed_an_organisation() -> None:
    text = "Mara Quill, star of The Glass Harbour and House of Kites, spoke."
    entities = [*_harbour(text), entity(text, "O1", "House of Kites", "ORG")]
    found = facts_of(text, entities)
    assert sorted(obj for _, obj in found.named("acted_in")) == ["House of Kites", "The Glass Harbour"]


def test_such_works_as_lists_examples_not_a_role() -> None:
    text = "Ivo Sand has starred in such films as The Glass Harbour."
    fact = facts_of(text, _harbour(text)).one("acted_in")
    assert (fact.object, fact.arguments.get("role")) == ("W1", None)


def test_band_members_named_in_an_article_about_one_band_work_for_it() -> None:
    text = ("Rock band Harbour Lights are back. Harbour Lights played Leeds, and band members Ivo Sand and "
            "Ada Vell were there.")
    found = facts_of(text, [*people(text, "Ivo Sand", "Ada Vell"), entity(text, "O1", "Harbour Lights", "ORG")])
    assert sorted(found.named("works_for")) == [(["Ada Vell"], "Harbour Lights"), (["Ivo Sand"], "Harbour Lights")]


def test_a_member_of_the_audience_is_no_band_member() -> None:
    text = "Rock band Harbour Lights are back. Harbour Lights played Leeds, and a member of the audience, Ivo Sand, sang."
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "O1", "Harbour Lights", "ORG")])
    assert found.named("works_for") == []


def test_making_a_film_version_of_a_work_is_developing_it() -> None:
    text = "Ivo Sand is making a film version of The Glass Harbour."
    assert facts_of(text, _harbour(text)).named("develops") == [(["Ivo Sand"], "The Glass Harbour")]


def test_making_a_name_in_a_remake_is_not_developing_it() -> None:
    text = "Ivo Sand made his name in a remake of The Glass Harbour."
    assert facts_of(text, _harbour(text)).named("develops") == []


def test_a_subtitle_alone_stands_for_the_whole_title() -> None:
    text = "Fans love Star Kite: Voyage. Voyage also stars Ivo Sand as the pilot."
    voyage = entity(text, "W1", "Star Kite: Voyage", "WORK")
    voyage.mentions = voyage.mentions[:1]
    found = facts_of(text, [voyage, *people(text, "Ivo Sand")])
    assert found.named("acted_in") == [(["Ivo Sand"], "Star Kite: Voyage")]


def test_a_roles_own_in_phrase_names_the_work_before_the_clause_around_it() -> None:
    text = "Mara Quill, known in Lisbon for her role as Ada Vell in The Glass Harbour, sang."
    entities = [*_harbour(text), entity(text, "G1", "Lisbon", "GPE")]
    her = span(text, "her")
    entities[0].mentions.append(Mention(start=her.start, end=her.end, text="her", kind="pronoun"))
    fact = facts_of(text, entities).one("acted_in")
    assert (fact.participants, fact.object, fact.arguments.get("role")) == (["P1"], "W1", "Ada Vell")


def test_a_recorded_title_tagged_as_a_place_is_the_work() -> None:
    text = "Ivo Sand recorded Grey Mountain in 1962."
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "L1", "Grey Mountain", "LOC")])
    assert found.named("develops") == [(["Ivo Sand"], "Grey Mountain")]


def test_developing_a_place_is_no_work() -> None:
    text = "Ivo Sand developed Grey Mountain in 1962."
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "L1", "Grey Mountain", "LOC")])
    assert found.named("develops") == []


def test_a_genre_tagged_as_an_organisation_is_no_band() -> None:
    text = "Soul singer Ivo Sand released a record."
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "O1", "Soul", "ORG")])
    assert found.named("works_for") == []
