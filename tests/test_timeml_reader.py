"""Reading TimeML: the tag-stripped text, the creation date and the gold TIMEX3 offsets."""

import datetime as dt
from pathlib import Path

import pytest

from dateline.bench.timeml import read_timeml
from dateline.errors import InputError

GOLD = Path(__file__).parent / "data" / "timeml" / "lisbon.tml"


def test_text_is_stripped_and_unescaped() -> None:
    document = read_timeml(GOLD)
    assert document.text.strip().startswith("Rita Gomes & Abel Sousa arrived in Lisbon on Sunday.")
    assert "<" not in document.text


def test_creation_date_is_read_and_not_a_timex() -> None:
    document = read_timeml(GOLD)
    assert document.creation_date == dt.date(2025, 4, 17)
    assert [timex.text for timex in document.timexes] == ["Sunday", "2011", "two weeks"]


def test_offsets_point_into_the_stripped_text() -> None:
    document = read_timeml(GOLD)
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text
    values = [(t.type, t.value) for t in document.timexes]
    assert values == [("DATE", "2025-04-13"), ("DATE", "2011"), ("DURATION", "P2W")]


def test_a_file_without_text_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.tml"
    path.write_text("<TimeML></TimeML>", encoding="utf-8")
    with pytest.raises(InputError, match="no <TEXT>"):
        read_timeml(path)
