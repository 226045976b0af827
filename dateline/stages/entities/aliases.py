"""One person under two names in one sentence: a birth name or a name the person goes by.

"Kell Arno was born Sasha Mirel", "Sasha Mirel (born Kell Arno on 3 May 1950)", "Sasha Mirel, popularly
known as Kell Arno", "Kell Arno (then known as Sasha Mirel)": the two names share no word, so
:mod:`.names` makes two people of them; here they become one, named as the person the cue describes.
It runs once after the names are grouped and once after the pronouns are resolved, for a subject that is a
pronoun ("She was born Sasha Mirel"). A name set off right after another by a dash, comma or bracket and
a phrase such as "real name" or "aka" ("Kell Arno - real name Sasha Mirel -", "Kell Arno, whose real
name is Sasha Mirel,") is the same person too, whatever the parse.
The cue words are ``alias_words``, ``alias_as_words`` and ``alias_phrases`` in ``person_nouns.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.discourse import Discourse
from dateline.stages.entities.lexicon import person_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["join_aliases"]

#: Dependencies by which a cue word hangs from the name it describes ("X, known as Y", "X, born Y,").
_MODIFIER = {"acl", "amod", "appos"}
#: Mention kinds that name the person a cue describes.
_REFERRING = {"name", "pronoun"}
#: Punctuation that sets off an alias phrase after a name ("Kell Arno - real name ...", "Kell Arno, aka ...").
_SETTING_OFF = {",", "-", "–", "—", "("}
#: Dependencies of the subject a cue verb describes ("X was born Y", "X is known as Y").
_SUBJECTS = {"nsubj", "nsubjpass"}


def join_aliases(discourse: Discourse) -> None:
    """Merge the person named after a cue word into the person the cue describes, when their genders
    do not clash."""
    nouns = person_nouns()
    cues = nouns.alias_words | nouns.alias_as_words
    for i, lower in enumerate(discourse.lowers):
        if lower not in cues:
            continue
        token = discourse.doc[i]
        named = _person_at(discourse, _other_name_start(discourse, token, needs_as=lower in nouns.alias_as_words))
        described = _described_person(discourse, token)
        if named is None or described is None or named == described:
            continue
        _merge(discourse, described, named)
    for described_end, named_start in _phrase_pairs(discourse):
        described, named = _person_ending(discourse, described_end), _person_at(discourse, named_start)
        if named is not None and described is not None and named != described:
            _merge(discourse, described, named)


def _merge(discourse: Discourse, described: int, named: int) -> None:
    genders = {discourse.clusters[described].gender, discourse.clusters[named].gender} - {None}
    if len(genders) <= 1:
        discourse.merge(described, named)


def _phrase_pairs(discourse: Discourse) -> list[tuple[int, int]]:
    """(end of the first name, start of the second) for each "X - real name Y", "X, aka Y": a name, a
    dash, comma or bracket, an alias phrase and a name right after it."""
    phrases = [tuple(phrase.lower().split()) for phrase in person_nouns().alias_phrases]
    lowers = discourse.lowers
    pairs = []
    for cluster in discourse.clusters:
        if cluster.type != "PERSON":
            continue
        for ref in cluster.refs:
            for phrase in phrases:
                mark = ref.start - len(phrase) - 1
                if ref.kind == "name" and mark > 0 and lowers[mark] in _SETTING_OFF and (
                    tuple(lowers[mark + 1 : ref.start]) == phrase
                ):
                    pairs.append((mark, ref.start))
    return pairs


def _person_ending(discourse: Discourse, end: int) -> int | None:
    """The person with a name mention ending just before token ``end``."""
    for number in discourse.clusters_at(end - 1):
        cluster = discourse.clusters[number]
        if cluster.type == "PERSON" and any(ref.end == end and ref.kind == "name" for ref in cluster.refs):
            return number
    return None


def _other_name_start(discourse: Discourse, cue: Token, *, needs_as: bool) -> int | None:
    """Where the other name begins: right after the cue or after its "as"."""
    after = cue.i + 1
    if after < len(discourse.doc) and discourse.lowers[after] == "as":
        return after + 1
    return None if needs_as else after


def _person_at(discourse: Discourse, start: int | None) -> int | None:
    """The person whose name mention begins at token ``start``."""
    if start is None:
        return None
    for number in discourse.clusters_at(start):
        cluster = discourse.clusters[number]
        if cluster.type == "PERSON" and any(ref.start == start and ref.kind == "name" for ref in cluster.refs):
            return number
    return None


def _described_person(discourse: Discourse, cue: Token) -> int | None:
    """The person the cue describes: the name it modifies, the name that the other name (which the
    cue modifies) stands in apposition to, or the subject of the cue as a verb."""
    if cue.dep_ in _MODIFIER:
        head = cue.head
        if head.i > cue.i and head.dep_ == "appos":
            head = head.head  # "Sasha Mirel (born Kell Arno ...)": "born" modifies the birth name
        return _person_named_by(discourse, head)
    subjects = [child for child in cue.children if child.dep_ in _SUBJECTS]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.tag_ in {"WP", "WDT"} and cue.dep_ == "relcl":
        subject = cue.head  # "Sasha Mirel, who was born Kell Arno"
    return _person_named_by(discourse, subject)


def _person_named_by(discourse: Discourse, head: Token) -> int | None:
    """The person a name or a resolved pronoun headed by ``head`` refers to ("She was born Lilian Hale")."""
    for number in discourse.clusters_at(head.i):
        cluster = discourse.clusters[number]
        if cluster.type == "PERSON" and any(
            ref.start <= head.i < ref.end and ref.kind in _REFERRING for ref in cluster.refs
        ):
            return number
    return None
