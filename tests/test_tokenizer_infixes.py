"""``nlp._add_infixes`` extends the loaded tokenizer's own infixes with ``tokenizer.yaml``'s, rather than
rebuilding them from the language's defaults (a model may ship infixes of its own)."""

from __future__ import annotations

import spacy
from spacy.util import compile_infix_regex

from dateline.nlp import _add_infixes

_OWN = r"(?<=[a-z])§(?=[a-z])"  # an infix no language default has: "alpha§beta" split at "§"
_EXTRA = r"(?<=[a-z])¤(?=[a-z])"


def _words(nlp: spacy.language.Language, text: str) -> list[str]:
    return [token.text for token in nlp.tokenizer(text)]


def test_the_tokenizers_own_infixes_are_kept() -> None:
    nlp = spacy.blank("en")
    nlp.tokenizer.infix_finditer = compile_infix_regex([_OWN]).finditer
    _add_infixes(nlp, [_EXTRA])
    assert _words(nlp, "alpha§beta gamma¤delta") == ["alpha", "§", "beta", "gamma", "¤", "delta"]


def test_a_tokenizer_with_no_infixes_takes_the_extra_ones() -> None:
    nlp = spacy.blank("en")
    nlp.tokenizer.infix_finditer = None
    _add_infixes(nlp, [_EXTRA])
    assert _words(nlp, "gamma¤delta well-known") == ["gamma", "¤", "delta", "well-known"]
