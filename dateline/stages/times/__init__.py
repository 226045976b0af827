"""The times stage: TIMEX3 tagging and normalisation anchored to the document date and discourse."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dateline.model import Time

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_times"]


def find_times(text: str, *, document_date: dt.date | None, doc: Doc | None = None) -> list[Time]:
    """Find the temporal expressions of ``text`` and normalise them (TIMEX3).

    ``doc`` is the spaCy parse of the same text when the stage runs inside the full pipeline; the
    stage uses its sentences and tenses when given, and works on the text alone otherwise.
    """
    return []
