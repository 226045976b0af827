"""An untagged title after a person's or a band's possessive is a work (entity_context.yaml, possessed-title)."""

from dateline import Document, analyse


def _types(analysis) -> dict[str, str]:
    return {entity.name: entity.type for entity in analysis.entities}


def test_untagged_title_after_a_possessive_is_a_work_that_can_top_the_charts():
    analysis = analyse(Document.create("His version of Mara Quill's Lonely Tide Rising topped the charts in the US."))
    assert _types(analysis).get("Lonely Tide Rising") == "WORK"
    names = {entity.id: entity.name for entity in analysis.entities}
    assert [(fact.predicate, names[fact.participants[0]]) for fact in analysis.facts] == [
        ("won_award", "Lonely Tide Rising")
    ]


def test_a_place_after_a_possessive_stays_a_place():
    analysis = analyse(Document.create("Mara Quill's Berlin flat was sold."))
    assert _types(analysis).get("Berlin") == "GPE"
    assert analysis.facts == []
