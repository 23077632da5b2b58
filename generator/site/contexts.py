"""What each page template receives: one documented context object per page kind.

The plugin puts exactly one of these into a page's template context, as ``view``.
Templates read only these fields (and MkDocs' own ``page``, ``config``, ``nav``); a
contract test checks that every field is documented here and that every generated page
gets the view its kind promises (like Datasette's ``template_contexts.py``).

Links are site-root-relative paths (``actors/vladimir-putin/``, ``sources/seed/#p3``);
templates pass them through MkDocs' ``url`` filter, which makes them relative to the
page, so the site works under any sub-path.  Running text is a :data:`Text`: a tuple of
:class:`Span` pieces, so the theme renders actor names as links without Python ever
writing HTML.  Every string here is plain text (escaped by the templates), except
``summary`` fields, which are Markdown the theme renders with the ``markdown`` filter.
The pieces views are made of (links, claims, cards) are in ``parts.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.site.charts import DisputeMap, FigureChart, Responsive, Timeline
from generator.site.charts.trends import TrendChart
from generator.site.parts import (
    ActorCard,
    ActorGroup,
    ActorRef,
    AnalysisView,
    ArticleCard,
    ClaimGroup,
    ClaimView,
    Dispute,
    EventView,
    FeedEntry,
    ImageView,
    Link,
    Mention,
    ParagraphView,
    TopicCard,
)
from generator.site.stories import CoverageItem, SideView, StoryCard, SummaryLine

PAGE_KINDS = (
    "home",
    "actors",
    "actor",
    "places",
    "claims",
    "timeline",
    "analysis",
    "sources",
    "source",
    "outlet",
    "story",
    "search",
)


@dataclass(frozen=True)
class HomeView:
    """``index.md``: the story in brief.

    Attributes:
        stories: the stories, the biggest and newest first (at most ``HOME_TOPICS``),
            each with the first sentences of its summary.
        more_stories: how many more stories the sources page lists.
        key_actors: the actors with most claims and mentions.
        disputes: open disputes, side by side.
        timeline: the timeline chart at a glance (at most ``HOME_EVENTS`` events),
            wide and narrow.
        counts: how many actors, claims, events and articles the site holds.
    """

    stories: tuple[StoryCard, ...]
    more_stories: int
    key_actors: tuple[ActorCard, ...]
    disputes: tuple[Dispute, ...]
    timeline: Timeline
    counts: tuple[Link, ...]


@dataclass(frozen=True)
class ActorsView:
    """``actors/``: who's who, grouped by kind.

    Attributes:
        groups: people, countries and regions, organisations and groups, places.
    """

    groups: tuple[ActorGroup, ...]


@dataclass(frozen=True)
class ActorView:
    """``actors/<id>/``: everything the site knows about one actor.

    Attributes:
        actor: the actor.
        aliases: other names it goes by.
        affiliation: the actor it belongs to, or None.
        members: actors affiliated with it.
        claims_made: claims it makes.
        claims_about: claims others make about it.
        quotes: its claims that carry verbatim quotes.
        disputes_with: actors whose claims contradict its claims, or that it accuses.
        dispute_map: who accuses or disputes whom around this actor (may be empty).
        mentions: articles and paragraphs that name it.
        previous: the previous actor page (by name), or None.
        next: the next actor page (by name), or None.
        draft: True while a machine draft no editor has checked names the actor.
    """

    actor: ActorRef
    aliases: tuple[str, ...]
    affiliation: ActorRef | None
    members: tuple[ActorRef, ...]
    claims_made: tuple[ClaimView, ...]
    claims_about: tuple[ClaimView, ...]
    quotes: tuple[ClaimView, ...]
    disputes_with: tuple[ActorRef, ...]
    dispute_map: Responsive[DisputeMap]
    mentions: tuple[Mention, ...]
    previous: Link | None
    next: Link | None
    draft: bool = False


@dataclass(frozen=True)
class PlacesView:
    """``places/``: an A-Z index of places, countries, regions and organisations.

    Attributes:
        letters: groups of actors by initial letter.
    """

    letters: tuple[ActorGroup, ...]


@dataclass(frozen=True)
class ClaimsView:
    """``claims/``: who claims what, and where the sides disagree.

    Attributes:
        disputes: contradicting claims side by side (the first ``DISPUTES_SHOWN``).
        more_disputes: how many more disputes there are (listed on the actors' pages).
        dispute_map: the graph of who accuses or disputes whom.
        figures: the chart of the numbers each side claims.
        groups: claims by source (claimant); the claims themselves only while the site
            has at most ``CLAIMS_LISTED`` claims, else each claimant's count and page.
    """

    disputes: tuple[Dispute, ...]
    more_disputes: int
    dispute_map: Responsive[DisputeMap]
    figures: Responsive[FigureChart]
    groups: tuple[ClaimGroup, ...]


@dataclass(frozen=True)
class TimelineView:
    """``timeline/``: background and events on one time scale across articles.

    Attributes:
        chart: the timeline drawn as SVG geometry, wide and narrow.
        events: the events in date order (unresolved dates last).
    """

    chart: Timeline
    events: tuple[EventView, ...]


@dataclass(frozen=True)
class AnalysesView:
    """``analysis/``: what analysts think.

    Attributes:
        analyses: every analysis section, by article.
    """

    analyses: tuple[AnalysisView, ...]


@dataclass(frozen=True)
class SourcesView:
    """``sources/``: the articles everything comes from.

    Attributes:
        topics: the stories, each with all its articles, newest first.
        outlets: a link to each outlet's page, with its article count.
    """

    topics: tuple[TopicCard, ...]
    outlets: tuple[Link, ...] = ()


@dataclass(frozen=True)
class OutletView:
    """``outlets/<id>/``: what one news outlet reported, and who said what in it.

    Attributes:
        articles: its articles, newest first.
        groups: the claims it reported, by claimant (each claimant's claims oldest
            first; only counts when the outlet reported more than ``CLAIMS_LISTED``).
        claims: how many claims it reported in all.
    """

    articles: tuple[ArticleCard, ...]
    groups: tuple[ClaimGroup, ...]
    claims: int


@dataclass(frozen=True)
class SourceView:
    """``sources/<slug>/``: one article with paragraph anchors and its claims.

    Attributes:
        article: the article card (title, outlet, date, summary).
        url: the original address, or None.
        byline: the byline, or None.
        paragraphs: the article text, each paragraph anchored by its id.
        images: pictures with an address whose caption is not one of the paragraphs.
        claims: claims drawn from the article, in order.
        actors: actors the article mentions.
        previous: the previous article (older), or None.
        next: the next article (newer), or None.
        story: link to the page of the story it tells, or None.
        genre: "news", "opinion" or "analysis": what kind of piece it is.
    """

    article: ArticleCard
    url: str | None
    byline: str | None
    paragraphs: tuple[ParagraphView, ...]
    images: tuple[ImageView, ...]
    claims: tuple[ClaimView, ...]
    actors: tuple[ActorRef, ...]
    previous: Link | None
    next: Link | None
    story: Link | None = None
    genre: str = "news"


@dataclass(frozen=True)
class StoryView:
    """``stories/<id>/``: one story told from all its articles.

    Attributes:
        summary: at most eight sentences from its news reports, in date order, each
            linked to its article and paragraph.
        dates: the dates its articles span, for people, or "".
        actors: its key actors, most named first.
        sides: its main claimants, each with its main claims.
        disputes: the claims in it that contradict each other, side by side (the most
            reported few).
        more_disputes: how many more disputes it has (each marked on its claims).
        figures: the numbers each claimant gives, by the date of the article (wide
            and narrow).
        timeline: its news (from a month before its first article on) as a picture,
            wide and narrow.
        background: its earlier background as a picture of its own, wide and narrow.
        events: its news events (those ``timeline`` draws, and those whose date is
            only as written, "on Sunday"), oldest first, each once, with every article
            that tells it.
        past_events: its background events (those ``background`` draws), likewise.
        coverage: its articles, oldest first, each marked news, opinion or analysis.
        outlets: the outlets that reported it.
        unplaced: how many of its articles name no outlet.
    """

    summary: tuple[SummaryLine, ...]
    dates: str
    actors: tuple[ActorRef, ...]
    sides: tuple[SideView, ...]
    disputes: tuple[Dispute, ...]
    more_disputes: int
    figures: Responsive[TrendChart]
    timeline: Timeline
    background: Timeline
    events: tuple[EventView, ...]
    past_events: tuple[EventView, ...]
    coverage: tuple[CoverageItem, ...]
    outlets: tuple[Link, ...]
    unplaced: int


@dataclass(frozen=True)
class SearchView:
    """``search/``: the Pagefind search page.

    Attributes:
        enabled: False when the site is built without a search index.
    """

    enabled: bool


PageView = (
    HomeView
    | ActorsView
    | ActorView
    | PlacesView
    | ClaimsView
    | TimelineView
    | AnalysesView
    | SourcesView
    | SourceView
    | OutletView
    | StoryView
    | SearchView
)
"""The view of any generated page: one of the above, as ``VIEW_OF_KIND`` says."""

VIEW_OF_KIND: dict[str, type[PageView]] = {
    "home": HomeView,
    "actors": ActorsView,
    "actor": ActorView,
    "places": PlacesView,
    "claims": ClaimsView,
    "timeline": TimelineView,
    "analysis": AnalysesView,
    "sources": SourcesView,
    "source": SourceView,
    "outlet": OutletView,
    "story": StoryView,
    "search": SearchView,
}


@dataclass(frozen=True)
class FeedView:
    """``feed.xml``: an Atom feed of the source articles.

    Attributes:
        entries: the articles, newest first.
        updated: the newest publication time (RFC 3339), or None.
    """

    entries: tuple[FeedEntry, ...]
    updated: str | None
