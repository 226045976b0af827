"""A quotation that goes on right after its speaker is named is still that speaker's.

'"I am proud of the team," said Ann Lee. "Maybe I will stay."': the second quotation has no verb of saying
of its own, so its "I" was left to no one. When a quotation has no speaker of its own and nothing but the
attribution of the quotation before it stands between the two (at most ``_MOST_WORDS`` words, such as
"said Ann Lee", "Ann Lee told the paper", no one else named there, and no line break), it is spoken by the one person who spoke the
quotation before; so is a quotation that follows another with no word in between (a paragraph of several
quoted sentences, each opened and not closed, or a paragraph left open whose quotation the next one goes on).
Words a quotation that goes on quotes in turn (between single quote marks) are left alone: the speaker may
be voicing another person there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.pronoun_colon import colon_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.stages.entities.discourse import Discourse

__all__ = ["QuoteSpeakers"]

# "Mr Straw told reporters on Friday" has six: more is a sentence of narrative, which may bring another speaker
_MOST_WORDS = 10
_SINGLE_QUOTES = frozenset({"'", "\u2018", "\u2019"})


class QuoteSpeakers:
    """The people said to speak each quotation of a document, a quotation that goes on included."""

    def __init__(self, discourse: Discourse, verbs: frozenset[str]) -> None:
        self._discourse = discourse
        self._verbs = verbs
        self._found: dict[int, set[int]] = {}
        self._owned: dict[int, set[int]] = {}
        self._within: dict[int, set[int]] = {}

    def of(self, quote: int) -> set[int]:
        """Clusters of the people who speak quotation number ``quote``."""
        found = self._found.get(quote)
        if found is None:
            found = self._found[quote] = self._own(quote) or self._continued(quote)
        return found

    def of_word(self, token: int) -> set[int]:
        """Clusters of the people who speak the quoted word ``token``: not the speaker of a quotation
        that goes on when the word is inside a quotation of its own ('... made you say: 'Oh, I ...'),
        where the speaker may be voicing someone else."""
        quote = self._discourse.quote_of[token]
        own = self._own(quote)
        if own or token in self._quoted_within(quote):
            return own
        return self.of(quote)

    def _own(self, quote: int) -> set[int]:
        found = self._owned.get(quote)
        if found is None:
            introducer = colon_speaker(self._discourse, quote)  # 'Reagan had a quip: "I ...'
            found = {introducer} if introducer is not None else self._discourse.speakers(quote, self._verbs)
            self._owned[quote] = found
        return found

    def _continued(self, quote: int) -> set[int]:
        discourse = self._discourse
        before, extent = discourse.quote_extent(quote - 1), discourse.quote_extent(quote)
        if quote < 1 or before is None or extent is None or self._speech_verb_near(quote):
            return set()
        gap = discourse.tokens[before[1] + 1 : extent[0]]
        if any("\n" in token.text for token in gap):
            return set()
        if sum(not (token.is_punct or token.is_space) for token in gap) > _MOST_WORDS:
            return set()
        speakers = self.of(quote - 1)
        if len(speakers) != 1 or self._someone_else_in(gap, speakers):
            return set()  # "... a great chance." It is a view shared by Rooney, who believes "...
        return speakers

    def _someone_else_in(self, gap: list[Token], speakers: set[int]) -> bool:
        """Whether a person other than ``speakers`` is mentioned between the two quotations."""
        discourse = self._discourse
        return any(
            discourse.clusters[number].type == "PERSON" and number not in speakers
            for token in gap
            for number in discourse.clusters_at(token.i)
        )

    def _quoted_within(self, quote: int) -> set[int]:
        """Tokens of quotation ``quote`` inside single quote marks that open after a space and close at
        the next single quote mark standing alone."""
        found = self._within.get(quote)
        if found is not None:
            return found
        extent = self._discourse.quote_extent(quote)
        assert extent is not None
        tokens = self._discourse.tokens
        inside, found = False, set()
        for token in tokens[extent[0] : extent[1] + 1]:
            if token.text in _SINGLE_QUOTES:
                opens = token.i == extent[0] or bool(tokens[token.i - 1].whitespace_)
                inside = opens and not inside
            elif inside:
                found.add(token.i)
        self._within[quote] = found
        return found

    def _speech_verb_near(self, quote: int) -> bool:
        """Whether a verb of saying with a subject stands outside the quotes of ``quote``'s sentences ("she
        added", which may be someone else, not yet resolved)."""
        discourse = self._discourse
        extent = discourse.quote_extent(quote)
        assert extent is not None
        start = discourse.sentence_starts[discourse.sentence_of[extent[0]]]
        last = discourse.sentence_of[extent[1]] + 1
        end = discourse.sentence_starts[last] if last < len(discourse.sentence_starts) else len(discourse.doc)
        return any(
            discourse.quote_of[token.i] < 0
            and token.lemma_ in self._verbs
            and token.pos_ == "VERB"
            and any(child.dep_ == "nsubj" for child in token.children)
            for token in discourse.tokens[start:end]
        )
