"""What an editor has checked, as the site shows it: draft marks and each page's share.

Every machine-drafted item stays a draft until an editor marks it ``review: reviewed``
(``generator/factsheet/model.py``).  The site marks each draft wherever it appears
("machine draft, not yet checked"), its pictures included, and says on each page how
much of what it shows is reviewed.  :class:`ReviewStates` answers, from the sheets the
knowledge was built from, whether a claim, a figure, an actor, a dispute link or a
sheet's own text (summary, background, analysis) is a draft; ``checked.coverage``
counts the reviewed and draft items a page's view holds.
"""

from __future__ import annotations

from generator.factsheet.model import Claim, FactSheet
from generator.knowledge.model import ActorEntry, Knowledge


class ReviewStates:
    """Whether each thing the knowledge holds is still a machine draft."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.sheets = {s.slug: s for s in knowledge.sheets}
        self.claims: dict[str, tuple[FactSheet, Claim]] = {
            f"{s.slug}/{c.id}": (s, c) for s in knowledge.sheets for c in s.claims
        }
        self.actors = {
            f"{s.slug}/{a.id}": s.reviewed(a) for s in knowledge.sheets for a in s.actors
        }

    def claim(self, key: str) -> bool:
        """Whether the claim ``<sheet slug>/<claim id>`` is a draft."""
        found = self.claims.get(key)
        return found is None or not found[0].reviewed(found[1])

    def figure(self, key: str, n: int) -> bool:
        """Whether the ``n``-th figure of claim ``key`` is a draft."""
        found = self.claims.get(key)
        if found is None or n >= len(found[1].figures):
            return True
        sheet, claim = found
        return not sheet.reviewed(claim, claim.figures[n])

    def figure_of(self, key: str, value: float | int, unit: str) -> bool:
        """Whether the figure of claim ``key`` that counts ``value`` ``unit`` is a draft."""
        found = self.claims.get(key)
        if found is None:
            return True
        sheet, claim = found
        figure = next((f for f in claim.figures if (f.value, f.unit) == (value, unit)), None)
        return figure is None or not sheet.reviewed(claim, figure)

    def link(self, a: str, b: str) -> bool:
        """Whether the dispute link between claims ``a`` and ``b`` is a draft: it is
        checked when a sheet lists it and says it is reviewed (the link itself, or the
        claim that lists it); a link the machine found across articles is never checked."""
        for one, other in ((a, b), (b, a)):
            found = self.claims.get(one)
            if found is None:
                continue
            sheet, claim = found
            slug, _, other_id = other.partition("/")
            for link in claim.linked():
                named = link.claim == other or (slug == sheet.slug and link.claim == other_id)
                if named and sheet.reviewed(claim, link):
                    return False
        return True

    def actor(self, actor: ActorEntry) -> bool:
        """Whether an actor is a draft: some sheet that names it has not checked it."""
        return not all(self.actors.get(ref, False) for ref in actor.ids) if actor.ids else True

    def sheet(self, slug: str) -> bool:
        """Whether a sheet's own text (summary, background, analysis) is a draft."""
        sheet = self.sheets.get(slug)
        return sheet is None or sheet.review != "reviewed"
