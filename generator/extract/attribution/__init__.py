"""Attribution: who says what, read from a parsed article.

``find_attributions(doc)`` returns, for every attributed statement in a spaCy ``Doc`` of
the whole article, its source as written, its cue, its content, the verbatim quote and
the kind of claim.  Resolving sources to actors is the actors module's job, not this one.

The modules, in the order a draft flows through them:

- ``cues``: the curated cue words (verbs, nouns, "according to") and their kinds;
- ``frames``: the (verb, complement) table learned from PolNeAR train, for the long tail;
- ``forms``: the ``Draft`` record and the shapes a cue takes ("X said", "said X");
- ``rules``: the dependency rules that propose a draft at a cue;
- ``speakers``: who says it, the source of a cue;
- ``quotes``: quotation marks, quotes running over sentences, dash credits;
- ``filtering``: the learned logistic filter that drops unlikely drafts;
- ``finding``: ``find_attributions``, which runs them in order;
- ``denials`` and ``nested``: denials and attributions nested in another's content.
"""

from generator.extract.attribution.finding import COMPONENTS_READ, find_attributions
from generator.extract.attribution.model import Attribution, Span

__all__ = ["COMPONENTS_READ", "Attribution", "Span", "find_attributions"]
