"""The entity page's view model: the entity, its stated attributes, its timeline chart, rumours, contradictions, articles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateline.kb import (
    CanonicalEntity,
    Contradiction,
    EntityDocument,
    KnowledgeBase,
    StatedAttribute,
    Statement,
    TimelineItem,
)
from dateline.labels import attribute_summary
from dateline.web.timeline_chart import TimelineChart, timeline_chart

__all__ = ["LIST_LIMIT", "TIMELINE_LIMIT", "EntityView", "ages_on", "entity_view", "namesake_label"]

TIMELINE_LIMIT = 200
#: Rumours, contradictions and articles shown on the page; the API pages through all of them.
LIST_LIMIT = 50


#: Older than anyone has lived: an age from an old article ("aged 40" in 1899) is no age today.
OLDEST_AGE = 125


def ages_on(birth_interval: str | None, day: dt.date) -> tuple[int, int] | None:
    """The youngest and oldest someone born in ``birth_interval`` ('YYYY-MM-DD/YYYY-MM-DD') can be on ``day``.

    None when they cannot be alive that day: not born yet (an article dated after today gave the age;
    the page said "Age today -49 or -48") or older than anyone has lived.
    """
    if not birth_interval:
        return None
    first, _, last = birth_interval.partition("/")
    try:
        earliest, latest = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    except ValueError:
        return None

    def age(born: dt.date) -> int:
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    youngest, oldest = max(age(latest), 0), age(earliest)
    return None if oldest < 0 or youngest > OLDEST_AGE else (youngest, oldest)


@dataclass(frozen=True)
class EntityView:
    """Everything the entity template shows."""

    entity: CanonicalEntity
    #: Other entities of the same name (two people called Daniel Price): the page named none, so a reader
    #: who came by the name took the one with most articles for the only one.
    namesakes: list[tuple[CanonicalEntity, str]]  # each with what tells it apart (namesake_label)
    #: The entity's attributes as the articles write them (labels.attribute_summary).
    summary: dict[str, list[str]]
    attributes: list[StatedAttribute]
    age_now: tuple[int, int] | None
    timeline: list[TimelineItem]
    more_timeline: bool
    chart: TimelineChart
    rumours: list[Statement]
    contradictions: list[Contradiction]
    documents: list[EntityDocument]
    totals: dict[str, int]


def namesake_label(entity: CanonicalEntity) -> str:
    """What tells a namesake apart at a glance: "PERSON, 1 article, born 1963 or 1964"."""
    articles = f"{entity.documents} article" + ("" if entity.documents == 1 else "s")
    parts = [entity.type, articles]
    if entity.birth_interval:
        first, last = (day[:4] for day in entity.birth_interval.split("/"))
        parts.append(f"born {first}" if first == last else f"born {first} or {last}" if int(last) - int(first) == 1
                     else f"born {first} to {last}")
    return ", ".join(parts)


def entity_view(kb: KnowledgeBase, name_or_id: str, *, today: dt.date | None = None) -> EntityView:
    """The view model of the entity ``name_or_id`` means (NotFoundError when none)."""
    entity = kb.entity(name_or_id)
    key = str(entity.id)
    items = kb.timeline(key, limit=TIMELINE_LIMIT + 1)
    rumours, contradictions = kb.rumours(key, limit=LIST_LIMIT), kb.contradictions(key, limit=LIST_LIMIT)
    documents = kb.documents(key)
    stated = kb.attributes(key)
    return EntityView(
        entity=entity,
        namesakes=[(other, namesake_label(other)) for other in kb.namesakes(entity.name) if other.id != entity.id],
        summary=attribute_summary(entity.attributes, ((a.name, a.value) for a in stated)),
        attributes=[a for a in stated if a.name != "birth_date"],
        age_now=ages_on(entity.birth_interval, today or dt.date.today()),
        timeline=items[:TIMELINE_LIMIT],
        more_timeline=len(items) > TIMELINE_LIMIT,
        chart=timeline_chart(items[:TIMELINE_LIMIT]),
        rumours=rumours,
        contradictions=contradictions,
        documents=documents[:LIST_LIMIT],
        totals={"rumours": kb.count_rumours(key), "contradictions": kb.count_contradictions(key), "documents": len(documents)},
    )
