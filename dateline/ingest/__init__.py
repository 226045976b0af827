"""Ingest: reading articles from text, JSON, JSON Lines and HTML files, folders, globs and stdin."""

from dateline.ingest.readers import (
    decode_text,
    document_from_record,
    parse_date,
    read_html,
    read_json,
    read_jsonl,
    read_text,
)
from dateline.ingest.sources import InputItem, expand_paths, iter_documents, read_path, read_stream

__all__ = [
    "InputItem",
    "decode_text",
    "document_from_record",
    "expand_paths",
    "iter_documents",
    "parse_date",
    "read_html",
    "read_json",
    "read_jsonl",
    "read_path",
    "read_stream",
    "read_text",
]
