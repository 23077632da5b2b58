"""Builds each page's view (``contexts.py``) from the knowledge, lazily, page by page.

A view holds only what its page shows and links to its neighbours, never the whole
site, so building n pages costs about n, not n squared.  Anything shared across pages
(claim views, which paragraphs name which actor) is computed once and kept for the one
build this object lives for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from generator.errors import Problem, SiteError
from generator.factsheet.model import FactSheet
from generator.knowledge.model import ActorEntry, ClaimEntry, Knowledge
from generator.site import charts
from generator.site.contexts import (
    ActorCard,
    ActorGroup,
    ActorRef,
    ActorsView,
    ActorView,
    AnalysesView,
    AnalysisView,
    ArticleCard,
    ClaimGroup,
    ClaimsView,
    ClaimView,
    Dispute,
    EventView,
    FeedEntry,
    FeedView,
    FigureView,
    HomeView,
    Link,
    Mention,
    ParagraphView,
    PlacesView,
    SearchView,
    SourcesView,
    SourceView,
    TimelineView,
    TopicCard,
)
from generator.site.dates import human_date, rfc3339
from generator.site.pages import (
    PageSpec,
    actor_href,
    claim_anchor,
    claim_href,
    source_href,
)
from generator.site.text import Linker, is_web_url, plain

GROUPS = (
    ("People", "people", ("person",)),
    ("Countries and regions", "countries", ("country", "region")),
    ("Organisations and groups", "organisations", ("organisation", "group")),
    ("Places", "places", ("place",)),
)
INDEXED_KINDS = ("country", "region", "place", "organisation", "group")
HOME_STORIES = 3  # newest articles per topic on the home page


class Views:
    """The views of one build.  ``view(spec)`` gives the context object of a page."""

    def __init__(self, knowledge: Knowledge, *, search: bool = True, key_actors: int = 8):
        self.knowledge = knowledge
        self.search = search
        self.key_actors = key_actors
        self.actors = {a.id: a for a in knowledge.actors}
        self.claims = {c.key: c for c in knowledge.claims if not c.claim.hidden}
        self.sheets = {s.slug: s for s in knowledge.sheets}
        self.linker = Linker.of((a.name, actor_href(a.id), a.aliases) for a in knowledge.actors)
        self._claim_views: dict[str, ClaimView] = {}
        self._mentions: dict[str, dict[str, tuple[str, ...]]] = {}
        # Indexes, built once, so that each page costs about its own size.
        self.made: dict[str, list[str]] = {}  # actor id -> keys of claims it makes
        self.about: dict[str, list[str]] = {}  # actor id -> keys of claims about it
        self.in_article: dict[str, list[str]] = {}  # sheet slug -> claim keys
        self.key_of_anchor = {claim_anchor(k): k for k in self.claims}
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

    def view(self, spec: PageSpec) -> object:
        """The context object of ``spec``'s page (its type is ``VIEW_OF_KIND[spec.kind]``)."""
        builders = {
            "home": self._home,
            "actors": self._actors,
            "places": self._places,
            "claims": self._claims,
            "timeline": self._timeline,
            "analysis": self._analysis,
            "sources": self._sources,
            "search": self._search,
        }
        if spec.kind == "actor":
            return self._actor(spec.key)
        if spec.kind == "source":
            return self._source(spec.key)
        return builders[spec.kind]()

    # -- shared pieces ------------------------------------------------------------

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
            anchor=claim_anchor(entry.key),
            href=claim_href(entry.key),
            by=tuple(self.ref(a) for a in claim.by),
            via=self.ref(claim.via) if claim.via else None,
            verb=claim.verb,
            kind=claim.kind,
            text=self.linker.spans(claim.text),
            quote=self.linker.spans(claim.quote) if claim.quote else (),
            about=tuple(self.ref(a) for a in claim.about),
            figures=tuple(
                FigureView(_number(f.value), f.unit, self.ref(f.side) if f.side else None, f.text)
                for f in claim.figures
            ),
            disputes=tuple(
                Link(claim_href(k), self._claim_label(k))
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
        )

    def _claim_label(self, key: str) -> str:
        claim = self.claims[key].claim
        names = " and ".join(self.ref(a).name for a in claim.by)
        return f"{names} {claim.verb}: {claim.text}"

    def card(self, actor: ActorEntry) -> ActorCard:
        made = len(self.made.get(actor.id, ()))
        return ActorCard(self.ref(actor.id), actor.aliases, made, len(actor.articles))

    def article(self, sheet: FactSheet) -> ArticleCard:
        claims = sum(1 for c in sheet.claims if not c.hidden)
        return ArticleCard(
            sheet.article.title,
            source_href(sheet.slug),
            sheet.article.outlet,
            sheet.article.published,
            sheet.summary,
            claims,
        )

    def newest_first(self) -> list[FactSheet]:
        dated = sorted(self.knowledge.sheets, key=lambda s: s.slug)
        return sorted(dated, key=lambda s: s.article.published or "", reverse=True)

    def topics(self, limit: int | None = None) -> tuple[TopicCard, ...]:
        """The stories (topics), the one with the newest article first; their articles
        newest first, at most ``limit`` of them.  One "All articles" topic when the
        knowledge has none."""
        rank = {s.slug: n for n, s in enumerate(self.newest_first())}
        groups = [(t.title, t.id, t.articles, t.actors) for t in self.knowledge.topics]
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
            )
            ranked.append((rank[ordered[0]], title, card))
        return tuple(card for _, _, card in sorted(ranked, key=lambda r: (r[0], r[1])))

    def sheet_neighbours(self, slug: str) -> tuple[Link | None, Link | None]:
        at = self.sheet_position[slug]
        older = self.oldest_first[at - 1] if at > 0 else None
        newer = self.oldest_first[at + 1] if at + 1 < len(self.oldest_first) else None
        return (_source_link(older) if older else None, _source_link(newer) if newer else None)

    def disputes(self) -> tuple[Dispute, ...]:
        order = {key: n for n, key in enumerate(self.claims)}
        pairs = sorted(
            {
                tuple(sorted((c.key, k), key=order.__getitem__))
                for c in self.claims.values()
                for k in c.disputes
                if k in self.claims
            },
            key=lambda p: (order[p[0]], order[p[1]]),
        )
        return tuple(Dispute(self.claim(a), self.claim(b)) for a, b in pairs)

    def mentions(self, slug: str) -> dict[str, tuple[str, ...]]:
        """Paragraph ids of sheet ``slug`` that name each actor (by page href)."""
        if slug not in self._mentions:
            found: dict[str, list[str]] = {}
            for paragraph in self.sheets[slug].paragraphs:
                for href in dict.fromkeys(h for _, _, h in self.linker.matches(paragraph.text)):
                    found.setdefault(href, []).append(paragraph.id)
            self._mentions[slug] = {h: tuple(ids) for h, ids in found.items()}
        return self._mentions[slug]

    def timeline_chart(self) -> charts.TimelineChart:
        return charts.timeline(
            [
                charts.TimelinePoint(
                    e.sort_key, event.date, plain(event.text), f"timeline/#{event.anchor}"
                )
                for e, event in zip(self.events_sorted(), self.event_views(), strict=True)
            ]
        )

    def events_sorted(self) -> list:
        return sorted(self.knowledge.events, key=lambda e: (e.sort_key == "", e.sort_key, e.text))

    def event_views(self) -> tuple[EventView, ...]:
        views = []
        for n, event in enumerate(self.events_sorted(), 1):
            sheet = self.sheets.get(event.article)
            paragraph = None
            if sheet is not None:
                paragraph = next(
                    (
                        b.evidence.paragraph
                        for b in sheet.background
                        if b.evidence and b.text == event.text
                    ),
                    None,
                )
            title = sheet.article.title if sheet else event.article
            date = human_date(event.date) if event.precision != "unresolved" else event.date
            views.append(
                EventView(
                    anchor=f"e{n}",
                    date=date or event.date,
                    text=self.linker.spans(event.text),
                    actors=tuple(self.ref(a) for a in event.actors if a in self.actors),
                    source=Link(source_href(event.article, paragraph), title),
                )
            )
        return tuple(views)

    # -- one builder per page kind --------------------------------------------------

    def _home(self) -> HomeView:
        ranked = sorted(self.knowledge.actors, key=lambda a: a.name.lower())
        cards = sorted((self.card(a) for a in ranked), key=lambda c: -(c.claims * 2 + c.mentions))
        k = self.knowledge
        counts = (
            Link("actors/", _count(len(k.actors), "actor")),
            Link("claims/", _count(len(self.claims), "claim")),
            Link("timeline/", _count(len(k.events), "dated event")),
            Link("sources/", _count(len(k.sheets), "source article")),
        )
        return HomeView(
            topics=self.topics(limit=HOME_STORIES),
            key_actors=tuple(cards[: self.key_actors]),
            disputes=self.disputes()[:4],
            timeline=self.timeline_chart(),
            counts=counts,
        )

    def _actors(self) -> ActorsView:
        groups = []
        for title, anchor, kinds in GROUPS:
            members = sorted(
                (a for a in self.knowledge.actors if a.kind in kinds),
                key=lambda a: (a.name.lower(), a.id),
            )
            if members:
                groups.append(ActorGroup(title, anchor, tuple(self.card(a) for a in members)))
        return ActorsView(tuple(groups))

    def _actor(self, actor_id: str) -> ActorView:
        actor = self.actors[actor_id]
        made = tuple(self.claim(k) for k in self.made.get(actor_id, ()))
        about = tuple(self.claim(k) for k in self.about.get(actor_id, ()))
        others: dict[str, None] = {}
        for view in made:
            for link in view.disputes:
                key = link.href.split("#", 1)[1]
                for other in self.claims[self.key_of_anchor[key]].claim.by:
                    others.setdefault(other)
            if view.kind == "accusation":
                for ref in view.about:
                    others.setdefault(ref.id)
        others.pop(actor_id, None)
        href = actor_href(actor_id)
        mentions = []
        for slug in actor.articles:
            if slug in self.sheets:
                ids = self.mentions(slug).get(href, ())
                mentions.append(
                    Mention(
                        Link(source_href(slug), self.sheets[slug].article.title),
                        tuple(Link(source_href(slug, p), p) for p in ids),
                    )
                )
        ordered, at = self.by_name, self.position[actor_id]
        return ActorView(
            actor=self.ref(actor_id),
            aliases=actor.aliases,
            affiliation=self.ref(actor.affiliation) if actor.affiliation in self.actors else None,
            members=tuple(self.ref(a) for a in self.members.get(actor_id, ())),
            claims_made=tuple(_unlinked(v, href) for v in made),
            claims_about=about,
            quotes=tuple(v for v in made if v.quote),
            disputes_with=tuple(self.ref(a) for a in others if a in self.actors),
            mentions=tuple(mentions),
            previous=_link_to(ordered[at - 1]) if at > 0 else None,
            next=_link_to(ordered[at + 1]) if at + 1 < len(ordered) else None,
        )

    def _places(self) -> PlacesView:
        indexed = sorted(
            (a for a in self.knowledge.actors if a.kind in INDEXED_KINDS),
            key=lambda a: (a.name.lower(), a.id),
        )
        letters: dict[str, list[ActorCard]] = {}
        for actor in indexed:
            initial = actor.name[:1].upper()
            letters.setdefault(initial if initial.isalpha() else "#", []).append(self.card(actor))
        return PlacesView(
            tuple(
                ActorGroup(letter, f"letter-{letter.lower()}", tuple(cards))
                for letter, cards in letters.items()
            )
        )

    def _claims(self) -> ClaimsView:
        by_source: dict[str, list[ClaimView]] = {}
        for key, entry in self.claims.items():
            by_source.setdefault(entry.claim.by[0], []).append(self.claim(key))
        groups = tuple(
            ClaimGroup(self.ref(a), f"by-{a}", tuple(views))
            for a, views in sorted(by_source.items(), key=lambda i: self.ref(i[0]).name.lower())
        )
        return ClaimsView(self.disputes(), self._dispute_map(), self._figures(), groups)

    def _dispute_map(self) -> charts.DisputeMap:
        relations = []
        for dispute in self.disputes():
            for a in dispute.left.by:
                for b in dispute.right.by:
                    relations.append(
                        charts.Relation(
                            a.id,
                            b.id,
                            "disputes",
                            f"{a.name} and {b.name} dispute each other",
                            dispute.left.href,
                        )
                    )
        for key, entry in self.claims.items():
            if entry.claim.kind == "accusation":
                for a in entry.claim.by:
                    for b in entry.claim.about:
                        if a in self.actors and b in self.actors:
                            relations.append(
                                charts.Relation(
                                    a,
                                    b,
                                    "accuses",
                                    f"{self.ref(a).name} accuses {self.ref(b).name}",
                                    claim_href(key),
                                )
                            )
        names = {a.id: (a.name, a.href) for a in map(self.ref, self._ids(relations))}
        return charts.dispute_map(relations, names)

    @staticmethod
    def _ids(relations: Iterable[charts.Relation]) -> set[str]:
        return {i for r in relations for i in (r.source, r.target)}

    def _figures(self) -> charts.FigureChart:
        inputs = []
        for key, entry in self.claims.items():
            claimant = " and ".join(self.ref(a).name for a in entry.claim.by)
            for figure in entry.claim.figures:
                side = f"{self.ref(figure.side).name}'s" if figure.side else ""
                inputs.append(
                    charts.FigureInput(
                        figure.unit,
                        float(figure.value),
                        _number(figure.value),
                        claimant,
                        side,
                        f"{claimant}: {_number(figure.value)} {figure.unit}"
                        + (f" ({side})" if side else ""),
                        claim_href(key),
                    )
                )
        return charts.figure_chart(inputs)

    def _timeline(self) -> TimelineView:
        return TimelineView(self.timeline_chart(), self.event_views())

    def _analysis(self) -> AnalysesView:
        views = []
        for entry in self.knowledge.analyses:
            a = entry.analysis
            anchor = a.paragraphs[0] if a.paragraphs else None
            title = self.sheets[entry.article].article.title if entry.article in self.sheets else ""
            views.append(
                AnalysisView(
                    a.title,
                    self.ref(a.by) if a.by in self.actors else None,
                    tuple(self.linker.spans(p) for p in a.points),
                    Link(source_href(entry.article, anchor), title),
                )
            )
        return AnalysesView(tuple(views))

    def _sources(self) -> SourcesView:
        return SourcesView(self.topics())

    def _source(self, slug: str) -> SourceView:
        sheet = self.sheets[slug]
        keys = self.in_article.get(slug, [])
        cited: dict[str, list[str]] = {}
        for key in keys:
            if (evidence := self.claims[key].claim.evidence) is not None:
                cited.setdefault(evidence.paragraph, []).append(key)
        paragraphs = tuple(
            ParagraphView(
                p.id,
                p.kind,
                self.linker.spans(
                    p.text,
                    marks=[self.claims[k].claim.evidence.sentence for k in cited.get(p.id, ())],
                ),
                tuple(Link(claim_href(k), self._claim_label(k)) for k in cited.get(p.id, ())),
            )
            for p in sheet.paragraphs
        )
        previous, following = self.sheet_neighbours(slug)
        named = {self.id_of_href[h] for h in self.mentions(slug)}
        ids = named | set(self.actors_in.get(slug, ()))
        actors = tuple(self.ref(a) for a in sorted(ids, key=self.position.__getitem__))
        return SourceView(
            article=self.article(sheet),
            url=sheet.article.url if is_web_url(sheet.article.url) else None,
            byline=sheet.article.byline,
            paragraphs=paragraphs,
            claims=tuple(self.claim(k) for k in keys),
            actors=actors,
            previous=previous,
            next=following,
        )

    def feed(self) -> FeedView:
        entries = tuple(
            FeedEntry(
                s.article.title,
                source_href(s.slug),
                rfc3339(s.article.published),
                " ".join(s.summary.split()),
            )
            for s in self.newest_first()
        )
        dates = sorted(e.updated for e in entries if e.updated)
        return FeedView(entries, dates[-1] if dates else None)

    def _search(self) -> SearchView:
        return SearchView(self.search)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _number(value: float | int) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _link_to(actor: ActorEntry) -> Link:
    return Link(actor_href(actor.id), actor.name)


def _source_link(sheet: FactSheet) -> Link:
    return Link(source_href(sheet.slug), sheet.article.title)


def _unlinked(view: ClaimView, href: str) -> ClaimView:
    """On an actor's own page its name is not a link to itself."""
    return replace(
        view, text=tuple(replace(s, actor=None) if s.actor == href else s for s in view.text)
    )
