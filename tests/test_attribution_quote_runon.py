"""A reported content the parse ends inside a quotation it opened runs on to the closing mark
('said the tour was "a long road. We are tired, ..."')."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_content_runs_on_over_the_sentences_of_its_quotation(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('Ana Reyes said the tour was "a long road. We are tired, but we are proud."'))
    assert found == [("Ana Reyes", "said", ['the tour was "a long road. We are tired, but we are proud."'])]


def test_a_content_runs_on_over_a_coordinated_clause_in_its_quotation(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('Tobias Renner said the album was "a start, and we will record more songs in May."'))
    assert found == [("Tobias Renner", "said", ['the album was "a start, and we will record more songs in May."'])]


def test_a_content_does_not_run_into_a_quotation_it_did_not_open(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('Ana Reyes said the plan was ready. "We start in May," Tobias Renner added.'))
    assert found == [("Ana Reyes", "said", ["the plan was ready"]), ("Tobias Renner", "added", ['"We start in May,"'])]


def test_a_quote_with_its_paragraphs_run_together_is_one_content(attributions) -> None:  # type: ignore[no-untyped-def]
    text = 'Ana Reyes said: "We sent the papers on time. "Something went wrong with the post."'
    found = all_roles(attributions(text))
    assert found == [("Ana Reyes", "said:", ['"We sent the papers on time.', '"Something went wrong with the post."'])]
