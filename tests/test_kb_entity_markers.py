"""What the resolver marks on an entity to decide merges is no attribute a user is shown."""

from __future__ import annotations

from types import SimpleNamespace

from dateline.kb.entities import canonical_entity


def _row(attributes: dict[str, list[str]]) -> SimpleNamespace:
    return SimpleNamespace(
        id=3, name="Quilla", type="PERSON", documents=1, mentions=2, birth_from=None, birth_to=None,
        profile={"attributes": attributes, "names_seen": {"Quilla": 2}},
    )


def test_a_listed_given_name_and_a_cut_surname_are_not_shown_as_attributes() -> None:
    entity = canonical_entity(_row({"listed": ["quilla"], "cut_from": ["ada quilla"], "heading": ["Quilla"],
                              "gender": ["f"], "occupation": ["singer"]}))
    assert entity.attributes == {"gender": ["f"], "occupation": ["singer"]}
