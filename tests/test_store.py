"""The store on SQLite and PostgreSQL: one transaction per document, idempotent re-ingest, migrations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event

from dateline.errors import DocumentError, InputError, NotFoundError, StoreError
from dateline.model import Analysis, Document, Entity, Evidence, Fact, Mention, Span, Time
from dateline.store import AddOutcome, Store
from dateline.store.engine import upgrade_schema


def _analysis(text: str = "Maya Lund married Oskar Berg in Oslo in 2011.", *, id: str = "doc-1") -> Analysis:
    document = Document.create(text, id=id, date=dt.date(2024, 11, 3), title="Lund weds")
    maya = Entity(id="E1", name="Maya Lund", type="PERSON", mentions=[Mention(start=0, end=9, text="Maya Lund")])
    oskar = Entity(id="E2", name="Oskar Berg", type="PERSON", mentions=[Mention(start=18, end=28, text="Oskar Berg")])
    oslo = Entity(id="E3", name="Oslo", type="GPE", mentions=[Mention(start=32, end=36, text="Oslo")])
    year = Time(id="T1", start=40, end=44, text="2011", type="DATE", value="2011")
    fact = Fact(
        id="F1",
        predicate="married",
        participants=["E1", "E2"],
        place="E3",
        time="2011",
        time_ref="T1",
        trigger=Span(start=10, end=17, text="married"),
        evidence=Evidence(start=0, end=len(text)),
    )
    return Analysis(document=document, entities=[maya, oskar, oslo], times=[year], facts=[fact])


def test_add_then_read_back_the_same_analysis(store: Store) -> None:
    analysis = _analysis()
    assert store.add(analysis) is AddOutcome.ingested
    assert store.analysis("doc-1") == analysis
    counts = store.counts()
    assert (counts["documents"], counts["entities"], counts["facts"], counts["fact_participants"]) == (1, 3, 1, 2)


def test_re_adding_the_same_document_changes_nothing(store: Store) -> None:
    store.add(_analysis())
    before = store.counts()
    assert store.add(_analysis()) is AddOutcome.unchanged
    assert store.counts() == before


def test_reanalyse_replaces_the_rows_of_the_document(store: Store) -> None:
    store.add(_analysis())
    newer = _analysis()
    newer.facts.clear()
    assert store.add(newer, reanalyse=True) is AddOutcome.replaced
    assert store.counts()["facts"] == 0 and store.counts()["entities"] == 3


def test_same_id_with_another_text_is_refused_and_recorded(store: Store) -> None:
    store.add(_analysis())
    with pytest.raises(DocumentError, match="and another text is already stored"):
        store.add(_analysis("Maya Lund left Oslo.", id="doc-1"))
    assert store.analysis("doc-1").document.text.startswith("Maya Lund married")
    assert [error.input for error in store.errors()] == ["doc-1"]


def test_a_failing_document_does_not_undo_the_others_in_its_batch(store: Store) -> None:
    store.add(_analysis())
    results = store.add_many([_analysis("Oskar Berg sang.", id="doc-1"), _analysis(id="doc-2")])
    assert [result.outcome for result in results] == [AddOutcome.failed, AddOutcome.ingested]
    assert store.count_documents() == 2


def test_listings(store: Store) -> None:
    store.add(_analysis())
    store.add(_analysis("Maya Lund met Oskar Berg in Oslo in 2011 at last.", id="doc-2"))
    (summary, _) = store.documents()
    assert (summary.title, summary.entities, summary.facts, summary.words) == ("Lund weds", 3, 1, 9)


def test_missing_document_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no document with id 'nope'"):
        store.analysis("nope")


def test_migrations_create_exactly_the_declared_tables(store_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dateline.store.tables import metadata

    engine = create_engine(store_url)
    upgrade_schema(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert differences == []


def test_unusable_target_is_a_store_error(tmp_path: object) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store("/no/such/folder/x.db")


def test_a_relative_sqlite_url_says_how_to_write_an_absolute_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # sqlite:///tmp/x.db is tmp/x.db under the current folder: "folder .../tmp does not exist" alone puzzled.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match=r"an absolute one takes four slashes: sqlite:////no/such/x\.db\)$"):
        Store("sqlite:///no/such/x.db")


def test_a_folder_given_as_the_store_is_named(tmp_path: Path) -> None:
    # SQLite's own message, "unable to open database file", named neither the folder nor the problem.
    with pytest.raises(StoreError, match=f"^{tmp_path}: is a folder, not a database file$"):
        Store(str(tmp_path))


def test_writing_a_read_only_store_is_one_line_naming_it(tmp_path: Path) -> None:
    # The error carried SQLAlchemy's statement and parameters over four lines.
    path = tmp_path / "news.db"
    store = Store(str(path))
    event.listen(store.engine, "connect", lambda connection, _record: connection.execute("PRAGMA query_only=ON"))
    store.engine.dispose()
    for write in (lambda: store.add(_analysis()), lambda: store.record_error(DocumentError("empty file", input="a.txt"))):
        with pytest.raises(StoreError) as raised:
            write()
        assert str(raised.value) == f"{path}: cannot write (attempt to write a readonly database)"


def test_an_error_met_again_is_listed_once_with_its_count(store: Store) -> None:
    # The same bad batch ingested twice listed every error twice, as if new inputs had failed.
    empty, broken = DocumentError("empty file", input="a.txt"), DocumentError("malformed JSON", input="b.jsonl", location="line 2")
    store.record_errors([empty, broken])
    store.record_errors([empty, broken])
    store.record_error(empty)
    listed = [(error.input, error.location, error.times) for error in store.errors()]
    assert listed == [("a.txt", None, 3), ("b.jsonl", "line 2", 2)]


def test_a_document_is_found_by_the_start_of_its_id(store: Store) -> None:
    # Timelines and threads show a hash id as "46b36f1fd208…", which `dateline show` did not find.
    long_id = "46b36f1fd208e21befa51400f85f54f873a5ba08abd6800149ad2e96b2b29d47"
    for id in (long_id, "vance-1", "vance-10", "vance-11"):
        store.add(_analysis(id=id))
    assert store.document_id("46b36f1fd208…") == store.document_id("46b36f1fd208") == long_id
    assert store.document_id("vance-1") == "vance-1"  # an exact id wins over the ids it starts
    with pytest.raises(InputError, match=r"^several document ids start with 'vance' \(vance-1, vance-10, vance-11\): give more of it$"):
        store.document_id("vance")  # every one of three, no "..." as if there were more
    store.add(_analysis(id="vance-12"))
    with pytest.raises(InputError, match=r"^several document ids start with 'vance' \(vance-1, vance-10, vance-11, \.\.\.\): give more of it$"):
        store.document_id("vance")
    with pytest.raises(NotFoundError, match="no document with id '4'"):
        store.document_id("4")  # too short a start to take for an id
