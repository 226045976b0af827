"""A pronoun written with a capital inside a sentence: a word of a title, not a pronoun.

News names films and songs whose titles hold a pronoun ("The She Hate Me director", "1986 hit She's
Gotta Have It", "a His Dark Materials fans' website", "a track called My Baby Went And Left Me,"). In
running text a pronoun is capitalised only where a sentence or a quotation opens, so one written so right
after a word on its line, with a capitalised word after it (past a clitic: "She's Gotta") or ending a run
of capitalised words before punctuation ("Left Me,"), is a title's word; the resolvers leave it alone.
A typo's missing stop ("a favourite client She never complained") leaves a lower-case word after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["in_title"]


def in_title(pronoun: Token) -> bool:
    """Whether ``pronoun``, capitalised after a word on its line, is a word of a title."""
    text = pronoun.text
    if pronoun.i == 0 or len(text) < 2 or not text[0].isupper() or text.isupper():
        return False  # "I", "HE" of a headline in capitals, or lower case: a pronoun
    before = pronoun.doc[pronoun.i - 1]
    if not (before.is_alpha or before.like_num):
        return False  # after punctuation, a quotation mark or a line break: it may open a sentence
    after = _next_word(pronoun)
    if after is None or after.is_punct:
        return before.text[0].isupper()  # "Went And Left Me,": the end of a capitalised run
    return after.text[0].isupper() and after.is_alpha


def _next_word(pronoun: Token) -> Token | None:
    """The token after ``pronoun``, past a clitic ("She's Gotta")."""
    doc = pronoun.doc
    i = pronoun.i + 1
    if i < len(doc) and doc[i].text[:1] in {"'", "’"} and doc[i].is_alpha is False and len(doc[i].text) > 1:
        i += 1
    return doc[i] if i < len(doc) else None
