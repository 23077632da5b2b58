"""What every page view is built from: the knowledge indexed once, and shared pieces.

:class:`Catalog` indexes the knowledge of one build (claims by actor and by article,
actors by name, articles by date) so that each page costs about its own size, and
builds the pieces several pages share (actor references, claim views, article cards,
topics, disputes, the timeline) once.
"""

from __future__ import annotations

from dataclasses import replace

from generator.dates import day
from generator.errors import Problem, SiteError
from generator.factsheet.model import FactSheet
from generator.knowledge.model import (
    ActorEntry,
    ClaimEntry,
    DisputeEntry,
    Event,
    Knowledge,
    Telling,
)
from generator.site import charts
from generator.site.dates import human_date
from generator.site.pages import (
    actor_href,
    claim_href,
    claim_source_anchor,
    outlet_href,
    source_href,
    story_href,
)
from generator.site.parts import (
    ActorCard,
    ActorRef,
    ArticleCard,
    ClaimView,
    Contradiction,
    Dispute,
    EventView,
    FigureView,
    Link,
    TopicCard,
)
from generator.site.states import ReviewStates
from generator.site.text import Linker, plain
from generator.slugs import slugify, unique


class Catalog:
    """The knowledge of one build, indexed, and the pieces pages share."""

    def __init__(
        self,
        knowledge: Knowledge,
        *,
        search: bool = True,
        key_actors: int = 8,
        previous: Linker | None = None,
    ):
        self.knowledge = knowledge
        self.states = ReviewStates(knowledge)
        self.search = search
        self.key_actors = key_actors
        self.actors = {a.id: a for a in knowledge.actors}
        self.claims = {c.key: c for c in knowledge.claims if not c.claim.hidden}
        self.sheets = {s.slug: s for s in knowledge.sheets}
        self.outlets = {o.id: o for o in knowledge.outlets}
        self.outlet_of = {slug: o.id for o in knowledge.outlets for slug in o.articles}
        # The last build's linker, when it links the same names, keeps what it matched.
        named = tuple((a.name, actor_href(a.id), a.aliases) for a in knowledge.actors)
        if previous is not None and previous.actors == named:
            self.linker = previous
        else:
            linker = Linker.of(named)
            same = previous is not None and previous.names == linker.names
            self.linker = previous if same and previous is not None else linker
        self._claim_views: dict[str, ClaimView] = {}
        self._mentions: dict[str, dict[str, tuple[str, ...]]] = {}
        self._disputes: tuple[Dispute, ...] | None = None
        self._reasons: dict[frozenset[str], DisputeEntry] | None = None
        self._events: tuple[EventView, ...] | None = None
        self._ordered_events: list[Event] | None = None  # the events in timeline order
        self._anchors: list[str] = []  # of each, in that order
        self._event_at: dict[tuple[str, ...], int] = {}  # event key -> its (last) place
        self._event_views: dict[int, EventView] = {}  # place -> its view, once built
        self.story_of = {slug: s for s in knowledge.stories for slug in s.articles}
        self.stories = {s.id: s for s in knowledge.stories}
        # Indexes, built once, so that each page costs about its own size.
        self.made: dict[str, list[str]] = {}  # actor id -> keys of claims it makes
        self.about: dict[str, list[str]] = {}  # actor id -> keys of claims about it
        self.in_article: dict[str, list[str]] = {}  # sheet slug -> claim keys
        for key, entry in self.claims.items():
            self.in_article.setdefault(entry.article, []).append(key)
            for actor_id in dict.fromkeys(entry.claim.by):
                self.made.setdefault(actor_id, []).append(key)
            for actor_id in dict.fromkeys(entry.claim.about):
                if actor_id not in entry.claim.by:
                    self.about.setdefault(actor_id, []).append(key)
        self.members: dict[str, list[str]] = {}  # actor id -> ids affiliated with it
        self.actors_in: dict[str, list[str]] = {}  # sheet slug -> actor ids it mentions
        self.id_of_href = {actor_href(a.id): a.id for a in knowledge.actors}
        self.by_name = sorted(knowledge.actors, key=lambda a: (a.name.lower(), a.id))
        self.position = {a.id: n for n, a in enumerate(self.by_name)}
        for actor in self.by_name:
            if actor.affiliation:
                self.members.setdefault(actor.affiliation, []).append(actor.id)
            for slug in actor.articles:
                self.actors_in.setdefault(slug, []).append(actor.id)
        self.oldest_first = sorted(
            knowledge.sheets, key=lambda s: (s.article.published or "", s.slug)
        )
        self.sheet_position = {s.slug: n for n, s in enumerate(self.oldest_first)}

    def ref(self, actor_id: str) -> ActorRef:
        actor = self.actors.get(actor_id)
        if actor is None:
            raise SiteError(
                Problem(
                    "content/facts",
                    f"unknown actor id '{actor_id}'",
                    hint="run `explainer check` to find the sheet",
                )
            )
        return ActorRef(actor.id, actor.name, actor.kind, actor.role, actor_href(actor.id))

    def claim(self, key: str) -> ClaimView:
        if key not in self._claim_views:
            self._claim_views[key] = self._claim(self.claims[key])
        return self._claim_views[key]

    def _claim(self, entry: ClaimEntry) -> ClaimView:
        claim = entry.claim
        sheet = self.sheets[entry.article]
        evidence = claim.evidence
        return ClaimView(
            key=entry.key,
            anchor=claim_source_anchor(entry.key),
            href=claim_href(entry.key),
            by=tuple(self.ref(a) for a in claim.by),
            via=self.ref(claim.via) if claim.via else None,
            verb=claim.verb,
            kind=claim.kind,
            text=self.linker.spans(claim.text),
            quote=self.linker.spans(claim.quote) if claim.quote else (),
            about=tuple(self.ref(a) for a in claim.about),
            figures=tuple(
                FigureView(
                    number(f.value),
                    f.unit,
                    self.ref(f.side) if f.side else None,
                    f.text,
                    self.states.figure(entry.key, n),
                )
                for n, f in enumerate(claim.figures)
            ),
            disputes=tuple(
                Contradiction(claim_href(k), self._claim_label(k), self.reason(entry.key, k))
                for k in entry.disputes
                if k in self.claims
            ),
            evidence=Link(
                source_href(entry.article, evidence.paragraph),
                f"paragraph {evidence.paragraph.lstrip('p')}",
            )
            if evidence
            else None,
            sentence=evidence.sentence if evidence else "",
            source=Link(source_href(entry.article), sheet.article.title),
            published=sheet.article.published,
            genre=entry.genre,
            draft=self.states.claim(entry.key),
            disputes_draft=any(
                self.states.link(entry.key, k) for k in entry.disputes if k in self.claims
            ),
        )

    def _claim_label(self, key: str) -> str:
        claim = self.claims[key].claim
        names = " and ".join(self.ref(a).name for a in claim.by)
        return f"{names} {claim.verb}: {claim.text}"

    def card(self, actor: ActorEntry) -> ActorCard:
        made = len(self.made.get(actor.id, ()))
        return ActorCard(
            self.ref(actor.id),
            actor.aliases,
            made,
            len(actor.articles),
            self.states.actor(actor),
        )

    def article(self, sheet: FactSheet) -> ArticleCard:
        claims = sum(1 for c in sheet.claims if not c.hidden)
        return ArticleCard(
            sheet.article.title,
            source_href(sheet.slug),
            sheet.article.outlet,
            sheet.article.published,
            sheet.summary,
            claims,
            outlet_href(self.outlet_of[sheet.slug]) if sheet.slug in self.outlet_of else None,
            bool(sheet.summary) and self.states.sheet(sheet.slug),
        )

    def newest_first(self) -> list[FactSheet]:
        dated = sorted(self.knowledge.sheets, key=lambda s: s.slug)
        return sorted(dated, key=lambda s: s.article.published or "", reverse=True)

    def topics(self, limit: int | None = None) -> tuple[TopicCard, ...]:
        """The stories (topics), the one with the newest article first; their articles
        newest first, at most ``limit`` of them.  One "All articles" topic when the
        knowledge has none."""
        rank = {s.slug: n for n, s in enumerate(self.newest_first())}
        groups = [(t.title, t.id, t.articles, t.actors) for t in self.knowledge.stories]
        if not groups:
            groups = [("All articles", "all", tuple(rank), ())]
        ranked = []
        for title, topic_id, slugs, actor_ids in groups:
            ordered = sorted((s for s in slugs if s in rank), key=rank.__getitem__)
            if not ordered:
                continue
            shown = ordered[:limit] if limit else ordered
            card = TopicCard(
                title,
                f"topic-{topic_id}",
                tuple(self.article(self.sheets[s]) for s in shown),
                len(ordered),
                tuple(self.ref(a) for a in actor_ids[:6] if a in self.actors),
                story_href(topic_id) if topic_id in self.stories else None,
            )
            ranked.append((rank[ordered[0]], title, card))
        return tuple(card for _, _, card in sorted(ranked, key=lambda r: (r[0], r[1])))

    def sheet_neighbours(self, slug: str) -> tuple[Link | None, Link | None]:
        at = self.sheet_position[slug]
        older = self.oldest_first[at - 1] if at > 0 else None
        newer = self.oldest_first[at + 1] if at + 1 < len(self.oldest_first) else None
        return (source_link(older) if older else None, source_link(newer) if newer else None)

    def disputes(self) -> tuple[Dispute, ...]:
        """Every pair of contradicting visible claims, once, with its reason."""
        if self._disputes is not None:
            return self._disputes
        self._disputes = tuple(
            Dispute(
                self.claim(d.left),
                self.claim(d.right),
                d.reason,
                d.across,
                self.states.link(d.left, d.right),
            )
            for d in self.knowledge.disputes
            if d.left in self.claims and d.right in self.claims
        )
        return self._disputes

    def reason(self, key: str, other: str) -> str | None:
        """Why claims ``key`` and ``other`` contradict each other, if anyone said."""
        found = self._entry(key, other)
        return found.reason if found is not None else None

    def dispute(self, key: str, other: str) -> Dispute:
        """Claims ``key`` and ``other`` side by side, with why they clash."""
        found = self._entry(key, other)
        return Dispute(
            self.claim(key),
            self.claim(other),
            found.reason if found is not None else None,
            found.across if found is not None else False,
            self.states.link(key, other),
        )

    def _entry(self, key: str, other: str) -> DisputeEntry | None:
        if self._reasons is None:
            self._reasons = {frozenset((d.left, d.right)): d for d in self.knowledge.disputes}
        return self._reasons.get(frozenset((key, other)))

    def mentions(self, slug: str) -> dict[str, tuple[str, ...]]:
        """Paragraph ids of sheet ``slug`` that name each actor (by page href)."""
        if slug not in self._mentions:
            found: dict[str, list[str]] = {}
            for paragraph in self.sheets[slug].paragraphs:
                for href in dict.fromkeys(h for _, _, h in self.linker.matches(paragraph.text)):
                    found.setdefault(href, []).append(paragraph.id)
            self._mentions[slug] = {h: tuple(ids) for h, ids in found.items()}
        return self._mentions[slug]

    def timeline_chart(self, limit: int | None = None) -> charts.Timeline:
        """The timeline drawn from every dated event, or from ``limit`` of them spread
        evenly over time (always the first and the last)."""
        points = [
            charts.TimelinePoint(
                e.sort_key, event.date, plain(event.text), f"timeline/#{event.anchor}", event.draft
            )
            for e, event in zip(self.events_sorted(), self.event_views(), strict=True)
            if charts.fractional_year(e.sort_key) is not None
        ]
        if limit is not None and len(points) > limit > 1:
            step = (len(points) - 1) / (limit - 1)
            points = [points[round(n * step)] for n in range(limit)]
        return charts.timelines(points)

    def events_sorted(self) -> list[Event]:
        return sorted(self.knowledge.events, key=lambda e: (e.sort_key == "", e.sort_key, e.text))

    def event_views(self) -> tuple[EventView, ...]:
        """The events in timeline order.  Anchors come from each event's own date and
        words, so a permalink survives other articles adding events."""
        if self._events is None:
            self._events = tuple(map(self._event_view_at, range(len(self._in_order()))))
        return self._events

    def _in_order(self) -> list[Event]:
        """The events in timeline order, each one's anchor found (unique in the order:
        so every anchor is found, while a view is built only for a page that shows it)."""
        if self._ordered_events is None:
            self._ordered_events = self.events_sorted()
            taken: set[str] = set()
            for n, event in enumerate(self._ordered_events):
                self._anchors.append(
                    unique(slugify(f"{event.date} {event.text}", "event")[:60], taken)
                )
                self._event_at[_event_key(event)] = n
        return self._ordered_events

    def _event_view_at(self, n: int) -> EventView:
        """The view of the ``n``-th event in timeline order."""
        if n in self._event_views:
            return self._event_views[n]
        event = self._in_order()[n]
        told = tuple(
            Link(source_href(t.article, t.paragraph), self._title_of(t.article))
            for t in event.told or (Telling(event.article),)
        )
        date = human_date(event.date, event.precision)
        view = self._event_views[n] = EventView(
            anchor=self._anchors[n],
            date=date or event.date,
            text=self.linker.spans(event.text),
            actors=tuple(self.ref(a) for a in event.actors if a in self.actors),
            source=told[0],
            kind=event.kind,
            as_written=event.as_written if event.precision != "unresolved" else None,
            told=told,
            draft=event.kind != "published"
            and any(self.states.sheet(t.article) for t in event.told or (Telling(event.article),)),
        )
        return view

    def _title_of(self, slug: str) -> str:
        sheet = self.sheets.get(slug)
        return sheet.article.title if sheet else slug

    def event_view(self, event: Event, keep: set[str] | None = None) -> EventView:
        """The timeline's view of ``event``; with ``keep``, told only by those articles."""
        self._in_order()
        view = self._event_view_at(self._event_at[_event_key(event)])
        if keep is None:
            return view
        told = tuple(
            link for t, link in zip(event.told, view.told, strict=False) if t.article in keep
        )
        return replace(view, told=told or view.told, source=(told or view.told)[0])

    def day_of(self, slug: str) -> str | None:
        """An article's publication day, YYYY-MM-DD (or None)."""
        return day(self.sheets[slug].article.published) if slug in self.sheets else None


def _event_key(event: Event) -> tuple[str, ...]:
    """What tells one event from another (not its identity: a story may hold the
    events of the last build, equal but not the same objects)."""
    return (event.sort_key, event.kind, event.article, event.text)


def number(value: float | int) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def source_link(sheet: FactSheet) -> Link:
    return Link(source_href(sheet.slug), sheet.article.title)
