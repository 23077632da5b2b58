"""HTML pages: the article kept, every kind of chrome dropped, metadata read."""

from __future__ import annotations

import pytest

from generator.ingest import Article, Image, parse_article

from .pages import BODY, CAPTION, CHROME, CREDIT, PULL_QUOTE, boxed_story, live_blog, news_page


@pytest.fixture(scope="module")
def article() -> Article:
    return parse_article(news_page().encode(), "barrier.html")


def test_body_in_order(article: Article) -> None:
    body = [p.text for p in article.paragraphs if p.kind == "body"]
    assert body == BODY


def test_chrome_is_dropped(article: Article) -> None:
    for paragraph in article.paragraphs:
        for chrome in CHROME:
            assert chrome not in paragraph.text, (chrome, paragraph)
        assert "Writing by" not in paragraph.text
        assert "Montal Daily" not in paragraph.text


def test_heading_quote_and_sections(article: Article) -> None:
    by_text = {p.text: p for p in article.paragraphs}
    assert by_text["Questions about the cost"].kind == "heading"
    assert by_text[PULL_QUOTE].kind == "quote"
    assert by_text[BODY[-1]].section == "Questions about the cost"
    assert by_text[BODY[0]].section is None


def test_metadata(article: Article) -> None:
    assert article.title == "Montal opens flood barrier three years after storms"
    assert article.outlet == "Montal Daily"
    assert article.authors == ("Ivo Rask",)
    assert article.byline == "By Ivo Rask"
    assert article.published == "2022-10-05"  # the timestamp cut to its date
    assert article.updated == "2022-10-05T11:40:00+02:00"
    assert article.url == "https://daily.example/2022/10/05/flood-barrier"
    assert article.language == "en"
    assert article.credits == ("Writing by Ivo Rask; Editing by Mia Lund",)


def test_caption_with_credit(article: Article) -> None:
    assert article.images == (Image("https://daily.example/img/barrier.jpg", CAPTION, CREDIT),)
    assert not any(p.text.startswith(CAPTION) and p.kind != "caption" for p in article.paragraphs)


def test_meta_tags_without_json_ld() -> None:
    page = news_page().replace('type="application/ld+json"', 'type="text/x-ignored"')
    page = page.replace(
        "<title>", '<meta property="article:published_time" content="2022-10-04"><title>'
    )
    article = parse_article(page.encode(), "barrier.html")
    assert article.title == "Montal opens flood barrier three years after storms"
    assert article.published == "2022-10-04"
    assert article.outlet == "Montal Daily"
    assert article.byline == "By Ivo Rask"  # from the page's byline element
    assert article.authors == ("Ivo Rask",)


def test_an_author_tag_crediting_the_sites_maker_is_not_the_byline() -> None:
    page = news_page().replace('type="application/ld+json"', 'type="text/x-ignored"')
    page = page.replace(
        "<title>", '<meta name="author" content="www.webcraft.example | Ana Webb"><title>'
    )
    article = parse_article(page.encode(), "barrier.html")
    assert article.byline == "By Ivo Rask"  # from the page's byline element
    assert article.authors == ("Ivo Rask",)


def test_time_element_and_url_date_as_fallbacks() -> None:
    page = news_page().replace('type="application/ld+json"', 'type="text/x-ignored"')
    article = parse_article(page.encode(), "barrier.html")
    assert article.published == "2022-10-05"  # from <time datetime>, cut to its date
    page = page.replace("<time datetime=", "<span data-x=").replace("</time>", "</span>")
    page = page.replace("5 October 2022", "")
    article = parse_article(page.encode(), "barrier.html")
    assert article.published == "2022-10-05"  # from the canonical URL


def test_live_blog_entries() -> None:
    article = parse_article(live_blog().encode(), "live.html")
    assert article.title == "Sella talks: live updates"
    assert article.outlet == "World News Now"
    assert article.published == "2023-11-02"
    texts = [p.text for p in article.paragraphs]
    assert any(t.startswith("Delegations from both sides") for t in texts)
    assert any(t.startswith("A convoy of twelve trucks") for t in texts)
    assert any(t.startswith("The foreign minister of Nordland") for t in texts)
    assert not any("Privacy" in t for t in texts)


def test_html_fragment_without_document() -> None:
    fragment = "".join(f"<p>{text}</p>" for text in BODY[:2])
    article = parse_article(fragment.encode(), "fragment.htm")
    assert [p.text for p in article.paragraphs] == BODY[:2]


def test_unclosed_comment_does_not_hide_the_article() -> None:
    page = news_page().replace("<main>", "<main><!-- ad slot starts here")
    article = parse_article(page.encode(), "barrier.html")
    assert [p.text for p in article.paragraphs if p.kind == "body"] == BODY


def test_text_with_inline_tags_is_text() -> None:
    text = (
        "Ferry strike ends\n\n"
        "Ferry crews in <b>Kell</b> ended their strike on Sunday after a pay deal, the union "
        "said, and <a href='https://x.example'>services</a> resume on Monday.\n\n"
        "The operator thanked passengers <img src=x> for their patience.\n"
    )
    article = parse_article(text.encode(), "strike.txt")
    assert article.title == "Ferry strike ends"
    assert article.paragraphs[0].text.startswith("Ferry crews in Kell ended their strike")


def test_the_outlets_section_is_read() -> None:
    page = news_page()
    plain = parse_article(page.encode(), "barrier.html")
    assert plain.section is None
    filed = page.replace("<title>", '<meta property="article:section" content="Climate"><title>', 1)
    assert parse_article(filed.encode(), "barrier.html").section == "Climate"
    opinion = page.replace('"@type": "NewsArticle"', '"@type": "OpinionNewsArticle"', 1)
    assert opinion != page
    assert parse_article(opinion.encode(), "barrier.html").section == "Opinion"


def test_a_box_set_into_a_story_ends_its_headings_section() -> None:
    article = parse_article(boxed_story().encode(), "kell.html")
    sections = [(p.kind, p.section) for p in article.paragraphs]
    heading = "Tom Hale, Kell News city editor"
    assert sections == [
        ("body", None),
        ("body", None),
        ("heading", heading),
        ("body", heading),
        ("body", heading),
        ("body", None),  # the story again, after the box
        ("body", None),
    ], sections


def test_a_hover_card_over_a_name_is_not_part_of_the_sentence() -> None:
    card = (
        '<span class="people"><a href="/people/ana-ruiz">Ana Ruiz</a>'
        '<span class="people-card"><img src="/ruiz.jpg" alt="">'
        '<a href="/people/ana-ruiz">Ana Ruiz</a>'
        '<a href="/story/1">Lowford council votes on harbour plan</a>'
        '<a href="/story/2">Ferry fares rise again</a></span></span>'
    )
    sentences = [
        f"A Lowford man admitted on Monday that he had threatened Councillor {card} "
        "in a string of messages last spring, prosecutors said.",
        "He will be sentenced in March, the court said, and faces up to five years.",
        "The council said it welcomed the plea and would review its security.",
    ]
    page = (
        "<html><head><title>Man admits threats</title></head><body><article>"
        + "".join(f"<p>{s}</p>" for s in sentences)
        + "</article></body></html>"
    )
    body = [p.text for p in parse_article(page.encode(), "threats.html").paragraphs]
    first = next(t for t in body if t.startswith("A Lowford man"))
    assert "Councillor Ana Ruiz in a string" in first, first
    assert "Ferry fares" not in " ".join(body)
