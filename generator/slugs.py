"""Readable, typeable ids: ``Vladimir Putin`` -> ``vladimir-putin``.

Slugs are ASCII, lower case, ``[a-z0-9-]``, never empty, never ``.``/``..``, so an id
can always be used as one path component and never writes outside its folder.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_LENGTH = 80


def slugify(text: str, fallback: str = "item") -> str:
    """Lower-case ASCII words joined by ``-``; ``fallback`` when nothing is left."""
    if text.isascii():  # (what the normalisation would give back: a timeline slugs thousands)
        ascii_text = text
    else:
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_LENGTH:
        slug = slug[:MAX_LENGTH].rsplit("-", 1)[0] or slug[:MAX_LENGTH]
    return slug or fallback


def unique(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... whichever is not in ``taken``; adds it."""
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    taken.add(candidate)
    return candidate


def sheet_slug(article_path: str | Path) -> str:
    """The fact-sheet slug of an article file: its file name without extension."""
    return slugify(Path(article_path).stem, fallback="article")
