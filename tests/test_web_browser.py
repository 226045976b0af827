"""The pages in real headless Chromium: highlights and tooltips, the fact panel, the timeline, keyboard use, CSP.

Skipped when /usr/bin/chromium or Playwright is missing, except with DATELINE_REQUIRE_BROWSER=1 (CI),
where that is a failure. Screenshots go to test-output/screenshots/.

The seed article runs through the real pipeline, so its times, quotes, cues and facts are the stages'
real output.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from dateline.ingest import read_text
from dateline.kb import KnowledgeBase
from dateline.model import Analysis
from dateline.pipeline import analyse
from dateline.web import create_app, running_server
from tests.paths import REPO, SEED
from tests.webstory import SCRIPT, story_store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]
SHOTS = REPO / "test-output" / "screenshots"


def _unavailable(reason: str) -> None:
    if os.environ.get("DATELINE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"DATELINE_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium chromium-driver)")
    try:
        from playwright.sync_api import sync_playwright
    except ModuleNotFoundError:
        _unavailable("playwright is not installed (the test extra)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def seed_analysis(nlp: Any) -> Analysis:
    if not SEED.exists():
        _unavailable("the seed article is not in ../shared")
    return analyse(read_text(SEED.read_bytes(), input=str(SEED)), nlp=nlp)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, seed_analysis: Analysis) -> Iterator[str]:
    with story_store(tmp_path_factory.mktemp("browser")) as store:
        store.add(seed_analysis)
        KnowledgeBase(store).resolve()
        with running_server(create_app(store)) as base:
            yield base


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.dialogs = []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    yield opened
    context.close()


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _seed_url(site: str, analysis: Analysis) -> str:
    return f"{site}/documents/{quote(analysis.document.id)}"


def test_seed_article_highlights_entities(page: Any, site: str, seed_analysis: Analysis) -> None:
    page.goto(_seed_url(site, seed_analysis))
    _shot(page, "seed-article")
    names = page.locator(".text .mark.entity").all_inner_texts()
    assert "Tom Cruise" in names and "Madrid" in names
    assert page.locator(".text .mark.entity").count() == sum(len(e.mentions) for e in seed_analysis.entities)
    assert page.title() == "Untitled article · dateline"
    panel = page.locator("aside.panel")
    assert panel.locator("h2#facts-heading").is_visible()
    assert "ana de armas" in panel.locator("ul.entities").inner_text().casefold()


def test_seed_article_times_show_their_value_on_focus(page: Any, site: str, seed_analysis: Analysis) -> None:
    page.goto(_seed_url(site, seed_analysis))
    time = page.locator(".text .mark.time").first
    tip = time.locator(":scope > .tip")
    assert not tip.is_visible()
    time.focus()
    assert tip.is_visible() and tip.inner_text() == seed_analysis.times[0].value + (
        f" → {seed_analysis.times[0].resolved}" if seed_analysis.times[0].resolved else "")
    assert page.locator(".text .mark.time").count() >= len(seed_analysis.times) > 0
    _shot(page, "seed-time-focused")


def test_seed_article_quotes_show_source_anonymity_and_outlet(page: Any, site: str, seed_analysis: Analysis) -> None:
    page.goto(_seed_url(site, seed_analysis))
    assert page.locator(".text .mark.cue").count() > 0
    quotes = page.locator(".text .mark.quote[tabindex='0']")
    assert quotes.count() > 0
    tips = [quotes.nth(i).locator(":scope > .tip").inner_text() for i in range(quotes.count())]
    assert all(tip.startswith("Source: ") for tip in tips)
    # the insider who told an outlet: anonymous, via the outlet
    assert any("(anonymous), via " in tip for tip in tips), tips
    quotes.first.hover()
    assert quotes.first.locator(":scope > .tip").is_visible()
    _shot(page, "seed-quote-hovered")


def test_seed_article_fact_panel(page: Any, site: str, seed_analysis: Analysis) -> None:
    page.goto(_seed_url(site, seed_analysis))
    facts = page.locator("ol.facts > li")
    assert facts.count() == len(seed_analysis.facts) > 0
    for index in range(facts.count()):
        badges = facts.nth(index).locator(".badge").all_inner_texts()
        assert badges[0] in ("asserted", "denied") and badges[1] in ("certain", "probable", "possible")
        assert facts.nth(index).locator(".source-label").inner_text()
    facts.first.locator("a.fact-title").click()
    assert page.url.endswith(f"#fact-{seed_analysis.facts[0].id}")
    assert page.locator(f"#fact-{seed_analysis.facts[0].id}").is_visible()


def _timeline_points(page: Any) -> list[tuple[str, float]]:
    points = page.locator("svg#timeline a.point")
    found = []
    for index in range(points.count()):
        box = points.nth(index).locator("circle.dot").bounding_box()
        # the centre: dots dated by the article have a wider stroke, so their boxes start earlier
        found.append((points.nth(index).get_attribute("data-date"), box["x"] + box["width"] / 2))
    return found


def test_ana_de_armas_timeline_points_in_order(page: Any, site: str, seed_analysis: Analysis) -> None:
    page.goto(f"{site}/entities?q=ana+de+armas")
    page.locator("table.list tbody a").first.click()
    assert page.locator("h1").inner_text().casefold().startswith("ana de armas")
    _shot(page, "ana-de-armas")
    points = _timeline_points(page)
    assert len(points) >= 2
    assert [date for date, _ in points] == sorted(date for date, _ in points)
    assert [x for _, x in points] == sorted(x for _, x in points)


def test_timeline_in_the_browser_with_keyboard_details(page: Any, site: str) -> None:
    page.goto(f"{site}/entities/Mira%20Castell")
    points = _timeline_points(page)
    assert [date for date, _ in points] == ["2012-01-01", "2016-01-01", "2025-01-10", "2025-01-12", "2025-03-02"]
    assert [x for _, x in points] == sorted(x for _, x in points)
    detail = page.locator("#timeline-detail")
    page.locator("svg#timeline a.point").nth(4).focus()  # the script (a static file, allowed by the CSP) runs
    assert detail.inner_text().startswith("2025-03-02 (article date) · not romance (Oren Vale)")
    _shot(page, "entity-timeline")


def test_keyboard_skip_link_and_tab_to_a_time(page: Any, site: str) -> None:
    page.goto(f"{site}/documents/castell-jan")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for _ in range(40):
        page.keyboard.press("Tab")
        if "time" in page.evaluate("document.activeElement.className"):
            break
    assert page.locator("#tip-time-T1").is_visible() and page.locator("#tip-time-T1").inner_text() == "2025-01-10"


def test_planted_script_does_not_run(page: Any, site: str) -> None:
    page.goto(f"{site}/documents/holt-apr")
    _shot(page, "planted-script")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("h1").inner_text() == f"Holt {SCRIPT}"
    page.hover(".source-name")
    page.goto(f"{site}/")
    page.hover("table.list tbody tr:first-child td")
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []


def test_analyse_page_with_a_planted_script(page: Any, site: str) -> None:
    page.goto(f"{site}/analyse")
    page.fill("#text", f"Noor Bakri opened a café in Ghent on Monday. {SCRIPT} <img src=x onerror=alert(1)>")
    page.fill("#date", "2025-05-06")
    page.fill("#title", f"Bakri {SCRIPT}")
    page.click("button[type=submit]")
    page.wait_for_selector("h1#article-title")
    _shot(page, "analysed")
    assert page.locator("h1#article-title").inner_text() == f"Bakri {SCRIPT}"
    assert "Noor Bakri" in page.locator(".text .mark.entity").all_inner_texts()
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []
