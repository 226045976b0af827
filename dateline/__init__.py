"""dateline: turn dated news articles into a sourced, time-anchored knowledge base."""

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
from dateline.nlp import load_pipeline
from dateline.pipeline import analyse, analyse_many, analyse_parsed

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
