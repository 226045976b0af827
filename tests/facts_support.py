"""Running the facts stage on sentences written for the tests, with hand-made entities.

The entities are given, not found, so that these tests check the facts stage alone; times come
from the times stage, and attributions are given when a test needs one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateline.model import Attribution, Document, Entity, Fact, Factuality, Mention
from dateline.nlp import load_pipeline
from dateline.stages.facts import find_facts
from dateline.stages.factuality import assess
from dateline.stages.times import find_times
from tests.builders import entity, span

__all__ = ["Found", "facts_of", "factuality_of", "group", "people"]


@dataclass
class Found:
    """The facts of a text, with entity names to read them by."""

    facts: list[Fact]
    names: dict[str, str]

    def named(self, predicate: str) -> list[tuple[list[str], str | None]]:
        """(participant names, object name or text) of the facts of ``predicate``."""
        return [
            (
                sorted(self.names[p] for p in fact.participants),
                self.names.get(fact.object or "") or fact.arguments.get("object_text"),
            )
            for fact in self.facts
            if fact.predicate == predicate
        ]

    def one(self, predicate: str) -> Fact:
        """The single fact of ``predicate``."""
        found = [fact for fact in self.facts if fact.predicate == predicate]
        assert len(found) == 1, [(f.predicate, f.participants) for f in self.facts]
        return found[0]


def people(text: str, *names: str, type: str = "PERSON") -> list[Entity]:
    """One entity per name, mentioned wherever the name or its last word occurs."""
    found = []
    for number, name in enumerate(names, start=1):
        surfaces = (name.split()[-1],) if " " in name and type == "PERSON" else ()
        found.append(entity(text, f"{type[0]}{number}", name, type, *surfaces))
    return found


def group(text: str, phrase: str, *members: Entity, nth: int = 0) -> None:
    """Add the group mention ``phrase`` ("the pair") to each of ``members``."""
    mention = span(text, phrase, nth)
    for member in members:
        member.mentions.append(
            Mention(start=mention.start, end=mention.end, text=phrase, kind="group", group="G1")
        )
        member.mentions.sort(key=lambda m: m.start)


def facts_of(text: str, entities: list[Entity], *, date: dt.date | None = None,
             attributions: list[Attribution] = ()) -> Found:  # type: ignore[assignment]
    """The facts the stage finds in ``text``."""
    document = Document.create(text, date=date)
    doc = load_pipeline()(text)
    times = find_times(text, document_date=date, doc=doc)
    facts = find_facts(
        doc, document=document, entities=entities, times=times, attributions=list(attributions)
    )
    return Found(facts=facts, names={e.id: e.name for e in entities})


def factuality_of(text: str, word: str) -> Factuality:
    """The factuality the factuality function gives the clause headed by ``word`` (its first occurrence)."""
    doc = load_pipeline()(text)
    return assess(next(token for token in doc if token.text == word))
