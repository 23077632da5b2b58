"""The timeline picture: dated events on an axis scaled to the dates shown.

A story's background may lie decades before its news ("a ceasefire in 1994", then a
week of fighting in 2020): one linear axis would squeeze the news into one dot.  So the
axis is cut into *eras* at its widest gaps (at most ``MAX_ERAS``, and only where a gap
sets a cluster of dates apart from the rest), each era scaled to its own dates and drawn in
its own stretch of the picture, with a break mark between two eras.

Events on one date are one marker (its label once, every event in its title).  Labels
sit in lanes above the axis; a label goes in the lowest lane where it overlaps no other
label, and an event for which no lane has room is a dot without a label (the list under
the picture names every event).  Widths are estimated from the label's characters at
the font size the theme gives it, with room to spare, so that no two labels overlap on
any screen: the picture scales as a whole.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.vocabulary import SHORT_MONTH_NAMES

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Marker:
    """A dated event on the axis; its label sits in ``lane`` above the axis."""

    x: float
    label_y: float
    anchor: str  # SVG text-anchor: start | middle | end
    label: str  # the date, short
    title: str  # what happened (tooltip and accessible name)
    href: str
    label_x: float | None = None  # where its label's anchor is, when not at ``x``
    draft: bool = False  # some event at it is a machine draft no editor has checked


@dataclass(frozen=True)
class TimelineChart:
    width: int
    height: int
    axis_y: float
    ticks: tuple[Tick, ...]
    markers: tuple[Marker, ...]
    segments: tuple[tuple[float, float], ...] = ()  # the axis of each era (x0, x1)
    breaks: tuple[float, ...] = ()  # where the axis breaks between two eras

    @property
    def empty(self) -> bool:
        return not self.markers


@dataclass(frozen=True)
class TimelinePoint:
    """Input of :func:`timeline`: one event with a sortable ISO-ish date."""

    sort_key: str
    label: str
    title: str
    href: str
    draft: bool = False  # a machine draft no editor has checked


def fractional_year(sort_key: str) -> float | None:
    """``"2020-09-27"`` -> 2020.74; ``None`` for dates that are not ISO-ish."""
    match = _DATE.match(sort_key)
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2) or 1)
    day = int(match.group(3) or 1)
    return year + (month - 1) / 12 + (day - 1) / 365


MAX_ERAS = 4
SET_APART = 3.0  # a gap this many times a cluster's own span sets the cluster apart
EDGE = 36.0  # units kept free at either end of the picture (half a tick label)
ERA_GAP = 28.0  # units between two eras (the break mark sits in it)
NARROW_WIDTH = 400  # pictures this narrow are the phones' (bigger tick labels)
LANE = 22.0  # units between two lanes of labels
_SHORT_MONTHS = SHORT_MONTH_NAMES


@dataclass(frozen=True)
class Era:
    """A stretch of time and of the picture: ``start``..``end`` (years) at ``x0``..``x1``."""

    start: float
    end: float
    x0: float
    x1: float

    def x(self, year: float) -> float:
        if self.end == self.start:
            return (self.x0 + self.x1) / 2
        return self.x0 + (year - self.start) / (self.end - self.start) * (self.x1 - self.x0)


def label_width(text: str, font_px: float) -> float:
    """A generous estimate of a label's width in units (bold digits and capitals)."""
    return len(text) * 0.66 * font_px + 6


def eras(years: Sequence[float], width: float, most: int = MAX_ERAS) -> list[Era]:
    """The eras of sorted ``years``, cut at the widest gaps that set a cluster apart: a
    gap at least ``SET_APART`` times the span of the tighter of the two sides it leaves
    (a cluster of news far from its background), or, for a lone date, at least half the
    era's span (an outlier); never between two lone dates.  Widths go by the square
    root of how many dates each era holds."""
    groups = [list(years)]
    while len(groups) < most:
        best = None
        for n, group in enumerate(groups):
            span = group[-1] - group[0]
            for i in range(1, len(group)):
                gap = group[i] - group[i - 1]
                left, right = group[:i], group[i:]
                if len(left) == 1 and len(right) == 1:
                    continue
                if min(len(left), len(right)) == 1:
                    apart = gap >= 0.5 * span
                else:
                    tighter = min(left[-1] - left[0], right[-1] - right[0])
                    apart = gap >= SET_APART * max(tighter, 1 / 365)
                if apart and (best is None or gap > best[0]):
                    best = (gap, n, i)
        if best is None:
            break
        _, n, i = best
        groups[n : n + 1] = [groups[n][:i], groups[n][i:]]
    room = width - 2 * EDGE - ERA_GAP * (len(groups) - 1)
    weights = [math.sqrt(len(g)) for g in groups]
    total = sum(weights)
    found, x = [], EDGE
    for group, weight in zip(groups, weights, strict=True):
        share = room * weight / total
        found.append(Era(group[0], group[-1], x, x + share))
        x += share + ERA_GAP
    return found


def _ticks(era: Era, font_px: float) -> list[Tick]:
    """Round dates along one era: years, months or days, as many as fit their labels."""
    span = era.end - era.start
    room = era.x1 - era.x0
    if span >= 2:
        first, last = math.ceil(era.start), math.floor(era.end)
        most = max(1, int(room // (label_width("2020", font_px) * 1.6)))
        step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)
                    if (last - first) / s < most)  # fmt: skip
        return [Tick(round(era.x(y), 1), str(y)) for y in range(first - first % step + step
                if first % step else first, last + 1, step)]  # fmt: skip
    if span == 0:
        return [Tick(round(era.x(era.start), 1), _year_label(era.start, span))]
    return [Tick(round(era.x0, 1), _year_label(era.start, span)),
            Tick(round(era.x1, 1), _year_label(era.end, span))]  # fmt: skip


def _year_label(year: float, span: float) -> str:
    """A tick's date, as precise as the era needs: ``2020``, ``Sep 2020``, ``27 Sep``."""
    whole = int(year)
    if span >= 1 or (span == 0 and year == whole):
        return str(whole)
    day_of_year = (year - whole) * 365
    month = min(11, int((year - whole) * 12))
    if span < 0.2:
        day = max(1, round(day_of_year - (month * 365 / 12)) + 1)
        return f"{day} {_SHORT_MONTHS[month]}"
    return f"{_SHORT_MONTHS[month]} {whole}"


def _free(
    lane: int,
    left: float,
    right: float,
    x: float,
    lane_ends: list[list[tuple[float, float]]],
    lines: list[tuple[float, int]],
) -> bool:
    """A label from ``left`` to ``right`` fits in ``lane``: it touches no label there,
    its leader line (at ``x``, from the axis up to it) crosses no label in a lower lane,
    and it covers no leader line that rises past it to a higher lane."""
    if any(left < b + 4 and a < right + 4 for a, b in lane_ends[lane]):
        return False
    if any(a - 2 <= x <= b + 2 for lower in lane_ends[:lane] for a, b in lower):
        return False
    return not any(left - 2 <= lx <= right + 2 for lx, higher in lines if higher > lane)


def timeline(
    points: Sequence[TimelinePoint], *, width: int = 720, font_px: float = 13.0, lanes: int = 4
) -> TimelineChart:
    """Lay out dated points in eras; labels in ``lanes`` lanes, never overlapping."""
    dated = sorted(
        ((y, p) for p in points if (y := fractional_year(p.sort_key)) is not None),
        key=lambda item: (item[0], item[1].sort_key, item[1].title),
    )
    if not dated:
        return TimelineChart(width, 60, 40.0, (), ())
    merged: list[tuple[float, TimelinePoint, list[str]]] = []
    drafts: set[str] = {p.sort_key for _, p in dated if p.draft}  # a date with a draft
    for year, point in dated:  # one marker per date
        if merged and merged[-1][1].sort_key == point.sort_key:
            merged[-1][2].append(point.title)
        else:
            merged.append((year, point, [point.title]))
    spans = eras(sorted({y for y, _, _ in merged}), width)
    era_of = lambda y: next(e for e in spans if e.start <= y <= e.end)  # noqa: E731
    lane_ends: list[list[tuple[float, float]]] = [[] for _ in range(lanes)]
    lines: list[tuple[float, int]] = []  # (x, lane) of each label's leader line
    placed = []
    for year, point, titles in merged:
        x = era_of(year).x(year)
        size = label_width(point.label, font_px)
        left = min(max(x - size / 2, 0.0), width - size)
        anchor = "middle"
        if left == 0.0:
            anchor = "start"
        elif left == width - size:
            anchor = "end"
        lane = next(
            (n for n in range(lanes) if _free(n, left, left + size, x, lane_ends, lines)),
            None,
        )
        if lane is not None:
            lane_ends[lane].append((left, left + size))
            lines.append((x, lane))
        title = (
            "; ".join(titles) if len(titles) <= 3 else f"{titles[0]}; and {len(titles) - 1} more"
        )
        placed.append((x, lane, anchor, left, point, title))
    used = max((n + 1 for n, taken in enumerate(lane_ends) if taken), default=1)
    axis_y = 16 + used * LANE + 6
    markers = []
    for x, lane, anchor, left, point, title in placed:
        size = label_width(point.label, font_px)
        label_x = {"start": left, "end": left + size, "middle": x}[anchor]
        markers.append(
            Marker(
                x=round(x, 1),
                label_y=round(axis_y - 12 - (lane or 0) * LANE, 1),
                anchor=anchor,
                label=point.label if lane is not None else "",
                title=title,
                href=point.href,
                label_x=round(
                    label_x + (3 if anchor == "start" else -3 if anchor == "end" else 0), 1
                ),
                draft=point.sort_key in drafts,
            )
        )
    ticks: list[Tick] = []
    tick_px = font_px if width <= NARROW_WIDTH else font_px - 1  # the theme's tick sizes
    for tick in (t for era in spans for t in _ticks(era, tick_px)):
        half = label_width(tick.label, tick_px) / 2
        if (
            not ticks
            or tick.x - half >= ticks[-1].x + label_width(ticks[-1].label, tick_px) / 2 + 6
        ):
            ticks.append(tick)  # a tick whose label would touch the last one's is left out
    breaks = tuple(round(a.x1 + ERA_GAP / 2, 1) for a in spans[:-1])
    segments = tuple((round(e.x0 - 6, 1), round(e.x1 + 6, 1)) for e in spans)
    return TimelineChart(
        width, int(axis_y + 30), axis_y, tuple(ticks), tuple(markers), segments, breaks
    )
