"""Attendance said of a crowd, by the copula or "appear", and the ceremony a host hosts (twenty-fourth round)."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _attended(text: str, *others: tuple[str, str]) -> list[tuple[list[str], str | None]]:
    found = people(text, "Ivo Sand", "Mara Quill")
    found += [entity(text, f"V{number}", name, type) for number, (name, type) in enumerate(others, start=1)]
    return sorted(facts_of(text, found).named("attended"))


def test_the_names_a_crowd_lists_attend_what_it_attends() -> None:
    text = "A host of stars, including Ivo Sand and Mara Quill, are expected to attend Saturday's ceremony."
    assert _attended(text) == [(["Ivo Sand"], "ceremony"), (["Mara Quill"], "ceremony")]


def test_people_counted_among_those_who_attended_attended() -> None:
    text = "Ivo Sand and Mara Quill were just some of the actors who attended the gala."
    assert _attended(text) == [(["Ivo Sand"], "gala"), (["Mara Quill"], "gala")]


def test_people_among_those_due_to_attend_will_attend() -> None:
    text = "Ivo Sand and Mara Quill are among those due to attend this year's nominees luncheon on Monday."
    assert _attended(text) == [(["Ivo Sand"], "nominees luncheon"), (["Mara Quill"], "nominees luncheon")]


def test_someone_the_attendees_praised_did_not_attend() -> None:
    text = "The actors who attended the gala praised Ivo Sand."
    assert _attended(text) == []


def test_attending_the_festival_is_attending_a_gathering() -> None:
    text = "Mara Quill will attend the festival to introduce her film."
    assert _attended(text) == [(["Mara Quill"], "festival")]


def test_someone_who_was_at_a_festival_attended_it() -> None:
    text = "Ivo Sand, who was at the Harbour film festival to launch the film, said it was long."
    assert _attended(text) == [(["Ivo Sand"], "film festival")]


def test_appearing_at_a_named_ceremony_is_attending_it() -> None:
    text = "Ivo Sand appeared at the Kestrel awards on Sunday, singing a duet."
    assert _attended(text, ("Kestrel awards", "EVENT")) == [(["Ivo Sand"], "Kestrel awards")]


def test_being_up_for_awards_or_winning_at_a_festival_is_no_attendance() -> None:
    assert _attended("Ivo Sand and Mara Quill were both up for three awards.") == []
    assert _attended("Ivo Sand won at the festival.") == []
    assert _attended("Ivo Sand was not at the ceremony.") == []


def _hosted(text: str, *ceremonies: str) -> list[tuple[list[str], str | None]]:
    found = people(text, "Ivo Sand")
    found += [entity(text, f"V{number}", name, "EVENT") for number, name in enumerate(ceremonies, start=1)]
    facts = facts_of(text, found)
    return facts.named("acted_in") + facts.named("cast_in")


def test_the_ceremony_a_host_hosts_is_the_one_the_article_names() -> None:
    text = "The Kestrel Awards are on Sunday. The ceremony will be hosted by Ivo Sand."
    assert _hosted(text, "Kestrel Awards") == [(["Ivo Sand"], "Kestrel Awards")]


def test_the_hosted_ceremony_is_the_first_named_not_an_aside() -> None:
    text = ("The Kestrel Awards were held in Rome. The winners had won three Harbour Awards in May. "
            "The ceremony was hosted by Ivo Sand.")
    assert _hosted(text, "Kestrel Awards", "Harbour Awards") == [(["Ivo Sand"], "Kestrel Awards")]


def test_an_indefinite_ceremony_may_be_another_than_the_articles() -> None:
    text = "Ivo Sand hosted an awards ceremony in London. The Kestrel Awards came later."
    assert _hosted(text, "Kestrel Awards") == [(["Ivo Sand"], "awards ceremony")]


def test_attending_one_gathering_named_by_an_indefinite_noun_is_attending_it() -> None:
    text = "Ivo Sand attended an official screening in Leeds last week."
    assert _attended(text) == [(["Ivo Sand"], "official screening")]


def _at_ceremony(text: str) -> list[tuple[list[str], str | None]]:
    found = [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "V1", "Kestrel Awards", "EVENT")]
    return sorted(facts_of(text, found).named("attended"))


def test_people_in_the_audience_attended_the_articles_ceremony() -> None:
    text = "The Kestrel Awards are on Sunday. Ivo Sand and Mara Quill are also in the audience for the big night."
    assert _at_ceremony(text) == [(["Ivo Sand"], "Kestrel Awards"), (["Mara Quill"], "Kestrel Awards")]


def test_the_people_a_crowd_in_attendance_includes_attended() -> None:
    text = "The Kestrel Awards are on Sunday. British actors in attendance include Ivo Sand and Mara Quill."
    assert _at_ceremony(text) == [(["Ivo Sand"], "Kestrel Awards"), (["Mara Quill"], "Kestrel Awards")]


def test_no_audience_without_a_named_ceremony_nor_when_denied() -> None:
    assert _at_ceremony("The Kestrel Awards are on Sunday. Ivo Sand was not in the audience.") == []
    text = "Ivo Sand was in the audience."
    assert facts_of(text, people(text, "Ivo Sand")).named("attended") == []


def test_someone_added_to_the_list_of_presenters_attends_the_ceremony() -> None:
    text = "The Kestrel Awards are on Sunday. Ivo Sand is the latest name to be added to the list of presenters."
    assert _at_ceremony(text) == [(["Ivo Sand"], "Kestrel Awards")]
    text = "The Kestrel Awards are on Sunday. Mara Quill has been added to the list of presenters."
    assert _at_ceremony(text) == [(["Mara Quill"], "Kestrel Awards")]


def test_reading_the_list_of_presenters_is_no_attendance() -> None:
    assert _at_ceremony("The Kestrel Awards are on Sunday. Ivo Sand read the list of presenters.") == []


def _appearance(text: str, place: str) -> dict[str, list[tuple[list[str], str | None]]]:
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "V1", place, "EVENT")])
    return {predicate: found.named(predicate) for predicate in ("attended", "performed")}


def test_an_appearance_at_an_award_ceremony_is_attending_it_not_performing() -> None:
    text = "Ivo Sand's appearance at the Kestrel Music Awards was brief."
    assert _appearance(text, "Kestrel Music Awards") == {"attended": [(["Ivo Sand"], "Kestrel Music Awards")],
                                                         "performed": []}


def test_an_appearance_at_another_event_is_still_a_performance() -> None:
    text = "Ivo Sand's appearance at the Kestrel Arena was brief."
    assert _appearance(text, "Kestrel Arena") == {"attended": [], "performed": [(["Ivo Sand"], "Kestrel Arena")]}


def test_making_an_appearance_at_an_award_ceremony_is_attending_it_cancelling_one_is_not() -> None:
    text = "Ivo Sand made a surprise appearance at the Kestrel Music Awards."
    assert _appearance(text, "Kestrel Music Awards")["attended"] == [(["Ivo Sand"], "Kestrel Music Awards")]
    text = "Ivo Sand cancelled an appearance at the Kestrel Music Awards."
    assert _appearance(text, "Kestrel Music Awards")["attended"] == []
