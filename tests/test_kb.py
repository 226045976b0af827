"""The knowledge base: cross-article entities, timelines, as-of, threads, rumours, contradictions, corrections."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.errors import InputError
from dateline.kb import KnowledgeBase
from dateline.store import Store
from tests.builders import analysis, attribution, entity, fact, span

pytestmark = pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors

FEB, APR, MAY = dt.date(2025, 2, 16), dt.date(2025, 4, 22), dt.date(2025, 5, 6)


def _february():
    text = ("Lena Marsh, 34, and Jonah Reyes dined together in Paris on Valentine's Day. "
            "Fans speculate that the actors are dating after the candlelit dinner at a film festival party.")
    return analysis(text, id="feb", date=FEB, entities=[
        entity(text, "E1", "Lena Marsh", "PERSON", age=34, as_of=FEB, occupation="actress"),
        entity(text, "E2", "Jonah Reyes"),
        entity(text, "E3", "Paris", "GPE"),
    ], attributions=[attribution(text, "A1", "Fans", "speculate", crowd=True)], facts=[
        fact(text, "F1", "met", ["E1", "E2"], "dined", time="2025-02-14"),
        fact(text, "F2", "romance", ["E1", "E2"], "dating", certainty="possible", asserted_by="A1"),
    ])


def _april():
    text = ("LENA MARSH and Reyes arrived in Rome on Sunday for the film festival. Sources close to the actors "
            "denied any romance. Marsh married Pablo Ortega in 2013 and they divorced two years later.")
    return analysis(text, id="apr", date=APR, entities=[
        entity(text, "E1", "LENA MARSH", "PERSON", "Marsh"),
        entity(text, "E2", "Reyes"),
        entity(text, "E3", "Pablo Ortega"),
    ], attributions=[attribution(text, "A1", "Sources close to the actors", "denied", anonymous=True)], facts=[
        fact(text, "F1", "travel", ["E1", "E2"], "arrived", time="2025-04-20"),
        fact(text, "F2", "romance", ["E1", "E2"], "romance", polarity="negative", asserted_by="A1"),
        fact(text, "F3", "married", ["E1", "E3"], "married", time="2013", valid_to="2015"),
        fact(text, "F4", "divorced", ["E1", "E3"], "divorced", time="2015"),
    ])


def _may():
    text = "The actress Lena Marsh, who married Pablo Ortega in 2014, is not dating her co-star Jonah Reyes."
    return analysis(text, id="may", date=MAY, entities=[
        entity(text, "E1", "Lena Marsh", "PERSON", age=34, as_of=MAY),
        entity(text, "E2", "Pablo Ortega"),
        entity(text, "E3", "Jonah Reyes"),
    ], facts=[
        fact(text, "F1", "married", ["E1", "E2"], "married", time="2014"),
        fact(text, "F2", "dating", ["E1", "E3"], "dating", polarity="negative"),
    ])


def _namesakes():
    one = "Daniel Price, 29, scored twice for the club as the footballer's team won the cup final."
    two = "Daniel Price, 71, a retired judge, sentenced no one in court but spoke at the law society dinner."
    return [
        analysis(one, id="price-1", date=dt.date(2025, 3, 1), entities=[
            entity(one, "E1", "Daniel Price", age=29, as_of=dt.date(2025, 3, 1), occupation="footballer")]),
        analysis(two, id="price-2", date=dt.date(2025, 3, 2), entities=[
            entity(two, "E1", "Daniel Price", age=71, as_of=dt.date(2025, 3, 2), occupation="judge")]),
    ]


@pytest.fixture
def kb(store: Store, nlp: object) -> KnowledgeBase:
    for item in (_february(), _april(), _may(), *_namesakes()):
        store.add(item)
    knowledge = KnowledgeBase(store)
    knowledge.resolve()
    return knowledge


def test_name_variants_across_articles_are_one_entity(kb: KnowledgeBase) -> None:
    marsh = kb.entity("Lena Marsh")
    assert marsh.documents == 3
    assert marsh.name == "Lena Marsh"
    assert "LENA MARSH" in marsh.aliases
    assert kb.entity("lena marsh").id == kb.entity("Marsh").id == marsh.id
    assert kb.entity("Reyes").id == kb.entity("Jonah Reyes").id


def test_each_merge_records_its_reasons(kb: KnowledgeBase) -> None:
    links = kb.links("Lena Marsh")
    assert links[0].rule == "new"
    later = links[1]
    assert later.rule in ("same_name", "same_alias") and "lena marsh" in later.reasons["names"]
    assert "context_similarity" in later.reasons


def test_a_name_search_takes_percent_and_underscore_as_written(kb: KnowledgeBase) -> None:
    assert [e.name for e in kb.entities(name="Marsh")] == ["Lena Marsh"]
    assert kb.entities(name="L_na") == []  # no "any one character"
    assert kb.entities(name="Lena_Marsh") == []


@pytest.mark.parametrize("name", ["%", "%%", "_", " ", ", . -"])
def test_a_name_of_only_punctuation_is_an_error_not_every_entity(kb: KnowledgeBase, name: str) -> None:
    with pytest.raises(InputError, match="nothing to search for in the name"):
        kb.entities(name=name)


def test_namesakes_with_incompatible_ages_stay_apart(kb: KnowledgeBase) -> None:
    prices = kb.entities(name="Daniel Price")
    assert len(prices) == 2
    assert sorted(p.birth_interval for p in prices) == ["1953-03-03/1954-03-02", "1995-03-02/1996-03-01"]


def test_entities_are_listed_with_aliases_and_document_counts(kb: KnowledgeBase) -> None:
    people = {e.name: e for e in kb.entities(type="PERSON")}
    assert people["Lena Marsh"].documents == 3 and people["Pablo Ortega"].documents == 2


def test_timeline_orders_facts_by_when_they_happened(kb: KnowledgeBase) -> None:
    items = kb.timeline("Lena Marsh")
    dated = [(item.date, item.predicate) for item in items if item.dated_by == "text"]
    assert dated == [("2013", "married"), ("2014", "married"), ("2015", "divorced"),
                     ("2025-02-14", "met"), ("2025-04-20", "travel")]
    assert items[0].others == ["Pablo Ortega"] and items[0].precision == "year"
    undated = [item for item in items if item.dated_by == "article"]
    assert {item.predicate for item in undated} == {"romance", "dating"}


def test_timeline_date_range(kb: KnowledgeBase) -> None:
    items = kb.timeline("Lena Marsh", start=dt.date(2025, 1, 1), end=dt.date(2025, 3, 31))
    assert [(item.predicate, item.date) for item in items] == [("met", "2025-02-14"), ("romance", "2025-02-16")]


def test_asof_gives_the_latest_status_of_each_statement(kb: KnowledgeBase) -> None:
    before = {s.predicate: s for s in kb.asof("Lena Marsh", dt.date(2025, 3, 1))}
    assert set(before) == {"met", "romance"}
    assert before["romance"].status == "speculated"
    after = {s.predicate: s for s in kb.asof("Lena Marsh", dt.date(2025, 4, 30))}
    assert after["romance"].status == "denied"
    assert [step.status for step in after["romance"].steps] == ["speculated", "denied"]


def test_asof_pages_are_newest_first_and_read_whole_statements(kb: KnowledgeBase) -> None:
    everything = kb.asof("Lena Marsh", dt.date(2025, 5, 31), limit=500)
    latest = [s.steps[-1].date for s in everything]
    assert latest == sorted(latest, reverse=True) and len(everything) >= 3
    pages = [kb.asof("Lena Marsh", dt.date(2025, 5, 31), limit=1, offset=skip) for skip in range(len(everything))]
    assert [page[0].model_dump() for page in pages] == [s.model_dump() for s in everything]
    assert kb.asof("Lena Marsh", dt.date(2025, 5, 31), limit=1, offset=len(everything)) == []


def test_rumour_moves_from_speculated_to_denied_with_dates_and_sources(kb: KnowledgeBase) -> None:
    (romance,) = [r for r in kb.rumours("Jonah Reyes") if r.predicate == "romance"]
    assert [(s.date, s.status) for s in romance.steps] == [(FEB, "speculated"), (APR, "denied"), (MAY, "denied")]
    assert romance.steps[0].source == "Fans (crowd)"
    assert romance.status == "denied"


def test_rumour_pages_are_oldest_first_and_counted(kb: KnowledgeBase) -> None:
    everything = kb.rumours(limit=500)
    assert kb.count_rumours() == len(everything) >= 1
    first = [s.steps[0].date for s in everything]
    assert first == sorted(first)
    pages = [kb.rumours(limit=1, offset=skip)[0].model_dump() for skip in range(len(everything))]
    assert pages == [s.model_dump() for s in everything]


def test_threads_group_a_story_over_time(kb: KnowledgeBase) -> None:
    titles = {thread.title: thread for thread in kb.threads("Jonah Reyes")}
    romance = titles["Lena Marsh and Jonah Reyes: romance rumours"]
    assert (romance.first, romance.last, romance.documents) == (FEB, MAY, 3)


def test_contradictions_keep_both_pieces_of_evidence(kb: KnowledgeBase) -> None:
    found = kb.contradictions("Lena Marsh")
    times = [c for c in found if c.kind == "time"]
    assert len(times) == 1
    assert {side.document_id for side in times[0].evidence} == {"apr", "may"}
    assert "2013 vs 2014" in times[0].description


def test_contradicting_ages_of_one_person(store: Store, nlp: object) -> None:
    text = "Ivo Sand, 40, opened the gallery in Malmo, the painter said at the opening of the show."
    later = "Ivo Sand, 52, opened the gallery in Malmo, the painter said at the opening of the show."
    store.add(analysis(text, id="s1", date=dt.date(2025, 1, 1), entities=[entity(text, "E1", "Ivo Sand")]))
    store.add(analysis(later, id="s2", date=dt.date(2025, 1, 2), entities=[entity(later, "E1", "Ivo Sand")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entities(name="Ivo Sand")[0].documents == 2
    assert kb.contradictions("Ivo Sand") == []


def test_merge_and_split_survive_reanalysis(kb: KnowledgeBase, store: Store) -> None:
    older, younger = sorted(kb.entities(name="Daniel Price"), key=lambda e: e.birth_interval or "")
    kb.merge(str(younger.id), str(older.id))
    assert len(kb.entities(name="Daniel Price")) == 1
    store.add(_namesakes()[1], reanalyse=True)  # the judge's article is analysed again
    kb.resolve()
    assert len(kb.entities(name="Daniel Price")) == 1

    split = kb.split("Lena Marsh", documents=["may"])
    assert split.documents == 1 and kb.entity("Lena Marsh").documents in (1, 2)
    store.add(_may(), reanalyse=True)
    kb.resolve()
    marshes = kb.entities(name="Lena Marsh")
    assert sorted(e.documents for e in marshes) == [1, 2]


def test_merging_an_entity_with_itself_is_refused_and_keeps_it(kb: KnowledgeBase) -> None:
    # "Marsh" and "Lena Marsh" name one entity; merging it into itself used to delete it, then fail.
    marsh = kb.entity("Lena Marsh")
    with pytest.raises(InputError, match=rf"both name entity {marsh.id} \(Lena Marsh\): nothing to merge"):
        kb.merge("Lena Marsh", str(marsh.id))
    assert kb.entity(str(marsh.id)).documents == marsh.documents


def test_adding_articles_only_resolves_the_new_ones(kb: KnowledgeBase, store: Store) -> None:
    assert kb.resolve().documents == 0
    text = "Jonah Reyes will direct Harbour Lights, the film festival jury said."
    store.add(analysis(text, id="jun", date=dt.date(2025, 6, 1), entities=[entity(text, "E1", "Jonah Reyes")]))
    summary = kb.resolve()
    assert (summary.documents, summary.merged) == (1, 1)


def test_a_shared_surname_does_not_merge_two_full_names(store: Store, nlp: object) -> None:
    one = "Jeb Bush spoke in Miami about the election campaign. Bush said the campaign was going well."
    two = "George Bush spoke in Dallas about the election campaign. Bush said the campaign was going well."
    store.add(analysis(one, id="b1", date=dt.date(2016, 1, 1), entities=[entity(one, "E1", "Jeb Bush", "PERSON", "Bush")]))
    store.add(analysis(two, id="b2", date=dt.date(2016, 1, 2), entities=[entity(two, "E1", "George Bush", "PERSON", "Bush")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert sorted(e.name for e in kb.entities(name="Bush")) == ["George Bush", "Jeb Bush"]
    rebuilt = kb.rebuild()
    assert rebuilt.documents == 2 and len(kb.entities(name="Bush")) == 2


def test_an_organisation_with_and_without_the_article_is_one_entity(store: Store, nlp: object) -> None:
    one = "The Harwick Gazette reported the sale on Monday."
    two = "A spokesman told Harwick Gazette that the sale was off."
    store.add(analysis(one, id="g1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "The Harwick Gazette", "ORG")]))
    store.add(analysis(two, id="g2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "Harwick Gazette", "ORG")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    (gazette,) = kb.entities(name="Harwick Gazette")
    assert gazette.documents == 2
    assert kb.entity("the harwick gazette").id == gazette.id


def test_an_organisation_tied_between_two_copies_joins_the_older_one(store: Store, nlp: object) -> None:
    def gazette(doc_id: str, day: int) -> None:
        text = "Harwick Gazette reported the sale on Monday."
        when = dt.date(2025, 1, day)
        store.add(analysis(text, id=doc_id, date=when, entities=[entity(text, "E1", "Harwick Gazette", "ORG")]))

    gazette("g1", 6)
    gazette("g2", 7)
    kb = KnowledgeBase(store)
    kb.resolve()
    kb.split("Harwick Gazette", documents=["g2"])  # now two entities carry the name
    older = min(e.id for e in kb.entities(name="Harwick Gazette"))
    gazette("g3", 8)
    kb.resolve()
    # a person would stay apart ("do not guess"); a name alone decides an organisation, so no third copy
    gazettes = kb.entities(name="Harwick Gazette")
    assert len(gazettes) == 2
    assert next(e for e in gazettes if e.id == older).documents == 2


def test_a_given_name_known_alone_does_not_become_a_full_names_surname(store: Store, nlp: object) -> None:
    # "Sam" of one soap article is not "Fireman Sam" of the next: a given name is no surname
    one = "In the soap, Sam argued with her brother in the pub on Christmas Day as viewers watched."
    two = "In the cartoon, Fireman Sam argued with his brother in the pub on Christmas Day as viewers watched."
    store.add(analysis(one, id="s1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "Sam")]))
    store.add(analysis(two, id="s2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "Fireman Sam")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Sam").id != kb.entity("Fireman Sam").id


def test_a_title_ending_a_cut_short_name_is_no_surname(store: Store, nlp: object) -> None:
    # "Mary Queen" (of Scots, cut short by the tagger) is not the band a later article calls "Queen"
    one = "The film about Mary Queen of Scots opened in London to strong reviews from the critics."
    two = "The band Queen played in London to strong reviews from the critics, and Queen will tour."
    store.add(analysis(one, id="q1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "Mary Queen")]))
    store.add(analysis(two, id="q2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "Queen")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Mary Queen").documents == 1


def test_a_surname_cut_from_another_longer_name_does_not_join_a_person(store: Store, nlp: object) -> None:
    # The tagger kept "Waverly" of "the Ruben Waverly play" (and of 'Marion "Ace" Waverly'): another
    # Waverly than Tom; but "Waverly" of "the Tom Waverly play" is his surname and still joins him.
    one = "The actor Tom Waverly starred in the new play on Broadway, which opens next month in New York."
    two = "The actor starred in the Ruben Waverly play on Broadway, which opens next month in New York."
    three = 'The actor Marion "Ace" Waverly starred in the play on Broadway, which opens next month in New York.'
    four = "The actor starred in the Tom Waverly play on Broadway, which opens next month in New York."
    store.add(analysis(one, id="w1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "Tom Waverly")]))
    for doc_id, day, text in (("w4", 7, four), ("w2", 8, two), ("w3", 9, three)):
        store.add(analysis(text, id=doc_id, date=dt.date(2025, 1, day), entities=[entity(text, "E1", "Waverly")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Tom Waverly").documents == 2


def test_a_lone_surname_that_names_a_known_film_does_not_join_a_person_without_a_title(store: Store, nlp: object) -> None:
    # "Waverly" is a film's whole name in the second article: the third's untitled "Waverly", typed a
    # person, is as likely the film as Tom Waverly; "Mr Waverly" says it is a man and still joins him.
    one = "The actor Tom Waverly won the best actor award at the festival in Berlin for his new role."
    two = "The film Waverly won the best film award at the festival in Berlin for its new director."
    three = "The actor won the best actor award for Waverly at the festival in Berlin for the new role."
    four = "Mr Waverly won the best actor award at the festival in Berlin for his new role."
    store.add(analysis(one, id="k1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "Tom Waverly")]))
    store.add(analysis(two, id="k2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "Waverly", "WORK")]))
    store.add(analysis(four, id="k4", date=dt.date(2025, 1, 8), entities=[entity(four, "E1", "Waverly", "PERSON",
                                                                                  "Mr Waverly")]))
    store.add(analysis(three, id="k3", date=dt.date(2025, 1, 9), entities=[entity(three, "E1", "Waverly")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Tom Waverly").documents == 2


def test_a_lone_name_followed_by_a_college_word_does_not_join_a_person(store: Store, nlp: object) -> None:
    from dateline.kb.kinds import kind_of
    from dateline.kb.rules import kb_rules

    # "a Waverly student" names the college, whatever the tagger typed it
    one = "The singer Tom Waverly told the audience of the show in Boston that the new album was finished."
    two = "The Waverly student told the audience of the show in Boston that the new album was finished."
    store.add(analysis(one, id="u1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "Tom Waverly")]))
    store.add(analysis(two, id="u2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "Waverly")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Tom Waverly").documents == 1
    assert kb.entity("Waverly").type == "ORG"
    # "Waverly's ratings" are a person's
    text = "Waverly's ratings rose."
    assert kind_of(text, [(0, 7)], "PERSON", kb_rules().resolution.kind_words) is None


def test_names_shared_across_types_are_no_shared_neighbours(store: Store, nlp: object) -> None:
    # "Bloom" is a film and "Vance" a firm in one article, a firm and a man in the other: no common company
    one = "Tom Waverly praised the film Bloom at the gala, and Vance paid for the evening in Boston."
    two = "Waverly bought shares in Bloom last spring, and Vance said the deal was signed in Chicago."
    store.add(analysis(one, id="n1", date=dt.date(2025, 1, 6), entities=[
        entity(one, "E1", "Tom Waverly"), entity(one, "E2", "Bloom", "WORK"), entity(one, "E3", "Vance", "ORG")]))
    store.add(analysis(two, id="n2", date=dt.date(2025, 1, 7), entities=[
        entity(two, "E1", "Waverly"), entity(two, "E2", "Bloom", "ORG"), entity(two, "E3", "Vance")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Tom Waverly").documents == 1


def test_a_father_and_his_son_named_jr_and_sr_stay_two_people(store: Store, nlp: object) -> None:
    one = "The silent film star Owen Farley Sr won praise in Hollywood for his early comedies."
    two = "The silent film star Owen Farley Jr won praise in Hollywood for his early comedies."
    three = "The silent film star Owen Farley won praise in Hollywood for his early comedies."
    store.add(analysis(one, id="f1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "Owen Farley Sr")]))
    store.add(analysis(two, id="f2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "Owen Farley Jr")]))
    store.add(analysis(three, id="f3", date=dt.date(2025, 1, 8), entities=[entity(three, "E1", "Owen Farley")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Owen Farley Sr").id != kb.entity("Owen Farley Jr").id
    # a name without the suffix still joins (news writes "Martin Luther King" for King Jr)
    assert sum(e.documents for e in kb.entities(name="Owen Farley")) == 3


def _person_article(store: Store, doc_id: str, day: int, text: str, name: str, *surfaces: str) -> None:
    when = dt.date(2025, 2, day)
    store.add(analysis(text, id=doc_id, date=when, entities=[entity(text, "E1", name, "PERSON", *surfaces)]))


def test_a_lone_surname_with_mr_does_not_join_a_woman_of_that_surname(store: Store, nlp: object) -> None:
    _person_article(store, "r1", 1, "Kate Rowe sang the new song on the radio show before the concert tour.", "Kate Rowe")
    _person_article(store, "r2", 2, "Mr Rowe sang the new song on the radio show before the concert tour.", "Rowe", "Mr Rowe")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Kate Rowe").documents == 1  # Mr gives a man, Kate a woman


def test_a_titled_surname_joins_the_namesake_seen_with_that_title(store: Store, nlp: object) -> None:
    # The president's surname was also seen alone in his first article; the singer shares it.
    _person_article(store, "h1", 1, "President Tom Hale spoke on the radio show about the song. Hale smiled.",
                    "Tom Hale", "President Tom Hale", "Hale")
    _person_article(store, "h2", 2, "Kate Hale sang the song on the radio show about the tour.", "Kate Hale")
    _person_article(store, "h3", 3, "President Hale sang the song on the radio show about the tour.", "Hale",
                    "President Hale")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Tom Hale").documents == 2 and kb.entity("Kate Hale").documents == 1


def test_a_lone_surname_referred_to_as_he_does_not_join_a_woman_of_that_surname(store: Store, nlp: object) -> None:
    from dateline.model import Mention

    _person_article(store, "p1", 1, "Kate Rowe sang the new song on the radio show before the concert tour.", "Kate Rowe")
    text = "Rowe sang the new song on the radio show before he went on the concert tour."
    found = entity(text, "E1", "Rowe")
    start = text.index(" he ") + 1
    found.mentions.append(Mention(start=start, end=start + 2, text="he", kind="pronoun"))
    store.add(analysis(text, id="p2", date=dt.date(2025, 2, 2), entities=[found]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Kate Rowe").documents == 1  # "he", tied to Rowe by the pronoun resolver, gives a man


def _place_article(store: Store, doc_id: str, day: int, text: str, name: str, type: str = "GPE") -> None:
    when = dt.date(2025, 3, day)
    store.add(analysis(text, id=doc_id, date=when, entities=[entity(text, "E1", name, type)]))


def test_a_place_name_followed_by_a_role_of_a_club_does_not_join_the_place(store: Store, nlp: object) -> None:
    # the tagger types the club like the town; "Harwick manager" says it is the club
    _place_article(store, "t1", 1, "The band grew up in Harwick and played its first concert there.", "Harwick")
    _place_article(store, "t2", 2, "Harwick manager Tom Reed praised his players after the cup win.", "Harwick")
    _place_article(store, "t3", 3, "Harwick newspaper Weekly Post praised the band's first concert.", "Harwick")
    kb = KnowledgeBase(store)
    kb.resolve()
    kinds = sorted((e.type, e.documents) for e in kb.entities(name="Harwick"))
    assert kinds == [("GPE", 2), ("ORG", 1)]  # the town of t1 and t3, the club of t2


def test_a_kind_word_is_read_right_after_the_name_and_a_title_only_with_no_name_after_it() -> None:
    from dateline.kb.kinds import kind_of
    from dateline.kb.rules import kb_rules

    kinds = kb_rules().resolution.kind_words

    def kind(text: str, name: str, type: str = "LOC") -> tuple[str, str] | None:
        found = span(text, name)
        return kind_of(text, [(found.start, found.end)], type, kinds)

    assert kind("She told the Calder magazine that she would stay.", "Calder") == ("ORG", "magazine")
    assert kind("He told Calder magazine Weekly Post that he would stay.", "Calder") is None  # a magazine of Calder
    assert kind("Calder's manager Tom Reed stayed.", "Calder", "GPE") == ("ORG", "manager")
    assert kind("The Calder coast and the Calder manager.", "Calder", "NORP") is None  # only places are retyped


def test_a_heading_word_in_capitals_does_not_merge_on_its_name_alone(store: Store, nlp: object) -> None:
    _place_article(store, "w1", 1, "She presents The Lantern, a radio show about the week's news.", "The Lantern", "ORG")
    # the tagger took a heading's common word for a name; the text also writes it in lower case
    _place_article(store, "w2", 2, "WELCOME TO THE LANTERN\nThe lantern was lit at dusk as the crowd waited.",
                   "LANTERN", "ORG")
    # an acronym in a heading is still a name: it is never written in lower case
    _place_article(store, "w3", 3, "Radio KRX said the show would go on.", "KRX", "ORG")
    _place_article(store, "w4", 4, "A NEW KRX POLL\nThe poll asked listeners about the radio show.", "KRX", "ORG")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("The Lantern").documents == 1 and kb.entity("KRX").documents == 2


def test_a_name_always_followed_by_a_number_is_resolved_under_the_longer_name(store: Store, nlp: object) -> None:
    _place_article(store, "n1", 1, "The Kestrel Network said its ratings rose in the spring.", "Kestrel Network", "ORG")
    # the tagger cut the channel's number off its name: it is the channel, not the network
    _place_article(store, "n2", 2, "Kestrel Network 2 will show the film on Friday.", "Kestrel Network", "ORG")
    _place_article(store, "n3", 3, "Kestrel Network 2 will repeat the film on Sunday.", "Kestrel Network 2", "ORG")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Kestrel Network").documents == 1 and kb.entity("Kestrel Network 2").documents == 2


def test_a_number_is_read_as_part_of_a_name_only_when_it_always_follows_and_is_no_score() -> None:
    from dateline.kb.kinds import number_after
    from dateline.kb.rules import kb_rules

    numbered = kb_rules().resolution.numbered_names
    assert numbered is not None

    def number(text: str, type: str = "ORG") -> str | None:
        spans = [(found.start, found.end) for found in (span(text, "Kestrel", n) for n in range(text.count("Kestrel")))]
        return number_after(text, spans, type, numbered)

    assert number("Kestrel Four showed it. Kestrel Four repeated it.") == "Four"
    assert number("Kestrel 1 showed it. Kestrel 2 repeated it.") is None  # two channels, no one name
    assert number("Kestrel 2-1 Rovers.") is None  # a score
    assert number("Kestrel 2 showed it.", "GPE") is None  # places are followed by scores
    assert number("Kestrel one day showed it.") is None  # a number word must be capitalised


def test_a_busy_profile_keeps_its_most_frequent_neighbours(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.kb import profiles
    from dateline.kb.resolve import _neighbour_counts

    # Zurich is named with the person in three articles, Aachen and Bonn once: Zurich is kept, though last
    # in the alphabet, and Aachen before Bonn among names seen as often
    monkeypatch.setattr(profiles, "MAX_NEIGHBOURS", 2)
    busy = profiles.CanonicalProfile(id=1, name="Tom Waverly", type="PERSON", full_keys={"tom waverly"}, surnames=set(),
                                     documents=3, mentions=3, neighbours={"bonn|GPE": 1, "aachen|GPE": 1, "zurich|GPE": 3})
    assert busy.profile_json()["neighbours"] == {"zurich|GPE": 3, "aachen|GPE": 1}
    # a profile saved before the counts were kept lists names, each counted once
    assert _neighbour_counts(["bonn|GPE", "zurich|GPE"]) == {"bonn|GPE": 1, "zurich|GPE": 1}


def test_an_organisation_always_followed_by_a_place_of_its_article_is_that_place_s_branch(
        store: Store, nlp: object) -> None:
    from dateline.kb.kinds import place_after

    # the tagger cut "Kestrel" from "Kestrel Wessex", the broadcaster's regional service
    one = "The broadcaster Kestrel showed the concert live from the arena in Boston on Friday."
    two = "Speaking to Kestrel Wessex before the concert, the singer praised the people of Wessex."
    three = "The broadcaster Kestrel showed the concert live from the arena in Chicago on Friday."
    store.add(analysis(one, id="w1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "Kestrel", "ORG")]))
    store.add(analysis(two, id="w2", date=dt.date(2025, 1, 7), entities=[
        entity(two, "E1", "Kestrel", "ORG"), entity(two, "E2", "Wessex", "GPE")]))
    store.add(analysis(three, id="w3", date=dt.date(2025, 1, 8), entities=[entity(three, "E1", "Kestrel", "ORG")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert sorted((e.name, e.documents) for e in kb.entities(name="Kestrel")) == [("Kestrel", 2), ("Kestrel Wessex", 1)]
    # not after a possessive, nor when another mention is not followed by the place
    text = "Kestrel's Wessex office. Kestrel Wessex said so."
    assert place_after(text, [(0, 9)], {"Wessex"}) is None
    assert place_after(text, [(25, 32), (0, 7)], {"Wessex"}) is None
    assert place_after(text, [(25, 32)], {"Wessex"}) == "Wessex"


def test_a_place_on_one_side_of_a_match_is_a_team(store: Store, nlp: object) -> None:
    from dateline.kb.kinds import is_match_side

    # "Harwick v Dunmore" is a fixture: Harwick is the club, not the town of the first article
    _place_article(store, "m1", 1, "The band grew up in Harwick and played its first concert there.", "Harwick")
    text = "The cup draw: Harwick v Dunmore, to be played in February."
    store.add(analysis(text, id="m2", date=dt.date(2025, 3, 2), entities=[
        entity(text, "E1", "Harwick", "GPE"), entity(text, "E2", "Dunmore", "GPE")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert sorted((e.type, e.documents) for e in kb.entities(name="Harwick")) == [("GPE", 1), ("ORG", 1)]
    # a person on the other side makes a court case; either side of the word counts
    case = "Harwick v Johnson was decided."
    assert not is_match_side(case, [(0, 7)], {"Harwick"}, ["v"])
    assert is_match_side("Dunmore v Harwick.", [(10, 17)], {"Dunmore"}, ["v"])


def test_a_place_that_is_also_a_city_means_the_state_with_a_word_of_its_government(store: Store, nlp: object) -> None:
    from dateline.kb.kinds import is_state_sense

    # "Harwick City" says Harwick is also a city's name: "Harwick Sen. Tom Reed" is the state's senator
    city = "The band played a concert in Harwick City on Monday."
    store.add(analysis(city, id="s1", date=dt.date(2025, 3, 1), entities=[entity(city, "E1", "Harwick City", "GPE")]))
    _place_article(store, "s2", 2, "The band grew up in Harwick and played its first concert there.", "Harwick")
    _place_article(store, "s3", 3, "Harwick Sen. Tom Reed praised the new budget on Friday.", "Harwick")
    _place_article(store, "s4", 4, "Dunmore Sen. Ann Lee praised the new budget on Friday.", "Dunmore")  # no city
    _place_article(store, "s5", 5, "The band grew up in Dunmore and played its first concert there.", "Dunmore")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert sorted((e.name, e.documents) for e in kb.entities(name="Harwick")) == [
        ("Harwick", 1), ("Harwick City", 1), ("Harwick state", 1)]
    assert [e.documents for e in kb.entities(name="Dunmore")] == [2]
    # a word before the name too; a possessive before the word still counts
    assert is_state_sense("in upstate Harwick", [(11, 18)], ["sen."], ["upstate"])
    assert is_state_sense("Harwick's governor", [(0, 9)], ["governor"], [])
    assert not is_state_sense("Harwick's mayor", [(0, 9)], ["governor"], ["upstate"])


def _known_city(store: Store) -> None:
    city = "The band played a concert in Harwick City on Monday."
    store.add(analysis(city, id="c0", date=dt.date(2025, 2, 28), entities=[entity(city, "E1", "Harwick City", "GPE")]))


def test_a_place_that_is_also_a_city_means_the_state_beside_another_state(store: Store, nlp: object) -> None:
    from dateline.kb.kinds import is_beside_state

    _known_city(store)
    _place_article(store, "b1", 1, "The band grew up in Harwick and played its first concert there.", "Harwick")
    # set beside Ohio, a state of kb.yaml's list, Harwick is the state
    beside = "Radio stations in Harwick and Ohio dropped the show on Monday."
    store.add(analysis(beside, id="b2", date=dt.date(2025, 3, 2), entities=[
        entity(beside, "E1", "Harwick", "GPE"), entity(beside, "E2", "Ohio", "GPE")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert sorted((e.name, e.documents) for e in kb.entities(name="Harwick")) == [
        ("Harwick", 1), ("Harwick City", 1), ("Harwick state", 1)]

    def beside_ohio(text: str) -> bool:
        found = span(text, "Harwick")
        return is_beside_state(text, [(found.start, found.end)], {"Ohio"})

    assert beside_ohio("in Ohio or Harwick.") and beside_ohio("Harwick, Ohio and Texas")
    assert not beside_ohio("Dayton, Harwick.")  # a town in the state, not a state
    assert not beside_ohio("in Dayton, Harwick, Ohio, when it rained")  # a town and its state: no list


def test_an_origin_by_a_place_that_is_also_a_city_is_the_state_where_origins_are_given_by_states(
        store: Store, nlp: object) -> None:
    from dateline.kb.kinds import is_origin

    _known_city(store)
    _place_article(store, "o1", 1, "The band grew up in Harwick and played its first concert there.", "Harwick")
    # the article gives one judge's origin by a state: the other judge's is the state Harwick, not the city
    judges = "A judge from Ohio agreed. Later, a Harwick native, Judge Tom Reed, wrote the opinion."
    store.add(analysis(judges, id="o2", date=dt.date(2025, 3, 2), entities=[
        entity(judges, "E1", "Harwick", "GPE"), entity(judges, "E2", "Ohio", "GPE")]))
    # a singer born in Harwick, in an article that gives no origin by a state: the city's
    singer = "The Harwick-born singer toured Ohio in the spring."
    store.add(analysis(singer, id="o3", date=dt.date(2025, 3, 3), entities=[
        entity(singer, "E1", "Harwick", "GPE"), entity(singer, "E2", "Ohio", "GPE")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert sorted((e.name, e.documents) for e in kb.entities(name="Harwick")) == [
        ("Harwick", 2), ("Harwick City", 1), ("Harwick state", 1)]

    def origin(text: str) -> bool:
        found = span(text, "Harwick")
        return is_origin(text, [(found.start, found.end)], ["from", "born in"], ["native", "born"])

    assert origin("born in Harwick") and origin("a Harwick-born singer") and origin("from Harwick")
    assert not origin("a Harwick-based firm") and not origin("the Harwick natives' club")


def test_an_entity_holding_the_state_and_the_city_merges_with_nothing(store: Store, nlp: object) -> None:
    from dateline.kb.kinds import is_city_sense

    _known_city(store)
    _place_article(store, "x1", 1, "The band grew up in Harwick and played its first concert there.", "Harwick")
    # the dateline names the city, the governor's title the state: one entity of the article holds both
    both = "HARWICK (AP) — Police closed the bridge. Later, Harwick Gov. Tom Reed praised them."
    store.add(analysis(both, id="x2", date=dt.date(2025, 3, 2), entities=[entity(both, "E1", "Harwick", "GPE", "HARWICK")]))
    _place_article(store, "x3", 3, "Harwick Sen. Ann Lee praised the new budget on Friday.", "Harwick")
    _place_article(store, "x4", 4, "The band played in Harwick again on its way home.", "Harwick")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert sorted((e.name, e.documents) for e in kb.entities(name="Harwick")) == [
        ("Harwick", 1), ("Harwick", 2), ("Harwick City", 1), ("Harwick state", 1)]
    # the city form in the mention's sentence or the one before says the city; two sentences back does not
    text = "Every bank in Harwick City closed. The oldest firm in Harwick failed. Rain fell. Harwick waited."
    first, last = span(text, "Harwick", 1), span(text, "Harwick", 2)
    assert is_city_sense(text, [(first.start, first.end)], "Harwick City", 300)
    assert not is_city_sense(text, [(last.start, last.end)], "Harwick City", 300)


def test_a_place_on_the_other_side_of_a_match_result_is_a_team(store: Store, nlp: object) -> None:
    from dateline.kb.kinds import is_result_side

    _place_article(store, "q1", 1, "The band grew up in Harwick and played its first concert there.", "Harwick")
    _place_article(store, "q2", 2, "The coach watched his side's 3-2 victory over Harwick on television.", "Harwick")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert sorted((e.type, e.documents) for e in kb.entities(name="Harwick")) == [("GPE", 1), ("ORG", 1)]
    results, prepositions = ["victory", "loss"], ["over", "to"]
    text = "Sunday's 19-13 Six Nations loss to Harwick. A 95-3 vote for Harwick. Cuts of 5-10 to Harwick."
    spans = [(found.start, found.end) for found in (span(text, "Harwick", n) for n in range(3))]
    assert [is_result_side(text, [one], results, prepositions) for one in spans] == [True, False, False]


def test_the_display_name_leaves_out_a_lower_case_word_in_front(store: Store, nlp: object) -> None:
    # The NER keeps "the" in some spans; "the Harwick Gazette" had won as the display name by its length.
    one = "A reporter for the Harwick Gazette saw the sale on Monday."
    two = "Harwick Gazette reported the sale on Tuesday."
    store.add(analysis(one, id="g1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "the Harwick Gazette", "ORG")]))
    store.add(analysis(two, id="g2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "Harwick Gazette", "ORG")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    (gazette,) = kb.entities(name="Harwick Gazette")
    assert gazette.documents == 2
    assert gazette.name == "Harwick Gazette"


def test_a_full_name_with_a_middle_initial_joins_the_same_name_without_it(store: Store, nlp: object) -> None:
    # "Marla J. Venn" and "Marla Venn" in two reports of one hearing are one person; "Marla Ruth Venn" of a
    # gardening column, with nothing around her in common, needs the context a one-word name needs.
    one = "Senator Marla J. Venn told the committee hearing in Washington that the budget vote would be delayed."
    two = "Senator Marla Venn told the committee hearing in Washington that the budget vote would pass next week."
    three = "The gardener Marla Ruth Venn grows roses and tulips in her cottage garden every spring."
    for doc_id, day, text, name in (("v1", 6, one, "Marla J. Venn"), ("v2", 7, two, "Marla Venn"), ("v3", 8, three, "Marla Ruth Venn")):
        store.add(analysis(text, id=doc_id, date=dt.date(2025, 1, day), entities=[entity(text, "E1", name)]))
    kb = KnowledgeBase(store)
    kb.resolve()
    venn = kb.entity("Marla J. Venn")
    assert venn.documents == 2 and kb.entity("Marla Venn").id == venn.id
    assert kb.links("Marla J. Venn")[1].rule == "middle_name"
    assert kb.entity("Marla Ruth Venn").id != venn.id


def test_only_a_middle_name_left_out_makes_two_full_names_one() -> None:
    from dateline.kb.names import middle_name_only

    assert middle_name_only("john f kennedy", "john kennedy")
    assert middle_name_only("ahmad rahami", "ahmad khan rahami")
    assert not middle_name_only("george h w bush", "george w bush")  # two different middles
    assert not middle_name_only("ana de armas", "ana armas")  # a particle is part of the surname
    assert not middle_name_only("j k rowling", "j rowling")  # an initial for a given name
    assert not middle_name_only("john kennedy", "john kennedy")


def test_an_abbreviation_with_or_without_dots_is_the_name_it_stands_for(store: Store, nlp: object) -> None:
    one = "The U.N. said on Monday that the aid convoy had reached the city."
    two = "A spokesman for the United Nations said the convoy was safe."
    three = "The UN will send a second convoy next week."
    for doc_id, day, text, name in (("n1", 6, one, "U.N."), ("n2", 7, two, "the United Nations"), ("n3", 8, three, "UN")):
        store.add(analysis(text, id=doc_id, date=dt.date(2025, 1, day), entities=[entity(text, "E1", name, "ORG")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("U.N.").documents == 3


def test_name_keys_drop_the_dots_of_short_abbreviations_and_spell_known_ones_out() -> None:
    from dateline.kb.names import name_key

    assert name_key("U.S.") == name_key("US") == name_key("the United States") == "united states"
    assert name_key("J.K. Rowling") == name_key("JK Rowling") == "jk rowling"
    assert name_key("the U.N. Security Council") == "united nations security council"
    assert name_key("M.A.S.K.") == "m a s k"  # four letters spell a word: no "Mask"
    assert name_key("Route 3.5") == "route 3 5"


def test_an_ampersand_in_a_name_is_and() -> None:
    from dateline.kb.names import name_key

    assert name_key("Pip & Dot") == name_key("Pip and Dot") == "pip and dot"


def test_a_the_inside_a_name_and_a_bracket_left_open_are_no_part_of_its_key() -> None:
    from dateline.kb.names import display_quality, name_key

    assert name_key("the Guild of the Glass Blowers") == name_key("Guild of Glass Blowers") == "guild of glass blowers"
    assert name_key("The Bay") == "bay"  # a first and a last word stay
    assert name_key("Pip & Dot (Pip & Dot") == name_key("Pip and Dot") == "pip and dot"
    assert name_key("Norland Aero (NA") == "norland aero"
    assert max(["Pip & Dot (Pip & Dot", "Pip & Dot"], key=display_quality) == "Pip & Dot"


def test_a_department_named_by_its_field_or_for_its_field_is_its_department_of() -> None:
    from dateline.kb.names import name_key

    # "Justice" was stripped as a title (Mr Justice ...), and the Justice Department keyed "department"
    assert name_key("the Justice Department") == name_key("The Department of Justice") == "department of justice"
    assert name_key("State Department") == "department of state"
    assert name_key("the Department for Trade and Industry") == "department of trade and industry"
    # not every field nor every "for": the UK Department for Education is not the US Department of Education
    assert name_key("the Department for Education") == "department for education"
    assert name_key("the Education Department") == "education department"
    assert name_key("the Kelby Police Department") == "kelby police department"
    assert name_key("Mr Justice Pike") == "pike"


def test_a_name_of_titles_only_keeps_its_first_title() -> None:
    from dateline.kb.names import name_key

    assert name_key("Lord Justice") == "lord justice"  # a judge's title, not the common word "Justice"
    assert name_key("Lord Justice Pike") == name_key("Mr Justice Pike") == "pike"


def test_a_judges_title_does_not_join_a_capitalised_common_word(store: Store, nlp: object) -> None:
    one = "The appeal was heard by Lord Justice Pike and dismissed on Monday."
    two = "Fairness is on the ballot. Justice is on the ballot, the senator said."
    store.add(analysis(one, id="lj1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "Lord Justice", "ORG")]))
    store.add(analysis(two, id="lj2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "Justice", "ORG")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Lord Justice").documents == 1


def test_the_justice_department_joins_the_department_of_justice_not_a_lone_department(store: Store, nlp: object) -> None:
    one = "The Justice Department opened an inquiry into the deal on Monday."
    two = "A lawyer for the Department of Justice said the inquiry would end soon."
    three = "The department said nothing more."
    store.add(analysis(one, id="dj1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "The Justice Department", "ORG")]))
    store.add(analysis(two, id="dj2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "the Department of Justice", "ORG")]))
    store.add(analysis(three, id="dj3", date=dt.date(2025, 1, 8), entities=[entity(three, "E1", "department", "ORG")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Department of Justice").documents == 2


def test_names_that_differ_by_a_the_inside_are_one_organisation(store: Store, nlp: object) -> None:
    one = "The Guild of the Glass Blowers met in Leeds on Monday."
    two = "A spokesman for the Guild of Glass Blowers said prices would rise."
    store.add(analysis(one, id="gb1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "The Guild of the Glass Blowers", "ORG")]))
    store.add(analysis(two, id="gb2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "the Guild of Glass Blowers", "ORG")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Guild of Glass Blowers").documents == 2


def test_a_name_always_written_inside_a_longer_name_of_its_article_is_that_name(store: Store, nlp: object) -> None:
    # "Norland" of "Greater Norland stars ..." is the show, cut short by the tagger: not the country. A
    # "Norland" also written alone in its article is the country, even if "Norland Airways" is there too.
    one = "Norland signed a trade deal with its neighbours on Monday."
    two = "Greater Norland stars Ann Pike and Joe Moss won the comedy prize, and the sketch show Greater Norland returns in May."
    three = "Norland Airways cut its fares, and Norland lifted the tax on fuel."
    store.add(analysis(one, id="c1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "Norland", "GPE")]))
    store.add(analysis(two, id="c2", date=dt.date(2025, 1, 7), entities=[
        entity(two, "E1", "Norland", "GPE"), entity(two, "E2", "Greater Norland", "WORK")]))
    store.add(analysis(three, id="c3", date=dt.date(2025, 1, 8), entities=[
        entity(three, "E1", "Norland", "GPE"), entity(three, "E2", "Norland Airways", "ORG")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    (country,) = [found for found in kb.entities(name="Norland") if found.name == "Norland"]
    assert country.documents == 2  # the first and the third article


def test_a_state_named_as_a_city_is_the_state_after_a_town_and_a_comma(store: Store, nlp: object) -> None:
    from dateline.kb.kinds import is_after_town

    texts = [
        ("y1", "The new subway line in New York City opened on Monday.", "New York City", []),
        ("y2", "The band played its first concert in New York and stayed there.", "New York", []),
        ("y3", "The debate was held at Dunmore College in Kelby, New York, on Monday.", "New York", ["Dunmore College"]),
        ("y4", "The tour visits Boston, Chicago, New York and Dallas in June.", "New York", []),
    ]
    for day, (doc_id, text, name, organisations) in enumerate(texts, 1):
        store.add(analysis(text, id=doc_id, date=dt.date(2025, 3, day), entities=[
            entity(text, "E1", name, "GPE"), *(entity(text, f"E{i}", org, "ORG") for i, org in enumerate(organisations, 2))]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert sorted((e.name, e.documents) for e in kb.entities(name="New York")) == [
        ("New York", 2), ("New York City", 1), ("New York state", 1)]

    def after_town(text: str, not_towns: frozenset[str] = frozenset()) -> bool:
        found = span(text, "New York")
        return is_after_town(text, [(found.start, found.end)], not_towns | {"Brooklyn"})

    assert after_town("stayed at home in Chappaqua, New York, as she prepared") and after_town("on Long Island, New York.")
    assert not after_town("visits Boston, Chicago, New York and Dallas")  # a list's item
    assert not after_town("in Paris, New York and London")  # a list of cities
    assert not after_town("grew up in Brooklyn, New York.")  # a part of the city
    assert not after_town("a deal for Mr Trump, New York was", {"Mr Trump"})  # a person, not a town
    assert not after_town("Meanwhile, New York voted.")  # a sentence's first word


def test_a_neighbour_named_in_most_articles_weighs_little_as_evidence() -> None:
    from dateline.kb.names import name_keys
    from dateline.kb.profiles import CanonicalProfile, EntityEvidence, compare
    from dateline.kb.rules import NeighbourFrequency, kb_rules

    rules = kb_rules().resolution.model_copy(update={"neighbour_frequency": None})
    frequency = NeighbourFrequency(rare_share=0.03, common_share=0.5, min_documents=100)
    assert frequency.weight(3, 542) == 1.0  # a name in 3 of 542 articles: all of the bonus
    assert frequency.weight(300, 542) == 0.0  # in most of them, a country: nothing
    assert 0.0 < frequency.weight(60, 542) < 1.0  # between, falling with the log of its share
    assert frequency.weight(3, 4) == 1.0  # a small store counts its names over min_documents

    # "Quorra" in two articles that share only two names: rare names carry the merge, common ones do not
    mine = EntityEvidence(key="b/E1", document_id="b", name="Quorra", type="PERSON", keys=name_keys("Quorra", [], person=True),
                          mentions=1, neighbours={"veridia|GPE/LOC", "lunar post|ORG"})
    theirs = CanonicalProfile(id=1, name="Quorra", type="PERSON", full_keys={"quorra"}, surnames=set(), documents=1, mentions=1,
                              neighbours={"veridia|GPE/LOC": 1, "lunar post|ORG": 1})
    rare = compare(mine, theirs, rules, lambda key: 1.0)
    common = compare(mine, theirs, rules, lambda key: 0.0 if key.startswith("veridia") else 0.2)
    assert rare is not None and rare.score >= rules.threshold
    assert common is not None and common.score < rules.threshold
    assert common.reasons["common_neighbours"] == {"lunar post": 0.2, "veridia": 0.0}
    assert compare(mine, theirs, rules) == rare  # without a weight, every neighbour counts in full


def test_the_resolver_weighs_a_neighbour_by_the_articles_naming_it(store: Store, nlp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.kb.rules import NeighbourFrequency, kb_rules

    # Veridia is named in every article, the Lunar Post in two of five: one weighs nothing, the other a part
    rules = kb_rules().resolution
    small = NeighbourFrequency(rare_share=0.03, common_share=0.5, min_documents=1)
    monkeypatch.setattr(rules, "neighbour_frequency", small)
    for n in range(1, 6):
        text = "Quorra sang in Veridia for the Lunar Post." if n in (1, 5) else f"The rain fell on Veridia for {n} days."
        people = [entity(text, "E1", "Quorra")] if n in (1, 5) else []
        store.add(analysis(text, id=f"v{n}", date=dt.date(2025, 1, n), entities=[
            *people, entity(text, "E2", "Veridia", "GPE"), *([entity(text, "E3", "Lunar Post", "ORG")] if people else [])]))
    kb = KnowledgeBase(store)
    kb.resolve()
    [_, later] = kb.links("Quorra")
    assert later.reasons["common_neighbours"] == {"lunar post": round(small.weight(1, 4), 2), "veridia": 0.0}


def _people_article(store: Store, doc_id: str, day: int, text: str, *names: str) -> None:
    when = dt.date(2025, 4, day)
    found = [entity(text, f"E{number}", name) for number, name in enumerate(names, 1)]
    store.add(analysis(text, id=doc_id, date=when, entities=found))


def test_a_given_name_alone_listed_among_whole_names_is_a_star_s_name(store: Store, nlp: object) -> None:
    # "Imogen" alone is no evidence of one person, unless each article lists it among others' whole names
    _people_article(store, "m1", 1, "The festival bill features Paul Danner, Imogen and Kit Varga on the main stage.",
                    "Paul Danner", "Imogen", "Kit Varga")
    _people_article(store, "m2", 2, "The festival bill features Tom Ashby and Imogen on the main stage this summer.",
                    "Tom Ashby", "Imogen")
    _people_article(store, "m3", 3, "The festival bill features Imogen on the main stage this summer.", "Imogen")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert sorted(e.documents for e in kb.entities(name="Imogen")) == [1, 2]  # the unlisted one stays apart


def test_a_given_name_listed_only_beside_other_given_names_or_glued_to_a_word_is_no_star_s_name(
    store: Store, nlp: object
) -> None:
    # "her children Maisie and Tom" gives no whole names; "Fat Maisie" is a longer name cut short
    _people_article(store, "k1", 1, "The festival bill features her children Maisie and Tom on the main stage.",
                    "Maisie", "Tom")
    _people_article(store, "k2", 2, "The festival bill features her children Maisie and Tom on the main stage.",
                    "Maisie", "Tom")
    _people_article(store, "k3", 3, "The festival bill features Fat Maisie, Kit Varga on the main stage.",
                    "Maisie", "Kit Varga")
    _people_article(store, "k4", 4, "The festival bill features Fat Maisie, Kit Varga on the main stage.",
                    "Maisie", "Kit Varga")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert [e.documents for e in kb.entities(name="Maisie")] == [1, 1, 1, 1]


def test_a_person_tied_between_copies_of_one_single_name_joins_the_older_one(store: Store, nlp: object) -> None:
    # Two copies of "Zorvana", their contexts too far apart to join; a third article close to both joins the
    # older rather than making a third copy (two people of two names would still be left apart)
    _people_article(store, "z1", 1, "Singer Zorvana played the main stage at the music festival on Sunday night.", "Zorvana")
    _people_article(store, "z2", 2, "Zorvana said the new album had taken three years to record in the studio.", "Zorvana")
    _people_article(store, "z3", 3, "Singer Zorvana played the main stage at the music festival. Zorvana said the new "
                    "album had taken three years to record in the studio.", "Zorvana")
    kb = KnowledgeBase(store)
    kb.resolve()
    copies = {e.id: e.documents for e in kb.entities(name="Zorvana")}
    assert copies == {min(copies): 2, max(copies): 1}, copies


def test_a_stage_name_joins_the_person_also_known_by_a_longer_name(store: Store, nlp: object) -> None:
    # "Zed-Q" is a whole name of its own, no word of "Owen Tarrant" (a lone "Bush" of "George Bush" is one)
    one = "Rapper Zed-Q, whose real name is Owen Tarrant, played the main stage at the festival on Sunday."
    two = "Rapper Zed-Q played the main stage at the festival on Sunday."
    store.add(analysis(one, id="q1", date=dt.date(2025, 4, 1), entities=[entity(one, "E1", "Zed-Q", "PERSON", "Owen Tarrant")]))
    store.add(analysis(two, id="q2", date=dt.date(2025, 4, 2), entities=[entity(two, "E1", "Zed-Q")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Zed-Q").documents == 2


def test_a_given_name_alone_joins_the_one_whole_named_person_of_it_the_store_knows_well(store: Store, nlp: object) -> None:
    # "Isadora" alone is Isadora Quell, named in full in three articles of the same talk, not Isadora Venn (one)
    stage = "played the main stage at the music festival on Sunday night to a crowd of thousands of fans."
    for day in (1, 2, 3):
        _people_article(store, f"g{day}", day, f"Singer Isadora Quell {stage}", "Isadora Quell")
    _people_article(store, "g4", 4, "Isadora Venn, a judge, sentenced the burglar at the crown court on Monday.", "Isadora Venn")
    _people_article(store, "g5", 5, f"Singer Isadora {stage}", "Isadora")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Isadora Quell").documents == 4
    assert "given_name" in [link.rule for link in kb.links("Isadora Quell")]


def test_a_given_name_alone_joins_no_one_when_two_people_of_it_are_as_well_known(store: Store, nlp: object) -> None:
    stage = "played the main stage at the music festival on Sunday night to a crowd of thousands of fans."
    _people_article(store, "h1", 1, f"Singer Isadora Quell {stage}", "Isadora Quell")
    _people_article(store, "h2", 2, f"Singer Isadora Venn {stage}", "Isadora Venn")
    _people_article(store, "h3", 3, f"Singer Isadora {stage}", "Isadora")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert [e.documents for e in kb.entities(name="Isadora")] == [1, 1, 1]


def test_a_given_name_alone_told_in_other_words_or_paired_with_another_joins_no_one(store: Store, nlp: object) -> None:
    # Isadora Quell is the one Isadora of note, but a lone "Isadora" of a sofa and a pizza is told in words too far
    # from hers, and "Isadora and Grace" (a show's title, two given names alone) names no star
    stage = "played the main stage at the music festival on Sunday night to a crowd of thousands of fans."
    _people_article(store, "p1", 1, f"Singer Isadora Quell {stage}", "Isadora Quell")
    _people_article(store, "p2", 2, f"Singer Isadora Quell {stage}", "Isadora Quell")
    _people_article(store, "p3", 3, "Isadora fell asleep on the sofa after the pizza was eaten and the dishes were washed.",
                    "Isadora")
    _people_article(store, "p4", 4, f"The sitcom Isadora and Grace {stage}", "Isadora", "Grace")
    kb = KnowledgeBase(store)
    kb.resolve()
    assert [e.documents for e in kb.entities(name="Isadora")] == [2, 1, 1]


@pytest.mark.parametrize("first", ["short", "long"])
def test_an_event_named_with_and_without_the_word_of_its_field_is_one(store: Store, nlp: object, first: str) -> None:
    # "the Norland Film Festival" and "the Norland Festival" are one festival, whichever comes first; the
    # Norland Jazz Festival, whose shorter name is the same, is another
    names = {"short": "the Norland Festival", "long": "the Norland Film Festival"}
    order = [names[first], *(name for key, name in names.items() if key != first), "the Norland Jazz Festival"]
    for day, name in enumerate(order, start=1):
        text = f"The winners of {name} were named on Sunday."
        store.add(analysis(text, id=f"f{day}", date=dt.date(2025, 2, day), entities=[entity(text, "E1", name, "EVENT")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Norland Film Festival").documents == 2
    assert kb.entity("Norland Jazz Festival").documents == 1
    assert kb.entity("Norland Festival").id == kb.entity("Norland Film Festival").id


def test_a_long_name_spelt_two_ways_is_one_and_a_short_one_is_not() -> None:
    from dateline.kb.names import name_keys

    def spelt(name: str) -> frozenset[str]:
        return name_keys(name, [], person=False).spelt

    assert spelt("Marla Hayden Venn") == spelt("Marla Haden Venn")
    assert spelt("the Norland Skating Asociation") == spelt("Norland Skating Associations")
    assert spelt("the Norland Skating Association") != spelt("the Norland Sailing Association")
    assert not spelt("Jon Venn")  # two words: "John Venn" may be another


def test_an_organisation_s_long_name_misspelt_joins_it(store: Store, nlp: object) -> None:
    one = "The Norland Skating Association met in Leeds on Monday."
    two = "A spokesman for the Norland Skating Asociation said the rink would reopen."
    store.add(analysis(one, id="sk1", date=dt.date(2025, 1, 6), entities=[entity(one, "E1", "The Norland Skating Association", "ORG")]))
    store.add(analysis(two, id="sk2", date=dt.date(2025, 1, 7), entities=[entity(two, "E1", "the Norland Skating Asociation", "ORG")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    assert kb.entity("Norland Skating Association").documents == 2
    assert kb.links("Norland Skating Association")[1].rule == "spelling"
