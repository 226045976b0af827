"""Descriptions by an office the article wrote as a person's title: "former President Ann Vale ... the
former president", "Italian Prime Minister Tom Reed ... the Italian prime minister".

An office noun is no nominal of :mod:`nominals` ("the president" is as often the office's holder of the
day as someone named), but when the article has written it as a title before one person's name, the same
words after "the" name that person back: all the title's words but places ("former", "prime", "deputy":
"the prime minister" is not "Deputy Prime Minister X"), a place in front only if the title had it. The
holder must be mentioned in the last ``office_window_sentences`` sentences (a president named by title far
back is no longer the one "the president" names: "President Ford ... 40 paragraphs on ... the president").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.discourse import Discourse, Ref
from dateline.stages.entities.lexicon import person_nouns
from dateline.stages.entities.nominals import _SELECTING, _definite, _names_someone

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["resolve_titled_nominals"]

#: NER labels of a place or people in a title or a description ("US President", "the Italian prime minister").
_PLACE_LABELS = {"GPE", "NORP", "LOC"}
#: Words before "the" that belong to the clause, not the description ("not just the prime minister").
_OUTSIDE = {"neg", "advmod", "preconj"}
#: A title's words and the places written with it.
_Title = tuple[tuple[str, ...], frozenset[str]]


def resolve_titled_nominals(discourse: Discourse) -> None:
    """Tie "the [former] <office>" to the one person the article titled so, mentioned in the window."""
    nouns = person_nouns()
    heads = [
        token for token, lower, pos in zip(discourse.tokens, discourse.lowers, discourse.pos, strict=True)
        if pos == "NOUN" and lower in nouns.office_titles
    ]
    if not heads:
        return  # no office noun (most articles)
    titled = _titled_names(discourse)
    for head in heads:
        found = _description(discourse, head)
        if found is None:
            continue
        start, (words, places) = found
        holders = {
            number for position, number, (title, written) in titled
            if position < head.i and title == words and places <= written
        }
        holders = {number for number in holders if _mentioned_lately(discourse, number, head.i)}
        if len(holders) == 1:
            discourse.add_ref(holders.pop(), Ref(start, head.i + 1, "nominal"))


def _titled_names(discourse: Discourse) -> list[tuple[int, int, _Title]]:
    """(token, cluster, title) of each person's name written after a title with an office noun."""
    offices = person_nouns().office_titles
    found = []
    for number, ref in discourse.person_names():
        title = _title_before(discourse, ref.start, ref.end)
        if title[0] and title[0][-1] in offices:
            found.append((ref.start, number, title))
    return found


def _title_before(discourse: Discourse, start: int, end: int) -> _Title:
    """The words that modify the name ``[start, end)`` from right before it ("former U.S. President"),
    with an office noun the mention itself opens with ("President Ann Vale"); places apart."""
    doc = discourse.doc
    words: list[str] = []
    places: list[str] = []
    first = doc[start]
    if first.is_title and discourse.lowers[start] in person_nouns().office_titles and end - start > 1:
        words.append(discourse.lowers[start])
    i = start - 1
    while i >= 0 and doc[i].dep_ in {"compound", "amod"} and i < doc[i].head.i < end and doc[i].text != "-":
        (places if doc[i].ent_type_ in _PLACE_LABELS else words).insert(0, discourse.lowers[i])
        i -= 1
    return tuple(words), frozenset(places)


def _description(discourse: Discourse, head: Token) -> tuple[int, _Title] | None:
    """The start and words of "the [former] [Italian] prime minister" headed by ``head``, or None when
    it is no definite description of one person (plural, "the next president", "the president of X",
    "the president's", a modifier other than adjectives and nouns)."""
    if head.tag_ != "NN" or head.dep_ == "compound" or not _definite(head) or _names_someone(head):
        return None
    lefts = [child for child in head.lefts if child.dep_ not in _OUTSIDE]
    modifiers = [child for child in lefts if child.dep_ != "det"]
    places = [child for child in modifiers if child.ent_type_ in _PLACE_LABELS]
    others = [child for child in modifiers if child.ent_type_ not in _PLACE_LABELS]
    if any(child.dep_ not in {"amod", "compound"} for child in modifiers) or any(map(_selecting, others)):
        return None  # "New" of "New York" selects nothing
    words = [discourse.lowers[child.i] for child in others]
    first = min(child.left_edge.i for child in lefts)
    start = max(place.right_edge.i for place in places) + 1 if places else first
    if discourse.covered(start, head.i + 1):
        return None
    written = frozenset(discourse.lowers[word.i] for place in places for word in place.subtree)
    return start, ((*words, discourse.lowers[head.i]), written)


def _selecting(modifier: Token) -> bool:
    """ "the next president", "the first prime minister": a modifier that picks out rather than names back."""
    return any(
        word.tag_ in {"JJS", "RBS"} or word.lower_ in _SELECTING or word.ent_type_ == "ORDINAL"
        for word in modifier.subtree
    )


def _mentioned_lately(discourse: Discourse, number: int, position: int) -> bool:
    start = discourse.sentence_window(position, person_nouns().office_window_sentences)
    return any(start <= ref.start < position for ref in discourse.clusters[number].refs)
