"""explainer: news articles -> YAML fact sheets -> a cross-linked static explainer site.

The pipeline runs in one direction, one package per stage:

    ingest  -> extract -> factsheet -> knowledge -> site

Each stage exports one or two verbs and passes frozen dataclasses.  Imports only
point backwards (``site`` never imports ``ingest`` or ``extract``); a test keeps it so.
"""

__version__ = "0.1.0"
