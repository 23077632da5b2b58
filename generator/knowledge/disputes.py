"""Claims that contradict each other across articles.

* a denial, and a claim about the one who denies sharing enough of its words (or a
  claim about the same thing in nearly the same words);
* opponents (sources whose claims dispute or accuse each other somewhere; an actor and
  its affiliation are one side) saying different things about one thing: most words
  shared, each with words of its own ("the war began with an Azerbaijani attack" /
  "... an Armenian attack");
* figures of one unit and one side that differ, from different sources, published the
  same day.

One source never disputes itself here: across articles that is more often one claim
extracted twice than a change of mind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from generator.factsheet.model import Claim
from generator.knowledge.model import ClaimEntry
from generator.knowledge.names import fold
from generator.knowledge.wording import (
    SimilarIndex,
    WordIndex,
    Words,
    containment,
    jaccard,
    rarity,
)

SAME_SUBJECT = 0.35  # Jaccard of content words: two claims about the same thing
SAME_WORDS = 0.5  # Jaccard of content words: a denial of these very words
OPPOSED = 0.5  # Jaccard of content words: opponents saying different things about one thing
DENIAL_CONTAINED = 0.4  # share of the shorter claim's words a denial and its target share
MIN_SHARED = 3  # content words two claims must share to be about the same thing
MAX_BUCKET = 50  # figures compared per (unit, side, day)
DENIAL_VERBS = frozenset({"deny", "denies", "denied", "reject", "rejects", "rejected", "dismiss"})


def is_denial(claim: Claim) -> bool:
    return claim.kind == "denial" or claim.verb.lower() in DENIAL_VERBS


def opponents(
    claims: Sequence[ClaimEntry],
    disputes: Mapping[str, set[str]],
    affiliation: Mapping[str, str | None],
) -> dict[str, set[str]]:
    """Each source's opponents: their claims dispute each other, or one accuses the
    other.  An actor and its affiliation (a minister and their country) are one side."""
    by_key = {c.key: c for c in claims}

    def side(actor: str) -> str:
        return affiliation.get(actor) or actor

    pairs: dict[str, set[str]] = defaultdict(set)

    def add(a: str, b: str) -> None:
        if a != b and side(a) != side(b) and side(a) != b and side(b) != a:
            pairs[a].add(b)
            pairs[b].add(a)

    for key, others in disputes.items():
        for other in others:
            if set(by_key[key].claim.by) & set(by_key[other].claim.by):
                continue  # "A and B accuse each other": no sides to take
            for a in by_key[key].claim.by:
                for b in by_key[other].claim.by:
                    add(a, b)
    for entry in claims:
        if entry.claim.kind == "accusation" and len(entry.claim.by) == 1:
            for b in entry.claim.about:
                add(entry.claim.by[0], b)
    return pairs


def across_articles(
    claims: Sequence[ClaimEntry],
    words: Sequence[Words],
    rivals: Mapping[str, set[str]],
    affiliation: Mapping[str, str | None],
) -> list[tuple[int, int]]:
    """Pairs (i < j) of claims in different articles that contradict each other."""
    denials = [is_denial(c.claim) for c in claims]
    found: set[tuple[int, int]] = set()
    index = WordIndex(words, (i for i, d in enumerate(denials) if not d))
    for i, entry in enumerate(claims):  # a denial against what it denies
        if denials[i]:
            by_i = set(entry.claim.by)
            sides_i = by_i | {affiliation.get(a) or a for a in by_i}
            for j, _ in index.sharing(i, MIN_SHARED):
                if _denied(entry, claims[j], words[i], words[j], sides_i):
                    found.add((min(i, j), max(i, j)))
    # opponents saying different things about one thing
    sourced = [
        i for i, c in enumerate(claims) if not denials[i] and any(a in rivals for a in c.claim.by)
    ]
    similar = SimilarIndex(words, sourced, OPPOSED, rarity(words))
    for i in sourced:
        entry = claims[i]
        by_i = set(entry.claim.by)
        against = set().union(*(rivals.get(a, set()) for a in by_i))
        for j in similar.similar(i):
            other = claims[j]
            if j < i or other.article == entry.article:
                continue
            by_j = set(other.claim.by)
            if by_i & by_j or not against & by_j:
                continue
            mine, theirs = words[i], words[j]
            if mine - theirs and theirs - mine and len(mine & theirs) >= MIN_SHARED:
                found.add((i, j))
    found.update(_figure_conflicts(claims))
    return sorted(found)


def _denied(denial: ClaimEntry, other: ClaimEntry, a: Words, b: Words, sides: set[str]) -> bool:
    if other.article == denial.article or set(denial.claim.by) & set(other.claim.by):
        return False
    about_other = set(other.claim.about)
    if sides & about_other and containment(a, b) >= DENIAL_CONTAINED:
        return True  # the other claim is about the one who denies
    overlap = jaccard(a, b)
    about = set(denial.claim.about)
    related = about & set(other.claim.by) or about & about_other
    return overlap >= SAME_SUBJECT and (bool(related) or overlap >= SAME_WORDS)


def _figure_conflicts(claims: Sequence[ClaimEntry]) -> set[tuple[int, int]]:
    buckets: dict[tuple[str, str, str | None], list[tuple[int, float]]] = defaultdict(list)
    for i, entry in enumerate(claims):
        for figure in entry.claim.figures:
            if figure.side:
                unit = fold(figure.unit).strip().rstrip("s")
                buckets[(unit, figure.side, entry.published)].append((i, figure.value))
    found: set[tuple[int, int]] = set()
    for members in buckets.values():
        for (i, a), (j, b) in combinations(members[:MAX_BUCKET], 2):
            if a == b or claims[i].article == claims[j].article:
                continue
            if set(claims[i].claim.by) & set(claims[j].claim.by):
                continue
            found.add((min(i, j), max(i, j)))
    return found
