"""The prefixes of a regex's matches, which the tagger uses to try only rules that can match."""

import re

import pytest

from dateline.stages.times.prefixes import guard_regex, prefix_key, prefixes


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("may|june", {"may", "jun"}),
        (r"(?:early )?may", {"ear", "may"}),
        (r"a\s+day", {"a d", "a  "}),  # runs of spaces are kept, as prefix_key keeps them
        ("Q[1-4]", {"q1", "q2", "q3", "q4"}),
        (r"[0-9]{1,2}h", {f"{n}h" for n in range(10)} | {f"{n}{m}h" for n in range(10) for m in range(10)}),
    ],
)
def test_prefixes(pattern: str, expected: set[str]) -> None:
    assert prefixes(pattern) == expected


def test_unknowable_or_empty_patterns_have_none() -> None:
    assert prefixes(r"\w+ day") is None
    assert prefixes("(?:day)?") is None


def test_every_match_starts_with_a_prefix() -> None:
    pattern = r"(?:the\s+)?(?:last|next)\s+(?:week|month)|in\s+[0-9]{4}"
    starts = prefixes(pattern)
    text = "In 1999 and the Last\tweek, next month."
    for match in re.finditer(pattern, text, re.IGNORECASE):
        key = prefix_key(text, match.start())
        assert any(key.startswith(start) for start in starts)


@pytest.mark.parametrize(
    ("pattern", "key", "text"),
    [
        (r"the\s+(?:first|last)\s+week", "the", "The \n last week"),
        (r"(?:the\s+)?[0-9]{4}", "the", "the 1999"),
        (r"(?:the\s+)?[0-9]{4}", "199", "1999"),
        (r"the[-\s]+year", "the", "the - year"),
        (r"a\s+day", "a  ", "a  \tday"),  # the key's run of spaces is the guard's one place
    ],
)
def test_guard_admits_every_match(pattern: str, key: str, text: str) -> None:
    assert re.fullmatch(pattern, text, re.IGNORECASE)
    guard = guard_regex([pattern], key, 8)
    assert guard is not None and re.match(guard, text, re.IGNORECASE)


def test_guard_keeps_only_what_fits_its_key() -> None:
    guard = guard_regex([r"(?:the\s+)?(?:week|month)"], "the", 8)
    assert guard is not None
    assert re.match(guard, "the  week", re.IGNORECASE)
    assert not re.match(guard, "the weather", re.IGNORECASE)
    assert not re.match(guard, "week", re.IGNORECASE)  # not a text whose prefix is "the"
    assert guard_regex([r"the\s+\w+"], "the", 8) is None
