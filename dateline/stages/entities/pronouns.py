"""The pronoun resolver: he, she, him, her, his, hers ... to the person they most likely refer to.

A rule-based, salience-scored resolver in the manner of Lappin and Leass: the candidates are the
people mentioned in the pronoun's sentence and the few before it; agreement (gender from titles,
given names, nominals and pronouns already tied to the person) and binding (a non-reflexive object
pronoun is not its own clause's subject) filter them; the rest are scored on recency, grammatical
role, parallelism, salience in the text and quotation, with the weights in ``coref.yaml`` (or, for
ranking, the ones learned on GAP: dateline/learn/coref_model.py). Plural
pronouns are left to :mod:`dateline.stages.entities.groups`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.stages.entities.article_subject import lead_person, most_mentioned, story_subject
from dateline.stages.entities.discourse import Cluster, Discourse, Ref, Role, role_of
from dateline.stages.entities.lexicon import (
    Gender,
    PronounEntry,
    coref_model,
    coref_weights,
    demonyms,
    entity_types,
    first_names,
    person_nouns,
    pronouns,
)
from dateline.stages.entities.pronoun_cataphora import fronted_before
from dateline.stages.entities.pronoun_centering import continued_subject
from dateline.stages.entities.pronoun_continued import QuoteSpeakers
from dateline.stages.entities.pronoun_control import (
    binds_reflexive,
    clause_subjects,
    controls_infinitive,
    predicated_of,
)
from dateline.stages.entities.pronoun_dative import recipient_of
from dateline.stages.entities.pronoun_nominal import nominal_subject_before
from dateline.stages.entities.pronoun_parallel import subject_of_first_conjunct
from dateline.stages.entities.pronoun_relative import in_unnamed_relative
from dateline.stages.entities.pronoun_reported import reported_speaker, speaks_for
from dateline.stages.entities.pronoun_swallowed import swallowed_subject
from dateline.stages.entities.pronoun_titles import in_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "Candidate",
    "candidates",
    "pronoun_candidates",
    "ranking_weights",
    "resolve_pronouns",
    "resolve_speaker_pronouns",
    "score",
]

#: NER types a person's name is often given, and the longest such name still considered a person.
_MISTYPED = {"ORG", "OTHER"}
_MISTYPED_WORDS = 1
#: Dependencies of a noun phrase that acts or owns, for nouns naming someone unnamed.
_AGENTS = {"nsubj", "nsubjpass", "poss"}
#: Dependencies of an unnamed person's noun that make it someone a later pronoun may be about (not "is a
#: kind man", which describes someone named).
_UNNAMED_ROLES = _AGENTS | {"dobj", "dative", "pobj"}
#: The pronouns an unnamed person before them may take from the named one the scores chose.
_SUBJECT_FORMS = {"he", "she"}


@dataclass(frozen=True)
class Candidate:
    """One possible antecedent of a pronoun: a cluster, its closest mention and their features."""

    cluster: int
    ref: Ref
    features: dict[str, float]


def resolve_pronouns(
    discourse: Discourse, *, until: int | None = None, weights: Mapping[str, float] | None = None
) -> None:
    """Tie each singular third-person pronoun of the document to a person cluster, when one is likely.

    Whether a pronoun is resolved at all is decided by the hand-set weights of ``coref.yaml``: news
    often leaves a pronoun's referent outside the window, which GAP, the learned weights' training
    data, hardly ever does. Which candidate it is resolved to is decided by the ranking weights:
    the hand-set ones, or the learned ones of ``coref_model.json`` when ``coref.yaml`` says
    ``ranker: learned`` (better on GAP's Wikipedia paragraphs, worse on news; docs/entities.md).

    ``until`` stops before that token, leaving the resolver in the state it is in when it reaches it;
    ``weights`` replace the ranking weights (both for the learner, dateline/learn/coref_model.py).
    """
    settings = coref_weights()
    weights = ranking_weights() if weights is None else weights
    forms = pronouns().pronouns
    for token in discourse.tokens[:until]:
        if discourse.lowers[token.i] not in forms:
            continue  # no pronoun: pronoun_candidates would say so, after asking the token
        found = pronoun_candidates(discourse, token, weights=weights)
        if found is None:
            continue
        if not found or max(score(c.features, settings.weights) for c in found) < settings.threshold:
            lead = _article_subject(discourse, token, found)
            if lead is not None:
                discourse.add_ref(lead, Ref(token.i, token.i + 1, "pronoun"))
            continue
        ranked = sorted((score(c.features, weights), c.cluster) for c in found)
        best_score, best = ranked[-1]
        if discourse.lowers[token.i] in _SUBJECT_FORMS and (
            _unnamed_since(discourse, token, best) or _continued_unnamed_speaker(discourse, token)
        ):
            continue
        discourse.add_ref(best, Ref(token.i, token.i + 1, "pronoun"))
        cluster = discourse.clusters[best]
        cluster.type = "PERSON"  # "he" or "she": a surname the NER took for an organisation or place
        runner_up = ranked[-2][0] if len(ranked) > 1 else settings.threshold
        if cluster.gender is None and best_score - runner_up >= settings.gender_margin:
            cluster.gender = pronouns().pronouns[token.lower_].gender  # from a clear choice only, so that an error does not spread


def pronoun_candidates(
    discourse: Discourse, token: Token, *, weights: Mapping[str, float] | None = None
) -> list[Candidate] | None:
    """The candidates the resolver weighs for ``token``, or None when it is no pronoun it resolves."""
    entry = pronouns().pronouns.get(token.lower_)
    if entry is None or entry.number != "singular" or token.pos_ != "PRON":
        return None
    if in_title(token):
        return None  # "The She Hate Me director": a word of a title
    if entry.role != "subject" and _unnamed_subject(discourse, token) and recipient_of(token) is None:
        return None  # "The DJ admitted that his ...": most likely the DJ, whom no name covers
    if in_unnamed_relative(discourse, token):
        return None  # "a film about a man who loses his job": the man's, whom no name covers
    return list(candidates(discourse, token, entry, weights=weights))


def _article_subject(discourse: Discourse, pronoun: Token, found: list[Candidate]) -> int | None:
    """The person an article is about, for a pronoun the resolver left alone with no one else mentioned
    in its window ("Robert Dale has topped the charts ... Fans also liked his new thriller"): the one
    person named in the article's first sentence, when the pronoun's gender is known to be theirs, they
    are still the person mentioned most so far, and the pronoun is in no quotation (a "he" in a quote
    may be anyone) nor after an unnamed person who may be meant."""
    if discourse.quote_of[pronoun.i] >= 0 or discourse.sentence_of[pronoun.i] == 0:
        return None
    lead = lead_person(discourse)
    gender = pronouns().pronouns[pronoun.lower_].gender
    if lead is None or discourse.clusters[lead].gender != gender:
        lead = _story_subject(discourse, pronoun)
    if lead is None or gender is None or discourse.clusters[lead].gender != gender:
        return None
    window = _candidate_refs(discourse, pronoun, coref_weights().window_sentences)
    others = {number for number, _ in window} | {candidate.cluster for candidate in found}
    if any(discourse.clusters[number].type == "PERSON" for number in others - {lead}):
        return None
    if _unnamed_person_near(discourse, pronoun) or not most_mentioned(discourse, lead, pronoun.i):
        return None
    return lead


def _story_subject(discourse: Discourse, pronoun: Token) -> int | None:
    """The person mentioned most so far, when every quotation since their last mention is theirs alone."""
    number = story_subject(discourse, pronoun.i)
    if number is None:
        return None
    last = max(ref.end for ref in discourse.clusters[number].refs if ref.start < pronoun.i)
    quotes = set(discourse.quote_of[last : pronoun.i]) - {-1}
    if any(discourse.speakers(quote, _speech_verbs()) != {number} for quote in quotes):
        return None
    return number


def _unnamed_person_near(discourse: Discourse, pronoun: Token) -> bool:
    """Whether someone no name covers may be meant: a person noun ("a paralysed man's", "the actress")
    or the subject of a speech verb ("The band's spokesman said") as a subject or possessor in the
    pronoun's window, before it."""
    nouns = person_nouns()
    verbs = _speech_verbs()
    start = discourse.sentence_window(pronoun.i, coref_weights().window_sentences)
    for token in discourse.tokens[start : pronoun.i]:
        if token.pos_ != "NOUN" or discourse.covered(token.i, token.i + 1):
            continue
        if token.dep_ not in _AGENTS:
            continue  # "the role of a widower": a part played, not someone acting
        if token.lower_ in nouns.gender_nouns or nouns.is_nominal(token.lower_) or token.head.lemma_ in verbs:
            return True
    return False


def _unnamed_since(discourse: Discourse, pronoun: Token, number: int) -> bool:
    """Whether a person no name covers ("the intruder"; ``unnamed_people``) of the pronoun's gender acts,
    owns or is acted on in its sentence or the one before, after cluster ``number`` was last mentioned,
    on the same side of a quotation mark: the subject pronoun may well be theirs. (A possessive one is
    more often the named person's: "tackling a burglar who stole jewellery from his house".)"""
    unnamed = pronouns().unnamed_people
    gender = pronouns().pronouns[pronoun.lower_].gender
    quoted = discourse.quote_of[pronoun.i] >= 0
    last = max((ref.end for ref in discourse.clusters[number].refs if ref.start < pronoun.i), default=0)
    start = max(last, discourse.sentence_window(pronoun.i, 1))
    return any(
        token.pos_ == "NOUN"
        and token.lemma_ in unnamed
        and unnamed[token.lemma_] in {None, gender}
        and token.dep_ in _UNNAMED_ROLES
        and (discourse.quote_of[token.i] >= 0) == quoted
        and not discourse.covered(token.i, token.i + 1)
        for token in discourse.tokens[start : pronoun.i]
    )


def _continued_unnamed_speaker(discourse: Discourse, pronoun: Token) -> bool:
    """ "A BBC spokeswoman said Tom Hale would stay. She said ...": a "he"/"she" that says something, outside
    quotations, after a sentence whose speaker is named by a role alone (``unnamed_speakers``) of its gender:
    the same speaker going on, not someone named in what they said."""
    verbs = _speech_verbs()
    sentence = discourse.sentence_of[pronoun.i]
    if pronoun.dep_ != "nsubj" or pronoun.head.lemma_ not in verbs or discourse.quote_of[pronoun.i] >= 0 or sentence == 0:
        return False
    speakers = pronouns().unnamed_speakers
    gender = pronouns().pronouns[pronoun.lower_].gender
    start, end = discourse.sentence_starts[sentence - 1], discourse.sentence_starts[sentence]
    return any(
        token.dep_ == "nsubj"
        and token.head.lemma_ in verbs
        and discourse.lowers[token.i] in speakers
        and speakers[discourse.lowers[token.i]] in {None, gender}
        and discourse.quote_of[token.i] < 0
        and not any(_named_person(discourse, word.i) for word in token.subtree)  # "spokeswoman Ann Lee"
        for token in discourse.tokens[start:end]
    )


def _named_person(discourse: Discourse, token: int) -> bool:
    return any(discourse.clusters[number].type == "PERSON" for number in discourse.clusters_at(token))


def resolve_speaker_pronouns(discourse: Discourse) -> None:
    """ "I", "me", "my" inside a quotation: the speaker, when exactly one person is said to speak it."""
    forms = set(pronouns().speaker_pronouns)
    quote_speakers = QuoteSpeakers(discourse, _speech_verbs())
    for token in discourse.tokens:
        quote = discourse.quote_of[token.i]
        if quote < 0 or token.lower_ not in forms or token.pos_ != "PRON" or in_title(token):
            continue
        if discourse.covered(token.i, token.i + 1):
            continue
        speakers = quote_speakers.of_word(token.i)  # also a quotation that goes on after '"...," Ann said.'
        if len(speakers) == 1:
            discourse.add_ref(next(iter(speakers)), Ref(token.i, token.i + 1, "pronoun"))


def _quote_introduced(discourse: Discourse, pronoun: Token) -> int | None:
    """The quotation that ``pronoun`` introduces as the subject of a speech verb ("... ," he said), if any."""
    if pronoun.dep_ != "nsubj" or pronoun.head.lemma_ not in _speech_verbs():
        return None
    if discourse.quote_of[pronoun.i] >= 0:
        return None
    sentence = pronoun.sent
    quotes = {discourse.quote_of[i] for i in range(sentence.start, sentence.end)} - {-1}
    return max(quotes) if quotes else None


def _recent_speakers(discourse: Discourse, pronoun: Token) -> set[int]:
    """People who were the subject of a speech verb in the pronoun's sentence or the five before it."""
    verbs = _speech_verbs()
    start = discourse.sentence_window(pronoun.i, 5)
    found: set[int] = set()
    for token in discourse.tokens[start : pronoun.i]:
        if token.dep_ == "nsubj" and token.head.lemma_ in verbs and discourse.quote_of[token.i] < 0:
            found.update(n for n in discourse.clusters_at(token.i) if discourse.clusters[n].type == "PERSON")
    return found


def _unnamed_subject(discourse: Discourse, pronoun: Token) -> bool:
    """Whether the subject of the pronoun's clause is a person noun ("the DJ") tied to no entity, nor
    named in apposition ("the band's producer, Ray Dunne, closed his studio": Dunne's), or someone a story
    brings in without a name ("a young woman tries to pick her father": `relative_clause_people`, after
    "a", of the pronoun's gender; also the subject of the verb an infinitive hangs from)."""
    nouns = person_nouns()
    verb = pronoun
    while verb.head.i != verb.i and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ == "NOUN" and nouns.is_nominal(child.lower_):
            named = [child, *(word for word in child.children if word.dep_ == "appos")]
            return not any(discourse.covered(word.i, word.i + 1) for word in named)
    while _controlled(verb):
        verb = verb.head  # not for a nominal: "the actress had to be content with her award" is hers
    return any(
        child.dep_ in {"nsubj", "nsubjpass"} and _someone_unnamed(discourse, child, pronoun) for child in verb.children
    )


def _controlled(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive with no subject of its own ("tries to pick"): its subject is its head's."""
    return verb.dep_ == "xcomp" and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)


def _someone_unnamed(discourse: Discourse, noun: Token, pronoun: Token) -> bool:
    """Whether ``noun`` brings in a person without a name ("a young woman"), of the pronoun's gender."""
    people = pronouns().relative_clause_people
    if noun.pos_ != "NOUN" or noun.lemma_ not in people:
        return False
    gender = pronouns().pronouns[pronoun.lower_].gender
    indefinite = any(child.dep_ == "det" and child.lower_ in {"a", "an"} for child in noun.children)
    return indefinite and people[noun.lemma_] in {None, gender} and not discourse.covered(noun.i, noun.i + 1)


def _speech_verbs() -> frozenset[str]:
    return frozenset(pronouns().speech_verbs)


def ranking_weights() -> Mapping[str, float]:
    """The weights that rank a pronoun's candidates: ``coref.yaml``'s, or the learned ones it names."""
    settings = coref_weights()
    return coref_model().weights if settings.ranker == "learned" else settings.weights


def score(features: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The weighted sum of a candidate's features."""
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


def candidates(
    discourse: Discourse, pronoun: Token, entry: PronounEntry, *, weights: Mapping[str, float] | None = None
) -> Iterator[Candidate]:
    """The agreeing, unbound person clusters a pronoun may refer to, each with its features; of a
    cluster's mentions the one scoring best under ``weights`` (the ranking weights by default) counts."""
    weights = ranking_weights() if weights is None else weights
    role = _pronoun_role(pronoun, entry)
    refs = _candidate_refs(discourse, pronoun, coref_weights().window_sentences)
    quoted = _quote_introduced(discourse, pronoun)
    speaking: set[int] = set()
    if quoted is not None:
        # '"Nas is my friend, and Jada's a homie," he said': the speaker is not someone named in the
        # quote; it is looked for outside quotes, among the people who have been speaking
        speaking = _recent_speakers(discourse, pronoun)
        refs += [(number, _last_ref(discourse, number, pronoun.i)) for number in speaking]
        refs = sorted({(n, id(r)): (n, r) for n, r in refs if discourse.quote_of[r.start] < 0}.values(),
                      key=lambda item: item[1].start)
    excluded = _excluded_clusters(discourse, pronoun, role, refs, quoted)
    preceding = [ref for number, ref in refs if ref.start < pronoun.i]
    nearest = preceding[-1] if preceding else None
    subjects = [ref for ref in preceding if _ref_role(discourse, ref) == "subject"]
    last_subject = subjects[-1] if subjects else None
    people = {id(ref) for number, ref in refs if discourse.clusters[number].type == "PERSON"}
    continued = continued_subject(
        discourse, pronoun, [(ref, _role_bearer(discourse, _head(discourse, ref))) for ref in subjects if id(ref) in people]
    )
    first_person = _first_person(discourse) if refs else -1
    # read of the pronoun once, not once per candidate mention
    governing, clause = _governing_verbs(pronoun), _clause(pronoun)
    speaker = reported_speaker(pronoun, _speech_verbs())
    described = nominal_subject_before(discourse, pronoun) if refs else None
    recipient = recipient_of(pronoun) if refs else None
    best: dict[int, Candidate] = {}
    for number, ref in refs:
        cluster = discourse.clusters[number]
        if number in excluded or (entry.gender is not None and cluster.gender not in {None, entry.gender}):
            continue
        features = _features(
            discourse, pronoun, role, ref, nearest=nearest, last_subject=last_subject, governing=governing, clause=clause
        )
        if features is None:
            continue
        features["first_person"] = float(number == first_person)
        features["mentions"] = math.log1p(sum(1 for other in cluster.refs if other.start < pronoun.i))
        features["gender_known"] = float(cluster.gender is not None)
        features["not_person"] = float(cluster.type != "PERSON")
        features["speaker_continuity"] = float(number in speaking)
        features["speaker_subject"] = float(quoted is not None and _subject_ref(discourse, ref))
        features["continued_subject"] = float(ref is continued)
        features["reported_speaker"] = float(speaks_for(discourse, ref, speaker))
        features["nominal_subject"] = float(number == described)
        # "with her aunt Brenna Coyle, she sued": an owner already referred to by a pronoun is the topic
        features["possessor_of_named"] = float(
            ref.kind == "name" and _possessor_of_named(discourse, _head(discourse, ref), entry.gender)
        )
        features["reflexive_binder"] = float(entry.role == "reflexive" and binds_reflexive(_head(discourse, ref), pronoun))
        features["recipient_owner"] = float(recipient is not None and _head(discourse, ref).i == recipient.i)
        kept = best.get(number)
        if kept is None or score(features, weights) > score(kept.features, weights):
            best[number] = Candidate(number, ref, features)
    yield from best.values()


def _first_person(discourse: Discourse) -> int:
    """The number of the cluster mentioned first of those that may be a person, or -1."""
    firsts = [cluster.first for cluster in discourse.clusters]
    in_order = sorted(range(len(firsts)), key=firsts.__getitem__)
    return next((n for n in in_order if _may_be_person(discourse, discourse.clusters[n])), -1)


def _candidate_refs(discourse: Discourse, pronoun: Token, window: int) -> list[tuple[int, Ref]]:
    """Mentions of possible people from ``window`` sentences back to the end of the pronoun's sentence."""
    start = discourse.sentence_window(pronoun.i, window)
    refs = discourse.refs_between(start, pronoun.sent.end)
    people = {number for number in {number for number, _ in refs} if _may_be_person(discourse, discourse.clusters[number])}
    return [(number, ref) for number, ref in refs if number in people and ref.start != pronoun.i]


def _last_ref(discourse: Discourse, number: int, before: int) -> Ref:
    return max((ref for ref in discourse.clusters[number].refs if ref.start < before and ref.kind != "group"),
               key=lambda ref: ref.start)


def _excluded_clusters(
    discourse: Discourse, pronoun: Token, role: Role, refs: list[tuple[int, Ref]], quoted: int | None
) -> set[int]:
    """People the pronoun cannot be: bound by syntax, the speaker of the quote it stands in, or named
    inside the quote it introduces."""
    excluded: set[int] = set()
    for number, ref in refs:
        if number not in excluded and _excluded(_head(discourse, ref), pronoun, role):
            excluded.add(number)  # one mention rules out the cluster: its others are not tested
    excluded |= {
        number for number in {number for number, _ in refs} - excluded if _character(discourse, number, pronoun)
    }
    quote = discourse.quote_of[pronoun.i]
    if quote >= 0:
        # "he" inside someone's quote is someone else; a speaker named just before or after counts too
        excluded |= discourse.speakers(quote, _speech_verbs(), around=1)
    if quoted is not None:
        quote_of = discourse.quote_of
        for number, cluster in enumerate(discourse.clusters):
            if any(quote_of[ref.start] == quoted for ref in cluster.refs):
                excluded.add(number)
    return excluded


def _features(
    discourse: Discourse,
    pronoun: Token,
    role: Role,
    ref: Ref,
    *,
    nearest: Ref | None,
    last_subject: Ref | None,
    governing: set[int],
    clause: int,
) -> dict[str, float] | None:
    """The features of mention ``ref`` as the pronoun's antecedent (None when it cannot be one);
    ``governing`` and ``clause`` are the pronoun's :func:`_governing_verbs` and :func:`_clause`."""
    doc = discourse.doc
    head = _head(discourse, ref)
    bearer = _role_bearer(discourse, head)
    ref_role = _ref_role(discourse, ref)
    same_clause = _clause(bearer) == clause
    if ref.start <= pronoun.i < ref.end:
        return None
    cataphora = ref.start > pronoun.i
    governed = bearer.head.i in governing
    plain = role in {"possessive", "subject"} and ref_role == "subject" and governed
    if cataphora and not (plain or _cataphoric_subject(head, pronoun)):
        return None  # a pronoun before its antecedent: only "In her book, Ann ...", "When he won, Joe ..."
    distance = discourse.sentence_of[pronoun.i] - discourse.sentence_of[ref.start]
    quote = discourse.quote_of
    return {
        "bias": 1.0,
        "sentence_distance": float(max(distance, 0)),
        "same_sentence": float(distance == 0),
        "token_distance": min(abs(pronoun.i - ref.start), 60) / 20,
        "subject": float(ref_role == "subject"),
        "main_subject": float(ref_role == "subject" and bearer.head.dep_ == "ROOT"),
        "object": float(ref_role == "object"),
        "oblique": float(ref_role == "oblique"),
        "possessor": float(ref_role == "possessive"),
        "appositive": float(head.dep_ in {"appos", "conj", "compound"}),
        "parallel": float(ref_role == role),
        "possessive_of_subject": float(role == "possessive" and ref_role == "subject" and same_clause),
        "subject_of_governing_verb": float(ref_role == "subject" and governed),
        "relative_clause_subject": float(_relative_subject(head, pronoun, governing, role)),
        "coordinated_possessive": float(role == "possessive" and _coordinated(head, pronoun.head)),
        "subject_after_subject": float(role == "subject" and ref_role == "subject" and distance == 1),
        "controller_subject": float(role == "subject" and distance >= 1 and controls_infinitive(bearer)),
        "conjunct_subject": float(subject_of_first_conjunct(bearer, pronoun)),
        "nearest": float(ref is nearest),
        "last_subject": float(ref is last_subject),
        "cataphora": float(cataphora),
        "fronted_cataphora": float(cataphora and fronted_before(head, pronoun)),
        "pronoun_antecedent": float(ref.kind == "pronoun"),
        "nominal_antecedent": float(ref.kind == "nominal"),
        "same_quote": float(quote[pronoun.i] >= 0 and quote[pronoun.i] == quote[ref.start]),
        "quote_boundary": float((quote[pronoun.i] >= 0) != (quote[ref.start] >= 0)),
        "sentence_start_pronoun": float(bool(pronoun.is_sent_start or doc[pronoun.i - 1].is_sent_start)),
        "parenthesised": float(_parenthesised(doc, ref)),
        f"roles:{role}>{ref_role}": 1.0,
        f"distance:{role}>{min(max(distance, 0), 2)}": 1.0,
    }


def _subject_ref(discourse: Discourse, ref: Ref) -> bool:
    """Whether ``ref`` is the subject of its clause (or in apposition to it): who is most likely to go on
    speaking in the quotation a later '"...," he said' closes, rather than the person they spoke of."""
    return _ref_role(discourse, ref) == "subject"


def _ref_role(discourse: Discourse, ref: Ref) -> Role:
    """The role of mention ``ref`` in its clause: its role bearer's, except that an object pronoun the
    parser makes the subject of a verb after it ("recalled seeing him play") is an object."""
    head = _head(discourse, ref)
    role = "subject" if ref.kind == "name" and swallowed_subject(head) else role_of(_role_bearer(discourse, head))
    entry = pronouns().pronouns.get(discourse.lowers[ref.start]) if ref.kind == "pronoun" else None
    if role == "subject" and entry is not None and entry.role in {"object", "possessive"}:
        return "object"
    return role


def _role_bearer(discourse: Discourse, head: Token) -> Token:
    """The word whose role in its clause the name headed by ``head`` plays: the name itself, or the
    unnamed noun it stands in apposition to ("the show's star, Rowan Pike, was ...": the subject), or
    the subject that noun is coordinated with ("Tom Vale and his wife, Kerstin Ozal, moved ...")."""
    noun = head.head
    if head.dep_ != "appos" or noun.pos_ != "NOUN" or discourse.covered(noun.i, noun.i + 1):
        return head
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first if role_of(first) == "subject" else noun


def _cataphoric_subject(head: Token, pronoun: Token) -> bool:
    """Whether the later name headed by ``head`` is the subject of a clause whose fronted adverbial
    holds the pronoun, or stands for it: "As it was visible to him, Joe ...", "Throughout his stay,
    Joe's health ...", "After her move, coach Ann Lee ..." (the name in apposition to the subject, or
    its possessor); not "His spokesman, Ann Lee, ...", nor a reflexive, nor a quotation before its
    speaker. (A name that is itself the subject of a verb above a subject or possessive pronoun,
    "When he won, Joe ...", is taken before this is asked.)"""
    if pronouns().pronouns[pronoun.lower_].role == "reflexive":
        return False
    word = head
    while word.dep_ in {"appos", "compound"} and word.head.i != word.i:
        word = word.head
    if word.dep_ == "poss":
        word = word.head
    if word.dep_ not in {"nsubj", "nsubjpass"} or word.i == pronoun.head.i:
        return False
    return fronted_before(head, pronoun)


def _parenthesised(doc: Doc, ref: Ref) -> bool:
    """ "Hammond Maxwell (Oates)": a name in brackets right after another, most often the actor's."""
    return ref.start > 0 and ref.end < len(doc) and doc[ref.start - 1].text == "(" and doc[ref.end].text == ")"


def _possessor_of_named(discourse: Discourse, head: Token, gender: Gender | None) -> bool:
    """Whether the name headed by ``head`` owns a noun naming another person who may take a pronoun of
    ``gender`` ("Orla's aunt Brenna Coyle ... her niece", "Tom and Ann's only son, Ned Hale ... his
    father"): the one named is what the sentence goes on about, not the owner."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "poss":
        return False
    noun = head.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "Ida's granddaughter Jo Marsh": the kin noun is part of the name
    named = [noun, *(child for child in noun.children if child.dep_ == "appos")]
    return any(
        discourse.clusters[number].type == "PERSON" and discourse.clusters[number].gender in {None, gender}
        for word in named
        for number in discourse.clusters_at(word.i)
    )


def _may_be_person(discourse: Discourse, cluster: Cluster) -> bool:
    """People, unless every name of theirs modifies a noun ("the Kent athlete"), and one-word names the NER may have mistyped ("Fujisawa" as ORG), unless something marks
    the name as no one's: an article, an organisation noun, a noun it modifies ("the Senate", "record
    label Sony", "Microsoft chief"), or a nationality ("English"). A person noun or a person's full
    name marks it as a person's after all ("U2 frontman Bono", "Cole, the candidate", "Bill Cole")."""
    if cluster.type == "PERSON":
        return not _only_a_modifier(discourse, cluster)
    if cluster.type not in _MISTYPED or not all(
        len(words) <= _MISTYPED_WORDS and words[0].lower() != "the" and not words[0].isupper()
        for words in cluster.names
    ):
        return False
    names = [ref for ref in cluster.refs if ref.kind == "name"]
    if not any(_marked_as_thing(discourse, ref) for ref in names):
        return True
    return any(_described_as_person(discourse, ref) for ref in names) or any(
        _surname_of_person(discourse, words[0]) for words in cluster.names
    )


def _only_a_modifier(discourse: Discourse, cluster: Cluster) -> bool:
    """Whether every name of a PERSON cluster modifies a common noun ("the Kent athlete", "the former Porto
    coach", "the Bridgegate trial", "the festival's Golden Kinnaree awards"), with no given name and no
    person noun marking it as a person's. The NER types such places, teams, awards and affairs PERSON. A
    name with a given name ("the Mike Leigh film", "a Tony Award") is left alone: the parser also reads a
    person's name as a modifier ("a veteran named Gary Latham explode"). The cluster keeps its type: only
    pronouns are kept from it."""
    names = [ref for ref in cluster.refs if ref.kind == "name"]
    return (
        bool(names)
        and not any(first_names().gender(words[0]) for words in cluster.names)
        and all(_modifies_noun(discourse, ref) for ref in names)
        and not any(_described_as_person(discourse, ref) for ref in names)
    )


def _modifies_noun(discourse: Discourse, ref: Ref) -> bool:
    """Whether the name is a compound modifier of a common noun ("the Kent athlete")."""
    root = discourse.doc[ref.start : ref.end].root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN"


def _marked_as_thing(discourse: Discourse, ref: Ref) -> bool:
    """Whether the name reads as an institution's, a firm's, a place's or a nationality: "the Senate", "Bafta
    nominations", "record label Sony", "Ladbrokes, the bookmaker,", "in Surrey", "English"."""
    nouns = entity_types().organisation_nouns
    before = discourse.lowers[ref.start - 1] if ref.start > 0 else ""
    if before == "the" or before in nouns:
        return True
    root = discourse.doc[ref.start : ref.end].root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN":
        return True
    if root.dep_ == "pobj" and root.head.lower_ in entity_types().place_prepositions:
        return True  # "married in Surrey", "studied at Yale"
    if any(child.dep_ == "appos" and child.lower_ in nouns for child in root.children):
        return True
    return discourse.texts[ref.start] in demonyms().demonyms


def _described_as_person(discourse: Discourse, ref: Ref) -> bool:
    """Whether the name is itself a person noun or honorific ("the Professor"), or one stands before it
    ("U2 frontman Bono", "Mr Cole") or in apposition to it ("Cole, the Republican candidate,")."""
    nouns = person_nouns()
    words = [discourse.lowers[ref.start]]
    if ref.start > 0:
        words.append(discourse.lowers[ref.start - 1])
    if any(nouns.is_nominal(word) or word.rstrip(".") in nouns.honorifics for word in words):
        return True
    root = discourse.doc[ref.start : ref.end].root
    return any(child.dep_ == "appos" and nouns.is_nominal(child.lower_) for child in root.children)


def _surname_of_person(discourse: Discourse, word: str) -> bool:
    return any(
        cluster.type == "PERSON" and any(len(words) > 1 and word in words[1:] for words in cluster.names)
        for cluster in discourse.clusters
    )


def _pronoun_role(pronoun: Token, entry: PronounEntry) -> Role:
    # "her" is possessive or object: the parse decides; "his" and "hers" are always possessive.
    if pronoun.dep_ == "poss" or (entry.role == "possessive" and pronoun.lower_ != "her"):
        return "possessive"
    if entry.role != "subject" and role_of(pronoun) == "subject":
        return "object"  # "allows him to sit": the parser makes "him" the subject of "sit"
    return role_of(pronoun)


def _character(discourse: Discourse, number: int, pronoun: Token) -> bool:
    """Whether cluster ``number`` is so far named only as a part played ("playing Tom Reed", "stars as
    Ruth Dane", "the role of Ruth Dane") and the pronoun hangs from none of those names: the pronouns
    around a part are the actor's ("playing Lena Marsh - a role that won her", "playing Tom Reed. He
    later"), those in a phrase about the part its own ("Ruth Dane, a nurse who loses her job")."""
    names = [ref for ref in discourse.clusters[number].refs if ref.kind == "name" and ref.start < pronoun.i]
    heads = [_head(discourse, ref) for ref in names]
    return bool(heads) and all(_played(head) for head in heads) and not any(
        _hangs_from(pronoun, head) for head in heads
    )


def _played(head: Token) -> bool:
    """Whether the name headed by ``head`` is a part played: the object of a role verb, or after "as"
    following one of ``role_as_verbs``, or after "of" following a role noun."""
    lexicon = pronouns()
    word = head
    while word.dep_ == "appos" and word.head.i != word.i:
        word = word.head  # "playing the villain, Tom Reed"
    if word.dep_ == "dobj":
        return word.head.lemma_ in lexicon.role_verbs
    if word.dep_ != "pobj":
        return False
    preposition = word.head
    if preposition.lower_ == "as":
        return preposition.head.lemma_ in lexicon.role_as_verbs
    return preposition.lower_ == "of" and preposition.head.lemma_ in lexicon.role_nouns


def _hangs_from(pronoun: Token, head: Token) -> bool:
    """Whether ``pronoun`` is inside the phrase headed by ``head``, with no role noun between them
    ("Vera Cole, another role which won her" is the actor's)."""
    nouns = pronouns().role_nouns
    for word in pronoun.ancestors:
        if word.i == head.i:
            return True
        if word.lemma_ in nouns:
            return False
    return False


def _excluded(head: Token, pronoun: Token, role: Role) -> bool:
    """Whether syntax rules out the mention headed by ``head`` (and so its whole entity)."""
    if _bound(head, pronoun, role):
        return True  # "Ann saw her", "Vivian, who attacks her": an object is not its own clause's subject
    if _commanded(head, pronoun):
        return True  # "how proud she is of Lena": a subject pronoun is not a name later in its clause
    if _subject_of_clause_on(head, pronoun):
        return True  # "the man she knew as Uncle Jo": the clause's subject is not the one it describes
    if _recipient(head, pronoun):
        return False  # "earned Ann her award", which the parser may read as an apposition: Ann's
    if role == "possessive" and any(word.i == head.i for word in predicated_of(pronoun)):
        return True  # "Edith was appointed her successor": no one is their own successor
    noun = pronoun.head
    if (noun.dep_ == "compound" and noun.head.i == head.i) or (head.dep_ == "appos" and head.head.i == noun.i):
        return True  # "his publicist Ann Lee": the possessor is not the name the title stands before
    return pronoun.head.dep_ == "appos" and pronoun.head.head.i == head.i  # "David Furnish, his partner"


def _recipient(head: Token, pronoun: Token) -> bool:
    recipient = recipient_of(pronoun)
    return recipient is not None and recipient.i == head.i


def _commanded(head: Token, pronoun: Token) -> bool:
    """Whether the name headed by ``head`` comes after subject pronoun ``pronoun`` in the pronoun's own
    clause, as its verb's object, oblique or their possessor (binding's principle C)."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or head.i < pronoun.i or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if _clause(head) != verb.i or not any(ancestor.i == verb.i for ancestor in head.ancestors):
        return False
    # "he is Joe Lee", "she won it as Ann Boleyn": a predicate names the subject itself
    path = [head, *(a for a in head.ancestors if a.i != verb.i and verb.is_ancestor(a))]
    return not any(word.dep_ in {"attr", "appos", "oprd"} or word.lower_ in {"as", "like"} for word in path)


def _subject_of_clause_on(head: Token, pronoun: Token) -> bool:
    """Whether subject pronoun ``pronoun`` is the subject of a relative clause on the noun ``head`` (or on a
    noun the name ``head`` is in apposition to, or is named "as" in that clause): the clause's gap is
    then not its subject, so the noun is someone the subject is not ("the man she knew as Uncle Jo",
    "Jo Lee, with whom he recorded"). A clause on a name needs its relative word: "Trump and the votes he
    gets" is a clause the parser hung on the wrong noun."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" and not any(word.tag_ in {"WDT", "WP", "WP$"} for word in verb.subtree if word.i < pronoun.i):
        return False
    if head.i == noun.i or (head.dep_ == "appos" and head.head.i == noun.i):
        return True
    return head.i > verb.i and verb.is_ancestor(head) and any(
        word.lower_ == "as" and word.head.i == verb.i for word in head.ancestors
    )


def _bound(head: Token, pronoun: Token, role: Role) -> bool:
    """Whether a non-reflexive object pronoun would be bound by the subject ``head`` of its own clause
    (a reflexive is what that subject binds: "Mary Cole saw herself")."""
    if role not in {"object", "oblique"} or pronouns().pronouns[pronoun.lower_].role == "reflexive":
        return False
    return any(subject.i == head.i for subject in clause_subjects(pronoun))


def _coordinated(head: Token, possessed: Token) -> bool:
    """ "Valery Giscard d'Estaing and his wife": the pronoun's noun is coordinated with the candidate."""
    name = head
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head  # "Valery Giscard d'Estaing": the NER may stop short of the name's head
    return possessed.dep_ == "conj" and possessed.head.i == name.i


def _relative_subject(head: Token, pronoun: Token, governing: set[int], role: Role) -> bool:
    """ "Gordy, who began spending most of his time ...": the pronoun is in a relative clause whose
    subject is the relative pronoun standing for ``head`` (``governing``: the pronoun's governing verbs)."""
    doc = pronoun.doc
    for verb in governing:
        clause = doc[verb]
        if clause.dep_ != "relcl":
            continue  # the pronoun may sit in several clauses ("artists who used it, as Ann who ... his")
        relative = next((child for child in clause.children if child.dep_ == "nsubj" and child.lower_ in {"who", "that"}), None)
        if relative is not None and _relative_antecedent(clause, relative, role).i == head.i:
            return True
    return False


def _relative_antecedent(clause: Token, relative: Token, role: Role) -> Token:
    """What the relative pronoun stands for: for a possessive or subject pronoun in the clause, the name
    right before a "who", past a comma ("..., Ann Zhang for X and Kate Vell, who has two nods for her
    roles", which the parser may hang from Zhang); else the noun the parser hangs the clause from. Not for
    an object ("Anna, who was fond of her": someone else) nor "that" ("a friendship with Anna that ...")."""
    before = relative.doc[relative.i - 1] if relative.i > 0 else relative
    if before.text == "," and before.i > 0:
        before = relative.doc[before.i - 1]
    surface = relative.lower_ == "who" and role in {"possessive", "subject"} and before.pos_ == "PROPN"
    return before if surface else clause.head


def _governing_verbs(pronoun: Token) -> set[int]:
    """The verbs above the pronoun in the parse: its own clause's and those it is embedded under."""
    verbs = set()
    current = pronoun
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            verbs.add(current.i)
    return verbs


def _head(discourse: Discourse, ref: Ref) -> Token:
    return discourse.root(ref.start, ref.end)


def _clause(token: Token) -> int:
    """Index of the verb heading ``token``'s clause (the root when there is none)."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current.i
    return current.i
