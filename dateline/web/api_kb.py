"""REST: entities (search, one, timeline, as-of, articles, attributes, links), facts, threads, contradictions, rumours."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from dateline.errors import InputError
from dateline.kb import (
    CanonicalEntity,
    Contradiction,
    EntityDocument,
    EntityLink,
    FactFilter,
    KbFact,
    StatedAttribute,
    Statement,
    Thread,
    TimelineItem,
)
from dateline.labels import entity_type
from dateline.web.deps import KbDep, without_trailing_slash
from dateline.web.errors import ERROR_RESPONSES
from dateline.web.pagination import Limit, Offset, Page, page_of, slice_page

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["knowledge base"], responses=ERROR_RESPONSES)

EntityQuery = Annotated[str | None, Query(description="Only what involves this entity (a name or an id).")]
DateQuery = Annotated[dt.date | None, Query(description="A date YYYY-MM-DD (inclusive).")]


def _check_range(start: dt.date | None, end: dt.date | None) -> None:
    """A start after the end is a 422: it answered an empty list, as if there were no such facts."""
    if start and end and start > end:
        raise InputError(f"invalid request: start {start} is after end {end}")


@router.get("/entities", response_model=Page[CanonicalEntity])
def list_entities(
    kb: KbDep,
    name: Annotated[str | None, Query(description="Only entities with a name containing this.")] = None,
    type: Annotated[str | None, Query(description="Only entities of this type: PERSON, ORG, GPE, LOC, WORK, EVENT, NORP or OTHER (any case).")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[CanonicalEntity]:
    """Canonical entities across articles, most documents first."""
    kind = entity_type(type)
    return page_of(lambda n, skip: kb.entities(name=name, type=kind, limit=n, offset=skip), limit=limit, offset=offset)


@router.get("/entities/{entity:path}/timeline", response_model=Page[TimelineItem])
def timeline(
    entity: str, kb: KbDep, start: DateQuery = None, end: DateQuery = None, limit: Limit = 200, offset: Offset = 0
) -> Page[TimelineItem]:
    """The entity's facts in time order (undated facts at their article's date)."""
    _check_range(start, end)
    found = str(kb.entity(entity).id)
    return page_of(lambda n, skip: kb.timeline(found, start=start, end=end, limit=n, offset=skip), limit=limit, offset=offset)


@router.get("/entities/{entity:path}/asof", response_model=Page[Statement])
def asof(
    entity: str,
    kb: KbDep,
    date: Annotated[dt.date, Query(description="The day YYYY-MM-DD.")],
    limit: Limit = 100,
    offset: Offset = 0,
) -> Page[Statement]:
    """What the articles published up to ``date`` said about the entity: each statement's latest status."""
    return page_of(lambda n, skip: kb.asof(entity, date, limit=n, offset=skip), limit=limit, offset=offset)


@router.get("/entities/{entity:path}/documents", response_model=Page[EntityDocument])
def entity_documents(entity: str, kb: KbDep, limit: Limit = 50, offset: Offset = 0) -> Page[EntityDocument]:
    """The articles that mention the entity, newest first."""
    return slice_page(kb.documents(entity), limit=limit, offset=offset)


@router.get("/entities/{entity:path}/attributes", response_model=Page[StatedAttribute])
def entity_attributes(entity: str, kb: KbDep, limit: Limit = 100, offset: Offset = 0) -> Page[StatedAttribute]:
    """The attributes (ages, birth intervals, occupations ...) each article states about the entity."""
    return slice_page(kb.attributes(entity), limit=limit, offset=offset)


@router.get("/entities/{entity:path}/links", response_model=Page[EntityLink])
def entity_links(entity: str, kb: KbDep, limit: Limit = 100, offset: Offset = 0) -> Page[EntityLink]:
    """The document entities merged into the entity, with the reasons recorded for each merge."""
    return slice_page(kb.links(entity), limit=limit, offset=offset)


# Names may hold a slash (AC/DC, Fahrenheit 9/11): hence {entity:path}, and this route after those of
# /entities/{entity}/..., which it would otherwise take.
@router.get("/entities/{entity:path}", response_model=CanonicalEntity)
def entity(request: Request, entity: str, kb: KbDep) -> CanonicalEntity | Response:
    """One entity, by id or by any of its names."""
    return without_trailing_slash(request, entity) or kb.entity(entity)


@router.get("/facts", response_model=Page[KbFact])
def facts(
    kb: KbDep,
    entity: Annotated[str | None, Query(
        description="Only the facts this entity (a name or an id) takes part in, is the object of or is the place of."
    )] = None,
    place: Annotated[str | None, Query(description="Only the facts that happened at this entity (a name or an id).")] = None,
    predicate: Annotated[str | None, Query(description="e.g. married, travel, romance.")] = None,
    start: DateQuery = None,
    end: DateQuery = None,
    source: Annotated[
        str | None, Query(
            description="'author', 'anonymous', or words of the source's text (e.g. insider) or of the name of "
            "the entity it resolves to (e.g. Carla, for 'her spokesperson' shown as Carla Benn), or of the outlet it "
            "spoke through (e.g. Pop Ledger, for 'a friend told Pop Ledger'); any case."
        )
    ] = None,
    polarity: Literal["positive", "negative"] | None = None,
    certainty: Literal["certain", "probable", "possible"] | None = None,
    document: Annotated[
        str | None, Query(description="Only the facts of this document: its id, or the start of one as lists show it.")
    ] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Page[KbFact]:
    """Facts across articles, filtered, by date (the fact's own time, else its article's date)."""
    _check_range(start, end)
    where = FactFilter(
        entity_id=kb.entity(entity).id if entity else None, place_id=kb.entity(place).id if place else None,
        predicate=predicate, start=start, end=end, source=source,
        polarity=polarity, certainty=certainty, document_id=kb.store.document_id(document) if document else None,
    )
    return page_of(lambda n, skip: kb.facts(where, limit=n, offset=skip), limit=limit, offset=offset)


@router.get("/threads", response_model=Page[Thread])
def threads(kb: KbDep, entity: EntityQuery = None, limit: Limit = 50, offset: Offset = 0) -> Page[Thread]:
    """Story threads: facts of one predicate family between the same participants, over time."""
    return slice_page(kb.threads(entity), limit=limit, offset=offset)


@router.get("/contradictions", response_model=Page[Contradiction])
def contradictions(kb: KbDep, entity: EntityQuery = None, limit: Limit = 50, offset: Offset = 0) -> Page[Contradiction]:
    """Statements that cannot all be true, each with every piece of evidence (computed when articles are resolved)."""
    return page_of(lambda n, skip: kb.contradictions(entity, limit=n, offset=skip), limit=limit, offset=offset)


@router.get("/rumours", response_model=Page[Statement])
def rumours(kb: KbDep, entity: EntityQuery = None, limit: Limit = 50, offset: Offset = 0) -> Page[Statement]:
    """Statements ever speculated or reported anonymously, with their status over time."""
    return page_of(lambda n, skip: kb.rumours(entity, limit=n, offset=skip), limit=limit, offset=offset)
