"""The figures each claimant gives over time: one row per series, dots by date.

A series is one claimant's number for one thing ("Armenia: Azerbaijani tanks"); its
dots sit on a date axis shared by every row, each labelled with the number claimed
that day.  A number whose label would touch the one before it in its row keeps only
its dot (its title and the table under the picture give it); so no two labels overlap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.site.charts.layout import fit
from generator.site.charts.timelines import fractional_year, label_width

ROW = 46.0  # units per series
EDGE = 28.0  # units kept free at either end of the axis
SERIES = 8  # rows at most: the series with most numbers


@dataclass(frozen=True)
class TrendDot:
    x: float
    label: str  # the number, or "" when it would touch its neighbour's
    title: str  # "28 Sep: Armenia says 4 tanks"
    href: str
    draft: bool = False  # a machine draft no editor has checked


@dataclass(frozen=True)
class TrendRow:
    name: str  # who claims what
    y: float  # the row's baseline (its dots)
    dots: tuple[TrendDot, ...]


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    rows: tuple[TrendRow, ...]
    ticks: tuple[tuple[float, str], ...]  # (x, date) under the last row

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class TrendInput:
    """One number claimed: its series, the article's date, and where it is said."""

    series: str
    date: str  # YYYY-MM-DD
    label: str  # the number as shown
    title: str
    href: str
    date_label: str  # "28 Sep"
    draft: bool = False


def trend_chart(
    inputs: Sequence[TrendInput], *, width: int = 720, font_px: float = 12.0
) -> TrendChart:
    dated = [(y, i) for i in inputs if (y := fractional_year(i.date)) is not None]
    if not dated:
        return TrendChart(width, 20, (), ())
    by_series: dict[str, list[tuple[float, TrendInput]]] = {}
    for year, item in sorted(dated, key=lambda d: (d[0], d[1].series, d[1].title)):
        by_series.setdefault(item.series, []).append((year, item))
    kept = sorted(by_series, key=lambda s: (-len(by_series[s]), s))[:SERIES]
    shown = [(y, i) for name in kept for y, i in by_series[name]]
    first = min(y for y, _ in shown)
    last = max(y for y, _ in shown)
    left, right = EDGE, width - EDGE

    def x_of(year: float) -> float:
        if last == first:
            return (left + right) / 2
        return left + (year - first) / (last - first) * (right - left)

    rows = []
    y = 0.0
    for name in kept:
        y += ROW
        dots, end = [], -1e9
        for year, item in by_series[name]:
            x = x_of(year)
            size = label_width(item.label, font_px)
            labelled = x - size / 2 >= end + 4 and x - size / 2 >= 0 and x + size / 2 <= width
            if labelled:
                end = x + size / 2
            dots.append(
                TrendDot(
                    round(x, 1), item.label if labelled else "", item.title, item.href, item.draft
                )
            )
        rows.append(TrendRow(fit(name, (width - 8) * 0.85, 13), round(y, 1), tuple(dots)))
    labels = sorted({(x_of(y0), i.date_label) for y0, i in shown})
    ticks: list[tuple[float, str]] = []
    for x, text in labels:  # dates under the axis, as many as fit inside the picture
        half = label_width(text, font_px) / 2
        x = min(max(x, half), width - half)  # the first and last dates: nudged inside
        inside = half <= width - half
        clear = not ticks or x - half >= ticks[-1][0] + label_width(ticks[-1][1], font_px) / 2 + 6
        if inside and clear:
            ticks.append((round(x, 1), text))
    return TrendChart(width, int(y + 34), tuple(rows), tuple(ticks))
