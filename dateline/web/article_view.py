"""The article view of one analysis: highlighted text and the panels of facts, entities, times and quotes."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from dateline.kb.facts import SourceInfo
from dateline.model import Analysis, Attribution, Entity
from dateline.web.highlight import Mark, Piece, nest_marks

__all__ = ["ArticleView", "FactRow", "QuoteRow", "article_view", "safe_url"]


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else None: anything else (javascript:, data: ...) is shown as text."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


@dataclass(frozen=True)
class FactRow:
    """One fact in the side panel."""

    id: str
    predicate: str
    participants: list[str]
    object: str | None
    place: str | None
    time: str | None
    polarity: str
    certainty: str
    source: str
    anonymous: bool
    trigger: str
    tense: str | None = None


@dataclass(frozen=True)
class QuoteRow:
    """One attribution in the side panel."""

    id: str
    kind: str
    source: str
    anonymous: bool
    outlet: str | None
    cue: str | None
    content: str


@dataclass(frozen=True)
class ArticleView:
    """Everything the article template shows."""

    analysis: Analysis
    text: Piece
    facts: list[FactRow]
    quotes: list[QuoteRow]
    entities: list[Entity]
    url: str | None


def _names(analysis: Analysis) -> dict[str, str]:
    return {entity.id: entity.name for entity in analysis.entities}


def _source_label(attribution: Attribution, names: dict[str, str]) -> tuple[str, bool, str | None]:
    """The source's label, whether it is anonymous, and the outlet it spoke through."""
    source = attribution.source
    if source is None:
        return "unnamed source", False, None
    outlet = names.get(source.via or "") if source.via else None
    if source.crowd:  # labelled as the CLI and the entity page do: "set tongues wagging" read "tongues anonymous"
        crowd = SourceInfo(kind="attribution", text=source.text, entity=names.get(source.entity or ""), crowd=True)
        return crowd.label(), False, outlet
    return names.get(source.entity or "", source.text), source.anonymous, outlet


def _quote_tip(label: str, anonymous: bool, outlet: str | None) -> str:
    tip = f"Source: {label}" + (" (anonymous)" if anonymous else "")
    return tip + (f", via {outlet}" if outlet else "")


def _entity_marks(analysis: Analysis) -> list[Mark]:
    return [
        Mark(m.start, m.end, "entity", tip=f"{e.name} · {e.type}", css=f"ent-{e.type.lower()}")
        for e in analysis.entities
        for m in e.mentions
    ]


def _time_marks(analysis: Analysis) -> list[Mark]:
    marks = []
    for time in analysis.times:
        value = time.value + (f" → {time.resolved}" if time.resolved else "")
        marks.append(Mark(time.start, time.end, "time", tip=value, anchor=f"time-{time.id}", focusable=True, value=time.value))
    return marks


def _attribution_marks(analysis: Analysis, names: dict[str, str]) -> list[Mark]:
    marks = []
    for item in analysis.attributions:
        label, anonymous, outlet = _source_label(item, names)
        tip = _quote_tip(label, anonymous, outlet)
        css = "anonymous" if anonymous else ""
        for index, content in enumerate(item.content):
            anchor = f"quote-{item.id}" if index == 0 else f"quote-{item.id}-{index}"
            marks.append(Mark(content.start, content.end, "quote", tip=tip, css=css, anchor=anchor, focusable=True))
        if item.source is not None:
            marks.append(Mark(item.source.start, item.source.end, "source", tip=tip, css=css))
        # the commitment, then polarity and certainty as a fact's mark gives them: "vowed" is stated but its
        # content possible, "did not know whether" positive but possible; the commitment alone hid both
        reading = item.factuality
        values = " · ".join(v for v in (reading.commitment, reading.polarity, reading.certainty) if v)
        if item.cue is not None:
            marks.append(Mark(item.cue.start, item.cue.end, "cue", tip=f"attribution cue · {values}"))
        marks += [Mark(c.start, c.end, "cue", tip=f"factuality cue · {values}") for c in reading.cues]
    return marks


def _fact_marks(analysis: Analysis) -> list[Mark]:
    marks = []
    for fact in analysis.facts:
        tip = f"{fact.predicate} · {fact.polarity} · {fact.certainty}"
        css = f"{fact.certainty} {'denied' if fact.polarity == 'negative' else ''}".strip()
        marks.append(Mark(fact.trigger.start, fact.trigger.end, "trigger", tip=tip, css=css, anchor=f"fact-{fact.id}"))
        marks += [Mark(c.start, c.end, "cue", tip=f"factuality cue · {fact.certainty}") for c in fact.cues]
    return marks


def _fact_rows(analysis: Analysis, names: dict[str, str]) -> list[FactRow]:
    attributions = {item.id: item for item in analysis.attributions}
    rows = []
    for fact in analysis.facts:
        source, anonymous = "author", False
        if fact.asserted_by in attributions:
            label, anonymous, outlet = _source_label(attributions[fact.asserted_by], names)
            source = label + (f" via {outlet}" if outlet else "")
        rows.append(
            FactRow(
                id=fact.id,
                predicate=fact.predicate,
                participants=[names.get(p, p) for p in fact.participants],
                # What it is about when the text names no entity for it ("performed" a "tour"): the panel said nothing.
                object=names.get(fact.object, fact.object) if fact.object else fact.arguments.get("object_text") or None,
                place=names.get(fact.place, fact.place) if fact.place else None,
                time=fact.time,
                polarity=fact.polarity,
                certainty=fact.certainty,
                source=source,
                anonymous=anonymous,
                trigger=fact.trigger.text,
                tense=fact.tense,
            )
        )
    return rows


def _quote_rows(analysis: Analysis, names: dict[str, str]) -> list[QuoteRow]:
    rows = []
    for item in analysis.attributions:
        label, anonymous, outlet = _source_label(item, names)
        rows.append(
            QuoteRow(
                id=item.id, kind=item.kind, source=label, anonymous=anonymous, outlet=outlet,
                cue=item.cue.text if item.cue else None, content=" … ".join(span.text for span in item.content),
            )
        )
    return rows


def article_view(analysis: Analysis) -> ArticleView:
    """The view model of ``analysis``: its text with every mark nested, and its side panels."""
    names = _names(analysis)
    marks = _entity_marks(analysis) + _time_marks(analysis) + _attribution_marks(analysis, names) + _fact_marks(analysis)
    return ArticleView(
        analysis=analysis,
        text=nest_marks(analysis.document.text, marks),
        facts=_fact_rows(analysis, names),
        quotes=_quote_rows(analysis, names),
        entities=sorted(analysis.entities, key=lambda e: (e.type, e.name.casefold())),
        url=safe_url(analysis.document.url),
    )
