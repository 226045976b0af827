"""The Dask engine stores the same analyses as the local engine; a missing extra is one line."""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dateline.batch import ingest_items
from dateline.batch.cluster import ingest_items_on_cluster
from dateline.bench.speed import load_corpus
from dateline.cli import app
from dateline.store import Store

ARTICLES = 200


def _stored(store: Store, ids: list[str]) -> dict[str, str]:
    return {document_id: store.analysis(document_id).to_json() for document_id in ids}


@pytest.mark.slow
def test_two_dask_workers_store_what_the_local_engine_stores(news_dev_path: Path, tmp_path: Path, nlp: object) -> None:
    documents = load_corpus(news_dev_path, limit=ARTICLES)
    ids = [document.id for document in documents]
    with Store(str(tmp_path / "local.db")) as local:
        ingest_items(documents, store=local, nlp=nlp)  # type: ignore[arg-type]
        expected = _stored(local, ids)
    shards = tmp_path / "shards"
    with Store(str(tmp_path / "dask.db")) as clustered:
        summary = ingest_items_on_cluster(documents, store=clustered, workers=2, partition_size=25, shards=shards)
        assert (summary.ingested, summary.failed) == (ARTICLES, 0)
        assert _stored(clustered, ids) == expected
        entities = sum(pq.read_metadata(path).num_rows for path in shards.glob("*.entities.parquet"))
        assert entities == clustered.counts()["entities"]
        again = ingest_items_on_cluster(documents, store=clustered, workers=2, partition_size=25)
        assert (again.ingested, again.unchanged) == (0, ARTICLES)


def test_without_the_extra_the_command_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "one.txt"
    corpus.write_text("Maya Lund flew to Oslo on Sunday.\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # importing it now raises ImportError
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "x.db"), "--engine", "dask"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: this needs the 'dask' extra (distributed is not installed): pip install 'dateline[dask]'"
    )
