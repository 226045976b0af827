"""The REST API's schema says what a statement's award year and object text are."""

from __future__ import annotations

from dateline.kb.statements import Statement


def test_a_statement_s_year_and_object_text_are_described() -> None:
    properties = Statement.model_json_schema()["properties"]
    assert "year" in properties["year"]["description"]
    assert "award" in properties["object_text"]["description"]
