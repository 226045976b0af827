"""The knowledge-base commands over a store built from hand-made analyses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import Store
from tests.test_kb import _april, _february, _may, _namesakes

runner = CliRunner()
pytestmark = pytest.mark.slow


@pytest.fixture
def db(tmp_path: Path, nlp: object) -> str:
    path = str(tmp_path / "kb.db")
    with Store(path) as store:
        for item in (_february(), _april(), _may(), *_namesakes()):
            store.add(item)
    return path


def _json(*args: str) -> object:
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_entities_lists_canonical_entities(db: str) -> None:
    people = _json("entities", "--db", db, "--type", "PERSON")
    names = [(p["name"], p["documents"]) for p in people]
    assert names[:2] == [("Jonah Reyes", 3), ("Lena Marsh", 3)]
    assert names.count(("Daniel Price", 1)) == 2


def test_entity_type_is_read_in_any_case_and_an_unknown_one_is_an_error(db: str) -> None:
    people = _json("entities", "--db", db, "--type", "person")
    assert [p["name"] for p in people][:2] == ["Jonah Reyes", "Lena Marsh"]
    result = runner.invoke(app, ["entities", "--db", db, "--type", "people"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: unknown entity type 'people': use one of PERSON, ORG, GPE, LOC, WORK, EVENT, NORP, OTHER"
    )


def test_entity_shows_merge_reasons(db: str) -> None:
    shown = _json("entity", "Marsh", "--db", db)
    assert shown["entity"]["name"] == "Lena Marsh"
    assert shown["links"][0]["rule"] == "new"
    table = runner.invoke(app, ["entity", "Marsh", "--db", db])
    assert "merged from" in table.stdout and "context_similarity" in table.stdout


def test_show_takes_a_fact_s_key_and_gives_its_words_and_source(db: str) -> None:
    # The tables name facts by key; `show` took only a document, so the words had to be cut out by offsets.
    (rumour,) = _json("rumours", "--db", db, "--entity", "Lena Marsh")
    key = rumour["steps"][0]["fact"]
    result = runner.invoke(app, ["show", key, "--db", db])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    analysis = json.loads(runner.invoke(app, ["show", key.split("/")[0], "--db", db]).stdout)
    span = shown["fact"]["evidence"]
    assert shown["evidence"] == analysis["document"]["text"][span["start"] : span["end"]]
    assert shown["attribution"]["id"] == shown["fact"]["asserted_by"] != "author"
    assert shown["entities"] == {"E1": "Lena Marsh", "E2": "Jonah Reyes"}  # the ids the fact names them by
    missing = runner.invoke(app, ["show", key + "9", "--db", db])
    assert missing.exit_code == 1 and missing.stderr.startswith(f"Error: the document 'feb' has no fact '{key[4:]}9'")


def test_entity_names_the_article_of_each_attribute(db: str) -> None:
    # "occupation: actress" named no article, so where an attribute came from could not be told.
    stated = _json("entity", "Lena Marsh", "--db", db)["stated"]
    assert ("occupation", "actress", "feb") in [(a["name"], a["value"], a["document_id"]) for a in stated]
    table = runner.invoke(app, ["entity", "Lena Marsh", "--db", db]).stdout
    assert "what the articles state" in table
    assert all(f"{a['document_id']} [{a['evidence'][0]}:{a['evidence'][1]}]" in table for a in stated)
    unstated = runner.invoke(app, ["entity", "Paris", "--db", db])
    assert unstated.exit_code == 0 and "what the articles state" not in unstated.stdout


def test_timeline_json_and_range(db: str) -> None:
    items = _json("timeline", "Lena Marsh", "--db", db, "--from", "2013-01-01", "--to", "2015-12-31")
    assert [(i["date"], i["predicate"]) for i in items] == [("2013", "married"), ("2014", "married"), ("2015", "divorced")]


def test_timeline_table_marks_denials_and_article_dates(db: str) -> None:
    result = runner.invoke(app, ["timeline", "Jonah Reyes", "--db", db])
    assert result.exit_code == 0
    assert "romance [denied]" in result.stdout and "(article)" in result.stdout


def test_tables_name_each_fact_s_article_and_key(db: str) -> None:
    # They gave the article's title alone, which names no document to open, and a contradiction's span
    # ("[41:77]") without its article.
    keys = {item["fact"] for item in _json("timeline", "Lena Marsh", "--db", db)}
    table = runner.invoke(app, ["timeline", "Lena Marsh", "--db", db]).stdout
    assert keys and all(key in table for key in keys)
    steps = [step["fact"] for r in _json("rumours", "--db", db, "--entity", "Lena Marsh") for step in r["steps"]]
    rumours = runner.invoke(app, ["rumours", "--db", db, "--entity", "Lena Marsh"]).stdout
    assert steps and all(f"{key})" in rumours for key in steps)
    evidence = [e for c in _json("contradictions", "--db", db) for e in c["evidence"]]
    contradictions = runner.invoke(app, ["contradictions", "--db", db]).stdout
    assert evidence and all(f"[{e['fact']}, {e['evidence'][0]}:{e['evidence'][1]}]" in contradictions for e in evidence)
    threads = runner.invoke(app, ["threads", "--db", db, "--entity", "Lena Marsh"]).stdout
    assert all(key in threads for t in _json("threads", "--db", db, "--entity", "Lena Marsh") for key in
               [step["fact"] for step in t["steps"]])


def test_show_of_a_fact_its_document_lacks_names_the_document_s_facts(db: str) -> None:
    # It said "no document with id 'feb/F9'" of a document that is stored.
    result = runner.invoke(app, ["show", "feb/F9", "--db", db])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: the document 'feb' has no fact 'F9' (its facts: F1, F2)"
    assert "no document with id 'nope/F1'" in runner.invoke(app, ["show", "nope/F1", "--db", db]).stderr


def test_bad_date_is_a_usage_error(db: str) -> None:
    result = runner.invoke(app, ["timeline", "Lena Marsh", "--db", db, "--from", "soon"])
    assert result.exit_code == 2
    assert "'soon' is not a date YYYY-MM-DD" in result.output


def test_unknown_entity_is_one_error_line(db: str) -> None:
    result = runner.invoke(app, ["timeline", "Nobody Atall", "--db", db])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no entity named 'Nobody Atall'"


def test_an_entity_name_of_only_punctuation_is_one_error_line(db: str) -> None:
    result = runner.invoke(app, ["entities", "--db", db, "--name", "%"])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("Error: nothing to search for in the name '%'")


def test_timeline_from_after_to_is_an_error(db: str) -> None:
    """It answered "No timeline of Lena Marsh.", as if she had no facts."""
    result = runner.invoke(app, ["timeline", "Lena Marsh", "--from", "2025-12-31", "--to", "2025-01-01", "--db", db])
    assert result.exit_code == 2 and "2025-12-31 is after --to 2025-01-01" in result.output


def test_asof_past_the_last_page_does_not_say_there_is_no_statement(db: str) -> None:
    """It said "No statement about Lena Marsh in the articles published by ..." of a page past the end."""
    result = runner.invoke(app, ["asof", "Lena Marsh", "2025-03-01", "--offset", "50", "--db", db])
    assert result.exit_code == 0 and result.stdout.strip() == "No more statements past --offset 50."


def test_asof_rumours_threads_contradictions(db: str) -> None:
    asof = _json("asof", "Lena Marsh", "2025-03-01", "--db", db)
    assert {s["predicate"]: s["status"] for s in asof} == {"met": "confirmed", "romance": "speculated"}
    rumours = _json("rumours", "--db", db, "--entity", "Lena Marsh")
    assert [[step["status"] for step in r["steps"]] for r in rumours] == [["speculated", "denied", "denied"]]
    threads = _json("threads", "--db", db)
    assert "Lena Marsh and Jonah Reyes: romance rumours" in [t["title"] for t in threads]
    kinds = sorted(c["kind"] for c in _json("contradictions", "--db", db))
    assert kinds == ["time"]


def test_threads_are_paged(db: str) -> None:
    every = _json("threads", "--db", db)
    assert len(every) >= 2
    second = runner.invoke(app, ["threads", "--db", db, "--format", "json", "--limit", "1", "--offset", "1"])
    assert second.exit_code == 0, second.output
    assert json.loads(second.stdout) == every[1:2]
    assert "--offset 2 for the next page" in second.stderr or len(every) == 2


def test_a_name_two_entities_go_by_is_noted_with_the_others_ids(db: str) -> None:
    ids = sorted(p["id"] for p in _json("entities", "--db", db, "--name", "Daniel Price"))
    result = runner.invoke(app, ["timeline", "Daniel Price", "--db", db])
    assert result.exit_code == 0, result.output
    note = result.stderr.strip()
    assert note.startswith("Note: 2 entities go by 'Daniel Price': this is ")
    assert all(f"{entity_id} Daniel Price (PERSON, 1 document)" in note for entity_id in ids)
    by_id = runner.invoke(app, ["timeline", str(ids[0]), "--db", db])
    assert "Note:" not in by_id.stderr


def test_merge_and_split_commands(db: str) -> None:
    ids = [p["id"] for p in _json("entities", "--db", db, "--name", "Daniel Price")]
    merged = runner.invoke(app, ["merge", str(ids[0]), str(ids[1]), "--db", db])
    assert merged.exit_code == 0 and merged.stdout.startswith("merged into Daniel Price")
    split = runner.invoke(app, ["split", "Daniel Price", "--document", "price-2", "--db", db])
    assert split.exit_code == 0, split.output
    assert split.stdout.startswith("new entity Daniel Price") and split.stdout.rstrip().endswith("1 document")
    assert len(_json("entities", "--db", db, "--name", "Daniel Price")) == 2


def test_export_jsonld_parses_with_rdflib(db: str) -> None:
    import rdflib

    result = runner.invoke(app, ["export", "--format", "jsonld", "--db", db])
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(data=result.stdout, format="json-ld")
    schema, prov = rdflib.Namespace("https://schema.org/"), rdflib.Namespace("http://www.w3.org/ns/prov#")
    people = {str(name) for person in graph.subjects(rdflib.RDF.type, schema.Person) for name in graph.objects(person, schema.name)}
    assert {"Lena Marsh", "Jonah Reyes", "Pablo Ortega"} <= people
    facts = list(graph.subjects(rdflib.RDF.type, prov.Entity))
    assert len(facts) == 8
    assert all(graph.value(fact, prov.wasDerivedFrom) is not None for fact in facts)
    assert all(graph.value(fact, prov.wasAttributedTo) is not None for fact in facts)


def test_export_jsonld_gives_every_article_an_iri_whatever_its_id(tmp_path: Path, nlp: object) -> None:
    """An id with a space or a '#' made no IRI (rdflib dropped the article), and the author's and the
    sources' IRIs held a second '#' (the ``dl:`` namespace ends in one)."""
    import rdflib

    from dateline.kb import KnowledgeBase
    from tests.builders import analysis, attribution, entity, fact

    text = "Ada Vance met Piet Holm in Oslo, a friend said. Ada Vance married Piet Holm."
    given = analysis(text, id="report #5?x y", date=None, entities=[entity(text, "E1", "Ada Vance"), entity(text, "E2", "Piet Holm")],
                     attributions=[attribution(text, "A1", "a friend", "said", anonymous=True)],
                     facts=[fact(text, "F1", "met", ["E1", "E2"], "met", asserted_by="A1"),
                            fact(text, "F2", "married", ["E1", "E2"], "married")])
    with Store(str(tmp_path / "ids.db")) as store:
        store.add(given)
        knowledge = KnowledgeBase(store)
        knowledge.resolve()
        exported = knowledge.export("jsonld", None)
    assert exported is not None
    graph = rdflib.Graph().parse(data=exported, format="json-ld")
    schema, prov = rdflib.Namespace("https://schema.org/"), rdflib.Namespace("http://www.w3.org/ns/prov#")
    article = "https://dateline.invalid/vocab#document/report%20%235%3Fx%20y"
    assert [str(node) for node in graph.subjects(rdflib.RDF.type, schema.NewsArticle)] == [article]
    agents = {str(graph.value(node, prov.wasAttributedTo)) for node in graph.subjects(rdflib.RDF.type, prov.Entity)}
    assert agents == {f"{article}/author", f"{article}/source-A1"}
    assert all(str(node).count("#") == 1 and " " not in str(node) for node in graph.all_nodes()
               if isinstance(node, rdflib.URIRef) and str(node).startswith("https://dateline.invalid/"))


def test_export_graphml_loads_in_networkx(db: str, tmp_path: Path) -> None:
    import networkx as nx

    path = tmp_path / "kb.graphml"
    result = runner.invoke(app, ["export", "--format", "graphml", "--output", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(path)
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert {"Lena Marsh", "Pablo Ortega"} <= labels
    predicates = sorted(data["predicate"] for _, _, data in graph.edges(data=True))
    assert predicates.count("married") == 2


def test_export_csv_and_json(db: str, tmp_path: Path) -> None:
    import csv

    folder = tmp_path / "csv"
    assert runner.invoke(app, ["export", "--format", "csv", "--output", str(folder), "--db", db]).exit_code == 0
    with (folder / "facts.csv").open() as stream:
        assert len(list(csv.DictReader(stream))) == 8
    payload = json.loads(runner.invoke(app, ["export", "--db", db]).stdout)
    assert len(payload["facts"]) == 8 and len(payload["documents"]) == 5


def test_export_needs_an_output_for_csv(db: str) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "--db", db])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: the csv export needs --output (a folder)"


def test_contradictions_are_paged_and_an_upgraded_store_is_told_they_are_computed(db: str) -> None:
    from alembic import command

    from dateline.store.engine import _alembic_config

    resolved = runner.invoke(app, ["resolve", "--db", db])
    assert resolved.stdout.strip() == "11 entities of 5 documents resolved: 5 merged, 6 new; contradictions computed: 1"
    assert _json("contradictions", "--db", db, "--offset", "1") == []
    with Store(db) as store, store.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    result = runner.invoke(app, ["contradictions", "--db", db, "--limit", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("knowledge base: computing every contradiction once")
    assert [c["kind"] for c in json.loads(result.stdout)] == ["time"]
    assert runner.invoke(app, ["contradictions", "--db", db]).stderr == ""


def test_a_store_with_older_statement_keys_is_told_they_are_indexed_again(db: str) -> None:
    from alembic import command

    from dateline.store.engine import _alembic_config

    runner.invoke(app, ["resolve", "--db", db])
    with Store(db) as store, store.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    result = runner.invoke(app, ["rumours", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("knowledge base: computing every contradiction once, after indexing every fact again")
    assert runner.invoke(app, ["rumours", "--db", db]).stderr == ""


@pytest.mark.parametrize("format", ["json", "csv", "graphml"])
def test_export_to_a_place_that_cannot_be_written_is_one_error_line(db: str, tmp_path: Path, format: str) -> None:
    # It ended in a Python traceback (FileNotFoundError, FileExistsError).
    taken = tmp_path / "taken.txt"
    taken.write_text("a file, not a folder")
    output = taken / "kb.out" if format != "csv" else taken
    result = runner.invoke(app, ["export", "--format", format, "--output", str(output), "--db", db])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {output}: cannot write the export (")
    assert result.stderr.count("\n") == 1


def test_a_listing_cut_by_its_limit_says_how_to_see_the_rest(db: str) -> None:
    # A full page of 50 documents or 100 entities read as the whole store.
    cut = runner.invoke(app, ["documents", "--db", db, "--limit", "2"])
    assert cut.stderr == "2 shown, as many as --limit allows; --offset 2 for the next page.\n"
    paged = runner.invoke(app, ["entities", "--db", db, "--limit", "2", "--offset", "1", "--format", "json"])
    assert len(json.loads(paged.stdout)) == 2
    assert paged.stderr == "2 shown, as many as --limit allows; --offset 3 for the next page.\n"
    assert runner.invoke(app, ["documents", "--db", db, "--limit", "10"]).stderr == ""
