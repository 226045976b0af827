"""Facts that span two sentences: works a sentence announces and the next one names.

"Both X and Y have major projects hitting theatres this summer. X returns in W1, while Y headlines
W2." The release trigger has no named work, only a plural noun ("projects") and who has them; the
acting facts of those people in the text that follows, up to the end of its paragraph, name the
works. Each such work gets the release
fact, with its time, and the acting facts take that time when they have none.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import Evidence
from dateline.stages.facts.build import Draft

__all__ = ["name_unnamed_works"]

#: Facts whose object is one of the works announced.
_NAMING = frozenset({"acted_in", "cast_in", "develops"})


def name_unnamed_works(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each announcement of unnamed works replaced by facts about the works named next."""
    named = [draft for draft in drafts if draft.participants]
    for announcement in (draft for draft in drafts if not draft.participants and draft.owners):
        for draft in named:
            if (
                announcement.scope[0] <= draft.trigger.start < announcement.scope[1]
                and draft.predicate in _NAMING
                and draft.object is not None
                and set(draft.participants) <= set(announcement.owners)
            ):
                draft.time = draft.time or announcement.time
                named.append(
                    replace(
                        announcement,
                        participants=[draft.object],
                        evidence=Evidence(start=announcement.evidence.start, end=draft.evidence.end),
                        owners=[],
                        arguments=dict(announcement.arguments),
                    )
                )
    return named
