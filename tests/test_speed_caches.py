"""What the stages read once and keep gives the same answers as reading it anew each time."""

from __future__ import annotations

from dateline import Document, analyse
from dateline.stages.cue_options import CueWord, content_options, option_features
from dateline.stages.entities.build import _mention
from dateline.stages.entities.discourse import Discourse
from dateline.stages.facts.arguments import Resolver
from dateline.stages.forms import text_of
from dateline.stages.quotes import find_quotations
from dateline.stages.spans import quotation_at


def test_quote_extents_give_each_quotes_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('Mira Tal said: "We will win." Later, Jon Pike said: "We lost." The race ended.')
    discourse = Discourse(doc)
    for number in (0, 1):
        inside = [i for i, quote in enumerate(discourse.quote_of) if quote == number]
        assert discourse._quote_extents[number] == (inside[0], inside[-1])
    assert discourse.speakers(7, frozenset({"say"})) == set()  # no such quotation


def test_cue_word_read_once_gives_the_same_features(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister has not denied that the plan failed, and she urged the board to wait.")
    checked = 0
    for token in doc:
        word = CueWord.of(token)
        for relation, head in content_options(token):
            for quoted in (False, True):
                expected = option_features(token, relation, head, quoted=quoted)
                assert option_features(token, relation, head, quoted=quoted, word=word) == expected
                checked += 1
    assert checked >= 4


def test_a_trigger_with_no_one_to_take_part_fills_no_other_role(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    filled: list[tuple[str, str]] = []
    fill = Resolver.fill

    def recording(self, head, role, **options):  # type: ignore[no-untyped-def]
        filled.append((head.text, role))
        return fill(self, head, role, **options)

    monkeypatch.setattr(Resolver, "fill", recording)
    unnamed = analyse(Document.create("The singer married a dancer in Lisbon in 2011."))
    assert unnamed.facts == []
    assert [role for head, role in filled if head == "married"] == ["participants"]
    filled.clear()
    named = analyse(Document.create("Mara Quill married Tomas Brandt in Lisbon in 2011."))
    assert [fact.predicate for fact in named.facts] == ["married"]
    assert len([role for head, role in filled if head == "married"]) > 1


def _quote_spans_read_from_tokens(doc) -> list[int]:  # type: ignore[no-untyped-def]
    """The quotation numbers as the resolvers first read them, asking each token for its whitespace."""
    from dateline.stages.entities.discourse import _CLOSING_QUOTES, _OPENING_QUOTES, _STRAIGHT_QUOTES, _opens

    tokens, quote_of, number, inside = list(doc), [-1] * len(doc), -1, False
    for token in tokens:
        if token.i > 0 and "\n" in tokens[token.i - 1].whitespace_ + tokens[token.i - 1].text:
            inside = False
        text = token.text
        if text == "`" and token.i > 0 and tokens[token.i - 1].text == "`" and not tokens[token.i - 1].whitespace_:
            continue
        if text in _OPENING_QUOTES or (text in _STRAIGHT_QUOTES and _opens(tokens, token.i, inside)):
            inside, number = True, number + 1
            continue
        if text in _CLOSING_QUOTES or text in _STRAIGHT_QUOTES:
            inside = False
            continue
        if inside:
            quote_of[token.i] = number
    return quote_of


def test_quote_spans_read_from_columns_match_the_tokens(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [
        'Mira Tal said: "We will win." Later, Jon Pike said: "We lost." The race ended.',
        "``We are ready,'' the coach said. ` `Not yet,'' said Ann.",
        "“The vote was close,” she said.\n\n“We knew it was going to be close.\nThe count went on.",
        '"One. "Two, she said. "Three." Four',
        "",
    ]
    for text in texts:
        doc = nlp(text)
        assert Discourse(doc).quote_of == _quote_spans_read_from_tokens(doc)


def test_nominal_at_a_word_is_the_description_found_there(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.entities.nominals import find_nominals, nominal_at

    doc = nlp("The actor met the 62-year-old singer. Later the Oscar winner thanked the old man and his wife.")
    discourse = Discourse(doc)
    found = {nominal.end - 1: nominal for nominal in find_nominals(discourse)}
    assert len(found) >= 2
    assert {token.i: nominal_at(discourse, token) for token in doc} == {
        token.i: found.get(token.i) for token in doc
    }


def test_mentions_spelled_from_word_offsets_match_the_spans(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('Mira  Tal, 41, said: "We won." \n\nJon Pike-Smith (left) agreed.')
    texts, starts = Discourse(doc).texts, doc.to_array("IDX").tolist()
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span, mention = doc[start:end], _mention(texts, starts, start, end, "name", None)
            assert (mention.start, mention.end, mention.text) == (span.start_char, span.end_char, span.text)


def test_the_callers_text_is_read_only_when_the_doc_spells_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Mara Quill married Tomas Brandt in 2011. ")
    same = "".join(token.text_with_ws for token in doc)  # equal to doc.text, another string
    assert text_of(doc, same) is same and text_of(doc) == doc.text
    for other in (doc.text + "x", "Lara" + doc.text[4:]):
        assert text_of(doc, other) == doc.text
    assert text_of(nlp(""), "") == "" and text_of(nlp(""), "x") == ""


def test_quotation_lookup_by_index_matches_a_scan_of_every_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Ann said: "We won." Bo added, "It was close,\n\n"and long." Cy wrote "no" and left.'
    doc = nlp(text)
    quotations = find_quotations(text)
    scanned = list(quotations)  # a plain list: quotation_at walks it from the start
    assert len(quotations) == 3
    for token in doc:
        expected = next((q for q in scanned if q.covers(token.idx, token.idx + len(token.text))), None)
        assert quotation_at(quotations, token) == expected
        assert quotation_at(scanned, token) == expected
    assert sum(quotation_at(quotations, token) is not None for token in doc) > 10
