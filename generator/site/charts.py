"""Geometry of the build-time SVG pictures: a timeline, who disputes whom, figures claimed.

Python computes positions only; ``theme/partials/*.svg.html`` draws them.  Every chart
is plain data (frozen dataclasses) in a fixed coordinate system (``width`` x
``height``, used as the SVG ``viewBox``), so the picture scales with the page and the
same input always gives the same numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
CHAR_WIDTH = 7.2  # average width of a 12px label character, for layout


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


def fit(text: str, room: float, size: float = 12.0) -> str:
    """``text`` cut (with an ellipsis) to about ``room`` px at font ``size`` px."""
    limit = max(4, int(room / (CHAR_WIDTH * size / 12)))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def wrap(text: str, room: float, size: float = 12.0, lines: int = 2) -> tuple[str, ...]:
    """``text`` in at most ``lines`` lines of about ``room`` px, the last one cut to fit."""
    limit = max(4, int(room / (CHAR_WIDTH * size / 12)))
    out: list[str] = []
    words: list[str] = []
    for word in text.split():  # a word too long for a line breaks after its hyphens
        parts = re.findall(r"[^-]+-*|-+", word) if len(word) > limit else [word]
        words.extend([p + "\u2060" for p in parts[:-1]] + parts[-1:])

    def joined(line: str, word: str) -> str:
        return line + word if line.endswith("\u2060") else f"{line} {word}"

    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and len(joined(line, words[0])) <= limit:
            line = joined(line, words.pop(0))
        out.append(fit(line.replace("\u2060", ""), room, size))
    if words:
        rest = words.pop(0)
        while words:
            rest = joined(rest, words.pop(0))
        out.append(fit(rest.replace("\u2060", ""), room, size))
    return tuple(out)


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
        )
        for x, lane, anchor, point in placed
    )
    ticks = tuple(
        Tick(round(margin + (year - first) * scale, 1), str(year))
        for year in range(first, last + 1, step)
    )
    return TimelineChart(width, int(axis_y + 30), axis_y, ticks, markers)


# -- who accuses or disputes whom ---------------------------------------------------


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    lines: tuple[str, ...]  # the name, wrapped to fit beside the node
    href: str
    x: float
    y: float
    label_x: float
    label_y: float
    anchor: str


@dataclass(frozen=True)
class Edge:
    """An accusation (directed, arrow at the accused) or a dispute (both ways)."""

    path: str  # SVG path data
    kind: str  # "accuses" | "disputes"
    title: str  # "Armenia accuses Azerbaijan"
    href: str  # the claim behind it


@dataclass(frozen=True)
class DisputeMap:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    @property
    def empty(self) -> bool:
        return not self.edges


@dataclass(frozen=True)
class Relation:
    """Input of :func:`dispute_map`: ``source`` accuses or disputes ``target``."""

    source: str
    target: str
    kind: str
    title: str
    href: str


def dispute_map(
    relations: Sequence[Relation],
    names: dict[str, tuple[str, str]],
    *,
    width: int = 640,
    max_nodes: int = 12,
    label_room: float = 150.0,
) -> DisputeMap:
    """Nodes on a circle (sorted by name); ``names`` maps actor id -> (name, href).
    Only the ``max_nodes`` actors with the most relations are drawn.  Names beside a
    node wrap in ``label_room`` units, and the circle leaves them that much room."""
    degree: dict[str, int] = {}
    for r in relations:
        if r.source != r.target:
            for actor in (r.source, r.target):
                degree[actor] = degree.get(actor, 0) + 1
    kept = set(sorted(degree, key=lambda a: (-degree[a], names[a][0].lower(), a))[:max_nodes])
    relations = [r for r in relations if r.source in kept and r.target in kept]
    ids = sorted(
        {r.source for r in relations} | {r.target for r in relations},
        key=lambda i: (names[i][0].lower(), i),
    )
    if not ids:
        return DisputeMap(width, 40, (), ())
    height = 360 if len(ids) > 2 else 160
    cx, cy = width / 2, height / 2
    rx, ry = width / 2 - label_room - 14, height / 2 - 40
    nodes: dict[str, Node] = {}
    for n, actor in enumerate(ids):
        angle = math.pi + 2 * math.pi * n / len(ids)
        x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
        side = math.cos(angle)
        anchor = "end" if side < -0.3 else "start" if side > 0.3 else "middle"
        dx = {"end": -14, "start": 14, "middle": 0}[anchor]
        dy = 4 if anchor != "middle" else (-14 if y < cy else 24)
        name, href = names[actor]
        room = label_room if anchor != "middle" else min(label_room + 70, width - 20)
        lines = wrap(name, room, 15, lines=3)
        if anchor != "middle" or y >= cy:  # grow downwards, except labels above a top node
            label_y = y + dy - (len(lines) - 1) * 8
        else:
            label_y = y + dy - (len(lines) - 1) * 17
        nodes[actor] = Node(
            actor,
            name,
            lines,
            href,
            round(x, 1),
            round(y, 1),
            round(x + dx, 1),
            round(label_y, 1),
            anchor,
        )
    seen: set[tuple[str, str, str]] = set()
    edges = []
    for r in relations:
        key = (r.source, r.target, r.kind)
        if r.source == r.target or key in seen:
            continue
        seen.add(key)
        edges.append(_edge(nodes[r.source], nodes[r.target], r))
    return DisputeMap(width, height, tuple(nodes[i] for i in ids), tuple(edges))


def _edge(a: Node, b: Node, relation: Relation, radius: float = 11.0) -> Edge:
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    x1, y1 = a.x + ux * radius, a.y + uy * radius
    x2, y2 = b.x - ux * (radius + 3), b.y - uy * (radius + 3)
    bend = 28.0 if relation.kind == "accuses" else 0.0  # two-way accusations stay apart
    qx, qy = (x1 + x2) / 2 - uy * bend, (y1 + y2) / 2 + ux * bend
    path = f"M{x1:.1f},{y1:.1f} Q{qx:.1f},{qy:.1f} {x2:.1f},{y2:.1f}"
    return Edge(path, relation.kind, relation.title, relation.href)


# -- figures each side claims ---------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    y: float
    length: float
    claimant: str  # who claims it
    value: str  # "4"
    side: str  # whose ("Azerbaijan's"), or ""
    title: str
    href: str


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
                )
            )
            y += row
        groups.append(FigureGroup(unit, round(group_y, 1), tuple(bars)))
        y += 8
    return FigureChart(width, int(y + 4), label_width, tuple(groups))


# -- each picture drawn twice: for wider screens and for phones -------------------------

NARROW = 360  # the phone pictures' width: drawn near 1:1 in a 390 px wide screen


class _Chart(Protocol):
    @property
    def empty(self) -> bool: ...


ChartT = TypeVar("ChartT", bound=_Chart)


@dataclass(frozen=True)
class Responsive(Generic[ChartT]):
    """One picture drawn twice: ``wide`` for wider screens, ``narrow`` for phones.

    A 640-720-unit picture shrunk into a phone has unreadable labels, and one made to
    scroll sideways hides what lies past the edge; the theme shows the one that fits."""

    wide: ChartT
    narrow: ChartT

    @property
    def empty(self) -> bool:
        return self.wide.empty


Timeline = Responsive[TimelineChart]


def timelines(points: Sequence[TimelinePoint]) -> Responsive[TimelineChart]:
    """The same events laid out in eras (``timelines.py``) at 720 and at :data:`NARROW`
    units wide, at the label sizes the theme gives each."""
    from generator.site import timelines as eras

    return Responsive(
        eras.timeline(points, font_px=13.0),
        eras.timeline(points, width=NARROW, font_px=14.0, lanes=5),
    )


def dispute_maps(
    relations: Sequence[Relation], names: dict[str, tuple[str, str]], *, max_nodes: int = 12
) -> Responsive[DisputeMap]:
    """The same map at 640 and at :data:`NARROW` units wide."""
    return Responsive(
        dispute_map(relations, names, max_nodes=max_nodes),
        dispute_map(relations, names, width=NARROW, max_nodes=max_nodes, label_room=96.0),
    )


def figure_charts(figures: Sequence[FigureInput]) -> Responsive[FigureChart]:
    """The same bars at 560 and at :data:`NARROW` units wide."""
    return Responsive(figure_chart(figures), figure_chart(figures, width=NARROW, label_width=120))
