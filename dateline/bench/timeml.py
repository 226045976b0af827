"""Reading TimeML ``.tml`` files: the tag-stripped text, the creation time and the gold TIMEX3 spans."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import InputError

__all__ = ["GoldTimex", "TimemlDocument", "read_timeml"]

_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.DOTALL)
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.DOTALL)
_PIECE = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>|&[#\w]+;|[^<&]+", re.DOTALL)
_ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    """One annotated TIMEX3, with offsets into the stripped text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TimemlDocument:
    """A TimeML document: its name, creation date, stripped ``<TEXT>`` and gold timexes."""

    name: str
    creation_date: dt.date | None
    text: str
    timexes: list[GoldTimex]


def read_timeml(path: Path) -> TimemlDocument:
    """Read one ``.tml`` file; the creation time (DCT) is not among the returned timexes."""
    source = path.read_text(encoding="utf-8")
    body = _TEXT.search(source)
    if body is None:
        raise InputError("no <TEXT> element", input=str(path))
    text, timexes = _strip(body.group(1))
    return TimemlDocument(name=path.stem, creation_date=_creation_date(source), text=text, timexes=timexes)


def _creation_date(source: str) -> dt.date | None:
    match = _DCT.search(source)
    if match is None:
        return None
    value = dict(_ATTRIBUTE.findall(match.group(1))).get("value", "")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _strip(markup: str) -> tuple[str, list[GoldTimex]]:
    parts: list[str] = []
    length = 0
    spans: list[tuple[int, int, dict[str, str]]] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for piece in _PIECE.finditer(markup):
        closing, tag, attributes = piece.group(1), piece.group(2), piece.group(3)
        if tag is None:
            chunk = html.unescape(piece.group(0))
            parts.append(chunk)
            length += len(chunk)
        elif tag == "TIMEX3" and not closing:
            open_timex = (length, dict(_ATTRIBUTE.findall(attributes or "")))
        elif tag == "TIMEX3" and open_timex is not None:
            spans.append((open_timex[0], length, open_timex[1]))
            open_timex = None
    text = "".join(parts)
    timexes = [
        GoldTimex(
            start=start,
            end=end,
            text=text[start:end],
            type=attrs.get("type", ""),
            value=attrs.get("value", ""),
            attributes=attrs,
        )
        for start, end, attrs in spans
    ]
    return text, timexes
