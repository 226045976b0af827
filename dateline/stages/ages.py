"""Ages stated as of a date, and the birth-date intervals they imply; ages at death ("who has died aged
94", "died in 1994 at the age of 72"), which hold as of the death, not of the document date."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel

from dateline.lexicons import load_lexicon
from dateline.stages.times.lexicon import load_times_lexicon
from dateline.stages.times.numbers import parse_number

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DeathAge", "age_number", "birth_interval", "birth_interval_in_year", "death_age"]

_MAX_AGE = 120
_VERB_REACH = 8  # words between a death verb and "aged 94" ("died of heart failure in Bath aged 94")
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
# Dependents of a verb that are no part of its own time: its subject and the clauses inside it.
_OTHER_CLAUSES = frozenset({"nsubj", "nsubjpass", "relcl", "ccomp", "advcl", "conj", "xcomp", "parataxis"})


class AgeLexicon(BaseModel):
    death_verbs: list[str]
    perfect_auxiliaries: list[str] = []


@functools.cache
def _lexicon() -> AgeLexicon:
    return load_lexicon("ages.yaml", AgeLexicon)


@dataclass(frozen=True)
class DeathAge:
    """An age at death: the verb whose subject died, and when the age holds.

    ``recent`` says the death is the news of the document ("has died"): the age holds as of its date.
    ``year`` is the year the clause names ("died in 1994 aged 72"); with neither, the date is unknown.
    """

    age: int
    verb: Token
    year: int | None
    recent: bool


def _minus_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def birth_interval(age: int, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The earliest and latest birth dates of someone who is ``age`` years old on ``as_of``.

    >>> birth_interval(36, dt.date(2025, 4, 17))
    (datetime.date(1988, 4, 18), datetime.date(1989, 4, 17))
    """
    latest = _minus_years(as_of, age)
    earliest = _minus_years(as_of, age + 1) + dt.timedelta(days=1)
    return earliest, latest


def birth_interval_in_year(age: int, year: int) -> tuple[dt.date, dt.date]:
    """The birth dates of someone who was ``age`` years old on some day of ``year``.

    >>> birth_interval_in_year(72, 1994)
    (datetime.date(1921, 1, 2), datetime.date(1922, 12, 31))
    """
    return birth_interval(age, dt.date(year, 1, 1))[0], birth_interval(age, dt.date(year, 12, 31))[1]


def age_number(word: Token) -> int | None:
    """The age a number gives, in digits or in words ("36", "Seventeen" of "Seventeen-year-old")."""
    if word.is_digit:
        age = int(word.text)
    elif word.is_alpha and word.like_num:
        value = parse_number(word.lower_, numbers=load_times_lexicon().numbers)
        age = int(value) if value is not None and value == int(value) else 0
    else:
        return None
    return age if 0 < age < _MAX_AGE else None


def death_age(number: Token) -> DeathAge | None:
    """The age at death that ``number`` gives, in "died aged 94" or "died at the age of 94"."""
    if not number.is_digit or not 0 < int(number.text) < _MAX_AGE or number.i < 2:
        return None
    doc = number.doc
    before = doc[number.i - 1].lower_
    if before == "aged":
        phrase = doc[number.i - 1]
    elif before == "of" and doc[number.i - 2].lower_ == "age" and doc[number.i - 3].lower_ == "the":
        phrase = doc[number.i - 2]
    else:
        return None
    verb = _verb_above(phrase)
    if verb is None or verb.lemma_ not in _lexicon().death_verbs:
        verb = _verb_before(phrase)  # the parse may hang "aged 94" on the name: "Ana, who died in Bath aged 94"
    if verb is None:
        return None
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ == "aux"}
    recent = bool(auxiliaries & set(_lexicon().perfect_auxiliaries))
    return DeathAge(int(number.text), verb, _year_in(verb), recent)


def _verb_above(token: Token) -> Token | None:
    """The verb "aged" or "at the age of" hangs on ("died in Bath aged 94": died)."""
    current = token
    for _ in range(3):
        current = current.head
        if current.pos_ == "VERB":
            return current
        if current.head.i == current.i:
            return None
    return None


def _verb_before(token: Token) -> Token | None:
    """A death verb a few words before ``token`` in the same stretch of words (no punctuation between)."""
    doc = token.doc
    for i in range(token.i - 1, max(token.sent.start, token.i - _VERB_REACH) - 1, -1):
        if doc[i].is_punct:
            return None
        if doc[i].pos_ == "VERB" and doc[i].lemma_ in _lexicon().death_verbs:
            return doc[i]
    return None


def _year_in(verb: Token) -> int | None:
    """The year a date in the verb's clause names ("died in June 2004"), not one of its subject or of a
    clause inside it ("O'Herlihy, nominated at the 1955 Oscars, has died")."""
    for child in verb.children:
        if child.dep_ in _OTHER_CLAUSES:
            continue
        for token in child.subtree:
            if token.ent_type_ == "DATE" and (found := _YEAR.fullmatch(token.text)):
                return int(found.group(1))
    return None
