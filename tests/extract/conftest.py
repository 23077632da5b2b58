"""Fixtures for extract tests: small Article objects built from plain text (no ingest).

Blocks are separated by blank lines (lines inside a block are joined, as ingest does).
A block starting ``# `` is a heading, ``by `` a byline, ``Image:`` a caption; everything
else is body text.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from generator.ingest.model import Article, Paragraph


def make_article(
    text: str, *, title: str = "Test article", published: str | None = None, file: str = "t.txt"
) -> Article:
    paragraphs: list[Paragraph] = []
    section = None
    for block in (" ".join(b.split()) for b in text.strip().split("\n\n")):
        if not block:
            continue
        kind = "body"
        if block.startswith("# "):
            kind, block = "heading", block[2:].strip()
        elif block.lower().startswith("by "):
            kind = "byline"
        elif block.startswith("Image:"):
            kind = "caption"
        paragraphs.append(Paragraph(f"p{len(paragraphs) + 1}", kind, block, section))
        if kind == "heading":
            section = block
    return Article(
        file=file,
        title=title,
        paragraphs=tuple(paragraphs),
        published=published,
        language="en",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


SEED = Path(__file__).resolve().parents[2] / "content" / "articles" / "000_2926eab6d77f57bf.txt"


@pytest.fixture(scope="session")
def nlp():
    from generator.extract.language import load_language

    return load_language()


@pytest.fixture(scope="session")
def seed(nlp):
    """The seed as ingest reads it, and its drafted sheet."""
    from generator import ingest
    from generator.extract import draft

    article = ingest.read_article(SEED)
    return article, draft(article, nlp)


@pytest.fixture()
def article():
    """``article(text, published=...)``: an Article from blank-line separated blocks."""
    return make_article


@pytest.fixture()
def sheet_of(article, nlp):
    """``sheet_of(text, published=...)``: the drafted sheet of a small invented article."""
    from generator.extract import draft

    def make(text: str, **kwargs):
        return draft(article(text, **kwargs), nlp)

    return make
