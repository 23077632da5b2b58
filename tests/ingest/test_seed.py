"""The seed article (plain text copied from a page) ingests cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest import Article, read_article

SEED = Path(__file__).resolve().parents[2] / "content" / "articles" / "000_2926eab6d77f57bf.txt"
TITLE = "‘First civilians killed’ in Azerbaijan-Armenia conflict as Putin calls for end to clashes"
CHROME = (
    "Home World",
    "avatar",
    "Make your Motion!",
    "Post Your Story",
    "0 0 vote",
    "Article Rating",
    "Be informed daily",
    "Notify of",
    "Inline Feedbacks",
    "View all comments",
    "https://",
)


@pytest.fixture(scope="module")
def seed() -> Article:
    return read_article(SEED)


def test_metadata(seed: Article) -> None:
    assert seed.title == TITLE
    assert seed.published is None  # the text has no date
    assert seed.file == str(SEED)
    assert len(seed.sha256) == 64


def test_paragraph_ids_in_reading_order(seed: Article) -> None:
    assert [p.id for p in seed.paragraphs] == [f"p{n}" for n in range(1, len(seed.paragraphs) + 1)]
    assert seed.paragraphs[0].text.startswith("Vladimir Putin has called for an end to fighting")
    assert seed.paragraphs[1].text.startswith("Armenia says it has shot down two")
    assert seed.paragraphs[-1].text.startswith("Turkey has said it stands by majority Muslim")


def test_no_chrome_anywhere(seed: Article) -> None:
    for paragraph in seed.paragraphs:
        for chrome in CHROME:
            assert chrome not in paragraph.text, (chrome, paragraph.id)
        assert paragraph.text != TITLE


def test_each_caption_once_as_caption(seed: Article) -> None:
    captions = [p.text for p in seed.paragraphs if p.kind == "caption"]
    assert captions == [
        "Russia's President Vladimir Putin (L) and Armenia's Prime Minister Nikol Pashinyan"
        " in 2019",
        "People greet Azerbaijani service members in military vehicles in Baku on Sunday",
        "Armenian artillery near the Nagorno-Karabakh border. File pic",
    ]
    body = [p.text for p in seed.paragraphs if p.kind != "caption"]
    assert not any("People greet Azerbaijani" in text for text in body)
    assert not any(text.startswith("Armenian artillery near") for text in body)


def test_analysis_heading_and_byline(seed: Article) -> None:
    kinds = {p.text: p for p in seed.paragraphs}
    heading = kinds["Analysis: Clashes could draw Russia and Turkey into direct conflict"]
    byline = kinds["by Deborah Haynes, foreign affairs editor"]
    assert heading.kind == "heading"
    assert byline.kind == "byline"
    assert int(byline.id[1:]) == int(heading.id[1:]) + 1
    after = [p for p in seed.paragraphs if int(p.id[1:]) > int(byline.id[1:])]
    assert after and all(p.section == heading.text for p in after)
    assert all(p.kind == "body" for p in after)
    before = [p for p in seed.paragraphs if int(p.id[1:]) < int(heading.id[1:])]
    assert all(p.section is None for p in before)


def test_body_count_and_kinds(seed: Article) -> None:
    kinds = [p.kind for p in seed.paragraphs]
    assert kinds.count("heading") == 1
    assert kinds.count("byline") == 1
    assert kinds.count("caption") == 3
    assert kinds.count("body") == 31
    assert seed.byline is None  # the only byline is the analysis section's


def _as_html(article: Article) -> str:
    """The seed as a news site would serve it: chrome around marked-up paragraphs."""
    parts = []
    for p in article.paragraphs:
        if p.kind == "caption":
            parts.append(
                f'<figure><img src="https://example.org/{p.id}.jpg">'
                f"<figcaption>{p.text}</figcaption></figure>"
            )
        elif p.kind == "heading":
            parts.append(f"<h2>{p.text}</h2>")
        else:
            parts.append(f"<p>{p.text}</p>")
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{TITLE} | Open Magazine</title>"
        "<meta property='og:site_name' content='Open Magazine'></head><body>"
        "<nav class='menu'><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{TITLE}</h1>{''.join(parts)}</article>"
        "<div class='share-bar'><a href='#'>Share on Facebook</a></div>"
        "<section class='comments'><h3>Leave a comment</h3><p>Notify of</p></section>"
        "</body></html>"
    )


def test_seed_as_html_gives_the_same_paragraphs(seed: Article) -> None:
    from generator.ingest import parse_article

    article = parse_article(_as_html(seed).encode(), "seed.html")
    assert article.title == TITLE
    assert article.outlet == "Open Magazine"
    assert [(p.kind, p.text) for p in article.paragraphs if p.kind != "caption"] == [
        (p.kind, p.text) for p in seed.paragraphs if p.kind != "caption"
    ]
    assert [i.caption for i in article.images] == [
        p.text for p in seed.paragraphs if p.kind == "caption"
    ]
