"""A month whose year is written only after the next one: "in August and September 1914"."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.stages.times.lexicon import load_times_lexicon

if TYPE_CHECKING:
    from dateline.stages.times.normalise import Normalised

__all__ = ["share_following_years"]


@functools.lru_cache(maxsize=1)
def _joiner() -> re.Pattern[str]:
    words = sorted(load_times_lexicon().modifiers.range_joiners, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)
    return re.compile(rf",?\s*(?:{alternation})\s*", re.IGNORECASE)


def share_following_years(found: list[Normalised], text: str) -> None:
    """Give a month (or a day of one) without a year the year of the dated month joined to it.

    The year written after a range or list of months belongs to all of them; it overrides the year the
    first month took from the document date or the story. A range that runs over a new year ("December
    to January 1915") starts in the year before.
    """
    for index, item in enumerate(found[:-1]):
        following = found[index + 1]
        point, after = item.point, following.point
        if point is None or after is None or item.explicit_year or not following.explicit_year:
            continue
        if point.month is None or after.month is None or after.year is None or item.value != point.value:
            continue
        if not _joiner().fullmatch(text, item.end, following.start):
            continue
        year = after.year - (point.month > after.month)
        item.point = replace(point, year=year)
        item.value = item.point.value
        item.anchor = f"T{index + 2}"
