"""Being at an event: a sentence opening "At <a ceremony>," places its subject there; "turned up at the gala"."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _entities(text: str, place: str, type: str = "EVENT") -> list:  # type: ignore[type-arg]
    return [*people(text, "Ivo Sand"), entity(text, "V1", place, type)]


def test_the_subject_of_a_clause_opening_at_a_ceremony_attended_it() -> None:
    text = "At the Harbour Film Awards on Friday, Ivo Sand was given a prize for his script."
    found = facts_of(text, _entities(text, "the Harbour Film Awards"))
    assert found.named("attended") == [(["Ivo Sand"], "the Harbour Film Awards")]


def test_a_ceremony_the_entities_stage_typed_as_a_place_counts() -> None:
    text = "At the Kestrel Globes, Ivo Sand slipped past the guards to meet the stars."
    found = facts_of(text, _entities(text, "the Kestrel Globes", "LOC"))
    assert found.named("attended") == [(["Ivo Sand"], "the Kestrel Globes")]


def test_an_institution_is_no_ceremony() -> None:
    text = "At the Kestrel Commission, Ivo Sand said the plan would fail."
    assert facts_of(text, _entities(text, "the Kestrel Commission", "ORG")).named("attended") == []


def test_a_ceremony_phrase_inside_the_sentence_is_not_read_this_way() -> None:
    text = "Ivo Sand said at the Harbour Film Awards that he would retire."
    assert facts_of(text, _entities(text, "the Harbour Film Awards")).named("attended") == []


def test_turning_up_at_a_gala_is_attending_it() -> None:
    text = "Ivo Sand turned up at the charity gala in a borrowed suit."
    assert facts_of(text, people(text, "Ivo Sand")).named("attended") == [(["Ivo Sand"], "charity gala")]


def test_turning_up_the_volume_is_no_attendance() -> None:
    text = "Ivo Sand turned up the volume before the show."
    assert facts_of(text, people(text, "Ivo Sand")).named("attended") == []


def test_attending_a_definite_gathering_no_entity_names_is_attending_it() -> None:
    text = "Ivo Sand attended the British premiere in Leeds on Thursday."
    assert facts_of(text, people(text, "Ivo Sand")).named("attended") == [(["Ivo Sand"], "British premiere")]


def test_a_habit_of_attending_no_particular_gathering_is_no_attendance() -> None:
    text = "Ivo Sand does not usually attend award ceremonies."
    assert facts_of(text, people(text, "Ivo Sand")).named("attended") == []


def test_each_person_present_at_a_gathering_attended_it_also_after_the_copula() -> None:
    text = "Also present at the funeral were Ivo Sand and Mara Quill."
    found = sorted(facts_of(text, people(text, "Ivo Sand", "Mara Quill")).named("attended"))
    assert found == [(["Ivo Sand"], "funeral"), (["Mara Quill"], "funeral")]


def test_present_at_a_scene_is_no_attendance() -> None:
    text = "Ivo Sand was present at the scene when the car crashed."
    assert facts_of(text, people(text, "Ivo Sand")).named("attended") == []


def test_the_passive_subject_of_a_relative_clause_set_at_a_premiere_attended_it() -> None:
    text = "The film pleased Ivo Sand, who was joined at the premiere by Mara Quill."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill")).named("attended")
    assert found == [(["Ivo Sand"], "premiere")]
