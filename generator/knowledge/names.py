"""How names compare across articles: folding, titles, and spelling variants.

``Armenian Prime Minister Nikol Pashinyan`` -> personal name ``nikol pashinyan``;
``Nikol Pashinian`` and ``Nikol Pashinyan`` share the phonetic key ``nikol pashinian``.
Titles and demonyms are shared vocabulary (``generator/vocabulary.py``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator.vocabulary import DEMONYMS, TITLE_WORDS

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
LEADING_ARTICLES = ("the ",)

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_PHONETIC = (
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("ou", "u"),
    ("y", "i"),
    ("w", "v"),
    ("q", "k"),
)
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII with curly quotes made straight: the form names compare in."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return ascii_text.lower()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text).replace("-", " "))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The key non-person names compare by: folded words, without a leading 'the'."""
    found = words(text)
    if found and found[0] == "the":
        found = found[1:]
    return " ".join(found)


@lru_cache(maxsize=65536)
def personal_name(text: str) -> tuple[str, ...]:
    """The words of a person's own name, titles and nationality stripped:
    ``Russia's President Mr Putin`` -> ``("putin",)``."""
    tokens = [t for t in words(text) if t not in SUFFIXES]
    last_title = -1
    for i, token in enumerate(tokens):
        if token in TITLE_WORDS or token.endswith("'s") or token in DEMONYMS:
            last_title = i
    tokens = tokens[last_title + 1 :]
    return tuple(t for t in tokens if t.isalpha() or "'" in t)


def suffix_of(text: str) -> str:
    """``jr``, ``sr``, ``ii``... when a name ends with one, else ``""``: Donald Trump Jr.
    is not Donald Trump."""
    found = words(text)
    return found[-1] if found and found[-1] in SUFFIXES else ""


@lru_cache(maxsize=65536)
def phonetic(token: str) -> str:
    """A spelling-variant-insensitive form of one name word: ``pashinyan`` and
    ``pashinian`` -> ``pashinian``; ``zelenskyy`` and ``zelensky`` -> ``zelenski``."""
    out = token.replace("'", "")
    for old, new in _PHONETIC:
        out = out.replace(old, new)
    return _DOUBLE.sub(r"\1", out)
