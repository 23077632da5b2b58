# ruff: noqa: E501  (fixture text keeps one paragraph per line, as copied from a page)
"""Plain text copied from a page, Markdown, and front matter (invented fixtures)."""

from __future__ import annotations

from generator.ingest import parse_article

COPIED = """\
Home Europe Harbour town agrees new ferry deal after months of...

Harbour town agrees new ferry deal after months of talks
Harbour town agrees new ferry deal after months of talks avatar

Share the News!
By Marta Lind, transport correspondent

The council of Vastby agreed on Tuesday to fund a new ferry link to the island of Orn, ending months of talks with the operator.

Mayor Elin Sand said the deal would cut crossing times by half and keep fares at their current level for residents.

Passengers wait at the old ferry terminal in Vastby
Image: Passengers wait at the old ferry terminal in Vastby

The operator, Nordic Lines, said it would order two electric vessels from a shipyard in Gdansk.

Critics in the opposition said the council had not published the full cost of the subsidy.

Comment: A good deal, but the price is still hidden
by Jonas Berg, political editor

The council has done well to secure the link, but voters deserve to see what it will cost them over ten years.

Writing by Marta Lind; Editing by Per Holm

Submit your story to Coast Weekly! https://coast.example/submit

0 0 votes
Article Rating
Subscribe
Notify of
Inline Feedbacks
View all comments
"""


def test_copied_text_keeps_the_story_and_drops_chrome() -> None:
    article = parse_article(COPIED.encode(), "ferry.txt")
    assert article.title == "Harbour town agrees new ferry deal after months of talks"
    assert article.byline == "By Marta Lind, transport correspondent"
    assert article.authors == ("Marta Lind",)
    texts = [p.text for p in article.paragraphs]
    assert texts[0].startswith("The council of Vastby agreed on Tuesday")
    for chrome in (
        "Home Europe",
        "avatar",
        "Share the News",
        "Submit your story",
        "0 0 votes",
        "Article Rating",
        "Notify of",
        "Inline Feedbacks",
        "View all comments",
        "Subscribe",
    ):
        assert not any(chrome in t for t in texts), chrome
    assert article.credits == ("Writing by Marta Lind; Editing by Per Holm",)
    assert not any(t.startswith("Writing by") for t in texts)


def test_copied_text_captions_headings_and_section_bylines() -> None:
    article = parse_article(COPIED.encode(), "ferry.txt")
    by_text = {p.text: p for p in article.paragraphs}
    caption = by_text["Passengers wait at the old ferry terminal in Vastby"]
    assert caption.kind == "caption"
    assert [p.kind for p in article.paragraphs].count("caption") == 1
    heading = by_text["Comment: A good deal, but the price is still hidden"]
    assert heading.kind == "heading"
    assert by_text["by Jonas Berg, political editor"].kind == "byline"
    last = article.paragraphs[-1]
    assert last.text.startswith("The council has done well")
    assert last.section == heading.text and last.kind == "body"


def test_headline_rails_and_menus_are_dropped() -> None:
    text = (
        "Lake festival draws record crowds\n\n"
        "Menu\nWorld\nSport\nCulture\n\n"
        "More than forty thousand people visited the lake festival in Orn over the weekend, "
        "the organisers said on Monday.\n\n"
        "The festival, now in its tenth year, added a second stage for local bands.\n\n"
        "Ferry fares to rise in spring\n"
        "Council approves new school budget\n"
        "Storm closes coastal road for a day\n"
        "Local team wins regional cup final\n"
    )
    article = parse_article(text.encode(), "festival.txt")
    assert article.title == "Lake festival draws record crowds"
    assert [p.text for p in article.paragraphs] == [
        "More than forty thousand people visited the lake festival in Orn over the weekend, "
        "the organisers said on Monday.",
        "The festival, now in its tenth year, added a second stage for local bands.",
    ]


def test_hard_wrapped_text_is_joined() -> None:
    text = (
        "Bridge reopens after repairs\n\n"
        "The old bridge over the river Tarn reopened on Friday after eight months\n"
        "of repairs, the regional roads agency said, two weeks ahead of the date it\n"
        "had promised when the work began last spring.\n\n"
        "Drivers will pay no toll until the end of the year.\n"
    )
    article = parse_article(text.encode(), "bridge.txt")
    assert article.paragraphs[0].text == (
        "The old bridge over the river Tarn reopened on Friday after eight months of repairs, "
        "the regional roads agency said, two weeks ahead of the date it had promised when the "
        "work began last spring."
    )
    assert len(article.paragraphs) == 2


MARKDOWN = """\
---
title: "Grain exports resume from the northern port | Coast Weekly"
date: 2021-03-04 09:30:00
author: Ana Ruiz
canonical_url: https://coast.example/2021/03/04/grain-exports
lang: en
published: true
---
![Ships at the grain terminal](https://coast.example/img/grain.jpg)

Grain exports resumed from the northern port of Kell on Thursday, the port authority said.

## What changes for farmers

> "We have waited three months for this," said farmer Tomas Ek.

- Prices are expected to fall by a tenth.
- The first ship leaves on [Friday](https://coast.example/schedule).

The agency said **inspections** would continue.
"""


def test_markdown_with_front_matter() -> None:
    article = parse_article(MARKDOWN.encode(), "grain.md")
    assert article.title == "Grain exports resume from the northern port"
    assert article.published == "2021-03-04"
    assert article.byline == "Ana Ruiz" and article.authors == ("Ana Ruiz",)
    assert article.url == "https://coast.example/2021/03/04/grain-exports"
    assert article.language == "en"
    kinds = [(p.kind, p.text) for p in article.paragraphs]
    assert kinds == [
        (
            "body",
            "Grain exports resumed from the northern port of Kell on Thursday, "
            "the port authority said.",
        ),
        ("heading", "What changes for farmers"),
        ("quote", '"We have waited three months for this," said farmer Tomas Ek.'),
        ("list", "Prices are expected to fall by a tenth."),
        ("list", "The first ship leaves on Friday."),
        ("body", "The agency said inspections would continue."),
    ]
    assert article.paragraphs[-1].section == "What changes for farmers"
    assert article.images[0].src == "https://coast.example/img/grain.jpg"
    assert article.images[0].caption == "Ships at the grain terminal"


def test_toml_front_matter_and_jekyll_dates() -> None:
    text = (
        '+++\ntitle = "Quiet night on the border"\ndate = "2020-09-27-19-55-27"\n+++\n\n'
        "Both sides reported a quiet night along the border, officials said on Sunday.\n"
    )
    article = parse_article(text.encode(), "quiet.md")
    assert article.title == "Quiet night on the border"
    assert article.published == "2020-09-27"  # a Jekyll timestamp cut to its date


def test_front_matter_with_an_html_body() -> None:
    text = (
        "---\npost_title: Talks stall over water rights &#8211; Coast Weekly\n"
        "post_date: 2016-02-29 10:00:00\npublished: true\n---\n [ad_1]\n"
        "<div><p>Talks between the two valleys over water rights stalled on Monday, "
        "negotiators said.</p>\n<p>A new round is planned for April.</p>\n"
        "<p>(Reporting by Ines Ward; Editing by Tom Hale)</p></div>\n[ad_2]\n"
    )
    article = parse_article(text.encode(), "water.md")
    assert article.title == "Talks stall over water rights"
    assert article.published == "2016-02-29"
    assert [p.text for p in article.paragraphs] == [
        "Talks between the two valleys over water rights stalled on Monday, negotiators said.",
        "A new round is planned for April.",
    ]
    assert article.credits == ("Reporting by Ines Ward; Editing by Tom Hale",)


def test_markdown_export_with_dateline_and_source_url() -> None:
    text = (
        "## Harbour politics\n\n# The ferry question\n\n> A small town's big argument\n\n"
        "> Mar 4th 2021 | KELL\n\n"
        "THE FERRY to Orn has run for ninety years, and the town council wants it to run for "
        "ninety more. ■\n\n## URL\n\nhttps://weekly.example/2021/03/04/the-ferry-question\n"
    )
    article = parse_article(text.encode(), "ferry.md")
    assert article.title == "The ferry question"
    assert article.published == "2021-03-04"
    assert article.url == "https://weekly.example/2021/03/04/the-ferry-question"
    assert article.paragraphs[-1].kind == "body"
    assert article.paragraphs[-1].text.startswith("THE FERRY to Orn")


def test_markdown_with_a_little_inline_html_stays_markdown() -> None:
    text = (
        "# Ferry strike ends\n\n"
        "Ferry crews in Kell ended their strike on Sunday after a pay deal, "
        "the union said.<br>\n\n"
        "## What was agreed\n\n"
        "Crews get a raise of four percent, <a href='https://x.example'>the union said</a>.\n\n"
        "Services resume on Monday at <span>six</span> in the morning.\n\n"
        "The operator thanked passengers for their patience during the strike.\n\n"
        "Talks on working hours continue next month, both sides said.\n"
    )
    article = parse_article(text.encode(), "strike.md")
    assert article.title == "Ferry strike ends"
    assert [p.kind for p in article.paragraphs] == [
        "body",
        "heading",
        "body",
        "body",
        "body",
        "body",
    ]


def test_no_headline_gives_the_first_sentence_as_title() -> None:
    text = (
        "The council of Vastby agreed on Tuesday to fund a new ferry link to the island of Orn, "
        "ending months of talks with the operator. Fares stay as they are.\n\n"
        "Mayor Elin Sand said the deal would cut crossing times by half.\n"
    )
    article = parse_article(text.encode(), "ferry.txt")
    assert article.title == (
        "The council of Vastby agreed on Tuesday to fund a new ferry link to the…"
    )
    assert article.paragraphs[0].text.startswith("The council of Vastby")


def test_text_is_cleaned_of_entities_soft_hyphens_and_glued_titles() -> None:
    text = (
        "Flood talks resume in Kell\n\n"
        "The council met on Monday &#151; for the first time in a year &amp; a half &mdash; "
        "and US \u00adinspectors joined the talks at the town hall.\n\n"
        "The motion was put by Ana RuizSen. Tomas Ek seconded it, and the council voted "
        "in favour by a wide margin.\n"
    )
    article = parse_article(text.encode(), "kell.txt")
    first, second = (p.text for p in article.paragraphs)
    assert "Monday — for the first time in a year & a half — and US inspectors" in first
    assert "Ana Ruiz Sen. Tomas Ek seconded" in second


def test_a_quotation_signed_by_its_speaker_after_a_dash_is_no_caption() -> None:
    text = (
        "Islanders give their verdict on the ferry deal\n\n"
        "Readers of the Vastby Courier told us what they think of the ferry deal.\n\n"
        "“The council has finally listened to the people who live on the island” ― Ida Holm\n\n"
        "Passengers wait at the old ferry terminal in Vastby on a cold morning\n\n"
        "The operator said it would order two electric vessels.\n"
    )
    article = parse_article(text.encode(), "readers.txt")
    kinds = {p.text[:12]: p.kind for p in article.paragraphs}
    assert kinds["“The council"] == "body"
    assert kinds["Passengers w"] == "caption"


def test_a_picture_saved_beside_copied_text_is_no_picture() -> None:
    """ "./images/x.jpg" in a scrape is a file beside the copy: resolved against the
    article's address it would be a broken picture on the site."""
    text = (
        "# Grain exports resume\n\nURL: https://coast.example/2021/03/04/grain-exports\n\n"
        "![](./images/20210304_grain.jpg)\n\n"
        "Grain exports resumed from the northern port of Kell on Thursday, the port "
        "authority said.\n\n![Ships at the terminal](https://coast.example/img/ships.jpg)\n"
    )
    article = parse_article(text.encode(), "grain.txt")
    assert [i.src for i in article.images] == ["https://coast.example/img/ships.jpg"]
