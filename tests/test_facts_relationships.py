"""Relationships between people: symmetric facts, and how long states such as a marriage held."""

from __future__ import annotations

from dateline.model import Mention
from tests.builders import entity, span
from tests.facts_support import facts_of, group, people


def test_married_then_divorced_gives_the_marriage_its_validity() -> None:
    text = "Mara Quill married Tomas Brandt in 2011 in Lisbon but the pair divorced two years later."
    mara, tomas = people(text, "Mara Quill", "Tomas Brandt")
    group(text, "the pair", mara, tomas)
    found = facts_of(text, [mara, tomas, entity(text, "G1", "Lisbon", "GPE")])
    married, divorced = found.one("married"), found.one("divorced")
    assert sorted(married.participants) == ["P1", "P2"] and married.object is None
    assert (married.time, married.place) == ("2011", "G1")
    assert (married.valid_from, married.valid_to) == ("2011", "2013")
    # "two years later" is a duration anchored to 2011: the fact takes the point it reaches
    assert divorced.time == "2013" and divorced.time_ref is not None
    assert sorted(divorced.participants) == ["P1", "P2"]


def test_an_ex_spouse_ended_at_an_unknown_time() -> None:
    text = "Mara Quill met her ex-husband, the painter Tomas Brandt, in Lisbon."
    mara, tomas = people(text, "Mara Quill", "Tomas Brandt")
    her = span(text, "her")
    mara.mentions.append(Mention(start=her.start, end=her.end, text="her", kind="pronoun"))
    found = facts_of(text, [mara, tomas, entity(text, "G1", "Lisbon", "GPE")])
    married = found.one("married")
    assert sorted(married.participants) == ["P1", "P2"]
    assert (married.valid_from, married.valid_to) == (None, "PAST_REF")
    met = found.one("met")
    assert sorted(met.participants) == ["P1", "P2"] and met.place == "G1"


def test_a_listed_wife_is_married_to_the_name_before() -> None:
    text = "Ivo Sand, wife Lena Park and producer Tomas Brandt will attend the premiere."
    found = facts_of(text, people(text, "Ivo Sand", "Lena Park", "Tomas Brandt"))
    assert found.named("married") == [(["Ivo Sand", "Lena Park"], None)]


def test_a_girlfriend_is_dating() -> None:
    text = "Tomas Brandt's girlfriend Mara Quill sang at the gala."
    found = facts_of(text, people(text, "Mara Quill", "Tomas Brandt"))
    assert found.named("dating") == [(["Mara Quill", "Tomas Brandt"], None)]


def test_a_symmetric_fact_needs_two_parties() -> None:
    text = "Mara Quill married in 2011."
    assert facts_of(text, people(text, "Mara Quill")).facts == []


def test_a_verb_with_two_parsed_subjects_takes_the_nearest() -> None:
    text = "Mara Quill married Tomas Brandt in 2012. The couple divorced in 2013, and she later moved to Lisbon."
    mara, tomas = people(text, "Mara Quill", "Tomas Brandt")
    group(text, "The couple", mara, tomas)
    mara.mentions.append(Mention(start=text.index("she"), end=text.index("she") + 3, text="she", kind="pronoun"))
    found = facts_of(text, [mara, tomas, entity(text, "L1", "Lisbon", "GPE")])
    assert found.one("divorced").participants == [mara.id, tomas.id]
    assert found.one("moved_to").participants == [mara.id]
