"""develops: works directed, written, penned or made by someone, books by someone, remakes, novels of
the same name, and a director's film named by his clause."""

from __future__ import annotations

from dateline.model import Entity, Mention
from tests.builders import entity
from tests.facts_support import facts_of, people


def _nominal(work: Entity, text: str, phrase: str) -> Entity:
    """``work`` also referred to by the definite noun ``phrase`` (as the entities stage ties it)."""
    start = text.index(phrase)
    work.mentions.append(Mention(start=start, end=start + len(phrase), text=phrase, kind="nominal"))
    return work


def test_the_film_directed_by_x_keeps_the_work_noun() -> None:
    text = "The film, directed by Mara Quill, opens in May."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == [(["Mara Quill"], "film")]


def test_written_by_x_with_y_as_producer_makes_y_no_writer() -> None:
    text = "The song was written by Mara Quill, with Tomas Brandt as producer."
    found = facts_of(text, people(text, "Mara Quill", "Tomas Brandt"))
    assert found.named("develops") == [(["Mara Quill"], "song")]
    assert found.named("collaboration") == []


def test_a_letter_written_by_x_is_no_work() -> None:
    text = "The letter, written by Mara Quill, was read out in court."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == []


def test_a_named_film_directed_by_x_gives_one_fact_with_the_work() -> None:
    text = "The thriller Red Harbour, directed by Mara Quill, opens in May."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Red Harbour", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Mara Quill"], "Red Harbour")]


def test_the_songs_he_wrote_are_no_one_work() -> None:
    text = "Mara Quill said the songs she wrote were her best."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == []


def test_the_film_which_stars_x_keeps_the_work_noun() -> None:
    text = "The picture, which stars Mara Quill and Tomas Brandt, opens in May."
    assert sorted(facts_of(text, people(text, "Mara Quill", "Tomas Brandt")).named("acted_in")) == [
        (["Mara Quill"], "picture"),
        (["Tomas Brandt"], "picture"),
    ]


def test_the_book_by_someone_is_their_work() -> None:
    text = "The drama is based on the acclaimed novel by Mara Quill."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == [(["Mara Quill"], "acclaimed novel")]


def test_a_statement_by_someone_is_no_work() -> None:
    text = "The drama was praised in the statement by Mara Quill."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == []


def test_a_named_book_by_someone_is_one_fact_with_the_work() -> None:
    text = "The drama is based on the novel Red Harbour by Mara Quill."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Red Harbour", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Mara Quill"], "Red Harbour")]


def test_a_self_penned_hit_is_written_by_its_owner_when_the_copula_says() -> None:
    text = "Mara Quill's first self-penned hit was Red Harbour in 1961."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Red Harbour", "WORK")]
    fact = facts_of(text, entities).one("develops")
    assert (fact.participants, fact.object, fact.time) == (["P1"], "W1", "1961")


def test_a_hit_someone_else_penned_is_not_the_owners() -> None:
    text = "Mara Quill's first hit, penned by Tomas Brandt, was Red Harbour."
    entities = [*people(text, "Mara Quill", "Tomas Brandt"), entity(text, "W1", "Red Harbour", "WORK")]
    assert ["Mara Quill"] not in [names for names, _ in facts_of(text, entities).named("develops")]


def test_a_remake_of_a_title_tagged_as_a_place_is_of_a_work() -> None:
    text = "Mara Quill, who is currently filming a remake of Hollywood classic Red Harbour, said no more."
    entities = [*people(text, "Mara Quill"), entity(text, "G1", "Red Harbour", "GPE")]
    assert facts_of(text, entities).named("develops") == [(["Mara Quill"], "Red Harbour")]


def test_filming_in_a_place_is_no_remake() -> None:
    text = "Mara Quill is filming in Red Harbour."
    entities = [*people(text, "Mara Quill"), entity(text, "G1", "Red Harbour", "GPE")]
    assert facts_of(text, entities).named("develops") == []


def test_a_work_made_by_someone_is_theirs() -> None:
    text = "One of the new shows will be the cartoon Red Harbour, made by Mara Quill."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Red Harbour", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Mara Quill"], "Red Harbour")]


def test_a_claim_made_by_someone_is_no_work() -> None:
    text = "The claim made by Velvet Pictures was denied."
    assert facts_of(text, people(text, "Velvet Pictures", type="ORG")).named("develops") == []


def test_a_clause_on_the_same_name_describes_the_noun_before_it() -> None:
    for text in (
        "Copper Valley is based on the novel of the same name written by reporter Ilse Varga.",
        "Copper Valley is based on the novel of the same name by reporter Ilse Varga.",
    ):
        entities = [*people(text, "Ilse Varga"), entity(text, "W1", "Copper Valley", "WORK")]
        assert facts_of(text, entities).named("develops") == [(["Ilse Varga"], "novel")], text


def test_a_plain_name_keeps_its_clause() -> None:
    # the clause describes the name, not the noun the "of" phrase hangs from
    text = "Copper Valley is based on the story of a name written by reporter Ilse Varga on a wall."
    entities = [*people(text, "Ilse Varga"), entity(text, "W1", "Copper Valley", "WORK")]
    assert facts_of(text, entities).named("develops") == []


def test_a_director_with_no_work_of_his_own_takes_the_film_of_his_clause() -> None:
    text = "Glass Orchard opens in May. Director Oren Falk said the film's premiere would go ahead."
    work = _nominal(entity(text, "W1", "Glass Orchard", "WORK"), text, "the film")
    entities = [*people(text, "Oren Falk"), work]
    assert facts_of(text, entities).named("develops") == [(["Oren Falk"], "Glass Orchard")]


def test_a_director_takes_no_noun_that_stands_for_no_work() -> None:
    text = "Glass Orchard opens in May. Director Oren Falk said the weather had delayed the shoot."
    entities = [*people(text, "Oren Falk"), entity(text, "W1", "Glass Orchard", "WORK")]
    assert facts_of(text, entities).named("develops") == []


def test_one_of_the_songs_someone_wrote_is_what_the_copula_names() -> None:
    text = "One of the first songs Ilse Varga wrote was Copper Valley, which sold well."
    entities = [*people(text, "Ilse Varga"), entity(text, "W1", "Copper Valley", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Ilse Varga"], "Copper Valley")]


def test_a_song_someone_wrote_that_is_no_title_names_no_work() -> None:
    text = "One of the songs Ilse Varga wrote was a lament for her brother."
    entities = people(text, "Ilse Varga")
    assert facts_of(text, entities).named("develops") == []


def test_a_common_noun_capitalised_for_starting_the_sentence_is_no_title() -> None:
    # the document writes "harbour" in lower case as a noun elsewhere: the head of a place, no film's maker
    text = 'Harbour director Mara Quill said: "The harbour is busy."'
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == []


def test_a_title_starting_the_sentence_is_still_a_title() -> None:
    text = "Redwater director Mara Quill said the festival had sold out."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == [(["Mara Quill"], "Redwater")]
