"""How claim texts compare: content words (crudely stemmed) and indexes of them.

Two reports of one claim rarely share every word ("sent" and "sending", "fighters" and
"fighter"), so words are stemmed just enough to meet; and a corpus of thousands of
claims is compared through indexes, never pair by pair.  :class:`SimilarIndex` uses
prefix filtering: with every claim's words ordered rarest first, two claims whose
Jaccard similarity is at least ``t`` share a word among the first
``len - ceil(t * len) + 1`` words of each, so only those words need an index.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from generator.knowledge.names import fold

MAX_POSTING = 200  # words in more claims than this link nothing by themselves
NEGATIONS = frozenset({"not", "no", "never", "nor", "n't", "none", "without"})
_STOPWORDS = """
    a an the and or but of to in on at by for with from as that this these those it its
    is are was were be been being has have had do does did will would could should may
    might must can shall their there they them he she his her him we our us you your i
    which who whom whose what when where why how than then so if also into over about
    after before said says say according more most some any all such
    """
STOPWORDS = frozenset(_STOPWORDS.split())
_IRREGULAR = {
    "sent": "send",
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
_WORD = re.compile(r"[a-z0-9]+")

Words = frozenset[str]


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem: ``sending``/``sent`` -> ``send``, ``fighters`` -> ``fighter``."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> Words:
    """The stemmed words of ``text`` that carry meaning (no stopwords, no negations)."""
    return frozenset(
        stem(w) for w in _WORD.findall(fold(text)) if w not in STOPWORDS and w not in NEGATIONS
    )


def jaccard(a: Words, b: Words) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def containment(a: Words, b: Words) -> float:
    """The share of the smaller set's words the other has too."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


class WordIndex:
    """Which of ``members`` use each word; finds the claims sharing words with one."""

    def __init__(self, words: Sequence[Words], members: Iterable[int]) -> None:
        self.words = words
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for w in words[i]:
                self.postings[w].append(i)

    def sharing(self, i: int, minimum: int) -> list[tuple[int, int]]:
        """(j, shared words) for every other member sharing at least ``minimum`` of the
        words of ``i`` that are rare enough to index; sorted by j."""
        counts: dict[int, int] = defaultdict(int)
        for w in self.words[i]:
            posting = self.postings.get(w, ())
            if len(posting) <= MAX_POSTING:
                for j in posting:
                    counts[j] += 1
        counts.pop(i, None)
        return sorted((j, n) for j, n in counts.items() if n >= minimum)


def rarity(words: Sequence[Words]) -> dict[str, tuple[int, str]]:
    """Every word's sort key, rarest first: the one order all prefixes must share."""
    frequency: Counter[str] = Counter()
    for found in words:
        frequency.update(found)
    return {w: (n, w) for w, n in frequency.items()}


class SimilarIndex:
    """Finds the ``members`` whose words are at least ``threshold`` similar (Jaccard) to
    given words, without comparing all pairs.  ``order`` is :func:`rarity` of all words.
    Word sets smaller than ``SHORT`` match only the very same words (a word or two in
    common says little)."""

    SHORT = 3

    def __init__(
        self,
        words: Sequence[Words],
        members: Iterable[int],
        threshold: float,
        order: dict[str, tuple[int, str]],
    ) -> None:
        self.words = words
        self.threshold = threshold
        self.order = order
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.same: dict[Words, list[int]] = defaultdict(list)
        for i in members:
            found = words[i]
            if len(found) < self.SHORT:
                if found:
                    self.same[found].append(i)
                continue
            for w in self._prefix(found):
                self.postings[w].append(i)

    def _prefix(self, found: Words) -> list[str]:
        ordered = sorted(found, key=self.order.__getitem__)
        return ordered[: len(ordered) - math.ceil(self.threshold * len(ordered)) + 1]

    def similar(self, i: int) -> list[int]:
        """The members other than ``i`` at least ``threshold`` similar to claim ``i``."""
        mine = self.words[i]
        if len(mine) < self.SHORT:
            return [j for j in self.same.get(mine, ()) if j != i]
        candidates: set[int] = set()
        for w in self._prefix(mine):
            candidates.update(self.postings.get(w, ()))
        candidates.discard(i)
        low, high = self.threshold * len(mine), len(mine) / self.threshold
        words = self.words
        return sorted(
            j
            for j in candidates
            if low <= len(words[j]) <= high and jaccard(mine, words[j]) >= self.threshold
        )
