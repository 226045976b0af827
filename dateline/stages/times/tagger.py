"""Finding temporal expressions in raw text: every rule's matches, the longest kept, neighbours joined."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from dateline.stages.times.grammar import CompiledRule, Grammar

__all__ = ["Candidate", "tag"]

# Slots that name a time of day, and those that name a day it can be joined to.
_TIME_OF_DAY = frozenset({"clock", "clock24", "clockword", "pod", "tz", "pmod", "qmod"})
_DAY = frozenset({"weekday", "weekday_abbr", "deictic", "month", "day", "year", "holiday", "iso"})
# What may stand between a time of day and its day: "Friday morning", "9 a.m. Tuesday",
# "5 p.m. EST, Nov. 6", "the morning of 31 January 1965", "10:35 a.m. on Friday", "the early morning
# hours of 30 April".
_JOIN = re.compile(r"\s*,?\s*|\s+(?:hours\s+)?(?:on|of)\s+", re.IGNORECASE)
# A parenthesis or the name of a clock between a time of day and its day: "10:35 a.m. (0735 GMT) Friday",
# "10 a.m. local time Friday", "5:30 a.m. Lisbon time on March 20". The day is not part of the expression
# (TimeML tags the three apart), but the times of day are on it.
_ACROSS_PARENTHESIS = re.compile(
    r"(?:\s*\([^()\n]{1,40}\)|\s+(?:local|(?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?)\s+time)\s*,?\s*(?:on\s+)?",
    re.IGNORECASE,
)
_OPENING_PARENTHESIS = re.compile(r"\s*\(")
# Expressions do not run across paragraphs.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass
class Candidate:
    """One expression found: its span, the rule that found it and the text of each slot.

    ``groups`` maps a slot (with ``__2`` ... when repeated) to its (start, end) in the text.
    """

    start: int
    end: int
    rule: CompiledRule
    groups: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.rule.kind


# A bare month or holiday right after a capitalised word in mid-sentence is a surname ("Jill June",
# "Abbi Easter"); the word before must not open the sentence ("Last April", "Since June").
_NAME_BEFORE = re.compile(r"[^.!?:;\"“(\s][ \t]+[A-Z][a-z]+[ \t]+$")
_BARE_NAMES = frozenset({"month", "month_name", "month_ambiguous", "holiday"})
_EVENT_NAMES = frozenset({"event", "event_before_noun"})
# Slots whose words are capitalised anyway: an expression with one is not a title for being capitalised.
_PROPER = frozenset(
    {"month", "month_name", "month_ambiguous", "weekday", "weekday_abbr", "holiday", "era", "tz", "season", "event_before_noun"}
)
_WORD = re.compile(r"[^\W\d_]+")
# A capitalised word right after: the title goes on ("Saturday Night Live").
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")
# A word right before: a capitalised expression here is not at the start of a sentence or quote.
_MID_SENTENCE = re.compile(r"[\w,][ \t]+$")
# The word right after an expression.
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def tag(text: str, grammar: Grammar) -> list[Candidate]:
    """The expressions of ``text``, in text order, without overlaps."""
    found = _lend_days(text, _join(text, _longest(list(_matches(text, grammar)))))
    names = frozenset(grammar.lexicon.calendar.weekday_names_before)
    idioms = [match.span() for match in grammar.idioms.finditer(text)] if grammar.idioms else []
    return [
        candidate
        for candidate in found
        if not _surname(text, candidate)
        and not _title(text, candidate)
        and not _newspaper(text, candidate, names)
        and not _broadcast_slot(text, candidate, grammar.broadcast_after)
        and not _after_title_contraction(text, candidate, grammar.title_contraction_before)
        and not _holiday_object(text, candidate, grammar.holiday_object_after)
        and not _event_in_title(text, candidate, grammar.event_title_before)
        and not any(start <= candidate.start and candidate.end <= end for start, end in idioms)
    ]


def _surname(text: str, candidate: Candidate) -> bool:
    slots = frozenset(name.split("__")[0] for name in candidate.groups)
    return len(slots) == 1 and slots <= _BARE_NAMES and _NAME_BEFORE.search(text, max(0, candidate.start - 40), candidate.start) is not None


def _newspaper(text: str, candidate: Candidate, names: frozenset[str]) -> bool:
    """A weekday alone before a capitalised word of ``names`` is part of a newspaper's name ("the Sunday
    Times"); the capital is needed, since "Sunday's times" and "Sunday times" are dates."""
    if set(candidate.groups) != {"weekday"}:
        return False
    following = _NEXT_WORD.match(text, candidate.end)
    return following is not None and following.group(1) in names


def _after_title_contraction(text: str, candidate: Candidate, before: re.Pattern[str] | None) -> bool:
    """A bare name after a capitalised contraction in mid-sentence ends a title: "Do They Know It's
    Christmas" (in running text the contraction would be written "it's")."""
    slots = frozenset(name.split("__")[0] for name in candidate.groups)
    if before is None or not slots <= _BARE_NAMES | {"weekday"}:
        return False
    return before.search(text, max(0, candidate.start - 40), candidate.start) is not None


def _holiday_object(text: str, candidate: Candidate, after: re.Pattern[str] | None) -> bool:
    """A holiday alone before a noun of a thing makes a kind of thing: "a Christmas tree", "Easter eggs"."""
    if after is None or {name.split("__")[0] for name in candidate.groups} != {"holiday"}:
        return False
    return after.match(text, candidate.end) is not None


def _event_in_title(text: str, candidate: Candidate, before: re.Pattern[str] | None) -> bool:
    """An event's name after a capitalised word that opens nothing is part of a title ("Michael Moore's
    Fahrenheit 9/11"; not "Since 9/11")."""
    if before is None or not {name.split("__")[0] for name in candidate.groups} & _EVENT_NAMES:
        return False
    return before.search(text, max(0, candidate.start - 40), candidate.start) is not None


def _broadcast_slot(text: str, candidate: Candidate, after: re.Pattern[str] | None) -> bool:
    """A part of the day that ends an expression before a noun of broadcasting names a slot in a
    schedule, which recurs: "took to the morning shows", "the Thursday night show" (no one day)."""
    ends_with_part = any(name.split("__")[0] == "pod" and end == candidate.end for name, (_, end) in candidate.groups.items())
    return after is not None and ends_with_part and after.match(text, candidate.end) is not None


def _title(text: str, candidate: Candidate) -> bool:
    """A capitalised expression of words that are not names is the title of a show or film: "60 Minutes",
    ABC's "This Week", "High Noon" (one word only in mid-sentence: "Today" may open a sentence; but
    after a number a capitalised word opens nothing: "48 Hours" in quotes). A part of the day written
    with a capital after a weekday and before another capitalised word names a show as well: "Saturday
    Night Takeaway", "Saturday Night Live" (but "on Friday Night." may be a date written in capitals)."""
    if _capitalised_part_of_day(text, candidate):
        return True
    words = _WORD.findall(text, candidate.start, candidate.end)
    if not words or not all(word[0].isupper() and (len(word) == 1 or word[1:].islower()) for word in words):
        return False
    proper = [span for name, span in candidate.groups.items() if name.split("__")[0] in _PROPER]
    if proper:
        return _capitalised_modifier(text, candidate, proper)
    if len(words) > 1 or text[candidate.start].isdigit():
        return True
    return _MID_SENTENCE.search(text, max(0, candidate.start - 10), candidate.start) is not None


def _capitalised_modifier(text: str, candidate: Candidate, proper: list[tuple[int, int]]) -> bool:
    """A name written with capitals (a month, a season, a holiday) after a capitalised word that is no
    name, in mid-sentence, is a title: "Suddenly Last Summer", Wham's "Last Christmas" (a capital
    there is only the title's; "Last May, she won" opens a sentence and is kept)."""
    if not text[candidate.start].isalpha() or any(start <= candidate.start < end for start, end in proper):
        return False
    return _MID_SENTENCE.search(text, max(0, candidate.start - 10), candidate.start) is not None


def _capitalised_part_of_day(text: str, candidate: Candidate) -> bool:
    part = candidate.groups.get("pod")
    if part is None or part[0] == candidate.start or not text[part[0]].isupper():
        return False
    return _CAPITALISED_NEXT.match(text, part[1]) is not None


def _matches(text: str, grammar: Grammar) -> Iterator[Candidate]:
    """Every match of every rule, tried only where one of its prefixes starts and some rule matches."""
    for place in grammar.starts.finditer(text):
        start = place.start()
        route = grammar.route(text, start)
        if route is None or route.any_rule.match(text, start) is None:
            continue
        for rule in route.rules:
            match = rule.regex.match(text, start)
            if match is not None:
                candidate = _candidate(match, rule)
                if candidate is not None:
                    yield candidate


def _candidate(match: re.Match[str], rule: CompiledRule) -> Candidate | None:
    groups = {name: match.span(name) for name, value in match.groupdict().items() if value is not None}
    start = groups.pop("pre", (0, match.start()))[1]
    end = groups.pop("post", (match.end(), 0))[0]
    if end <= start or _BLANK_LINE.search(match.string, match.start(), match.end()):
        return None
    return Candidate(start=start, end=end, rule=rule, groups=groups)


def _longest(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap a longer (or earlier-listed) one."""
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []  # sorted; disjoint, so their ends are in order too
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.rule.priority, c.start)):
        # Only the last span starting before the candidate's end can reach into it.
        before = bisect_left(taken, (candidate.end,))
        if before == 0 or taken[before - 1][1] <= candidate.start:
            kept.append(candidate)
            insort(taken, (candidate.start, candidate.end))
    return sorted(kept, key=lambda c: c.start)


def _join(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Join a time of day and the day next to it into one expression."""
    joined: list[Candidate] = []
    for candidate in candidates:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _joinable(previous, candidate)
            and _JOIN.fullmatch(text, previous.end, candidate.start)
            and not _BLANK_LINE.search(text, previous.end, candidate.start)
        ):
            joined[-1] = Candidate(
                start=previous.start,
                end=candidate.end,
                rule=previous.rule,
                groups={**candidate.groups, **previous.groups},
            )
        else:
            joined.append(candidate)
    return joined


def _lend_days(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Give a time of day the day named after a parenthesis or a clock's name that follows it, and so the
    time of day inside the parenthesis too: "10:35 a.m. (0735 GMT) Friday", "10 a.m. local time Friday".
    Each keeps its own extent."""
    lent = list(candidates)
    for index, candidate in enumerate(candidates):
        if not _time_only(candidate):
            continue
        day = _day_across_parenthesis(text, candidate, candidates[index + 1 :])
        if day is None:
            continue
        day_groups = {name: span for name, span in day.groups.items() if name.split("__")[0] in _DAY}
        for inner in range(index, len(candidates)):
            if candidates[inner] is day:
                break
            if _time_only(candidates[inner]):
                lent[inner] = replace(candidates[inner], groups={**day_groups, **candidates[inner].groups})
    return lent


def _day_across_parenthesis(text: str, candidate: Candidate, following: list[Candidate]) -> Candidate | None:
    """The day named right after a parenthesis or a clock's name that follows ``candidate`` ("10:35 a.m.
    (0735 GMT) Friday", "10 a.m. local time Friday"), or inside the parenthesis, joined to its own time
    ("4 in the morning (4 a.m. EDT Thursday)")."""
    opening = _OPENING_PARENTHESIS.match(text, candidate.end)
    if opening is not None and following and following[0].start == opening.end():
        inner = following[0]
        if {name.split("__")[0] for name in inner.groups} & _DAY and inner.kind == "point":
            return inner
    gap = _ACROSS_PARENTHESIS.match(text, candidate.end)
    after = [other for other in following if gap is not None and other.start >= gap.end()]
    if gap is None or not after or after[0].start != gap.end() or not _joinable(candidate, after[0]):
        return None
    return after[0]


def _time_only(candidate: Candidate) -> bool:
    return candidate.kind == "point" and {name.split("__")[0] for name in candidate.groups} <= _TIME_OF_DAY


def _joinable(first: Candidate, second: Candidate) -> bool:
    if first.kind != "point" or second.kind != "point":
        return False
    first_slots = {name.split("__")[0] for name in first.groups}
    second_slots = {name.split("__")[0] for name in second.groups}
    if first_slots & second_slots:
        return False
    return (first_slots <= _TIME_OF_DAY and bool(second_slots & _DAY)) or (
        second_slots <= _TIME_OF_DAY and bool(first_slots & _DAY)
    )
