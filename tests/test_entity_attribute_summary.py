"""An entity's summary of attributes reads as the articles write them, in the CLI and on the entity page:
it showed the knowledge base's folded values, "birthplace: dublin" and "gender: f"."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dateline.cli import app
from dateline.kb import KnowledgeBase
from dateline.labels import attribute_summary
from dateline.store import Store
from dateline.web import create_app
from tests.test_kb import _april, _february, _may


def test_values_take_the_articles_spelling_and_gender_is_spelled_out() -> None:
    stated = [("birthplace", "Dublin"), ("birthplace", "DUBLIN"), ("occupation", "actress")]
    attributes = {"birthplace": ["dublin", "cork"], "gender": ["f"], "occupation": ["actress"]}
    assert attribute_summary(attributes, stated) == {
        "birthplace": ["Dublin", "cork"],  # the first spelling; a value no article states stays as kept
        "gender": ["female"],
        "occupation": ["actress"],
    }


@pytest.fixture
def db(tmp_path: Path, nlp: object) -> str:
    path = str(tmp_path / "kb.db")
    with Store(path) as store:
        for item in (_february(), _april(), _may()):
            store.add(item)
        KnowledgeBase(store).resolve()  # as `dateline serve` does before serving
    return path


@pytest.mark.slow
def test_the_cli_summary_spells_gender_out(db: str) -> None:
    result = CliRunner().invoke(app, ["entity", "Lena Marsh", "--db", db])
    assert result.exit_code == 0, result.output
    assert "gender: female" in result.stdout and "gender: f\n" not in result.stdout


@pytest.mark.slow
def test_the_entity_page_summary_spells_gender_out(db: str) -> None:
    with Store(db) as store:
        response = TestClient(create_app(store)).get("/entities/Lena Marsh", headers={"accept": "text/html"})
    assert response.status_code == 200
    about = lxml.html.fromstring(response.text).xpath("//dl[@class='about']")[0]
    terms = {" ".join(div.xpath("./dt")[0].text_content().split()): div.xpath("./dd")[0].text_content()
             for div in about.xpath("./div")}
    assert terms["gender"] == "female"
