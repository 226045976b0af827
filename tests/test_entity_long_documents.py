"""The indexes that keep name clustering near-linear in documents that name thousands of people: each
must give what comparing a name with every person gives, in the same order."""

from __future__ import annotations

import itertools

from dateline.stages.entities.discourse import Cluster, Discourse
from dateline.stages.entities.names import _fits, _full_key, _People

_NAMES = [
    ("Ana", "Reyes"), ("Ana", "Maria", "Reyes"), ("Tom", "Hale", "Jr"), ("Reyes",), ("Tom", "F.", "Hale"),
    ("Ana", "Hale"), ("Maria", "Reyes"), ("Hale", "Jr"), ("Tom", "Hale"), ("Ana",),
]


def test_the_people_a_name_may_fit_hold_all_it_fits_in_order() -> None:
    clusters = [Cluster("PERSON", [], [words]) for words in _NAMES]
    people = _People()
    for number, cluster in enumerate(clusters):
        people.add(number, _full_key(cluster))
    keys = {_full_key(c) for c in clusters} | {("tom", "hale"), ("hale",), ("maria",), ("ana", "reyes", "jr"), ()}
    for key in keys:
        fitting = [n for n in people if _fits(key, clusters[n])]
        assert [n for n in people.may_fit(key) if _fits(key, clusters[n])] == fitting, key
    assert list(people) == list(range(len(_NAMES)))


def test_only_words_a_kinship_word_names_are_kin_bound(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Vell's father, Tomas Vell, won. Orla was born in Rome. Ana Reyes sang and Tom Hale danced.")
    bound = {doc[i].text for i in Discourse(doc).kin_bound}
    assert {"Vell", "Orla"} <= bound
    assert not bound & {"Ana", "Reyes", "Tom", "Hale", "Rome"}


def test_every_word_a_kinship_word_names_is_kin_bound(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.entities.names import _kin_of

    doc = nlp("Ana is the daughter of Tom. Orla's son, Piet, was born in May. Her brother Ivo Lund came.")
    bound = Discourse(doc).kin_bound
    for kin, short in itertools.product(doc, doc):
        if _kin_of(kin, short):
            assert short.i in bound, (kin.text, short.text)
