"""dateline: turn dated news articles into a sourced, time-anchored knowledge base."""

import importlib
import typing  # a module, not its names: every public name here is dateline's API (see __all__)

__version__ = "0.1.0"

from dateline.errors import (
    DatelineError,
    DocumentError,
    InputError,
    LexiconError,
    MissingExtraError,
    NotFoundError,
    PipelineError,
    StoreError,
)
from dateline.model import (
    SCHEMA_ID,
    Analysis,
    Attribute,
    Attribution,
    AttributionSource,
    Document,
    Entity,
    Fact,
    Factuality,
    Mention,
    Span,
    Time,
)

if typing.TYPE_CHECKING:
    from dateline.nlp import load_pipeline
    from dateline.pipeline import analyse, analyse_many, analyse_parsed

#: Names resolved on first use, because their modules import spaCy (~1 s): the CLI's help and
#: store-only commands import this package but never need them.
_LAZY_NAMES = {
    "load_pipeline": "dateline.nlp",
    "analyse": "dateline.pipeline",
    "analyse_many": "dateline.pipeline",
    "analyse_parsed": "dateline.pipeline",
}

__all__ = [
    "Analysis",
    "Attribute",
    "Attribution",
    "AttributionSource",
    "DatelineError",
    "Document",
    "DocumentError",
    "Entity",
    "Fact",
    "Factuality",
    "InputError",
    "LexiconError",
    "Mention",
    "MissingExtraError",
    "NotFoundError",
    "PipelineError",
    "SCHEMA_ID",
    "Span",
    "StoreError",
    "Time",
    "__version__",
    "analyse",
    "analyse_many",
    "analyse_parsed",
    "load_pipeline",
]


def __getattr__(name: str) -> typing.Any:
    """Import a spaCy-dependent name the first time it is asked for (PEP 562)."""
    if name not in _LAZY_NAMES:
        raise AttributeError(f"module 'dateline' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY_NAMES[name]), name)
    globals()[name] = value
    return value
