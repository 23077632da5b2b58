"""How much of a page an editor has checked: the share the top of every page states.

:func:`coverage` counts the reviewed and the draft items among the parts of a page's
view (``contexts.py``); the plugin hands it to the templates as ``review`` beside
``view``, and ``base.html`` says it in words.  Whether each part is a draft is decided
when the view is built (``states.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

from generator.site.contexts import ActorView
from generator.site.parts import (
    ActorCard,
    AnalysisView,
    ArticleCard,
    ClaimView,
    Dispute,
    EventView,
    FigureView,
)


@dataclass(frozen=True)
class Coverage:
    """How much of what a page shows an editor has reviewed.

    Attributes:
        reviewed: the reviewed items (claims, figures, dispute links, actors, events,
            analyses, article summaries) the page shows.
        total: all such items it shows.
    """

    reviewed: int
    total: int

    @property
    def drafts(self) -> int:
        return self.total - self.reviewed


# The parts of a view that are one reviewable item each (a claim's figures are items of
# their own; a source page's claims are counted once however often they appear).
COUNTED = (
    ActorView,
    ClaimView,
    FigureView,
    Dispute,
    ActorCard,
    EventView,
    AnalysisView,
    ArticleCard,
)


def coverage(view: object) -> Coverage:
    """The reviewed and all items among the parts of ``view`` (each part once)."""
    seen: set[int] = set()
    reviewed = total = 0
    for part in _parts(view, seen):
        if isinstance(part, ArticleCard) and not part.summary:
            continue  # an article without a summary holds nothing drafted
        if isinstance(part, COUNTED):
            total += 1
            reviewed += not part.draft
    return Coverage(reviewed, total)


def _parts(value: object, seen: set[int]) -> Iterator[object]:
    if id(value) in seen:
        return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        seen.add(id(value))
        yield value
        for spec in dataclasses.fields(value):
            yield from _parts(getattr(value, spec.name), seen)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _parts(item, seen)
