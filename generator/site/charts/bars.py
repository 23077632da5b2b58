"""The figures each side claims: bars grouped by unit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.site.charts.layout import fit


@dataclass(frozen=True)
class Bar:
    y: float
    length: float
    claimant: str  # who claims it
    value: str  # "4"
    side: str  # whose ("Azerbaijan's"), or ""
    title: str
    href: str
    draft: bool = False  # a machine draft no editor has checked


@dataclass(frozen=True)
class FigureGroup:
    unit: str
    y: float
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class FigureChart:
    width: int
    height: int
    label_width: int
    groups: tuple[FigureGroup, ...]

    @property
    def empty(self) -> bool:
        return not self.groups


@dataclass(frozen=True)
class FigureInput:
    """Input of :func:`figure_chart`: one number one claimant states."""

    unit: str
    value: float
    value_label: str
    claimant: str
    side: str
    title: str
    href: str
    draft: bool = False


def figure_chart(
    figures: Sequence[FigureInput],
    *,
    width: int = 560,
    units: int = 10,
    per_unit: int = 12,
    label_width: int = 200,
) -> FigureChart:
    """Horizontal bars, one group per unit; bars in a group share one scale.  At most
    ``units`` groups (the most often claimed) of ``per_unit`` bars (the largest).
    Claimants' names sit in the ``label_width`` units left of the bars."""
    grouped: dict[str, list[FigureInput]] = {}
    for figure in figures:
        grouped.setdefault(figure.unit.lower(), []).append(figure)
    kept = sorted(grouped, key=lambda u: (-len(grouped[u]), u))[:units]
    by_unit = {
        unit: sorted(grouped[unit], key=lambda f: -f.value)[:per_unit]
        if len(grouped[unit]) > per_unit
        else grouped[unit]
        for unit in kept
    }
    value_room, row, heading = 130, 28.0, 32.0
    y = 8.0
    groups = []
    for unit in sorted(by_unit):
        items = by_unit[unit]
        top = max(f.value for f in items) or 1
        group_y = y + 18
        y += heading
        bars = []
        for f in items:
            length = max(2.0, (width - label_width - value_room) * f.value / top)
            bars.append(
                Bar(
                    round(y, 1),
                    round(length, 1),
                    fit(f.claimant, label_width - 14, 14),
                    f.value_label,
                    f.side,
                    f.title,
                    f.href,
                    f.draft,
                )
            )
            y += row
        groups.append(FigureGroup(unit, round(group_y, 1), tuple(bars)))
        y += 8
    return FigureChart(width, int(y + 4), label_width, tuple(groups))
