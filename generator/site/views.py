"""Builds each page's view (``contexts.py``) from the knowledge, lazily, page by page.

A view holds only what its page shows and links to its neighbours, never the whole
site, so building n pages costs about n, not n squared.  Anything shared across pages
(claim views, which paragraphs name which actor) is computed once and kept for the one
build this object lives for.  :meth:`Views.view` is the one way in: it dispatches on
the page kind.  The pages about one actor, article or outlet are built here; the
section pages that list the whole site in ``sections.py``.

A new page kind needs: its :class:`~generator.site.pages.PageSpec` in ``pages.plan``, its
view dataclass in ``contexts.py`` (in ``PageView`` and ``VIEW_OF_KIND``), a builder in
``Views._builders`` (or in ``Sections`` for a section page), and its template in
``theme/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from generator.knowledge.model import ActorEntry
from generator.site import charts, stories
from generator.site.contexts import (
    ActorView,
    FeedView,
    OutletView,
    PageView,
    SourceView,
    StoryView,
)
from generator.site.dates import rfc3339
from generator.site.pages import PageSpec, actor_href, claim_href, source_href, story_href
from generator.site.parts import ClaimView, EventView, FeedEntry, Link, Mention, ParagraphView
from generator.site.pictures import pictures
from generator.site.sections import Sections
from generator.site.text import is_web_url, plain


class Views(Sections):
    """The views of one build.  ``view(spec)`` gives the context object of a page."""

    def view(self, spec: PageSpec) -> PageView:
        """The context object of ``spec``'s page (its type is ``VIEW_OF_KIND[spec.kind]``)."""
        return self._builders()[spec.kind](spec.key)

    def _builders(self) -> dict[str, Callable[[str], PageView]]:
        """Each page kind's builder, called with the page's key (empty for sections)."""
        return {
            "home": lambda _: self._home(),
            "actors": lambda _: self._actors(),
            "places": lambda _: self._places(),
            "claims": lambda _: self._claims(),
            "timeline": lambda _: self._timeline(),
            "analysis": lambda _: self._analysis(),
            "sources": lambda _: self._sources(),
            "search": lambda _: self._search(),
            "actor": self._actor,
            "source": self._source,
            "outlet": self._outlet,
            "story": self._story,
        }

    # -- the pages about one actor, article or outlet ---------------------------------

    def _actor(self, actor_id: str) -> ActorView:
        actor = self.actors[actor_id]
        made = tuple(self.claim(k) for k in self.made.get(actor_id, ()))
        about = tuple(self.claim(k) for k in self.about.get(actor_id, ()))
        others: dict[str, None] = {}
        for key in self.made.get(actor_id, ()):
            entry = self.claims[key]
            for disputed in entry.disputes:
                if disputed in self.claims:
                    others.update(dict.fromkeys(self.claims[disputed].claim.by))
            if entry.claim.kind == "accusation" and not entry.mutual:
                others.update(dict.fromkeys(entry.claim.about))
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
            claims_about=tuple(_unlinked(v, href) for v in about),
            quotes=tuple(v for v in made if v.quote),
            disputes_with=tuple(self.ref(a) for a in others if a in self.actors),
            dispute_map=self._dispute_map(actor_id),
            mentions=tuple(mentions),
            previous=_link_to(ordered[at - 1]) if at > 0 else None,
            next=_link_to(ordered[at + 1]) if at + 1 < len(ordered) else None,
            draft=self.states.actor(actor),
        )

    def _outlet(self, outlet_id: str) -> OutletView:
        outlet = self.outlets[outlet_id]
        rank = {s.slug: n for n, s in enumerate(self.newest_first())}
        slugs = sorted((s for s in outlet.articles if s in self.sheets), key=rank.__getitem__)
        keys = [k for k in outlet.claims if k in self.claims]
        return OutletView(
            tuple(self.article(self.sheets[s]) for s in slugs),
            self._by_claimant(keys, most_first=True),
            len(keys),
        )

    def _source(self, slug: str) -> SourceView:
        sheet = self.sheets[slug]
        keys = self.in_article.get(slug, [])
        cited: dict[str, list[str]] = {}  # paragraph id -> keys of the claims citing it
        marks: dict[str, list[str]] = {}  # paragraph id -> the sentences they cite
        for key in keys:
            if (evidence := self.claims[key].claim.evidence) is not None:
                cited.setdefault(evidence.paragraph, []).append(key)
                marks.setdefault(evidence.paragraph, []).append(evidence.sentence)
        shown = pictures(sheet)
        paragraphs = tuple(
            ParagraphView(
                p.id,
                p.kind,
                self.linker.spans(p.text, marks=marks.get(p.id, [])),
                tuple(Link(claim_href(k), self._claim_label(k)) for k in cited.get(p.id, ())),
                shown.by_paragraph.get(p.id),
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
            images=shown.rest,
            claims=tuple(self.claim(k) for k in keys),
            actors=actors,
            previous=previous,
            next=following,
            story=Link(story_href(story.id), story.title)
            if (story := self.story_of.get(slug))
            else None,
            genre=self.knowledge.genres.get(slug, "news"),
        )

    def _story(self, story_id: str) -> StoryView:
        story = self.stories[story_id]
        news: list[charts.TimelinePoint] = []
        past: list[charts.TimelinePoint] = []
        news_events: list[EventView] = []  # listed under the picture of the news
        past_events: list[EventView] = []  # and under that of the background
        start = stories.news_start(self, story)
        for e, view in zip(story.events, stories.events(self, story), strict=True):
            if charts.fractional_year(e.sort_key) is None:
                news_events.append(view)  # "on Sunday" with no date to resolve it by
                continue
            label = stories.short_day(e.sort_key) if len(e.sort_key) == 10 else view.date
            point = charts.TimelinePoint(
                e.sort_key, label, plain(view.text), f"#{view.anchor}", view.draft
            )
            is_news = bool(start and e.sort_key >= start)
            (news if is_news else past).append(point)
            (news_events if is_news else past_events).append(view)
        disputes, more_disputes = stories.disputes(self, story)
        outlets, unplaced = stories.outlets(self, story)
        return StoryView(
            summary=stories.summary_lines(self, story),
            dates=stories.span(self, story),
            actors=stories.key_actors(self, story),
            sides=stories.sides(self, story),
            disputes=disputes,
            more_disputes=more_disputes,
            figures=stories.figures_over_time(self, story),
            timeline=charts.timelines(news),
            background=charts.timelines(past),
            events=tuple(news_events),
            past_events=tuple(past_events),
            coverage=stories.coverage(self, story),
            outlets=outlets,
            unplaced=unplaced,
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


def _link_to(actor: ActorEntry) -> Link:
    return Link(actor_href(actor.id), actor.name)


def _unlinked(view: ClaimView, href: str) -> ClaimView:
    """On an actor's own page its name is not a link to itself."""
    return replace(
        view, text=tuple(replace(s, actor=None) if s.actor == href else s for s in view.text)
    )
