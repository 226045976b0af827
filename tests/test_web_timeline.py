"""The entity timeline chart's layout: time order on the axis, bars for intervals, lanes, ticks."""

from __future__ import annotations

import datetime as dt
import itertools

from dateline.kb import TimelineItem
from dateline.web.entity_view import ages_on
from dateline.web.timeline_chart import CHAR_WIDTH, MAX_LANES, timeline_chart


def _item(day: str | None, predicate: str = "met", *, end: str | None = None, polarity: str = "positive",
          certainty: str = "certain", valid_from: str | None = None, valid_to: str | None = None,
          dated_by: str = "text", fact: str = "doc-1/F1") -> TimelineItem:
    start = dt.date.fromisoformat(day) if day else None
    return TimelineItem(
        date=day, precision="day", dated_by=dated_by, start=start, end=dt.date.fromisoformat(end) if end else start,
        predicate=predicate, others=["Ivo Lund"], object=None, place=None, valid_from=valid_from, valid_to=valid_to,
        polarity=polarity, certainty=certainty, source="author", anonymous_source=False, trigger=predicate,
        document_id=fact.split("/")[0], document_title=None, document_date=None, evidence=(0, 1), fact=fact,
    )


def test_points_follow_time_on_the_axis() -> None:
    chart = timeline_chart([_item("2011-01-01"), _item("2013-06-01"), _item("2025-04-13")])
    xs = [p.x for p in chart.points]
    assert xs == sorted(xs) and 40 <= xs[0] < xs[-1] <= 920
    assert [t.label for t in chart.ticks][:3] == ["2012", "2014", "2016"]


def test_an_interval_is_a_bar_and_a_coarse_date_a_range() -> None:
    married = _item("2011-01-01", "married", end="2011-12-31", valid_from="2011", valid_to="2013")
    point = timeline_chart([married, _item("2025-04-13")]).points[0]
    assert point.bar_from == point.x and point.bar_to is not None and point.bar_to > point.range_to > point.x  # type: ignore[operator]


def test_denied_and_article_dated_facts_are_marked() -> None:
    chart = timeline_chart([_item("2025-02-14", polarity="negative", certainty="probable"),
                            _item("2025-02-20", dated_by="article")])
    assert chart.points[0].denied and chart.points[0].css == "probable denied"
    assert chart.points[0].label == "not met (Ivo Lund)"
    assert chart.points[1].css == "certain by-article"


def test_close_points_get_separate_lanes_and_far_ones_share() -> None:
    chart = timeline_chart([_item("2025-02-14"), _item("2025-02-15"), _item("2025-12-01")])
    lanes = [p.y for p in chart.points]
    assert lanes[0] != lanes[1] and lanes[2] == lanes[0]
    assert chart.axis_y > max(lanes)


def test_undated_facts_are_left_off_the_axis() -> None:
    chart = timeline_chart([_item(None), _item("2025-02-14")])
    assert len(chart.points) == 1 and len(chart.undated) == 1
    assert timeline_chart([]).points == []


def test_links_point_at_the_fact_in_its_article() -> None:
    point = timeline_chart([_item("2025-02-14", fact="a b#c/F7")]).points[0]
    assert point.href == "/documents/a%20b%23c#fact-F7"


def test_ages_on_a_day_from_a_birth_interval() -> None:
    assert ages_on("1988-04-18/1989-04-17", dt.date(2025, 4, 17)) == (36, 36)
    assert ages_on("1988-04-18/1989-04-17", dt.date(2025, 6, 1)) == (36, 37)
    assert ages_on(None, dt.date(2025, 6, 1)) is None


def test_no_age_today_for_someone_not_born_yet_or_older_than_anyone() -> None:
    """An age stated in an article dated after today gave "Age today -49 or -48"; one from 1899, 165."""
    assert ages_on("2074-01-02/2075-01-01", dt.date(2026, 11, 28)) is None
    assert ages_on("2026-06-01/2027-05-31", dt.date(2026, 11, 28)) == (0, 0)
    assert ages_on("1859-01-01/1859-12-31", dt.date(2026, 11, 28)) is None


def test_labels_near_the_right_edge_go_on_the_left() -> None:
    chart = timeline_chart([_item("2011-01-01"), _item("2025-04-13", "a long predicate name")])
    assert [p.label_left for p in chart.points] == [False, True]


def test_a_crowded_chart_draws_no_label_over_another() -> None:
    busy = [_item(f"2025-02-{day:02d}", f"predicate number {n}") for day in range(1, 8) for n in range(5)]
    chart = timeline_chart(busy)
    assert len(chart.points) == 35 and len({p.y for p in chart.points}) == MAX_LANES
    labelled = [p for p in chart.points if p.label]
    assert 0 < len(labelled) < 35
    assert all(p.detail for p in chart.points)  # every point keeps its tooltip
    for lane in {p.y for p in labelled}:
        spans = sorted((p.x, p.x + 10 + len(p.label) * CHAR_WIDTH) for p in labelled if p.y == lane and not p.label_left)
        assert all(right <= next_left for (_, right), (next_left, _) in itertools.pairwise(spans))
