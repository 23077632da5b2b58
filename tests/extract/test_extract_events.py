"""Events: the news an article reports, dated from the day it was published."""

from __future__ import annotations


def test_the_days_of_the_news_are_events_dated_from_publication(sheet_of):
    sheet = sheet_of(
        """Valdoria launched an offensive on Sunday across the Orlen river.

Kessmark's army said yesterday that it had repelled the attack near Tarsk.

Fighting broke out in 1994 and a ceasefire was agreed in May 1998.

Talks between the two governments will resume on Friday in Brenn.""",
        published="2031-03-11",
    )
    assert [(e.date, e.precision, e.as_written, e.evidence.paragraph) for e in sheet.events] == [
        ("2031-03-09", "day", "on Sunday", "p1"),
        ("2031-03-10", "day", "yesterday", "p2"),
    ]
    assert (
        sheet.events[0].text == "Valdoria launched an offensive on Sunday across the Orlen river."
    )
    assert {b.date for b in sheet.background} >= {"1994", "1998-05"}


def test_a_day_and_month_without_a_year_is_the_publication_year(sheet_of):
    sheet = sheet_of(
        "The border crossing at Tarsk was closed on 7 March after the shelling.",
        published="2031-03-11",
    )
    assert [(e.date, e.as_written) for e in sheet.events] == [("2031-03-07", "on 7 March")]


def test_without_a_publication_date_the_day_stays_as_written(sheet_of):
    sheet = sheet_of("Valdoria launched an offensive on Sunday across the Orlen river.")
    assert [(e.date, e.precision) for e in sheet.events] == [("on Sunday", "unresolved")]


def test_a_weekday_long_before_publication_is_not_the_news(sheet_of):
    sheet = sheet_of(
        "The treaty was signed on 2 January in Brenn by both governments.",
        published="2031-03-11",
    )
    assert sheet.events == ()
