"""Claims across articles: keys, the same claim from several outlets, and disputes.

* A claim's key is ``<sheet slug>/<claim id>``; its actor ids become canonical.
* ``also_reported``: claims in other articles by the same (merged) source whose texts
  share most of their words (Jaccard of content words >= ``SAME_CLAIM``).
* ``disputes``: a sheet's own disputes, made symmetric, plus the contradictions across
  articles that :mod:`generator.knowledge.disputes` finds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from generator.factsheet.model import Claim, FactSheet, Figure
from generator.knowledge import disputes as contradictions
from generator.knowledge.model import ClaimEntry, FigureEntry
from generator.knowledge.wording import SimilarIndex, Words, content_words, rarity

SAME_CLAIM = 0.6  # Jaccard of content words: the same claim, reported twice


def canonical_claim(claim: Claim, local: Mapping[str, str]) -> Claim:
    """The claim with every actor id canonical (its sheet's ``local`` -> canonical map)."""

    def one(actor_id: str | None) -> str | None:
        return None if actor_id is None else local.get(actor_id, actor_id)

    return Claim(
        id=claim.id,
        by=tuple(dict.fromkeys(local.get(a, a) for a in claim.by)),
        verb=claim.verb,
        text=claim.text,
        kind=claim.kind,
        quote=claim.quote,
        about=tuple(dict.fromkeys(local.get(a, a) for a in claim.about)),
        figures=tuple(
            Figure(value=f.value, unit=f.unit, side=one(f.side), text=f.text) for f in claim.figures
        ),
        disputes=claim.disputes,
        via=one(claim.via),
        evidence=claim.evidence,
        hidden=claim.hidden,
    )


def entries(
    sheets: Sequence[FactSheet],
    actor_ids: Mapping[str, Mapping[str, str]],
    outlets: Mapping[str, str],
    affiliation: Mapping[str, str | None],
) -> tuple[list[ClaimEntry], list[FigureEntry]]:
    """Every visible claim as an entry, linked; and every figure they state."""
    claims: list[ClaimEntry] = []
    disputes: dict[str, set[str]] = defaultdict(set)
    for sheet in sheets:
        local = actor_ids.get(sheet.slug, {})
        visible = {c.id for c in sheet.claims if not c.hidden}
        for claim in sheet.claims:
            if claim.hidden:
                continue
            key = f"{sheet.slug}/{claim.id}"
            for other in claim.disputes:
                if other in visible and other != claim.id:
                    disputes[key].add(f"{sheet.slug}/{other}")
                    disputes[f"{sheet.slug}/{other}"].add(key)
            claims.append(
                ClaimEntry(
                    key=key,
                    article=sheet.slug,
                    claim=canonical_claim(claim, local),
                    published=sheet.article.published,
                    outlet=outlets.get(sheet.slug),
                )
            )
    words = [content_words(c.claim.text) for c in claims]
    rivals = contradictions.opponents(claims, disputes, affiliation)
    for a, b in contradictions.across_articles(claims, words, rivals, affiliation):
        disputes[claims[a].key].add(claims[b].key)
        disputes[claims[b].key].add(claims[a].key)
    also = _also_reported(claims, words)
    order = {c.key: (c.published or "~", c.key) for c in claims}
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
            )
        )
        figures.extend(
            FigureEntry(claim=entry.key, by=entry.claim.by, figure=f) for f in entry.claim.figures
        )
    return result, figures


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
