"""Names listed after a title a context rule found are titles too (entity_context.yaml, listed_titles)."""

from dateline import Document, analyse


def _types(text: str) -> dict[str, str]:
    return {entity.name: entity.type for entity in analyse(Document.create(text)).entities}


def test_every_title_of_a_list_after_star_of_is_a_work_the_actor_starred_in():
    analysis = analyse(Document.create(
        "Mara Quill, star of Red Harbour, Blue Lantern and Night Train, will present the first prize."
    ))
    types = {entity.name: entity.type for entity in analysis.entities}
    assert [types.get(title) for title in ("Red Harbour", "Blue Lantern", "Night Train")] == ["WORK"] * 3
    names = {entity.id: entity.name for entity in analysis.entities}
    acted = {names[fact.object] for fact in analysis.facts if fact.predicate == "acted_in" and fact.object}
    assert acted == {"Red Harbour", "Blue Lantern", "Night Train"}


def test_a_name_after_a_comma_and_and_is_a_new_clause_not_a_list_item():
    types = _types("She starred in the film Red Harbour, and Sony said it would open in May.")
    assert types.get("Sony") == "ORG"


def test_a_name_after_a_single_comma_is_no_list_item():
    types = _types("The album Quiet Fires, Sony Music said, would be out in May.")
    assert types.get("Sony Music") == "ORG"


def test_a_person_ends_the_list():
    types = _types("The film Red Harbour and Tom Brell were praised by the critics.")
    assert types.get("Tom Brell") == "PERSON"


def test_an_ampersand_joins_words_inside_one_title():
    types = _types("Her second album Mind, Stone & River reached number one last year.")
    assert types.get("Stone") != "WORK" and types.get("River") != "WORK"


def test_a_rules_file_without_listed_titles_still_loads_and_makes_no_lists():
    from dateline.components.context import EntityContext
    from dateline.lexicons import read_data_file

    rules = read_data_file("entity_context.yaml")
    del rules["listed_titles"]
    assert EntityContext.model_validate(rules).listed_titles is None
