"""The times stage's rules and words live in data files that a user can extend or replace."""

import datetime as dt
import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from dateline.errors import LexiconError
from dateline.lexicons import _load_lexicon, read_data_file
from dateline.stages.times import find_times
from dateline.stages.times.grammar import load_grammar
from dateline.stages.times.lexicon import load_times_lexicon


def _clear_caches() -> None:
    for cached in (read_data_file, _load_lexicon, load_times_lexicon, load_grammar):
        cached.cache_clear()


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A DATELINE_DATA folder holding copies of the packaged times files, to edit."""
    folder = tmp_path / "times"
    shutil.copytree(Path(str(resources.files("dateline.data").joinpath("times"))), folder)
    monkeypatch.setenv("DATELINE_DATA", str(tmp_path))
    _clear_caches()
    yield folder
    monkeypatch.delenv("DATELINE_DATA")
    _clear_caches()


def test_packaged_files_validate_and_compile() -> None:
    grammar = load_grammar()
    assert {rule.kind for rule in grammar.rules} == {"point", "duration", "offset", "set", "ref"}


def test_a_user_holiday_is_found_and_dated(user_data: Path) -> None:
    holidays = user_data / "holidays.yaml"
    entry = '  - {names: ["Founders Day"], date: [9, 12]}\n'
    holidays.write_text(holidays.read_text(encoding="utf-8") + entry, encoding="utf-8")
    (time,) = find_times("The town parades on Founders Day.", document_date=dt.date(2025, 4, 17))
    assert (time.text, time.value) == ("Founders Day", "2025-09-12")


def test_a_user_named_event_is_dated_before_its_noun(user_data: Path) -> None:
    holidays = user_data / "holidays.yaml"
    entry = "named_events:\n  - {day: [2005, 7, 7], nouns: [bombings]}\n"
    holidays.write_text(holidays.read_text(encoding="utf-8").replace("named_events:\n", entry), encoding="utf-8")
    (time,) = find_times("Ada Moss recalled the July 7 bombings.", document_date=dt.date(2016, 4, 17))
    assert (time.text, time.value) == ("July 7", "2005-07-07")


def test_a_user_file_without_named_events_still_compiles(user_data: Path) -> None:
    holidays = user_data / "holidays.yaml"
    text = holidays.read_text(encoding="utf-8")
    start, end = text.index("named_events:"), text.index("capitals_before_events:")
    holidays.write_text(text[:start] + text[end:], encoding="utf-8")
    assert [time.value for time in find_times("Since 9/11, on Monday", document_date=dt.date(2016, 9, 22))] == ["2016-09-19"]


def test_a_user_month_name_is_found(user_data: Path) -> None:
    calendar = user_data / "calendar.yaml"
    text = calendar.read_text(encoding="utf-8").replace("names: [January]", "names: [January, Janvier]")
    calendar.write_text(text, encoding="utf-8")
    (time,) = find_times("Il est parti le 3 Janvier 2020.", document_date=None)
    assert (time.text, time.value) == ("3 Janvier 2020", "2020-01-03")


def test_a_holiday_with_two_rules_names_the_file_and_entry(user_data: Path) -> None:
    holidays = user_data / "holidays.yaml"
    entry = '  - {names: ["Odd Day"], date: [1, 2], easter: 3}\n'
    holidays.write_text(holidays.read_text(encoding="utf-8") + entry, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"times/holidays\.yaml: entry holidays\.\d+"):
        find_times("x", document_date=None)


def test_a_broken_pattern_names_the_rule(user_data: Path) -> None:
    rules = user_data / "rules.yaml"
    broken = rules.read_text(encoding="utf-8").replace("pattern: '{weekday}'", "pattern: '{weekday}('")
    rules.write_text(broken, encoding="utf-8")
    with pytest.raises(LexiconError, match="entry weekday: bad pattern"):
        find_times("x", document_date=None)


def test_an_unknown_placeholder_is_reported(user_data: Path) -> None:
    rules = user_data / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("pattern: '{weekday}'", "pattern: '{weekdy}'"))
    with pytest.raises(LexiconError, match=r"unknown placeholder \{weekdy\}"):
        find_times("x", document_date=None)
