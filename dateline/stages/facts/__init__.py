"""The facts stage: events and relations from a frame lexicon and the dependency parse.

``find_facts`` runs, for one document:

1. :mod:`.triggers` - the trigger words and phrases of ``dateline/data/frames.yaml``
   (:mod:`.frames`), looked up by lemma;
2. :mod:`.build` - for each trigger, its roles read from the parse (:mod:`.slots`) and turned
   into entities or text (:mod:`.arguments`), its time (:mod:`.timing`), its source and
   factuality (:mod:`.sources`);
3. :mod:`.discourse` - works one sentence announces and the next one names; :mod:`.lead` - the
   year of an event the first sentence dates and the second names the doer of;
4. :mod:`.speculation` - a crowd's speculation about a pair ("set tongues wagging"); :mod:`.characters` -
   the names the text calls characters, which take part in no fact;
5. :mod:`.merge` - one fact per distinct statement, and the validity of states.

See docs/facts.md for the frames file and the conventions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Attribution, Document, Entity, Fact, Time
from dateline.stages.facts.arguments import Resolver
from dateline.stages.facts.build import Context, Draft, draft_facts
from dateline.stages.facts.characters import fictional_figures
from dateline.stages.facts.discourse import name_unnamed_works
from dateline.stages.facts.event_dates import date_ceremony_facts
from dateline.stages.facts.frames import FrameLexicon, frame_lexicon
from dateline.stages.facts.lead import date_from_lead
from dateline.stages.facts.merge import merge_drafts, organisation_names, validity
from dateline.stages.facts.speculation import crowd_speculation
from dateline.stages.facts.timing import TimeAttacher
from dateline.stages.facts.triggers import find_triggers
from dateline.stages.forms import text_of
from dateline.stages.quotes import find_quotations

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_facts"]


def _fact(number: int, draft: Draft, drafts: list[Draft], context: Context) -> Fact:
    state = validity(draft, drafts, lexicon=context.lexicon)
    arguments = dict(draft.arguments)
    if draft.time is not None and draft.time.approximate:
        arguments["time_mod"] = "APPROX"
    return Fact(
        id=f"F{number}",
        predicate=draft.predicate,
        participants=draft.participants,
        object=draft.object,
        place=draft.place,
        time=draft.time.value if draft.time else None,
        time_ref=draft.time.time_id if draft.time else None,
        valid_from=state.valid_from,
        valid_to=state.valid_to,
        polarity=draft.factuality.polarity,
        certainty=draft.factuality.certainty,
        tense=draft.tense,
        asserted_by=draft.asserted_by,
        trigger=draft.trigger,
        evidence=draft.evidence,
        arguments=arguments,
        cues=draft.factuality.cues,
    )


def find_facts(
    doc: Doc,
    *,
    document: Document,
    entities: list[Entity],
    times: list[Time],
    attributions: list[Attribution],
) -> list[Fact]:
    """Turn the sentences of ``doc`` into facts grounded in the earlier stages' records.

    >>> from dateline import Document, analyse
    >>> analysis = analyse(Document.create("Mara Quill married Tomas Brandt in 2011."))
    >>> [(fact.predicate, fact.time) for fact in analysis.facts]
    [('married', '2011')]
    """
    lexicon = frame_lexicon()
    text = text_of(doc, document.text)  # once, and the document's own when the doc spells it
    context = Context(
        doc=doc,
        resolver=Resolver(entities, lexicon=lexicon),
        lexicon=lexicon,
        times=TimeAttacher(doc, times, document_date=document.date),
        attributions=attributions,
        text=text,
        quotations=find_quotations(text),
    )
    matches = find_triggers(doc)
    characters = fictional_figures(doc, resolver=context.resolver, nouns=lexicon.classes.get("characters", frozenset()))
    drafts = [
        draft for match in matches for draft in draft_facts(match, context)
        if not characters.intersection(draft.participants)
    ]
    date_from_lead(drafts, matches, context)
    date_ceremony_facts(drafts, context)
    organisations = organisation_names(entities, words=lexicon.classes.get("employers", frozenset()))
    drafts = merge_drafts(
        [*name_unnamed_works(drafts), *crowd_speculation(context)], lexicon=lexicon, organisations=organisations
    )
    drafts = [draft for draft in drafts if _states_something(draft, lexicon)]
    return [_fact(number, draft, drafts, context) for number, draft in enumerate(drafts, start=1)]


def _states_something(draft: Draft, lexicon: FrameLexicon) -> bool:
    """False for a fact of a `needs_detail` frame with no object, place nor time: that X was born says nothing."""
    frame = lexicon.frames.get(draft.predicate)
    if frame is None or not frame.needs_detail:
        return True
    return bool(draft.object or draft.place or draft.time or draft.arguments.get("object_text"))

