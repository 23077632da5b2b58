"""Which pages an edit can change, so that ``mkdocs serve`` redraws only those.

A build draws every page.  Under ``mkdocs serve`` an editor changes one fact sheet at
a time, and redrawing thousands of pages for that takes most of a minute.  A
:class:`Drawn` remembers what the last build drew from: the knowledge (its unchanged
sheets are the very same objects, handed out by the plugin's ``SheetStore``, so most
comparisons stop at identity), what many pages show (every actor's name, kind, role,
affiliation and aliases; every article's title, date, outlet and genre; every story's
title and articles; the theme, config and hand-written pages, passed in as
``inputs``), and a hash of every page's view.

After an edit, :func:`redraw` lists the pages whose view may have changed (the
*candidates*): the section pages whose parts changed (``SECTION_READS``: what each
one's view is built from, besides what many pages show); the pages of the edited
sheets and of the sheets their claims are linked to (disputes, the same claim reported
elsewhere), before and after the edit; the pages of every actor those sheets name or
whose entry changed; the pages of those sheets' outlets, and of their stories and of
every story whose entry changed.  A page kind keyed by something else (one this module
does not know how to narrow down) is always a candidate.  Of the candidates, only those
whose view hash changed are drawn again; every other page keeps the file the last build
wrote.  When something many pages show changed, the
answer is "every page" (``None``).  A test builds each kind of edit both ways and
compares the sites byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field

from generator.factsheet.model import FactSheet
from generator.knowledge.model import Knowledge
from generator.site.contexts import PageView
from generator.site.pages import PageSpec

# The keyed page kinds whose candidates _candidates() lists; a page of any other kind
# with a key is compared on every redraw.
NARROWED_KINDS = frozenset({"source", "actor", "outlet", "story"})

# What each section page's view is built from besides the shared state: parts of the
# knowledge, and of its sheets ``articles`` (slug and article meta), ``summaries`` and
# ``reviews`` (each sheet's review state and its actors and claims, which carry their
# own; the draft marks and claim counts come from them).  A section page whose parts
# are all equal to the last build's, and whose spec is too, keeps its page without its
# view being built (on a big site each takes a good part of a second).  A section kind
# not listed here is built and compared on every redraw.
SECTION_READS: dict[str, tuple[str, ...]] = {
    "home": ("actors", "claims", "disputes", "events", "stories", "articles", "reviews"),
    "actors": ("actors", "claims", "reviews"),
    "places": ("actors", "claims", "reviews"),
    "claims": ("actors", "claims", "disputes", "articles", "reviews"),
    "timeline": ("actors", "events", "articles", "reviews"),
    "analysis": ("actors", "analyses", "articles", "reviews"),
    "sources": ("actors", "outlets", "stories", "articles", "summaries", "reviews"),
    "search": (),
}


@dataclass
class Drawn:
    """What one build drew: its knowledge, what many pages show, each page's view hash."""

    knowledge: Knowledge
    shared: Hashable
    hashes: dict[str, int] = field(default_factory=dict)  # src_uri -> hash of (spec, view)
    specs: Mapping[str, PageSpec] = field(default_factory=dict)  # src_uri -> its spec


def shared_state(knowledge: Knowledge, inputs: Hashable = ()) -> Hashable:
    """Everything a page may show about actors and articles other than its own."""
    actors = tuple(
        (a.id, a.name, a.kind, a.role, a.affiliation, a.aliases)
        for a in sorted(knowledge.actors, key=lambda a: a.id)
    )
    sheets = tuple(
        (s.slug, s.article.title, s.article.published, s.article.outlet)
        for s in sorted(knowledge.sheets, key=lambda s: s.slug)
    )
    # an article's page links to its story by title; claims carry their article's genre
    stories = tuple((s.id, s.title, s.articles) for s in knowledge.stories)
    genres = tuple(sorted(knowledge.genres.items()))
    return (actors, sheets, stories, genres, inputs)


def page_hash(spec: PageSpec, view: PageView) -> int:
    """The hash of what a page is drawn from (views are frozen, hashable dataclasses)."""
    return hash((spec, view))


def redraw(
    last: Drawn,
    knowledge: Knowledge,
    shared: Hashable,
    specs: Iterable[PageSpec],
    view: Callable[[PageSpec], PageView],
) -> tuple[set[str] | None, dict[str, int]]:
    """The src_uris to draw again (``None``: all) and the new hash of every page."""
    specs = tuple(specs)
    if shared != last.shared or {s.src_uri for s in specs} != set(last.hashes):
        return None, {}
    candidates = _candidates(last.knowledge, knowledge)
    unchanged = _unchanged_sections(last, knowledge, specs)
    hashes = dict(last.hashes)
    drawn: set[str] = set()
    for spec in specs:
        if spec.key:
            candidate = spec.kind not in NARROWED_KINDS or (spec.kind, spec.key) in candidates
        else:  # a section page, about no one actor or article
            candidate = spec.src_uri not in unchanged
        if candidate:
            new = page_hash(spec, view(spec))
            if new != hashes.get(spec.src_uri):
                hashes[spec.src_uri] = new
                drawn.add(spec.src_uri)
    return drawn, hashes


def _unchanged_sections(last: Drawn, knowledge: Knowledge, specs: Iterable[PageSpec]) -> set[str]:
    """The section pages whose spec and parts (``SECTION_READS``) are the last build's."""
    equal: dict[str, bool] = {}  # part name -> the same in both builds

    def same(part: str) -> bool:
        if part not in equal:
            equal[part] = _part(last.knowledge, part) == _part(knowledge, part)
        return equal[part]

    return {
        spec.src_uri
        for spec in specs
        if not spec.key
        and spec.kind in SECTION_READS
        and last.specs.get(spec.src_uri) == spec
        and all(same(part) for part in SECTION_READS[spec.kind])
    }


def _part(knowledge: Knowledge, name: str) -> object:
    """One part a section page reads (``SECTION_READS``): a field of the knowledge, or
    one facet of every sheet."""
    sheets = knowledge.sheets
    if name == "articles":
        return tuple((s.slug, s.article) for s in sheets)
    if name == "summaries":
        return tuple(s.summary for s in sheets)
    if name == "reviews":
        return tuple((s.review, s.actors, s.claims) for s in sheets)
    return getattr(knowledge, name)


def _candidates(old: Knowledge, new: Knowledge) -> set[tuple[str, str]]:
    """``("source", slug)`` and ``("actor", id)`` of every page an edit may change."""
    before = {s.slug: s for s in old.sheets}
    after = {s.slug: s for s in new.sheets}
    edited = {slug for slug, s in after.items() if _changed(before.get(slug), s)}
    edited |= before.keys() - after.keys()
    if not edited:
        return set()
    # What an actor's page shows of a sheet: its claims, and which paragraphs name the
    # actor (its title is shared state), and whether they are drafts.  An edit elsewhere
    # (a summary, the background) redraws the sheet's own page and the sections only.
    shown = {slug for slug in edited if _shown_on_actor_pages(before.get(slug), after.get(slug))}
    sheets = set(edited)
    for knowledge in (old, new):
        for entry in knowledge.claims:
            linked = {k.split("/", 1)[0] for k in (*entry.disputes, *entry.also_reported)}
            if entry.article in shown:
                shown |= linked
            elif linked & shown:
                shown.add(entry.article)
    sheets |= shown
    actors: set[str] = set()
    for knowledge in (old, new):
        for actor in knowledge.actors:
            if shown.intersection(actor.articles):
                actors.add(actor.id)
        for entry in knowledge.claims:
            if entry.article in shown:
                claim = entry.claim
                actors.update(claim.by, claim.about)
                actors.update(f.side for f in claim.figures if f.side)
                if claim.via:
                    actors.add(claim.via)
    actors |= _changed_entries({a.id: a for a in old.actors}, {a.id: a for a in new.actors})
    outlets = {o.id for k in (old, new) for o in k.outlets if sheets.intersection(o.articles)}
    # A story page shows what its Story entry holds and the claims of its articles
    # (and those they dispute: in ``sheets`` already).
    stories = {s.id for k in (old, new) for s in k.stories if sheets.intersection(s.articles)}
    stories |= _changed_entries({s.id: s for s in old.stories}, {s.id: s for s in new.stories})
    return (
        {("source", s) for s in sheets}
        | {("actor", a) for a in actors}
        | {("outlet", o) for o in outlets}
        | {("story", s) for s in stories}
    )


def _changed(before: FactSheet | None, after: FactSheet) -> bool:
    # An unchanged sheet is the same object when both came from one store; equality
    # decides otherwise.
    return before is not after and before != after


def _shown_on_actor_pages(before: FactSheet | None, after: FactSheet | None) -> bool:
    if before is None or after is None:
        return True
    # (the sheet's review state is what its claims and actors say when they say nothing)
    return (before.review, before.claims, before.paragraphs, before.actors) != (
        after.review,
        after.claims,
        after.paragraphs,
        after.actors,
    )


def _changed_entries(before: Mapping[str, object], after: Mapping[str, object]) -> set[str]:
    return {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
