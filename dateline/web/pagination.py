"""Paginated lists: every list endpoint takes ``limit`` and ``offset`` and answers with a Page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel

__all__ = ["MAX_LIMIT", "Limit", "Offset", "Page", "page_of", "slice_page"]

T = TypeVar("T")
MAX_LIMIT = 500

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Most items to return.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]


class Page(BaseModel, Generic[T]):
    """One page of a list; ``next_offset`` is null on the last page."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None


def page_of(fetch: Callable[[int, int], Sequence[T]], *, limit: int, offset: int) -> Page[T]:
    """A page from ``fetch(limit, offset)``, asking for one more item to know whether there is a next page."""
    found = list(fetch(limit + 1, offset))
    more = len(found) > limit
    return Page(items=found[:limit], limit=limit, offset=offset, next_offset=offset + limit if more else None)


def slice_page(items: Sequence[T], *, limit: int, offset: int) -> Page[T]:
    """A page of a list computed whole (threads, contradictions, rumours ...)."""
    more = len(items) > offset + limit
    return Page(items=list(items[offset : offset + limit]), limit=limit, offset=offset,
                   next_offset=offset + limit if more else None)
