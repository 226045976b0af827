"""Finding the extent of a title ("Mission: Impossible – The Final Reckoning") around a cue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["TitleShape", "title_after", "title_before", "is_title_run"]


@dataclass(frozen=True)
class TitleShape:
    """What may stand inside a title besides capitalised words."""

    function: frozenset[str]
    joiners: frozenset[str]
    max_tokens: int


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.is_digit


def _inner(token: Token, shape: TitleShape) -> bool:
    return token.lower_ in shape.function or token.text in shape.joiners


def title_after(doc: Doc, start: int, *, shape: TitleShape, limit: int) -> tuple[int, int] | None:
    """The token range of a title beginning at ``start`` and ending before ``limit``, if there is one."""
    if start >= limit or not _capitalised(doc[start]):
        return None
    end = start + 1
    for i in range(start + 1, min(limit, start + shape.max_tokens)):
        token = doc[i]
        if _capitalised(token):
            end = i + 1
        elif not _inner(token, shape):
            break
    return start, end


def title_before(doc: Doc, end: int, *, shape: TitleShape, limit: int) -> tuple[int, int] | None:
    """The token range of a title ending just before ``end`` and starting at or after ``limit``."""
    if end <= limit or not _capitalised(doc[end - 1]):
        return None
    start = end - 1
    for i in range(end - 2, max(limit, end - 1 - shape.max_tokens) - 1, -1):
        token = doc[i]
        if _capitalised(token):
            start = i
        elif not _inner(token, shape):
            break
    if doc[start].is_sent_start and doc[start].lower_ in {"the", "a", "an"} and start < end - 1:
        start += 1  # "The John Wick spin-off ..." opening a sentence: the article is not the title's
    return start, end


def is_title_run(doc: Doc, start: int, end: int, *, shape: TitleShape) -> bool:
    """Whether tokens ``[start, end)`` read as a title: capitalised words and inner function words only."""
    if not _capitalised(doc[start]) or not _capitalised(doc[end - 1]):
        return False
    return all(_capitalised(token) or _inner(token, shape) for token in doc[start:end])
