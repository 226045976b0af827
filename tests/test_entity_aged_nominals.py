""""The 87-year-old" goes to the one person the article gave that age, however far back (an age at death
counts), before the pronouns after it are resolved: they then go to that person, not a mourner named last."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow

_TEXT = (
    "Veteran actor Carl Broomfield, a civil rights campaigner, died in Miami at the age of 87 on 4 February."
    " Friends and family gathered at a church in Harlem on Saturday. Also present at the service was former"
    ' senator Bill Hatcher. "He was a great man," said Mr Hatcher. "He gave more to me than I gave to him."'
    "\n\nThe 87-year-old was found dead in his hotel room in Florida, where he was making a film. Police said"
    " that he appeared to have died of natural causes."
)


def test_the_87_year_old_is_the_man_who_died_at_87() -> None:
    assert mentions_by_entity(_TEXT, "nominal")["Carl Broomfield"] == ["The 87-year-old"]


def test_the_police_s_he_after_the_description_is_the_dead_man() -> None:
    found = mentions_by_entity(_TEXT, "pronoun")
    # the mourner keeps only the "me" and "I" of his own quotation, which goes on after "said Mr Hatcher." (ents21)
    assert (found["Carl Broomfield"], found.get("Bill Hatcher", [])) == (["his", "he", "he"], ["me", "I"])


def test_an_age_two_people_were_given_is_not_guessed() -> None:
    text = (
        "Tom Hale, 40, and Ned Vance, 40, were seen at the match on Friday. Fans cheered. The stadium was full."
        " The weather was cold. The 40-year-old was later seen leaving."
    )
    found = mentions_by_entity(text, "nominal")
    assert (found["Tom Hale"], found["Ned Vance"]) == ([], [])


def test_an_aged_occupation_goes_to_the_person_of_that_occupation_not_the_one_named_near_it() -> None:
    text = (
        "Actor Tom Vale is to star in a film about a bank robbery in Lisbon.\n\n"
        "The film is expected to be like his thrillers of the 1990s. Another star is being lined up."
        " Mara Quill, star of Blue Rain, is the choice of the studio for the lead.\n\n"
        "On a visit to Lisbon, the 58-year-old actor said he hoped to start filming next year."
    )
    found = mentions_by_entity(text, "nominal")
    assert (found.get("Tom Vale"), found.get("Mara Quill", [])) == (["the 58-year-old actor"], [])
