"""The pieces page views are made of: links, running text, actors, claims, cards.

See ``contexts.py`` for how templates receive them.  Every field is documented under
``Attributes:``; a contract test keeps the documentation and the fields in step.
"""

from __future__ import annotations

from dataclasses import dataclass


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
class Contradiction:
    """A claim that contradicts the one shown, and why.

    Attributes:
        href: permalink of the other claim.
        text: who makes it and what it says, short.
        reason: why the two contradict ("denies: “those claims”", "different figures:
            ..."), or None when nobody said why.
    """

    href: str
    text: str
    reason: str | None = None


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
        draft: True while it is a machine draft no editor has checked.
    """

    value: str
    unit: str
    side: ActorRef | None
    text: str | None
    draft: bool = False


@dataclass(frozen=True)
class ClaimView:
    """One attributed claim, with where it came from.

    Attributes:
        key: "<sheet slug>/<claim id>", unique in the site.
        anchor: the HTML id of the claim on its article's page (``claim-<id>``).
        href: permalink of the claim: its place on its article's page.
        by: who makes the claim.
        via: who relays it ("quoted by"), or None.
        verb: the cue verb as used (says, accuses, denies...).
        kind: statement, accusation, denial, admission, demand or assessment.
        text: what is claimed, as running text.
        quote: the verbatim words where quoted, as running text, else ().
        about: the actors the claim is about.
        figures: numbers the claim states.
        disputes: the claims this one contradicts, each with why.
        evidence: link to the evidence paragraph on the source page, or None.
        sentence: the evidence sentence, verbatim, or "".
        source: link to the source article page.
        published: the article's publication date (ISO), or None when unknown.
        genre: "news", or "opinion" or "analysis" when it comes from commentary.
        draft: True while it is a machine draft no editor has checked.
        disputes_draft: True when one of its dispute links is the machine's, unchecked.
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
    disputes: tuple[Contradiction, ...]
    evidence: Link | None
    sentence: str
    source: Link
    published: str | None = None
    genre: str = "news"
    draft: bool = False
    disputes_draft: bool = False


@dataclass(frozen=True)
class Dispute:
    """Two claims that contradict each other, shown side by side.

    Attributes:
        left: the first claim (the older article's, or earlier in the article).
        right: the claim that contradicts it.
        reason: why the two contradict: the answering words ("denies: “those claims”"),
            the figures, the opposite accounts or assessments; None when nobody said.
        across: True when the two are in different articles (linked by the site, not
            by a fact sheet).
        draft: True while the link between them is a machine draft no editor checked.
    """

    left: ClaimView
    right: ClaimView
    reason: str | None = None
    across: bool = False
    draft: bool = False


@dataclass(frozen=True)
class ActorCard:
    """An actor in a list: who, and how much the site has on them.

    Attributes:
        actor: the actor.
        aliases: other names it goes by.
        claims: number of claims it makes.
        mentions: number of articles that mention it.
        draft: True while a machine draft no editor has checked names it.
    """

    actor: ActorRef
    aliases: tuple[str, ...]
    claims: int
    mentions: int
    draft: bool = False


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
        kind: "background" (a dated fact an article gives), "event" (the news an
            article reports) or "published" (an article).
        as_written: the words the date was resolved from ("on Sunday"), or None.
        told: every article that tells it, linked to the paragraph (the first is
            ``source``).
        draft: True while it is a machine draft no editor has checked.
    """

    anchor: str
    date: str
    text: Text
    actors: tuple[ActorRef, ...]
    source: Link
    kind: str = "background"
    as_written: str | None = None
    told: tuple[Link, ...] = ()
    draft: bool = False


@dataclass(frozen=True)
class AnalysisView:
    """Commentary set apart from the reporting.

    Attributes:
        title: the analysis heading.
        by: the author, or None.
        points: the points made, each as running text.
        source: link to the analysis in its article.
        anchor: its HTML id on the analysis page (from its article and title: stable).
        draft: True while it is a machine draft no editor has checked.
    """

    title: str
    by: ActorRef | None
    points: tuple[Text, ...]
    source: Link
    anchor: str = ""
    draft: bool = False


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
        outlet_href: link to the outlet's page, or None.
        draft: True while its summary is a machine draft no editor has checked.
    """

    title: str
    href: str
    outlet: str | None
    published: str | None
    summary: str
    claims: int
    outlet_href: str | None = None
    draft: bool = False


@dataclass(frozen=True)
class TopicCard:
    """A story: a group of articles about the same actors.

    Attributes:
        title: the topic's title.
        anchor: its HTML id on the sources page.
        stories: its articles, newest first (on the home page, only the newest few).
        count: how many articles the topic has in all.
        actors: the actors it is most about.
        href: link to the story's page, or None.
    """

    title: str
    anchor: str
    stories: tuple[ArticleCard, ...]
    count: int
    actors: tuple[ActorRef, ...]
    href: str | None = None


@dataclass(frozen=True)
class ImageView:
    """A picture from the article, shown from its own address.

    Attributes:
        src: an ``http(s)://`` address (never ``javascript:`` or ``data:``).
        alt: the caption as plain text, or "" when the sheet has none.
        caption: the caption, or None (a caption paragraph shows its own text instead).
        credit: who took or owns it, or None.
    """

    src: str
    alt: str
    caption: str | None
    credit: str | None


@dataclass(frozen=True)
class ParagraphView:
    """One paragraph of a source article.

    Attributes:
        id: the paragraph id and HTML anchor ("p12").
        kind: body, heading, quote, caption, list or byline.
        text: the paragraph as running text, evidence sentences marked.
        claims: links back to the claims this paragraph is evidence for.
        image: for a caption, the picture it captions when the sheet has its
            address; None otherwise (the caption shows alone).
    """

    id: str
    kind: str
    text: Text
    claims: tuple[Link, ...]
    image: ImageView | None = None


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
class ClaimGroup:
    """The claims of one claimant.

    Attributes:
        actor: the claimant.
        anchor: HTML id of the group.
        claims: its claims (none when the site has too many to list on one page).
        count: how many claims it makes in all.
    """

    actor: ActorRef
    anchor: str
    claims: tuple[ClaimView, ...]
    count: int


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
