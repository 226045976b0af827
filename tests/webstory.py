"""A small story about invented people, built by hand (no NLP), for the web and fact-search tests.

Three articles: a dinner and an anonymous dating rumour (January), a marriage, a divorce and a
spokesperson's denial (March), and one with hostile markup planted in its text, title, source and url.
"""

from __future__ import annotations

import datetime as dt

from dateline.model import Analysis, Document, Factuality, Time
from dateline.store import Store
from tests.builders import attribution, entity, fact, span

JAN, MAR, APR = dt.date(2025, 1, 12), dt.date(2025, 3, 2), dt.date(2025, 4, 1)

#: Markup an attacker could plant in an article; none of it may reach a page unescaped.
SCRIPT = "<script>window.__pwned = 1</script>"
HANDLER = '"onmouseover="window.__pwned = 2'
JS_URL = "javascript:window.__pwned = 3"


def _time(text: str, id: str, surface: str, value: str) -> Time:
    found = span(text, surface)
    return Time(id=id, start=found.start, end=found.end, text=surface, type="DATE", value=value, anchor="DCT")


def january() -> Analysis:
    text = ("Mira Castell, 41, and Oren Vale were seen dining in Lisbon on Friday. "
            "An insider told StarPage that the pair are dating.")
    source = attribution(text, "A1", "An insider", "told", anonymous=True, via="E4")
    source.content = [span(text, "the pair are dating")]
    source.factuality = Factuality(certainty="possible", commitment="claimed")
    return Analysis(
        document=Document.create(text, id="castell-jan", date=JAN, title="Castell and Vale dine in Lisbon",
                                 source="Example Times", url="https://example.invalid/castell-jan"),
        entities=[
            entity(text, "E1", "Mira Castell", "PERSON", age=41, as_of=JAN),
            entity(text, "E2", "Oren Vale"),
            entity(text, "E3", "Lisbon", "GPE"),
            entity(text, "E4", "StarPage", "ORG"),
        ],
        times=[_time(text, "T1", "Friday", "2025-01-10")],
        attributions=[source],
        facts=[
            fact(text, "F1", "met", ["E1", "E2"], "dining", time="2025-01-10"),
            fact(text, "F2", "romance", ["E1", "E2"], "dating", certainty="possible", asserted_by="A1"),
        ],
    )


def march() -> Analysis:
    text = ("Mira Castell married Teo Brandt in 2012 and they divorced in 2016. "
            "A spokesperson for Castell said the actress is not dating Oren Vale.")
    denial = attribution(text, "A1", "A spokesperson for Castell", "said")
    denial.content = [span(text, "the actress is not dating Oren Vale")]
    married = fact(text, "F1", "married", ["E1", "E2"], "married", time="2012", valid_to="2016")
    married.valid_from = "2012"
    return Analysis(
        document=Document.create(text, id="castell-mar", date=MAR, title="Castell's spokesperson denies romance",
                                 source="Example Times"),
        entities=[
            entity(text, "E1", "Mira Castell", "PERSON", "Castell"),
            entity(text, "E2", "Teo Brandt"),
            entity(text, "E3", "Oren Vale"),
        ],
        times=[_time(text, "T1", "2012", "2012"), _time(text, "T2", "2016", "2016")],
        attributions=[denial],
        facts=[
            married,
            fact(text, "F2", "divorced", ["E1", "E2"], "divorced", time="2016"),
            fact(text, "F3", "romance", ["E1", "E3"], "dating", polarity="negative", asserted_by="A1"),
        ],
    )


def hostile() -> Analysis:
    text = (f"Kira Holt arrived in Porto. {SCRIPT} The singer said {HANDLER} she loved the city. "
            f"Read more at {JS_URL} today.")
    return Analysis(
        document=Document.create(text, id="holt-apr", date=APR, title=f"Holt {SCRIPT}", source=HANDLER, url=JS_URL),
        entities=[entity(text, "E1", "Kira Holt"), entity(text, "E2", "Porto", "GPE")],
        facts=[fact(text, "F1", "travel", ["E1"], "arrived")],
    )


def story() -> list[Analysis]:
    """The three articles, oldest first."""
    return [january(), march(), hostile()]


def fill(store: Store) -> Store:
    """Add the story to ``store`` and resolve its entities (needs the spaCy model's vocabulary)."""
    from dateline.kb import KnowledgeBase

    for analysis in story():
        store.add(analysis)
    KnowledgeBase(store).resolve()
    return store


def story_store(folder: object) -> Store:
    """A fresh SQLite store in ``folder`` holding the story, resolved."""
    import pathlib

    return fill(Store(str(pathlib.Path(str(folder)) / "story.db")))
