"""Shared fixtures: the spaCy pipeline, stores on SQLite and PostgreSQL, paths to shared data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.store import Store
from tests.paths import NEWS_DEV, SEED


def pytest_configure(config: pytest.Config) -> None:
    # In CI the PostgreSQL server must be there: a skipped backend would hide a broken store.
    if os.environ.get("DATELINE_REQUIRE_POSTGRES") and not os.environ.get("DATELINE_TEST_POSTGRES"):
        raise pytest.UsageError("DATELINE_REQUIRE_POSTGRES is set but DATELINE_TEST_POSTGRES is not")


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from dateline.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def attributions(nlp):  # type: ignore[no-untyped-def]
    """The attribution stage on a text, with the entities it needs found first."""
    from dateline.stages.attribution import find_attributions
    from dateline.stages.entities import find_entities

    def run(text: str):  # type: ignore[no-untyped-def]
        doc = nlp(text)
        return find_attributions(doc, entities=find_entities(doc))

    return run


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("the seed article is not in ../shared")
    return SEED


@pytest.fixture
def news_dev_path() -> Path:
    if not NEWS_DEV.exists():
        pytest.skip("news-dev is not in ../shared")
    return NEWS_DEV


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store URL: an SQLite file, or the test PostgreSQL database wiped clean."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    url = os.environ.get("DATELINE_TEST_POSTGRES")
    if not url:
        pytest.skip("DATELINE_TEST_POSTGRES is not set")
    _reset_postgres(url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as opened:
        yield opened


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    with Store(str(tmp_path / "test.db")) as opened:
        yield opened
