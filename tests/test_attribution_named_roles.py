"""An unnamed source whose role one named person of the article holds ("her spokesperson" ...
"spokesperson Carla Benn") is that person (``named_roles`` in attribution.yaml)."""

from __future__ import annotations


def _speakers(found) -> list[tuple[str, bool, str | None]]:  # type: ignore[no-untyped-def]
    return [(a.source.text, a.source.anonymous, a.source.entity) for a in found if a.source is not None]


def test_her_spokesperson_is_the_spokesperson_named_later(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions(
        "Mara Lind is not leaving the band, her spokesperson said on Monday.\n\n"
        '"Mara loves the band," spokesperson Greta Holm told reporters in Oslo.'
    )
    speakers = _speakers(found)
    holm = next(entity for text, _, entity in speakers if text.endswith("Greta Holm"))
    assert ("her spokesperson", False, holm) in speakers


def test_a_spokesman_of_another_body_stays_unnamed(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions(
        "Tobias Renner, the party's harbour spokesman, said the plan was vital.\n\n"
        "But a ministry spokesman said he could not comment on the plan."
    )
    assert ("a ministry spokesman", True, None) in _speakers(found)


def test_two_named_spokespeople_leave_the_role_unnamed(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions(
        "Mara Lind is not leaving the band, her spokesperson said on Monday.\n\n"
        "Spokesperson Greta Holm and spokesperson Ivo Brandt both declined to comment further."
    )
    assert ("her spokesperson", True, None) in _speakers(found)


def test_her_lawyer_is_the_lawyer_named_later(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions(
        "Mara Lind denied the claims, her lawyer said on Monday.\n\n"
        "Lawyer Greta Holm told reporters that the case was weak."
    )
    speakers = _speakers(found)
    holm = next(entity for text, _, entity in speakers if text.endswith("Greta Holm"))
    assert ("her lawyer", False, holm) in speakers


def test_the_singer_s_spokesperson_is_the_spokesperson_named_next(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions(
        "Mara Lind and Ivo Brandt married on Saturday in Oslo, the singer's spokesperson has confirmed.\n\n"
        "The couple wed in a small ceremony, the spokesperson, Greta Holm, said on Sunday."
    )
    speakers = _speakers(found)
    holm = next(entity for text, _, entity in speakers if "Greta Holm" in text)
    assert ("the singer's spokesperson", False, holm) in speakers


def test_a_spokeswoman_for_someone_else_stays_apart(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions(
        "Renner's spokeswoman denied that he had attacked the plan.\n\n"
        "Lind's spokeswoman Greta Holm said Lind was proud to back it."
    )
    assert ("Renner's spokeswoman", True, None) in _speakers(found)


def test_her_agent_is_the_agent_named_later(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions(
        "Mara Lind died at home on Saturday, her agent said.\n\n"
        'Agent Greta Holm said: "She never complained about anything."'
    )
    speakers = _speakers(found)
    holm = next(entity for text, _, entity in speakers if text.endswith("Greta Holm"))
    assert ("her agent", False, holm) in speakers
