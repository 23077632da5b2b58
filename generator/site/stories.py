"""The pieces of a story as pages show them: its card, its summary lines, its sides,
its figures over time; and :func:`story_view`, the view of ``stories/<id>/``.

Everything a story page shows is the story's own (its articles, claims and events, as
the knowledge stage gathered them), so a page costs about the size of its story.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from datetime import date, timedelta

from generator.knowledge.model import Story
from generator.site import charts
from generator.site.catalog import Catalog, number
from generator.site.charts.trends import TrendChart, TrendInput, trend_chart
from generator.site.dates import human_date
from generator.site.pages import source_href, story_href
from generator.site.parts import ActorRef, ArticleCard, ClaimView, Dispute, EventView, Link
from generator.site.text import Text
from generator.vocabulary import SHORT_MONTH_NAMES

LEAD = 2  # summary sentences a story card shows
NEWS_BEFORE = 31  # days before its first article that are a story's news, not background
KEY_ACTORS = 8  # actors a story page names as its key actors
DISPUTES = 6  # disputes a story page shows side by side, the most reported first
GENRE_LABELS = {"opinion": "Opinion", "analysis": "Analysis"}


@dataclass(frozen=True)
class SummaryLine:
    """One sentence of a story's summary.

    Attributes:
        text: the sentence, verbatim from a news report, as running text.
        href: link to its paragraph on the article's page.
        source: the article's title.
        date: the article's date for people ("28 September 2020"), or "".
    """

    text: Text
    href: str
    source: str
    date: str


@dataclass(frozen=True)
class StoryCard:
    """A story in a list.

    Attributes:
        title: the story's title.
        href: link to its page.
        lead: the first sentences of its summary.
        count: how many articles tell it.
        dates: the dates it spans, for people ("27 September – 13 October 2020"), or "".
    """

    title: str
    href: str
    lead: tuple[SummaryLine, ...]
    count: int
    dates: str


@dataclass(frozen=True)
class SideView:
    """One side of a story and its main claims.

    Attributes:
        actor: the side (a country, party or body; its people speak for it).
        claims: its main claims in the story.
    """

    actor: ActorRef
    claims: tuple[ClaimView, ...]


@dataclass(frozen=True)
class CoverageItem:
    """One article of a story's coverage.

    Attributes:
        article: the article card.
        genre: "news", "opinion" or "analysis".
        label: "Opinion" or "Analysis" for commentary, else "".
    """

    article: ArticleCard
    genre: str
    label: str


def summary_lines(catalog: Catalog, story: Story) -> tuple[SummaryLine, ...]:
    return tuple(
        SummaryLine(
            catalog.linker.spans(s.text),
            source_href(s.article, s.paragraph),
            catalog.sheets[s.article].article.title if s.article in catalog.sheets else "",
            typing.cast(str, human_date(s.published, "day")) if s.published else "",
        )
        for s in story.summary
    )


def span(catalog: Catalog, story: Story) -> str:
    """The dates a story's articles span, for people."""
    days = sorted(
        d for s in story.articles if s in catalog.sheets and (d := catalog.day_of(s)) is not None
    )
    if not days:
        return ""
    first, last = human_date(days[0], "day"), human_date(days[-1], "day")
    return typing.cast(str, first) if first == last else f"{first} – {last}"


def story_card(catalog: Catalog, story: Story) -> StoryCard:
    return StoryCard(
        story.title,
        story_href(story.id),
        summary_lines(catalog, story)[:LEAD],
        len(story.articles),
        span(catalog, story),
    )


def figures_over_time(catalog: Catalog, story: Story) -> charts.Responsive[TrendChart]:
    """The numbers each claimant gives, by the date of the article that reports them."""
    inputs = []
    for point in story.figures:
        if point.claim not in catalog.claims or not point.published:
            continue
        claimant = " and ".join(catalog.ref(a).name for a in point.by if a in catalog.actors)
        whose = f"{catalog.ref(point.side).name}'s " if point.side in catalog.actors else ""
        series = f"{claimant}: {whose}{point.unit}"
        date = human_date(point.published, "day")
        inputs.append(
            TrendInput(
                series,
                point.published,
                number(point.value),
                f"{date}: {claimant}, {number(point.value)} {whose}{point.unit}",
                catalog.claim(point.claim).href,
                short_day(point.published),
                catalog.states.figure_of(point.claim, point.value, point.unit),
            )
        )
    return charts.Responsive(
        trend_chart(inputs), trend_chart(inputs, width=charts.NARROW, font_px=13.0)
    )


def short_day(day: str) -> str:
    """``2020-09-28`` -> ``28 Sep``."""
    return f"{int(day[8:10])} {SHORT_MONTH_NAMES[int(day[5:7]) - 1]}" if len(day) >= 10 else day


def coverage(catalog: Catalog, story: Story) -> tuple[CoverageItem, ...]:
    """The story's articles, oldest first, each with its genre."""
    genres = catalog.knowledge.genres
    return tuple(
        CoverageItem(
            catalog.article(catalog.sheets[s]),
            genres.get(s, "news"),
            GENRE_LABELS.get(genres.get(s, "news"), ""),
        )
        for s in story.articles
        if s in catalog.sheets
    )


def disputes(catalog: Catalog, story: Story) -> tuple[tuple[Dispute, ...], int]:
    """The story's ``DISPUTES`` most reported disputes, and how many more it has (each
    is marked on its claims, on its articles' pages)."""
    found = [(a, b) for a, b in story.disputes if a in catalog.claims and b in catalog.claims]
    shown = tuple(catalog.dispute(a, b) for a, b in found[:DISPUTES])
    return shown, len(found) - len(shown)


def sides(catalog: Catalog, story: Story) -> tuple[SideView, ...]:
    return tuple(
        SideView(
            catalog.ref(side.actor),
            tuple(catalog.claim(k) for k in side.claims if k in catalog.claims),
        )
        for side in story.sides
        if side.actor in catalog.actors
    )


def events(catalog: Catalog, story: Story) -> tuple[EventView, ...]:
    """The story's events as the timeline shows them, with only its own articles."""
    mine = set(story.articles)
    return tuple(
        catalog.event_view(e, keep=mine)
        for e in story.events
        if any(t.article in mine for t in e.told)
    )


def news_start(catalog: Catalog, story: Story) -> str | None:
    """Where a story's news begins (``NEWS_BEFORE`` days before its first dated article,
    YYYY-MM-DD): its timeline draws what is later, and the background in a picture of
    its own, so that decades of background never squeeze the days of the news."""
    days = sorted(d for s in story.articles if (d := catalog.day_of(s)) and len(d) == 10)
    if not days:
        return None
    return (date.fromisoformat(days[0]) - timedelta(days=NEWS_BEFORE)).isoformat()


def key_actors(catalog: Catalog, story: Story) -> tuple[ActorRef, ...]:
    return tuple(catalog.ref(a) for a in story.actors[:KEY_ACTORS] if a in catalog.actors)


def outlets(catalog: Catalog, story: Story) -> tuple[tuple[Link, ...], int]:
    """The outlets that reported ``story``, in the order of its articles, and how many
    of its articles name no outlet."""
    found: dict[str, None] = {}
    unplaced = 0
    for slug in story.articles:
        if slug in catalog.outlet_of:
            found.setdefault(catalog.outlet_of[slug], None)
        else:
            unplaced += 1
    links = tuple(
        Link(f"outlets/{o}/", catalog.outlets[o].name) for o in found if o in catalog.outlets
    )
    return links, unplaced
