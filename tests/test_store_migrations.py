"""Upgrading an existing store fills new columns from what it already holds."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

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
