"""A .json file: one article object, or an array of them (it was read as plain text)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from dateline.errors import DocumentError
from dateline.ingest import expand_paths, iter_documents, read_stream
from dateline.model import Document


def _items(tmp_path: Path, name: str, content: str) -> list[Document | DocumentError]:
    path = tmp_path / name
    path.write_text(content)
    return list(iter_documents([str(path)]))


def test_an_array_of_articles_gives_one_document_each(tmp_path: Path) -> None:
    articles = [{"id": "a", "date": "2024-11-03", "text": "Maya Lund arrived."}, {"id": "b", "text": "Oskar Berg left."}]
    items = _items(tmp_path, "articles.json", json.dumps(articles, indent=2))
    assert [(item.id, item.text) for item in items if isinstance(item, Document)] == [
        ("a", "Maya Lund arrived."), ("b", "Oskar Berg left.")
    ]


def test_one_object_over_several_lines_is_one_document(tmp_path: Path) -> None:
    (item,) = _items(tmp_path, "one.json", json.dumps({"id": "a", "text": "Maya Lund arrived."}, indent=2))
    assert isinstance(item, Document) and item.id == "a"


def test_bad_items_are_errors_naming_their_place_and_the_rest_goes_in(tmp_path: Path) -> None:
    first, second, third = _items(tmp_path, "mixed.json", '[{"id": "a", "text": "Maya Lund arrived."}, {"text": ""}, 5]')
    assert isinstance(first, Document)
    assert str(second) == f"{tmp_path / 'mixed.json'} (item 2): no text (empty or whitespace only)"
    assert str(third) == f"{tmp_path / 'mixed.json'} (item 3): expected a JSON object with 'text'"


def test_malformed_and_empty_json_are_one_error_each(tmp_path: Path) -> None:
    (broken,) = _items(tmp_path, "broken.json", '{"id": 1,')
    assert isinstance(broken, DocumentError) and "malformed JSON" in broken.reason and "line 1" in broken.reason
    (empty,) = _items(tmp_path, "empty.json", "[]")
    assert isinstance(empty, DocumentError) and empty.reason == "empty JSON array (no articles)"


def test_json_lines_under_a_json_name_are_read_as_json_lines(tmp_path: Path) -> None:
    lines = "\n".join(json.dumps({"id": key, "text": "Maya Lund arrived."}) for key in "ab") + "\n"
    assert [getattr(item, "id", None) for item in _items(tmp_path, "lines.json", lines)] == ["a", "b"]


def test_an_array_on_standard_input_is_sniffed_but_a_bracketed_text_is_text() -> None:
    array = io.BufferedReader(io.BytesIO(b'[{"id": "a", "text": "Maya Lund arrived."}]'))
    assert [getattr(item, "id", None) for item in read_stream(array, input="<stdin>")] == ["a"]
    text = io.BufferedReader(io.BytesIO(b"[Updated] Maya Lund arrived."))
    (document,) = read_stream(text, input="<stdin>")
    assert isinstance(document, Document) and document.text == "[Updated] Maya Lund arrived."


def test_an_object_over_several_lines_on_standard_input_is_one_document() -> None:
    """`dateline show ID | dateline ingest -` gave one "malformed JSON" error per line (read as JSON Lines)."""
    spread = json.dumps({"id": "a", "text": "Maya Lund arrived."}, indent=2).encode()
    (document,) = read_stream(io.BufferedReader(io.BytesIO(spread)), input="<stdin>")
    assert isinstance(document, Document) and document.id == "a"
    lines = b'{"id": "a", "text": "Maya Lund arrived."}\n{"id": "b", "text": "Oskar Berg left."}\n'
    assert [getattr(item, "id", None) for item in read_stream(io.BufferedReader(io.BytesIO(lines)), input="<stdin>")] == ["a", "b"]


def test_folders_are_walked_for_json_files(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("[]")
    assert [Path(name).name for name in expand_paths([str(tmp_path)])] == ["a.json"]


def test_an_analysis_is_read_as_its_document(tmp_path: Path) -> None:
    """`dateline extract a.txt > a.json` then `dateline ingest a.json` answered "missing 'text'"."""
    article = {"id": "a", "title": "Arrival", "date": "2024-11-03", "source": "The Ledger", "url": None,
               "sha256": "0" * 64, "text": "Maya Lund arrived."}
    analysis = {"schema": "dateline.analysis/1", "document": article, "entities": [], "facts": []}
    (one,) = _items(tmp_path, "a.json", json.dumps(analysis, indent=2))
    (line,) = _items(tmp_path, "a.jsonl", json.dumps(analysis) + "\n")
    for item in (one, line):
        assert isinstance(item, Document)
        assert (item.id, item.title, str(item.date), item.source, item.text) == (
            "a", "Arrival", "2024-11-03", "The Ledger", "Maya Lund arrived.")


def test_an_object_with_a_document_but_no_analysis_schema_still_needs_text(tmp_path: Path) -> None:
    (item,) = _items(tmp_path, "a.json", json.dumps({"document": {"text": "Maya Lund arrived."}}))
    assert isinstance(item, DocumentError) and "missing 'text'" in str(item)


def test_a_knowledge_base_export_fed_back_says_it_holds_no_article_text(tmp_path: Path) -> None:
    exported = {"documents": [{"id": "a", "title": "Lund"}], "entities": [], "facts": []}
    linked = {"@context": {}, "@graph": [{"@id": "dl:document/a"}]}
    for name, content in (("kb.json", exported), ("kb.jsonld", linked)):
        (item,) = _items(tmp_path, name, json.dumps(content))
        assert isinstance(item, DocumentError) and "knowledge-base export (dateline export)" in str(item), name


def test_one_fact_as_dateline_show_prints_it_says_it_holds_only_its_sentence(tmp_path: Path) -> None:
    shown = {"document": {"id": "a", "title": "Lund"}, "fact": {"id": "F1"}, "evidence": "Maya Lund arrived.",
             "attribution": None}
    (item,) = _items(tmp_path, "fact.json", json.dumps(shown))
    assert isinstance(item, DocumentError)
    assert "one fact as dateline show DOC/F3 prints it holds only its sentence" in str(item)
