"""The layout of an entity's timeline as an SVG chart, computed in Python and drawn by a template.

Dated facts are points on a time axis; a fact valid over an interval (``valid_from`` to ``valid_to``)
is a bar; a point whose date is coarser than a day (a year, a month) shows the range it covers as a
thin line. Colour is by certainty, denied facts are crossed out, and facts dated only by their
article's date are hollow. Points are in time order, in lanes so that their labels do not overlap;
when all lanes are taken, a point goes where its dot has room and its label is left off (its detail is
still its tooltip and its accessible name), so that no two labels are drawn over each other.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from dateline.kb import TimelineItem
from dateline.timex import value_interval, value_label

__all__ = ["ChartPoint", "Tick", "TimelineChart", "timeline_chart"]

WIDTH = 960
MARGIN = 40
LANE_HEIGHT = 26
TOP = 16
MAX_LANES = 14
CHAR_WIDTH = 6.6  # of the 11px label font, enough to keep labels apart


@dataclass(frozen=True)
class Tick:
    """A labelled mark on the time axis."""

    x: float
    label: str


@dataclass(frozen=True)
class ChartPoint:
    """One fact on the chart."""

    x: float
    y: float
    bar_from: float | None
    bar_to: float | None
    range_from: float | None
    range_to: float | None
    label: str  # empty when the chart had no room for it
    detail: str
    date: str
    css: str
    denied: bool
    label_left: bool
    href: str
    index: int


@dataclass(frozen=True)
class TimelineChart:
    """The whole chart: its size, its axis ticks, its points, and the facts left off it (no date)."""

    width: int
    height: int
    axis_y: float
    ticks: list[Tick]
    points: list[ChartPoint]
    undated: list[TimelineItem]
    first: dt.date | None
    last: dt.date | None


def _bar(item: TimelineItem) -> tuple[dt.date, dt.date] | None:
    start, end = value_interval(item.valid_from), value_interval(item.valid_to)
    if start is None or end is None or end[1] < start[0]:
        return None
    return start[0], end[1]


def _label(item: TimelineItem) -> str:
    """"married (Jonah Reyes)"; "works_for (← Ben Ostrow)" when the entity is the fact's object, as the
    table marks it: "works_for (Ben Ostrow)" read as the entity working for Ben Ostrow, the other way round."""
    others = ", ".join(item.others + ([item.object] if item.object else []))
    label = ("not " if item.polarity == "negative" else "") + item.predicate
    if others and item.as_object:
        others = f"← {others}"
    return f"{label} ({others})" if others else label


def _detail(item: TimelineItem) -> str:
    when = value_label(item.date) if item.date else "undated"  # "spring 2026", as the CLI says it, not "2026-SP"
    if item.dated_by == "article":
        when += " (article date)"
    parts = [when, _label(item), f"{item.polarity}, {item.certainty}", f"source: {item.source}"]
    if item.place:
        parts.insert(2, f"in {item.place}")
    return " · ".join(parts)


def _css(item: TimelineItem) -> str:
    classes = [item.certainty]
    if item.polarity == "negative":
        classes.append("denied")
    if item.dated_by == "article":
        classes.append("by-article")
    return " ".join(classes)


def _href(item: TimelineItem) -> str:
    local = item.fact.rsplit("/", 1)[-1]
    return f"/documents/{quote(item.document_id)}#fact-{quote(local)}"


def _ticks(first: dt.date, last: dt.date, x: Callable[[dt.date], float]) -> list[Tick]:
    days = (last - first).days
    if days > 3 * 365:
        step = max(1, math.ceil(days / 365 / 10))
        return [Tick(x(dt.date(y, 1, 1)), str(y)) for y in range(first.year + 1, last.year + 1) if y % step == 0]
    if days > 90:
        months = (last.year - first.year) * 12 + last.month - first.month
        step = max(1, math.ceil(months / 12))
        starts = [
            dt.date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
            for i in range(step, months + 1, step)
        ]
        return [Tick(x(day), day.strftime("%b %Y")) for day in starts]
    step = max(1, math.ceil(days / 10))
    return [Tick(x(first + dt.timedelta(days=d)), (first + dt.timedelta(days=d)).isoformat()) for d in range(0, days + 1, step)]


@dataclass(frozen=True)
class _Extent:
    """What a point covers on the x axis with its label (``left``, ``right``) and without (``dot_*``)."""

    left: float
    right: float
    dot_left: float
    dot_right: float


def _lanes(extents: list[_Extent]) -> list[tuple[int, bool]]:
    """Each point's lane and whether its label is drawn."""
    ends: list[float] = []
    placed = []
    for extent in extents:
        lane = next((i for i, end in enumerate(ends) if end < extent.left), None)
        if lane is None and len(ends) < MAX_LANES:
            ends.append(extent.right)
            placed.append((len(ends) - 1, True))
            continue
        if lane is not None:
            ends[lane] = extent.right
            placed.append((lane, True))
            continue
        # crowded: the dot alone, in the lane that frees up first
        lane = min(range(len(ends)), key=ends.__getitem__)
        ends[lane] = max(ends[lane], extent.dot_right)
        placed.append((lane, False))
    return placed


@dataclass(frozen=True)
class _Dated:
    item: TimelineItem
    start: dt.date
    end: dt.date
    bar: tuple[dt.date, dt.date] | None


def timeline_chart(items: Sequence[TimelineItem]) -> TimelineChart:
    """Lay out ``items`` (a timeline, in time order) as a chart."""
    dated = [_Dated(i, i.start, i.end or i.start, _bar(i)) for i in items if i.start is not None]
    undated = [item for item in items if item.start is None]
    if not dated:
        return TimelineChart(WIDTH, TOP + 40, TOP + 20, [], [], undated, None, None)
    days = [d.start for d in dated] + [d.end for d in dated] + [day for d in dated if d.bar for day in d.bar]
    pad = dt.timedelta(days=max(15, (max(days) - min(days)).days // 30))
    first, last = min(days) - pad, max(days) + pad
    span = (last - first).days

    def x(day: dt.date) -> float:
        return round(MARGIN + (day - first).days / span * (WIDTH - 2 * MARGIN), 1)

    extents, flipped = [], []
    for d in dated:
        width = len(_label(d.item)) * CHAR_WIDTH + 14
        flip = x(d.start) + width > WIDTH  # near the right edge: the label goes on the left
        left = min(x(d.bar[0]) if d.bar else x(d.start), x(d.start) - width if flip else x(d.start))
        right = max(x(d.bar[1]) if d.bar else x(d.start), x(d.start) + (6 if flip else width))
        dot_left = x(d.bar[0]) if d.bar else x(d.start)
        dot_right = max(x(d.bar[1]) if d.bar else x(d.start), x(d.end)) + 6
        extents.append(_Extent(left - 6, right, dot_left - 6, dot_right))
        flipped.append(flip)
    placed = _lanes(extents)
    points = [
        ChartPoint(
            x=x(d.start),
            y=TOP + lane * LANE_HEIGHT,
            bar_from=x(d.bar[0]) if d.bar else None,
            bar_to=x(d.bar[1]) if d.bar else None,
            range_from=x(d.start) if d.end != d.start else None,
            range_to=x(d.end) if d.end != d.start else None,
            label=_label(d.item) if labelled else "",
            detail=_detail(d.item),
            date=d.start.isoformat(),
            css=_css(d.item),
            denied=d.item.polarity == "negative",
            label_left=flip,
            href=_href(d.item),
            index=index,
        )
        for index, (d, (lane, labelled), flip) in enumerate(zip(dated, placed, flipped, strict=True))
    ]
    axis_y = TOP + (max(lane for lane, _ in placed) + 1) * LANE_HEIGHT
    return TimelineChart(WIDTH, int(axis_y + 30), axis_y, _ticks(first, last, x), points, undated, first, last)
