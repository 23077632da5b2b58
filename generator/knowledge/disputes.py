"""Claims that contradict each other across articles, each with the reason why.

The rules are the sheet's rules (:mod:`generator.extract.disputes`), read from the
claims' words alone (no parse is kept between stages):

* an answer (a denial, a rejection, words that call a claim false), and a claim in
  another article about the one who answers sharing enough of its words (or a claim
  about the same thing in nearly the same words);
* each side accusing the other of the same thing on the same day (accusations grouped
  by accuser, accused and day, so only mirrored groups are compared);
* opponents (sources whose claims dispute or accuse each other somewhere) giving
  opposite accounts of one thing: most words shared, each with words of its own ("the
  war began with an Azerbaijani attack" / "... an Armenian attack");
* figures of one unit and one side that differ, from different sources, published the
  same day.

Never linked: two claims of one side (an actor, its affiliation and theirs, up to the
state: a ministry and its state, a spokesman and the government), and a mutual
accusation ("Azerbaijan and Armenia accuse each other": one claim by both sides).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from generator.factsheet.model import Claim, Figure
from generator.knowledge.model import ClaimEntry
from generator.knowledge.names import fold
from generator.knowledge.wording import (
    SimilarIndex,
    WordIndex,
    Words,
    containment,
    content_words,
    jaccard,
    rarity,
    stem,
)

SAME_SUBJECT = 0.35  # Jaccard of content words: two claims about the same thing
SAME_WORDS = 0.5  # Jaccard of content words: a denial of these very words
OPPOSED = 0.5  # Jaccard of content words: opponents saying different things about one thing
DENIAL_CONTAINED = 0.4  # share of the shorter claim's words a denial and its target share
MIN_SHARED = 3  # content words two claims must share to be about the same thing
MAX_BUCKET = 50  # figures compared per (unit, side, day)
DENIAL_VERBS = frozenset(
    {
        "deny", "denies", "denied", "reject", "rejects", "rejected", "dismiss", "dismisses",
        "dismissed", "dispute", "disputes", "disputed", "refute", "refutes", "refuted",
        "rebut", "rebuts", "rebutted", "counter", "counters", "countered",
    }
)  # fmt: skip
# words that call another's claim false ("baseless", "yet another lie")
_FALSITY = re.compile(
    r"\b(?:false|falsely|untrue|lies?|baseless|groundless|unfounded|nonsense|propaganda|"
    r"fabricat\w*|fake|absurd|ridiculous|not true|no truth)\b"
)
# words of the frame, not the deed: "Armenia has accused Turkey of ..."
_FRAME = content_words(
    "accused accuses accusing claimed claims alleged allegation reports said says"
)
_MUTUAL = re.compile(r"\b(?:each other|one another|traded (?:accusations|blame))\b")
Pair = tuple[int, int, str]  # (i < j, reason)


def is_denial(claim: Claim) -> bool:
    """An answer: a denial, a rejection, or words that call a claim false."""
    return (
        claim.kind == "denial"
        or claim.verb.lower() in DENIAL_VERBS
        or bool(_FALSITY.search(fold(claim.text)))
    )


def mutual(claim: Claim) -> bool:
    """ "Azerbaijan and Armenia accuse each other": one claim by both sides, neither a
    dispute nor an accusation of one by the other."""
    return bool(_MUTUAL.search(fold(claim.text)))


def side_of(affiliation: Mapping[str, str | None]):  # -> Callable[[str], str]
    """An actor's side: its affiliation followed up to the top (a minister, the
    ministry and the state are one side)."""
    memo: dict[str, str] = {}

    def side(actor: str) -> str:
        if actor not in memo:
            seen, top = {actor}, actor
            while (up := affiliation.get(top)) and up not in seen:
                seen.add(up)
                top = up
            memo[actor] = top
        return memo[actor]

    return side


def opponents(
    claims: Sequence[ClaimEntry],
    disputes: Mapping[str, set[str]],
    affiliation: Mapping[str, str | None],
) -> dict[str, set[str]]:
    """Each source's opponents: their claims dispute each other, or one accuses the
    other.  An actor and its affiliation (a minister and their country) are one side."""
    by_key = {c.key: c for c in claims}
    side = side_of(affiliation)
    pairs: dict[str, set[str]] = defaultdict(set)

    def add(a: str, b: str) -> None:
        if a != b and side(a) != side(b):
            pairs[a].add(b)
            pairs[b].add(a)

    for key, others in disputes.items():
        for other in others:
            if other not in by_key or set(by_key[key].claim.by) & set(by_key[other].claim.by):
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
) -> list[Pair]:
    """Pairs (i < j) of claims in different articles that contradict each other, with
    the reason to show."""
    side = side_of(affiliation)
    sides = [frozenset(side(a) for a in c.claim.by) for c in claims]
    apart = [mutual(c.claim) for c in claims]
    denials = [is_denial(c.claim) and not apart[i] for i, c in enumerate(claims)]
    found: dict[tuple[int, int], str] = {}

    allied = aligned(sides, apart)

    def add(i: int, j: int, reason: str) -> None:
        if sides[i] & sides[j] or apart[i] or apart[j]:
            return
        if any(frozenset((a, b)) in allied for a in sides[i] for b in sides[j]):
            return  # allies the knowledge base knows of: one does not answer the other
        found.setdefault((min(i, j), max(i, j)), reason)

    index = WordIndex(words, (i for i, d in enumerate(denials) if not d))
    for i, entry in enumerate(claims):  # an answer against what it answers
        if denials[i]:
            for j, _ in index.sharing(i, MIN_SHARED):
                if _denied(entry, claims[j], words[i], words[j], sides[i]):
                    add(i, j, f"{entry.claim.verb}: “{_clip(entry.claim.text)}”")
    for i, j in _mirrored(claims, words, sides, side):
        add(i, j, "opposite accounts: each accuses the other")
    # opponents giving opposite accounts of one thing
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
                add(i, j, _accounts(entry.claim.text, other.claim.text, mine, theirs))
    for i, j, reason in _figure_conflicts(claims):
        add(i, j, reason)
    return [(i, j, reason) for (i, j), reason in sorted(found.items())]


def aligned(sides: Sequence[frozenset], apart: Sequence[bool]) -> set[frozenset[str]]:
    """Pairs of sides that speak as one somewhere ("Turkey and Azerbaijan denied ..."):
    a claim by both that is no mutual accusation."""
    pairs: set[frozenset[str]] = set()
    for n, found in enumerate(sides):
        if len(found) > 1 and not apart[n]:
            pairs.update(frozenset((a, b)) for a in found for b in found if a != b)
    return pairs


def _mirrored(
    claims: Sequence[ClaimEntry], words: Sequence[Words], sides: Sequence[frozenset], side
) -> list[tuple[int, int]]:
    """Accusations in different articles of one day where each side accuses the other
    of the same thing ("Armenian forces shelled Ganja" / "Azerbaijani forces shelled
    Stepanakert"): grouped by (accuser side, accused side, day), so only mirrored groups
    are compared."""
    groups: dict[tuple[str, str, str | None], list[int]] = defaultdict(list)
    for i, entry in enumerate(claims):
        if entry.claim.kind != "accusation" or entry.mutual:
            continue
        for accuser in sides[i]:
            for accused in {side(a) for a in entry.claim.about} - sides[i]:
                groups[(accuser, accused, entry.published)].append(i)
    found = set()
    for (accuser, accused, day), members in groups.items():
        if accuser > accused:
            continue
        for i in members[:MAX_BUCKET]:
            for j in groups.get((accused, accuser, day), ())[:MAX_BUCKET]:
                if claims[i].article != claims[j].article and _deeds(claims[i]) & _deeds(claims[j]):
                    found.add((min(i, j), max(i, j)))
    return sorted(found)


def _deeds(entry: ClaimEntry) -> Words:
    """A claim's content words that are no name: what the two accusations say was done
    ("forces shelled"), not where ("Nagorno-Karabakh"), which any two may share."""
    return content_words(" ".join(w for w in entry.claim.text.split() if not w[:1].isupper()))


def _done(text: str) -> Words:
    """What a denial says was (not) done: its words that are no name and no purpose
    ("sending mercenaries", not "to back Azerbaijan": why, not what)."""
    words = text.split()
    kept = [
        w
        for n, w in enumerate(words)
        if not w[:1].isupper() and not (n and words[n - 1].lower() == "to")
    ]
    return content_words(" ".join(kept))


def _denied(denial: ClaimEntry, other: ClaimEntry, a: Words, b: Words, sides: frozenset) -> bool:
    if other.article == denial.article or set(denial.claim.by) & set(other.claim.by):
        return False
    if not (_done(denial.claim.text) & _deeds(other)) - _FRAME:
        return False  # only names in common: "Armenia accused Turkey of sending ..." and
        # "Turkey is supporting Azerbaijan's genocidal acts" deny and say different deeds
    about_other = set(other.claim.about)
    if (sides | set(denial.claim.by)) & about_other and containment(a, b) >= DENIAL_CONTAINED:
        return True  # the other claim is about the one who denies
    overlap = jaccard(a, b)
    about = set(denial.claim.about)
    related = about & set(other.claim.by) or about & about_other
    return overlap >= SAME_SUBJECT and (bool(related) or overlap >= SAME_WORDS)


def _accounts(text_a: str, text_b: str, a: Words, b: Words) -> str:
    """ "opposite accounts: “azerbaijani” against “armenian”": the words only one has."""

    def own(text: str, mine: Words, theirs: Words) -> str:
        kept = [w for w in re.findall(r"[\w'’-]+", text) if stem(fold(w)) in mine - theirs]
        return " ".join(dict.fromkeys(kept[:4])) or "…"

    return f"opposite accounts: “{own(text_a, a, b)}” against “{own(text_b, b, a)}”"


def _figure_conflicts(claims: Sequence[ClaimEntry]) -> list[Pair]:
    buckets: dict[tuple[str, str, str | None], list[tuple[int, Figure]]] = defaultdict(list)
    for i, entry in enumerate(claims):
        for figure in entry.claim.figures:
            if figure.side:
                unit = fold(figure.unit).strip().rstrip("s")
                buckets[(unit, figure.side, entry.published)].append((i, figure))
    found: list[Pair] = []
    for members in buckets.values():
        for (i, a), (j, b) in combinations(members[:MAX_BUCKET], 2):
            if a.value == b.value or claims[i].article == claims[j].article:
                continue
            if set(claims[i].claim.by) & set(claims[j].claim.by):
                continue
            first, second = (a, b) if i < j else (b, a)
            reason = f"different figures: {_figure(first)} against {_figure(second)}"
            found.append((min(i, j), max(i, j), reason))
    return found


def _figure(figure: Figure) -> str:
    if figure.text:
        return f"“{figure.text}”"
    value = int(figure.value) if float(figure.value).is_integer() else figure.value
    return f"{value} {figure.unit}"


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split()).strip(" .,'\"“”‘’")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
