"""The times of the article the project was founded on (read at test time, never copied here)."""

import datetime as dt
from pathlib import Path

import pytest

from dateline.stages.times import find_times

# The shared folder sits next to the repository (as in tests/paths.py on main).
SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "000_8a8ad502f054ce81.txt"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SEED.is_file(), reason="the seed article is not on this machine"),
]


@pytest.fixture(scope="module")
def times():
    return find_times(SEED.read_text(encoding="utf-8"), document_date=dt.date(2025, 4, 17))


def by_text(times, text: str):
    return [time for time in times if time.text == text]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sunday", "2025-04-13"),
        ("February", "2025-02"),
        ("Valentine’s Day", "2025-02-14"),
        ("this summer", "2025-SU"),
        ("2011", "2011"),
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
    ],
)
def test_seed_values(times, text: str, value: str) -> None:
    found = by_text(times, text)
    assert found and all(time.value == value for time in found)


def test_seed_two_years_later(times) -> None:
    (year,) = by_text(times, "2011")
    (later,) = by_text(times, "two years")
    assert (later.type, later.value, later.resolved, later.anchor) == ("DURATION", "P2Y", "2013", year.id)
