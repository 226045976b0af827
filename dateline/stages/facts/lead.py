"""A year the article's first sentence gives an event that the next sentence names the doer of.

News stories often open with a sentence that says what happened without naming who did it, and
name them in the next one: "A book about mutants has won the Kestrel Prize 2004. Ann Lee scooped
the prize for ...". The year is only in the first sentence, so the fact of the second has none.
For a frame marked ``lead_year``, a fact of the frame in the second sentence with no time of its
own takes the year of a trigger of the same frame in the first sentence whose subject is an
indefinite description ("a book", "a study") and which gives no fact of its own.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from dateline.stages.facts.slots import read_slot

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.stages.facts.build import Context, Draft
    from dateline.stages.facts.timing import AttachedTime
    from dateline.stages.facts.triggers import TriggerMatch

__all__ = ["date_from_lead"]

_YEAR = re.compile(r"\d{4}")
_INDEFINITE = frozenset({"a", "an"})


def _described(head: Token) -> bool:
    """Whether the doer of ``head`` is an indefinite common noun and no name ("A study of ... has won";
    the parser may take a noun inside the description for a second subject)."""
    subjects = [child for child in head.children if child.dep_ == "nsubj"] or read_slot(head, "subject")
    indefinite = any(
        subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in subject.children)
        for subject in subjects
    )
    return indefinite and not any(subject.pos_ in ("PROPN", "PRON") for subject in subjects)


def _lead_year(match: TriggerMatch, context: Context) -> AttachedTime | None:
    """The year the first sentence's trigger ``match`` carries, on itself, its phrases or its object."""
    head = match.head
    if not _described(head):
        return None
    objects = [child for child in head.children if child.dep_ in ("dobj", "attr")]
    time = context.times.for_trigger(head, extra=objects)
    return time if time is not None and _YEAR.fullmatch(time.value) else None


def date_from_lead(drafts: list[Draft], matches: list[TriggerMatch], context: Context) -> None:
    """Give the facts of the second sentence the year of an unnamed doer's event in the first one."""
    sentences = list(itertools.islice(context.doc.sents, 2))  # not every sentence: they cost 0.1 ms per article
    if len(sentences) < 2:
        return
    lead, second = sentences[0], sentences[1]
    drafted = {(draft.predicate, draft.trigger.start) for draft in drafts}
    for match in matches:
        frame = context.lexicon.frames[match.frame]
        if not frame.lead_year or match.head.sent.start != lead.start:
            continue
        predicate = match.trigger.predicate or match.frame
        if (predicate, context.doc[match.first].idx) in drafted:
            continue  # the first sentence names the doer itself
        year = _lead_year(match, context)
        if year is None:
            continue
        for draft in drafts:
            if draft.predicate == predicate and draft.sentence == second.start and draft.time is None:
                draft.time = year
