"""A story's figures over time: the numbers its claimants give of the same things.

A chart of figures compares numbers, so it keeps only what can be compared.  A figure
counts something (its unit: "tanks", "soldiers", "hospitals"); the story's figures of
one thing, the unit crudely stemmed (``wording.stem``: "soldier" and "soldiers" meet),
are comparable when the story gives that thing more than one number: two claimants,
or one claimant over time, or two sides.  A count nobody else gives and that never
changes ("three chairs" in an aside) is not a quantity the story follows: it stays
with its claim, off the chart; so does a measure ("120 mm", "2100 GMT") and what is
not a whole number of things ("0.5 rounds": a calibre).  The same figure reported again
by a later article is the same number, not a second one (and on the same day, one
point).

Whose the counted things are (the figure's ``side``) is kept only when it can be: a
country, region, group or organisation, never a person ("Donald Trump's servicemen"),
and never the claimant's own name for a group that is no party ("officials' people").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from generator import dates
from generator.knowledge.model import ClaimEntry, FigurePoint
from generator.knowledge.wording import stem

PARTY_KINDS = ("country", "region", "group", "organisation")
# Units that measure rather than count (a calibre, a distance, a time of day): a story's
# figures over time are counts of what it follows.
_MEASURES = """
    mm cm m km kg g t lb lbs ft in mile miles metre metres meter meters kilometre
    kilometres kilometer kilometers tonne tonnes ton tons gmt utc hour hours minute
    minutes second seconds percent per cent %
    """
MEASURES = frozenset(_MEASURES.split())
OWN_SIDE_KINDS = ("country", "region")  # a claimant counting its own losses


def figures(claims: Sequence[ClaimEntry], kinds: Mapping[str, str]) -> tuple[FigurePoint, ...]:
    """The comparable figures of a story's claims, oldest article first."""
    points = [
        FigurePoint(
            claim=entry.key,
            by=entry.claim.by,
            unit=figure.unit,
            value=figure.value,
            side=_side(figure.side, entry.claim.by, kinds),
            published=dates.day(entry.published),
        )
        for entry in claims
        if not entry.claim.hidden
        for figure in entry.claim.figures
        if _counts(figure.value, figure.unit)
    ]
    numbers: dict[str, set[tuple[object, ...]]] = defaultdict(set)
    for point in points:
        numbers[counted(point.unit)].add((point.by, point.side, point.value))
    kept: dict[tuple[object, ...], FigurePoint] = {}
    for point in sorted(points, key=lambda p: (p.published or "~", p.claim)):
        what = counted(point.unit)
        if len(numbers[what]) > 1:  # one number on one day, however many report it
            kept.setdefault((point.by, point.side, what, point.value, point.published), point)
    return tuple(kept.values())


def counted(unit: str) -> str:
    """What a unit counts, for comparing: "Soldiers" and "soldier" are one thing."""
    return " ".join(stem(w) for w in unit.casefold().split())


def _counts(value: float | int, unit: str) -> bool:
    """Whether a figure counts things: a whole number of them, not a measure."""
    return value >= 0 and float(value).is_integer() and unit.casefold() not in MEASURES


def _side(side: str | None, by: Sequence[str], kinds: Mapping[str, str]) -> str | None:
    if side is None or kinds.get(side) not in PARTY_KINDS:
        return None
    if side in by and kinds.get(side) not in OWN_SIDE_KINDS:
        return None
    return side
