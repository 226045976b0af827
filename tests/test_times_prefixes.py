"""The prefixes of a regex's matches, which the tagger uses to try only rules that can match."""

import re

import pytest

from dateline.stages.times.prefixes import prefix_key, prefixes


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
