"""How much of a page an editor has checked: the share the top of every page states.

:func:`coverage` counts the reviewed and the draft items among the parts of a page's
view (``contexts.py``); the plugin hands it to the templates as ``review`` beside
``view``, and ``base.html`` says it in words.  Whether each part is a draft is decided
when the view is built (``states.py``).
"""

from __future__ import annotations

import dataclasses
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


_LEAVES = (str, int, float, type(None))


def coverage(view: object) -> Coverage:
    """The reviewed and all items among the parts of ``view`` (each part once)."""
    seen: set[int] = set()
    fields: dict[type, tuple[str, ...]] = {}  # each dataclass type's field names, read once
    reviewed = total = 0
    stack = [view]
    while stack:  # every part reached, in no particular order: counting needs none
        value = stack.pop()
        if isinstance(value, tuple | list):
            stack.extend(value)
            continue
        kind = type(value)
        names = fields.get(kind)
        if names is None:
            names = fields[kind] = _field_names(kind)
        if not names or id(value) in seen:
            continue
        seen.add(id(value))
        for name in names:
            part = getattr(value, name)
            if not isinstance(part, _LEAVES):  # text and numbers hold no parts
                stack.append(part)
        if isinstance(value, ArticleCard) and not value.summary:
            continue  # an article without a summary holds nothing drafted
        if isinstance(value, COUNTED):
            total += 1
            reviewed += not value.draft
    return Coverage(reviewed, total)


def _field_names(kind: type) -> tuple[str, ...]:
    """The field names of a dataclass type; none for any other type."""
    if not dataclasses.is_dataclass(kind):
        return ()
    return tuple(f.name for f in dataclasses.fields(kind))
