"""Upgrading an existing store fills new columns from what it already holds; a current store opens without Alembic."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dateline.errors import StoreError
from dateline.store import Store
from dateline.store import tables as t
from dateline.store.engine import _alembic_config
from tests.builders import analysis, attribution, entity


def _crowd_flags(store: Store) -> dict[str, bool]:
    return {row.local_id: row.crowd for row in store.execute(select(t.attributions.c.local_id, t.attributions.c.crowd))}


def test_upgrading_to_the_crowd_column_reads_the_flag_from_stored_analyses(store_url: str) -> None:
    from alembic import command

    text = "Fans speculate that Ivo Sand is leaving. An insider said he is staying."
    with Store(store_url) as store:
        store.add(analysis(text, id="doc", date=dt.date(2025, 3, 1), entities=[entity(text, "E1", "Ivo Sand")],
                           attributions=[attribution(text, "A1", "Fans", "speculate", crowd=True),
                                         attribution(text, "A2", "An insider", "said", anonymous=True)]))
        assert _crowd_flags(store) == {"A1": True, "A2": False}
        config = _alembic_config()
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
            command.upgrade(config, "head")
        assert _crowd_flags(store) == {"A1": True, "A2": False}


def test_the_schema_head_constant_is_alembics_head() -> None:
    # A store at SCHEMA_HEAD opens without Alembic; a new migration that leaves the constant behind
    # would have every store take Alembic's path on every open (and this test fails first).
    from alembic.script import ScriptDirectory

    from dateline.store.migrations import SCHEMA_HEAD

    assert ScriptDirectory.from_config(_alembic_config()).get_heads() == [SCHEMA_HEAD]


def _revisions(store: Store) -> list[str]:
    with store.engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")]


def test_a_store_one_revision_behind_is_upgraded_on_open(store_url: str) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from dateline.store.migrations import SCHEMA_HEAD

    config = _alembic_config()
    previous = ScriptDirectory.from_config(config).get_revision(SCHEMA_HEAD).down_revision
    assert isinstance(previous, str)
    with Store(store_url) as store:
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, previous)
        assert _revisions(store) == [previous]
    with Store(store_url) as store:
        assert _revisions(store) == [SCHEMA_HEAD]


def test_a_store_newer_than_this_dateline_is_refused(store_url: str) -> None:
    # Alembic's own error came out as a traceback: "CommandError: Can't locate revision identified by '9999'".
    with Store(store_url) as store, store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="at schema revision 9999, newer than this dateline knows"):
        Store(store_url)


def test_a_store_before_the_place_index_gets_it_on_open(store_url: str) -> None:
    """0009 indexes the facts' place, read by /api/facts?entity= for the facts that happened at an entity."""
    from alembic import command
    from sqlalchemy import inspect

    config = _alembic_config()
    with Store(store_url) as store:
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0008")
        assert "ix_facts_place_entity_key" not in {i["name"] for i in inspect(store.engine).get_indexes("facts")}
    with Store(store_url) as store:
        assert "ix_facts_place_entity_key" in {i["name"] for i in inspect(store.engine).get_indexes("facts")}
