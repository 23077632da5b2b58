"""Whatever bytes come in, ingest returns an Article or raises IngestError."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import IngestError
from generator.ingest import Article, parse_article

from .pages import news_page

PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='share'>",
        "</div>",
        "<h2>",
        "</h2>",
        "---\n",
        "title: x\n",
        "Image: ",
        "by Jane Doe\n",
        "\n\n",
        "# ",
        "> ",
        "- ",
        "<figure><img src=a>",
        "&amp;",
        "The minister said the talks would resume on Monday. ",
        "\ufeff",
        "\x00",
        "é",
        "…",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40), st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_never_a_traceback(pieces: list[str], encoding: str) -> None:
    data = "".join(pieces).encode(encoding, errors="replace")
    try:
        article = parse_article(data, "fuzz.txt")
    except IngestError as error:
        assert error.problems[0].path == "fuzz.txt"
        return
    assert isinstance(article, Article)
    assert [p.id for p in article.paragraphs] == [
        f"p{n}" for n in range(1, len(article.paragraphs) + 1)
    ]


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=len(news_page()) - 1))
def test_truncated_pages(cut: int) -> None:
    data = news_page()[:cut].encode()
    with contextlib.suppress(IngestError):  # too little text is fine; a traceback is not
        parse_article(data, "cut.html")


def test_same_input_same_article() -> None:
    data = news_page().encode()
    assert parse_article(data, "a.html") == parse_article(data, "a.html")
