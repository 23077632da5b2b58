"""The merged model of all fact sheets, as the site renders it.

Ids here are global: an actor id is the same slug as in the sheets (sheets that use
the same id mean the same actor); a claim's ``key`` is ``<sheet slug>/<claim id>`` so
claims from different articles never collide.

Actors that several sheets name differently ("Nikol Pashinyan", "Pashinian") are one
:class:`ActorEntry` under one canonical id; :meth:`Knowledge.actor_id` maps any
sheet-local id to it.  Inside :class:`ClaimEntry`, :class:`Event`, :class:`FigureEntry`
and :class:`AnalysisEntry` every actor id is already canonical; the raw sheets in
``Knowledge.sheets`` keep their own ids (they are what the editor wrote).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.errors import Problem
from generator.factsheet.model import Analysis, Claim, FactSheet, Figure


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    role: str | None  # the latest role (by article date): titles change
    affiliation: str | None  # actor id
    aliases: tuple[str, ...]  # every other name any sheet gives it
    articles: tuple[str, ...]  # sheet slugs that mention this actor
    stories: tuple[str, ...] = ()  # ids of the stories it is a key actor of
    ids: tuple[str, ...] = ()  # "<sheet slug>/<local id>" of every sheet actor merged here
    roles: tuple[str, ...] = ()  # every role seen, oldest article first
    claims: tuple[str, ...] = ()  # keys of claims made by this actor, oldest article first
    about: tuple[str, ...] = ()  # keys of claims about this actor, oldest article first


@dataclass(frozen=True)
class ClaimEntry:
    key: str  # "<sheet slug>/<claim id>"
    article: str  # sheet slug
    claim: Claim  # with canonical actor ids in by/about/via/figures[].side
    disputes: tuple[str, ...] = ()  # keys of claims this one contradicts (both directions)
    also_reported: tuple[str, ...] = ()  # keys of the same claim in other articles
    published: str | None = None  # the article's date, for ordering
    outlet: str | None = None  # outlet id of the article
    genre: str = "news"  # news | opinion | analysis: where in the article it is drawn from
    mutual: bool = False  # "A and B accuse each other": one claim by both, no sides


@dataclass(frozen=True)
class DisputeEntry:
    """Two claims that contradict each other, and why (one entry per pair)."""

    left: str  # claim key, the earlier (oldest article first, then reading order)
    right: str  # claim key
    reason: str | None = None  # "denies: “those claims”", "different figures: ..."
    across: bool = False  # linked by the knowledge stage across articles, not by a sheet


@dataclass(frozen=True)
class Telling:
    """One article that tells an event, and the paragraph where it does."""

    article: str  # sheet slug
    paragraph: str | None = None


@dataclass(frozen=True)
class Event:
    """One point on the timeline: dated background, a reported event, or a publication.

    The same event told by several articles is one event: ``told`` lists them all,
    oldest first, and ``article`` is the first."""

    date: str
    precision: str
    text: str
    article: str  # sheet slug it comes from (the first that tells it)
    actors: tuple[str, ...] = ()
    sort_key: str = ""  # sortable ISO-ish key ("1991", "2020-09-27"); unresolved sort last
    kind: str = "background"  # "background" | "event" (the news itself) | "published"
    as_written: str | None = None  # "on Sunday", when the date was resolved from it
    told: tuple[Telling, ...] = ()  # every article that tells it (with the first)


@dataclass(frozen=True)
class AnalysisEntry:
    article: str
    analysis: Analysis


@dataclass(frozen=True)
class FigureEntry:
    claim: str  # claim key
    by: tuple[str, ...]
    figure: Figure


@dataclass(frozen=True)
class SummarySentence:
    """A sentence of a story's summary, with the article and paragraph it comes from."""

    text: str
    article: str  # sheet slug
    paragraph: str  # paragraph id
    published: str | None = None  # the article's date, YYYY-MM-DD


@dataclass(frozen=True)
class Side:
    """One side of a story: an actor and the main claims it and those who speak for it
    make (claim keys, most telling first)."""

    actor: str
    claims: tuple[str, ...] = ()


@dataclass(frozen=True)
class FigurePoint:
    """A number a claimant gives, dated by the article that reports it."""

    claim: str  # claim key
    by: tuple[str, ...]  # the claimants (actor ids)
    unit: str
    value: float | int
    side: str | None = None  # whose losses or assets (actor id)
    published: str | None = None  # the article's date, YYYY-MM-DD


@dataclass(frozen=True)
class Story:
    """One chain of events and the articles that tell it."""

    id: str
    title: str
    articles: tuple[str, ...]  # sheet slugs, oldest first
    actors: tuple[str, ...] = ()  # actor ids, most mentioned first
    news: tuple[str, ...] = ()  # the articles that are straight news reports
    commentary: tuple[str, ...] = ()  # the opinion and analysis pieces
    summary: tuple[SummarySentence, ...] = ()  # in date order
    sides: tuple[Side, ...] = ()  # the main claimants, most claims first
    disputes: tuple[tuple[str, str], ...] = ()  # pairs of claim keys that contradict
    figures: tuple[FigurePoint, ...] = ()  # numbers claimed, by date
    events: tuple[Event, ...] = ()  # its timeline: events its articles tell, by date
    pinned: bool = False  # named by an editor in content/stories.yaml


@dataclass(frozen=True)
class Outlet:
    """Who reported what: one news outlet and its articles and claims."""

    id: str
    name: str
    articles: tuple[str, ...]  # sheet slugs, oldest first
    claims: tuple[str, ...] = ()  # claim keys, in article order


@dataclass(frozen=True)
class Steps:
    """What the costly steps of one build read and made: step name -> (key, result),
    for the next build of the same project to reuse (``knowledge.build(since=...)``)."""

    results: Mapping[str, tuple[object, object]] = field(default_factory=dict)


@dataclass(frozen=True)
class Knowledge:
    sheets: tuple[FactSheet, ...]
    actors: tuple[ActorEntry, ...]
    claims: tuple[ClaimEntry, ...]
    events: tuple[Event, ...]
    analyses: tuple[AnalysisEntry, ...]
    figures: tuple[FigureEntry, ...] = ()
    disputes: tuple[DisputeEntry, ...] = ()  # every pair of contradicting claims, once
    stories: tuple[Story, ...] = ()
    outlets: tuple[Outlet, ...] = ()
    problems: tuple[Problem, ...] = ()  # warnings (a pin naming an unknown actor...)
    genres: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    # sheet slug -> news | opinion | analysis
    # "<sheet slug>/<local actor id>" -> canonical actor id
    actor_map: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    steps: Steps = field(default_factory=Steps, compare=False, hash=False, repr=False)
    _lookup: dict[str, dict] = field(default_factory=dict, init=False, repr=False, compare=False)

    def actor_id(self, sheet: str, local_id: str) -> str:
        """The canonical id of actor ``local_id`` as sheet ``sheet`` names it."""
        return self.actor_map.get(f"{sheet}/{local_id}", local_id)

    def actor(self, actor_id: str) -> ActorEntry | None:
        """The entry of a canonical id (``None`` when there is no such actor)."""
        if "actors" not in self._lookup:
            self._lookup["actors"] = {a.id: a for a in self.actors}
        return self._lookup["actors"].get(actor_id)

    def claim(self, key: str) -> ClaimEntry | None:
        """The entry of a claim key ``<sheet slug>/<claim id>``."""
        if "claims" not in self._lookup:
            self._lookup["claims"] = {c.key: c for c in self.claims}
        return self._lookup["claims"].get(key)

    def sheet(self, slug: str) -> FactSheet | None:
        if "sheets" not in self._lookup:
            self._lookup["sheets"] = {s.slug: s for s in self.sheets}
        return self._lookup["sheets"].get(slug)
