"""A story's sides: the parties that make its news claims, their main claims, and the
disputes between the story's claims.

A claim speaks for a party: its claimant, or what the claimant belongs to, followed up
to a country, region, group or organisation (Armenia's defence ministry speaks for
Armenia).  The same claim reported by several articles is one claim here (its
``also_reported`` links), so a side's main claims and the story's disputes say each
thing once.
"""

from __future__ import annotations

import typing
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from generator.knowledge import genre
from generator.knowledge.model import ClaimEntry, Side
from generator.knowledge.wording import content_words

SIDE_KINDS = ("country", "region", "group", "organisation", "person")
SIDES = 4  # sides shown, at most
SIDE_CLAIMS = 3  # main claims per side
MIN_SIDE_CLAIMS = 2  # a side makes at least this many claims in the story
SAYS_LITTLE = 3  # content words under which a claim says little on its own


def party_of(actor: str, affiliation: Mapping[str, str | None], kinds: Mapping[str, str]) -> str:
    """The side an actor speaks for: its affiliation, followed up to a country, region,
    group or organisation (Armenia's defence ministry speaks for Armenia)."""
    seen = {actor}
    party = actor
    while (up := affiliation.get(party)) and up not in seen:
        seen.add(up)
        party = up
        if kinds.get(party) in ("country", "region"):
            break
    return party


def sides(
    claims: Sequence[ClaimEntry],
    affiliation: Mapping[str, str | None],
    kinds: Mapping[str, str],
) -> tuple[Side, ...]:
    """The parties that make most of the story's news claims, each with its main
    claims: disputed ones, ones with figures, ones other articles report too, quoted
    ones, accusations and denials first; each claim once however many articles report
    it, and one that says little on its own ("denies those claims") last."""
    made: dict[str, list[ClaimEntry]] = defaultdict(list)
    for entry in claims:
        if entry.genre != genre.NEWS or entry.claim.hidden:
            continue
        for party in dict.fromkeys(party_of(a, affiliation, kinds) for a in entry.claim.by):
            if kinds.get(party) in SIDE_KINDS:
                made[party].append(entry)
    ranked = sorted(made, key=lambda p: (-len(made[p]), p))
    same = same_claims(claims)
    found = []
    for party in ranked[:SIDES]:
        if len(made[party]) < MIN_SIDE_CLAIMS:
            break
        best = sorted(made[party], key=lambda e: (-_weight(e), e.published or "~", e.key))
        main: dict[str, str] = {}  # the same claim reported again -> its first key
        for entry in best:
            if len(main) == SIDE_CLAIMS:
                break
            main.setdefault(same.get(entry.key, entry.key), entry.key)
        found.append(Side(party, tuple(main.values())))
    return tuple(found)


def _weight(entry: ClaimEntry) -> float:
    claim = entry.claim
    if len(content_words(claim.text)) < SAYS_LITTLE:
        return -1.0  # "denies those claims": nothing a reader can follow on its own
    return (
        3 * bool(entry.disputes)
        + 2 * bool(claim.figures)
        + len(entry.also_reported)
        + 0.5 * bool(claim.quote)
        + (claim.kind in ("accusation", "denial", "admission"))
    )


def disputes(claims: Sequence[ClaimEntry]) -> tuple[tuple[str, str], ...]:
    """The story's disputes, each once, the most reported first: a dispute between
    claims that other articles report again is the same dispute, shown as the first of
    its articles tells it."""
    keys = {c.key: n for n, c in enumerate(claims)}
    pairs = {
        typing.cast(
            tuple[str, str], tuple(sorted((c.key, other), key=lambda k: keys.get(k, len(keys))))
        )
        for c in claims
        for other in c.disputes
    }
    same = same_claims(claims)
    found: dict[frozenset[str], tuple[str, str]] = {}
    for pair in sorted(pairs, key=lambda p: (keys.get(p[0], 0), keys.get(p[1], len(keys)))):
        found.setdefault(frozenset(same.get(k, k) for k in pair), pair)
    told = Counter(same.get(c.key, c.key) for c in claims)  # reports of each claim
    return tuple(
        sorted(found.values(), key=lambda p: -sum(told[same.get(k, k)] for k in p))
    )  # the most reported first (a stable sort: then the first told)


def same_claims(claims: Sequence[ClaimEntry]) -> dict[str, str]:
    """Claim key -> the first key of the same claim as reported across the story."""
    root: dict[str, str] = {}

    def find(key: str) -> str:
        while root.get(key, key) != key:
            key = root[key]
        return key

    for entry in claims:
        for other in entry.also_reported:
            a, b = find(entry.key), find(other)
            if a != b:
                root[max(a, b)] = min(a, b)
    return {key: find(key) for key in root}
