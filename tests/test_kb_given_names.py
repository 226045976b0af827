"""Finding the whole-named people of a given name ("elvis presley" of "elvis") by a prefix of their name keys."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, MetaData, String, Table, create_engine, insert, select

from dateline.kb.resolve import _starting_with

_KEYS = ["elvis", "elvis presley", "elvis costello", "elvisa moon", "elvi sands", "el%is x", "elxis y"]


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_names_starting_with_a_given_name_and_a_space_are_found_and_no_others(dialect: str) -> None:
    # SQLite finds them by a range of its index; other databases by a LIKE, its wildcards escaped in the prefix
    engine = create_engine("sqlite://")
    names = Table("names", MetaData(), Column("key", String, primary_key=True))
    names.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(names), [{"key": key} for key in _KEYS])
        found = {row.key for row in connection.execute(select(names.c.key).where(_starting_with(names.c.key, "elvis ", dialect)))}
        wild = {row.key for row in connection.execute(select(names.c.key).where(_starting_with(names.c.key, "el%is ", dialect)))}
    assert found == {"elvis presley", "elvis costello"}
    assert wild == {"el%is x"}
