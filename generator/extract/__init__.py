"""extract stage: Article -> draft FactSheet (actors, claims, disputes, background, analysis).

``draft(article)`` for one article; ``draft_many(articles, processes=n)`` for many, in
input order, loading the language model once per process.
"""

from generator.extract.draft import EXTRACTOR_VERSION, draft, draft_many

__all__ = ["EXTRACTOR_VERSION", "draft", "draft_many"]
