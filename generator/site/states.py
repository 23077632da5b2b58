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
        # each sheet's claims and actors by id, once a page asks (a serve rebuild draws
        # a few pages of a big site)
        self._claims: dict[str, dict[str, Claim]] = {}
        self._actors: dict[str, dict[str, bool]] = {}

    def _claim(self, key: str) -> tuple[FactSheet, Claim] | None:
        """The sheet and the claim of the key ``<sheet slug>/<claim id>``."""
        slug, _, claim_id = key.partition("/")
        sheet = self.sheets.get(slug)
        if sheet is None:
            return None
        if slug not in self._claims:
            self._claims[slug] = {c.id: c for c in sheet.claims}
        claim = self._claims[slug].get(claim_id)
        return None if claim is None else (sheet, claim)

    def _actor_reviewed(self, ref: str) -> bool:
        """Whether the sheet actor ``<sheet slug>/<actor id>`` is reviewed."""
        slug, _, actor_id = ref.partition("/")
        sheet = self.sheets.get(slug)
        if sheet is None:
            return False
        if slug not in self._actors:
            self._actors[slug] = {a.id: sheet.reviewed(a) for a in sheet.actors}
        return self._actors[slug].get(actor_id, False)

    def claim(self, key: str) -> bool:
        """Whether the claim ``<sheet slug>/<claim id>`` is a draft."""
        found = self._claim(key)
        return found is None or not found[0].reviewed(found[1])

    def figure(self, key: str, n: int) -> bool:
        """Whether the ``n``-th figure of claim ``key`` is a draft."""
        found = self._claim(key)
        if found is None or n >= len(found[1].figures):
            return True
        sheet, claim = found
        return not sheet.reviewed(claim, claim.figures[n])

    def figure_of(self, key: str, value: float | int, unit: str) -> bool:
        """Whether the figure of claim ``key`` that counts ``value`` ``unit`` is a draft."""
        found = self._claim(key)
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
            found = self._claim(one)
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
        return not all(map(self._actor_reviewed, actor.ids)) if actor.ids else True

    def sheet(self, slug: str) -> bool:
        """Whether a sheet's own text (summary, background, analysis) is a draft."""
        sheet = self.sheets.get(slug)
        return sheet is None or sheet.review != "reviewed"
