"""Claims across articles: keys, the same claim from several outlets, and disputes.

* A claim's key is ``<sheet slug>/<claim id>``; its actor ids become canonical.
* ``also_reported``: claims in other articles by the same (merged) source whose texts
  share most of their words (Jaccard of content words >= ``SAME_CLAIM``).
* ``disputes``: a sheet's own dispute links (``claims[].disputes``, local ids or
  ``<sheet>/<claim id>`` of another sheet), made symmetric, plus the contradictions
  across articles that :mod:`generator.knowledge.disputes` finds; one
  :class:`DisputeEntry` per pair carries the reason.  A pair an editor marked
  ``unlinked: true`` (in either claim) is never linked, whoever proposes it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from generator.errors import Problem
from generator.factsheet.model import Claim, FactSheet
from generator.knowledge import disputes as contradictions
from generator.knowledge import genre
from generator.knowledge.model import ClaimEntry, DisputeEntry, FigureEntry
from generator.knowledge.wording import SimilarIndex, Words, content_words, rarity

SAME_CLAIM = 0.6  # Jaccard of content words: the same claim, reported twice


def canonical_claim(claim: Claim, local: Mapping[str, str]) -> Claim:
    """The claim with every actor id canonical (its sheet's ``local`` -> canonical map)."""

    def one(actor_id: str | None) -> str | None:
        return None if actor_id is None else local.get(actor_id, actor_id)

    return replace(
        claim,
        by=tuple(dict.fromkeys(local.get(a, a) for a in claim.by)),
        about=tuple(dict.fromkeys(local.get(a, a) for a in claim.about)),
        figures=tuple(replace(f, side=one(f.side)) for f in claim.figures),
        via=one(claim.via),
    )


@dataclass
class Linked:
    """What :func:`entries` makes of the claims of all sheets."""

    claims: list[ClaimEntry]
    figures: list[FigureEntry]
    disputes: list[DisputeEntry]
    problems: list[Problem] = field(default_factory=list)


def entries(
    sheets: Sequence[FactSheet],
    actor_ids: Mapping[str, Mapping[str, str]],
    outlets: Mapping[str, str],
    affiliation: Mapping[str, str | None],
    find_disputes: bool = True,
) -> Linked:
    """Every visible claim as an entry, linked; every figure they state; every dispute.
    Without ``find_disputes``, only the sheets' own dispute links (no contradictions
    found across articles: those are the machine's guesses)."""
    claims: list[ClaimEntry] = []
    reasons: dict[frozenset[str], tuple[str, str, str | None]] = {}  # pair -> (a, b, why)
    unlinked: set[frozenset[str]] = set()
    problems: list[Problem] = []
    keys = {f"{s.slug}/{c.id}" for s in sheets for c in s.claims if not c.hidden}
    for sheet in sheets:
        local = actor_ids.get(sheet.slug, {})
        whole, genres = genre.article_genre(sheet), genre.paragraph_genres(sheet)
        for claim in sheet.claims:
            if claim.hidden:
                continue
            key = f"{sheet.slug}/{claim.id}"
            for link in claim.disputes:
                other = link.claim if "/" in link.claim else f"{sheet.slug}/{link.claim}"
                pair = frozenset((key, other))
                if link.unlinked:
                    unlinked.add(pair)
                elif other in keys and other != key:
                    known = reasons.get(pair)
                    if known is None or (known[2] is None and link.reason):
                        reasons[pair] = (key, other, link.reason)
                elif "/" in link.claim and other not in keys:
                    problems.append(_unknown(sheet, claim, link.claim))
            claims.append(
                ClaimEntry(
                    key=key,
                    article=sheet.slug,
                    claim=canonical_claim(claim, local),
                    published=sheet.article.published,
                    outlet=outlets.get(sheet.slug),
                    genre=genre.claim_genre(claim, genres, whole),
                    mutual=contradictions.mutual(claim),
                )
            )
    disputes: dict[str, set[str]] = defaultdict(set)
    for pair in reasons:
        if pair not in unlinked:
            one, other = tuple(pair)
            disputes[one].add(other)
            disputes[other].add(one)
    words = [content_words(c.claim.text) for c in claims]
    rivals = contradictions.opponents(claims, disputes, affiliation)
    across: set[frozenset[str]] = set()
    found = contradictions.across_articles(claims, words, rivals, affiliation)
    for a, b, reason in found if find_disputes else ():
        pair = frozenset((claims[a].key, claims[b].key))
        if pair in unlinked or pair in reasons:
            continue
        reasons[pair] = (claims[a].key, claims[b].key, reason)
        across.add(pair)
        disputes[claims[a].key].add(claims[b].key)
        disputes[claims[b].key].add(claims[a].key)
    also = _also_reported(claims, words)
    order = {c.key: (c.published or "~", c.key) for c in claims}
    position = {c.key: n for n, c in enumerate(claims)}
    result = []
    figures: list[FigureEntry] = []
    for i, entry in enumerate(claims):
        result.append(
            ClaimEntry(
                key=entry.key,
                article=entry.article,
                claim=entry.claim,
                disputes=tuple(sorted(disputes.get(entry.key, ()), key=order.__getitem__)),
                also_reported=tuple(sorted(also.get(i, ()), key=order.__getitem__)),
                published=entry.published,
                outlet=entry.outlet,
                genre=entry.genre,
                mutual=entry.mutual,
            )
        )
        figures.extend(
            FigureEntry(claim=entry.key, by=entry.claim.by, figure=f) for f in entry.claim.figures
        )
    listed = []
    for pair, (first, second, why) in reasons.items():
        if pair in unlinked:
            continue
        left, right = sorted((first, second), key=position.__getitem__)
        listed.append(DisputeEntry(left, right, why, across=pair in across))
    listed.sort(key=lambda d: (position[d.left], position[d.right]))
    return Linked(result, figures, listed, problems)


def _unknown(sheet: FactSheet, claim: Claim, other: str) -> Problem:
    return Problem(
        sheet.path or sheet.slug,
        f"claims: '{claim.id}' disputes '{other}', which names no claim of another sheet",
        hint="write <sheet>/<claim id> with the other sheet's file name (without .yaml)",
        severity="warning",
    )


def _also_reported(claims: Sequence[ClaimEntry], words: Sequence[Words]) -> dict[int, set[str]]:
    """The same claim by the same source in other articles (clusters, transitive)."""
    denials = [contradictions.is_denial(c.claim) for c in claims]
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(claims):
        for actor in entry.claim.by:
            by_source[actor].append(i)
    order = rarity(words)
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for source in sorted(by_source):
        members = by_source[source]
        if len({claims[i].article for i in members}) < 2:
            continue
        index = SimilarIndex(words, members, SAME_CLAIM, order)
        for i in members:
            for j in index.similar(i):
                if j > i and claims[i].article != claims[j].article and denials[i] == denials[j]:
                    ri, rj = find(i), find(j)
                    parent[max(ri, rj)] = min(ri, rj)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        clusters[find(i)].append(i)
    result: dict[int, set[str]] = {}
    for members in clusters.values():
        if len(members) > 1:
            for i in members:
                others = {claims[j].key for j in members if claims[j].article != claims[i].article}
                if others:
                    result[i] = others
    return result
