"""Comparable keys of entity names across articles ("ANA de Armas" = "Ana de Armas" = "de Armas")."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from dateline.kb.rules import NameRules, kb_rules

# The entities stage's lexicons are imported where they are used: importing that stage imports spaCy
# (~1 s), which the store-only commands (entities, timeline, asof) would otherwise wait for.

__all__ = ["NameKeys", "display_quality", "middle_name_only", "name_key", "name_keys", "not_name_words", "person_signals",
           "without_field_word"]

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_PUNCTUATION = re.compile(r"[^\w\s\-']")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    return text.replace("’", "'").casefold()


# Single letters with dots between them: an abbreviation ("U.S.", "U.N.", "J.K."), one word once the dots go,
# as it is written without them ("US", "JK Rowling"); up to `dotted_letters` letters (kb.yaml). Not digits.
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.)+[^\W\d_]\b\.?")


def _undotted(match: re.Match[str]) -> str:
    letters = match.group().replace(".", "")
    return letters if len(letters) <= kb_rules().names.dotted_letters else match.group()


# A bracket the name opens and never closes: the tagger's span ran on into what follows it, an abbreviation or
# a repeat of the name ("Ant & Dec (Ant & Dec", "Hindustan Aeronautics (HAL"), which is no part of the name.
_UNCLOSED_BRACKET = re.compile(r"\s*\([^)]*$")


def _raw_tokens(text: str) -> list[str]:
    text = _UNCLOSED_BRACKET.sub("", text).strip() or text
    text = _DOTTED.sub(_undotted, _POSSESSIVE.sub("", _fold(text).strip())).replace("&", " and ")  # "Ant & Dec"
    return _PUNCTUATION.sub(" ", text).split()


def _tokens(text: str, rules: NameRules) -> list[str]:
    tokens = [word for token in _raw_tokens(text) for word in rules.abbreviations.get(token, token).split()]
    while len(tokens) > 1 and tokens[0] in rules.articles:
        tokens = tokens[1:]
    if (department := _department_of(tokens, rules)) is not None:  # before titles: "Justice" of the Justice Department
        return department
    while len(tokens) > 1 and (tokens[0] in rules.honorifics or tokens[0] in rules.articles) and not _titles_only(tokens[1:], rules):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in rules.suffixes:
        tokens = tokens[:-1]
    if len(tokens) > 2:  # "the International Federation of (the) Phonographic Industry"
        tokens = [tokens[0], *(word for word in tokens[1:-1] if word not in rules.inner_words), tokens[-1]]
    return tokens


def _titles_only(tokens: list[str], rules: NameRules) -> bool:
    """Whether these words are all titles: "Lord Justice", a judge's title, is no "Justice" (a common word a
    speech capitalised, which it had joined) and keeps its first title."""
    return all(token in rules.honorifics for token in tokens)


_DEPARTMENT = "department"


def _department_of(tokens: list[str], rules: NameRules) -> list[str] | None:
    """A department's name in its "Department of" form, when it is named otherwise: "the Justice Department"
    and "the Department for Trade and Industry" (kb.yaml `department_fields`, `departments_for_as_of`). The
    field is no title: "Justice" was stripped as Mr Justice's, and the Justice Department keyed "department"."""
    if len(tokens) > 1 and tokens[-1] == _DEPARTMENT and " ".join(tokens[:-1]) in rules.department_fields:
        return [_DEPARTMENT, "of", *tokens[:-1]]
    if tokens[:2] == [_DEPARTMENT, "for"] and " ".join(tokens[2:]) in rules.departments_for_as_of:
        return [_DEPARTMENT, "of", *tokens[2:]]
    return None


def name_key(text: str) -> str:
    """The comparable form of a name: accents and case folded, possessive, titles, a leading article and
    punctuation dropped."""
    return " ".join(_tokens(text, kb_rules().names))


def _surname(tokens: list[str], rules: NameRules) -> str | None:
    # A title that ends a name cut short by the tagger ("Mary Queen" of "Mary Queen of Scots") is no
    # surname: every lone "Queen", the band or the monarch, would otherwise be her.
    if len(tokens) < 2 or tokens[-1] in rules.honorifics:
        return None
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1] in rules.particles:
        start -= 1
    return " ".join(tokens[start:])


@dataclass(frozen=True)
class NameKeys:
    """The keys an entity can be found by: its full names and, for people, its surname."""

    main: str
    full: frozenset[str]
    surname: str | None
    # Its names without a word of the field before an event's head ("berlin festival" of "berlin film
    # festival"): a shorter name another article may give it, which finds it but is no name of its own.
    short: frozenset[str] = frozenset()
    # Its long names as spelt loosely ("~thms hdn chrch" of "Thomas Haden Church" and of "Thomas Hayden Church"):
    # one name written two ways, which finds it and joins by `spelling`.
    spelt: frozenset[str] = frozenset()

    @property
    def single(self) -> bool:
        """Whether every name of the entity is one word ("Madonna", "Cruise")."""
        return all(" " not in key for key in self.full)


def name_keys(name: str, aliases: list[str], *, person: bool) -> NameKeys:
    """Keys of an entity named ``name`` with ``aliases`` (in-document variants)."""
    rules = kb_rules().names
    main = " ".join(_tokens(name, rules))
    full = {" ".join(tokens) for tokens in (_tokens(text, rules) for text in [name, *aliases]) if tokens}
    surname = None
    if person:
        longest = max((key.split() for key in full), key=len, default=[])
        surname = _surname(longest, rules)
    short = frozenset() if person else frozenset(filter(None, (_without_field_word(key, rules) for key in full))) - full
    spelt = frozenset(filter(None, (_loose_spelling(key, rules) for key in full)))
    return NameKeys(main=main, full=frozenset(full), surname=surname, short=short, spelt=spelt)


_SPELT = "~"  # in front of a loose spelling, so that it is never a name's key


def _loose_spelling(key: str, rules: NameRules) -> str | None:
    """A long name's key as spelt loosely: each word without a plural "s", then its first letter and its other
    letters but vowels, h, w and y, doubled letters once ("laundrette" = "launderette", "hayden" = "haden",
    "industries" = "industry"); None for a name of fewer than `spelling_words` words."""
    words = key.split()
    if not rules.spelling_words or len(words) < rules.spelling_words:
        return None
    return _SPELT + " ".join(_loose_word(word, rules.spelling_silent) for word in words)


def _loose_word(word: str, silent: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    rest = "".join(letter for letter in word[1:] if letter not in silent)
    return word[0] + re.sub(r"(.)\1+", r"\1", rest)


def without_field_word(key: str) -> str | None:
    """An event's name key without the word of its field before its head ("berlin festival"), or None."""
    return _without_field_word(key, kb_rules().names)


def _without_field_word(key: str, rules: NameRules) -> str | None:
    """An event's name without the word of its field before its head ("mtv europe awards" of "mtv europe music
    awards", "berlin festival" of "berlin film festival"), when it has one and a word before that."""
    words = key.split()
    if len(words) < 3 or words[-1] not in rules.event_heads or words[-2] not in rules.field_words:
        return None
    return " ".join([*words[:-2], words[-1]])


def middle_name_only(one: str, other: str) -> bool:
    """Whether two full names (keys) differ only by a middle name or initial that one of them leaves out
    ("john f kennedy" / "john kennedy", "ahmad khan rahami" / "ahmad rahami"). A given name written as an
    initial, a particle in the middle ("ana de armas" / "ana armas") or two different middles ("george h w
    bush" / "george w bush") are no such pair."""
    rules = kb_rules().names
    short, long = sorted((one.split(), other.split()), key=len)
    if len(short) != 2 or not 1 <= len(long) - 2 <= rules.middle_words or len(short[0]) == 1:
        return False
    return short == [long[0], long[-1]] and not set(long[1:-1]) & set(rules.particles)


def display_quality(name: str) -> tuple[int, int, int, int, int]:
    """How good ``name`` is as a display name: more words of the name, not all capitals, no lower-case
    word in front, no bracket left open, longer.

    A lower-case word in front is the text's, not the name's: the NER keeps "the" of "the United States"
    or of "the Ray Charles biopic", and such a form used to win by its length over the bare name. So is
    a bracket it never closes ("Ant & Dec (Ant & Dec"), whose words do not count.
    """
    cut = _UNCLOSED_BRACKET.sub("", name).strip() or name
    words = cut.split()
    leading = 0
    while leading < len(words) - 1 and words[leading].islower():
        leading += 1
    shouting = sum(1 for word in words if len(word) > 1 and word.isupper())
    return (len(words) - leading, -shouting, -leading, -(cut != name), len(cut))


def _titles(tokens: list[str], rules: NameRules) -> list[str]:
    """The honorifics in front of a name of more than one word ("President Bush": president)."""
    found = []
    while len(tokens) > 1 and tokens[0] in rules.honorifics:
        found.append(tokens[0])
        tokens = tokens[1:]
    return found


def person_signals(names: list[str]) -> dict[str, set[str]]:
    """What the forms of a person's name (and the pronouns tied to them) say of them: ``gender`` (m/f, from
    titles such as Mr or Mrs, the given name of a full name, he or she), ``office`` (President, Sen. ...) and
    ``generation`` (the suffix of "Douglas Fairbanks Jr", "Richard III")."""
    from dateline.stages.entities.lexicon import first_names, person_nouns

    rules = kb_rules().names
    honorifics = person_nouns().honorifics
    signals: dict[str, set[str]] = {"gender": set(), "office": set(), "generation": set()}
    for name in names:
        tokens = _raw_tokens(name)
        if len(tokens) > 1 and tokens[-1] in rules.suffixes:
            signals["generation"].add(tokens[-1])
        if len(tokens) == 1 and (gender := rules.pronoun_genders.get(tokens[0])):
            signals["gender"].add(gender)
            continue
        titles = _titles(tokens, rules)
        signals["office"].update(rules.offices[title] for title in titles if title in rules.offices)
        signals["gender"].update(gender for title in titles if (gender := honorifics.get(title)))
        rest = tokens[len(titles):]
        if len(rest) > 1 and (gender := first_names().gender(rest[0])):
            signals["gender"].add(gender)
    return {kind: values for kind, values in signals.items() if values}


@functools.lru_cache(maxsize=1)
def not_name_words() -> frozenset[str]:
    """Capitalised words before a name that are no part of it: titles ("Presidents Obama"), articles,
    nationalities ("British"), party labels and the like (`names.not_name_words` in kb.yaml)."""
    from dateline.stages.entities.lexicon import demonyms

    rules = kb_rules().names
    nationalities = (word.casefold() for word in demonyms().demonyms)
    return frozenset((*rules.honorifics, *rules.articles, *rules.not_name_words, *nationalities))
