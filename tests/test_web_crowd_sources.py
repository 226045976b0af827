"""The article view labels public speculation as the CLI and the entity page do: "set tongues wagging" is
"public speculation (crowd)", not a source called "tongues" marked anonymous."""

from __future__ import annotations

import datetime as dt

from dateline.web.article_view import article_view
from tests.builders import analysis, attribution, entity, fact

TEXT = "Ada Vance and Piet Holm set tongues wagging at the gala. Fans speculate that the pair are dating."


def _view():  # type: ignore[no-untyped-def]
    return article_view(analysis(TEXT, id="gala", date=dt.date(2025, 3, 1), entities=[
        entity(TEXT, "E1", "Ada Vance"), entity(TEXT, "E2", "Piet Holm"),
    ], attributions=[
        attribution(TEXT, "A1", "tongues", "wagging", crowd=True),
        attribution(TEXT, "A2", "Fans", "speculate", crowd=True),
    ], facts=[
        fact(TEXT, "F1", "romance", ["E1", "E2"], "tongues wagging", certainty="possible", asserted_by="A1"),
        fact(TEXT, "F2", "dating", ["E1", "E2"], "dating", certainty="possible", asserted_by="A2"),
    ]))


def test_a_crowd_named_by_its_talk_is_public_speculation() -> None:
    view = _view()
    assert [(row.source, row.anonymous) for row in view.facts] == [
        ("public speculation (crowd)", False), ("Fans (crowd)", False)
    ]
    assert [(row.source, row.anonymous) for row in view.quotes] == [
        ("public speculation (crowd)", False), ("Fans (crowd)", False)
    ]
