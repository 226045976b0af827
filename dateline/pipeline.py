"""Running the stages over one or many documents."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from dateline import __version__
from dateline.errors import DocumentError, InputError
from dateline.ingest.readers import YEARS
from dateline.model import Analysis, Document
from dateline.nlp import load_pipeline
from dateline.stages.attribution import find_attributions
from dateline.stages.entities import find_entities
from dateline.stages.facts import find_facts
from dateline.stages.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["STAGES", "StageTimings", "analyse", "analyse_many", "analyse_parsed"]

STAGES = ("entities", "times", "attribution", "facts")

#: Seconds spent per stage, summed over the documents of a run (filled in when a dict is passed).
StageTimings = dict[str, float]


class _Clock:
    def __init__(self, timings: StageTimings | None) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        if self.timings is None:
            return
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
        self.last = now


def analyse_parsed(document: Document, doc: Doc, *, timings: StageTimings | None = None) -> Analysis:
    """Run the stages on ``document`` whose text spaCy has already parsed into ``doc``."""
    _check_date(document)
    clock = _Clock(timings)
    entities = find_entities(doc, document_date=document.date)
    clock.lap("entities")
    times = find_times(document.text, document_date=document.date, doc=doc)
    clock.lap("times")
    attributions = find_attributions(doc, entities=entities, text=document.text)
    clock.lap("attribution")
    facts = find_facts(doc, document=document, entities=entities, times=times, attributions=attributions)
    clock.lap("facts")
    return Analysis(
        document=document,
        entities=entities,
        times=times,
        attributions=attributions,
        facts=facts,
        analyser=f"dateline/{__version__}",
    )


def _check_date(document: Document) -> None:
    """The readers' range of document years, for documents built in Python: a relative time of
    ``Document.create(..., date=date(1, 1, 1))`` ("yesterday") failed deep in the times stage with a bare
    OverflowError."""
    if document.date is not None and not YEARS[0] <= document.date.year <= YEARS[1]:
        raise DocumentError(
            f"invalid date '{document.date.isoformat()}': the year must be from {YEARS[0]} to {YEARS[1]} "
            "(a placeholder for no date? give None)",
            input=document.id,
        )


def _checked(document: object) -> Document:
    """``document`` if it is a Document; else an InputError saying how to make one. A text passed as it is,
    ``analyse("Maya Lund flew to Oslo.")``, failed with "'str' object has no attribute 'date'"."""
    if not isinstance(document, Document):
        raise InputError(
            f"analyse takes a Document, not {type(document).__name__}: "
            "analyse(Document.create(text, date=datetime.date(2025, 4, 17)))"
        )
    return document


def analyse(document: Document, *, nlp: Language | None = None) -> Analysis:
    """Analyse one document.

    >>> from dateline import Document, analyse
    >>> analysis = analyse(Document.create("Ana Reyes, 36, arrived in Lisbon on Sunday."))
    >>> [entity.name for entity in analysis.entities]
    ['Ana Reyes', 'Lisbon']
    """
    _check_date(_checked(document))  # before loading and running spaCy
    nlp = nlp or load_pipeline()
    return analyse_parsed(document, nlp(document.text))


def analyse_many(
    documents: Iterable[Document],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    timings: StageTimings | None = None,
) -> Iterator[Analysis | DocumentError]:
    """Analyse documents in order, batching spaCy; a document that fails gives a DocumentError."""
    nlp = nlp or load_pipeline()
    pairs = nlp.pipe(((d.text, d) for d in map(_checked, documents)), as_tuples=True, batch_size=batch_size)
    for doc, document in pairs:
        try:
            yield analyse_parsed(document, doc, timings=timings)
        except DocumentError as error:
            yield error
        except Exception as error:  # noqa: BLE001 -- a bug in a stage must not stop the batch
            yield DocumentError(f"analysis failed: {type(error).__name__}: {error}", input=document.id)
