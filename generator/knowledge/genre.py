"""What kind of writing an article, a paragraph or a claim is: news, opinion or analysis.

The fact sheet says where commentary is: its ``analysis`` items and the paragraphs they
span.  An article most of whose text one or more analysis items span is commentary
throughout: an *analysis* piece when its title or address says so ("Analysis: ...",
``/analysis/``), else an *opinion* piece (a leader, a column, a comment).  Inside a news
report, the paragraphs an analysis item spans (a correspondent's box) are *analysis*;
everything else is news.  The site marks commentary wherever its claims and sentences
appear, and a story's summary is chosen from news only.
"""

from __future__ import annotations

import re

from generator.factsheet.model import Claim, FactSheet

NEWS, OPINION, ANALYSIS = "news", "opinion", "analysis"
GENRES = (NEWS, OPINION, ANALYSIS)
WHOLE = 0.6  # commentary spanning this share of an article's text makes all of it commentary
_TEXT_KINDS = ("body", "quote", "list")
_ANALYSIS = re.compile(r"^\s*analysis\b|/analysis/", re.I)


def article_genre(sheet: FactSheet) -> str:
    """``news``, ``opinion`` or ``analysis`` for the article as a whole."""
    if not sheet.analysis:
        return NEWS
    text = [p.id for p in sheet.paragraphs if p.kind in _TEXT_KINDS]
    spanned = {p for a in sheet.analysis for p in a.paragraphs}
    if not text or sum(1 for p in text if p in spanned) < WHOLE * len(text):
        return NEWS
    marked = _ANALYSIS.search(sheet.article.title) or _ANALYSIS.search(sheet.article.url or "")
    return ANALYSIS if marked else OPINION


def paragraph_genres(sheet: FactSheet) -> dict[str, str]:
    """Paragraph id -> genre, for the paragraphs that are not news."""
    whole = article_genre(sheet)
    if whole != NEWS:
        return {p.id: whole for p in sheet.paragraphs}
    return {p: ANALYSIS for a in sheet.analysis for p in a.paragraphs}


def claim_genre(claim: Claim, genres: dict[str, str], whole: str = NEWS) -> str:
    """The genre of the paragraph a claim is drawn from (``genres``: paragraph_genres;
    ``whole``: the article's genre, for a claim without evidence)."""
    if claim.evidence is None:
        return whole
    return genres.get(claim.evidence.paragraph, NEWS)
