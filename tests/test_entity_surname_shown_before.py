"""A surname two people share goes to the one the reader was shown it for: "His wife Sarah" just before
"Fenwick said" does not make the Fenwick hers when she is named Sarah Fenwick only later."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def test_a_surname_goes_to_the_one_named_by_it_so_far_not_to_a_wife_named_by_her_given_name() -> None:
    text = (
        'Singer Tom Fenwick has tackled a burglar at his home in Kent. "I acted on impulse," Fenwick said. "It'
        ' could have been worse." A reward has been offered for information. His wife Sarah, who called the'
        ' police, said her rings were taken. The singer said he could have been stabbed. "I could have been'
        ' badly hurt," Fenwick said. At a press conference on Tuesday, Sarah Fenwick gave details of the'
        " stolen jewellery."
    )
    found = mentions_by_entity(text, "name")
    assert (found["Tom Fenwick"], found["Sarah Fenwick"]) == (
        ["Tom Fenwick", "Fenwick", "Fenwick"],
        ["Sarah", "Sarah Fenwick"],
    )
