"""Articles grouped into stories: one chain of events each.

Two articles tell the same story when they use the same words and names and involve
the same actors, *and* when they are close in time: a war that flares up again four
years later is a new chain of events, even with the same places and people.  So:

- each article is a TF-IDF vector of its words and another of its names (``vectors.py``;
  terms only one article uses are left out), and one of the actors its sheet names
  (canonical ids, counted once more per claim that names them);
- the text's likeness of two articles is the mean of their words' cosine and their
  names' cosine (an article in another language still shares the names); their
  likeness is ``TEXT_WEIGHT`` of that plus the rest of their actors' cosine (the text's
  alone when either names no actor that another article names);
- groups grow by average linkage: the two groups whose articles are on average most
  alike join, while that average, scaled down by the time between the groups, is at
  least ``THRESHOLD``.  The time between two groups is the gap between their closest
  articles (a story is a chain: its newest article need only be near the last one),
  and a gap of ``TIME_SCALE`` days halves the likeness (``1 / (1 + (gap/scale)^2)``);
  an article without a date is near everything.

Unlike joining every pair above a threshold, average linkage does not let a few
bridging articles chain two stories into one.  Editors' pins (``storypins.py``) are
constraints: articles pinned to one story start as one group, and groups pinned to
different stories never join.

The parameters were set on the conflict-news trial set (``benchmarks/stories.py``;
purity and adjusted Rand index stay within 0.02 of their best for a threshold from 0.14
to 0.18); none of them names a topic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from generator.knowledge import vectors

TEXT_WEIGHT = 0.7  # the words' share of two articles' likeness; the actors' is the rest
THRESHOLD = 0.15  # groups at least this alike (after the time scaling) join
TIME_SCALE = 365.0  # days between two groups' closest articles that halve their likeness
MIN_SHARED = 10  # below this many articles, no term is too common to count
MIN_DF = 2  # a term only one article uses links nothing: it only dilutes the others


@dataclass(frozen=True)
class ArticleFacts:
    """What grouping reads of one article."""

    slug: str
    terms: Counter[str] = field(compare=False, hash=False)  # vectors.terms of title and text
    actors: Mapping[str, int] = field(compare=False, hash=False)  # canonical id -> mentions
    day: int | None = None  # publication date as a day number (date.toordinal())
    pin: str | None = None  # the story an editor pinned it to


def group(articles: Sequence[ArticleFacts]) -> list[list[int]]:
    """Groups of article indexes, each sorted, in order of their first article."""
    n = len(articles)
    if n == 0:
        return []
    likeness = _likeness(articles)
    gaps = np.full((n, n), np.nan)
    days = np.array([np.nan if a.day is None else a.day for a in articles], dtype=float)
    gaps[:] = np.abs(days[:, None] - days[None, :])
    pins = [a.pin for a in articles]
    return _link(likeness, gaps, pins)


def _likeness(articles: Sequence[ArticleFacts]) -> np.ndarray:
    n = len(articles)
    share = 0.5 if n >= MIN_SHARED else 1.0
    words, names = [], []
    for a in articles:
        words.append(Counter({t: k for t, k in a.terms.items() if not t.startswith("N:")}))
        names.append(Counter({t: k for t, k in a.terms.items() if t.startswith("N:")}))
    # the words and the names count alike, each with its own weights
    text = 0.5 * vectors.cosines(vectors.tfidf(words, min_df=MIN_DF, max_share=share))
    text += 0.5 * vectors.cosines(vectors.tfidf(names, min_df=MIN_DF, max_share=share))
    actors = vectors.tfidf([Counter(a.actors) for a in articles], min_df=2, max_share=share)
    named = np.asarray(actors.any(axis=1))
    both = named[:, None] & named[None, :]
    mixed = TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * vectors.cosines(actors)
    return np.where(both, mixed, text).astype(float)


def _decay(gaps: np.ndarray) -> np.ndarray:
    scaled = np.nan_to_num(gaps / TIME_SCALE, nan=0.0)
    return 1.0 / (1.0 + scaled * scaled)


def _link(likeness: np.ndarray, gaps: np.ndarray, pins: Sequence[str | None]) -> list[list[int]]:
    """Average linkage with the time scaling and the pins' constraints.

    Every group keeps the sum of its likeness to every other group, the gap to it, and
    its best partner; after a join only the rows that pointed at the joined groups are
    scored again, so n articles cost about n^2, not n^3."""
    n = len(likeness)
    members: dict[int, list[int]] = {}
    start: dict[str | None, int] = {}
    for i, pin in enumerate(pins):  # articles pinned together start as one group
        root = start.setdefault(pin, i) if pin is not None else i
        members.setdefault(root, []).append(i)
    roots = sorted(members)
    k = len(roots)
    of = np.zeros((k, n))
    for at, root in enumerate(roots):
        of[at, members[root]] = 1.0
    sums = of @ likeness @ of.T
    np.fill_diagonal(sums, 0.0)
    gap = _gaps(gaps, [members[r] for r in roots])
    size = np.array([len(members[r]) for r in roots], dtype=float)
    pinned = np.array([pins[members[r][0]] is not None for r in roots])
    blocked = pinned[:, None] & pinned[None, :]  # two pinned groups are two stories
    alive = np.ones(k, dtype=bool)

    def scores(a: int) -> np.ndarray:
        row = sums[a] / (size[a] * size) * _decay(gap[a])
        row[~alive | blocked[a]] = -1.0
        row[a] = -1.0
        return row

    best = np.full(k, -1.0)
    partner = np.zeros(k, dtype=int)
    for a in range(k):
        row = scores(a)
        partner[a] = int(np.argmax(row))
        best[a] = row[partner[a]]
    while True:
        a = int(np.argmax(np.where(alive, best, -1.0)))
        if best[a] < THRESHOLD:
            break
        b = int(partner[a])
        a, b = min(a, b), max(a, b)
        sums[a] += sums[b]
        sums[:, a] = sums[a]
        sums[a, a] = 0.0
        gap[a] = np.fmin(gap[a], gap[b])
        gap[:, a] = gap[a]
        blocked[a] |= blocked[b]
        blocked[:, a] = blocked[a]
        size[a] += size[b]
        alive[b] = False
        members[roots[a]].extend(members.pop(roots[b]))
        best[b] = -1.0
        row = scores(a)
        partner[a] = int(np.argmax(row))
        best[a] = row[partner[a]]
        stale = alive & ((partner == a) | (partner == b))
        stale[a] = False
        for c in np.flatnonzero(stale):
            other = scores(int(c))
            partner[c] = int(np.argmax(other))
            best[c] = other[partner[c]]
        better = alive & ~stale & (row > best)
        better[a] = False
        partner[better], best[better] = a, row[better]
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def _gaps(gaps: np.ndarray, groups: Sequence[Sequence[int]]) -> np.ndarray:
    """The days between each two groups' closest dated articles (NaN: no dates)."""
    rows = np.array([np.fmin.reduce(gaps[g], axis=0) for g in groups])
    return np.array([np.fmin.reduce(rows[:, g], axis=1) for g in groups]).T
