"""``knowledge.build``: all fact sheets -> one :class:`Knowledge`.

Reads top to bottom: order the sheets by date, merge actors, link claims, lay out the
timeline, group the articles into stories, list outlets.  Nothing here writes to disk:
merges and splits an editor pins live in ``content/pins.yaml``, stories an editor names
in ``content/stories.yaml``, and both are applied on every build.

Handed the last knowledge (``since``), every step whose inputs are unchanged takes
its last result instead of computing it again (``reuse.py``): ``mkdocs serve``
builds the knowledge after every edit to one sheet.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
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
from generator.knowledge.reuse import Reuse
from generator.knowledge.storypins import StoryPins
from generator.slugs import slugify

T = TypeVar("T")
KEY_ACTORS = 12  # an actor links to the stories it is among the most named actors of


@dataclasses.dataclass(frozen=True)
class _Ids:
    """Who is who after merging: canonical ids, names, kinds and affiliations."""

    actor_map: dict[str, str]  # "<sheet slug>/<local id>" -> canonical id
    per_sheet: dict[str, dict[str, str]]  # sheet slug -> local id -> canonical id
    affiliation: dict[str, str | None]
    names: dict[str, str]
    kinds: dict[str, str]


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
    stories = stories or StoryPins()
    reuse = Reuse(since)
    merged, problems = reuse.step(
        "merge",
        (tuple((s.slug, s.actors) for s in ordered), pins),
        lambda: actor_merge.merge(ordered, pins),
    )
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise KnowledgeError(*errors)
    ids = reuse.step("ids", merged, lambda: _ids(merged))
    outlets = tuple((s.slug, s.article.outlet) for s in ordered)
    outlet_of = reuse.step(
        "outlet ids",
        outlets,
        lambda: {slug: slugify(outlet, "outlet") for slug, outlet in outlets if outlet},
    )
    linked: claim_links.Linked = reuse.step(
        "claims",
        (
            tuple((s.slug, s.claims, s.article.published) for s in ordered),
            ids.per_sheet,
            outlet_of,
            ids.affiliation,
            find_disputes,
        ),
        lambda: claim_links.entries(
            ordered, ids.per_sheet, outlet_of, ids.affiliation, find_disputes
        ),
    )
    claims, figures = tuple(linked.claims), tuple(linked.figures)
    problems = [*problems, *linked.problems]
    events = reuse.step(
        "events",
        (tuple((s.slug, s.article, s.background, s.events) for s in ordered), ids.per_sheet),
        lambda: timeline.events(ordered, ids.per_sheet),
    )
    analyses = tuple(
        AnalysisEntry(
            s.slug,
            a if a.by is None else _replace_by(a, ids.per_sheet.get(s.slug, {}).get(a.by, a.by)),
        )
        for s in ordered
        for a in s.analysis
    )
    sheets_now = tuple(ordered)
    story_list = story_groups.stories(
        ordered,
        ids.per_sheet,
        ids.names,
        ids.kinds,
        ids.affiliation,
        claims,
        events,
        stories,
        memo=reuse.memo,  # per sheet and per story: an edit recomputes its own story
    )
    actor_entries = reuse.step(
        "actors",
        (merged, ids, claims, story_list),
        lambda: _actor_entries(merged, ids.names, ids.kinds, ids.affiliation, claims, story_list),
    )
    return Knowledge(
        sheets=sheets_now,
        actors=actor_entries,
        claims=claims,
        events=events,
        analyses=analyses,
        figures=figures,
        disputes=tuple(linked.disputes),
        stories=story_list,
        outlets=reuse.step(
            "outlets", (outlets, claims), lambda: _outlets(ordered, claims, outlet_of)
        ),
        problems=tuple(problems) + _unknown_story_pins(ordered, stories),
        genres=reuse.step(
            "genres", sheets_now, lambda: {s.slug: genre.article_genre(s) for s in ordered}
        ),
        actor_map=ids.actor_map,
        steps=Steps(reuse.now),
    )


def _ids(merged: Sequence[actor_merge.Merged]) -> _Ids:
    actor_map = {unit.ref: m.id for m in merged for unit in m.members}
    per_sheet: dict[str, dict[str, str]] = defaultdict(dict)
    for m in merged:
        for unit in m.members:
            per_sheet[unit.sheet][unit.actor.id] = m.id
    per_sheet = dict(per_sheet)  # no entry made by looking one up
    names = {m.id: actor_merge.display_name(m.members, m.id) for m in merged}
    return _Ids(
        actor_map=actor_map,
        per_sheet=per_sheet,
        affiliation={m.id: _affiliation(m, per_sheet) for m in merged},
        names=names,
        kinds={m.id: actor_merge.kind_of(m.members, names[m.id]) for m in merged},
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
