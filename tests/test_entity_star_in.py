"""One stars in a work, not in a place: a name after "star in" is a work (entity_context.yaml,
star-in-named-title and to-star-in-named-title)."""

from dateline import Document, analyse


def _types(text: str) -> dict[str, str]:
    return {entity.name: entity.type for entity in analyse(Document.create(text)).entities}


def test_a_title_after_to_star_in_is_a_work_whatever_the_ner_guessed():
    assert _types("Ann Veil and Tom Reed are lined up to star in Quillmoor.").get("Quillmoor") == "WORK"


def test_a_person_after_star_in_stays_a_person():
    assert _types("Ann Veil will star in Tom Reed's next film.").get("Tom Reed") == "PERSON"


def test_a_name_and_a_year_after_star_in_is_no_title():
    types = _types("Jane Orwell, who starred in Hughes' 1943 film The Longest Road, said she was moved.")
    assert "Hughes' 1943" not in types
