"""A document built in Python gets the readers' range of years, with a clear error, not an OverflowError;
a text passed where a Document goes gets an error saying how to make one."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline import Document, DocumentError, InputError, analyse


@pytest.mark.parametrize("year", [1, 999, 9000, 9999])
def test_a_placeholder_year_is_refused_naming_the_document_and_the_range(year: int) -> None:
    document = Document.create("Maya Lund left yesterday.", id="doc-1", date=dt.date(year, 1, 1))
    with pytest.raises(DocumentError, match=r"^doc-1: invalid date '\d{4}-01-01': the year must be from 1000 to 8999"):
        analyse(document)


@pytest.mark.slow
def test_a_placeholder_year_in_a_batch_is_that_document_s_error(nlp: object) -> None:
    from dateline import analyse_many

    good = Document.create("Maya Lund left yesterday.", id="good", date=dt.date(2025, 4, 17))
    bad = Document.create("Maya Lund left yesterday.", id="bad", date=dt.date(1, 1, 1))
    first, second = analyse_many([bad, good])
    assert isinstance(first, DocumentError) and first.reason.startswith("invalid date '0001-01-01'")
    assert not isinstance(second, DocumentError) and second.document.id == "good"


def test_a_text_passed_as_it_is_is_refused_saying_how_to_make_a_document() -> None:
    # It failed with AttributeError: 'str' object has no attribute 'date'.
    with pytest.raises(InputError, match=r"^analyse takes a Document, not str: analyse\(Document.create\(text"):
        analyse("Maya Lund flew to Oslo.")  # type: ignore[arg-type]


@pytest.mark.slow
def test_a_text_in_a_batch_is_refused_the_same_way(nlp: object) -> None:
    from dateline import analyse_many

    with pytest.raises(InputError, match="^analyse takes a Document, not str"):
        list(analyse_many(["Maya Lund flew to Oslo."]))  # type: ignore[list-item]
