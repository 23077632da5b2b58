"""Chart geometry: deterministic, inside the picture, labels that never overlap."""

from __future__ import annotations

import pytest

from generator.site import charts
from generator.site.charts.timelines import label_width


def points(*keys: str) -> list[charts.TimelinePoint]:
    return [charts.TimelinePoint(k, k, f"event {k}", f"timeline/#{k}") for k in keys]


def test_timeline_places_points_on_one_scale_in_order() -> None:
    chart = charts.timeline(points("2020-09-27", "1991", "1994", "not a date"))
    assert [m.label for m in chart.markers] == ["1991", "1994", "2020-09-27"]
    xs = [m.x for m in chart.markers]
    assert xs == sorted(xs)
    assert all(0 <= x <= chart.width for x in xs)
    # 1994->2020 is most of the time shown: the axis breaks there, into two eras
    assert len(chart.segments) == 2 and len(chart.breaks) == 1
    assert xs[1] < chart.breaks[0] < xs[2]


def test_timeline_labels_that_would_collide_go_to_other_lanes() -> None:
    days = [f"2020-09-{d}" for d in range(20, 30)]
    long = [charts.TimelinePoint(k, f"{k[8:]} September 2020", "e", "h") for k in days]
    chart = charts.timeline(long)
    assert len({m.label_y for m in chart.markers if m.label}) > 1
    assert chart == charts.timeline(long)


def test_empty_timeline() -> None:
    assert charts.timeline(points("someday")).empty
    assert charts.timelines(points("someday")).empty


SPANS = [
    ("1990", "1991", "1994"),  # the last event on a year boundary
    ("1998", "2019-07", "2031-03-13"),
    ("2020-09-27",),
    ("2020-01-01", "2020-12-31"),
    ("1905", "1999", "2000", "2024-12-31"),
    ("1600", "2025-06"),
]


@pytest.mark.parametrize("keys", SPANS)
@pytest.mark.parametrize("width", [720, charts.NARROW])
def test_every_event_falls_on_the_drawn_axis(keys: tuple[str, ...], width: int) -> None:
    chart = charts.timeline(points(*keys), width=width)
    assert all(0 <= a < b <= width for a, b in chart.segments)
    for m in chart.markers:
        assert any(a < m.x < b for a, b in chart.segments), (m.label, m.x, chart.segments)


@pytest.mark.parametrize("keys", SPANS)
@pytest.mark.parametrize("width", [720, charts.NARROW])
def test_timeline_labels_stay_inside_the_picture(keys: tuple[str, ...], width: int) -> None:
    long = [charts.TimelinePoint(k, f"27 September {k[:4]}", "e", "h") for k in keys]
    chart = charts.timeline(long, width=width)
    for m in chart.markers:
        left, right = label_box(m)
        assert left >= 0 and right <= width, (m.label, m.anchor, left, right)


def test_narrow_timeline_ticks_never_crowd() -> None:
    both = charts.timelines(points("1905", "2024"))
    assert both.narrow.width == charts.NARROW < both.wide.width
    gaps = [b.x - a.x for a, b in zip(both.narrow.ticks, both.narrow.ticks[1:], strict=False)]
    assert min(gaps) >= label_width("2020", 14)  # "1920" at 14 px: labels never touch
    assert len(both.narrow.ticks) <= len(both.wide.ticks)
    assert [m.label for m in both.narrow.markers] == [m.label for m in both.wide.markers]


def test_dispute_map_nodes_and_directed_edges() -> None:
    names = {"a": ("Armenia", "actors/a/"), "b": ("Azerbaijan", "actors/b/")}
    relations = [
        charts.Relation("a", "b", "accuses", "Armenia accuses Azerbaijan", "claims/#1"),
        charts.Relation("a", "b", "accuses", "duplicate", "claims/#2"),
        charts.Relation("b", "a", "disputes", "they dispute", "claims/#3"),
    ]
    chart = charts.dispute_map(relations, names)
    assert [n.name for n in chart.nodes] == ["Armenia", "Azerbaijan"]
    assert [e.title for e in chart.edges] == ["Armenia accuses Azerbaijan", "they dispute"]
    assert all(e.path.startswith("M") and " Q" in e.path for e in chart.edges)


def test_figure_chart_groups_by_unit_and_scales_within_a_group() -> None:
    inputs = [
        charts.FigureInput("Tanks", 10, "10", "Armenia", "", "t", "h"),
        charts.FigureInput("tanks", 5, "5", "Artsakh", "", "t", "h"),
        charts.FigureInput("drones", 15, "15", "Artsakh", "", "t", "h"),
    ]
    chart = charts.figure_chart(inputs)
    assert [g.unit for g in chart.groups] == ["drones", "tanks"]
    tanks = chart.groups[1].bars
    assert tanks[0].length == 2 * tanks[1].length
    ys = [b.y for g in chart.groups for b in g.bars]
    assert ys == sorted(ys) and max(ys) < chart.height


def label_box(m: charts.Marker, label_px: float = 13.0) -> tuple[float, float]:
    """Left and right of a marker's label as the layout reckons it."""
    size = label_width(m.label, label_px) - 6
    x = m.label_x if m.label_x is not None else m.x
    left = {"start": x, "middle": x - size / 2, "end": x - size}[m.anchor]
    return left, left + size


@pytest.mark.parametrize("width", [720, charts.NARROW])
def test_crowded_timeline_labels_never_overlap(width: int) -> None:
    keys = [f"2020-{m:02d}-{d:02d}" for m in range(1, 13) for d in (1, 10, 20)]
    chart = charts.timeline(points(*keys), width=width)
    assert len(chart.markers) == len(keys)
    boxes: dict[float, list[tuple[float, float]]] = {}
    for m in chart.markers:
        if not m.label:
            continue  # beyond the last lane: a dot without a label
        left, right = label_box(m)
        size = right - left
        for other_left, other_right in boxes.setdefault(m.label_y, []):
            assert left > other_right or left + size < other_left
        boxes[m.label_y].append((left, left + size))
    assert any(not m.label for m in chart.markers)
    assert len(boxes) <= 5


def test_figure_chart_stays_bounded() -> None:
    inputs = [
        charts.FigureInput(f"unit{u}", v, str(v), f"claimant {v}", "", "t", "h")
        for u in range(15)
        for v in range(1, 30)
    ]
    chart = charts.figure_chart(inputs, units=10, per_unit=12)
    assert len(chart.groups) == 10
    assert all(len(g.bars) == 12 for g in chart.groups)
    assert [b.value for b in chart.groups[0].bars][:2] == ["29", "28"]


def test_dispute_map_draws_the_most_connected_actors_only() -> None:
    names = {f"a{n}": (f"Actor {n:02d}", f"actors/a{n}/") for n in range(20)}
    relations = [charts.Relation("a0", f"a{n}", "accuses", "t", "h") for n in range(1, 20)]
    relations.append(charts.Relation("a1", "a2", "disputes", "t", "h"))
    chart = charts.dispute_map(relations, names, max_nodes=5)
    assert len(chart.nodes) == 5
    assert {"a0", "a1", "a2"} <= {n.id for n in chart.nodes}


def test_wrap_breaks_a_long_word_after_its_hyphen_and_never_overruns() -> None:
    assert charts.wrap("Nagorno-Karabakh", 96, 15, lines=3) == ("Nagorno-", "Karabakh")
    assert charts.wrap("Nagorno-Karabakh", 150, 15, lines=3) == ("Nagorno-Karabakh",)
    assert charts.wrap("Armenia's defence ministry", 150, 15) == ("Armenia's", "defence ministry")
    limit = int(96 / (charts.CHAR_WIDTH * 15 / 12))
    for name in ("Mykolaivska-Oblast-Administration", "Supercalifragilistic Org", "a b"):
        assert all(len(line) <= limit for line in charts.wrap(name, 96, 15, lines=3)), name


NAMES = [
    "Nagorno-Karabakh",
    "Azerbaijan's general prosecution office",
    "Armenia's defence ministry",
    "Vladimir Putin",
    "United Nations Security Council",
    "Russia",
    "Hikmet Hajiyev",
    "European Union",
]


@pytest.mark.parametrize("count", [2, 3, 5, 8])
def test_dispute_map_labels_stay_inside_either_picture(count: int) -> None:
    ids = [f"a{n}" for n in range(count)]
    names = {i: (NAMES[n], f"actors/{i}/") for n, i in enumerate(ids)}
    relations = [
        charts.Relation(a, b, "accuses", f"{a} accuses {b}", "claims/#x")
        for a, b in zip(ids, ids[1:] + ids[:1], strict=True)
    ]
    both = charts.dispute_maps(relations, names)
    assert [n.name for n in both.narrow.nodes] == [n.name for n in both.wide.nodes]
    for drawing in (both.wide, both.narrow):
        for node in drawing.nodes:
            size = max(len(line) for line in node.lines) * charts.CHAR_WIDTH * 15 / 12
            left = {"start": node.label_x, "middle": node.label_x - size / 2}.get(
                node.anchor, node.label_x - size
            )
            assert left >= 0 and left + size <= drawing.width, (drawing.width, node)


def test_narrow_figure_chart_keeps_every_bar_inside() -> None:
    inputs = [
        charts.FigureInput("tanks", v, str(v), f"claimant number {v}", "Kessmark's", "t", "h")
        for v in (1, 10, 100)
    ]
    both = charts.figure_charts(inputs)
    for drawing in (both.wide, both.narrow):
        for bar in drawing.groups[0].bars:
            value = len(f"{bar.value} {bar.side}") * charts.CHAR_WIDTH * 14 / 12
            assert drawing.label_width + bar.length + 6 + value <= drawing.width


def test_a_phone_figures_chart_dates_its_first_and_last_numbers() -> None:
    """The first and last dates sit at the picture's edges: their labels are nudged
    inside it, not left out."""
    from generator.site.charts.trends import TrendInput, trend_chart

    inputs = [
        TrendInput("Valdoria: tanks", day, value, f"{day}: {value}", "#c", short)
        for day, value, short in (
            ("2031-03-09", "4", "9 Mar"),
            ("2031-03-12", "9", "12 Mar"),
            ("2031-03-14", "11", "14 Mar"),
        )
    ]
    chart = trend_chart(inputs, width=charts.NARROW, font_px=13.0)
    assert [label for _, label in chart.ticks] == ["9 Mar", "12 Mar", "14 Mar"]
    for x, label in chart.ticks:
        half = label_width(label, 13.0) / 2
        assert half - 0.1 <= x <= chart.width - half + 0.1  # (x rounded to 0.1)
