"""Highlighted article text: overlapping marks nest deterministically and the text is kept whole."""

from __future__ import annotations

import itertools
import random
import time

from dateline.web.highlight import Mark, Piece, nest_marks


def _flat(piece: Piece) -> str:
    """The tree as a bracketed string: [kind ...] around each mark, + for a continued piece."""
    out = ""
    for child in piece.children:
        if isinstance(child, str):
            out += child
        else:
            assert child.mark is not None
            out += f"[{child.mark.kind}{'+' if child.continued else ''} {_flat(child)}]"
    return out


def _text(piece: Piece) -> str:
    return "".join(child if isinstance(child, str) else _text(child) for child in piece.children)


TEXT = "Tam Oakes said on Monday that he was fine."


def test_nested_marks() -> None:
    marks = [Mark(0, 9, "entity"), Mark(18, 24, "time"), Mark(0, 42, "quote")]
    assert _flat(nest_marks(TEXT, marks)) == "[quote [entity Tam Oakes] said on [time Monday] that he was fine.]"


def test_a_mark_crossing_an_enclosing_one_is_split() -> None:
    marks = [Mark(4, 14, "quote"), Mark(10, 24, "cue")]
    tree = nest_marks(TEXT, marks)
    assert _flat(tree) == "Tam [quote Oakes [cue said]][cue+  on Monday] that he was fine."
    assert _text(tree) == TEXT


def test_same_span_orders_by_kind_and_is_deterministic() -> None:
    marks = [Mark(0, 9, "time"), Mark(0, 9, "entity"), Mark(0, 9, "quote")]
    first = _flat(nest_marks(TEXT, marks))
    assert first == _flat(nest_marks(TEXT, list(reversed(marks))))
    assert first.startswith("[quote [entity [time Tam Oakes]]]")


def test_marks_outside_the_text_are_clipped_or_dropped() -> None:
    tree = nest_marks(TEXT, [Mark(37, 99, "cue"), Mark(50, 60, "time"), Mark(5, 5, "entity")])
    assert _flat(tree) == "Tam Oakes said on Monday that he was [cue fine.]"


def _nested_by_scanning(text: str, marks: list[Mark]) -> str:
    """The nesting as first written: every mark checked against every segment (quadratic)."""
    kept = sorted(set(marks), key=Mark.sort_key)
    bounds = sorted({0, len(text), *(m.start for m in kept), *(m.end for m in kept)})
    out, stack = "", list[Mark]()
    for left, right in itertools.pairwise(bounds):
        wanted = [mark for mark in kept if mark.start <= left and right <= mark.end]
        depth = 0
        while depth < min(len(wanted), len(stack)) and stack[depth] == wanted[depth]:
            depth += 1
        out += "]" * (len(stack) - depth)
        out += "".join(f"[{mark.kind} " for mark in wanted[depth:])
        stack = wanted
        out += text[left:right]
    return out + "]" * len(stack)


def _bracketed(piece: Piece) -> str:
    return "".join(child if isinstance(child, str) else f"[{child.mark.kind} {_bracketed(child)}]"
                   for child in piece.children if isinstance(child, str) or child.mark is not None)


def test_the_sweep_nests_as_scanning_every_mark_does() -> None:
    chooser = random.Random(7)
    kinds = ["quote", "source", "trigger", "entity", "time", "cue"]
    for _ in range(200):
        marks = []
        for _ in range(chooser.randint(1, 12)):
            start = chooser.randint(0, len(TEXT) - 1)
            marks.append(Mark(start, chooser.randint(start + 1, len(TEXT)), chooser.choice(kinds)))
        assert _bracketed(nest_marks(TEXT, marks)) == _nested_by_scanning(TEXT, marks)


def test_a_long_article_with_many_marks_is_nested_quickly() -> None:
    """A 200 kB article of 4,200 sentences has about 17,000 marks: scanning every mark for every
    segment took 20 s or more (its article page 27 s); the sweep takes well under a second."""
    sentence = "Nora Vale met Ivan Petrov in Berlin on Tuesday. "
    text = sentence * 4200
    marks = [
        Mark(offset + start, offset + end, kind)
        for offset in range(0, len(text), len(sentence))
        for start, end, kind in ((0, 9, "entity"), (14, 25, "entity"), (29, 35, "entity"), (39, 46, "time"))
    ]
    began = time.perf_counter()
    tree = nest_marks(text, marks)
    assert time.perf_counter() - began < 5
    assert _text(tree) == text
