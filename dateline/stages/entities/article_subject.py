"""The person an article is about: named alone in its first sentence and still the one mentioned most.

Both resolvers fall back on this person when nothing nearer decides: the pronoun resolver for a
pronoun with no one else in its window, the nominal resolver for an occupation noun ("the rapper")
no one was described by.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.stages.entities.discourse import Cluster, Discourse

__all__ = ["lead_person", "most_mentioned", "story_subject"]


def lead_person(discourse: Discourse) -> int | None:
    """The one person named in the article's first sentence, if only one is."""
    end = discourse.sentence_starts[1] if len(discourse.sentence_starts) > 1 else len(discourse.doc)
    people = {number for number, _ in discourse.refs_between(0, end) if discourse.clusters[number].type == "PERSON"}
    return people.pop() if len(people) == 1 else None


def most_mentioned(discourse: Discourse, number: int, before: int) -> bool:
    """Whether cluster ``number`` has more mentions before token ``before`` than any other person."""

    def count(cluster: Cluster) -> int:
        return sum(1 for ref in cluster.refs if ref.start < before)

    own = count(discourse.clusters[number])
    return all(
        count(cluster) < own
        for other, cluster in enumerate(discourse.clusters)
        if cluster.type == "PERSON" and other != number
    )


def story_subject(discourse: Discourse, before: int) -> int | None:
    """The person mentioned most before token ``before``, if one is mentioned more than any other."""
    counts = sorted(
        (sum(1 for ref in cluster.refs if ref.start < before), number)
        for number, cluster in enumerate(discourse.clusters)
        if cluster.type == "PERSON"
    )
    if not counts or counts[-1][0] == 0 or (len(counts) > 1 and counts[-2][0] == counts[-1][0]):
        return None
    return counts[-1][1]
