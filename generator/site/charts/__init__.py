"""Geometry of the build-time SVG pictures: a timeline, who disputes whom, figures claimed.

Python computes positions only; ``theme/partials/*.svg.html`` draws them.  Every chart
is plain data (frozen dataclasses) in a fixed coordinate system (``width`` x
``height``, used as the SVG ``viewBox``), so the picture scales with the page and the
same input always gives the same numbers.  One module per picture (``timelines``,
``maps``, ``bars``); ``layout`` fits labels; each picture is drawn twice, for wider
screens and for phones (:class:`Responsive`, here).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from generator.site.charts.bars import Bar, FigureChart, FigureGroup, FigureInput, figure_chart
from generator.site.charts.layout import CHAR_WIDTH, fit, wrap
from generator.site.charts.maps import DisputeMap, Edge, Node, Relation, dispute_map
from generator.site.charts.timelines import (
    Marker,
    Tick,
    TimelineChart,
    TimelinePoint,
    fractional_year,
    timeline,
)

__all__ = [
    "CHAR_WIDTH",
    "NARROW",
    "Bar",
    "DisputeMap",
    "Edge",
    "FigureChart",
    "FigureGroup",
    "FigureInput",
    "Marker",
    "Node",
    "Relation",
    "Responsive",
    "Tick",
    "Timeline",
    "TimelineChart",
    "TimelinePoint",
    "dispute_map",
    "dispute_maps",
    "figure_chart",
    "figure_charts",
    "fit",
    "fractional_year",
    "timeline",
    "timelines",
    "wrap",
]

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
    """The same events laid out in eras at 720 and at :data:`NARROW` units wide, at
    the label sizes the theme gives each."""
    return Responsive(
        timeline(points, font_px=13.0),
        timeline(points, width=NARROW, font_px=14.0, lanes=5),
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
