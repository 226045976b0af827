"""Per-token string attributes of a parsed document, each read in one call.

Reading ``token.lower_`` or ``token.text`` costs a string-store lookup and a new Python string on every
call (about 0.3 µs): a stage that tests every token's form on each of its passes pays that many times
over. :func:`forms` reads a whole column with ``Doc.to_array`` instead, one string per distinct value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["forms"]


def forms(doc: Doc, attribute: str) -> list[str]:
    """The string value of ``attribute`` ("LOWER", "ORTH", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE")
    of each token. Not for attributes ``to_array`` gives as numbers, such as "ENT_IOB".

    >>> from dateline.nlp import load_pipeline
    >>> forms(load_pipeline()("Ana sang."), "LOWER")
    ['ana', 'sang', '.']
    """
    strings = doc.vocab.strings
    keys = doc.to_array(attribute).tolist()
    values = {key: strings[key] for key in set(keys)}
    return [values[key] for key in keys]
