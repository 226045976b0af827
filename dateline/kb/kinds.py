"""What kind of thing a document entity names, from the noun right after its name ("Liverpool manager")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateline.kb.rules import HeadingWords, KindWords, NumberedNames

__all__ = ["is_heading_word", "kind_of", "number_after"]

#: The word right after a name (past a possessive), and whether a capitalised word follows that one.
_NEXT_WORD = re.compile(r"(?:'s|’s)? +([A-Za-z]+)( +[A-Z])?")


def kind_of(text: str, spans: Iterable[tuple[int, int]], entity_type: str,
            kinds: list[KindWords]) -> tuple[str, str] | None:
    """The type a kind word after one of the name's mentions gives the entity, with that word; None when
    no mention is followed by one that retypes ``entity_type``."""
    for start, end in sorted(spans):
        found = _NEXT_WORD.match(text, end)
        if found is None:
            continue
        word, named = found.group(1).casefold(), found.group(2) is not None
        for kind in kinds:
            if entity_type in kind.retyped and (word in kind.roles or (word in kind.titles and not named)):
                return kind.type, word
    return None


_WORD = re.compile(r"[\w'’]+")


def is_heading_word(text: str, name: str, spans: Iterable[tuple[int, int]], heading: HeadingWords) -> bool:
    """Whether ``name`` is one word in capitals, in a heading at one of its mentions, that the text also
    writes in lower case as a word (outside a web address): a common word, not an acronym."""
    if " " in name or not (name.isalpha() and name.isupper() and len(name) > 2):
        return False
    lower = re.compile(rf"(?<![\w./@]){re.escape(name.lower())}(?![\w/@]|\.\w)")
    return lower.search(text) is not None and any(_in_heading(text, start, end, heading) for start, end in spans)


def _in_heading(text: str, start: int, end: int, heading: HeadingWords) -> bool:
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    before = _WORD.findall(text[line_start:start])[-heading.window:]
    after = _WORD.findall(text[end:line_end if line_end >= 0 else len(text)])[:heading.window]
    capitals = sum(1 for word in (*before, *after) if word.isupper() and word.isalpha())
    return capitals >= heading.capitals


#: A figure or a capitalised word right after a name, when it ends there or before punctuation other than
#: a dash ("Liverpool 2-1"), a colon, a full stop inside a number or a slash.
_NUMBER = re.compile(r" ([0-9]+|[A-Z][a-z]*)(?![\w\-–:./])")


def number_after(text: str, spans: Iterable[tuple[int, int]], entity_type: str, rules: NumberedNames) -> str | None:
    """The number that follows every mention of the name ("BBC Radio 1" cut to "BBC Radio"), when it is
    always the same one; None otherwise."""
    if entity_type not in rules.types:
        return None
    found = {match.group(1) if match else None for match in (_NUMBER.match(text, end) for _, end in spans)}
    if len(found) != 1:
        return None
    (number,) = found
    return number if number is not None and number.casefold() in rules.numbers else None
