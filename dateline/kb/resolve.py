"""Cross-article entity resolution: link each document entity to one canonical entity, incrementally.

Documents are resolved in date order, each once: an entity joins the canonical entity whose names
match and whose evidence does not conflict (ages that cannot both be true, different occupations or
nationalities, no shared context), or starts a new one. Each link records its rule, score and
reasons. User corrections (``merge`` / ``split``) are kept as must-link / cannot-link pairs of
(document, entity name), applied before the rules, so they survive re-analysis.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, select, update

from dateline.kb import context as ctx
from dateline.kb.contradiction_store import (
    contradictions_stale,
    refresh_all_contradictions,
    refresh_contradictions,
    scopes_of_documents,
    scopes_of_entities,
    scopes_of_facts,
)
from dateline.kb.index import facts_of_entities, index_facts
from dateline.kb.kinds import (
    cut_from,
    gives_origin_by,
    inside_name,
    is_after_town,
    is_beside_state,
    is_city_sense,
    is_heading_word,
    is_listed,
    is_match_side,
    is_origin,
    is_result_side,
    is_state_sense,
    kind_of,
    number_after,
    place_after,
)
from dateline.kb.late_joins import (
    PAIRED,
    bearers_given_names,
    evidence_of,
    join_profiles,
    kept_apart,
    lone_given_name_entities,
    move_members,
    stale_given_name_members,
)
from dateline.kb.names import display_quality, name_key, name_keys, not_name_words, person_signals
from dateline.kb.profiles import (
    CanonicalProfile,
    EntityEvidence,
    Match,
    compare,
    intersect_intervals,
    is_given_name,
    neighbour_key,
    split_neighbour_key,
)
from dateline.kb.rules import FamousGivenNames, ResolutionRules, kb_rules
from dateline.store import tables as t

__all__ = ["ResolveSummary", "resolve_pending"]

Tokenizer = Any  # a callable text -> spaCy Doc (nlp.make_doc)


@dataclass
class ResolveSummary:
    """What a resolution run did."""

    documents: int = 0
    entities: int = 0
    merged: int = 0
    created: int = 0
    contradictions: int = 0  # contradictions computed again, of the claims the new documents touched
    all_contradictions: bool = False  # every contradiction was computed (a knowledge base resolved before 0005)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def pending_documents(connection: Connection) -> list[str]:
    """Ids of documents with entities not linked yet, oldest first (undated last)."""
    query = (
        select(t.entities.c.document_id)
        .outerjoin(t.entity_links, t.entity_links.c.entity_key == t.entities.c.key)
        .join(t.documents, t.documents.c.id == t.entities.c.document_id)
        .where(t.entity_links.c.entity_key.is_(None))
        .group_by(t.entities.c.document_id, t.documents.c.date)
        .order_by(t.documents.c.date.asc().nulls_last(), t.entities.c.document_id)
    )
    return [row.document_id for row in connection.execute(query)]


def resolve_pending(connection: Connection, *, make_doc: Tokenizer | None) -> ResolveSummary:
    """Resolve every document whose entities are not linked yet, then compute the contradictions they touch
    (all of them, when the store has none yet); returns counts. Without ``make_doc``, only the latter."""
    summary = ResolveSummary()
    pending = pending_documents(connection)
    stale = contradictions_stale(connection)
    if pending and make_doc is not None:
        # Contradictions resting on a re-analysed document's old facts, which are gone from the index.
        scopes = set() if stale else scopes_of_documents(connection, pending)
        resolver = _Resolver(connection, make_doc=make_doc, rules=kb_rules().resolution)
        resolver.resolved = _count_documents(connection) - len(pending)
        resolver.drop_orphans()  # entities whose every document was re-analysed start again from scratch
        for document_id in pending:
            resolver.resolve_document(document_id, summary)
            summary.documents += 1
        resolver.drop_orphans()
        if not stale:
            scopes |= resolver.scopes | scopes_of_entities(connection, resolver.renamed)
            summary.contradictions = refresh_contradictions(connection, scopes)
    if stale:
        summary.contradictions = refresh_all_contradictions(connection)
        summary.all_contradictions = True
    return summary


class _Resolver:
    def __init__(self, connection: Connection, *, make_doc: Tokenizer, rules: ResolutionRules) -> None:
        self.connection = connection
        self.make_doc = make_doc
        self.rules = rules
        self.scopes: set[str] = set()  # contradiction scopes whose facts or ages changed
        self.renamed: set[int] = set()  # existing canonical entities given a better display name
        self._names: dict[int, str] = {}
        self.resolved = 0  # documents resolved so far, which a neighbour's share of the store is counted in
        self._neighbour_documents: dict[str, int] = {}  # articles naming a neighbour, for the current document
        self._bearers: dict[str, int | None] = {}  # a given name's famous whole-named bearer, for the current document

    # -- one document ------------------------------------------------------------------------------

    def resolve_document(self, document_id: str, summary: ResolveSummary) -> None:
        evidence = self._evidence(document_id)
        must, cannot = self._corrections(document_id)
        candidates = self._candidates(evidence)
        touched: dict[int, CanonicalProfile] = {}
        # People with full names first, so that a lone surname finds its person.
        for entity in sorted(evidence, key=lambda e: (e.keys.single, e.key)):
            match = self._forced(entity, must) or self._best(entity, candidates, cannot)
            if match is None:
                profile = self._create(entity)
                candidates.append(profile)
                match = Match(profile.id, "new", 0.0, _new_reasons(entity))
                summary.created += 1
            else:
                summary.merged += 1
            profile = touched.get(match.canonical_id) or self._profile(match.canonical_id, candidates)
            self._absorb(profile, entity)
            if entity.birth is not None:
                self.scopes.add(f"age:{profile.id}")
            touched[profile.id] = profile
            self._link(entity, match)
            summary.entities += 1
        for profile in touched.values():
            self._save(profile)
        self._index_facts(document_id)
        self.resolved += 1
        self._neighbour_documents.clear()  # the counts of the names this document gave have grown
        self._bearers.clear()
        self._part_stale_given_names(touched.values())
        self._join_lone_given_names(touched.values())

    def _evidence(self, document_id: str, *, linked: bool = False) -> list[EntityEvidence]:
        """The evidence of the document's entities not linked yet, or of all of them (``linked``)."""
        c = self.connection
        text = c.execute(select(t.documents.c.text).where(t.documents.c.id == document_id)).scalar_one()
        query = select(t.entities.c.key, t.entities.c.name, t.entities.c.type, t.entities.c.aliases).where(
            t.entities.c.document_id == document_id
        )
        if not linked:  # a document's entities are linked all at once: the linked ones are an older analysis's
            query = query.outerjoin(t.entity_links, t.entity_links.c.entity_key == t.entities.c.key).where(
                t.entity_links.c.entity_key.is_(None)
            )
        rows = c.execute(query).all()
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        name_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        surfaces: dict[str, list[str]] = defaultdict(list)  # name forms with their titles, and pronouns
        for mention in c.execute(
            select(t.mentions.c.entity_key, t.mentions.c.start, t.mentions.c.end, t.mentions.c.text, t.mentions.c.kind)
            .where(t.mentions.c.document_id == document_id)
        ):
            spans[mention.entity_key].append((mention.start, mention.end))
            if mention.kind in ("name", "pronoun"):
                surfaces[mention.entity_key].append(mention.text)
            if mention.kind == "name":
                name_spans[mention.entity_key].append((mention.start, mention.end))
        attributes: dict[str, list[Any]] = defaultdict(list)
        for row in c.execute(select(t.entity_attributes).where(t.entity_attributes.c.document_id == document_id)):
            attributes[row.entity_key].append(row)
        doc = self.make_doc(text)
        senses = {row.key: sense for row in rows if (sense := self._place_sense(text, row, rows, name_spans[row.key]))}
        full_names = self._longer_names(text, rows, name_spans, senses)
        names = {
            row.key: name_keys(full_names[row.key], [], person=False) if row.key in full_names
            else name_keys(row.name, row.aliases or [], person=row.type == "PERSON")
            for row in rows
        }
        # Each co-mentioned name with its type group, so that a person's neighbour "List" (of "EMILY's List")
        # is not the magazine "The List" that another article names
        typed_mains = {row.key: neighbour_key(names[row.key].main, self.rules.type_group(row.type)) for row in rows}
        all_mains = set(typed_mains.values())
        evidence = []
        for row in rows:
            keys = names[row.key]
            # "Liverpool manager": the club, whatever the tagger typed it, so it does not join the city
            kind = kind_of(text, name_spans[row.key], row.type, self.rules.kind_words) or self._team(text, row, rows, name_spans)
            entity = EntityEvidence(
                key=row.key,
                document_id=document_id,
                name=row.name,
                type=kind[0] if kind else row.type,
                kind=kind[1] if kind else None,
                shown=full_names.get(row.key),
                keys=keys,
                mentions=len(spans[row.key]),
                neighbours=all_mains - {typed_mains[row.key]},
            )
            _apply_attributes(entity, attributes[row.key])
            heading = self.rules.heading_words
            if heading and row.type not in self.rules.context_types and is_heading_word(text, row.name, name_spans[row.key], heading):
                entity.attributes["heading"] = {row.name}  # "WELCOME TO THE WORLD": merges with nothing by name
            if senses.get(row.key) == "mixed":
                entity.attributes["mixed_senses"] = {"state", "city"}  # merges with nothing, as either sense is wrong
            if row.type == "PERSON":
                entity.attributes.update(person_signals([row.name, *(row.aliases or []), *surfaces[row.key]]))
                if keys.single and (longer := cut_from(text, name_spans[row.key], not_name_words())):
                    entity.attributes["cut_from"] = {name_key(name) for name in longer}  # "Tennessee Williams"
                if keys.single and is_given_name(keys.main) and self._listed(text, row, rows, name_spans):
                    entity.attributes["listed"] = {keys.main}  # "Paul Simon, Madonna and David Bowie": a mononym
                if keys.single and is_given_name(keys.main):
                    entity.beside_given_name = self._beside_given_name(text, row, rows, name_spans)
                if entity.beside_given_name:
                    entity.attributes[PAIRED] = {keys.main}  # kept, so that no later join takes it either
            if row.type in self.rules.context_types:
                entity.vector = ctx.context_vector(doc, spans[row.key], window=self.rules.window)
            evidence.append(entity)
        return evidence

    def _longer_names(self, text: str, rows: Sequence[Any], name_spans: dict[str, list[tuple[int, int]]],
                      senses: dict[str, str]) -> dict[str, str]:
        """The longer names the tagger cut short, by entity key: "BBC Radio" always followed by "1" is "BBC
        Radio 1", not the BBC's radio nor "BBC Radio 2"; "BBC" always followed by "Northern Ireland", a place
        its article names, is the regional broadcaster."""
        numbered, regional = self.rules.numbered_names, self.rules.regional_names
        places = {row.name for row in rows if row.type in ("GPE", "LOC")}
        longer = {}
        for row in rows:
            spans = name_spans[row.key]
            if numbered and (number := number_after(text, spans, row.type, numbered)):
                longer[row.key] = f"{row.name} {number}"
            elif regional and row.type in regional.types and (place := place_after(text, spans, places)):
                longer[row.key] = f"{row.name} {place}"
            elif senses.get(row.key) == "state" and self.rules.state_senses:
                longer[row.key] = f"{row.name} {self.rules.state_senses.suffix}"  # "New York state", not New York City
            elif (inner := self.rules.inner_names) and row.type in inner.types and " " not in row.name.strip() \
                    and (around := inside_name(text, spans, _longer_names_of(row, rows))):
                longer[row.key] = around  # "Britain" of "Little Britain stars ...", the show, not the country
        return longer

    def _listed(self, text: str, row: Any, rows: Sequence[Any], name_spans: dict[str, list[tuple[int, int]]]) -> bool:
        """Whether a one-word name stands as a whole item in a list of other people's or bands' names. A given
        name alone beside it says nothing of names being whole there ("Will and Grace", a show's title)."""
        listed = self.rules.listed_names
        if listed is None:
            return False
        partners = [span for other in rows if other.key != row.key and other.type in listed.partner_types
                    and not is_given_name(name_key(other.name)) for span in name_spans[other.key]]
        return is_listed(text, name_spans[row.key], partners, listed.separators)

    def _beside_given_name(self, text: str, row: Any, rows: Sequence[Any], name_spans: dict[str, list[tuple[int, int]]]) -> bool:
        """Whether a given name alone is paired with another given name alone, of any type ("Will and Grace", a
        show; "her children Maisie and Tom"): first names of characters or children, no star's name. A list of
        stars may hold a given name too ("Beyonce, Prince, Destiny's Child"), so only a pair counts."""
        famous = self.rules.famous_given_names
        if famous is None:
            return False
        partners = [span for other in rows if other.key != row.key and " " not in name_key(other.name)
                    and is_given_name(name_key(other.name)) for span in name_spans[other.key]]
        return is_listed(text, name_spans[row.key], partners, famous.pair_separators)

    def _place_sense(self, text: str, row: Any, rows: Sequence[Any], spans: list[tuple[int, int]]) -> str | None:
        """"state" when this place's name is also a city's ("New York City" in the store or the article) and its
        article says the state: a word of a state's government, or other states beside it; "mixed" when another
        mention says the city (a dateline, the city form nearby); None otherwise: the name stays the city's."""
        senses = self.rules.state_senses
        if senses is None or row.type not in senses.types:
            return None
        states = {other.name for other in rows if other.type in senses.types and other.name in senses.states}
        not_towns = {other.name for other in rows if other.type not in ("GPE", "LOC")} | set(senses.city_parts)
        after_town = row.name in senses.city_states and is_after_town(text, spans, not_towns)
        if not (is_state_sense(text, spans, senses.after, senses.before) or is_beside_state(text, spans, states)
                or self._origin_of_a_state(text, spans, states) or after_town):
            return None
        city = f"{row.name} {senses.city_word}"
        known = select(t.canonical_names.c.name_key).where(t.canonical_names.c.name_key == name_key(city)).limit(1)
        if city.casefold() not in text.casefold() and self.connection.execute(known).first() is None:
            return None
        return "mixed" if is_city_sense(text, spans, city, senses.dateline_chars) else "state"

    def _origin_of_a_state(self, text: str, spans: list[tuple[int, int]], states: set[str]) -> bool:
        """Whether a mention gives someone's origin ("a New York native") in an article that gives origins by
        states ("a justice from Pennsylvania")."""
        senses = self.rules.state_senses
        if senses is None or not states or not is_origin(text, spans, senses.origin_before, senses.origin_after):
            return False
        return gives_origin_by(text, states, senses.origin_before, senses.origin_after)

    def _team(self, text: str, row: Any, rows: Sequence[Any], name_spans: dict[str, list[tuple[int, int]]]) -> tuple[str, str] | None:
        """A place's name on one side of a match ("Southampton v Portsmouth", "a 3-2 victory over Liverpool"):
        the team's type, with the word that said so."""
        match = self.rules.match_sides
        if match is None or row.type not in match.retyped:
            return None
        sides = {other.name for other in rows if other.type in match.sides and other.key != row.key}
        if is_match_side(text, name_spans[row.key], sides, match.words):
            return match.type, "v"
        if is_result_side(text, name_spans[row.key], match.results, match.result_prepositions):
            return match.type, "result"
        return None

    def _corrections(self, document_id: str) -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]]:
        """Must-link and cannot-link partners of this document's entities, by entity name."""
        must: dict[str, list[tuple[str, str]]] = defaultdict(list)
        cannot: dict[str, list[tuple[str, str]]] = defaultdict(list)
        rows = self.connection.execute(
            select(t.corrections).where(
                (t.corrections.c.document_a == document_id) | (t.corrections.c.document_b == document_id)
            )
        )
        for row in rows:
            pairs = [((row.document_a, row.name_a), (row.document_b, row.name_b))]
            pairs.append((pairs[0][1], pairs[0][0]))
            for (doc, name), partner in pairs:
                if doc == document_id:
                    (must if row.kind == "merge" else cannot)[name].append(partner)
        return must, cannot

    def _canonical_of(self, document_id: str, name: str) -> int | None:
        query = (
            select(t.entity_links.c.canonical_id)
            .join(t.entities, t.entities.c.key == t.entity_links.c.entity_key)
            .where(t.entities.c.document_id == document_id, t.entities.c.name == name)
        )
        return self.connection.execute(query).scalars().first()

    def _forced(self, entity: EntityEvidence, must: dict[str, list[tuple[str, str]]]) -> Match | None:
        for document_id, name in must.get(entity.name, []):
            canonical_id = self._canonical_of(document_id, name)
            if canonical_id is not None:
                reasons = {"rule": "user_merge", "with": f"{name} ({document_id})"}
                return Match(canonical_id, "user_merge", 1.0, reasons)
        return None

    def _best(
        self, entity: EntityEvidence, candidates: list[CanonicalProfile], cannot: dict[str, list[tuple[str, str]]]
    ) -> Match | None:
        group = self.rules.type_group(entity.type)
        banned = {self._canonical_of(doc, name) for doc, name in cannot.get(entity.name, [])}
        if entity.type == "PERSON" and entity.keys.single:
            # "Kinsey" is also a film's whole name, "Disney" a firm's: a lone surname that is, needs a title
            other = {p.type for p in candidates if self.rules.type_group(p.type) != group and entity.keys.main in p.full_keys}
            if other:
                entity.attributes["named_otherwise"] = other
        if entity.type == "PERSON" and entity.keys.single and is_given_name(entity.keys.main) and not entity.beside_given_name:
            entity.famous_bearer = self._famous_bearer(entity.keys.main)
            if entity.famous_bearer is not None and entity.famous_bearer not in banned:
                self._profile(entity.famous_bearer, candidates)  # found by its given name, no key of the entity
        matches = [
            match
            for profile in candidates
            if profile.id not in banned and self.rules.type_group(profile.type) == group
            if (match := compare(entity, profile, self.rules, self._neighbour_weight)) is not None
        ]
        matches = sorted((m for m in matches if m.score >= self.rules.threshold), key=lambda m: -m.score)
        if not matches:
            return None
        if len(matches) > 1 and matches[0].score - matches[1].score < 0.05:
            tied = [m for m in matches if matches[0].score - m.score < 0.05]
            if entity.type in self.rules.context_types and not _copies_of_one_name(entity, tied, candidates):
                return None  # two people fit equally well: do not guess
            # A name alone decides the other types, so a tie is between copies of one entity that an
            # earlier tie made: the oldest takes it, rather than a further copy. So for copies of one
            # person's one-word name ("Jamelia" twice, kept apart by a context short of the threshold).
            return min(tied, key=lambda m: m.canonical_id)
        return matches[0]

    def _famous_bearer(self, given: str) -> int | None:
        """The canonical entity of the one whole-named person of this given name the store knows well: named in
        the most articles, enough of them, and in most of the articles of all people of that given name."""
        famous = self.rules.famous_given_names
        if famous is None:
            return None
        if given not in self._bearers:
            self._bearers[given] = self._most_named_bearer(given, famous)
        return self._bearers[given]

    def _most_named_bearer(self, given: str, famous: FamousGivenNames) -> int | None:
        names, entities = t.canonical_names, t.canonical_entities
        whole = _starting_with(names.c.name_key, f"{given} ", self.connection.dialect.name)  # "elvis presley"
        rows = self.connection.execute(
            select(entities.c.id, entities.c.documents).distinct()
            .join(names, names.c.canonical_id == entities.c.id)
            .where(whole, names.c.kind == "full", entities.c.type == "PERSON")
        ).all()
        ranked = sorted(rows, key=lambda row: (-row.documents, row.id))
        if not ranked or (len(ranked) > 1 and ranked[1].documents == ranked[0].documents):
            return None
        top, total = ranked[0], sum(row.documents for row in ranked)
        if top.documents < famous.min_documents or top.documents < famous.min_share * total:
            return None
        profile = self.connection.execute(select(entities.c.profile).where(entities.c.id == top.id)).scalar_one()
        return top.id if _named_in_full(profile or {}, given) >= famous.min_documents else None

    def _join_lone_given_names(self, touched: Iterable[CanonicalProfile]) -> None:
        """kb20's given-name rule for the lone given names resolved before their famous bearer was known: when
        the people just touched make someone the one whole-named bearer of a given name, each earlier entity
        known by that given name alone is compared with them as a new article's would be, and joined if it fits."""
        for given, lone_ids in lone_given_name_entities(self.connection, bearers_given_names(touched)).items():
            bearer_id = self._famous_bearer(given)
            if bearer_id is None:
                continue
            bearer = self._fresh(bearer_id)
            for lone_id in lone_ids:
                if lone_id == bearer_id or kept_apart(self.connection, lone_id, bearer_id):
                    continue
                lone = self._fresh(lone_id)
                evidence = evidence_of(lone, given, bearer_id)
                match = evidence and compare(evidence, bearer, self.rules, self._neighbour_weight)
                if match and match.score >= self.rules.threshold:
                    self._join(lone, bearer, match)

    def _part_stale_given_names(self, touched: Iterable[CanonicalProfile]) -> None:
        """kb20's given-name joins undone when their person is no longer the given name's famous bearer: a later
        article named other whole-named people of it ("Ray" joined Ray Charles, then six other Rays came), so
        that the joins do not depend on which article came first. The lone members get an entity of their own
        again, which a late join may give the new famous bearer, if there is one."""
        bearers = {given: self._famous_bearer(given) for given in sorted(bearers_given_names(touched))}
        parted = stale_given_name_members(self.connection, bearers)
        for canonical_id, keys in parted.items():
            self._part(canonical_id, keys)
        if parted:
            self._bearers.clear()  # the parted people are named in fewer articles now

    def _part(self, canonical_id: int, keys: list[str]) -> None:
        """Move members ``keys`` of ``canonical_id`` into a new canonical entity and rebuild the profile of the
        one they leave from its other members' evidence (a profile folds its members in, and cannot take one out);
        the facts of both are indexed again and their contradictions computed again with the run's others."""
        self.scopes |= scopes_of_entities(self.connection, [canonical_id], with_facts=True)
        facts = facts_of_entities(self.connection, [canonical_id])
        left = self._fresh(canonical_id)
        parted = self._members_evidence(keys)
        if not parted:
            return
        profile = self._create(parted[0])
        for entity in parted:
            self._absorb(profile, entity)
            reasons = {**_new_reasons(entity), "parted_from": left.name}
            self.connection.execute(update(t.entity_links).where(t.entity_links.c.entity_key == entity.key)
                                    .values(canonical_id=profile.id, rule="new", score=0.0, reasons=reasons))
        self._save(profile)
        staying = list(self.connection.execute(
            select(t.entity_links.c.entity_key).where(t.entity_links.c.canonical_id == canonical_id)
            .order_by(t.entity_links.c.linked_at, t.entity_links.c.entity_key)
        ).scalars())
        self.connection.execute(delete(t.canonical_names).where(t.canonical_names.c.canonical_id == canonical_id))
        rebuilt = CanonicalProfile(id=canonical_id, name="", type=left.type, full_keys=set(), surnames=set(), documents=0, mentions=0)
        for entity in self._members_evidence(staying):
            self._absorb(rebuilt, entity)
        self._save(rebuilt)
        index_facts(self.connection, facts)
        self.scopes |= scopes_of_facts(self.connection, facts) | {f"age:{canonical_id}", f"age:{profile.id}"}

    def _members_evidence(self, keys: list[str]) -> list[EntityEvidence]:
        """The evidence of these document entities as their articles give it, in the order of ``keys``."""
        documents = self.connection.execute(select(t.entities.c.key, t.entities.c.document_id).where(t.entities.c.key.in_(keys)))
        by_document: dict[str, set[str]] = defaultdict(set)
        for row in documents:
            by_document[row.document_id].add(row.key)
        found = {entity.key: entity for document_id, wanted in by_document.items()
                 for entity in self._evidence(document_id, linked=True) if entity.key in wanted}
        return [found[key] for key in keys if key in found]

    def _join(self, lone: CanonicalProfile, bearer: CanonicalProfile, match: Match) -> None:
        """Merge canonical entity ``lone`` into ``bearer``: members, names, profile, and the fact index; the
        contradictions of both are computed again with the others the run touched."""
        self.scopes |= scopes_of_entities(self.connection, [lone.id, bearer.id], with_facts=True)
        facts = facts_of_entities(self.connection, [lone.id])
        move_members(self.connection, lone.id, bearer.id, match)
        join_profiles(bearer, lone)
        name = max((bearer.name, lone.name), key=display_quality)
        bearer.name = name
        self._save(bearer)
        index_facts(self.connection, facts)
        self.scopes |= scopes_of_facts(self.connection, facts) | {f"age:{bearer.id}"}
        self.renamed.discard(lone.id)

    def _fresh(self, canonical_id: int) -> CanonicalProfile:
        """A canonical entity's profile as stored now."""
        return self._load(self.connection.execute(
            select(t.canonical_entities).where(t.canonical_entities.c.id == canonical_id)
        ).one())

    def _neighbour_weight(self, key: str) -> float:
        """The part of the neighbour bonus a shared co-mentioned name gives: less the more articles name it."""
        frequency = self.rules.neighbour_frequency
        if frequency is None:
            return 1.0
        if key not in self._neighbour_documents:
            self._neighbour_documents[key] = self._documents_naming(key)
        return frequency.weight(self._neighbour_documents[key], self.resolved)

    def _documents_naming(self, key: str) -> int:
        """The articles of the canonical entities of this name and type group ("london|GPE/LOC")."""
        name, group = split_neighbour_key(key)
        rows = self.connection.execute(
            select(t.canonical_entities.c.type, t.canonical_entities.c.documents)
            .join(t.canonical_names, t.canonical_names.c.canonical_id == t.canonical_entities.c.id)
            .where(t.canonical_names.c.name_key == name, t.canonical_names.c.kind == "full")
        )
        return sum(row.documents for row in rows if not group or self.rules.type_group(row.type) == group)

    # -- canonical entities ------------------------------------------------------------------------

    def _candidates(self, evidence: list[EntityEvidence]) -> list[CanonicalProfile]:
        keys: set[str] = set()
        for entity in evidence:
            keys |= entity.keys.full | entity.keys.short | entity.keys.spelt
            if entity.keys.surname:
                keys.add(entity.keys.surname)
        if not keys:
            return []
        ids = self.connection.execute(
            select(t.canonical_names.c.canonical_id).where(t.canonical_names.c.name_key.in_(sorted(keys))).distinct()
        ).scalars().all()
        return [self._load(row) for row in self.connection.execute(
            select(t.canonical_entities).where(t.canonical_entities.c.id.in_(ids))
        )] if ids else []

    def _load(self, row: Any) -> CanonicalProfile:
        names = self.connection.execute(
            select(t.canonical_names.c.name_key, t.canonical_names.c.kind).where(
                t.canonical_names.c.canonical_id == row.id
            )
        ).all()
        profile = row.profile or {}
        self._names[row.id] = row.name
        return CanonicalProfile(
            id=row.id,
            name=row.name,
            type=row.type,
            full_keys={n.name_key for n in names if n.kind == "full"},
            short_keys={n.name_key for n in names if n.kind == "short"},
            spelt_keys={n.name_key for n in names if n.kind == "spelt"},
            # A surname also seen alone in the first article is stored as a full name: the profile keeps it.
            surnames={n.name_key for n in names if n.kind == "surname"} | set(profile.get("surnames", [])),
            documents=row.documents,
            mentions=row.mentions,
            birth=(row.birth_from, row.birth_to) if row.birth_from and row.birth_to else None,
            attributes={k: set(v) for k, v in profile.get("attributes", {}).items()},
            neighbours=_neighbour_counts(profile.get("neighbours", {})),
            vector=ctx.from_bytes(row.vector),
            names_seen=dict(profile.get("names_seen", {})),
        )

    def _profile(self, canonical_id: int, candidates: list[CanonicalProfile]) -> CanonicalProfile:
        for profile in candidates:
            if profile.id == canonical_id:
                return profile
        row = self.connection.execute(
            select(t.canonical_entities).where(t.canonical_entities.c.id == canonical_id)
        ).one()
        profile = self._load(row)
        candidates.append(profile)
        return profile

    def _create(self, entity: EntityEvidence) -> CanonicalProfile:
        canonical_id = self.connection.execute(
            insert(t.canonical_entities)
            .values(name=entity.shown or entity.name, type=entity.type, documents=0, mentions=0, profile={})
            .returning(t.canonical_entities.c.id)
        ).scalar_one()
        return CanonicalProfile(
            id=canonical_id, name=entity.shown or entity.name, type=entity.type, full_keys=set(), surnames=set(), documents=0, mentions=0
        )

    def _absorb(self, profile: CanonicalProfile, entity: EntityEvidence) -> None:
        self._add_names(profile, entity)
        profile.vector = ctx.centroid(profile.vector, profile.documents, entity.vector)
        profile.documents += 1
        profile.mentions += entity.mentions
        shown = entity.shown or entity.name
        profile.names_seen[shown] = profile.names_seen.get(shown, 0) + 1
        if entity.type in self.rules.context_types:  # only people are compared by the company they keep
            for name in entity.neighbours:
                profile.neighbours[name] = profile.neighbours.get(name, 0) + 1
        for name, values in entity.attributes.items():
            profile.attributes.setdefault(name, set()).update(values)
        birth = intersect_intervals(profile.birth, entity.birth)
        profile.birth = birth if birth else (profile.birth or entity.birth)
        if display_quality(shown) > display_quality(profile.name):
            profile.name = shown

    def _add_names(self, profile: CanonicalProfile, entity: EntityEvidence) -> None:
        """Store the names a new member brings: its full names, its surname, and the shorter names that find it
        ("berlin festival" of "berlin film festival"); a shorter name given in full by a later member is a full
        name from then on."""
        new_keys = {key: "full" for key in entity.keys.full - profile.full_keys}
        if entity.keys.surname and entity.keys.surname not in profile.surnames:
            new_keys.setdefault(entity.keys.surname, "surname")
            profile.surnames.add(entity.keys.surname)
        for key in entity.keys.short - profile.full_keys - profile.short_keys:
            new_keys.setdefault(key, "short")
        for key in entity.keys.spelt - profile.spelt_keys:
            new_keys.setdefault(key, "spelt")
        profile.spelt_keys |= entity.keys.spelt
        profile.full_keys |= entity.keys.full
        profile.short_keys = (profile.short_keys | entity.keys.short) - profile.full_keys
        if not new_keys:
            return
        names = t.canonical_names
        stored = self.connection.execute(select(names.c.name_key, names.c.kind).where(names.c.canonical_id == profile.id))
        existing = {row.name_key: row.kind for row in stored}
        rows = [{"canonical_id": profile.id, "name_key": k, "kind": kind} for k, kind in new_keys.items() if k not in existing]
        if rows:
            self.connection.execute(insert(names), rows)
        promoted = sorted(k for k, kind in new_keys.items() if kind == "full" and existing.get(k) == "short")
        if promoted:
            self.connection.execute(update(names).where(names.c.canonical_id == profile.id, names.c.name_key.in_(promoted)).values(kind="full"))

    def _save(self, profile: CanonicalProfile) -> None:
        if self._names.get(profile.id, profile.name) != profile.name:
            self.renamed.add(profile.id)
        members = select(t.entity_links.c.entity_key).where(t.entity_links.c.canonical_id == profile.id)
        # Counted, not incremented: a re-analysed document's old members are gone.
        profile.documents = self.connection.execute(
            select(func.count(func.distinct(t.entities.c.document_id))).where(t.entities.c.key.in_(members))
        ).scalar_one()
        profile.mentions = self.connection.execute(
            select(func.count()).where(t.mentions.c.entity_key.in_(members))
        ).scalar_one()
        self.connection.execute(
            update(t.canonical_entities)
            .where(t.canonical_entities.c.id == profile.id)
            .values(
                name=profile.name,
                documents=profile.documents,
                mentions=profile.mentions,
                birth_from=profile.birth[0] if profile.birth else None,
                birth_to=profile.birth[1] if profile.birth else None,
                profile=profile.profile_json(),
                vector=ctx.to_bytes(profile.vector),
            )
        )

    def _link(self, entity: EntityEvidence, match: Match) -> None:
        self.connection.execute(
            insert(t.entity_links).values(
                entity_key=entity.key,
                canonical_id=match.canonical_id,
                rule=match.rule,
                score=match.score,
                reasons=match.reasons,
                linked_at=_now(),
            )
        )

    def _index_facts(self, document_id: str) -> None:
        keys = list(self.connection.execute(select(t.facts.c.key).where(t.facts.c.document_id == document_id)).scalars())
        index_facts(self.connection, keys)
        self.scopes |= scopes_of_facts(self.connection, keys)

    def drop_orphans(self) -> None:
        """Remove canonical entities left without members (their documents were re-analysed)."""
        linked = select(t.entity_links.c.canonical_id).distinct()
        self.connection.execute(delete(t.canonical_entities).where(t.canonical_entities.c.id.not_in(linked)))


def _longer_names_of(row: Any, rows: Sequence[Any]) -> list[str]:
    """The names of the article's other entities that are longer than ``row``'s and not it with an article
    in front ("the US" is the US)."""
    key = name_key(row.name)
    return [other.name for other in rows if len(other.name) > len(row.name) and name_key(other.name) != key]


def _copies_of_one_name(entity: EntityEvidence, tied: list[Match], candidates: list[CanonicalProfile]) -> bool:
    """Whether every tied candidate is known by this entity's one-word name alone: copies of one name that
    context kept apart, not two people a surname or a full name could be ("Kennedy": John or Robert)."""
    if not entity.keys.single:
        return False
    ids = {match.canonical_id for match in tied}
    return all(profile.full_keys == {entity.keys.main} for profile in candidates if profile.id in ids)


def _starting_with(column: Any, prefix: str, dialect: str) -> Any:
    """A condition that ``column`` starts with ``prefix``. SQLite compares strings by code point, so a range finds
    them by the column's index (a LIKE, case-blind there, reads every name: 0.1 s a query over a million); other
    databases compare by their collation, so a LIKE."""
    if dialect == "sqlite":
        return and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1))
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"{escaped}%", escape="\\")


def _named_in_full(profile: dict[str, Any], given: str) -> int:
    """How many of a canonical entity's articles named it by a whole name starting with this given name ("Elvis
    Presley"), from the name forms its profile counts: a lone surname ("Ferguson", a place joined by mistake) or
    the given name alone says nothing of the person being known well. Read for the first-ranked person only, as
    profiles are large."""
    prefix = f"{given} "
    return sum(count for shown, count in profile.get("names_seen", {}).items() if name_key(shown).startswith(prefix))


def _count_documents(connection: Connection) -> int:
    return connection.execute(select(func.count()).select_from(t.documents)).scalar_one()


def _new_reasons(entity: EntityEvidence) -> dict[str, Any]:
    """Why an entity starts a canonical entity of its own, where a rule of ours kept it apart."""
    reasons: dict[str, Any] = {"rule": "new"}
    if entity.kind:
        reasons["kind"] = entity.kind  # resolved as the type this word gave it
    if "heading" in entity.attributes:
        reasons["heading"] = True  # merges with nothing on its name alone
    if "mixed_senses" in entity.attributes:
        reasons["mixed_senses"] = True  # holds a state's mention and a city's: merges with nothing
    return reasons


def _neighbour_counts(stored: dict[str, int] | list[str]) -> dict[str, int]:
    """A profile's co-mentioned names with the number of its articles naming each; a profile saved before
    the counts were kept has a list of names, each counted once."""
    return dict(stored) if isinstance(stored, dict) else dict.fromkeys(stored, 1)


def _apply_attributes(entity: EntityEvidence, rows: Iterable[Any]) -> None:
    for row in rows:
        if row.name == "birth_date" and row.interval:
            start, _, end = row.interval.partition("/")
            interval = (dt.date.fromisoformat(start), dt.date.fromisoformat(end))
            joint = intersect_intervals(entity.birth, interval)
            entity.birth = joint if joint else (entity.birth or interval)
        elif row.name in ("occupation", "nationality", "citizenship", "birthplace"):
            entity.attributes.setdefault(row.name, set()).add(row.value.casefold())

