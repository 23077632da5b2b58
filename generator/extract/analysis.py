"""Commentary set apart from reporting: analysis sections, comment and opinion pieces.

A heading that opens with a commentary label ("Analysis: ...", "Comment - ...",
"OPINION: ...") or names a correspondent and their beat ("Tom Hale, North America
editor": a box set into a news story) starts an analysis section; a byline paragraph
right under it ("by Deborah Haynes, foreign affairs editor") names its author.  The
section ends at the next heading, or where ingest saw the box it stood in end.  Its
points are the key sentence (the first) of each of its paragraphs.  A whole article
whose title or url marks it as opinion (or whose outlet files it under opinion, comment
or analysis) is one analysis by the article's author.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.extract import bylines
from generator.extract.names import fold
from generator.factsheet.model import Analysis
from generator.ingest.model import Article, Paragraph

if TYPE_CHECKING:
    from generator.extract.cast import Cast
    from generator.extract.document import ParsedArticle

_LABEL = re.compile(
    r"^\s*(analysis|comment|commentary|opinion|editorial|viewpoint|view|our view|perspective)"
    r"\s*[:|\-–—]\s*",
    re.I,
)
_BARE_LABELS = {"analysis", "comment", "commentary", "opinion", "editorial", "viewpoint"}
_OPINION_URL = re.compile(
    r"/(?:opinion|opinions|comment|commentisfree|editorials?|leaders?|columns?)/", re.I
)
_POINT_KINDS = ("body", "quote", "list")


_OPINION_SECTION = re.compile(
    r"\b(?:opinions?|comment|commentary|commentisfree|editorials?|leaders?|columns?|"
    r"columnists?|op-?eds?|analysis|viewpoints?)\b",
    re.I,
)


def is_opinion(article: Article) -> bool:
    """The whole article is commentary: its title, url or the outlet's section says so."""
    return bool(
        _LABEL.match(article.title or "")
        or _OPINION_URL.search(article.url or "")
        or _OPINION_SECTION.search(article.section or "")
    )


def _author(cast: Cast, name: str | None) -> str | None:
    if not name:
        return None
    for actor in cast.actors:
        if actor.kind == "person" and fold(actor.name) == fold(name):
            return actor.id
    return None


def _first_sentence(parsed: ParsedArticle, paragraph: Paragraph) -> str:
    sentences = parsed.sentences_in(paragraph)
    return sentences[0].text.strip() if sentences else paragraph.text.strip()


def find_analysis(parsed: ParsedArticle, cast: Cast) -> tuple[Analysis, ...]:
    sections: list[Analysis] = []
    paragraphs = parsed.paragraphs
    for i, heading in enumerate(paragraphs):
        signed = bylines.correspondent(heading.text) if heading.kind == "heading" else None
        if heading.kind != "heading" or not (
            _LABEL.match(heading.text) or heading.text.strip().lower() in _BARE_LABELS or signed
        ):
            continue
        bare = heading.text.strip().lower() in _BARE_LABELS
        title = "" if bare or signed else _LABEL.sub("", heading.text).strip()
        start = i + 1
        if not title and start < len(paragraphs) and paragraphs[start].kind == "heading":
            title, start = paragraphs[start].text.strip(), start + 1  # "Analysis" / title
        title = title or heading.text.strip()
        author = _author(cast, signed[0]) if signed else None
        byline_id = None
        members: list[Paragraph] = []
        for j in range(start, len(paragraphs)):
            paragraph = paragraphs[j]
            if paragraph.kind == "heading" or paragraph.section != paragraphs[start - 1].text:
                break  # the next section, or the story again after a box set into it
            if not members and author is None and bylines.is_section_byline(paragraphs, j):
                found = bylines.byline(paragraph.text)
                author = _author(cast, found[0] if found else None)
                byline_id = paragraph.id
                members.append(paragraph)
                continue
            members.append(paragraph)
        points = tuple(
            _first_sentence(parsed, p)
            for p in members
            if p.kind in _POINT_KINDS and p.id != byline_id
        )
        sections.append(
            Analysis(
                title=title,
                points=points,
                by=author,
                paragraphs=(*(p.id for p in paragraphs[i:start]), *(p.id for p in members)),
            )
        )
    article = parsed.article
    if not sections and is_opinion(article):
        body = [p for p in paragraphs if p.kind in _POINT_KINDS]
        sections.append(
            Analysis(
                title=_LABEL.sub("", article.title).strip() or article.title,
                points=tuple(_first_sentence(parsed, p) for p in body[:8]),
                by=_author(cast, article.authors[0] if article.authors else None),
                paragraphs=tuple(p.id for p in body),
            )
        )
    return tuple(sections)
