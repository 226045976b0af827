"""JSON Lines input (the news-dev format)."""

from __future__ import annotations

import datetime as dt
import io
import json

from dateline.errors import DocumentError
from dateline.ingest import read_jsonl
from dateline.model import Document


def _lines(*records: object) -> io.BytesIO:
    text = "\n".join(record if isinstance(record, str) else json.dumps(record) for record in records)
    return io.BytesIO(text.encode())


def test_records_become_documents_with_their_fields() -> None:
    stream = _lines(
        {"id": "n-1", "title": "Lund wins", "date": "2024-11-03", "source": "Fjord Times", "text": "Maya Lund won."},
        {"id": "n-2", "title": None, "date": None, "source": "Fjord Times", "text": "Oskar Berg lost."},
    )
    first, second = read_jsonl(stream, input="news.jsonl")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.title, first.date, first.source) == ("n-1", "Lund wins", dt.date(2024, 11, 3), "Fjord Times")
    assert second.date is None and second.title is None


def test_record_without_id_gets_the_text_hash() -> None:
    (document,) = read_jsonl(_lines({"text": "Maya Lund won."}), input="news.jsonl")
    assert isinstance(document, Document)
    assert len(document.id) == 64


def test_malformed_line_is_reported_with_its_number_and_the_rest_goes_on() -> None:
    stream = _lines({"id": "a", "text": "Maya Lund won."}, '{"id": "b", "text": ', "", {"id": "c", "text": "Oskar lost."})
    items = list(read_jsonl(stream, input="news.jsonl"))
    assert [getattr(item, "id", None) for item in items] == ["a", None, "c"]
    error = items[1]
    assert isinstance(error, DocumentError)
    assert str(error).startswith("news.jsonl (line 2): malformed JSON")


def test_bad_date_and_missing_text_are_errors_of_their_line() -> None:
    stream = _lines({"id": "a", "date": "2025-13-45", "text": "x y"}, {"id": "b", "date": "2024-01-01"}, [1, 2])
    errors = list(read_jsonl(stream, input="news.jsonl"))
    assert [str(error) for error in errors] == [
        "news.jsonl (line 1): invalid date '2025-13-45': month must be in 1..12",
        "news.jsonl (line 2): missing 'text' (a string)",
        "news.jsonl (line 3): expected a JSON object",
    ]


def test_invalid_utf8_in_a_line_names_the_byte_offset() -> None:
    stream = io.BytesIO(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n')
    good, bad = read_jsonl(stream, input="news.jsonl")
    assert isinstance(good, Document)
    assert isinstance(bad, DocumentError)
    assert "line 2" in str(bad) and "invalid UTF-8 at byte offset 24" in str(bad)
