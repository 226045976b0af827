"""HTML article pages through trafilatura."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.errors import DocumentError
from dateline.ingest import read_html

PAGE = """<!doctype html>
<html><head>
<title>Maya Lund opens her Oslo gallery | The Fjord Times</title>
<meta property="og:title" content="Maya Lund opens her Oslo gallery">
<meta property="article:published_time" content="2024-11-03T09:30:00Z">
<meta property="og:site_name" content="The Fjord Times">
<link rel="canonical" href="https://fjord.example/2024/11/03/lund-gallery">
</head><body>
<nav><a href="/">Home</a> <a href="/arts">Arts</a></nav>
<article>
<h1>Maya Lund opens her Oslo gallery</h1>
<p>The painter Maya Lund opened a gallery in Oslo on Saturday, three years after she left Bergen for the capital.</p>
<p>"This is the room I always wanted," Lund told reporters at the opening, where more than two hundred guests queued in the rain.</p>
<p>Her first exhibition, a series of large seascapes painted over the winter, runs until the end of January.</p>
</article>
<footer>Copyright The Fjord Times</footer>
</body></html>
"""


def test_page_gives_text_title_date_and_url() -> None:
    document = read_html(PAGE.encode(), input="lund.html")
    assert document.text.startswith("The painter Maya Lund opened a gallery in Oslo on Saturday")
    assert "Copyright" not in document.text and "Home" not in document.text
    assert document.title == "Maya Lund opens her Oslo gallery"
    assert document.date == dt.date(2024, 11, 3)
    assert document.url == "https://fjord.example/2024/11/03/lund-gallery"


def test_page_without_article_text_is_an_error() -> None:
    with pytest.raises(DocumentError, match="lund.html: no article text found in the HTML page"):
        read_html(b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>", input="lund.html")


UNDATED_PAGE = """<!doctype html>
<html><head><title>Maya Lund looks back | The Fjord Times</title></head><body>
<article>
<h1>Maya Lund looks back</h1>
<p>The painter Maya Lund, who left Bergen for Oslo in 2019, said on Sunday that the move had changed her work.</p>
<p>"I paint the sea differently now," she told reporters at her studio, where a new series is drying on the walls.</p>
<p>The series will be shown in the spring, three years after her last exhibition in the capital.</p>
</article>
</body></html>
"""


def test_a_page_without_a_date_is_not_dated_from_a_year_in_its_text() -> None:
    # a guessed 2019-01-01 would anchor "on Sunday" and "in the spring" to the wrong year
    assert read_html(UNDATED_PAGE.encode(), input="lund-undated.html").date is None


@pytest.mark.parametrize("declaration", ['<meta charset="iso-8859-1">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'])
def test_a_page_in_the_charset_it_declares_is_read(declaration: str) -> None:
    # A Latin-1 page was refused as "invalid UTF-8" though its head said what it was.
    page = PAGE.replace("<head>", f"<head>{declaration}").replace("the capital", "the capital’s café quarter")
    document = read_html(page.encode("cp1252"), input="old.html")
    assert "the capital’s café quarter" in document.text


def test_a_page_not_in_utf8_and_declaring_nothing_is_still_refused() -> None:
    with pytest.raises(DocumentError, match=r"^old.html: invalid UTF-8 at byte offset"):
        read_html(PAGE.replace("the capital", "the café").encode("cp1252"), input="old.html")
