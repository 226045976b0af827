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


def _title_from(text: str, first: str) -> str | None:
    from dateline.components.titles import TitleShape, title_after
    from dateline.nlp import load_pipeline

    doc = load_pipeline()(text)
    doc.ents = []  # the words' own shape decides, not what the NER made of them
    start = next(token.i for token in doc if token.text == first)
    shape = TitleShape(function=frozenset({"of", "the"}), joiners=frozenset(), breaks=frozenset(), max_tokens=12)
    found = title_after(doc, start, shape=shape, limit=len(doc))
    return doc[found[0] : found[1]].text if found else None


def test_a_possessive_between_two_words_of_a_title_is_inside_it():
    assert _title_from("Mara Quill's Dead Man's Lantern picked up the award.", "Dead") == "Dead Man's Lantern"


def test_a_possessive_after_a_titles_first_word_ends_it():
    # "All's Well ...": the first word's "'s" is read as a possessive, but may be "is"
    assert _title_from("She starred in Kestrel's Lantern Glows at the Globe.", "Kestrel") == "Kestrel"
