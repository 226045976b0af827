"""Plain-text articles and their headers."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.errors import DocumentError
from dateline.ingest import read_text
from dateline.model import document_id_for


def test_inline_date_header_is_split_from_the_text() -> None:
    document = read_text(b" date 2024-11-03 MAYA Lund and Oskar Berg were seen in Oslo.", input="a.txt")
    assert document.date == dt.date(2024, 11, 3)
    assert document.text == "MAYA Lund and Oskar Berg were seen in Oslo."


def test_key_value_header_lines_before_a_blank_line() -> None:
    data = (
        b"title: Lund in Oslo\ndate: 2024-11-03\nsource: The Fjord Times\nurl: https://fjord.example/a\n\n"
        b"Maya Lund arrived in Oslo.\n\nShe was greeted by fans.\n"
    )
    document = read_text(data, input="a.txt")
    assert (document.title, document.source, document.url) == ("Lund in Oslo", "The Fjord Times", "https://fjord.example/a")
    assert document.date == dt.date(2024, 11, 3)
    assert document.text == "Maya Lund arrived in Oslo.\n\nShe was greeted by fans."


def test_text_without_header_has_no_date_and_keeps_a_colon_line() -> None:
    document = read_text(b"Note: Maya Lund arrived in Oslo.\n", input="a.txt")
    assert document.date is None
    assert document.text == "Note: Maya Lund arrived in Oslo."


def test_id_is_the_hash_of_the_normalised_text() -> None:
    one = read_text(b"Maya Lund   arrived in Oslo.\r\n", input="a.txt")
    two = read_text(b"Maya Lund arrived in Oslo.", input="b.txt")
    assert one.id == two.id == document_id_for("Maya Lund arrived in Oslo.")
    assert len(one.id) == 64


def test_header_id_is_kept() -> None:
    document = read_text(b"id: lund-001\ndate: 2024-11-03\n\nMaya Lund arrived.", input="a.txt")
    assert document.id == "lund-001"


def test_utf8_bom_is_dropped() -> None:
    document = read_text("\ufeffdate: 2024-11-03\n\nMaya Lund arrived.".encode(), input="a.txt")
    assert document.date == dt.date(2024, 11, 3)


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        (b" date 2025-13-45 Maya Lund arrived.", "invalid date '2025-13-45'"),
        (b"date: 03/11/2024\n\nMaya Lund arrived.", "expected YYYY-MM-DD"),
    ],
)
def test_malformed_date_is_an_error_naming_the_input(header: bytes, problem: str) -> None:
    with pytest.raises(DocumentError) as raised:
        read_text(header, input="bad-date.txt")
    assert "bad-date.txt" in str(raised.value)
    assert problem in str(raised.value)


def test_header_lines_without_a_blank_line_after_them_are_still_the_header() -> None:
    # The title and date were kept in the text, and the article went in undated without a word.
    document = read_text(b"title: Lund in Oslo\ndate: 2024-11-03\nMaya Lund arrived in Oslo.\n", input="a.txt")
    assert (document.title, document.date) == ("Lund in Oslo", dt.date(2024, 11, 3))
    assert document.text == "Maya Lund arrived in Oslo."


def test_header_lines_alone_are_no_article() -> None:
    with pytest.raises(DocumentError, match="no text"):
        read_text(b"title: Lund in Oslo\ndate: 2024-11-03\n", input="a.txt")
