"""A name after a job title and "at" is an employer (entity_context.yaml, job-title-at-employer)."""

from dateline import Document, analyse


def _analysis(text: str):
    return analyse(Document.create(text))


def test_employer_after_job_title_at_is_an_organisation_the_title_holder_works_for():
    analysis = _analysis('"The film did well," said Mara Quill, head of distribution at Brightwater which released it.')
    types = {entity.name: entity.type for entity in analysis.entities}
    assert types.get("Brightwater") == "ORG"
    names = {entity.id: entity.name for entity in analysis.entities}
    assert [(names[fact.participants[0]], names.get(fact.object)) for fact in analysis.facts
            if fact.predicate == "works_for"] == [("Mara Quill", "Brightwater")]


def test_a_name_the_ner_typed_keeps_its_type():
    analysis = _analysis("Tomas Brandt, a lecturer at Oxford, praised the novel.")
    types = {entity.name: entity.type for entity in analysis.entities}
    assert "Oxford" in types and types["Oxford"] != "ORG"
