"""Small rules: dates, titles without the site name, language, line rules."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import blocks, dates, languages, parse_article
from generator.ingest.blocks import byline_of, is_promotion, is_widget
from generator.ingest.metadata import strip_site_name

from .pages import BODY


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-09-27", "2020-09-27"),
        ("2020-09-27T19:55:27Z", "2020-09-27T19:55:27+00:00"),
        ("2020-09-27T19:55:27+0200", "2020-09-27T19:55:27+02:00"),
        ("2020-09-27-19-55-27", "2020-09-27T19:55:27"),
        ("20200927", "2020-09-27"),
        ("Oct 3rd 2020ISTANBUL", "2020-10-03"),
        ("3 October 2020", "2020-10-03"),
        ("September 27, 2020 at 5pm", "2020-09-27"),
        ("13 Oct 2020 18:29", "2020-10-13"),
        ("2020-02-30", None),
        ("on Sunday", None),
        ("unknown", None),
        ("", None),
    ],
)
def test_dates(value: str, expected: str | None) -> None:
    assert dates.normalize(value) == expected


def test_date_from_url() -> None:
    assert dates.from_url("https://x.example/2019/11/20/story.html") == "2019-11-20"
    assert dates.from_url("https://x.example/story-2019.html") is None


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        ("Talks stall | Montal Daily", "Montal Daily", "Talks stall"),
        ("Montal Daily - Talks stall over water", "Montal Daily", "Talks stall over water"),
        ("Talks stall over water | World | Reuters", None, "Talks stall over water"),
        ("Talks stall over water – Washington Post", None, "Talks stall over water"),
        ("Israel-Hamas war: what we know", None, "Israel-Hamas war: what we know"),
        ("Analysis - Why the talks stalled again", None, "Analysis - Why the talks stalled again"),
    ],
)
def test_strip_site_name(title: str, outlet: str | None, expected: str) -> None:
    assert strip_site_name(title, outlet) == expected


def test_language_guess() -> None:
    assert languages.guess(" ".join(BODY)) == "en"
    italian = (
        "Il governo ha detto che la tregua è stata violata nella notte, e che le truppe sono "
        "pronte a rispondere. Secondo il ministro della difesa, gli attacchi sono partiti da "
        "una zona vicina alla frontiera, ma non ci sono ancora conferme indipendenti."
    )
    assert languages.guess(italian) == "it"
    assert languages.guess("Too short to tell.") is None


@pytest.mark.parametrize(
    "line",
    [
        "0 0 votes",
        "Article Rating",
        "Notify of",
        "View all comments",
        "Share on Facebook",
        "Advertisement",
        "Read more: Ferry fares rise",
        "Story continues below advertisement",
        "Tags: ferry, harbour, council",
        "Updated at 1:23 p.m.",
        "© 2022 Montal Daily",
    ],
)
def test_widget_lines(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "Post your story on Coast Weekly! https://coast.example/submit",
        "Sign up for our daily newsletter",
        "Follow Montal Daily on Twitter and Facebook.",
        "Have a tip? Ivo Rask may be reached at ivo@daily.example.",
    ],
)
def test_promotion_lines(line: str) -> None:
    assert is_promotion(line)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the ferry would run every hour.",
        "Share prices fell 3% on Monday.",
        "The report is online at https://council.example/report and runs to 80 pages.",
    ],
)
def test_body_lines_are_not_chrome(line: str) -> None:
    assert not is_widget(line) and not is_promotion(line)


def test_bylines() -> None:
    assert byline_of("by Jane Doe, foreign affairs editor") is not None
    assert byline_of("By Ana Ruiz and Tomas Ek") is not None
    assert byline_of("by the end of the year, prices had doubled.") is None


def test_html_analysis_section_with_byline() -> None:
    page = (
        "<html><head><title>Storm season | Coast Weekly</title></head><body><article>"
        + "".join(f"<p>{t}</p>" for t in BODY[:4])
        + "<h2>Analysis: The barrier buys time, not safety</h2>"
        + "<p>by Jane Doe, environment editor</p>"
        + "".join(f"<p>{t}</p>" for t in BODY[4:])
        + "</article></body></html>"
    )
    article = parse_article(page.encode(), "storm.html")
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["Analysis: The barrier buys time, not safety"] == "heading"
    assert kinds["by Jane Doe, environment editor"] == "byline"
    assert article.paragraphs[-1].section == "Analysis: The barrier buys time, not safety"


def test_dateline() -> None:
    assert dates.from_dateline("KELL, March 4, 2021 (Reuters) - Talks resumed.") == "2021-03-04"
    assert dates.from_dateline("LONDON, 4 March 2021 - Talks resumed.") == "2021-03-04"
    assert dates.from_dateline("KELL, March 4 (Reuters) - Talks resumed.") is None
    assert dates.from_dateline("The talks resumed on 4 March 2021 - as planned.") is None


def test_split_authors() -> None:
    from generator.ingest.metadata import split_authors

    assert split_authors(["Ana Ruiz and Tomas Ek"]) == ["Ana Ruiz", "Tomas Ek"]
    assert split_authors(["www.coast.example | Ana Ruiz", "Ana Ruiz"]) == ["Ana Ruiz"]
    assert split_authors(["Coast.example"]) == []  # a site is not a byline
    # the site's maker, credited in the page's author tag, is not the byline either
    assert split_authors(["www.coast.example | Ana Webb"]) == []
    assert split_authors(["Web developer: Ana Webb"]) == []
    # the byline's "By" is no part of the name (nor is "Byron" a byline)
    assert split_authors(["By Ana Ruiz", "by Tomas Ek"]) == ["Ana Ruiz", "Tomas Ek"]
    assert split_authors(["Byron Hale"]) == ["Byron Hale"]


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("aAéÉ e\u0301ñ’'-–ﬁ½Ωω\u05b7\u0915\u093f ,.\n")))
def test_key_drops_case_accents_punctuation_and_spacing(text: str) -> None:
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    assert blocks.key(text) == " ".join(re.findall(r"\w+", folded.casefold()))
