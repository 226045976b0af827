"""What kind of thing a document entity names, from the noun right after its name ("Liverpool manager")."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable

from dateline.kb.rules import HeadingWords, KindWords, NumberedNames

__all__ = [
    "cut_from", "is_beside_state", "is_listed", "is_city_sense", "is_heading_word", "is_match_side", "is_result_side", "is_state_sense",
    "gives_origin_by", "inside_name", "is_after_town", "is_origin", "kind_of", "number_after", "place_after",
]

#: The word right after a name (past a possessive), and whether a capitalised word follows that one.
_NEXT_WORD = re.compile(r"('s|’s)? +([A-Za-z]+)( +[A-Z])?")


def kind_of(text: str, spans: Iterable[tuple[int, int]], entity_type: str,
            kinds: list[KindWords]) -> tuple[str, str] | None:
    """The type a kind word after one of the name's mentions gives the entity, with that word; None when
    no mention is followed by one that retypes ``entity_type``."""
    for start, end in sorted(spans):
        found = _NEXT_WORD.match(text, end)
        if found is None:
            continue
        possessive, word, named = found.group(1) is not None, found.group(2).casefold(), found.group(3) is not None
        for kind in kinds:
            if entity_type not in kind.retyped or (possessive and not kind.after_possessive):
                continue
            if word in kind.roles or (word in kind.titles and not named):
                return kind.type, word
    return None


def is_match_side(text: str, spans: Iterable[tuple[int, int]], sides: Collection[str], words: Collection[str]) -> bool:
    """Whether a mention of the name is one side of a match ("Southampton v Portsmouth"): one of ``words``
    (v, vs) between it and another of ``sides``, the places and organisations its article names. A person
    on the other side makes a court case ("Texas v Johnson"), no match."""
    for start, end in spans:
        after = _AFTER_VERSUS.match(text, end)
        before = _BEFORE_VERSUS.search(text, max(0, start - 60), start)
        if after and after.group(1).casefold() in words and any(text.startswith(side, after.end()) for side in sides):
            return True
        if before and before.group(2).casefold() in words and any(text[:before.end(1)].endswith(side) for side in sides):
            return True
    return False


def is_result_side(text: str, spans: Iterable[tuple[int, int]], results: Collection[str],
                   prepositions: Collection[str]) -> bool:
    """Whether a mention of the name is the other side of a match's result: a score, then (within three
    capitalised words, "19-13 Six Nations loss to") one of ``results`` and one of ``prepositions`` right before
    it ("a 3-2 victory over Liverpool")."""
    pattern = _result_pattern(frozenset(results), frozenset(prepositions))
    return any(pattern.search(text, max(0, start - 80), start) for start, _ in spans)


@functools.lru_cache(maxsize=4)
def _result_pattern(results: frozenset[str], prepositions: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, results)))
    before = "|".join(sorted(map(re.escape, prepositions)))
    return re.compile(rf"(?<![\d.,:/£$-])\d{{1,3}}-\d{{1,3}}(?: [A-Z][\w']*){{0,3}} (?i:{words}) (?i:{before}) +$")


def is_state_sense(text: str, spans: Iterable[tuple[int, int]], after: Collection[str], before: Collection[str]) -> bool:
    """Whether a mention of a place's name is said of the state: one of ``after`` right after it, past a
    possessive ("New York Sen. Chuck Schumer", "New York's governor", "the New York state elections"), or one
    of ``before`` right before it ("upstate New York", "the state of New York")."""
    for start, end in spans:
        found = _NEXT_TOKEN.match(text, end)
        if found and found.group(2).casefold() in after:
            return True
        preceding = " ".join(text[max(0, start - 40):start].split()).casefold()
        if any(preceding.endswith(phrase) for phrase in before):
            return True
    return False


def is_beside_state(text: str, spans: Iterable[tuple[int, int]], states: Collection[str]) -> bool:
    """Whether a mention of a place's name is coordinated with a place that is only a state, one of ``states``
    ("bombings in New York and New Jersey", "stations in Ohio or New York", "New York, Ohio and Texas"): set
    beside states, it is one. A state after a comma alone is where a town is ("Portsmouth, Virginia")."""
    if not states:
        return False
    names = "|".join(sorted(map(re.escape, states), key=len, reverse=True))
    after = re.compile(rf",? (?:and|or) (?:{names})(?![\w-])|, (?:{names}),? (?:and|or) ")
    before = re.compile(rf"(?<![\w-])(?:{names}),? (?:and|or) $")
    return any(after.match(text, end) or before.search(text, max(0, start - 60), start) for start, end in spans)


def is_after_town(text: str, spans: Iterable[tuple[int, int]], not_towns: Collection[str]) -> bool:
    """Whether a mention of a place's name comes right after a town and a comma: the town-and-state form ("at
    Hofstra University in Hempstead, New York", "on Long Island, New York"). The town is one to three
    capitalised words right after a lower-case word (not a sentence's first words, not a list's item:
    "Boston, Chicago, New York"), none of ``not_towns`` (the article's people and organisations, the city's own
    parts); and no "and" or "or" follows the mention ("in Paris, New York and London" lists cities)."""
    for start, end in spans:
        found = _TOWN_BEFORE.search(text, max(0, start - 60), start)
        if found and found.group(1) not in not_towns and not _LIST_GOES_ON.match(text, end):
            return True
    return False


_TOWN_BEFORE = re.compile(r"(?<=[a-z] )((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,2}), $")
_LIST_GOES_ON = re.compile(r",? (?:and|or) ")


def is_origin(text: str, spans: Iterable[tuple[int, int]], before: Collection[str], after: Collection[str]) -> bool:
    """Whether a mention gives someone's origin: one of ``before`` right before it ("a justice from Ohio", "born
    in Ohio") or one of ``after`` right after it, past a space or a hyphen ("an Ohio native", "Ohio-born")."""
    for start, end in spans:
        preceding = " ".join(text[max(0, start - 40):start].split()).casefold()
        following = _ORIGIN_AFTER.match(text, end)
        if any(preceding.endswith(f" {phrase}") or preceding == phrase for phrase in before):
            return True
        if following and following.group(1).casefold() in after:
            return True
    return False


def gives_origin_by(text: str, places: Collection[str], before: Collection[str], after: Collection[str]) -> bool:
    """Whether the text gives someone's origin by one of ``places`` ("a justice from Pennsylvania")."""
    spans = [(found.start(), found.end()) for place in places
             for found in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text)]
    return is_origin(text, spans, before, after)


_ORIGIN_AFTER = re.compile(r"[ -]([A-Za-z]+)")


def is_city_sense(text: str, spans: Iterable[tuple[int, int]], city: str, dateline_chars: int) -> bool:
    """Whether a mention of a place's name is said of the city: the article's dateline ("NEW YORK —", "New
    York (CNN)"), which names a city, or a mention whose sentence or the one before names the city by its
    city form (``city``: "Every bank in New York City ... The oldest firm in New York")."""
    for start, end in spans:
        opens_line = start == 0 or text[start - 1] == "\n"
        if opens_line and start < dateline_chars and _DATELINE_END.match(text, end):
            return True
        if city.casefold() in _sentences_around(text, start, end).casefold():
            return True
    return False


def _sentences_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``start``-``end`` and the one before it."""
    ends = [found.end() for found in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[ends[-2] if len(ends) > 1 else 0:after.start() if after else len(text)]


#: What follows a dateline's place: an agency in brackets, a dash, or both ("NEW YORK (AP) —").
_DATELINE_END = re.compile(r"(?: \([^)\n]{1,40}\))? *[—–-] | \([^)\n]{1,40}\)")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n+")
_NEXT_TOKEN = re.compile(r"('s|’s)? +([A-Za-z]+\.?)")
_AFTER_VERSUS = re.compile(r" +(\w+\.?) +")
_BEFORE_VERSUS = re.compile(r"(\w)\.? +(\w+\.?) +$")


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


def place_after(text: str, spans: Iterable[tuple[int, int]], places: Collection[str]) -> str | None:
    """The place, one of ``places`` (those its article names), that follows every mention of the name right
    after a space ("BBC" of "BBC Northern Ireland", cut by the tagger before the region), when it is always
    the same one; None otherwise. Not after a possessive: "London's West End" is a district of London."""
    found = {_place_at(text, end, places) for _, end in spans}
    if len(found) != 1:
        return None
    (place,) = found
    return place


def inside_name(text: str, spans: Iterable[tuple[int, int]], longer_names: Collection[str]) -> str | None:
    """The longer name, one of ``longer_names`` (those of its article's other entities), written around every
    mention of a name ("Britain" of "Little Britain stars ...", "Edinburgh" of "Edinburgh Rugby"), when it is
    always the same one: the tagger cut that name short there. None otherwise."""
    found = {_name_around(text, start, end, longer_names) for start, end in spans}
    if len(found) != 1:
        return None
    (longer,) = found
    return longer


def _name_around(text: str, start: int, end: int, longer_names: Collection[str]) -> str | None:
    mention = text[start:end]
    around = []
    for name in longer_names:
        for found in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", name):
            begin = start - found.start()
            if begin >= 0 and text[begin:begin + len(name)] == name and not _inside_word(text, begin, begin + len(name)):
                around.append(name)
    return max(around, key=len, default=None)


def _inside_word(text: str, start: int, end: int) -> bool:
    return text[start - 1:start].isalnum() or text[end:end + 1].isalnum()


def _place_at(text: str, start: int, places: Collection[str]) -> str | None:
    if text[start:start + 1] != " " or text[start - 2:start] in ("'s", "’s") or text[start - 1:start] in "'’":
        return None  # a mention's span takes in its possessive: "BBC One's Breakfast" is a programme
    rest = text[start + 1:start + 60]
    return max((place for place in places if rest.startswith(place) and not rest[len(place):len(place) + 1].isalnum()),
               key=len, default=None)


#: A capitalised word right before a name, or a given name before a nickname in quotes ('Marion "Suge"
#: Knight': Marion).
_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w.\-]*)( +[\"“][^\"”\n]{1,25}[\"”])? +$")
#: What ends a sentence or opens a quotation: a capitalised word after it is capitalised for that reason.
_SENTENCE_START = ".!?:;\"“”‘’'(\n"


def cut_from(text: str, spans: Iterable[tuple[int, int]], not_name_words: Collection[str]) -> set[str]:
    """The longer names a one-word name was cut from by the tagger ("Williams" of "Tennessee Williams",
    "Fox" of "Arent Fox"): a mention of one word right after a capitalised word that is not one of
    ``not_name_words`` (titles, articles) nor a sentence's first word (unless a nickname in quotes follows
    it: 'Antonio "LA" Reid'). News names a person in full once, then by surname: one such mention is
    enough."""
    longer = set()
    for start, end in spans:
        mention, window = text[start:end].strip(), text[max(0, start - 60):start]
        found = _WORD_BEFORE.search(window)
        if found is None or " " in mention:
            continue
        word, nickname = found.group(1), found.group(2) is not None
        before = window[:found.start()].rstrip()
        first_word = not before or before[-1] in _SENTENCE_START
        sentence_end = word.endswith(".") and len(word) > 2  # "Theatre. Westlife", not the initial "J."
        folded = word.casefold()
        if (first_word and not nickname) or sentence_end or folded in not_name_words \
                or folded.removesuffix("s") in not_name_words:
            continue
        longer.add(f"{word} {mention}")
    return longer


#: A capitalised word right before a mention, glued to it ("Fat Joe", "Half-Blood Prince"): then the mention is
#: no whole item of a list. A sentence's last word before its full stop ("Theatre. Westlife") is not one.
_GLUED_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*\s+$")


def is_listed(text: str, spans: Iterable[tuple[int, int]], partners: Collection[tuple[int, int]],
              separators: Collection[str]) -> bool:
    """Whether a mention is one whole item of a list of names: another name (one of ``partners``' spans) right
    before or after it across a separator ("Paul Simon, Madonna and David Bowie", "Jay-Z and Beyonce"), and no
    capitalised word glued before it ("Fat Joe, Nas" lists Fat Joe)."""
    starts, ends = {start for start, _ in partners}, {end for _, end in partners}
    after, before = _separator_patterns(frozenset(separators))
    for start, end in spans:
        if _GLUED_BEFORE.search(text[max(0, start - 40):start]):
            continue
        following = after.match(text, end)
        preceding = before.search(text, max(0, start - 40), start)
        if (following and following.end() in starts) or (preceding and preceding.start() in ends):
            return True
    return False


@functools.lru_cache(maxsize=4)
def _separator_patterns(separators: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A separator after a mention (matched at its end) and one before it (searched up to its start)."""
    words = "|".join(re.escape(word) for word in sorted(separators) if word.isalpha())
    marks = "|".join(re.escape(mark) for mark in sorted(separators) if not mark.isalpha())
    middle = rf"(?:\s*(?:{marks})\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+)"
    return re.compile(middle), re.compile(middle + "$")
