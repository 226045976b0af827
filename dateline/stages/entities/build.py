"""Turning the resolved clusters into the contract's entities."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.model import Attribute, Entity, Mention, MentionKind
from dateline.stages.entities.discourse import Cluster, Discourse

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["build_entities", "display_name"]


def build_entities(discourse: Discourse, attributes: dict[int, list[Attribute]]) -> list[Entity]:
    """One entity per cluster, numbered in order of first mention, with its mentions in text order."""
    doc = discourse.doc
    order = sorted(range(len(discourse.clusters)), key=lambda number: discourse.clusters[number].first)
    entities = []
    for index, number in enumerate(order, start=1):
        cluster = discourse.clusters[number]
        name = display_name(cluster)
        aliases = [text for text in dict.fromkeys(cluster.texts) if text != name]
        refs = sorted(cluster.refs, key=lambda ref: (ref.start, ref.end))
        mentions = [_mention(doc, ref.start, ref.end, ref.kind, ref.group) for ref in refs]
        entities.append(
            Entity(
                id=f"E{index}",
                name=name,
                type=cluster.type,
                aliases=aliases,
                mentions=mentions,
                attributes=attributes.get(number, []),
            )
        )
    return entities


def display_name(cluster: Cluster) -> str:
    """The fullest name form, with shouted words ("ANA de Armas") in the case used elsewhere."""
    if cluster.type != "PERSON":
        return max(cluster.texts, key=lambda text: (len(text), not all(map(_shouted, text.split()))))  # not "PARIS"
    full = max(cluster.names, key=lambda words: (len(words), len(" ".join(words))))
    if not any(_shouted(word) for word in full):
        return " ".join(full)
    cased = {word.casefold(): word for words in cluster.names for word in words if not _shouted(word)}
    return " ".join(cased.get(word.casefold(), word.title()) if _shouted(word) else word for word in full)


#: A regnal or sequel number ("Richard III", "Henry VIII"): written in capitals, not shouted.
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def _shouted(word: str) -> bool:
    return len(word) > 2 and word.isupper() and word.isalpha() and not _ROMAN.fullmatch(word)


def _mention(doc: Doc, start: int, end: int, kind: MentionKind, group: str | None) -> Mention:
    span = doc[start:end]
    return Mention(start=span.start_char, end=span.end_char, text=span.text, kind=kind, group=group)
