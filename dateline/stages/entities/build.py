"""Turning the resolved clusters into the contract's entities."""

from __future__ import annotations

import re

from dateline.model import Attribute, Entity, Mention, MentionKind
from dateline.stages.entities.discourse import Cluster, Discourse

__all__ = ["build_entities", "display_name"]


def build_entities(discourse: Discourse, attributes: dict[int, list[Attribute]]) -> list[Entity]:
    """One entity per cluster, numbered in order of first mention, with its mentions in text order."""
    starts = discourse.doc.to_array("IDX").tolist()  # each word's offset, read once, not by a Span per mention
    order = sorted(range(len(discourse.clusters)), key=lambda number: discourse.clusters[number].first)
    entities = []
    for index, number in enumerate(order, start=1):
        cluster = discourse.clusters[number]
        name = display_name(cluster)
        aliases = [text for text in dict.fromkeys(cluster.texts) if text != name]
        refs = sorted(cluster.refs, key=lambda ref: (ref.start, ref.end))
        mentions = [_mention(discourse.texts, starts, ref.start, ref.end, ref.kind, ref.group) for ref in refs]
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


def _mention(
    texts: list[str], starts: list[int], start: int, end: int, kind: MentionKind, group: str | None
) -> Mention:
    """The mention of words ``start`` to ``end``, with the offsets and text ``doc[start:end]`` gives."""
    text = _spelled(texts, starts, start, end)
    return Mention(start=starts[start], end=starts[end - 1] + len(texts[end - 1]), text=text, kind=kind, group=group)


def _spelled(texts: list[str], starts: list[int], start: int, end: int) -> str:
    """The words as the text spells them: spaCy keeps one space or none after a word, so a word that
    ends before the next one starts is followed by a space."""
    if end - start == 1:
        return texts[start]
    words = [texts[i] if starts[i + 1] == starts[i] + len(texts[i]) else texts[i] + " " for i in range(start, end - 1)]
    return "".join(words) + texts[end - 1]
