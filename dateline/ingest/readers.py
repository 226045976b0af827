"""Readers: bytes of one input in a known format -> documents.

Every reader raises :class:`~dateline.errors.DocumentError` naming the input (and the line, for
JSON Lines) when a document is invalid; a JSON Lines reader yields the error in place of the bad
line and goes on with the next one.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping

from dateline.config import max_chars
from dateline.errors import DocumentError
from dateline.model import SCHEMA_ID, Document

__all__ = ["decode_html", "decode_text", "parse_date", "read_html", "read_json", "read_jsonl", "read_text"]

# " date 2025-04-17 ANA de Armas and ..." : the header and the text on one line.
_INLINE_DATE = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]+(?=\S)", re.IGNORECASE)
_HEADER_LINE = re.compile(r"\A(date|title|source|url|id)[ \t]*:[ \t]*(.*?)[ \t]*\Z", re.IGNORECASE)


def decode_text(data: bytes, *, input: str) -> str:
    """Decode ``data`` as UTF-8 (a BOM is dropped); refuse binary data with a clear reason."""
    if not data:
        raise DocumentError("empty file", input=input)
    if b"\x00" in data[:8192]:
        raise DocumentError("binary file, not text (contains NUL bytes)", input=input)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"invalid UTF-8 at byte offset {error.start} ({error.reason})", input=input
        ) from error


#: The years a document date may have. Relative times are anchored to it in four-digit TIMEX3 years:
#: "yesterday" of 0001-01-01 (a common placeholder for no date) or "tomorrow" of 9999-12-31 failed the
#: analysis with an OverflowError, and "next year" of 9999 gave "10000".
YEARS = (1000, 8999)


def parse_date(value: object, *, input: str, location: str | None = None) -> dt.date | None:
    """An ISO date ``YYYY-MM-DD`` (a longer ISO timestamp keeps its date part); null stays null."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise DocumentError(f"date must be a string 'YYYY-MM-DD', not {value!r}", input=input, location=location)
    text = value.strip()
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?", text)
    if not match:
        raise DocumentError(f"invalid date {text!r}: expected YYYY-MM-DD", input=input, location=location)
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as error:
        raise DocumentError(f"invalid date {text!r}: {error}", input=input, location=location) from error
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise DocumentError(
            f"invalid date {text!r}: the year must be from {YEARS[0]} to {YEARS[1]} (a placeholder for no date?)",
            input=input,
            location=location,
        )
    return day


def _checked_text(text: str, *, input: str, location: str | None = None) -> str:
    if not text.strip():
        raise DocumentError("no text (empty or whitespace only)", input=input, location=location)
    limit = max_chars()
    if len(text) > limit:
        raise DocumentError(
            f"text is {len(text):,} characters, over the limit of {limit:,} (DATELINE_MAX_CHARS)",
            input=input,
            location=location,
        )
    return text


def _split_header(content: str) -> tuple[dict[str, str], str]:
    inline = _INLINE_DATE.match(content)
    if inline:
        return {"date": inline[1]}, content[inline.end() :]
    lines = content.lstrip("\n").split("\n")
    fields: dict[str, str] = {}
    for index, line in enumerate(lines):
        match = _HEADER_LINE.match(line)
        if not match:
            # The header ends at a blank line or at the text's first line: without the blank line, the
            # title and date were kept in the text and the article went in undated, without a word.
            body = lines[index + 1 :] if not line.strip() else lines[index:]
            return (fields, "\n".join(body)) if fields else ({}, content)
        fields[match[1].lower()] = match[2]
    return fields, ""


def read_text(data: bytes, *, input: str) -> Document:
    """A plain-text article with an optional header.

    The header is either the one-line form ``date 2025-04-17 Text starts here...`` or ``key: value``
    lines (``date``, ``title``, ``source``, ``url``, ``id``) at the top, usually followed by a blank line.
    """
    content = decode_text(data, input=input).replace("\r\n", "\n")
    fields, body = _split_header(content)
    body = _checked_text(body.strip(), input=input)
    return Document.create(
        body,
        id=fields.get("id") or None,
        title=fields.get("title") or None,
        date=parse_date(fields.get("date"), input=input),
        source=fields.get("source") or None,
        url=fields.get("url") or None,
    ).found_in(input)


def document_from_record(record: Mapping[str, object], *, input: str, location: str | None = None) -> Document:
    """A document from a JSON object with ``text`` and optional ``id, title, date, source, url``.

    An analysis (``dateline extract``, ``dateline show``, the REST API) is read as its document: fed
    back to ``ingest`` it answered "missing 'text'", though it holds the article whole.
    """
    record = _article_of(record)
    text = record.get("text")
    if not isinstance(text, str):
        raise DocumentError(_no_text_reason(record), input=input, location=location)
    text = _checked_text(text, input=input, location=location)

    def optional(key: str) -> str | None:
        value = record.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str | int):
            raise DocumentError(f"'{key}' must be a string", input=input, location=location)
        return str(value)

    return Document.create(
        text,
        id=optional("id"),
        title=optional("title"),
        date=parse_date(record.get("date"), input=input, location=location),
        source=optional("source"),
        url=optional("url"),
    ).found_in(input, location)


def _no_text_reason(record: Mapping[str, object]) -> str:
    # A knowledge-base export fed back to ingest answered "missing 'text'", as if the file were broken.
    if "@graph" in record or {"documents", "entities", "facts"} <= record.keys():
        return (
            "a knowledge-base export (dateline export) holds no article text: ingest the articles, "
            "or analyses as dateline show prints them"
        )
    if {"document", "fact", "evidence"} <= record.keys():  # `dateline show DOC/F3`: it said "missing 'text'"
        return (
            "one fact as dateline show DOC/F3 prints it holds only its sentence: ingest the article's analysis "
            "(dateline show DOC)"
        )
    return "missing 'text' (a string)"


def _article_of(record: Mapping[str, object]) -> Mapping[str, object]:
    document = record.get("document")
    if record.get("schema") == SCHEMA_ID and isinstance(document, Mapping):
        return document
    return record


def read_jsonl(lines: Iterable[bytes], *, input: str) -> Iterator[Document | DocumentError]:
    """Documents from JSON Lines, one object per line, read lazily.

    A bad line yields a DocumentError naming its number in place of a document; a file with no
    line of JSON at all (empty, or blank lines only) yields one error, not silence.
    """
    records = 0
    for number, raw in enumerate(lines, start=1):
        location = f"line {number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            yield DocumentError(f"invalid UTF-8 at byte offset {error.start} of the line", input=input, location=location)
            continue
        if not line.strip():
            continue
        records += 1
        try:
            # Without its line break, a line cut short fails at its end ("at column 40"), not at "column 1".
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as error:
            yield DocumentError(f"malformed JSON ({error.msg} at column {error.colno})", input=input, location=location)
            continue
        if not isinstance(record, dict):
            yield DocumentError("expected a JSON object", input=input, location=location)
            continue
        try:
            yield document_from_record(record, input=input, location=location)
        except DocumentError as error:
            yield error
    if not records:
        yield DocumentError("empty file (no JSON lines)", input=input)



def read_json(data: bytes, *, input: str) -> Iterator[Document | DocumentError]:
    """Documents from one JSON value: an article object, or an array of them (``[{...}, {...}]``).

    A ``.json`` file was read as plain text, so an array of articles became one article whose text
    was the JSON source, and an object spread over lines gave an error per line. A file of one object
    per line (JSON Lines under a ``.json`` name) is read as JSON Lines.
    """
    try:
        value = json.loads(decode_text(data, input=input))
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            yield from read_jsonl(data.splitlines(keepends=True), input=input)
            return
        raise DocumentError(f"malformed JSON ({error.msg} at line {error.lineno} column {error.colno})", input=input) from error
    records = value if isinstance(value, list) else [value]
    if not records:
        raise DocumentError("empty JSON array (no articles)", input=input)
    for number, record in enumerate(records, start=1):
        location = f"item {number}" if isinstance(value, list) else None
        if not isinstance(record, dict):
            yield DocumentError("expected a JSON object with 'text'", input=input, location=location)
            continue
        try:
            yield document_from_record(record, input=input, location=location)
        except DocumentError as error:
            yield error


#: Fewer words than this in what trafilatura extracts means the page has no article (menus, footers).
MIN_HTML_WORDS = 8


def _article_paragraphs(text: str, *, title: str | None) -> str:
    """trafilatura's lines as paragraphs separated by blank lines, without a leading headline."""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if paragraphs and title and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


#: How htmldate looks for a page's date: in its metadata and markup (and a full date written in its
#: text), not by guessing from the years its text mentions: a page with no date said "in 2019" and
#: got 2019-01-01, which anchored every relative time in it wrongly. A page without a date is
#: analysed without one, and its relative times stay unresolved.
_DATE_SEARCH = {"original_date": True, "extensive_search": False}


# <meta charset="iso-8859-1"> or <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
_DECLARED_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its head, as browsers read it (Latin-1 is read as Windows-1252)."""
    found = _DECLARED_CHARSET.search(data[:4096])
    if not found:
        return None
    try:
        name = codecs.lookup(found[1].decode("ascii")).name
    except LookupError:
        return None
    return "cp1252" if name in ("iso8859-1", "ascii") else name


def decode_html(data: bytes, *, input: str) -> str:
    """A page's text: UTF-8, else the charset the page declares (older pages are often Windows-1252)."""
    try:
        return decode_text(data, input=input)
    except DocumentError as error:
        charset = _declared_charset(data)
        if charset is None or not error.reason.startswith("invalid UTF-8"):
            raise
        try:
            return data.decode(charset)
        except UnicodeDecodeError as second:
            raise DocumentError(f"neither UTF-8 nor its declared {charset} ({second.reason})", input=input) from second


def read_html(data: bytes, *, input: str) -> Document:
    """An article page: trafilatura finds its main text, title, date and url."""
    import trafilatura

    content = decode_html(data, input=input)
    extracted = trafilatura.bare_extraction(
        content, with_metadata=True, favor_precision=True, date_extraction_params=_DATE_SEARCH
    )
    title = (getattr(extracted, "title", None) or None) if extracted is not None else None
    text = _article_paragraphs(getattr(extracted, "text", None) or "", title=title)
    if len(text.split()) < MIN_HTML_WORDS:
        raise DocumentError("no article text found in the HTML page", input=input)
    date_text = getattr(extracted, "date", None)
    return Document.create(
        _checked_text(text, input=input),
        title=title,
        date=parse_date(date_text, input=input) if date_text else None,
        source=getattr(extracted, "sitename", None) or None,
        url=getattr(extracted, "url", None) or None,
    ).found_in(input)
