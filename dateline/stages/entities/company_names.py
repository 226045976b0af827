"""A company named in full and by its first word alone ("Marvel Comics ... Marvel said"): one entity.

News names a company once with the word that says what kind of company it is ("Paramount Pictures", "Icon
Productions", "RDF Media", "CEC Systems", "Newry FC") and then by its first word alone. :mod:`.names` joins
a shorter form to a longer name only for people, so the two were two organisations. A one-word
organisation name joins the one organisation of the article named by that word followed only by company
words (``organisation_words`` in ``entity_types.yaml``); when two fit ("Sony Pictures", "Sony Music") it is
left alone. Newspapers and clubs are named short by their last word instead ("the Washington Post ... the
Post", "Glasgow Rangers ... Rangers"): a one-word organisation that is one of ``masthead_words`` joins the
one organisation of the article whose longer name ends with it ("the Times" stays alone beside both the New
York Times and the Los Angeles Times).
"""

from __future__ import annotations

from dateline.stages.entities.discourse import Cluster, Discourse
from dateline.stages.entities.lexicon import entity_types

__all__ = ["join_company_short_forms"]

_ARTICLES = frozenset({"the"})


def join_company_short_forms(discourse: Discourse) -> None:
    """Merge each one-word organisation into the one organisation named by that word and company words."""
    pairs = []
    for cluster in discourse.clusters:
        word = _one_word(cluster)
        if word is None:
            continue
        fits = [
            other
            for other in discourse.clusters
            if other is not cluster and (_company_of(other, word) or _masthead_of(other, word))
        ]
        if len(fits) == 1:
            pairs.append((fits[0], cluster))
    for full, short in pairs:
        if full in discourse.clusters and short in discourse.clusters:
            discourse.merge(discourse.clusters.index(full), discourse.clusters.index(short))


def _one_word(cluster: Cluster) -> str | None:
    """The word an organisation is named by, when every name of it is that one word."""
    if cluster.type != "ORG":
        return None
    words = {_without_article(name) for name in cluster.names}
    if len(words) != 1:
        return None
    (name,) = words
    return name[0].casefold() if len(name) == 1 else None


def _company_of(cluster: Cluster, word: str) -> bool:
    """Whether an organisation is named by ``word`` and company words only ("Marvel Comics")."""
    company_words = entity_types().organisation_words
    return cluster.type == "ORG" and any(
        len(name) >= 2 and name[0].casefold() == word and all(rest.casefold().rstrip(".") in company_words for rest in name[1:])
        for name in map(_without_article, cluster.names)
    )


def _masthead_of(cluster: Cluster, word: str) -> bool:
    """Whether an organisation's longer name ends with ``word``, a newspaper's or club's last word ("the
    Washington Post" for "Post")."""
    if cluster.type != "ORG" or word not in entity_types().masthead_words:
        return False
    return any(len(name) >= 2 and name[-1].casefold() == word for name in map(_without_article, cluster.names))


def _without_article(name: tuple[str, ...]) -> tuple[str, ...]:
    return name[1:] if len(name) > 1 and name[0].casefold() in _ARTICLES else name
