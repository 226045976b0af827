"""Crash safety: ``dateline ingest`` killed with SIGKILL mid-run, then run again, stores every document once."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.model import Document
from dateline.pipeline import analyse_many
from tests.paths import REPO

pytestmark = pytest.mark.slow

FIRST = ["Maya", "Oskar", "Ines", "Tomas", "Lea", "Ravi", "Nora", "Emil"]
LAST = ["Lund", "Berg", "Varga", "Okafor", "Castell", "Moreau"]
CITIES = ["Oslo", "Lisbon", "Nairobi", "Lyon", "Quito"]
DOCUMENTS = 300


def _corpus(path: Path) -> list[dict[str, str]]:
    people = [f"{first} {last}" for first, last in itertools.product(FIRST, LAST)]
    rows = []
    for number in range(DOCUMENTS):
        one, two = people[number % len(people)], people[(number * 7 + 3) % len(people)]
        city = CITIES[number % len(CITIES)]
        rows.append(
            {
                "id": f"story-{number:03d}",
                "date": "2024-03-01",
                "text": f"{one} met {two} in {city} on Monday. {one} said the talks with {two} went well. "
                f"The two will meet again in {CITIES[(number + 1) % len(CITIES)]} next month, story {number}.",
            }
        )
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return rows


def _count(db: Path, table: str = "documents") -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db, timeout=30) as connection:
        try:
            return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        except sqlite3.OperationalError:  # the schema is not there yet
            return 0


def _command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "dateline", "ingest", str(corpus), "--db", str(db), "--batch-size", "10", "--workers", "2"]


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _gone(group: int, *, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


def test_killed_run_resumes_and_stores_each_document_once(tmp_path: Path, nlp: object) -> None:
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "store.db"
    rows = _corpus(corpus)
    run = subprocess.Popen(
        _command(corpus, db),
        env=_environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 300
        while _count(db) < 20 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert run.poll() is None, "the run ended before it could be killed"
        os.kill(run.pid, signal.SIGKILL)  # the parent only: its workers must notice and end
        run.wait()
        assert _gone(run.pid, within=15), "worker processes outlived the killed ingest"
    finally:
        try:
            os.killpg(run.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    stored_before = _count(db)
    assert 20 <= stored_before < DOCUMENTS

    resumed = subprocess.run(
        _command(corpus, db), env=_environment(), capture_output=True, text=True, timeout=600, check=False
    )
    assert resumed.returncode == 0, resumed.stderr
    lines = resumed.stdout.splitlines()
    assert lines[0] == f"{DOCUMENTS - stored_before} ingested, {stored_before} unchanged, 0 replaced, 0 failed"
    assert f"{stored_before} already stored, skipped (a resumed or repeated run)" in lines

    documents = [Document.create(row["text"], id=row["id"], date=dt.date(2024, 3, 1)) for row in rows]
    analyses = list(analyse_many(documents, nlp=nlp))  # type: ignore[arg-type]
    assert _count(db) == DOCUMENTS
    assert _count(db, "entities") == sum(len(a.entities) for a in analyses)  # type: ignore[union-attr]
    assert _count(db, "mentions") == sum(len(e.mentions) for a in analyses for e in a.entities)  # type: ignore[union-attr]
    assert _count(db, "ingest_errors") == 0
