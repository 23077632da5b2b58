"""The merged model of all fact sheets, as the site renders it.

Ids here are global: an actor id is the same slug as in the sheets (sheets that use
the same id mean the same actor); a claim's ``key`` is ``<sheet slug>/<claim id>`` so
claims from different articles never collide.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.factsheet.model import Analysis, Claim, FactSheet, Figure


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    role: str | None
    affiliation: str | None  # actor id
    aliases: tuple[str, ...]
    articles: tuple[str, ...]  # sheet slugs that mention this actor
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimEntry:
    key: str  # "<sheet slug>/<claim id>"
    article: str  # sheet slug
    claim: Claim
    disputes: tuple[str, ...] = ()  # keys of claims this one contradicts (both directions)
    also_reported: tuple[str, ...] = ()  # keys of the same claim in other articles
    published: str | None = None  # the article's date, for ordering


@dataclass(frozen=True)
class Event:
    """One point on the timeline: dated background, or an article's publication."""

    date: str
    precision: str
    text: str
    article: str  # sheet slug it comes from
    actors: tuple[str, ...] = ()
    sort_key: str = ""  # sortable ISO-ish key ("1991", "2020-09-27"); unresolved sort last


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
class Topic:
    id: str
    title: str
    articles: tuple[str, ...]  # sheet slugs


@dataclass(frozen=True)
class Knowledge:
    sheets: tuple[FactSheet, ...]
    actors: tuple[ActorEntry, ...]
    claims: tuple[ClaimEntry, ...]
    events: tuple[Event, ...]
    analyses: tuple[AnalysisEntry, ...]
    figures: tuple[FigureEntry, ...] = ()
    topics: tuple[Topic, ...] = ()
