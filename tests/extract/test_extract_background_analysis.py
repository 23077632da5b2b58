"""Background (dates, explainer boxes) and analysis (sections, opinion pieces)."""

from __future__ import annotations

from dataclasses import replace

from generator.extract import draft
from generator.factsheet.model import Claim, FactSheet


def claim(sheet: FactSheet, by: str, words: str) -> Claim:
    found = [c for c in sheet.claims if by in c.by and words in c.text]
    assert found, f"no claim by {by} with {words!r}: {[(c.by, c.text) for c in sheet.claims]}"
    return found[0]


def test_relative_dates_resolve_against_the_published_date(sheet_of):
    sheet = sheet_of(
        """Armenia and Azerbaijan fought a war over the region in the 1990s.

A ceasefire agreed two years ago collapsed in March, and talks broke down last month.""",
        published="2022-06-15",
    )
    found = {(b.date, b.precision, b.as_written) for b in sheet.background}
    assert ("1990s", "decade", None) in found
    assert ("2020", "year", "two years ago") in found
    assert ("2022-03", "month", "in March") in found
    assert ("2022-05", "month", "last month") in found


def test_weekdays_are_news_not_background(sheet_of):
    sheet = sheet_of(
        "Clashes broke out on Sunday and continued this weekend.", published="2020-09-29"
    )
    assert sheet.background == ()


def test_explainer_box_is_background(sheet_of):
    sheet = sheet_of(
        """Fighting resumed along the border.

# WHAT IS THE DISPUTE ABOUT?

The valley was part of Ruritania until 1921, when it was given to its neighbour.

Both countries have claimed it since the war of 1948."""
    )
    years = {b.date for b in sheet.background}
    assert {"1921", "1948"} <= years


def test_analysis_section_with_author(sheet_of):
    sheet = sheet_of(
        """Sweden said it would expel two diplomats.

# Analysis: A quiet expulsion with loud consequences

by Maria Lind, diplomatic editor

The expulsions mark a turning point. Few expected them this soon.

Stockholm has long preferred quiet diplomacy."""
    )
    (analysis,) = sheet.analysis
    assert analysis.title == "A quiet expulsion with loud consequences"
    assert analysis.by == "maria-lind"
    assert analysis.points == (
        "The expulsions mark a turning point.",
        "Stockholm has long preferred quiet diplomacy.",
    )
    assert sheet.actor("maria-lind").role == "diplomatic editor"
    assert sheet.summary == "Sweden said it would expel two diplomats."


def test_opinion_article_is_one_analysis(article, nlp):
    source = article(
        "Europe must act now. Delay will cost lives.",
        title="Opinion: Europe must act on Sudan",
    )
    source = replace(source, byline="By Lena Holm", authors=("Lena Holm",))
    sheet = draft(source, nlp)
    (analysis,) = sheet.analysis
    assert analysis.title == "Europe must act on Sudan"
    assert analysis.points == ("Europe must act now.",)
    assert analysis.by == "lena-holm"
    assert sheet.actor("lena-holm").role == "author"


def test_bare_analysis_label_with_a_title_heading_and_a_body_byline(article, nlp):
    source = article(
        """Chile said the border would reopen.

# ANALYSIS

# Why the border matters

By Tomas Reyes, South America correspondent

Trade across the pass has doubled in a decade."""
    )
    paragraphs = tuple(
        replace(p, kind="body") if p.text.startswith("By ") else p for p in source.paragraphs
    )
    sheet = draft(replace(source, paragraphs=paragraphs), nlp)
    (analysis,) = sheet.analysis
    assert analysis.title == "Why the border matters"
    assert analysis.by == "tomas-reyes"
    assert analysis.paragraphs == ("p2", "p3", "p4", "p5")
    assert analysis.points == ("Trade across the pass has doubled in a decade.",)


def test_a_background_entry_reads_as_a_sentence(sheet_of):
    sheet = sheet_of(
        "The two neighbours fought a short war over the valley, and a truce was signed "
        "in 1998 after months of talks."
    )
    (entry,) = [b for b in sheet.background if b.date == "1998"]
    assert entry.text[0].isupper(), entry.text
    assert "truce was signed in 1998" in entry.text.lower()


def test_an_article_the_outlet_files_under_opinion_is_one_analysis(article, nlp):
    source = article("Europe must act now. Delay will cost lives.", title="Europe must act")
    assert draft(source, nlp).analysis == ()
    source = replace(source, section="Leaders", byline="By Lena Holm", authors=("Lena Holm",))
    (analysis,) = draft(source, nlp).analysis
    assert analysis.title == "Europe must act" and analysis.by == "lena-holm"
    news = replace(source, section="World news")
    assert draft(news, nlp).analysis == ()


def test_a_month_without_a_year_takes_the_year_its_paragraph_gave(sheet_of):
    sheet = sheet_of(
        "In the summer of 2004 the rebels advanced on the valley. By mid-August they held "
        "the pass, and on September 3 the army withdrew.",
        published="2020-09-27",
    )
    dated = {b.as_written or b.date: b.date for b in sheet.background}
    assert dated.get("mid-August") == "2004-08", dated
    assert dated.get("on September 3") == "2004-09-03", dated
    assert "2004" in dated.values()  # the season dates its own sentence


def test_background_text_is_the_whole_sentence_and_ranges_and_events_are_dated(sheet_of):
    sheet = sheet_of(
        "Though a truce was agreed in 1994, the two sides still clash. The dispute became "
        "a full-scale war from 1992 - 1994. Kell took the hills in the 1967 Valley War."
    )
    texts = {b.date: b.text for b in sheet.background}
    assert texts["1994"].startswith("Though a truce was agreed in 1994, the two sides"), texts
    assert "full-scale war" in texts.get("1992", ""), texts
    assert "Valley War" in texts.get("1967", ""), texts


def test_a_correspondents_box_is_one_analysis_with_only_its_own_paragraphs(nlp):
    from generator.ingest import parse_article
    from tests.ingest.pages import boxed_story

    sheet = draft(parse_article(boxed_story().encode(), "kell.html"), nlp)
    (analysis,) = sheet.analysis
    assert analysis.title == "Tom Hale, Kell News city editor"
    assert analysis.by == "tom-hale"
    assert sheet.actor("tom-hale").role == "Kell News city editor"
    assert analysis.paragraphs == ("p3", "p4", "p5"), analysis.paragraphs
    assert len(analysis.points) == 2


def test_a_period_named_by_an_earlier_year_is_background_a_later_year_is_not(sheet_of):
    sheet = sheet_of(
        "Two patients at the clinic died during the 2016 flu season, nurses said. "
        "The council hopes to finish the 2031 ring road on time.",
        published="2019-11-20",
    )
    dated = {b.date: b.text for b in sheet.background}
    assert "flu season" in dated.get("2016", ""), dated
    assert "2031" not in dated, dated  # a plan, not the past


def test_a_span_of_years_is_one_entry_dated_by_its_first(sheet_of):
    sheet = sheet_of(
        "The guard was charged on Tuesday. He took bribes from 2002 to 2005, prosecutors "
        "said. The mill ran between 1961 and 1979. Kell declared independence in 1991, and "
        "a truce came in 1994.",
        published="2019-11-20",
    )
    dated = sorted(b.date for b in sheet.background)
    assert dated == ["1961", "1991", "1994", "2002"], dated


def test_a_year_naming_a_period_at_the_start_of_a_sentence_is_background(sheet_of):
    """The tagger's date leaves "the" out here: "2018 flu season"."""
    sheet = sheet_of(
        "The clinic reopened on Monday. During the 2018 flu season, three children died "
        "in the county.",
        published="2019-11-20",
    )
    dated = {b.date: b.text for b in sheet.background}
    assert "flu season" in dated.get("2018", ""), dated
