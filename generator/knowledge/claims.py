"""Claims across articles: keys, the same claim from several outlets, and disputes.

* A claim's key is ``<sheet slug>/<claim id>``; its actor ids become canonical.
* ``also_reported``: claims in other articles by the same (merged) source whose texts
  share most of their words (Jaccard of content words >= ``SAME_CLAIM``).
* ``disputes``: a sheet's own disputes, made symmetric, plus links across articles:
  a denial and a claim about the one who denies (or about the same thing) sharing
  its words; claims of opposing sources (sources
  whose claims dispute or accuse each other somewhere) that say different things about
  the same thing (most words shared, each with words of its own); and
  figures of the same unit and side that differ, from different sources on the same day.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from generator.factsheet.model import Claim, FactSheet
from generator.knowledge.model import ClaimEntry, FigureEntry
from generator.knowledge.names import fold

SAME_CLAIM = 0.6  # Jaccard of content words: the same claim, reported twice
SAME_SUBJECT = 0.35  # Jaccard of content words: two claims about the same thing
SAME_WORDS = 0.5  # Jaccard of content words: a denial of these very words
OPPOSED = 0.5  # Jaccard of content words: opponents saying different things about one thing
DENIAL_CONTAINED = 0.4  # share of the shorter claim's words a denial and its target share
MIN_SHARED = 3  # content words two claims must share to be about the same thing
MAX_POSTING = 200  # words in more claims than this link nothing by themselves
DENIAL_VERBS = frozenset({"deny", "denies", "denied", "reject", "rejects", "rejected", "dismiss"})
NEGATIONS = frozenset({"not", "no", "never", "nor", "n't", "none", "without"})
_STOPWORDS = """
    a an the and or but of to in on at by for with from as that this these those it its
    is are was were be been being has have had do does did will would could should may
    might must can shall their there they them he she his her him we our us you your i
    which who whom whose what when where why how than then so if also into over about
    after before said says say according more most some any all such
    """
STOPWORDS = frozenset(_STOPWORDS.split())
_WORD = re.compile(r"[a-z0-9]+")


_IRREGULAR = {
    "sent": "send",
    "said": "say",
    "told": "tell",
    "shot": "shoot",
    "fought": "fight",
    "began": "begin",
    "begun": "begin",
    "led": "lead",
    "held": "hold",
    "left": "leave",
    "won": "win",
    "lost": "lose",
    "brought": "bring",
    "struck": "strike",
}
_SUFFIXES = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude stem, enough for two reports of one claim to share their words:
    ``sending``/``sent`` -> ``send``, ``fighters`` -> ``fighter``."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    return frozenset(
        stem(w) for w in _WORD.findall(fold(text)) if w not in STOPWORDS and w not in NEGATIONS
    )


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set's words the other has too."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def canonical_claim(claim: Claim, local: Mapping[str, str]) -> Claim:
    def one(actor_id: str | None) -> str | None:
        return None if actor_id is None else local.get(actor_id, actor_id)

    return dataclasses.replace(
        claim,
        by=tuple(dict.fromkeys(local.get(a, a) for a in claim.by)),
        about=tuple(dict.fromkeys(local.get(a, a) for a in claim.about)),
        via=one(claim.via),
        figures=tuple(dataclasses.replace(f, side=one(f.side)) for f in claim.figures),
    )


def is_denial(claim: Claim) -> bool:
    return claim.kind == "denial" or claim.verb.lower() in DENIAL_VERBS


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
    opponents = _opponents(claims, disputes, affiliation)
    for a, b in _cross_disputes(claims, words, opponents, affiliation):
        disputes[claims[a].key].add(claims[b].key)
        disputes[claims[b].key].add(claims[a].key)
    also = _also_reported(claims, words)
    order = {c.key: (c.published or "~", c.key) for c in claims}
    result = []
    figures = []
    for i, entry in enumerate(claims):
        result.append(
            dataclasses.replace(
                entry,
                disputes=tuple(sorted(disputes.get(entry.key, ()), key=order.__getitem__)),
                also_reported=tuple(sorted(also.get(i, ()), key=order.__getitem__)),
            )
        )
        figures.extend(
            FigureEntry(claim=entry.key, by=entry.claim.by, figure=f) for f in entry.claim.figures
        )
    return result, figures


def _postings(claims: Sequence[ClaimEntry], words: Sequence[frozenset[str]], members) -> dict:  # type: ignore[no-untyped-def]
    index: dict[str, list[int]] = defaultdict(list)
    for i in members:
        for w in words[i]:
            index[w].append(i)
    return index


def _candidates(
    i: int, words: Sequence[frozenset[str]], index: Mapping[str, list[int]]
) -> set[int]:
    found: set[int] = set()
    for w in words[i]:
        posting = index.get(w, ())
        if len(posting) <= MAX_POSTING:
            found.update(posting)
    found.discard(i)
    return found


def _also_reported(
    claims: Sequence[ClaimEntry], words: Sequence[frozenset[str]]
) -> dict[int, set[str]]:
    """The same claim by the same source in other articles (clusters, transitive)."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(claims):
        for actor in entry.claim.by:
            by_source[actor].append(i)
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for source in sorted(by_source):
        members = by_source[source]
        index = _postings(claims, words, members)
        for i in members:
            for j in sorted(_candidates(i, words, index)):
                if j <= i or claims[i].article == claims[j].article:
                    continue
                if is_denial(claims[i].claim) != is_denial(claims[j].claim):
                    continue
                if jaccard(words[i], words[j]) >= SAME_CLAIM:
                    ri, rj = find(i), find(j)
                    parent[max(ri, rj)] = min(ri, rj)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        clusters[find(i)].append(i)
    result: dict[int, set[str]] = {}
    for members in clusters.values():
        if len(members) > 1:
            for i in members:
                others = {j for j in members if claims[j].article != claims[i].article}
                if others:
                    result[i] = {claims[j].key for j in others}
    return result


def _opponents(
    claims: Sequence[ClaimEntry],
    disputes: Mapping[str, set[str]],
    affiliation: Mapping[str, str | None],
) -> set[frozenset[str]]:
    """Pairs of sources on opposite sides: their claims dispute each other, or one accuses
    the other.  An actor and its affiliation (a minister and their country) are one side."""
    by_key = {c.key: c for c in claims}

    def side(actor: str) -> str:
        return affiliation.get(actor) or actor

    pairs: set[frozenset[str]] = set()

    def add(a: str, b: str) -> None:
        if a != b and side(a) != side(b) and side(a) != b and side(b) != a:
            pairs.add(frozenset((a, b)))

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


def _cross_disputes(
    claims: Sequence[ClaimEntry],
    words: Sequence[frozenset[str]],
    opponents: set[frozenset[str]],
    affiliation: Mapping[str, str | None],
) -> list[tuple[int, int]]:
    """Pairs of claims in different articles that contradict each other."""
    index = _postings(claims, words, range(len(claims)))
    found: set[tuple[int, int]] = set()
    for i, entry in enumerate(claims):
        denial = is_denial(entry.claim)
        by_i, about_i = set(entry.claim.by), set(entry.claim.about)
        sides_i = by_i | {affiliation.get(a) or a for a in by_i}
        for j in _candidates(i, words, index):
            other = claims[j]
            if other.article == entry.article or (j < i and not denial):
                continue
            shared = words[i] & words[j]
            if len(shared) < 2:
                continue
            by_j, about_j = set(other.claim.by), set(other.claim.about)
            if by_i & by_j:
                continue  # one source against itself: more often a doubled extraction
            overlap = jaccard(words[i], words[j])
            if denial and not is_denial(other.claim):
                if len(shared) < MIN_SHARED:
                    continue
                about_denier = sides_i & about_j  # the other claim is about the one who denies
                if (about_denier and containment(words[i], words[j]) >= DENIAL_CONTAINED) or (
                    overlap >= SAME_SUBJECT
                    and (about_i & by_j or about_i & about_j or overlap >= SAME_WORDS)
                ):
                    found.add((min(i, j), max(i, j)))
            elif (
                not denial
                and not is_denial(other.claim)
                and len(shared) >= MIN_SHARED
                and OPPOSED <= overlap < 1.0
                and words[i] - words[j]
                and words[j] - words[i]
                and any(frozenset((a, b)) in opponents for a in by_i for b in by_j)
            ):
                found.add((min(i, j), max(i, j)))
    found.update(_figure_conflicts(claims))
    return sorted(found)


def _figure_conflicts(claims: Sequence[ClaimEntry]) -> set[tuple[int, int]]:
    buckets: dict[tuple[str, str, str | None], list[tuple[int, float]]] = defaultdict(list)
    for i, entry in enumerate(claims):
        for figure in entry.claim.figures:
            if figure.side:
                unit = fold(figure.unit).strip().rstrip("s")
                buckets[(unit, figure.side, entry.published)].append((i, figure.value))
    found: set[tuple[int, int]] = set()
    for members in buckets.values():
        for (i, a), (j, b) in combinations(members[:50], 2):
            if a == b or claims[i].article == claims[j].article:
                continue
            if set(claims[i].claim.by) & set(claims[j].claim.by):
                continue
            found.add((min(i, j), max(i, j)))
    return found
