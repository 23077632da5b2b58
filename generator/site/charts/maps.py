"""The dispute map: who accuses or disputes whom, actors on a circle."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from generator.site.charts.layout import wrap


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
    draft: bool = False  # some claim or link behind it is a machine draft, unchecked


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
    draft: bool = False  # a machine draft no editor has checked


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
    drafts = {(r.source, r.target, r.kind) for r in relations if r.draft}
    seen: set[tuple[str, str, str]] = set()
    edges = []
    for r in relations:
        key = (r.source, r.target, r.kind)
        if r.source == r.target or key in seen:
            continue
        seen.add(key)
        edges.append(_edge(nodes[r.source], nodes[r.target], r, draft=key in drafts))
    return DisputeMap(width, height, tuple(nodes[i] for i in ids), tuple(edges))


def _edge(
    a: Node, b: Node, relation: Relation, radius: float = 11.0, *, draft: bool = False
) -> Edge:
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    x1, y1 = a.x + ux * radius, a.y + uy * radius
    x2, y2 = b.x - ux * (radius + 3), b.y - uy * (radius + 3)
    bend = 28.0 if relation.kind == "accuses" else 0.0  # two-way accusations stay apart
    qx, qy = (x1 + x2) / 2 - uy * bend, (y1 + y2) / 2 + ux * bend
    path = f"M{x1:.1f},{y1:.1f} Q{qx:.1f},{qy:.1f} {x2:.1f},{y2:.1f}"
    return Edge(path, relation.kind, relation.title, relation.href, draft)
