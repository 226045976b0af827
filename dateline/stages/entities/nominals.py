"""Definite descriptions of a person just mentioned: "the actress", "the star", "the 62-year-old".

A description is tied to a person only when the choice is clear: among the people mentioned in the
last few sentences, exactly one agrees with it (gender, a stated age or occupation), or exactly one
matches its age or occupation outright. "The actor Tom Hanks" and "Ana, the actress," are names
with descriptions (attributes), not nominal mentions of someone else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.stages.entities.article_subject import lead_person, most_mentioned
from dateline.stages.entities.attributes import age_expression, describe_names, note_death_ages
from dateline.stages.entities.collectives import band_clusters
from dateline.stages.entities.discourse import Discourse, Ref
from dateline.stages.entities.lexicon import Gender, coref_weights, person_nouns, pronouns

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "Nominal",
    "find_nominals",
    "nominal_antecedent",
    "nominal_at",
    "resolve_aged_nominals",
    "resolve_nominals",
]

#: NER labels of a place or people named in front of a nominal ("the Leicester singer", "the US star").
_PLACE_LABELS = {"GPE", "NORP"}
#: Modifiers that select a person rather than refer back to one.
_SELECTING = {"best", "most", "first", "last", "final", "next", "other", "new", "only", "same", "offending"}


@dataclass(frozen=True)
class Nominal:
    """A definite description: its tokens, head noun and what it says of the person."""

    start: int
    end: int
    noun: str
    gender: Gender | None
    age: int | None
    #: "the pop star": a genre in front, which a passer-by named near it would not be given
    genre: bool = False


def find_nominals(discourse: Discourse) -> list[Nominal]:
    """The singular definite descriptions of people in the document, outside names."""
    found = (nominal_at(discourse, token) for token in discourse.tokens)
    return [nominal for nominal in found if nominal is not None]


def nominal_at(discourse: Discourse, token: Token) -> Nominal | None:
    """The description of :func:`find_nominals` whose head noun is ``token``, if there is one."""
    nouns = person_nouns()
    lower = discourse.lowers[token.i]
    if lower != "old" and lower not in nouns.award_nominals and discourse.pos[token.i] != "NOUN":
        return None  # no age, no award's nominal, no noun: the word is none of the three
    age = age_expression(token)
    awarded = _award_nominal(token)
    described = age is not None or awarded
    if not described and (token.pos_ != "NOUN" or token.tag_ != "NN"):
        return None
    noun = _hyphenated(token) or token.lower_
    if not described and not nouns.is_nominal(noun) and noun not in nouns.role_nominals:
        return None
    if age is not None and token.dep_ == "amod":
        return None  # "the 62-year-old actor": the noun is the head
    if not _definite(token) or discourse.covered(token.i, token.i + 1) or _names_someone(token):
        return None
    if not awarded and _restricted(token):
        return None
    # "the Oscar winner": the award's name is a mention of the award, the nominal is the noun; so is
    # "the Virginia senator"'s place name
    place = _place_modifier(discourse, token)
    start = min((child.i for child in token.lefts), default=token.i) if not awarded else token.i
    start = place.right_edge.i + 1 if place is not None else start
    if discourse.covered(start, token.i + 1):
        return None
    age = age if age is not None else _age_modifier(token)
    gender = nouns.nominal_gender(noun) if age is None or nouns.is_nominal(noun) else None
    genre = any(child.dep_ == "compound" and _genre(child) for child in token.lefts)
    return Nominal(start, token.i + 1, noun, gender, age, genre or place is not None)


def resolve_nominals(discourse: Discourse) -> None:
    """Tie each clear nominal to the person cluster it describes."""
    describe_names(discourse)
    window = coref_weights().nominal_window_sentences
    for nominal in find_nominals(discourse):
        number = nominal_antecedent(discourse, nominal, window)
        if number is not None:
            discourse.add_ref(number, Ref(nominal.start, nominal.end, "nominal"))
            cluster = discourse.clusters[number]
            cluster.gender = cluster.gender or nominal.gender


def resolve_aged_nominals(discourse: Discourse) -> None:
    """Before the pronouns: tie "the 87-year-old" to the one person the article gave that age so far
    (next to the name or at a death), however far back, outside quotations. An age is specific
    enough to span paragraphs, and a description tied early is a mention the pronouns after it can
    take ("The 87-year-old was found dead in his hotel room ... Police said that he ...", which
    otherwise went to the last person named, a mourner)."""
    olds = [token for token in discourse.tokens if discourse.lowers[token.i] == "old"]
    if not olds:
        return  # no "-year-old" (most articles)
    describe_names(discourse)
    note_death_ages(discourse)
    for old in olds:
        nominal = nominal_at(discourse, old.head if old.dep_ == "amod" else old)  # "the 22-year-old singer"
        if nominal is None or nominal.age is None or discourse.quote_of[nominal.start] >= 0:
            continue
        aged = [
            number
            for number in _people(discourse, nominal.start, discourse.sentence_of[nominal.start])
            if nominal.age in discourse.clusters[number].ages and _agrees(discourse, number, nominal)
        ]
        if len(aged) == 1:
            discourse.add_ref(aged[0], Ref(nominal.start, nominal.end, "nominal"))


def nominal_antecedent(discourse: Discourse, nominal: Nominal, window: int) -> int | None:
    """A person who matches the nominal's age or occupation within ``window`` sentences, or else the
    only person mentioned in its own and the previous sentence, if they agree with it."""
    matching = [
        number
        for number in _people(discourse, nominal.start, window)
        if _agrees(discourse, number, nominal) and _matches(discourse, number, nominal)
    ]
    if len(matching) == 1:
        return matching[0]
    represented = _represented(discourse, nominal)
    if represented is not None and not matching and _agrees(discourse, represented, nominal):
        return represented
    speaker = _continuing_speaker(discourse, nominal)
    if speaker is not None and _agrees(discourse, speaker, nominal):
        return speaker
    near = _people(discourse, nominal.start, 1)
    lead = lead_person(discourse)
    if lead is not None and not _people(discourse, nominal.start, window) and _acting(discourse, nominal):
        # no one in the window (quotations with no speaker named between): the article's subject, as for pronouns
        return lead if _agrees(discourse, lead, nominal) and _article_subject(discourse, lead, nominal) else None
    if not matching and len(near) > 1 and lead in near and _acting(discourse, nominal) and _agrees(discourse, lead, nominal):
        return lead if _article_subject(discourse, lead, nominal) else None
    if len(near) != 1 or not _agrees(discourse, near[0], nominal):
        return None
    if (described := _aged_occupation_elsewhere(discourse, nominal, near[0])) is not None:
        return described[0] if described else None
    nouns = person_nouns()
    strict = nominal.noun in nouns.occupations or nominal.noun in nouns.role_nominals
    occupation = strict and nominal.gender is None and nominal.age is None
    if occupation or nominal.genre:
        fits = _article_subject(discourse, near[0], nominal) or _titled_just_before(discourse, near[0], nominal)
        return near[0] if fits else None
    return near[0]


def _aged_occupation_elsewhere(discourse: Discourse, nominal: Nominal, near: int) -> list[int] | None:
    """ "Actor Tom Vale is to star in a film. [...] Mara Quill is the choice for its lead. On a visit, the
    60-year-old actor said ...": an aged description with an occupation the article gave someone further
    back, and not the one person near it, describes that person, not the near one (an age is the attribute
    a reader checks). None when no one else has the occupation; the people who have it otherwise (an
    empty list when they are several: left unresolved)."""
    if nominal.age is None or nominal.noun not in person_nouns().occupations:
        return None
    if _matches(discourse, near, nominal):
        return None
    everyone = _people(discourse, nominal.start, discourse.sentence_of[nominal.start])
    described = [number for number in everyone if number != near and _matches(discourse, number, nominal)]
    if not described:
        return None
    return described if len(described) == 1 and _agrees(discourse, described[0], nominal) else []


def _titled_just_before(discourse: Discourse, number: int, nominal: Nominal) -> bool:
    """ "Sprinter Mark Cole will not run. The Leeds athlete ...": an occupation, or a description with a
    place or a genre, that is its clause's subject describes the one person the sentence before introduced
    by a role noun right before the name (not someone named there bare, who may be a passer-by)."""
    sentence = discourse.sentence_of[nominal.start]
    if sentence == 0 or discourse.quote_of[nominal.start] >= 0 or not _acting(discourse, nominal):
        return False
    start, end = discourse.sentence_starts[sentence - 1], discourse.sentence_starts[sentence]
    nouns = person_nouns()
    return any(  # the role noun before the name, or its first word when the NER took it in
        start < ref.start < end and (nouns.role_noun(discourse.lowers[ref.start - 1]) or nouns.role_noun(discourse.lowers[ref.start]))
        for ref in discourse.clusters[number].refs
    )


def _acting(discourse: Discourse, nominal: Nominal) -> bool:
    """Whether the description is its clause's subject or owns the subject or predicate ("The actor
    refused", "The singer's tour took", "It will be the actor's first"); not an owner deeper in the
    clause ("money from the late star's music"), where someone else is as likely."""
    head = discourse.doc[nominal.end - 1]
    owned = head.head if head.dep_ == "poss" else head
    return owned.dep_ in {"nsubj", "nsubjpass"} or (owned is not head and owned.dep_ == "attr")


def _article_subject(discourse: Discourse, number: int, nominal: Nominal) -> bool:
    """Whether an occupation no one was described by ("the rapper"), or a description with a genre ("the
    pop star"), may go to person ``number``: the
    article's subject (named alone in its first sentence, mentioned most so far), outside quotations
    (where "the director" may be anyone). Anyone else mentioned near it may be a passer-by the
    description does not fit ("Mr Lee said he did not know the rapper had ...")."""
    if discourse.quote_of[nominal.start] >= 0 or discourse.sentence_of[nominal.start] == 0:
        return False
    return number == lead_person(discourse) and most_mentioned(discourse, number, nominal.start)


def _represented(discourse: Discourse, nominal: Nominal) -> int | None:
    """For "a spokesperson for X denied a report that the singer ...", "X's lawyer said the comedian ...":
    the one person a representative who reports the description's clause speaks for."""
    token = discourse.doc[nominal.end - 1]
    reported = False
    while token.dep_ != "ROOT" and token.head.i != token.i:
        reported = reported or token.dep_ in {"ccomp", "acl"}
        token = token.head
        subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
        if reported and subject is not None and subject.lower_ in person_nouns().representative_nouns:
            return _speaks_for(discourse, subject)
    return None


def _speaks_for(discourse: Discourse, representative: Token) -> int | None:
    owners = [child for child in representative.children if child.dep_ == "poss"]
    for preposition in (child for child in representative.children if child.dep_ == "prep" and child.lower_ == "for"):
        owners.extend(child for child in preposition.children if child.dep_ == "pobj")
    people = {n for owner in owners for n in discourse.clusters_at(owner.i) if discourse.clusters[n].type == "PERSON"}
    return next(iter(people)) if len(people) == 1 else None


def _continuing_speaker(discourse: Discourse, nominal: Nominal) -> int | None:
    """For '"...," the singer said': the one person who was the subject of a speech verb, outside
    quotations, in the sentence before (a band, which speaks as "they", does not count)."""
    doc = discourse.doc
    head = doc[nominal.end - 1]
    verbs = frozenset(pronouns().speech_verbs)
    if head.dep_ != "nsubj" or head.head.lemma_ not in verbs or discourse.quote_of[head.i] >= 0:
        return None
    sentence = discourse.sentence_of[head.i]
    if sentence == 0 or not any(discourse.quote_of[i] >= 0 for i in range(head.sent.start, head.i)):
        return None
    start = discourse.sentence_starts[sentence - 1]
    speakers = {
        number
        for token in discourse.tokens[start : head.sent.start]
        if token.dep_ == "nsubj" and token.head.lemma_ in verbs and discourse.quote_of[token.i] < 0
        for number in discourse.clusters_at(token.i)
        if discourse.clusters[number].type == "PERSON"
    }
    if len(speakers) != 1 or speakers & band_clusters(discourse):
        return None
    return next(iter(speakers))


def _people(discourse: Discourse, position: int, window: int) -> list[int]:
    start = discourse.sentence_window(position, window)
    people = []
    for number, _ in reversed(discourse.refs_between(start, position)):
        if discourse.clusters[number].type == "PERSON" and number not in people:
            people.append(number)
    return people


def _agrees(discourse: Discourse, number: int, nominal: Nominal) -> bool:
    cluster = discourse.clusters[number]
    if nominal.gender is not None and cluster.gender != nominal.gender:
        return False  # "the actress" needs someone known to be a woman
    if nominal.age is not None and cluster.ages and nominal.age not in cluster.ages:
        return False
    nouns = person_nouns()
    described = nominal.noun in nouns.occupations and cluster.occupations
    return not (described and not nouns.same_occupation(nominal.noun, cluster.occupations))


def _matches(discourse: Discourse, number: int, nominal: Nominal) -> bool:
    cluster = discourse.clusters[number]
    aged = nominal.age is not None and nominal.age in cluster.ages
    return aged or person_nouns().same_occupation(nominal.noun, cluster.occupations)


def _award_nominal(token: Token) -> bool:
    """ "the Oscar winner", "the Bafta nominee": "the", an award's name and the noun, nothing else."""
    nouns = person_nouns()
    if token.lower_ not in nouns.award_nominals or token.tag_ != "NN":
        return False
    lefts = [child.lower_ for child in token.lefts]
    return len(lefts) == 2 and lefts[0] == "the" and lefts[1] in nouns.award_names


def _hyphenated(token: Token) -> str | None:
    """The nominal a hyphenated word makes with ``token`` ("film-maker" -> "filmmaker"), if any."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return None
    joined = doc[token.i - 2].lower_ + token.lower_
    return joined if person_nouns().is_nominal(joined) else None


def _restricted(token: Token) -> bool:
    """ "the best supporting actress", "the film director", "the first star": a modifier that picks
    someone out rather than referring back; not the first half of "film-maker", nor a nominal noun
    itself ("the veteran film-maker")."""
    nouns = person_nouns()
    hyphen = token.i - 2 if _hyphenated(token) else None
    for child in token.lefts:
        if child.i == hyphen or child.text == "-" or (child.dep_ == "compound" and nouns.is_nominal(child.lower_)):
            continue
        if child.dep_ == "compound" and child.pos_ in {"NOUN", "PROPN"} and not _genre(child):
            return not _place_name(child)
        for word in child.subtree:
            if word.tag_ in {"JJS", "RBS"} or word.lower_ in _SELECTING or word.ent_type_ == "ORDINAL":
                return True
    return False


def _place_modifier(discourse: Discourse, token: Token) -> Token | None:
    """ "the Virginia senator", "the Holland international", "the Texas-born singer": the place or people the
    nominal is of, named in front of it (a mention of its own), if there is one; for "Texas-born" the
    participle, so that the mention starts after it."""
    participles = person_nouns().place_participles
    return next(
        (
            child
            for child in token.lefts
            if (child.dep_ == "compound" and _place_name(child))
            or (child.dep_ == "amod" and child.lower_ in participles and any(_placed(word) for word in child.lefts))
        ),
        None,
    )


def _placed(word: Token) -> bool:
    """The place of "Ballymena-born": a proper noun or a name, whatever the NER typed it."""
    return word.pos_ == "PROPN" or bool(word.ent_type_)


def _place_name(modifier: Token) -> bool:
    """A one-word place or people the NER found ("Virginia", "US"): it says where the person is from."""
    return modifier.ent_type_ in _PLACE_LABELS and modifier.ent_iob_ == "B" and (
        modifier.i + 1 >= len(modifier.doc) or modifier.doc[modifier.i + 1].ent_iob_ != "I"
    )


def _genre(modifier: Token) -> bool:
    """ "the pop star", "the heavy metal star": a kind of music or screen work, which describes the person;
    the words before it in the compound must be adjectives or genres too."""
    genres = person_nouns().genre_modifiers
    return modifier.lower_ in genres and all(
        word.lower_ in genres or word.pos_ == "ADJ" or word.text == "-" for word in modifier.subtree if word is not modifier
    )


def _definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "the" for child in token.lefts)


def _names_someone(token: Token) -> bool:
    """ "the actor Tom Hanks", "the star of the show": the noun modifies a name or is specified by "of"."""
    if token.dep_ in {"compound", "appos"} and token.head.pos_ == "PROPN":
        return True
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN":
        return True
    if any(child.dep_ == "prep" and child.lower_ == "of" for child in token.rights):
        return True
    # "the actress who won": a restrictive relative clause may pick out someone new; "the actress,
    # whose ..." (after a comma) only adds to someone known.
    return any(
        child.dep_ == "relcl" and token.doc[child.left_edge.i - 1].text != "," for child in token.rights
    ) or any(child.dep_ == "poss" for child in token.lefts)


def _age_modifier(token: Token) -> int | None:
    for child in token.lefts:
        age = age_expression(child)
        if age is not None:
            return age
    return None
