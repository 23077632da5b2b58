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
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.site.charts import DisputeMap, FigureChart, TimelineChart

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
    "search",
)


@dataclass(frozen=True)
class Span:
    """A piece of running text.

    Attributes:
        text: the words, plain text.
        actor: link to the actor page when these words name an actor, else None.
        mark: True inside the evidence sentence of a claim (highlighted).
    """

    text: str
    actor: str | None = None
    mark: bool = False


Text = tuple[Span, ...]


@dataclass(frozen=True)
class Link:
    """A link to another page of the site.

    Attributes:
        href: site-root-relative path, with an optional ``#anchor``.
        text: the link text.
    """

    href: str
    text: str


@dataclass(frozen=True)
class ActorRef:
    """An actor, as other pages mention it.

    Attributes:
        id: the actor id (slug).
        name: display name.
        kind: person, country, region, organisation, group or place.
        role: "President of Russia", or None.
        href: link to the actor's page.
    """

    id: str
    name: str
    kind: str
    role: str | None
    href: str


@dataclass(frozen=True)
class FigureView:
    """A number a claim states.

    Attributes:
        value: the number as written for people ("15", "2.5").
        unit: what is counted ("helicopters").
        side: whose these are (an actor), or None.
        text: the words as the article wrote them, or None.
    """

    value: str
    unit: str
    side: ActorRef | None
    text: str | None


@dataclass(frozen=True)
class ClaimView:
    """One attributed claim, with where it came from.

    Attributes:
        key: "<sheet slug>/<claim id>", unique in the site.
        anchor: the HTML id of the claim on the claims page.
        href: permalink of the claim (claims page + anchor).
        by: who makes the claim.
        via: who relays it ("quoted by"), or None.
        verb: the cue verb as used (says, accuses, denies...).
        kind: statement, accusation, denial, admission, demand or assessment.
        text: what is claimed, as running text.
        quote: the verbatim words where quoted, as running text, else ().
        about: the actors the claim is about.
        figures: numbers the claim states.
        disputes: links to the claims this one contradicts.
        evidence: link to the evidence paragraph on the source page, or None.
        sentence: the evidence sentence, verbatim, or "".
        source: link to the source article page.
    """

    key: str
    anchor: str
    href: str
    by: tuple[ActorRef, ...]
    via: ActorRef | None
    verb: str
    kind: str
    text: Text
    quote: Text
    about: tuple[ActorRef, ...]
    figures: tuple[FigureView, ...]
    disputes: tuple[Link, ...]
    evidence: Link | None
    sentence: str
    source: Link


@dataclass(frozen=True)
class Dispute:
    """Two claims that contradict each other, shown side by side.

    Attributes:
        left: the first claim (earlier in the article).
        right: the claim that contradicts it.
    """

    left: ClaimView
    right: ClaimView


@dataclass(frozen=True)
class ActorCard:
    """An actor in a list: who, and how much the site has on them.

    Attributes:
        actor: the actor.
        aliases: other names it goes by.
        claims: number of claims it makes.
        mentions: number of articles that mention it.
    """

    actor: ActorRef
    aliases: tuple[str, ...]
    claims: int
    mentions: int


@dataclass(frozen=True)
class ActorGroup:
    """A titled list of actors (people; countries and regions; ...).

    Attributes:
        title: heading of the group.
        anchor: HTML id of the group.
        actors: the actors, by name.
    """

    title: str
    anchor: str
    actors: tuple[ActorCard, ...]


@dataclass(frozen=True)
class EventView:
    """One dated point of the timeline.

    Attributes:
        anchor: HTML id on the timeline page.
        date: the date for people ("27 September 2020", "1991", "on Sunday").
        text: what happened, as running text.
        actors: actors involved.
        source: link to where the article says so (its paragraph when known).
    """

    anchor: str
    date: str
    text: Text
    actors: tuple[ActorRef, ...]
    source: Link


@dataclass(frozen=True)
class AnalysisView:
    """Commentary set apart from the reporting.

    Attributes:
        title: the analysis heading.
        by: the author, or None.
        points: the points made, each as running text.
        source: link to the analysis in its article.
    """

    title: str
    by: ActorRef | None
    points: tuple[Text, ...]
    source: Link


@dataclass(frozen=True)
class ArticleCard:
    """A source article in a list.

    Attributes:
        title: the article's title.
        href: link to its source page.
        outlet: the outlet, or None.
        published: publication date as the sheet writes it (ISO), or None when unknown.
        summary: the sheet's summary (Markdown).
        claims: number of claims extracted from it.
    """

    title: str
    href: str
    outlet: str | None
    published: str | None
    summary: str
    claims: int


@dataclass(frozen=True)
class TopicCard:
    """A story: a group of articles about the same actors.

    Attributes:
        title: the topic's title.
        anchor: its HTML id on the sources page.
        stories: its articles, newest first (on the home page, only the newest few).
        count: how many articles the topic has in all.
        actors: the actors it is most about.
    """

    title: str
    anchor: str
    stories: tuple[ArticleCard, ...]
    count: int
    actors: tuple[ActorRef, ...]


@dataclass(frozen=True)
class ParagraphView:
    """One paragraph of a source article.

    Attributes:
        id: the paragraph id and HTML anchor ("p12").
        kind: body, heading, quote, caption, list or byline.
        text: the paragraph as running text, evidence sentences marked.
        claims: links back to the claims this paragraph is evidence for.
    """

    id: str
    kind: str
    text: Text
    claims: tuple[Link, ...]


@dataclass(frozen=True)
class Mention:
    """Where an actor appears in one article.

    Attributes:
        article: link to the source page.
        paragraphs: links to the paragraphs that name the actor.
    """

    article: Link
    paragraphs: tuple[Link, ...]


@dataclass(frozen=True)
class HomeView:
    """``index.md``: the story in brief.

    Attributes:
        topics: the stories, each with its newest articles and their summaries.
        key_actors: the actors with most claims and mentions.
        disputes: open disputes, side by side.
        timeline: the timeline chart at a glance.
        counts: how many actors, claims, events and articles the site holds.
    """

    topics: tuple[TopicCard, ...]
    key_actors: tuple[ActorCard, ...]
    disputes: tuple[Dispute, ...]
    timeline: TimelineChart
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
        mentions: articles and paragraphs that name it.
        previous: the previous actor page (by name), or None.
        next: the next actor page (by name), or None.
    """

    actor: ActorRef
    aliases: tuple[str, ...]
    affiliation: ActorRef | None
    members: tuple[ActorRef, ...]
    claims_made: tuple[ClaimView, ...]
    claims_about: tuple[ClaimView, ...]
    quotes: tuple[ClaimView, ...]
    disputes_with: tuple[ActorRef, ...]
    mentions: tuple[Mention, ...]
    previous: Link | None
    next: Link | None


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
        disputes: contradicting claims side by side.
        dispute_map: the graph of who accuses or disputes whom.
        figures: the chart of the numbers each side claims.
        groups: claims by source (claimant), each claim with its anchor.
    """

    disputes: tuple[Dispute, ...]
    dispute_map: DisputeMap
    figures: FigureChart
    groups: tuple[ClaimGroup, ...]


@dataclass(frozen=True)
class ClaimGroup:
    """The claims of one claimant.

    Attributes:
        actor: the claimant.
        anchor: HTML id of the group.
        claims: its claims.
    """

    actor: ActorRef
    anchor: str
    claims: tuple[ClaimView, ...]


@dataclass(frozen=True)
class TimelineView:
    """``timeline/``: background and events on one time scale across articles.

    Attributes:
        chart: the timeline drawn as SVG geometry.
        events: the events in date order (unresolved dates last).
    """

    chart: TimelineChart
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
    """

    topics: tuple[TopicCard, ...]


@dataclass(frozen=True)
class SourceView:
    """``sources/<slug>/``: one article with paragraph anchors and its claims.

    Attributes:
        article: the article card (title, outlet, date, summary).
        url: the original address, or None.
        byline: the byline, or None.
        paragraphs: the article text, each paragraph anchored by its id.
        claims: claims drawn from the article, in order.
        actors: actors the article mentions.
        previous: the previous article (older), or None.
        next: the next article (newer), or None.
    """

    article: ArticleCard
    url: str | None
    byline: str | None
    paragraphs: tuple[ParagraphView, ...]
    claims: tuple[ClaimView, ...]
    actors: tuple[ActorRef, ...]
    previous: Link | None
    next: Link | None


@dataclass(frozen=True)
class SearchView:
    """``search/``: the Pagefind search page.

    Attributes:
        enabled: False when the site is built without a search index.
    """

    enabled: bool


VIEW_OF_KIND: dict[str, type] = {
    "home": HomeView,
    "actors": ActorsView,
    "actor": ActorView,
    "places": PlacesView,
    "claims": ClaimsView,
    "timeline": TimelineView,
    "analysis": AnalysesView,
    "sources": SourcesView,
    "source": SourceView,
    "search": SearchView,
}


@dataclass(frozen=True)
class FeedEntry:
    """One article in the Atom feed.

    Attributes:
        title: the article's title.
        href: its source page (site-root-relative).
        updated: publication time in RFC 3339, or None when unknown (the build time is used).
        summary: the sheet's summary, plain text.
    """

    title: str
    href: str
    updated: str | None
    summary: str


@dataclass(frozen=True)
class FeedView:
    """``feed.xml``: an Atom feed of the source articles.

    Attributes:
        entries: the articles, newest first.
        updated: the newest publication time (RFC 3339), or None.
    """

    entries: tuple[FeedEntry, ...]
    updated: str | None
