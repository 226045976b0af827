"""What kind of thing a document entity names, from the noun right after its name ("Liverpool manager")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateline.kb.rules import KindWords

__all__ = ["kind_of"]

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
