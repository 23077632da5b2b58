"""ingest stage: bytes of a saved article -> :class:`Article`.

``read_article(path)`` and ``parse_article(data, file)`` read HTML pages, Markdown or
text with front matter, and plain text copied from a page; ``find_articles`` lists an
articles folder; ``add_source`` saves a URL or file into it with its provenance.
"""

from generator.ingest.model import PARAGRAPH_KINDS, Article, Image, Paragraph
from generator.ingest.reader import parse_article, read_article
from generator.ingest.sources import add_source, find_articles

__all__ = [
    "PARAGRAPH_KINDS",
    "Article",
    "Image",
    "Paragraph",
    "add_source",
    "find_articles",
    "parse_article",
    "read_article",
]
