"""Parquet shards: analyses round-trip through them; entity and fact rows are typed tables."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.batch.shards import read_partition, read_shard, write_partition, write_shard
from dateline.errors import DocumentError
from dateline.model import Analysis, Document, Entity, Evidence, Fact, Mention, Span

TEXT = "Maya Lund joined Tarn Records in Oslo."


def _analysis() -> Analysis:
    document = Document.create(TEXT, id="d1")
    return Analysis(
        document=document,
        entities=[
            Entity(id="E1", name="Maya Lund", type="PERSON", mentions=[Mention(start=0, end=9, text="Maya Lund")]),
            Entity(id="E2", name="Tarn Records", type="ORG", aliases=["Tarn"], mentions=[Mention(start=17, end=29, text="Tarn Records")]),
        ],
        facts=[
            Fact(
                id="F1",
                predicate="join",
                participants=["E1"],
                object="E2",
                trigger=Span(start=10, end=16, text="joined"),
                evidence=Evidence(start=0, end=len(TEXT)),
                arguments={"role": "singer"},
            )
        ],
    )


def test_analyses_and_errors_come_back_in_order(tmp_path: Path) -> None:
    analysis = _analysis()
    failure = DocumentError("analysis failed: ValueError: bad", input="d2")
    write_shard([analysis, failure], stem=tmp_path / "part-1")
    first, second = read_shard(tmp_path / "part-1")
    assert first == analysis
    assert isinstance(second, DocumentError) and (second.input, second.reason) == ("d2", "analysis failed: ValueError: bad")


def test_entity_and_fact_tables_hold_store_rows(tmp_path: Path) -> None:
    write_shard([_analysis()], stem=tmp_path / "part-1")
    entities = pq.read_table(tmp_path / "part-1.entities.parquet")
    assert entities.column("key").to_pylist() == ["d1/E1", "d1/E2"]
    assert [json.loads(value) for value in entities.column("aliases").to_pylist()] == [[], ["Tarn"]]
    facts = pq.read_table(tmp_path / "part-1.facts.parquet")
    assert facts.column("object_entity_key").to_pylist() == ["d1/E2"]
    assert facts.schema.field("trigger_start").type == pa.int64()
    assert json.loads(facts.column("arguments")[0].as_py()) == {"role": "singer"}


def test_an_empty_shard_has_the_same_columns(tmp_path: Path) -> None:
    write_shard([_analysis()], stem=tmp_path / "full")
    write_shard([], stem=tmp_path / "empty")
    for table in ("analyses", "entities", "facts"):
        full = pq.read_schema(tmp_path / f"full.{table}.parquet")
        assert pq.read_schema(tmp_path / f"empty.{table}.parquet").equals(full)


def test_partitions_keep_documents_exactly(tmp_path: Path) -> None:
    documents = [Document.create(TEXT, id="d1"), Document.create("Oskar Berg left.\n\nHe  said so.", id="d2")]
    write_partition(documents, tmp_path / "part.jsonl")
    assert read_partition(tmp_path / "part.jsonl") == documents
    assert not list(tmp_path.glob("*.partial"))
