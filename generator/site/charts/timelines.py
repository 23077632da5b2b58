"""The timeline picture: dated events on one horizontal scale, labels in lanes."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.site.charts.layout import CHAR_WIDTH

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
    draft: bool = False  # a machine draft no editor has checked


@dataclass(frozen=True)
class TimelineChart:
    width: int
    height: int
    axis_y: float
    ticks: tuple[Tick, ...]
    markers: tuple[Marker, ...]

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
    draft: bool = False


def fractional_year(sort_key: str) -> float | None:
    """``"2020-09-27"`` -> 2020.74; ``None`` for dates that are not ISO-ish."""
    match = _DATE.match(sort_key)
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2) or 1)
    day = int(match.group(3) or 1)
    return year + (month - 1) / 12 + (day - 1) / 365


def _tick_step(span: float, most: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500):
        if span / step <= most:
            return step
    return 1000


def timeline(
    points: Sequence[TimelinePoint], *, width: int = 720, label_px: float = 15.0
) -> TimelineChart:
    """Lay out dated points on one horizontal scale; labels stack in lanes, never overlap.

    The axis runs from a tick at or before the first event to a tick after the last,
    so every event sits on it.  Lanes leave room for labels of ``label_px`` px (in
    ``width`` units), and a label never runs past either edge of the picture."""
    dated = [(y, p) for p in points if (y := fractional_year(p.sort_key)) is not None]
    dated.sort(key=lambda item: (item[0], item[1].sort_key, item[1].title))
    margin, lane_height, max_lanes = 24.0, 24.0, 5
    if not dated:
        return TimelineChart(width, 60, 40.0, (), ())
    first, last = math.floor(dated[0][0]), math.floor(dated[-1][0]) + 1
    step = _tick_step(last - first, max(3, min(8, width // 60)))
    first -= first % step
    last += -last % step
    scale = (width - 2 * margin) / (last - first)
    lane_ends: list[float] = []
    placed: list[tuple[float, int, str, TimelinePoint]] = []
    for year, point in dated:
        x = margin + (year - first) * scale
        size = len(point.label) * CHAR_WIDTH * label_px / 12 + 10
        anchor = "start" if x < width / 3 else "end" if x > 2 * width / 3 else "middle"
        left = {"start": x, "middle": x - size / 2, "end": x - size}[anchor]
        if left < 0:
            anchor, left = "start", x
        elif left + size > width:
            anchor, left = "end", x - size
        lane = next((i for i, end in enumerate(lane_ends) if end < left), len(lane_ends))
        if lane == len(lane_ends) and lane < max_lanes:
            lane_ends.append(0.0)
        if lane < max_lanes:
            lane_ends[lane] = left + size
        placed.append((x, lane, anchor, point))  # lane >= max_lanes: a dot, no label
    lanes = min(len(lane_ends), max_lanes)
    axis_y = 20 + lanes * lane_height + 8
    markers = tuple(
        Marker(
            x=round(x, 1),
            label_y=round(axis_y - 14 - min(lane, max_lanes - 1) * lane_height, 1),
            anchor=anchor,
            label=point.label if lane < max_lanes else "",
            title=point.title,
            href=point.href,
            draft=point.draft,
        )
        for x, lane, anchor, point in placed
    )
    ticks = tuple(
        Tick(round(margin + (year - first) * scale, 1), str(year))
        for year in range(first, last + 1, step)
    )
    return TimelineChart(width, int(axis_y + 30), axis_y, ticks, markers)
