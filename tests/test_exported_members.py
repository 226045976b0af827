"""The public API is what ``dateline.__all__`` lists: sorted and complete."""

from __future__ import annotations

import dateline


def test_all_is_sorted() -> None:
    assert dateline.__all__ == sorted(dateline.__all__)


def test_all_names_exist_and_public_names_are_listed() -> None:
    for name in dateline.__all__:
        assert hasattr(dateline, name), name
    public = {
        name
        for name, value in vars(dateline).items()
        if not name.startswith("_") and not isinstance(value, type(dateline))
    }
    assert public <= set(dateline.__all__)
