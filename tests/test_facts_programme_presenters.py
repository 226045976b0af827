"""A programme's presenter attends nothing; a ceremony's presenter attends it."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_programme_s_presenter_attends_nothing() -> None:
    text = "The panel included Night Owls presenter Mara Quill and two critics."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Night Owls", "WORK")]
    assert facts_of(text, entities).named("attended") == []


def test_a_ceremony_s_presenter_attends_it() -> None:
    text = "Harbour Awards presenter Mara Quill arrived late."
    entities = [*people(text, "Mara Quill"), entity(text, "E1", "Harbour Awards", "EVENT")]
    assert facts_of(text, entities).named("attended") == [(["Mara Quill"], "Harbour Awards")]


def test_a_presenter_at_a_ceremony_attends_it() -> None:
    text = "Mara Quill was a presenter at the Harbour Awards."
    entities = [*people(text, "Mara Quill"), entity(text, "E1", "Harbour Awards", "EVENT")]
    assert facts_of(text, entities).named("attended") == [(["Mara Quill"], "Harbour Awards")]


def _ceremonies(text: str, *names: str) -> list:  # type: ignore[type-arg]
    found = [*people(text, "Mara Quill", "Ivo Sand")]
    return found + [entity(text, f"E{n}", name, "EVENT") for n, name in enumerate(names, start=1)]


def test_presenting_an_award_is_attending_the_ceremony_the_article_named_before() -> None:
    text = "The Harbour Awards take place on Sunday. Mara Quill and Ivo Sand will also present prizes."
    found = facts_of(text, _ceremonies(text, "Harbour Awards"))
    assert sorted(found.named("attended")) == [(["Ivo Sand"], "Harbour Awards"), (["Mara Quill"], "Harbour Awards")]


def test_a_presenter_attends_the_ceremony_named_last_before_the_award() -> None:
    text = "The Coast Awards were last week. At the Harbour Awards, hosts changed. Mara Quill presented the award."
    found = facts_of(text, _ceremonies(text, "Coast Awards", "Harbour Awards"))
    assert found.named("attended") == [(["Mara Quill"], "Harbour Awards")]


def test_a_presenter_attends_the_only_ceremony_named_after_the_award() -> None:
    text = "Mara Quill, who presented the best actress award, said it was long. The Harbour Awards ended late."
    found = facts_of(text, _ceremonies(text, "Harbour Awards"))
    assert found.named("attended") == [(["Mara Quill"], "Harbour Awards")]


def test_presenting_no_award_or_at_no_named_ceremony_is_no_attendance() -> None:
    for text in (
        "The Harbour Awards were held on Sunday. Mara Quill presented the show for ten years.",
        "The Harbour Awards were held on Sunday. Mara Quill presented her case to the court.",
        "Mara Quill presented the best actress award.",
    ):
        assert facts_of(text, _ceremonies(text, "Harbour Awards")).named("attended") == [], text


def test_one_set_to_bestow_an_award_is_a_probable_presenter() -> None:
    text = "Ivo Sand is set to bestow an award at the Harbour Awards."
    fact = facts_of(text, _ceremonies(text, "Harbour Awards")).one("attended")
    assert fact.certainty == "probable"


def test_each_guest_or_presenter_a_ceremony_included_attended_it() -> None:
    text = "Guests at the ceremony included Mara Quill and Ivo Sand."
    assert sorted(facts_of(text, _ceremonies(text)).named("attended")) == [
        (["Ivo Sand"], "ceremony"), (["Mara Quill"], "ceremony")
    ]
    text = "Presenters at the Harbour Awards include Mara Quill and Ivo Sand."
    found = facts_of(text, [*people(text, "Mara Quill", "Ivo Sand"), entity(text, "O1", "Harbour Awards", "ORG")])
    assert sorted(found.named("attended")) == [(["Ivo Sand"], "Harbour Awards"), (["Mara Quill"], "Harbour Awards")]


def test_a_ceremony_typed_as_an_organisation_employs_no_presenter() -> None:
    text = "Mara Quill was a presenter at the Harbour Awards."
    found = facts_of(text, [*people(text, "Mara Quill"), entity(text, "O1", "Harbour Awards", "ORG")])
    assert found.named("works_for") == []


def test_guests_of_no_named_gathering_attended_nothing() -> None:
    for text in ("Guests included Mara Quill.", "The show featured guests including Mara Quill.",
                 "Guests at the hotel included Mara Quill."):
        assert facts_of(text, _ceremonies(text)).named("attended") == [], text
