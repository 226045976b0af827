"""Who asserts a fact and how: the attribution whose content holds it, its commitment, the crowd."""

from __future__ import annotations

from dateline.model import Attribution, AttributionSource, Factuality
from tests.builders import entity, span
from tests.facts_support import facts_of, group, people


def _reported(text: str, id: str, source: str, cue: str, content: str, *, commitment: str = "stated",
              negative: bool = False) -> Attribution:
    src = span(text, source)
    return Attribution(
        id=id,
        kind="indirect",
        source=AttributionSource(start=src.start, end=src.end, text=source, anonymous=True),
        cue=span(text, cue),
        content=[span(text, content)],
        factuality=Factuality(polarity="negative" if negative else "positive", commitment=commitment),
    )


def test_a_fact_in_reported_speech_is_the_source_s() -> None:
    text = "An insider said that Mara Quill will star in The Glass Harbour. Ivo Sand directed it."
    content = "that Mara Quill will star in The Glass Harbour"
    attribution = _reported(text, "A1", "An insider", "said", content)
    entities = [*people(text, "Mara Quill", "Ivo Sand"), entity(text, "W1", "The Glass Harbour", "WORK")]
    found = facts_of(text, entities, attributions=[attribution])
    assert found.one("cast_in").asserted_by == "A1"
    assert all(fact.asserted_by == "author" for fact in found.facts if fact.predicate != "cast_in")


def test_a_denial_makes_the_fact_negative_but_not_a_description_in_it() -> None:
    text = "Sources denied that Mara Quill's husband Tomas Brandt was nominated for best film."
    content = "that Mara Quill's husband Tomas Brandt was nominated for best film"
    attribution = _reported(text, "A1", "Sources", "denied", content, commitment="denied", negative=True)
    found = facts_of(text, people(text, "Mara Quill", "Tomas Brandt"), attributions=[attribution])
    nominated, married = found.one("nominated"), found.one("married")
    assert (nominated.polarity, nominated.asserted_by) == ("negative", "A1")
    assert married.polarity == "positive"  # the denial is about the nomination, not the marriage


def test_a_crowd_speculating_about_a_pair_is_a_possible_romance() -> None:
    text = "Mara Quill and Tomas Brandt set tongues wagging in Lisbon."
    cue, source = span(text, "set tongues wagging"), span(text, "tongues")
    crowd = Attribution(
        id="A1", kind="indirect", cue=cue,
        source=AttributionSource(
            start=source.start, end=source.end, text="tongues", anonymous=True, crowd=True
        ),
        factuality=Factuality(certainty="possible", commitment="speculated"),
    )
    fact = facts_of(text, people(text, "Mara Quill", "Tomas Brandt"), attributions=[crowd]).one("romance")
    assert sorted(fact.participants) == ["P1", "P2"]
    assert (fact.polarity, fact.certainty, fact.asserted_by) == ("positive", "possible", "A1")


def test_a_hedged_casting_is_possible() -> None:
    text = "Mara Quill may star in The Glass Harbour."
    found = facts_of(text, [*people(text, "Mara Quill"), entity(text, "W1", "The Glass Harbour", "WORK")])
    fact = found.facts[0]
    assert (fact.predicate, fact.certainty) == ("cast_in", "possible")
    assert [cue.text for cue in fact.cues] == ["may"]


def test_a_negated_clause_reported_by_a_neutral_cue_stays_negative() -> None:
    text = "Mara Quill is not dating Tomas Brandt, her spokesman Ivo Sand said."
    content = "Mara Quill is not dating Tomas Brandt"
    attribution = _reported(text, "A1", "her spokesman Ivo Sand", "said", content, negative=True)
    found = facts_of(text, people(text, "Mara Quill", "Tomas Brandt", "Ivo Sand"), attributions=[attribution])
    dating = found.one("dating")
    assert (dating.polarity, dating.asserted_by) == ("negative", "A1")


def test_a_trigger_word_inside_crowd_speculation_is_not_a_second_fact() -> None:
    text = "Mara Quill met Tomas Brandt in June. The pair sparked romance rumours at the festival."
    crowd = Attribution(
        id="A1",
        kind="indirect",
        source=AttributionSource(start=text.index("rumours"), end=text.index("rumours") + 7, text="rumours",
                                 anonymous=True, crowd=True),
        cue=span(text, "sparked romance rumours"),
        content=[],
        factuality=Factuality(certainty="possible", commitment="speculated"),
    )
    mara, tomas = people(text, "Mara Quill", "Tomas Brandt")
    group(text, "The pair", mara, tomas)
    found = facts_of(text, [mara, tomas], attributions=[crowd])
    romances = [fact for fact in found.facts if fact.predicate == "romance"]
    assert [(fact.asserted_by, fact.certainty) for fact in romances] == [("A1", "possible")]



def test_a_description_in_reported_speech_is_the_author_s_wording() -> None:
    text = "Mara Quill said Ivo Sand's wife Ana Lind will star in The Glass Harbour."
    content = "Ivo Sand's wife Ana Lind will star in The Glass Harbour"
    attribution = _reported(text, "A1", "Mara Quill", "said", content)
    entities = [*people(text, "Mara Quill", "Ivo Sand", "Ana Lind"), entity(text, "W1", "The Glass Harbour", "WORK")]
    found = facts_of(text, entities, attributions=[attribution])
    assert found.one("cast_in").asserted_by == "A1"  # what she reports is hers
    assert found.one("married").asserted_by == "author"  # "Ivo Sand's wife" is how the reporter names her


def test_a_description_inside_a_quotation_or_predicated_stays_the_speaker_s() -> None:
    text = 'Mara Quill said: "Ivo Sand\'s wife Ana Lind is a star." Tomas Brandt said Ana Lind is Ivo Sand\'s wife.'
    quoted = _reported(text, "A1", "Mara Quill", "said", '"Ivo Sand\'s wife Ana Lind is a star."')
    claimed = _reported(text, "A2", "Tomas Brandt", "said", "Ana Lind is Ivo Sand's wife")
    entities = people(text, "Mara Quill", "Ivo Sand", "Ana Lind", "Tomas Brandt")
    found = facts_of(text, entities, attributions=[quoted, claimed])
    married = [fact for fact in found.facts if fact.predicate == "married"]
    assert sorted(fact.asserted_by for fact in married) == ["A1", "A2"]


def test_a_hyphenated_description_in_reported_speech_is_the_author_s_too() -> None:
    text = "Ivo Sand said Oscar-winning director Mara Quill will film The Glass Harbour in Lisbon."
    content = "Oscar-winning director Mara Quill will film The Glass Harbour in Lisbon"
    attribution = _reported(text, "A1", "Ivo Sand", "said", content)
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"), attributions=[attribution])
    assert found.one("won_award").asserted_by == "author"


def test_a_fact_reported_inside_a_nested_attribution_is_no_more_certain_than_the_outer_one() -> None:
    text = "Mara Quill would not say that she believes Ivo Sand was born in Lisbon."
    outer = _reported(text, "A1", "Mara Quill", "would not say", "that she believes Ivo Sand was born in Lisbon")
    outer.factuality.certainty = "possible"
    inner = _reported(text, "A2", "she", "believes", "Ivo Sand was born in Lisbon", commitment="believed")
    inner.factuality.certainty, inner.parent = "probable", "A1"
    entities = [*people(text, "Mara Quill", "Ivo Sand"), entity(text, "L1", "Lisbon", "GPE")]
    born = facts_of(text, entities, attributions=[outer, inner]).one("born_in")
    assert (born.asserted_by, born.polarity, born.certainty) == ("A2", "positive", "possible")


def test_a_fact_inside_a_plainly_reported_belief_keeps_the_belief_s_certainty() -> None:
    text = "Mara Quill said that she believes Ivo Sand was born in Lisbon."
    outer = _reported(text, "A1", "Mara Quill", "said", "that she believes Ivo Sand was born in Lisbon")
    inner = _reported(text, "A2", "she", "believes", "Ivo Sand was born in Lisbon", commitment="believed")
    inner.factuality.certainty, inner.parent = "probable", "A1"
    entities = [*people(text, "Mara Quill", "Ivo Sand"), entity(text, "L1", "Lisbon", "GPE")]
    born = facts_of(text, entities, attributions=[outer, inner]).one("born_in")
    assert (born.asserted_by, born.certainty, [cue.text for cue in born.cues]) == ("A2", "probable", ["believes"])


def test_a_participle_describing_a_noun_in_reported_speech_is_the_author_s() -> None:
    text = "Ivo Sand said that the film, directed by Mara Quill, would open in May."
    content = "the film, directed by Mara Quill, would open in May"
    attribution = _reported(text, "A1", "Ivo Sand", "said", content)
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"), attributions=[attribution])
    assert found.one("develops").asserted_by == "author"


def test_a_clause_of_its_own_on_a_noun_stays_the_speaker_s() -> None:
    text = "Ivo Sand said that rumours that Mara Quill was born in Lisbon were false."
    content = "rumours that Mara Quill was born in Lisbon were false"
    attribution = _reported(text, "A1", "Ivo Sand", "said", content)
    entities = [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "G1", "Lisbon", "GPE")]
    found = facts_of(text, entities, attributions=[attribution])
    assert [fact.asserted_by for fact in found.facts if fact.predicate == "born_in"] == ["A1"]


def test_a_debate_moderator_named_in_reported_speech_is_the_author_s_description() -> None:
    text = "Ivo Sand complained that debate moderator Mara Quill had been unfair."
    content = "debate moderator Mara Quill had been unfair"
    attribution = _reported(text, "A1", "Ivo Sand", "complained", content)
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"), attributions=[attribution])
    assert found.one("attended").asserted_by == "author"
