"""A component that labels entities found by their context (``entity_context.yaml``).

Statistical NER misses most work titles ("returns in Mission: Impossible – The Final Reckoning") and
takes outlets whose names are common words ("told People") for something else. The rules here look
for a cue ("the movie", "breakout role in", "spin-off", "told") and label the title or name next to
it, overwriting weaker NER guesses.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import srsly
from pydantic import BaseModel, model_validator
from spacy.errors import MatchPatternError
from spacy.tokens import Span
from spacy.util import filter_spans

from dateline.components.indexed_matcher import IndexedMatcher
from dateline.components.titles import TitleShape, is_title_run, title_after, title_before
from dateline.errors import LexiconError
from dateline.lexicons import load_lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["ContextEntityRuler", "ContextRule", "EntityContext"]

_OPENING_QUOTES = {'"', "“"}
_CLOSING_QUOTES = {'"', "”"}
_NAME_LABELS = {"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP"}
#: Parts of speech of a capitalised word that makes a run a title rather than a name ("We Are the World").
_WORDED_POS = {"VERB", "AUX", "PRON", "ADV"}
#: A comma before a capitalised word: where a title set off by commas may start.
_COMMA_CAPITAL = re.compile(r",(?= +[A-Z])")
#: Parts of speech of a lower-case word after a name that the name modifies ("Ann Lee musical", "Ann Lee novels").
_MODIFIED_POS = {"NOUN", "ADJ"}
#: Dependency labels of a title that is in fact the subject of the next verb ("the film Tom made").
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


class TitleWords(BaseModel):
    """Words allowed inside a title besides capitalised ones."""

    function: list[str]
    joiners: list[str]
    breaks: list[str]
    max_tokens: int


class QuotedTitles(BaseModel):
    """Quoted runs of title-case words taken as work titles."""

    min_tokens: int
    max_tokens: int
    label: str


class SetOffTitles(BaseModel):
    """Runs of title-case words set off by commas that read as words, not a name, taken as work titles."""

    min_tokens: int
    max_tokens: int
    label: str


class ContextRule(BaseModel):
    """One cue pattern and where its entity lies relative to it."""

    id: str
    label: str
    target: Literal["after", "before", "tokens", "from"]
    keep: str
    pattern: list[dict[str, Any]]
    span: tuple[int, int] | None = None
    # a one-word title that is the surname of a person the NER found in the document is that person
    # ("Oscar nominees Swank and Foxx", with "Hilary Swank" named elsewhere)
    not_surnames: bool = False
    # the title must end at punctuation ("contenders X, Y and Z"; not "nominees Ann and Bo were ...")
    closed: bool = False
    # the title is the first item of a list the cue opens ("blockbusters such as X, Y and Z"): it ends at
    # a list separator, and the items after it are titles even where the NER took them for people
    listing: bool = False
    # the title must read as words, not a name: a capitalised verb, pronoun or adverb in it ("We Are the World")
    worded: bool = False
    # the entity is a name, not a title: capitalised proper nouns only, ending before punctuation or a
    # lower-case word ("former Happy Mondays star Bez."), not before a name ("producer Jon" + "Thoday")
    proper: bool = False
    # with proper: the name opens with the match's last word, a capitalised "The" ("protege The Game"), may
    # own something ("rapper The Game's album") and is that name wherever else the article writes it
    stage_name: bool = False
    # target before: when no title shape is found before the cue, the name the NER found right before it is
    # the title, whole ("Ann Lee in Casablanca (1944)": "in" before a name stops a title read leftwards)
    named: bool = False
    # the rule may overwrite a name the NER took for a person, unless the text uses that name as a person
    # elsewhere (``person_uses``: "with Vera Lane", "Vera Lane said") or the name modifies a noun after it
    # ("the star of Ann Lee musical X")
    person_check: bool = False
    # the tag the word before the match must have (the tagger reads "the country hit X" as a verb: the word
    # before it tells the noun from the verb of "fans hit X", "who hit X", "would show X")
    after_tags: list[str] | None = None

    @model_validator(mode="after")
    def _span_for_tokens(self) -> ContextRule:
        if self.target == "tokens" and self.span is None:
            raise ValueError("a 'tokens' rule needs span: [start, end]")
        return self


class ListedTitles(BaseModel):
    """Names listed after a title found by context, taken as titles too ("the films X, Y and Z")."""

    separators: list[str]
    last: list[str]
    ends: list[str]
    overwrite: list[str]


class PersonUses(BaseModel):
    """What shows that the text uses a name as a person's: a word right before it, or a verb it is the subject of."""

    before: list[str]
    verbs: list[str]


class EntityContext(BaseModel):
    """``entity_context.yaml``."""

    title_words: TitleWords
    quoted_titles: QuotedTitles
    set_off_titles: SetOffTitles | None = None  # files written before the rule leave it out
    listed_titles: ListedTitles | None = None  # files written before the rule leave it out: no lists
    person_uses: PersonUses | None = None  # files written before the rule leave it out: no person check
    keep_sets: dict[str, list[str]]
    rules: list[ContextRule]

    @model_validator(mode="after")
    def _known_keep_sets(self) -> EntityContext:
        for rule in self.rules:
            if rule.keep not in self.keep_sets:
                raise ValueError(f"rule {rule.id}: unknown keep set {rule.keep!r}")
        return self


class ContextEntityRuler:
    """Adds entities found by context rules to ``doc.ents``.

    Args:
        nlp (Language): the pipeline (its vocab builds the matcher).
        name (str): the component's name.
        rules_file (str): data file with the rules, read with :func:`dateline.lexicons.load_lexicon`.
    """

    def __init__(
        self, nlp: Language, name: str = "dateline_entity_context", *, rules_file: str = "entity_context.yaml"
    ) -> None:
        self.nlp = nlp
        self.name = name
        self._set_rules(load_lexicon(rules_file, EntityContext))

    def _set_rules(self, context: EntityContext) -> None:
        self.context = context
        words = context.title_words
        self.shape = TitleShape(
            frozenset(words.function), frozenset(words.joiners), frozenset(words.breaks), words.max_tokens
        )
        self.matcher = IndexedMatcher(self.nlp.vocab)
        for rule in context.rules:
            try:
                self.matcher.add(rule.pattern)
            except MatchPatternError as error:
                raise LexiconError(f"entity context rule {rule.id}: invalid pattern ({error})") from error

    def __call__(self, doc: Doc) -> Doc:
        by_rules = self._rule_spans(doc)
        found = [(span, keep) for span, keep, _, _ in by_rules] + self._quoted_titles(doc) + self._set_off_titles(doc)
        listing = [span for span, _, lists, _ in by_rules if lists]
        ents = list(doc.ents)
        for span, keep in sorted(found, key=lambda item: (item[0].start, -len(item[0]))):
            overlapping = [ent for ent in ents if ent.start < span.end and span.start < ent.end]
            if any(ent.label_ in keep and not _inside_title(ent, span) for ent in overlapping):
                continue
            if any(_within(span, ent) and ent.label == span.label for ent in overlapping):
                continue  # already (part of) an entity of that type: "Us" in "Us Weekly"
            ents = [ent for ent in ents if ent not in overlapping] + [span]
        doc.ents = filter_spans(ents)
        titles = [span for span, _ in found]
        doc.ents = self._listed_titles(doc, titles, listing=listing)
        doc.ents = self._repeat_titles(doc, titles)
        stage_names = [span for span, _, _, staged in by_rules if staged and span in doc.ents]
        if stage_names:  # rare: setting the entities again costs every article time
            doc.ents = _repeat_stage_names(doc, stage_names)
        return doc

    def _listed_titles(self, doc: Doc, found: list[Span], *, listing: list[Span]) -> list[Span]:
        """The items listed after a title found by context are titles of the same kind ("star of X, Y and Z").

        New titles are appended to ``found``. A list stops at an item that is a name of a kind the
        settings do not overwrite (a person: "the film X and Ann Lee"; but not after a ``listing`` rule's
        title, "films such as X, Ann Lee and Z", where every item is a title), and an item set off by a comma
        must be followed by another separator ("the album X, Sony said" is no list).
        """
        settings = self.context.listed_titles
        if settings is None:
            return list(doc.ents)
        label = self.context.quoted_titles.label
        ents = list(doc.ents)
        anchors = [ent for ent in ents if ent.label_ == label and any(ent == span for span in found)]
        for anchor in anchors:
            overwrite = set(settings.overwrite) | ({"PERSON"} if any(anchor == span for span in listing) else set())
            for item in self._list_items(doc, anchor.end, settings=settings):
                overlapping = [ent for ent in ents if ent.start < item[1] and item[0] < ent.end]
                if any(ent.label_ == label for ent in overlapping):
                    continue
                if any(
                    ent.label_ not in overwrite or ent.start < item[0] or ent.end > item[1]
                    for ent in overlapping
                ):
                    break
                span = Span(doc, item[0], item[1], label=label)
                ents = [ent for ent in ents if ent not in overlapping] + [span]
                found.append(span)
        return filter_spans(ents)

    def _list_items(self, doc: Doc, end: int, *, settings: ListedTitles) -> list[tuple[int, int]]:
        """The title-shaped items of a list going on after a title ending at ``end``."""
        items: list[tuple[int, int]] = []
        while end < len(doc) and doc[end].lower_ in settings.separators:
            last = doc[end].lower_ in settings.last
            start = end + 1
            if not last and start < len(doc) and doc[start].lower_ in settings.last:
                if not items:
                    break  # "the film X, and Sony said ...": two clauses, not a list
                last, start = True, start + 1
            while last and start < len(doc) and doc[start].pos_ == "ADV" and doc[start].is_lower:
                start += 1  # "X, Y and more recently Z": the adverbs are not the item's
            limit = _sentence_end(doc, start)
            if not last:  # an item set off by a comma ends at the next separator: "X, Y and Z"
                limit = next((i for i in range(start, limit) if doc[i].lower_ in settings.separators), limit)
            bounds = title_after(doc, start, shape=self.shape, limit=limit)
            if bounds is None or _followed_by_possessive(doc, bounds[1]) or _crosses_full_stop(doc, bounds):
                break
            bounds = _after_owner(doc, bounds)
            following = doc[bounds[1]] if bounds[1] < len(doc) else None
            if not last and (following is None or following.lower_ not in settings.separators):
                break
            if last and not _ends_item(following, settings.ends, verb=bool(items)):
                break
            items.append(bounds)
            if last:
                break
            end = bounds[1]
        return items

    def _item_end(self, doc: Doc, start: int) -> int:
        """Where a list's first item starting at ``start`` ends at the latest: its first separator."""
        separators = self.context.listed_titles.separators if self.context.listed_titles else []
        end = _sentence_end(doc, start)
        return next((i for i in range(start, end) if doc[i].lower_ in separators), end)

    def _repeat_titles(self, doc: Doc, found: list[Span]) -> list[Span]:
        """One sense per document: a title found by a rule is a title wherever else it occurs."""
        label = self.context.quoted_titles.label
        by_rule = {self._title_key(span) for span in doc.ents if span.label_ == label and span in found}
        titles = by_rule | {self._title_key(s) for s in doc.ents if s.label_ == label and len(s) > 1}
        if not titles:
            return list(doc.ents)
        lengths: dict[str, set[int]] = {}  # a title's first word -> the lengths of the titles it starts
        for key in titles:
            lengths.setdefault(key[0], set()).add(len(key))
        words = self._title_key(doc[:])
        ents = list(doc.ents)
        owner = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        for start, word in enumerate(words):
            for length in sorted(lengths.get(word, ())):
                end = start + length
                key = words[start:end]
                if end > len(doc) or key not in titles:
                    continue
                overlapping = {owner[i] for i in range(start, end) if i in owner}
                if any(ent.label_ == label or ent.start < start or ent.end > end for ent in overlapping):
                    continue
                person = any(ent.label_ == "PERSON" for ent in overlapping)
                if person and (length == 1 or key not in by_rule):
                    continue  # "Ray" may be the film or the man; the NER's own titles do not outvote it
                span = Span(doc, start, end, label=label)
                ents = [ent for ent in ents if ent not in overlapping] + [span]
                owner.update({i: span for i in range(start, end)})
        return filter_spans(ents)

    def _title_key(self, span: Span) -> tuple[str, ...]:
        function = self.shape.function
        return tuple(token.lower_ if token.lower_ in function else token.text for token in span)

    def _rule_spans(self, doc: Doc) -> list[tuple[Span, frozenset[str], bool, bool]]:
        spans = []
        surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
        for number, start, end in self.matcher(doc):
            rule = self.context.rules[number]
            if rule.after_tags is not None and (start == 0 or doc[start - 1].tag_ not in rule.after_tags):
                continue
            bounds = self._target(doc, rule, start, end)
            if bounds is not None and rule.not_surnames and bounds[1] - bounds[0] == 1:
                bounds = None if doc[bounds[0]].text in surnames else bounds
            if bounds is not None and rule.person_check and self._person_kept(doc, bounds):
                bounds = None
            if bounds is not None:
                keep = frozenset(self.context.keep_sets[rule.keep])
                spans.append((Span(doc, bounds[0], bounds[1], label=rule.label), keep, rule.listing, rule.stage_name))
        return spans

    def _target(self, doc: Doc, rule: ContextRule, start: int, end: int) -> tuple[int, int] | None:
        # The parser's sentences break at colons inside titles; a title never crosses a line or a full stop.
        if rule.target == "tokens":
            assert rule.span is not None
            return start + rule.span[0], start + rule.span[1]
        if rule.target == "from":  # the match is a title's first words, the rest its capitalised words
            while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].ent_type_:
                end += 1  # "Shaun" + "of the Dead"; not on over a dash ("Madonna of the Pinks - the UK")
            return start, end
        if rule.stage_name:  # the cue ends with the name's own capitalised "The"
            bounds = _proper_name_after(doc, end, possessive=True)
            return (end - 1, bounds[1]) if bounds is not None else None
        if _capitalised_cue(doc[end - 1] if rule.target == "after" else doc[start]):
            return None  # the cue word is itself part of a title ("A Series of ...", "The Black Album")
        if rule.target == "after" and rule.proper:
            return _proper_name_after(doc, end)
        if rule.target == "after":
            first = end + 1 if end < len(doc) and doc[end].text in _OPENING_QUOTES else end
            bounds = title_after(doc, first, shape=self.shape, limit=self._item_end(doc, first) if rule.listing else len(doc))
            if bounds is None or _followed_by_possessive(doc, bounds[1]) or _dated_possessive(doc, bounds):
                return None
            if _subject_of_clause_on(doc[bounds[0] : bounds[1]], end - 1) or _abbreviation(doc, bounds):
                return None
            if doc[end - 1].text == "," and not _closed(doc, bounds[1]):
                return None  # "the film, Mr X's wife and ...": the next item of a list, not a title
            if rule.closed and not _closed(doc, bounds[1]):
                return None
            if rule.worded and not _worded(doc[bounds[0] : bounds[1]]):
                return None
            return _after_owner(doc, bounds) if rule.person_check else bounds
        following = doc[end] if end < len(doc) else None
        if (
            doc[end - 1].pos_ == "NOUN"
            and following is not None
            and (following.pos_ in {"NOUN", "PROPN"} or following.text == "-" or following.tag_ == "POS")
        ):
            return None  # the cue is a modifier ("the Bond film star", "film-maker", "the movie's")
        bounds = title_before(doc, start, shape=self.shape, limit=0)
        if bounds is not None and rule.named:
            bounds = _after_player(doc, bounds)
        return _name_before(doc, start) if bounds is None and rule.named else bounds

    def _person_kept(self, doc: Doc, bounds: tuple[int, int]) -> bool:
        """Whether a person's name the title would overwrite stays a person: the name modifies a noun after
        it ("the star of Ann Lee musical X"), or the text uses it as a person elsewhere ("with Ann Lee",
        "Ann Lee said")."""
        people = [ent for ent in doc.ents if ent.label_ == "PERSON" and ent.start < bounds[1] and bounds[0] < ent.end]
        following = doc[bounds[1]] if bounds[1] < len(doc) else None
        if people and following is not None and following.is_lower and following.pos_ in _MODIFIED_POS:
            return True
        uses = self.context.person_uses
        # the title's own words too: found once as a title, it would be a title wherever it recurs
        return uses is not None and any(_used_as_person(doc, span, uses) for span in [*people, doc[bounds[0] : bounds[1]]])

    def _set_off_titles(self, doc: Doc) -> list[tuple[Span, frozenset[str]]]:
        """Runs of title-case words between commas that no entity touches and that read as words (a
        capitalised verb, pronoun or adverb inside a sentence: "The most recent, Die Another Day, was
        released"; "his duet with Keys, My Boo, earned"), outside quotations (a quoted headline's clauses)."""
        settings = self.context.set_off_titles
        if settings is None:
            return []
        keep = frozenset(self.context.keep_sets["all"])
        spans = []
        for found in _COMMA_CAPITAL.finditer(doc.text):  # the text, not every token: most words are no comma
            comma = doc.char_span(found.start(), found.end())
            if comma is None or comma.end >= len(doc):
                continue
            start = comma.end
            bounds = title_after(doc, start, shape=self.shape, limit=min(len(doc), start + settings.max_tokens))
            if bounds is None or bounds[1] >= len(doc) or doc[bounds[1]].text != ",":
                continue
            bounds = _after_owner(doc, bounds)
            title = doc[bounds[0] : bounds[1]]
            if len(title) < settings.min_tokens or any(token.ent_type_ for token in title) or _quoted(title):
                continue
            if any(not token.is_sent_start and token.text[:1].isupper() and token.pos_ in _WORDED_POS for token in title):
                spans.append((Span(doc, bounds[0], bounds[1], label=settings.label), keep))
        return spans

    def _quoted_titles(self, doc: Doc) -> list[tuple[Span, frozenset[str]]]:
        settings = self.context.quoted_titles
        keep = frozenset(self.context.keep_sets["numbers"])
        spans = []
        opened: int | None = None
        for token in doc:
            if "\n" in token.text or (token.i > 0 and "\n\n" in doc[token.i - 1].whitespace_):
                opened = None  # a quote left open at a paragraph end is not a title
            if opened is not None and token.text in _CLOSING_QUOTES:
                length = token.i - opened - 1
                if settings.min_tokens <= length <= settings.max_tokens and is_title_run(
                    doc, opened + 1, token.i, shape=self.shape
                ):
                    spans.append((Span(doc, opened + 1, token.i, label=settings.label), keep))
                opened = None
            elif token.text in _OPENING_QUOTES:
                opened = token.i
        return spans

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        """The rules as bytes."""
        text: str = srsly.json_dumps(self.context.model_dump())
        return text.encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> ContextEntityRuler:
        """Load rules saved by :meth:`to_bytes`."""
        self._set_rules(EntityContext.model_validate(srsly.json_loads(data.decode("utf-8"))))
        return self

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Save the rules to the folder ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "rules.json").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> ContextEntityRuler:
        """Load rules saved by :meth:`to_disk`."""
        return self.from_bytes((Path(path) / "rules.json").read_bytes())


def _repeat_stage_names(doc: Doc, names: list[Span]) -> list[Span]:
    """One sense per document: a stage name found after a performer's title ("rapper The Game") is that
    person wherever else the article writes it, over what the NER made of it there ("Newcomer The Game's",
    typed a work or a person; "The Game", typed ORG); a person's name that overlaps it otherwise is left alone."""
    keys = {tuple(token.text for token in name): name.label_ for name in names}
    ents = list(doc.ents)
    texts = [token.text for token in doc]
    for key, label in keys.items():
        for start in (i for i, text in enumerate(texts) if text == key[0]):
            end = start + len(key)
            if tuple(texts[start:end]) != key:
                continue
            overlapping = [ent for ent in ents if ent.start < end and start < ent.end]
            if any(ent.label_ == "PERSON" and not ent.start <= start < end <= ent.end for ent in overlapping):
                continue  # a person's name it is part of is cut to it: "Newcomer The Game's"
            ents = [ent for ent in ents if ent not in overlapping] + [Span(doc, start, end, label=label)]
    return filter_spans(ents)


def _after_player(doc: Doc, bounds: tuple[int, int]) -> tuple[int, int]:
    """The title without a person's full name and "in" before it: "Gene Kelly in Singing in the Rain (1952)"
    names the actor and the film ("Shakespeare in Love", one word before "in", is left whole)."""
    start, end = bounds
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and start <= ent.start and ent.end + 1 < end and doc[ent.end].lower_ == "in":
            return ent.end + 1, end
    return bounds


def _name_before(doc: Doc, end: int) -> tuple[int, int] | None:
    """The name the NER found ending right before ``end``, with a capitalised "The" before it."""
    ent = next((ent for ent in doc.ents if ent.end == end and ent.label_ in _NAME_LABELS), None)
    if ent is None:
        return None
    start = ent.start
    if start > 0 and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start:
        start -= 1
    return start, end


def _used_as_person(doc: Doc, person: Span, uses: PersonUses) -> bool:
    """Whether the text uses the words of ``person`` as a person's name somewhere other than ``person``: after
    one of ``uses.before`` ("with Ann Lee", "Mr Lee") or as the subject of one of ``uses.verbs`` ("Ann Lee said")."""
    words = [token.text for token in person]
    if len(words) > 1 and _surname_used(doc, words[-1], uses):
        return True  # "Vinod Pande" and "Mr Pande"
    size = len(words)
    for token in doc:
        if token.text != words[0] or token.i == person.start or token.i + size > len(doc):
            continue
        if [t.text for t in doc[token.i : token.i + size]] != words:
            continue
        if token.i > 0 and doc[token.i - 1].lower_.rstrip(".") in uses.before:
            return True
        root = doc[token.i : token.i + size].root
        if root.dep_ == "nsubj" and root.head.lemma_ in uses.verbs:
            return True
    return False


def _surname_used(doc: Doc, surname: str, uses: PersonUses) -> bool:
    """Whether the last word of a name stands alone after a person's word ("Mr Pande", "with Pande")."""
    return any(
        token.text == surname and token.i > 0 and doc[token.i - 1].lower_.rstrip(".") in uses.before
        for token in doc
    )


def _subject_of_clause_on(title: Span, cue: int) -> bool:
    """Whether ``title`` is the subject of a clause on the cue noun ("the film Tom made"), not a title
    ("quirky comedy Sideways, which ..., entered the chart")."""
    root = title.root
    verb = root.head
    return root.dep_ in _SUBJECT_DEPS and verb.dep_ in ("relcl", "acl") and verb.head.i <= cue


def _abbreviation(doc: Doc, bounds: tuple[int, int]) -> bool:
    """Whether the title is a two-letter abbreviation ("reality show TV"), not a title."""
    start, end = bounds
    return end - start == 1 and doc[start].is_upper and len(doc[start].text) <= 2


def _closed(doc: Doc, end: int) -> bool:
    """Whether a title set off by a comma ends there: at a comma, a full stop or the text's end."""
    return end >= len(doc) or doc[end].text in {",", ".", ";", ")"} or doc[end].is_space


def _inside_title(ent: Span, title: Span) -> bool:
    """Whether ``ent`` is a part of a longer title that reads as one ("The Nine Lives of Ada Brook")."""
    if not (ent.label_ in _NAME_LABELS or _number_word(ent)) or not (_within(ent, title) and len(ent) < len(title)):
        return False
    if _number_word(ent) and ent.label_ == "DATE" and ent.start > title.start:
        return True  # a holiday's name ending a longer title: "Do They Know It's Christmas"
    return title[0].lower_ in {"the", "a", "an"} or any(token.lower_ == "of" for token in title[1:-1])


def _number_word(ent: Span) -> bool:
    """A number or date the NER found in words, capitalised inside a sentence: "Forty" of "Forty Shades of Blue"."""
    return ent.label_ in {"DATE", "CARDINAL"} and all(token.is_alpha and token.is_title for token in ent) and not ent[0].is_sent_start


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _capitalised_cue(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


def _ends_item(token: Token | None, ends: list[str], *, verb: bool) -> bool:
    """Whether a list's last item ends before ``token``: punctuation, a line break or, with ``verb``,
    the clause's verb (a list of three or more: "X, Y and Z all did well"; "the film X and Tom made
    it" is no list)."""
    if token is None or token.is_space or token.text in ends:
        return True
    return verb and token.pos_ in {"VERB", "AUX", "ADV"}


def _sentence_end(doc: Doc, start: int) -> int:
    return doc[start].sent.end if start < len(doc) else len(doc)


def _proper_name_after(doc: Doc, start: int, *, possessive: bool = False) -> tuple[int, int] | None:
    """The run of capitalised proper nouns starting at ``start``, if a lower-case word or punctuation
    (not another name, nor a possessive unless ``possessive``) ends it."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
        end += 1
    following = doc[end] if end < len(doc) else None
    if end == start or following is None or following.ent_type_ or (following.tag_ == "POS" and not possessive):
        return None
    return (start, end) if following.is_punct or following.is_lower or following.is_space else None


def _quoted(span: Span) -> bool:
    """Whether a quotation mark opens in the span's sentence before it (a quoted headline's words)."""
    return any(token.text in _OPENING_QUOTES | {"‘"} for token in span.doc[span.sent.start : span.start])


def _worded(title: Span) -> bool:
    """Whether a title has a capitalised word that is no noun, name or number: a verb, pronoun or adverb."""
    return any(token.text[:1].isupper() and token.pos_ in _WORDED_POS for token in title)


def _after_owner(doc: Doc, bounds: tuple[int, int]) -> tuple[int, int]:
    """The item without the name owning it: "Oasis' Definitely Maybe" is the title Definitely Maybe."""
    start, end = bounds
    owned = [token.i + 1 for token in doc[start + 1 : end - 1] if _possessive(token)]
    return (owned[-1], end) if owned else bounds


def _possessive(token: Token) -> bool:
    """A possessive ending, also a bare apostrophe after an "s" the tagger reads as a quote ("Oasis' ")."""
    glued = not token.nbor(-1).whitespace_
    return token.tag_ == "POS" or (glued and token.text in {"'", "’"} and token.nbor(-1).text.endswith("s"))


def _crosses_full_stop(doc: Doc, bounds: tuple[int, int]) -> bool:
    """Whether a word of the item ends with a full stop: a sentence the parser ran on may end there
    ("... and Malcolm X. Attallah Shabazz, the daughter of ...")."""
    return any(token.text.endswith(".") for token in doc[bounds[0] : bounds[1]])


def _dated_possessive(doc: Doc, bounds: tuple[int, int]) -> bool:
    """Whether the run is a name's possessive and a year ("starred in Hughes' 1943 film X"), not a title."""
    start, end = bounds
    return end - start > 2 and doc[end - 1].like_num and doc[end - 2].tag_ == "POS"


def _followed_by_possessive(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].tag_ == "POS"
