"""Expressions counted from the discourse: "two years later", "the following year", "a year earlier"."""

import datetime as dt

import pytest

from dateline.model import Time
from dateline.stages.times import find_times


def times(text: str, date: dt.date | None = dt.date(2025, 4, 17)) -> list[Time]:
    return find_times(text, document_date=date)


def test_later_is_a_duration_resolved_from_the_time_it_follows() -> None:
    found = times("Ada Nkem and Rui Sol married in 2011 but divorced two years later.")
    assert [(t.id, t.text, t.type, t.value) for t in found] == [
        ("T1", "2011", "DATE", "2011"),
        ("T2", "two years", "DURATION", "P2Y"),
    ]
    assert (found[1].resolved, found[1].anchor) == ("2013", "T1")


def test_after_an_event_counts_from_the_last_time_mentioned() -> None:
    text = "The wedding was on June 3, 2019. Three days after the wedding, the couple flew to Lima."
    duration = times(text)[1]
    found = (duration.text, duration.value, duration.resolved, duration.anchor)
    assert found == ("Three days", "P3D", "2019-06-06", "T1")


def test_after_a_following_time_counts_from_it() -> None:
    duration, christmas = times("The shop reopened two days after Christmas 2020.")
    assert (christmas.text, christmas.value) == ("Christmas 2020", "2020-12-25")
    assert (duration.value, duration.resolved, duration.anchor) == ("P2D", "2020-12-27", "T2")


def test_the_following_year_and_the_same_day() -> None:
    text = "Eli Marr joined the club on May 4, 2001. He left the same day. The following year he returned."
    assert [(t.text, t.value, t.anchor) for t in times(text)] == [
        ("May 4, 2001", "2001-05-04", None),
        ("the same day", "2001-05-04", "T1"),
        ("The following year", "2002", "T2"),
    ]


def test_a_year_earlier_is_the_same_quarter_a_year_before() -> None:
    text = "Profit rose in the third quarter of 2024. Sales were flat a year earlier."
    _, earlier = times(text)
    found = (earlier.text, earlier.type, earlier.value, earlier.anchor)
    assert found == ("a year earlier", "DATE", "2023-Q3", "T1")


def test_the_year_ago_adjective_is_the_comparison_not_the_year() -> None:
    # "The year-ago results": "year-ago" compares with the story's quarter; "The year" alone is not it.
    text = "Profit rose in the third quarter of 2024. The year-ago results were restated."
    _, ago = times(text)
    assert (ago.text, ago.value) == ("year-ago", "2023-Q3")


def test_ago_counts_from_the_document_date() -> None:
    (ago,) = times("The bridge opened three years ago.")
    assert (ago.value, ago.anchor) == ("2022", "DCT")


def test_years_earlier_than_a_day_is_a_year() -> None:
    _, earlier = times("Ada Nkem won the race on 8 March 1965; she had first run it two years earlier.")
    assert (earlier.text, earlier.value, earlier.anchor) == ("two years earlier", "1963", "T1")


def test_later_without_an_earlier_time_is_not_resolved() -> None:
    (duration,) = times("Two weeks later the team gave up.")
    assert (duration.value, duration.resolved, duration.anchor) == ("P2W", None, None)


def test_narrative_months_take_the_year_of_the_story() -> None:
    text = (
        "In 1941 the army crossed the river. In 1942 it reached the coast. "
        "In 1943 it turned north. In July, the rains came."
    )
    july = times(text)[-1]
    assert (july.text, july.value, july.anchor) == ("July", "1943-07", "T3")


def test_news_months_count_from_the_document_date() -> None:
    text = "Lena Ito, born in 1990, joined the band in 2012. In July she released a record."
    assert times(text)[-1].value == "2024-07"


def test_narrative_years_ignore_times_counted_from_the_document_date() -> None:
    text = (
        "In 1941 the army crossed the river. In 1942 it reached the coast. "
        "In 1943 a general wrote that this week was the worst. In August, the rains came."
    )
    assert times(text, dt.date(2009, 12, 19))[-1].value == "1943-08"


def test_that_same_day_after_a_month_is_a_day_of_that_month() -> None:
    text = "The shop closed on Monday. Its owner, Ivo Brandt, was robbed last October. He left town that same day."
    assert [(t.text, t.value) for t in times(text)][-1] == ("that same day", "2024-10-XX")


def test_that_same_day_after_a_month_in_another_paragraph_is_the_last_day_named() -> None:
    text = "The shop closed on Monday.\n\nIts owner was robbed last October.\n\nHe left town that same day."
    assert [(t.text, t.value) for t in times(text)][-1] == ("that same day", "2025-04-14")


def test_the_following_year_and_the_previous_century_count_from_a_year_bc() -> None:
    text = "The city fell in 513 BC. The following year, it rose. In 387 BC it lost the gains of the previous century."
    found = [(t.text, t.value) for t in times(text, None)]
    assert found[1] == ("The following year", "BC0512")
    assert found[-1] == ("the previous century", "BC04")


def test_words_quoted_in_a_narrative_do_not_count_from_the_document_date() -> None:
    years = " ".join(f"In {year} the army marched on." for year in range(1941, 1951))
    quoted = times(years + ' Gen. Ida Holm said: "We attack today, and we win next summer."')
    assert [(t.text, t.value, t.anchor) for t in quoted][-2:] == [("today", "XXXX-XX-XX", None), ("next summer", "XXXX-SU", None)]
    unquoted = times(years + " Gen. Ida Holm attacked today.")
    assert (unquoted[-1].value, unquoted[-1].anchor) == ("2025-04-17", "DCT")


def test_a_part_of_the_day_far_from_any_day_of_a_narrative_is_on_an_unknown_day() -> None:
    text = (
        "In 1941 the army crossed the river. In 1942 it reached the coast. On 3 March 1943 it took the port. "
        "Its scouts were fast. They were trained well. They moved only at night, and at 10:30 they rested."
    )
    found = [(t.text, t.value) for t in times(text)]
    assert found[-2:] == [("night", "XXXX-XX-XXTNI"), ("10:30", "1943-03-03T10:30")]


def test_a_clock_time_of_a_narrative_after_a_later_year_is_a_day_of_that_year() -> None:
    text = (
        "In 1941 the army crossed the river. In 1942 it reached the coast. On 3 March 1943 it took the port. "
        "Its scouts rested the next morning.\n\n1948: the new war\n\nIts scouts were fast. At 2 a.m., they left."
    )
    assert [(t.text, t.value) for t in times(text)][-1] == ("2 a.m.", "1948-XX-XXT02:00")


def test_a_year_a_narrative_looks_ahead_to_is_not_the_year_of_the_story() -> None:
    text = (
        "In 1941 the army crossed the river. In 1942 it reached the coast. "
        "On 3 March 1943 it took the port, which would serve a planned campaign in 1944. On 9 March, the rains came."
    )
    march = times(text)[-1]
    assert (march.text, march.value) == ("9 March", "1943-03-09")


def test_a_year_the_story_reaches_is_the_year_of_the_story() -> None:
    text = (
        "In 1941 the army crossed the river. In 1942 it reached the coast. "
        "On 3 March 1943 it took the port. It rested in 1944. On 9 March, the rains came."
    )
    assert times(text)[-1].value == "1944-03-09"


def test_a_year_after_since_is_not_the_year_of_the_story() -> None:
    text = (
        "In 1941 the army crossed the river. In 1942 it reached the coast. "
        "In 1943 it took the port, held by no army since 1921. On 9 March, the rains came."
    )
    assert times(text)[-1].value == "1943-03-09"


def test_a_year_in_brackets_after_a_name_is_not_the_year_of_the_story() -> None:
    text = (
        "In 1941 the army crossed the river. In 1942 it reached the coast. "
        "In 1943 it took the port, as the Treaty of Vell (1921) allowed. On 9 March, the rains came."
    )
    assert times(text)[-1].value == "1943-03-09"


def test_the_week_is_the_week_of_the_day_the_story_is_at() -> None:
    text = "Stocks of Orvo Ltd fell on Friday. For the week, they rose 2%. They met the week before the vote."
    times = find_times(text, document_date=dt.date(2025, 4, 18))
    assert [(t.text, t.value, t.anchor) for t in times] == [("Friday", "2025-04-18", "DCT"), ("the week", "2025-W16", "T1")]


def test_the_year_before_is_the_year_before_the_last_time_named() -> None:
    text = "Orvo Ltd sold $3 million last year, down from $4 million the year before. It rained the day before the show."
    found = [(t.text, t.value, t.anchor) for t in times(text, dt.date(2010, 1, 28))]
    assert found == [("last year", "2009", "DCT"), ("the year before", "2008", "T1")]


def test_the_entire_year_is_the_year_the_story_is_at() -> None:
    text = "Orvo Ltd lost $4 million in the fourth quarter of 2005 and $9 million for the entire year."
    found = [(t.text, t.value) for t in times(text, dt.date(2006, 1, 27))]
    assert found == [("the fourth quarter of 2005", "2005-Q4"), ("the entire year", "2005")]


def test_ending_the_day_is_the_day_the_story_is_at() -> None:
    text = "The Orvo index rose 2% on Friday, ending the day at 9,120. For the day, bonds fell."
    found = [(t.text, t.value, t.anchor) for t in times(text, dt.date(2009, 4, 4))]
    assert found == [("Friday", "2009-04-03", "DCT"), ("the day", "2009-04-03", "T1"), ("the day", "2009-04-03", "T2")]
    assert times("They will end the day of the vote in Lima.") == []


def test_the_same_period_a_year_ago_is_the_period_last_named_a_year_before() -> None:
    text = "Sales at Orvo Ltd fell in January, compared to the same month a year ago."
    found = [(t.text, t.value, t.anchor) for t in times(text, dt.date(2009, 2, 3))]
    assert found == [("January", "2009-01", "DCT"), ("the same month a year ago", "2008-01", "T1")]


def test_the_same_period_without_a_period_named_counts_from_the_document_date() -> None:
    found = [(t.text, t.value) for t in times("Sales rose from the same period a year ago.", dt.date(2009, 2, 3))]
    assert found == [("the same period a year ago", "2008")]


def test_the_same_period_last_year_is_the_period_last_named_a_year_before() -> None:
    text = "Orvo Ltd sold 5% more cars in February than in the same period last year."
    found = [(t.text, t.value, t.anchor) for t in times(text, dt.date(2010, 3, 3))]
    assert found == [("February", "2010-02", "DCT"), ("the same period last year", "2009-02", "T1")]


def test_the_same_weekend_last_year_is_one_expression_and_the_same_week_number() -> None:
    text = "This weekend's films took $9m, up 4% on the same weekend last year."
    found = [(t.text, t.value, t.anchor) for t in times(text, dt.date(2005, 1, 10))]
    assert found == [("This weekend", "2005-W02-WE", "DCT"), ("the same weekend last year", "2004-W02-WE", "T1")]
    found = [(t.text, t.value) for t in find_times(text, document_date=None)]
    assert found == [("This weekend", "XXXX-WXX-WE"), ("the same weekend last year", "XXXX-WXX-WE")]


def test_last_years_quarter_is_the_quarter_last_named_a_year_before() -> None:
    text = "Orvo Ltd lost money in the third quarter. Sales in last year's quarter were higher."
    found = [(t.text, t.value) for t in times(text, dt.date(1989, 10, 26))]
    assert found == [("the third quarter", "1989-Q3"), ("last year's quarter", "1988-Q3")]


def test_the_same_period_is_no_single_day() -> None:
    text = "In the quarter ended Sept. 30, Orvo Ltd earned $2 million, up from the same period last year."
    found = [(t.text, t.value) for t in times(text, dt.date(1989, 10, 26))]
    assert found[-1] == ("the same period last year", "1988-Q3")


def test_the_quarter_is_not_the_period_it_was_compared_with() -> None:
    text = "Orvo Ltd earned $5 million in the fiscal first quarter. In the 1988 period, it lost $2 million. "
    text += "It shipped 900 units in the quarter."
    found = [(t.text, t.value) for t in times(text, dt.date(1989, 10, 26))]
    assert found[1:] == [("the 1988 period", "1988-Q1"), ("the quarter", "1989-Q1")]


def test_the_quarter_a_year_ago_is_the_quarter_last_named_a_year_before() -> None:
    text = "Orvo Ltd lost money in the third quarter. For the quarter a year ago, it earned $3 million."
    found = [(t.text, t.value) for t in times(text, dt.date(1989, 10, 26))]
    assert found == [("the third quarter", "1989-Q3"), ("the quarter a year ago", "1988-Q3")]


def test_the_previous_weekday_is_before_the_day_the_story_is_at() -> None:
    text = "Orvo shares closed lower Friday, down 4% from the previous Friday. The following Monday they rose."
    found = [(t.text, t.value, t.anchor) for t in times(text, dt.date(1989, 10, 30))]
    assert found == [
        ("Friday", "1989-10-27", "DCT"),
        ("the previous Friday", "1989-10-20", "T1"),
        ("The following Monday", "1989-10-23", "T2"),
    ]


def test_an_approximate_offset_is_one_date() -> None:
    (time,) = times("Then, a week or so ago, Lu Brandt left the firm.", dt.date(1991, 2, 25))
    assert (time.text, time.type, time.value) == ("a week or so ago", "DATE", "1991-W08")


def test_a_long_history_of_the_recent_past_is_a_narrative() -> None:
    years = " ".join(f"In {year} the league of Ora Vell grew." for year in range(2003, 2008) for _ in range(4))
    march = times(years + " In March, it split.", dt.date(2009, 12, 19))[-1]
    assert (march.text, march.value) == ("March", "2007-03")


def test_a_text_that_counts_weekdays_from_its_date_is_news() -> None:
    text = "In 1959 the club was founded. In 1962 it won. In 1966 it moved. Last Tuesday it was sold; the deal ends in March."
    march = times(text, dt.date(2000, 2, 24))[-1]
    assert (march.text, march.value) == ("March", "2000-03")


def test_a_short_story_of_the_recent_past_is_news() -> None:
    text = "The league of Ora Vell grew in 2005, 2006 and 2007. In March, it was split."
    assert times(text, dt.date(2009, 12, 19))[-1].value == "2009-03"


def test_a_story_year_without_the_day_leaves_the_year_unknown() -> None:
    text = "In 1941 the army crossed the river. In 1942 it reached the coast. In 1943 it turned north. On February 29, it rained."
    assert times(text)[-1].value == "XXXX-02-29"


def test_the_previous_month_is_before_the_month_the_story_is_at() -> None:
    text = "On 2 September 1918 the army of Ivo Sand gave up the ground it took the previous April."
    found = [(t.text, t.value, t.anchor) for t in times(text)]
    assert found == [("2 September 1918", "1918-09-02", None), ("the previous April", "1918-04", "T1")]


def test_the_following_month_after_a_bare_year_keeps_its_year_unknown() -> None:
    found = [(t.text, t.value) for t in times("Ivo Sand left in 1917. The following April, he returned.")]
    assert found == [("1917", "1917"), ("The following April", "XXXX-04")]


def test_a_month_abbreviation_in_capitals_after_that_is_no_month() -> None:
    assert times("Ivo Sand said that DEC would appeal.") == []


def test_a_two_digit_year_in_a_narrative_is_in_the_story_s_century() -> None:
    text = "In 1786 the crown of Ulm was bankrupt. In 1787 its lords met. In 1788 bread rose. The crisis of '89 came."
    assert times(text)[-1].value == "1789"


def test_the_year_to_a_month_is_no_year_of_the_story() -> None:
    # "in the year to March 2004" ends with the month named, as "the year ended March 31" does: not 2005.
    text = "Growth should reach 6% in 2005. In the year to March 2004, the economy grew by 8.5%."
    assert [(t.text, t.value) for t in times(text)] == [("2005", "2005"), ("March 2004", "2004-03")]
    assert [t.text for t in times("Sales for the year to date rose 4%.")] == ["the year"]


def test_a_time_an_amount_is_compared_with_is_no_time_of_the_story() -> None:
    text = "Sales rose to 310 in 2004 from 287 the previous year. Profit doubled for the year."
    found = find_times(text, document_date=None)
    assert [(t.text, t.value) for t in found] == [("2004", "2004"), ("the previous year", "2003"), ("the year", "2004")]
    text = "Profit fell to 785m euros from 2.4bn euros in 2003, and compared badly with 2002's figure. For the year, sales fell."
    found = find_times(text, document_date=dt.date(2004, 12, 20))
    assert [(t.text, t.value) for t in found][-1] == ("the year", "2004")


def test_the_year_a_clause_after_it_names_is_no_year_of_the_story() -> None:
    found = find_times("Ola Berg acted in 1990. The year he was nominated, Ann Lee won.", document_date=None)
    assert [(t.text, t.value, t.anchor) for t in found] == [("1990", "1990", None), ("The year", "XXXX", None)]
    found = find_times("Ola Berg acted in 1990. That was the year he toured.", document_date=None)
    assert [(t.text, t.value) for t in found] == [("1990", "1990"), ("the year", "1990")]


def test_that_day_in_a_past_clause_is_no_day_after_the_document_date() -> None:
    text = "The vote will be held on 3 November. At the rally Ada Kerr wanted a calm message that day."
    assert [(t.text, t.value, t.anchor) for t in times(text)][-1] == ("that day", "XXXX-XX-XX", None)
    text = "The vote will be held on 3 November. Ada Kerr will want a calm message that day."
    assert [(t.text, t.value) for t in times(text)][-1] == ("that day", "2025-11-03")


def test_the_year_two_paragraphs_after_a_year_named_in_news_is_the_year_of_the_date() -> None:
    text = "Epic Tide made $2bn in 1997.\n\nCritics loved it.\n\nThe year's biggest hits were cartoons."
    assert [(t.text, t.value, t.anchor) for t in times(text)][-1] == ("The year", "2025", "DCT")
    text = "Epic Tide made $2bn in 1997.\n\nThe year's biggest hits were cartoons."
    assert [(t.text, t.value) for t in times(text)][-1] == ("The year", "1997")


def test_a_night_alone_in_a_past_clause_is_the_night_before_the_document_date() -> None:
    past = times("Ada Nkem said she worked throughout the night on the report.")
    assert [(t.text, t.value, t.anchor) for t in past] == [("the night", "2025-04-16TNI", "DCT")]
    (future,) = times("Ada Nkem will work throughout the night on the report.")
    assert future.value == "2025-04-17TNI"
    (morning,) = times("Ada Nkem said she worked throughout the morning on the report.")
    assert morning.value == "2025-04-17TMO"  # a morning of the date has passed by the time of writing


def test_a_part_of_the_day_of_an_event_takes_the_day_a_sentence_names_with_the_event() -> None:
    # TimeML: "the night of" an event is that event's night; the text may date the event
    found = times("The Oscars were held on Feb. 28. Bea Lund wore red on the night of the Oscars.")
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("Feb. 28", "2025-02-28", "DCT"),
        ("the night", "2025-02-28TNI", "T1"),
    ]
    found = times("Cal Moor was arrested on Friday. On the evening of his arrest, he called a lawyer.")
    assert [(t.value, t.anchor) for t in found] == [("2025-04-11", "DCT"), ("2025-04-11TEV", "T1")]


def test_a_part_of_the_day_of_an_undated_event_is_on_an_unknown_day() -> None:
    # not the document date's night, nor the day of a sentence about something else
    found = times("Rob Tan arrived on Friday. Bea Lund wore red on the night of the Oscars.")
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("Friday", "2025-04-11", "DCT"),
        ("the night", "XXXX-XX-XXTNI", None),
    ]
    assert times("On the morning of the vote in Congress, Ada Nkem resigned.")[0].value == "XXXX-XX-XXTMO"
    # a date after "of" is part of the expression
    assert times("Ada Nkem spoke on the night of Oct. 23.")[0].value == "2024-10-23TNI"


@pytest.mark.parametrize(
    ("text", "date", "phrase", "value"),
    [
        # TimeML dates "the day before last Tuesday" as one day, counted from "last Tuesday" (a Thursday's story)
        ("The day before last Tuesday's hearing, Ada Holt met the judge.", dt.date(2025, 4, 17), "day before last Tuesday", "2025-04-14"),
        ("Ada Holt flew out the day after Boxing Day.", dt.date(2025, 1, 6), "day after Boxing Day", "2024-12-27"),
        ("Ada Holt flew out the day after Boxing Day.", None, "day after Boxing Day", "XXXX-12-27"),
        ("The day before Tuesday's vote, Ada Holt resigned.", None, "day before Tuesday", "XXXX-WXX-1"),
    ],
)
def test_the_day_before_a_named_day_is_one_day_next_to_it(text: str, date: dt.date | None, phrase: str, value: str) -> None:
    assert [(time.text, time.value) for time in times(text, date)] == [(phrase, value)]


def test_the_day_before_last_tuesday_counts_days_from_the_date_so_the_story_is_news() -> None:
    text = (
        "Ada Holt was born in 1951, moved in 1966 and married in 1979. The day before last Tuesday's hearing,"
        " she met the judge. She was in court the next morning."
    )
    found = {time.text: time.value for time in times(text, dt.date(2000, 2, 24))}
    assert found["the next morning"] == "2000-02-22TMO"
