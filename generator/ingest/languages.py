"""The language of an article's text, when the page does not declare it.

A stop-word vote: cheap, deterministic, and right for the languages news comes in
here.  It answers only when one language clearly wins; otherwise ``None``.
"""

from __future__ import annotations

import re
from collections import Counter

_WORDS = {
    "en": (
        "the and of to in is that for on with was as by it said from at his "
        "have has are be this an were which"
    ),
    "de": (
        "der die das und ist nicht mit von zu den ein eine auf für dem sich des auch im wird sie"
    ),
    "fr": "le la les et des est une du que pour dans pas sur au qui avec par il elle ont été",
    "es": "el la los las y que del por una para con no se su al es lo como más fue",
    "it": "il la che di e per un una del della non con sono gli le è nel alla anche ha",
    "pt": "o a os as e que do da para com não um uma no na em por se dos foi mais",
    "nl": "de het een en van is dat op te in voor met niet zijn er aan ook als werd",
}
STOPWORDS = {code: frozenset(words.split()) for code, words in _WORDS.items()}
WORD = re.compile(r"[^\W\d_]+")


def guess(text: str) -> str | None:
    """An ISO 639-1 code, or ``None`` when the text is short or the vote is close."""
    words = [w.lower() for w in WORD.findall(text[:20000])]
    if len(words) < 30:
        return None
    counts = Counter(words)
    scores = sorted(
        ((sum(counts[w] for w in stop) / len(words), code) for code, stop in STOPWORDS.items()),
        reverse=True,
    )
    (best, code), (second, _) = scores[0], scores[1]
    return code if best >= 0.08 and best >= 1.5 * second else None
