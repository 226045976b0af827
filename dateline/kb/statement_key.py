"""The key of a statement: what a fact says, apart from who says it and how sure.

A statement is its predicate (as compared: kb.yaml ``statement_of``), its participants (canonical ids)
and what it is about: the object's canonical id, or, when the text names no entity for it, the object
as the text says it (an award kept as text, "best actor"), normalised so that "Best  Actor", "the best
actor" and "best actor prize" are one statement and "best actor" and "best director" two. An award
(kb.yaml ``yearly_predicates``: won, nominated) is also told apart by the year its fact gives: the best
actor of 2004 and that of 2005 are two ceremonies, two statements.

The key is stored (``canonical_facts.statement``, and the ``statement:`` scopes of contradictions), so it
has one string form, built and read only here::

    romance|3+17|          no object
    works_for|5|42         the object's canonical id
    won_award|5|"best actor"   the object text, with % | + @ escaped as %25 %7C %2B %40
    won_award|5|"best actor"|2005   an award's year, when its fact gives one

The forms without object text are those of the stores made before the text was part of the key (0007);
those without a year, of the stores made before the year was (0008), and of every fact without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

from dateline.kb.rules import kb_rules

__all__ = ["StatementKey", "normalise_object_text", "year_of"]

_SEPARATOR = "|"
_JOINER = "+"
_QUOTE = '"'
# "|" separates the fields; "%" is the escape itself; "+" joins participants and "@" an ended scope's viewer,
# so neither may appear in a key's text for whoever reads a key or a scope apart.
_ESCAPES = str.maketrans({"%": "%25", "|": "%7C", "+": "%2B", "@": "%40"})
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def normalise_object_text(text: str | None) -> str:
    """The object text as keys compare it: lower case, whitespace collapsed, a leading article dropped, and
    the last word's plural "s" and a last word only saying it is an award (kb.yaml ``object_text_heads``)."""
    words = _ARTICLE.sub("", " ".join((text or "").casefold().split())).split(" ")
    words[-1] = _singular(words[-1])
    if len(words) > 1 and words[-1] in kb_rules().object_text_heads:
        words = [*words[:-2], _singular(words[-2])]
    return " ".join(words)


def _singular(word: str) -> str:
    """"oscars" -> "oscar"; not "actress", "chorus", "analysis" or a short word ("us")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


@dataclass(frozen=True)
class StatementKey:
    """A statement's predicate, participants (sorted canonical ids), its object: an id or a normalised text;
    and, for an award, its year."""

    predicate: str
    participants: tuple[int, ...] = ()
    object: int | None = None
    object_text: str = ""
    year: int | None = None

    @classmethod
    def of(cls, predicate: str, participants: list[int], object: int | None, object_text: str | None,
           time: str | None = None) -> StatementKey:
        """The key of a fact: its object text counts only when it has no object entity, and the year of its
        time (a TIMEX3 value) only for a predicate told apart by years (an award's ceremony)."""
        text = "" if object is not None else normalise_object_text(object_text)
        year = year_of(time) if predicate in kb_rules().yearly_predicates else None
        return cls(predicate, tuple(sorted(set(participants))), object, text, year)

    @property
    def participants_part(self) -> str:
        """The participants as the key and the ended scopes write them: ``3+17``."""
        return _JOINER.join(str(cid) for cid in self.participants)

    @property
    def object_part(self) -> str:
        """The object as the key writes it: an id, a quoted escaped text, or nothing."""
        if self.object is not None:
            return str(self.object)
        return f"{_QUOTE}{self.object_text.translate(_ESCAPES)}{_QUOTE}" if self.object_text else ""

    def to_string(self) -> str:
        fields = (self.predicate, self.participants_part, self.object_part)
        return _SEPARATOR.join(fields if self.year is None else (*fields, str(self.year)))

    @classmethod
    def parse(cls, text: str) -> StatementKey:
        """The key a string from :meth:`to_string` (of this or an older store) stands for."""
        return _parse(text)

    @staticmethod
    def predicate_pattern(predicate: str) -> str:
        """An SQL LIKE pattern for the keys of one predicate."""
        return f"{predicate}{_SEPARATOR}%"

    @staticmethod
    def without_participants_pattern() -> str:
        """An SQL LIKE pattern for the keys with no participants (the object's facts only): no text has "|"."""
        return f"%{_SEPARATOR}{_SEPARATOR}%"


def year_of(time: str | None) -> int | None:
    """The year a TIMEX3 value names ("2005", "2005-02-27", "2005-SU"); None for none, a decade ("198") or a
    value without a year ("XXXX-10")."""
    return int(time[:4]) if time and len(time) >= 4 and time[:4].isdigit() else None


@lru_cache(maxsize=65_536)  # scopes and pages parse the same keys over and over
def _parse(text: str) -> StatementKey:
    predicate, participants, obj, *year = text.split(_SEPARATOR)
    ids = tuple(int(cid) for cid in participants.split(_JOINER) if cid)
    when = int(year[0]) if year else None
    if obj.startswith(_QUOTE):
        return StatementKey(predicate, ids, None, unquote(obj[1:-1]), when)
    return StatementKey(predicate, ids, int(obj) if obj else None, year=when)
