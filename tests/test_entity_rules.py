"""dateline's entity rule components: outlets, work titles found by context, serialisation."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in load_pipeline()(text).ents}


def test_listed_outlet_is_an_organisation() -> None:
    assert _ents("A friend of Mara Quill told DailyMail.com that she was moving.")["DailyMail.com"] == "ORG"


def test_outlet_named_by_a_common_word_is_found_in_a_reporting_context() -> None:
    assert _ents("Tobias Wren told People he had no regrets.")["People"] == "ORG"


def test_people_as_a_word_stays_common() -> None:
    assert "People" not in _ents("People gathered outside the cinema in Leeds on Friday.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mara Quill is best known for the movie Velvet Harbour.", "Velvet Harbour"),
        ("She won fame for her breakout role in Salt Orchard last year.", "Salt Orchard"),
        ("Tobias Wren returns in Night Ferry: The Last Crossing soon.", "Night Ferry: The Last Crossing"),
        ("Mara Quill headlines Copperline, the much-anticipated Glass Tiger spin-off.", "Copperline"),
        ("Mara Quill headlines Copperline, the much-anticipated Glass Tiger spin-off.", "Glass Tiger"),
        ("He joined Netflix's adaptation of The Nine Lives of Ada Brook.", "The Nine Lives of Ada Brook"),
        ('Her new song "Paper Lanterns" went straight to number one.', "Paper Lanterns"),
        ("Quirky comedy Salt Orchard, which got two nominations, entered at eight.", "Salt Orchard"),
        ("Their third album, Copperline, saw them tour the world.", "Copperline"),
        ("They won two awards for their hit Paper Lanterns last year.", "Paper Lanterns"),
        ("We Are The Tide, the American charity anthem, has been re-issued.", "We Are The Tide"),
        ("Ivo Sand appeared in the BBC series Salt Orchard in 1999.", "Salt Orchard"),
    ],
)
def test_work_title_found_by_its_context(text: str, title: str) -> None:
    assert _ents(text).get(title) == "WORK_OF_ART"


def test_sentence_opening_words_are_not_titles() -> None:
    ents = _ents("The film was shot in Spain. Other films in the running include Salt Orchard.")
    assert "The" not in ents and "Other" not in ents


def test_the_subject_of_a_clause_on_the_work_noun_is_no_title() -> None:
    assert "Tobias Wren" not in [e.text for e in load_pipeline()("It is the film Tobias Wren made.").ents
                                 if e.label_ == "WORK_OF_ART"]


def test_a_name_after_a_work_noun_and_a_comma_is_a_title_only_when_set_off() -> None:
    ents = _ents("She starred in the film, Velvet Harbour. He was in the film, Ivo Sand's friend and ally.")
    assert ents.get("Velvet Harbour") == "WORK_OF_ART"
    assert ents.get("Ivo Sand") != "WORK_OF_ART"


def test_a_two_letter_abbreviation_after_a_work_noun_is_no_title() -> None:
    assert "TV" not in _ents("Viewers of a reality show TV include Ivo Sand.")


def test_a_place_before_an_appositive_work_noun_stays_a_place() -> None:
    assert _ents("Mara Quill sang it in London, the charity single raising money for Leeds.").get("London") == "GPE"


def test_a_title_does_not_run_on_into_a_place() -> None:
    ents = _ents("The festival opens with the film Salt Orchard from Spain on Friday.")
    assert ents.get("Salt Orchard") == "WORK_OF_ART"
    assert ents.get("Spain") == "GPE"


def test_a_title_found_once_is_a_title_where_it_recurs() -> None:
    text = "Mara Quill stars in the movie Velvet Harbour. Velvet Harbour opens on Friday."
    ents = load_pipeline()(text).ents
    assert [ent.label_ for ent in ents if ent.text == "Velvet Harbour"] == ["WORK_OF_ART", "WORK_OF_ART"]


def test_longer_name_of_the_same_type_is_kept_whole() -> None:
    assert _ents("The show moves to BBC One in March.").get("BBC One") == "ORG"


def test_context_rules_round_trip() -> None:
    nlp = load_pipeline()
    ruler = nlp.get_pipe("dateline_entity_context")
    copy = type(ruler)(nlp, "copy").from_bytes(ruler.to_bytes())
    assert copy.context == ruler.context


def test_components_can_be_added_by_name() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_entity_ruler")
    assert [(ent.text, ent.label_) for ent in nlp("She spoke to Us Weekly.").ents] == [("Us Weekly", "ORG")]


def test_a_re_released_name_is_a_work_even_when_it_looks_like_a_place() -> None:
    assert _ents("Fans bought the re-release of Harbour City in their thousands.").get("Harbour City") == "WORK_OF_ART"
