"""Loading the spaCy pipeline, once per process."""

from __future__ import annotations

import functools
import importlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from dateline.config import model_setting
from dateline.errors import PipelineError
from dateline.lexicons import load_lexicon

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["PIPES_USED", "load_pipeline", "resolve_model"]

#: The spaCy components dateline's stages read; the others are not run.
PIPES_USED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def resolve_model(name: str) -> str:
    """Turn a model setting into something ``spacy.load`` takes.

    A package that exposes ``model_path()`` (the PyPI re-upload of en_core_web_md) gives its
    directory; a path is used as it is; any other name must be an installed spaCy package.
    """
    if Path(name).exists():
        return name
    try:
        module = importlib.import_module(name)
    except ImportError:
        return name
    model_path = getattr(module, "model_path", None)
    return str(model_path()) if callable(model_path) else name


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """Load the spaCy pipeline ``model`` (default: the ``DATELINE_MODEL`` setting), cached per process.

    Only the components in :data:`PIPES_USED` are enabled; dateline's own ruler components are
    added before the statistical NER.
    """
    import spacy

    from dateline import factories

    name = model or model_setting()
    target = resolve_model(name)
    try:
        nlp = spacy.load(target)
    except OSError as error:
        raise PipelineError(
            f"cannot load the spaCy pipeline '{name}': install it, or set DATELINE_MODEL to an installed "
            f"pipeline or a path ({error})"
        ) from error
    for pipe in nlp.pipe_names:
        if pipe not in PIPES_USED:
            nlp.disable_pipe(pipe)
    _adjust_tokenizer(nlp)
    factories.add_dateline_pipes(nlp)
    return nlp


class TokenizerRules(BaseModel):
    """``tokenizer.yaml``: the tokenizer's special cases that dateline removes, and infixes it adds."""

    not_abbreviations: list[str] = []
    extra_infixes: list[str] = []


def _adjust_tokenizer(nlp: Language) -> None:
    """Drop the special cases ``tokenizer.yaml`` lists ("m." after a figure ends a sentence) and add its
    infixes (a dash run into a quotation mark: 'Obama—“We')."""
    lexicon = load_lexicon("tokenizer.yaml", TokenizerRules)
    _add_infixes(nlp, lexicon.extra_infixes)
    removed = set(lexicon.not_abbreviations)
    tokenizer = nlp.tokenizer
    rules = getattr(tokenizer, "rules", None) or {}  # a custom tokenizer may have no special cases
    if removed & set(rules):
        tokenizer.rules = {text: tokens for text, tokens in rules.items() if text not in removed}  # type: ignore[union-attr]


def _add_infixes(nlp: Language, patterns: list[str]) -> None:
    """Extend the loaded tokenizer's own infixes with ``patterns`` (a model may ship infixes other than its
    language's defaults; the defaults would silently replace them)."""
    tokenizer = nlp.tokenizer
    if not patterns or not hasattr(tokenizer, "infix_finditer"):
        return  # a custom tokenizer may have no infixes
    own = _own_infixes(tokenizer.infix_finditer)
    if own is None:
        return  # infixes found by something other than a regular expression: nothing to extend
    from spacy.util import compile_infix_regex  # spaCy is imported only when a pipeline is loaded

    tokenizer.infix_finditer = compile_infix_regex([*own, *patterns]).finditer


def _own_infixes(finditer: object) -> list[str] | None:
    """The tokenizer's infix patterns as one alternation ([] for none), or None when ``finditer`` is not a
    compiled regular expression's ``finditer``."""
    if finditer is None:
        return []
    compiled = getattr(finditer, "__self__", None)
    return [compiled.pattern] if isinstance(compiled, re.Pattern) else None
