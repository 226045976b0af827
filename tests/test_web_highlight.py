"""Highlighted article text: overlapping marks nest deterministically and the text is kept whole."""

from __future__ import annotations

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
