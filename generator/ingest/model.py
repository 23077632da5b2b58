"""What ingest produces: an :class:`Article`, plain data for the extract stage."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.vocabulary import PARAGRAPH_KINDS as PARAGRAPH_KINDS
from generator.vocabulary import ParagraphKind


@dataclass(frozen=True)
class Paragraph:
    """One block of article text.

    ``id`` is stable for the same input (``p1``, ``p2``, ... in reading order) and is
    what claims cite as evidence.  ``kind`` is one of :data:`PARAGRAPH_KINDS`.
    ``section`` is the text of the nearest heading above it, if any.
    """

    id: str
    kind: ParagraphKind
    text: str
    section: str | None = None


@dataclass(frozen=True)
class Image:
    src: str
    caption: str | None = None
    credit: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned article: metadata, and the body as paragraphs in reading order.

    ``published`` is an ISO date (``2020-09-27``; a page's timestamp is cut to its
    date), ``updated`` an ISO date or timestamp; either is ``None`` when the page does
    not say.  ``file`` is the path the article was read from, as given.
    """

    file: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    outlet: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    updated: str | None = None
    url: str | None = None
    language: str | None = None
    images: tuple[Image, ...] = ()
    credits: tuple[str, ...] = ()
    sha256: str = ""
    section: str | None = None  # the outlet's own label: "World", "Opinion", "Analysis"
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def body(self) -> tuple[Paragraph, ...]:
        """Paragraphs that are running text (not captions or headings)."""
        return tuple(p for p in self.paragraphs if p.kind in ("body", "quote", "list"))

    def to_json(self) -> dict[str, object]:
        """The ``explainer ingest --json`` object (stable key order)."""
        return {
            "file": self.file,
            "title": self.title,
            "outlet": self.outlet,
            "byline": self.byline,
            "authors": list(self.authors),
            "published": self.published,
            "updated": self.updated,
            "url": self.url,
            "language": self.language,
            "section": self.section,
            "paragraphs": [
                {"id": p.id, "kind": p.kind, "text": p.text, "section": p.section}
                for p in self.paragraphs
            ],
            "images": [
                {"src": i.src, "caption": i.caption, "credit": i.credit} for i in self.images
            ],
            "credits": list(self.credits),
        }
