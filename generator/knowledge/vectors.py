"""Texts as TF-IDF vectors compared by cosine: how articles and sentences are weighed.

A text's *terms* are its content words, crudely stemmed (``wording.stem``), and its
capitalised words that do not open a sentence once more as names (``N:gaza``): the
people, places and bodies a story is about tell two stories apart better than the words
of war they share.  Each
term is weighed by how often the text uses it (sublinear) and how few texts use it
(smoothed inverse document frequency); rows are scaled to length one, so a product of
two rows is their cosine.

numpy only: scikit-learn's ``TfidfVectorizer`` does the same arithmetic, but importing
it (with SciPy) takes two to four seconds on the build machine, more than a warm build
of a big site may spend on the whole knowledge stage.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from generator.knowledge.names import fold
from generator.knowledge.wording import STOPWORDS, stem

# Words every news text uses: they say nothing about which story it tells.
_COMMON = """
    not no nor never none without here now just very only other another same own each
    both few many much even still yet while until since because though although however
    whether unless upon within between through during against among across toward
    towards around under above below off out up down again once further also like
    year years day days week weeks month months time times today yesterday tonight
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december one two three four
    five six seven eight nine ten first last new told tell people mr mrs ms per cent
    percent including well made make get got go going went take took way back
    """
STOP = STOPWORDS | frozenset(_COMMON.split())
_WORD = re.compile(r"[a-z][a-z0-9']*[a-z0-9]")
_NAME = re.compile(r"\b[A-Z][\w'’-]*\w")
MAX_TERMS = 8000  # columns kept: the terms the most texts share (the rest link few)


def terms(text: str, weight: int = 1, counts: Counter[str] | None = None) -> Counter[str]:
    """The terms of ``text`` (words and names), each counted ``weight`` times, added to
    ``counts`` when given."""
    found = counts if counts is not None else Counter()
    words = (w.removesuffix("'s").strip("'") for w in _WORD.findall(fold(text)))
    stems = [stem(w) for w in words if len(w) > 2 and w not in STOP]
    if weight == 1:
        found.update(stems)  # (counted in C)
    else:
        for word in stems:
            found[word] += weight
    for match in _NAME.finditer(text):
        k = match.start() - 1
        while k >= 0 and text[k].isspace():
            k -= 1  # (read back from the name: copying all the text before it is slow)
        if k < 0 or text[k] in ".!?:;\"“‘'(–—-•|":
            continue  # a sentence's first word is capitalised whatever it is
        key = fold(match.group()).removesuffix("'s")
        if len(key) > 2 and key not in STOP:
            found["N:" + key] += weight
    return found


def tfidf(
    documents: Sequence[Counter[str]],
    *,
    min_df: int = 1,
    max_share: float = 1.0,
    max_terms: int = MAX_TERMS,
) -> np.ndarray:
    """One unit row per document (a zero row when nothing is left of it).  Terms in
    fewer than ``min_df`` documents, or in more than ``max_share`` of them, are left
    out; so are all but the ``max_terms`` most shared."""
    n = len(documents)
    df: Counter[str] = Counter()
    for document in documents:
        df.update(document.keys())
    most = max_share * n
    kept = [t for t, k in df.items() if min_df <= k <= most]
    if len(kept) > max_terms:
        kept = sorted(kept, key=lambda t: (-df[t], t))[:max_terms]
    column = {t: i for i, t in enumerate(sorted(kept))}
    matrix = np.zeros((n, len(column)), dtype=np.float32)
    idf = {t: math.log((n + 1) / (df[t] + 1)) + 1 for t in column}
    for row, document in enumerate(documents):
        for term, count in document.items():
            at = column.get(term)
            if at is not None:
                matrix[row, at] = (1 + math.log(count)) * idf[term]
    return normalised(matrix)


def normalised(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def cosines(rows: np.ndarray) -> np.ndarray:
    """Every row's cosine with every row (rows already unit length)."""
    return rows @ rows.T if rows.shape[1] else np.zeros((len(rows), len(rows)), np.float32)
