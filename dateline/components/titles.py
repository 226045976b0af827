"""Finding the extent of a title ("Mission: Impossible – The Final Reckoning") around a cue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["TitleShape", "is_title_run", "plausible_title", "title_after", "title_before"]


@dataclass(frozen=True)
class TitleShape:
    """What may stand inside a title besides capitalised words."""

    function: frozenset[str]
    joiners: frozenset[str]
    breaks: frozenset[str]
    max_tokens: int


#: Labels of names a title does not run on into after a break word ("... from Spain", "... in May", "... in Mandarin").
_NAME_LABELS = {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "LANGUAGE"}
_DATE_LABELS = {"DATE", "TIME"}
_LISTING = {"and", "or", "&"}
#: Parts of speech of the word that makes a capitalised run a name rather than a sentence opening.
_CONTENT_POS = {"PROPN", "NOUN", "ADJ", "NUM", "VERB"}


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _contraction(token: Token) -> bool:
    """ "'s", "n't", "'re" glued to the word before: inside "Do They Know It's Christmas"."""
    previous = token.nbor(-1) if token.i > 0 else None
    glued = previous is not None and not previous.whitespace_
    if token.tag_ == "POS":
        return False  # "Lemony Snicket's A Series of ...": the possessive joins a name to the title
    return glued and (token.text[:1] in {"'", "’"} or token.lower_ in {"n't", "n’t"})


def _inner(token: Token, shape: TitleShape) -> bool:
    return token.lower_ in shape.function or token.text in shape.joiners or _contraction(token)


def title_after(doc: Doc, start: int, *, shape: TitleShape, limit: int) -> tuple[int, int] | None:
    """The token range of a title beginning at ``start`` and ending before ``limit``, if there is one."""
    if start >= limit or not _capitalised(doc[start]):
        return None
    end = start + 1
    for i in range(start + 1, min(limit, start + shape.max_tokens)):
        token = doc[i]
        following = doc[i + 1] if i + 1 < len(doc) else None
        named = following is not None and following.ent_iob_ == "B" and following.ent_type_ in _NAME_LABELS | _DATE_LABELS
        if token.lower_ in shape.breaks and named and not _capitalised(token):
            break  # a capitalised "For" is the title's own word ("USA For Africa"), not a break
        if _capitalised(token):
            end = i + 1
        elif not (_inner(token, shape) or (i - 1 > start and _inner_possessive_after(doc, i))):
            break
    return (start, end) if plausible_title(doc, start, end) else None


def _inner_possessive_after(doc: Doc, i: int) -> bool:
    """Whether the possessive ``doc[i]`` joins two capitalised words no name of the NER owns, inside a
    title read from its start ("Dead Man's Shoes"), unlike a name's ("the film Ann Lee's fans ..."). Not
    after a title's first word: "All's Well ..." is "All is", tagged a possessive."""
    if doc[i].tag_ != "POS" or i + 1 >= len(doc) or doc[i - 1].whitespace_:
        return False
    return _capitalised(doc[i - 1]) and not doc[i - 1].ent_type_ and _capitalised(doc[i + 1])


def title_before(doc: Doc, end: int, *, shape: TitleShape, limit: int) -> tuple[int, int] | None:
    """The token range of a title ending just before ``end`` and starting at or after ``limit``."""
    if end <= limit or not _capitalised(doc[end - 1]):
        return None
    start = end - 1
    for i in range(end - 2, max(limit, end - 1 - shape.max_tokens) - 1, -1):
        token = doc[i]
        breaking = token.lower_ in shape.breaks and not _capitalised(token)
        if breaking and _starts_name(doc, i + 1) and i > 0 and _capitalised(doc[i - 1]):
            return None  # "The Sea Inside from Spain won": a title and a name, or one title? No guess
        if _capitalised(token):
            start = i
        elif token.lower_ in _LISTING:
            return None  # going left, "and" may end a list of names or sit inside the title: no guess
        elif not _inner(token, shape):
            break
    while start < end - 1 and (_numeric_date(doc[start]) or not _capitalised(doc[start])):
        start += 1  # "the 1960s Star Trek series": the decade is not part of the title
    modifier = end < len(doc) and doc[end].text != ","
    if modifier and doc[start].is_sent_start and doc[start].lower_ in {"the", "a", "an"} and start < end - 1:
        start += 1  # "The John Wick spin-off ..." opening a sentence: the article is not the title's
    if doc[start].is_sent_start and doc[start].tag_ in {"VBN", "VBG"}:
        return None  # "Directed by Ann Lee, the film ...": a participle clause, not a title
    if end - start == 1 and (doc[start].pos_ != "PROPN" or doc[start].is_sent_start):
        return None  # "a TV series", "Film sequel ...": a common noun or a sentence's first word
    if _inner_possessive(doc, start):
        return None  # "Dead Man's Shoes won": the title goes on before the possessive, where is unknown
    return (start, end) if plausible_title(doc, start, end) else None


def _numeric_date(token: Token) -> bool:
    """A date written in figures ("the 1960s"), unlike a number word opening a title ("Forty Shades of Blue")."""
    return token.ent_type_ in _DATE_LABELS and not token.is_alpha


def _starts_name(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].ent_iob_ == "B" and doc[i].ent_type_ in _NAME_LABELS | _DATE_LABELS


def _inner_possessive(doc: Doc, start: int) -> bool:
    """Whether the run starting at ``start`` follows the possessive of a capitalised word that is no
    name of the NER ("Man's" in "Dead Man's Shoes"), unlike an owner's ("Spielberg's War of the Worlds")."""
    if start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 2].whitespace_:
        return False
    owner = doc[start - 2]
    return _capitalised(owner) and not owner.ent_type_


def plausible_title(doc: Doc, start: int, end: int) -> bool:
    """Whether ``[start, end)`` has a capitalised content word that is not just a sentence's first word."""
    for token in doc[start:end]:
        if not _capitalised(token) or token.pos_ not in _CONTENT_POS:
            continue
        if not token.is_sent_start or token.pos_ == "PROPN" or end - start > 1:
            return True
    # "Over and Over", "In Between": capitalised function words, more than one, none opening a sentence,
    # up to punctuation ("the song How We do" is cut from "How We Do": no title)
    capitalised = [token for token in doc[start:end] if _capitalised(token)]
    closed = end >= len(doc) or doc[end].is_punct or doc[end].is_space
    return closed and len(capitalised) > 1 and not any(token.is_sent_start for token in capitalised)


def is_title_run(doc: Doc, start: int, end: int, *, shape: TitleShape) -> bool:
    """Whether tokens ``[start, end)`` read as a title: capitalised words and inner function words only."""
    if not _capitalised(doc[start]) or not _capitalised(doc[end - 1]):
        return False
    words = doc[start:end]
    shaped = all(_capitalised(token) or _inner(token, shape) for token in words)
    return shaped and plausible_title(doc, start, end)
