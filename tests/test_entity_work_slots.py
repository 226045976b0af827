"""Names in a work's slot are works, whatever the NER typed them (entity_context.yaml: title-year,
title-directed-by, and person_check on the "starring", "role in", "cast of" and "star in" rules), unless
the text uses the name as a person's or the name modifies a noun after it."""

from __future__ import annotations

from dateline import Document, analyse


def _types(text: str) -> dict[str, str]:
    return {entity.name: entity.type for entity in analyse(Document.create(text)).entities}


def test_a_name_before_a_year_in_brackets_is_a_work() -> None:
    types = _types("Her novels include Tides (1981), The Lenders (1985) and Upfront (1990).")
    assert types.get("The Lenders") == "WORK"
    assert types.get("Upfront") == "WORK"


def test_a_place_name_before_a_year_is_a_work_and_the_actor_before_in_a_person() -> None:
    types = _types("Classic roles included Tom Harlan in Marrakesh (1951), a musical.")
    assert types.get("Marrakesh") == "WORK"
    assert types.get("Tom Harlan") == "PERSON"


def test_a_name_directed_by_someone_is_a_work() -> None:
    types = _types("He made his screen debut in 1966 in Harry Mole, directed by Ann Harwood.")
    assert types.get("Harry Mole") == "WORK"
    assert types.get("Ann Harwood") == "PERSON"


def test_a_person_named_title_before_starring_is_a_work() -> None:
    assert _types("The epic Constantine, starring Joel Barrow, opened in second place.").get("Constantine") == "WORK"


def test_a_name_the_text_uses_as_a_person_stays_a_person() -> None:
    text = "The epic Constantine, starring Joel Barrow, opened in second place. Constantine said he liked it."
    assert _types(text).get("Constantine") == "PERSON"


def test_a_name_modifying_a_noun_after_the_cue_stays_a_person() -> None:
    types = _types("The show turned to the star of Tom Harlan musical Blue Suede after the news.")
    assert types.get("Tom Harlan") == "PERSON"


def test_a_title_after_a_work_noun_read_as_a_verb_is_a_work() -> None:
    text = "Ann Vell, co-writer of the country hit Wheel of Stone, has died."
    assert _types(text).get("Wheel of Stone") == "WORK"


def test_a_title_after_musical_read_as_an_adjective_is_a_work() -> None:
    types = _types("The producer behind the disco musical Honey Moon has sold her company.")
    assert types.get("Honey Moon") == "WORK"


def test_a_verb_hit_after_a_plural_subject_makes_no_title() -> None:
    types = _types("Angry fans hit Tom Harlan with bottles. Tom Harlan said he was unhurt.")
    assert types.get("Tom Harlan") == "PERSON"


def test_a_person_named_title_set_off_after_a_work_noun_is_a_work() -> None:
    assert _types("Her new single, Johnny Vale, went to number one in May.").get("Johnny Vale") == "WORK"


def test_a_title_set_off_after_a_work_noun_stays_a_person_the_text_has_speak() -> None:
    text = "Her new single, Johnny Vale, went to number one in May. Johnny Vale said he liked it."
    assert _types(text).get("Johnny Vale") == "PERSON"
