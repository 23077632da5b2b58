"""``knowledge.build``: all fact sheets -> one :class:`Knowledge`.

Reads top to bottom: order the sheets by date, merge actors, link claims, lay out the
timeline, group the articles into stories, list outlets.  Nothing here writes to disk:
merges and splits an editor pins live in ``content/pins.yaml``, stories an editor names
in ``content/stories.yaml``, and both are applied on every build.

``mkdocs serve`` builds the knowledge again after every edit to one sheet, and the
costly steps (merging actors, linking claims, grouping stories) mostly see the very
inputs they saw the last time.  Handed the last knowledge (``since``), a step whose
inputs equal the last ones takes its last result instead of computing it again.  Each
step's key names exactly what the step reads; the results travel in
:attr:`Knowledge.steps`, so whoever holds the last knowledge holds them too, and
nothing is kept anywhere else.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TypeVar

from generator.errors import KnowledgeError, Problem
from generator.factsheet.model import Analysis, FactSheet
from generator.knowledge import actors as actor_merge
from generator.knowledge import claims as claim_links
from generator.knowledge import genre, timeline
from generator.knowledge import stories as story_groups
from generator.knowledge.model import (
    ActorEntry,
    AnalysisEntry,
    ClaimEntry,
    Knowledge,
    Outlet,
    Steps,
    Story,
)
from generator.knowledge.pins import Pins
from generator.knowledge.storypins import StoryPins
from generator.slugs import slugify

T = TypeVar("T")
KEY_ACTORS = 12  # an actor links to the stories it is among the most named actors of


def _step(
    name: str, since: Knowledge | None, new: dict, key: Hashable, compute: Callable[[], T]
) -> T:
    """``compute()``, or the last build's result of step ``name`` when its key was
    ``key`` too; either way recorded in ``new`` for the next build."""
    last = since.steps.results.get(name) if since is not None else None
    value = last[1] if last is not None and last[0] == key else compute()
    new[name] = (key, value)
    return value


def build(
    sheets: Sequence[FactSheet],
    *,
    pins: Pins | None = None,
    stories: StoryPins | None = None,
    since: Knowledge | None = None,
    find_disputes: bool = True,
) -> Knowledge:
    """Merge every sheet into one model.  Hidden claims are left out.  Warnings (a pin
    naming no actor) are in ``Knowledge.problems``; a pin that contradicts itself raises
    :class:`~generator.errors.KnowledgeError`.  ``since``: the last knowledge of the same
    project, whose steps are reused where their inputs are unchanged.  Without
    ``find_disputes``, claims dispute only what their sheets say they dispute (a
    reviewed-only build publishes no link the machine found across articles)."""
    ordered = sorted(sheets, key=lambda s: (s.article.published or "~", s.slug))
    pins = pins or Pins()
    steps: dict[str, tuple[Hashable, object]] = {}
    merged, problems = _step(
        "merge",
        since,
        steps,
        (tuple((s.slug, s.actors) for s in ordered), pins),
        lambda: actor_merge.merge(ordered, pins),
    )
    merged, problems = list(merged), list(problems)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise KnowledgeError(*errors)
    actor_map = {unit.ref: m.id for m in merged for unit in m.members}
    per_sheet: dict[str, dict[str, str]] = defaultdict(dict)
    for m in merged:
        for unit in m.members:
            per_sheet[unit.sheet][unit.actor.id] = m.id
    outlet_of = {s.slug: slugify(s.article.outlet, "outlet") for s in ordered if s.article.outlet}
    affiliation = {m.id: _affiliation(m, per_sheet) for m in merged}
    names = {m.id: actor_merge.display_name(m.members, m.id) for m in merged}
    kinds = {m.id: actor_merge.kind_of(m.members, names[m.id]) for m in merged}
    linked: claim_links.Linked = _step(
        "claims",
        since,
        steps,
        (
            tuple((s.slug, s.claims, s.article.published) for s in ordered),
            per_sheet,
            outlet_of,
            affiliation,
            find_disputes,
        ),
        lambda: claim_links.entries(ordered, per_sheet, outlet_of, affiliation, find_disputes),
    )
    claims, figures = list(linked.claims), list(linked.figures)
    problems += linked.problems
    events = timeline.events(ordered, per_sheet)
    analyses = tuple(
        AnalysisEntry(
            s.slug,
            a if a.by is None else _replace_by(a, per_sheet[s.slug].get(a.by, a.by)),
        )
        for s in ordered
        for a in s.analysis
    )
    stories = stories or StoryPins()
    story_list: tuple[Story, ...] = _step(
        "stories",
        since,
        steps,
        (tuple(ordered), per_sheet, tuple(claims), events, stories),
        lambda: story_groups.stories(
            ordered, per_sheet, names, kinds, affiliation, claims, events, stories
        ),
    )
    actor_entries = _actor_entries(merged, names, kinds, affiliation, claims, story_list)
    return Knowledge(
        sheets=tuple(ordered),
        actors=actor_entries,
        claims=tuple(claims),
        events=events,
        analyses=analyses,
        figures=tuple(figures),
        disputes=tuple(linked.disputes),
        stories=story_list,
        outlets=_outlets(ordered, claims, outlet_of),
        problems=tuple(problems) + _unknown_story_pins(ordered, stories),
        genres={s.slug: genre.article_genre(s) for s in ordered},
        actor_map=actor_map,
        steps=Steps(steps),
    )


def _replace_by(analysis: Analysis, by: str) -> Analysis:
    return dataclasses.replace(analysis, by=by)


def _affiliation(m: actor_merge.Merged, per_sheet: Mapping[str, Mapping[str, str]]) -> str | None:
    """The affiliation most of the actor's sheets give (canonical), never itself."""
    counts = Counter(
        per_sheet[u.sheet].get(u.actor.affiliation, u.actor.affiliation)
        for u in m.members
        if u.actor.affiliation
    )
    counts.pop(m.id, None)
    return min(counts, key=lambda a: (-counts[a], a)) if counts else None


def _actor_entries(
    merged: Sequence[actor_merge.Merged],
    names: Mapping[str, str],
    kinds: Mapping[str, str],
    affiliation: Mapping[str, str | None],
    claims: Sequence[ClaimEntry],
    story_list: Sequence[Story],
) -> tuple[ActorEntry, ...]:
    made_by: dict[str, list[str]] = defaultdict(list)
    made_about: dict[str, list[str]] = defaultdict(list)
    for entry in claims:  # already in article order
        for actor in entry.claim.by:
            made_by[actor].append(entry.key)
        for actor in entry.claim.about:
            made_about[actor].append(entry.key)
    stories_of: dict[str, list[str]] = defaultdict(list)
    for story in story_list:
        for actor in story.actors[:KEY_ACTORS]:
            stories_of[actor].append(story.id)
    entries = []
    for m in merged:
        members = m.members
        name = names[m.id]
        aliases: dict[str, None] = {}
        for unit in sorted(members, key=lambda u: (u.order, u.sheet)):
            for alias in (unit.actor.name, *unit.actor.aliases):
                if alias != name:
                    aliases.setdefault(alias, None)
        roles = actor_merge.role_history(members)
        articles = tuple(dict.fromkeys(u.sheet for u in sorted(members, key=lambda u: u.order)))
        entries.append(
            ActorEntry(
                id=m.id,
                name=name,
                kind=kinds[m.id],
                role=roles[-1] if roles else None,
                affiliation=affiliation[m.id],
                aliases=tuple(aliases),
                articles=articles,
                stories=tuple(stories_of.get(m.id, ())),
                ids=tuple(u.ref for u in members),
                roles=roles,
                claims=tuple(dict.fromkeys(made_by.get(m.id, ()))),
                about=tuple(dict.fromkeys(made_about.get(m.id, ()))),
            )
        )
    return tuple(entries)


def _unknown_story_pins(sheets: Sequence[FactSheet], pins: StoryPins) -> tuple[Problem, ...]:
    """Warnings for pinned articles that have no fact sheet (renamed or deleted)."""
    known = {s.slug for s in sheets}
    return tuple(
        Problem(
            pins.path,
            f"story {pin.id!r}: no fact sheet named {slug!r}",
            line=pin.line,
            column=pin.column,
            severity="warning",
            hint="name an article by its fact sheet's file name, without .yaml",
        )
        for pin in pins.stories
        for slug in pin.articles
        if slug not in known
    )


def _outlets(
    sheets: Sequence[FactSheet], claims: Sequence[ClaimEntry], outlet_of: Mapping[str, str]
) -> tuple[Outlet, ...]:
    names: dict[str, Counter[str]] = defaultdict(Counter)
    articles: dict[str, list[str]] = defaultdict(list)
    for sheet in sheets:
        if sheet.slug in outlet_of:
            names[outlet_of[sheet.slug]][sheet.article.outlet or ""] += 1
            articles[outlet_of[sheet.slug]].append(sheet.slug)
    said: dict[str, list[str]] = defaultdict(list)
    for entry in claims:
        if entry.outlet:
            said[entry.outlet].append(entry.key)
    return tuple(
        Outlet(
            id=outlet_id,
            name=min(names[outlet_id], key=lambda n: (-names[outlet_id][n], n)),
            articles=tuple(articles[outlet_id]),
            claims=tuple(said.get(outlet_id, ())),
        )
        for outlet_id in sorted(articles)
    )
