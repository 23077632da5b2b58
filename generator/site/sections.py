"""The section pages: the views of the pages that list the whole site.

Home, who's who, places, claims and disputes, timeline, analysis, sources and search
each show something of every actor, claim or article.  :class:`Sections` builds them
from the indexed knowledge (:class:`~generator.site.catalog.Catalog`), with what they
share: who accuses or disputes whom (the dispute maps) and the figures claimed.  The
pages about one actor, article or outlet are in ``views.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.knowledge.model import Knowledge
from generator.site import charts, stories
from generator.site.catalog import Catalog, number
from generator.site.contexts import (
    ActorsView,
    AnalysesView,
    ClaimsView,
    HomeView,
    PlacesView,
    SearchView,
    SourcesView,
    TimelineView,
)
from generator.site.pages import claim_href, count, outlet_href, source_href
from generator.site.parts import ActorCard, ActorGroup, AnalysisView, ClaimGroup, Link
from generator.site.text import Linker
from generator.slugs import slugify, unique

GROUPS = (
    ("People", "people", ("person",)),
    ("Countries and regions", "countries", ("country", "region")),
    ("Organisations and groups", "organisations", ("organisation", "group")),
    ("Places", "places", ("place",)),
)
INDEXED_KINDS = ("country", "region", "place", "organisation", "group")
HOME_TOPICS = 6  # stories on the home page (all of them on the sources page)
HOME_EVENTS = 24  # events on the home page's timeline at a glance
CLAIMS_LISTED = 400  # the claims page lists every claim up to this many (else counts)
DISPUTES_SHOWN = 60  # disputes side by side on the claims page


class Sections(Catalog):
    """The section pages of one build (and the relations the actor pages share)."""

    def __init__(
        self,
        knowledge: Knowledge,
        *,
        search: bool = True,
        key_actors: int = 8,
        previous: Linker | None = None,
    ):
        super().__init__(knowledge, search=search, key_actors=key_actors, previous=previous)
        self._relations: list[charts.Relation] | None = None
        self._relations_of: dict[str, list[charts.Relation]] = {}

    def _home(self) -> HomeView:
        ranked = sorted(self.knowledge.actors, key=lambda a: a.name.lower())
        ranked.sort(key=lambda a: -(len(self.made.get(a.id, ())) * 2 + len(a.articles)))
        key = tuple(self.card(a) for a in ranked[: self.key_actors])
        k = self.knowledge
        counts = (
            Link("actors/", count(len(k.actors), "actor")),
            Link("claims/", count(len(self.claims), "claim")),
            Link("timeline/", count(len(k.events), "dated event")),
            Link("sources/", count(len(k.sheets), "source article")),
        )
        ranked_stories = self.knowledge.stories  # the biggest and newest first
        return HomeView(
            stories=tuple(stories.story_card(self, s) for s in ranked_stories[:HOME_TOPICS]),
            more_stories=max(0, len(ranked_stories) - HOME_TOPICS),
            key_actors=key,
            disputes=self.disputes()[:4],
            timeline=self.timeline_chart(limit=HOME_EVENTS),
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
        disputes = self.disputes()
        return ClaimsView(
            disputes[:DISPUTES_SHOWN],
            max(0, len(disputes) - DISPUTES_SHOWN),
            self._dispute_map(),
            self._figures(),
            self._by_claimant(list(self.claims)),
        )

    def _by_claimant(self, keys: list[str], *, most_first: bool = False) -> tuple[ClaimGroup, ...]:
        """Claims grouped by their first claimant, by name (``most_first``: the claimant
        with most claims first); the claims listed while there are at most
        ``CLAIMS_LISTED`` in all, else each group's count."""
        by_source: dict[str, list[str]] = {}
        for key in keys:
            by_source.setdefault(self.claims[key].claim.by[0], []).append(key)
        listed = len(keys) <= CLAIMS_LISTED

        def order(item: tuple[str, list[str]]) -> tuple[int, str]:
            return (-len(item[1]) if most_first else 0, self.ref(item[0]).name.lower())

        return tuple(
            ClaimGroup(
                self.ref(a),
                f"by-{a}",
                tuple(self.claim(k) for k in found) if listed else (),
                len(found),
            )
            for a, found in sorted(by_source.items(), key=order)
        )

    def relations(self) -> list[charts.Relation]:
        """Who accuses or disputes whom, once per build (claims' evidence as links)."""
        if self._relations is not None:
            return self._relations
        relations = []
        for dispute in self.disputes():
            why = f" ({dispute.reason})" if dispute.reason else ""
            for a in dispute.left.by:
                for b in dispute.right.by:
                    relations.append(
                        charts.Relation(
                            a.id,
                            b.id,
                            "disputes",
                            f"{a.name} and {b.name} dispute each other{why}",
                            dispute.left.href,
                            dispute.draft,
                        )
                    )
        for key, entry in self.claims.items():
            if entry.claim.kind == "accusation" and not entry.mutual:  # not "each other"
                for accuser in entry.claim.by:
                    for accused in entry.claim.about:
                        if accuser in self.actors and accused in self.actors:
                            relations.append(
                                charts.Relation(
                                    accuser,
                                    accused,
                                    "accuses",
                                    f"{self.ref(accuser).name} accuses {self.ref(accused).name}",
                                    claim_href(key),
                                    self.states.claim(key),
                                )
                            )
        self._relations = relations
        for relation in relations:
            for actor_id in {relation.source, relation.target}:
                self._relations_of.setdefault(actor_id, []).append(relation)
        return relations

    def _dispute_map(self, actor_id: str | None = None) -> charts.Responsive[charts.DisputeMap]:
        """The whole site's map, or the map around one actor."""
        relations = self.relations()
        if actor_id is not None:
            relations = self._relations_of.get(actor_id, [])
        names = {a.id: (a.name, a.href) for a in map(self.ref, self._ids(relations))}
        return charts.dispute_maps(relations, names, max_nodes=12 if actor_id is None else 9)

    @staticmethod
    def _ids(relations: Iterable[charts.Relation]) -> set[str]:
        return {i for r in relations for i in (r.source, r.target)}

    def _figures(self) -> charts.Responsive[charts.FigureChart]:
        inputs = []
        for key, entry in self.claims.items():
            claimant = " and ".join(self.ref(a).name for a in entry.claim.by)
            for n, figure in enumerate(entry.claim.figures):
                side = f"{self.ref(figure.side).name}'s" if figure.side else ""
                inputs.append(
                    charts.FigureInput(
                        figure.unit,
                        float(figure.value),
                        number(figure.value),
                        claimant,
                        side,
                        f"{claimant}: {number(figure.value)} {figure.unit}"
                        + (f" ({side})" if side else ""),
                        claim_href(key),
                        self.states.figure(key, n),
                    )
                )
        return charts.figure_charts(inputs)

    def _timeline(self) -> TimelineView:
        return TimelineView(self.timeline_chart(), self.event_views())

    def _analysis(self) -> AnalysesView:
        taken: set[str] = set()
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
                    unique(slugify(f"{entry.article} {a.title}", "analysis"), taken),
                    self.states.sheet(entry.article),
                )
            )
        return AnalysesView(tuple(views))

    def _sources(self) -> SourcesView:
        outlets = tuple(
            Link(outlet_href(o.id), f"{o.name} ({count(len(o.articles), 'article')})")
            for o in sorted(self.knowledge.outlets, key=lambda o: (o.name.lower(), o.id))
        )
        return SourcesView(self.topics(), outlets)

    def _search(self) -> SearchView:
        return SearchView(self.search)
