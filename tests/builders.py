"""Building analyses by hand, for tests of the store and the knowledge base (no NLP involved)."""

from __future__ import annotations

import datetime as dt
import re

from dateline.model import (
    Analysis,
    Attribute,
    Attribution,
    AttributionSource,
    Document,
    Entity,
    Evidence,
    Fact,
    Factuality,
    Mention,
    Span,
)
from dateline.stages.ages import birth_interval


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``needle`` in ``text``."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    start = starts[nth]
    return Span(start=start, end=start + len(needle), text=needle)


def entity(text: str, id: str, name: str, type: str = "PERSON", *surfaces: str, age: int | None = None,
           as_of: dt.date | None = None, **attributes: str) -> Entity:
    """An entity with a mention at every occurrence of its name and of each surface form."""
    mentions = []
    for surface in (name, *surfaces):
        for match in re.finditer(re.escape(surface), text):
            if not any(m.start <= match.start() < m.end for m in mentions):
                mentions.append(Mention(start=match.start(), end=match.end(), text=surface))
    first = mentions[0] if mentions else Mention(start=0, end=0, text="")
    found = Entity(id=id, name=name, type=type, aliases=list(surfaces), mentions=mentions)
    if age is not None:
        found.attributes.append(Attribute(name="age", value=str(age), as_of=as_of, start=first.start, end=first.end))
        if as_of is not None:
            low, high = birth_interval(age, as_of)
            found.attributes.append(
                Attribute(name="birth_date", value=f"{low}/{high}", interval=f"{low}/{high}", as_of=as_of,
                          start=first.start, end=first.end)
            )
    for key, value in attributes.items():
        found.attributes.append(Attribute(name=key, value=value, as_of=as_of, start=first.start, end=first.end))
    return found


def fact(text: str, id: str, predicate: str, participants: list[str], trigger: str, *, time: str | None = None,
         object: str | None = None, polarity: str = "positive", certainty: str = "certain",
         asserted_by: str = "author", valid_to: str | None = None, tense: str | None = None,
         place: str | None = None) -> Fact:
    trig = span(text, trigger)
    return Fact(id=id, predicate=predicate, participants=participants, object=object, place=place, time=time,
                polarity=polarity, certainty=certainty, asserted_by=asserted_by, valid_to=valid_to,  # type: ignore[arg-type]
                tense=tense,  # type: ignore[arg-type]
                trigger=trig, evidence=Evidence(start=max(trig.start - 20, 0), end=min(trig.end + 20, len(text))))


def attribution(text: str, id: str, source: str, cue: str, *, anonymous: bool = False, entity: str | None = None,
                via: str | None = None, crowd: bool = False, content: str | None = None,
                factuality: Factuality | None = None) -> Attribution:
    src = span(text, source)
    return Attribution(
        id=id, kind="indirect",
        source=AttributionSource(start=src.start, end=src.end, text=source, anonymous=anonymous or crowd, entity=entity,
                                 via=via, crowd=crowd),
        cue=span(text, cue), content=[span(text, content)] if content else [], factuality=factuality or Factuality(),
    )


def analysis(text: str, *, id: str, date: dt.date | None, entities: list[Entity], facts: list[Fact] = (),  # type: ignore[assignment]
             attributions: list[Attribution] = ()) -> Analysis:  # type: ignore[assignment]
    return Analysis(document=Document.create(text, id=id, date=date), entities=entities, facts=list(facts),
                    attributions=list(attributions))
