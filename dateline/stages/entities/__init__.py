"""The entities stage: named mentions grouped into entities, with pronouns, nominals, groups and attributes.

``find_entities(doc, document_date=...)`` runs, in order:

1. :mod:`.mentions` - spaCy's entities (NER plus dateline's rule components), typed and cleaned;
2. :mod:`.names` - name variants grouped into one cluster per entity, :mod:`.aliases` - a birth name
   or a name a person goes by joined to that person ("X was born Y", "X, known as Y"), :mod:`.acronyms` -
   initials in brackets joined to the name before them ("the Disasters Emergency Committee (DEC)"),
   :mod:`.company_names` - a company's first word joined to its full name ("Marvel Comics ... Marvel"), and
   :mod:`.work_types` - names
   a work noun describes in apposition typed WORK ("Archangel, an adaptation of ...");
3. :mod:`.pronouns` - he/she/his/her ... resolved by agreement, binding and salience, and "I"
   inside a quotation to its speaker;
4. :mod:`.nominals` - "the actress", "the 62-year-old" tied to a person just mentioned, and
   :mod:`.work_nominals` - "the film", "the soap" tied to the one work just mentioned,
   :mod:`.org_nominals` - "the company", "the club" tied to the one organisation of that kind, and
   :mod:`.work_pronouns` - "it topped the charts" tied to the work it stands for;
5. :mod:`.groups` - "the duo", "both stars", "they" linked to each member of a pair, and
   :mod:`.collectives` - "the band", "they" linked to the one band just named;
6. :mod:`.attributes` - age (and the birth interval it implies), birthplace, citizenship,
   nationality, occupation, known_for;

and returns contract :class:`~dateline.model.Entity` records. Every rule list and weight is a data
file under ``dateline/data`` (see docs/entities.md).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dateline.model import Entity
from dateline.stages.entities.acronyms import join_acronyms
from dateline.stages.entities.aliases import join_aliases
from dateline.stages.entities.attributes import find_attributes
from dateline.stages.entities.build import build_entities
from dateline.stages.entities.collectives import resolve_collectives, type_named_bands
from dateline.stages.entities.company_names import join_company_short_forms
from dateline.stages.entities.discourse import Discourse
from dateline.stages.entities.groups import resolve_groups
from dateline.stages.entities.mentions import find_named_mentions
from dateline.stages.entities.names import cluster_names
from dateline.stages.entities.nominals import resolve_aged_nominals, resolve_nominals
from dateline.stages.entities.org_nominals import resolve_org_nominals
from dateline.stages.entities.pronouns import resolve_pronouns, resolve_speaker_pronouns
from dateline.stages.entities.titled_nominals import resolve_titled_nominals
from dateline.stages.entities.work_nominals import resolve_work_nominals
from dateline.stages.entities.work_pronouns import resolve_work_pronouns
from dateline.stages.entities.work_types import type_described_works

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_entities"]


def find_entities(doc: Doc, *, document_date: dt.date | None = None) -> list[Entity]:
    """The entities of ``doc``: each with its name, type, aliases, mentions and attributes.

    ``document_date`` is the date the attributes hold on (``as_of``); an age gives a birth-date
    interval only when it is known.

    >>> from dateline.nlp import load_pipeline
    >>> doc = load_pipeline()("Mara Quill, 41, opened the show. She thanked the crowd.")
    >>> [(m.text, m.kind) for m in find_entities(doc)[0].mentions]
    [('Mara Quill', 'name'), ('She', 'pronoun')]
    """
    discourse = Discourse(doc)
    cluster_names(discourse, find_named_mentions(doc))
    join_aliases(discourse)
    join_acronyms(discourse)
    join_company_short_forms(discourse)
    type_described_works(discourse)
    type_named_bands(discourse)
    resolve_aged_nominals(discourse)  # "the 87-year-old", before the pronouns that may follow it
    resolve_pronouns(discourse)
    resolve_speaker_pronouns(discourse)
    join_aliases(discourse)  # again, for a pronoun subject: "She was born Sasha Mirel"
    resolve_nominals(discourse)
    resolve_titled_nominals(discourse)  # "the former president" after "former President X"
    resolve_work_nominals(discourse)
    resolve_org_nominals(discourse)
    resolve_work_pronouns(discourse)
    resolve_groups(discourse)
    resolve_collectives(discourse)
    return build_entities(discourse, find_attributes(discourse, document_date=document_date))
