"""extract stage: Article -> draft FactSheet (actors, claims, disputes, background, analysis).

``draft(article)`` for one article; ``draft_many(articles, processes=n)`` for many, in
input order, loading the language model once per process.  The same article and the
same ``EXTRACTOR_VERSION`` always give the same sheet.

One job per module, in the order ``draft`` calls them:

- ``document``: the paragraphs parsed by spaCy and joined as one Doc;
- ``actors`` (with ``phrases``, ``entities``, ``untagged``, ``organisations``, ``roles``,
  ``names``, ``merging``, ``descriptions``, ``keeping``): who is named, as what, and every
  way the text names them, into the ``cast`` (its types); ``gazetteer`` and ``lexicon``
  hold the data (states with demonyms, capitals and seats; titles; organisation words;
  non-actors);
- ``attribution`` (with ``cues``): who says what, as written; ``nested`` and ``denials``
  add the second reports and passive or relative denials it leaves out;
- ``claims`` (with ``figures``): attributions with sources resolved to actors;
- ``disputes``: claims that contradict each other, linked both ways;
- ``background``: dated context, resolved by ``generator.dates``;
- ``analysis``: commentary set apart from reporting.
"""

from generator.extract.draft import EXTRACTOR_VERSION, draft, draft_many

__all__ = ["EXTRACTOR_VERSION", "draft", "draft_many"]
