"""Mentions of two people at once: "the duo", "the pair", "both stars", "the stars", and "they" for
two people just named together.

A group mention is listed in each member's mentions with one group id ("G1"). Its members are the
first two people found going back sentence by sentence from the mention; when a sentence brings in
more than two at once, only a coordination ("Cruise and de Armas") or an earlier group mention there
decides. "They" is linked only to a coordination or group in its own or the previous sentence, with
no other plural noun in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.discourse import Discourse, Ref
from dateline.stages.entities.lexicon import coref_weights, person_nouns, pronouns

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["resolve_groups"]

_PAIR = 2


def resolve_groups(discourse: Discourse) -> None:
    """Add group mentions for pair nouns, plural person nouns and plural pronouns."""
    window = coref_weights().group_window_sentences
    plural_pronouns = {form for form, entry in pronouns().pronouns.items() if entry.number == "plural"}
    nouns = person_nouns()
    group_words = plural_pronouns | set(nouns.pair_nouns) | set(nouns.plural_nouns)
    count = 0
    for token in discourse.tokens:
        lower = discourse.lowers[token.i]
        if lower not in group_words or discourse.covered(token.i, token.i + 1):
            continue  # most words: no group word (as _group_kind would find, after asking the token)
        if lower in plural_pronouns and token.pos_ == "PRON":
            start, members = token.i, _pair_for_pronoun(discourse, token)
        elif (kind := _group_kind(token)) is not None:
            couple = _verb_pair(discourse, token.i, window) if kind == "pair" else None
            members = _pair(discourse, token.i, window, coordinated_only=False, groups_only=kind == "plural", couple=couple)
            start = _phrase_start(token)
        else:
            continue
        if members is None:
            continue
        count += 1
        for number in members:
            discourse.add_ref(number, Ref(start, token.i + 1, "group", group=f"G{count}"))


def _group_kind(token: Token) -> str | None:
    """ "pair" for "the duo", "the pair", "both stars"; "plural" for "the stars"; None otherwise."""
    nouns = person_nouns()
    lower = token.lower_
    if lower not in nouns.pair_nouns and lower not in nouns.plural_nouns:
        return None
    lefts = list(token.lefts)
    words = {child.lower_ for child in lefts if child.dep_ in {"det", "predet"}}
    if any(child.dep_ == "prep" and child.lower_ == "of" for child in token.rights):
        return None  # "the pair of shoes", "the two of them"
    if lower in nouns.pair_nouns and token.pos_ in {"NOUN", "NUM"} and "the" in words:
        return "pair"
    if lower in nouns.plural_nouns and token.tag_ == "NNS":
        if "both" in words or ("the" in words and any(c.lower_ == "two" and c.dep_ == "nummod" for c in lefts)):
            return "pair"  # "both stars", "the two actors"
        if "the" in words and len(lefts) == 1 and not any(child.dep_ == "prep" for child in token.rights):
            return "plural"  # bare "the stars": only an earlier "the duo" or "both stars" says who
    return None


def _phrase_start(token: Token) -> int:
    lefts = [child.i for child in token.lefts]
    return min(lefts) if lefts else token.i


def _pair_for_pronoun(discourse: Discourse, token: Token) -> list[int] | None:
    members = _pair(discourse, token.i, 1, coordinated_only=True, subjects_only=True)
    if members is None:
        return None
    last = max(ref.end for number in members for ref in discourse.clusters[number].refs if ref.end <= token.i)
    between = discourse.tokens[last : token.i]
    nouns = person_nouns()
    if any(
        word.tag_ in {"NNS", "NNPS"} and nouns.plural_person(word.lower_) and not discourse.covered(word.i, word.i + 1)
        for word in between
    ):
        return None  # "Ana and Tom met fans. They ...": the fans are as likely; "sparked rumours. They": not
    return members


def _pair(
    discourse: Discourse,
    position: int,
    window: int,
    *,
    coordinated_only: bool,
    subjects_only: bool = False,
    groups_only: bool = False,
    couple: list[int] | None = None,
) -> list[int] | None:
    """The two people a group mention at ``position`` stands for, looking back ``window`` sentences.

    The nearest pair named together ("X and Y") or already grouped wins, when no one but its members
    is named after it; without one, two people who are the only ones in the mention's own and
    previous sentence. A ``couple`` a pairing verb made comes before the two last named.
    """
    sentence = discourse.sentence_of[position]
    seen: list[int] = []
    for number in range(sentence, max(-1, sentence - window - 1), -1):
        start = discourse.sentence_starts[number]
        end = position if number == sentence else discourse.sentence_starts[number + 1]
        bound = _bound_pair(discourse, start, end, subjects_only=subjects_only, groups_only=groups_only)
        if bound is not None and set(seen) <= set(bound):
            return bound  # the nearest pair, when whoever was named since is one of the two
        if coordinated_only or groups_only or number < sentence - 1:
            continue
        people = _people_in(discourse, start, end)
        new = [person for person in people if person not in seen]
        if len(seen) + len(new) == _PAIR:
            return couple or seen + new
        if len(seen) + len(new) > _PAIR:
            return bound if bound is not None and set(seen) <= set(bound) else couple
        seen.extend(new)
    return couple


def _verb_pair(discourse: Discourse, position: int, window: int) -> list[int] | None:
    """The subject and object of the nearest pairing verb ("X married Y", "X is dating Y") in the
    ``window`` sentences before ``position``: the story's couple, whoever was named since."""
    start = discourse.sentence_starts[max(0, discourse.sentence_of[position] - window)]
    verbs = person_nouns().pairing_verbs
    for token in reversed(discourse.tokens[start:position]):
        if token.lemma_ in verbs and token.pos_ in {"VERB", "ADJ"}:
            first, second = _person_at(discourse, _verb_subject(token)), _person_at(discourse, _verb_object(token))
            if first is not None and second is not None and first != second:
                return [first, second]
    return None


def _verb_subject(verb: Token) -> Token | None:
    """The verb's subject, or its governing verb's ("X came back to marry her")."""
    for clause in (verb, verb.head) if verb.dep_ in {"xcomp", "advcl"} else (verb,):
        subject = next((child for child in clause.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
    return None


def _verb_object(verb: Token) -> Token | None:
    """The verb's direct object, or the object of "to"/"from"/"with" ("engaged to Y", "split from Y")."""
    preps = person_nouns().pairing_prepositions
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    return None


def _person_at(discourse: Discourse, token: Token | None) -> int | None:
    """The one person cluster with a (non-group) mention at ``token`` or its appositive name."""
    if token is None:
        return None
    for word in (token, *(child for child in token.children if child.dep_ == "appos")):
        people = [n for n in discourse.clusters_at(word.i) if discourse.clusters[n].type == "PERSON"]
        if len(people) == 1:
            return people[0]
    return None


def _people_in(discourse: Discourse, start: int, end: int) -> list[int]:
    people = []
    for number, cluster in enumerate(discourse.clusters):
        if cluster.type == "PERSON" and any(start <= ref.start < end for ref in cluster.refs):
            people.append(number)
    return people


def _bound_pair(
    discourse: Discourse, start: int, end: int, *, subjects_only: bool, groups_only: bool
) -> list[int] | None:
    """The last pair of people in ``[start, end)`` named together ("X and Y") or as a group.

    With ``subjects_only``, a coordination counts only as a clause's subject: "they" after "The band,
    which includes X and Y, ..." is the band.
    """
    doc = discourse.doc
    pairs: list[tuple[int, list[int]]] = []
    for number, cluster in enumerate(discourse.clusters):
        for ref in cluster.refs:
            if not start <= ref.start < end:
                continue
            if ref.kind == "group":
                members = sorted(n for n, c in enumerate(discourse.clusters) if ref in c.refs)
                pairs.append((ref.start, members))
                continue
            if groups_only:
                continue
            head = doc[ref.start : ref.end].root
            if subjects_only and head.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            for conj in head.children:
                if conj.dep_ != "conj" or conj.i >= end:
                    continue
                others = [n for n in discourse.clusters_at(conj.i) if discourse.clusters[n].type == "PERSON"]
                if cluster.type == "PERSON" and len(others) == 1 and others[0] != number and not any(
                    c.dep_ == "conj" for c in conj.children
                ):
                    pairs.append((ref.start, [number, others[0]]))
    if not pairs:
        return None
    members = max(pairs, key=lambda pair: pair[0])[1]
    return members if len(members) == _PAIR else None
