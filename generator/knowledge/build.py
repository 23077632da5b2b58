"""``knowledge.build``: all fact sheets -> one :class:`Knowledge`.

Reads top to bottom: order the sheets by date, merge actors, link claims, lay out the
timeline, group topics, list outlets.  Nothing here writes to disk: merges and
splits an editor pins live in ``content/pins.yaml`` and are applied on every build.

``mkdocs serve`` builds the knowledge again after every edit to one sheet, and the
costly steps (merging actors, linking claims, grouping topics) mostly see the very
inputs they saw the last time.  Handed the last knowledge (``since``), a step whose
inputs equal the last ones takes its last result instead of computing it again.  Each
step's key names exactly what the step reads; the results travel in
:attr:`Knowledge.steps`, so whoever holds the last knowledge holds them too, and
nothing is kept anywhere else.
"""

from __future__ import annotations

import dataclasses
import typing
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from generator.errors import KnowledgeError
from generator.factsheet.model import Analysis, FactSheet
from generator.knowledge import actors as actor_merge
from generator.knowledge import claims as claim_links
from generator.knowledge import timeline
from generator.knowledge import topics as topic_groups
from generator.knowledge.model import (
    ActorEntry,
    AnalysisEntry,
    ClaimEntry,
    Knowledge,
    Outlet,
    Steps,
    Topic,
)
from generator.knowledge.pins import Pins
from generator.knowledge.topics import ArticleFacts, TopicConfig
from generator.slugs import slugify

T = TypeVar("T")


class _Reuse:
    """The steps of one build: each computed, or the last build's result when its key
    (exactly what the step reads) is equal to the last one.  Unchanged sheets and reused
    results are the very same objects, so most keys compare by identity."""

    def __init__(self, since: Knowledge | None) -> None:
        self.last = since.steps.results if since is not None else {}
        self.now: dict[str, tuple[object, object]] = {}

    def step(self, name: str, key: object, compute: Callable[[], T]) -> T:
        last = self.last.get(name)
        reused = last is not None and last[0] == key
        value = typing.cast(T, last[1]) if last is not None and reused else compute()
        self.now[name] = (key, value)
        return value


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
    topics: TopicConfig | None = None,
    pins: Pins | None = None,
    since: Knowledge | None = None,
) -> Knowledge:
    """Merge every sheet into one model.  Hidden claims are left out.  Warnings (a pin
    naming no actor) are in ``Knowledge.problems``; a pin that contradicts itself raises
    :class:`~generator.errors.KnowledgeError`.  ``since``: the last knowledge of the same
    project, whose steps are reused where their inputs are unchanged."""
    ordered = sorted(sheets, key=lambda s: (s.article.published or "~", s.slug))
    pins = pins or Pins()
    config = topics or TopicConfig()
    reuse = _Reuse(since)
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
    claims, figures = reuse.step(
        "claims",
        (
            tuple((s.slug, s.claims, s.article.published) for s in ordered),
            ids.per_sheet,
            outlet_of,
            ids.affiliation,
        ),
        lambda: claim_links.entries(ordered, ids.per_sheet, outlet_of, ids.affiliation),
    )
    events = reuse.step(
        "events",
        (tuple((s.slug, s.article, s.background) for s in ordered), ids.per_sheet),
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
    reads_text = any(rule.keywords for rule in config.rules)  # keyword rules only
    topic_list = reuse.step(
        "topics",
        (
            tuple(
                (s.slug, s.actors, s.claims, (s.article.title, s.summary) if reads_text else None)
                for s in ordered
            ),
            merged,
            ids,
            config,
        ),
        lambda: _topics(ordered, ids.per_sheet, merged, ids.names, ids.kinds, config),
    )
    actor_entries = reuse.step(
        "actors",
        (merged, ids, claims, topic_list),
        lambda: _actor_entries(merged, ids.names, ids.kinds, ids.affiliation, claims, topic_list),
    )
    return Knowledge(
        sheets=tuple(ordered),
        actors=actor_entries,
        claims=tuple(claims),
        events=events,
        analyses=analyses,
        figures=tuple(figures),
        topics=topic_list,
        outlets=reuse.step(
            "outlets", (outlets, claims), lambda: _outlets(ordered, claims, outlet_of)
        ),
        problems=tuple(problems),
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
    topic_list: Sequence[Topic],
) -> tuple[ActorEntry, ...]:
    made_by: dict[str, list[str]] = defaultdict(list)
    made_about: dict[str, list[str]] = defaultdict(list)
    for entry in claims:  # already in article order
        for actor in entry.claim.by:
            made_by[actor].append(entry.key)
        for actor in entry.claim.about:
            made_about[actor].append(entry.key)
    topics_of: dict[str, list[str]] = defaultdict(list)
    for topic in topic_list:
        for actor in topic.actors:
            topics_of[actor].append(topic.id)
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
                topics=tuple(topics_of.get(m.id, ())),
                ids=tuple(u.ref for u in members),
                roles=roles,
                claims=tuple(dict.fromkeys(made_by.get(m.id, ()))),
                about=tuple(dict.fromkeys(made_about.get(m.id, ()))),
            )
        )
    return tuple(entries)


def _topics(
    sheets: Sequence[FactSheet],
    per_sheet: Mapping[str, Mapping[str, str]],
    merged: Sequence[actor_merge.Merged],
    names: Mapping[str, str],
    kinds: Mapping[str, str],
    config: TopicConfig,
) -> tuple[Topic, ...]:
    # a rule may name an actor by any id a sheet uses for it
    canonical = {u.actor.id: m.id for m in reversed(merged) for u in m.members}
    canonical.update({m.id: m.id for m in merged})
    config = dataclasses.replace(
        config,
        rules=tuple(
            dataclasses.replace(r, actors=tuple(canonical.get(a, a) for a in r.actors))
            for r in config.rules
        ),
    )
    facts = []
    mentions: dict[str, Counter[str]] = {}
    for sheet in sheets:
        local = per_sheet.get(sheet.slug, {})
        ids = tuple(dict.fromkeys(local.get(a.id, a.id) for a in sheet.actors))
        counts: Counter[str] = Counter()
        for claim in sheet.claims:
            if not claim.hidden:
                counts.update(local.get(a, a) for a in (*claim.by, *claim.about))
        counts.update(ids)
        mentions[sheet.slug] = counts
        facts.append(
            ArticleFacts(
                slug=sheet.slug,
                text=f"{sheet.article.title}\n{sheet.summary}",
                actors=tuple((a, kinds.get(a, "place")) for a in ids),
                mentions=counts,
            )
        )
    result = []
    for topic_id, title, slugs in topic_groups.assign(facts, config, names):
        counts = Counter()
        for slug in slugs:
            counts.update(mentions[slug])
        ranked = tuple(a for a, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
        result.append(Topic(id=topic_id, title=title, articles=tuple(slugs), actors=ranked))
    return tuple(result)


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
