"""The timeline picture: eras when the background lies decades before the news, one
marker per date, labels that never overlap."""

from __future__ import annotations

import random

from generator.site.charts import TimelinePoint
from generator.site.charts.timelines import label_width, timeline


def point(key: str, label: str | None = None, title: str = "x") -> TimelinePoint:
    return TimelinePoint(key, label or key, title, "timeline/#x")


NEWS = ["2031-03-09", "2031-03-10", "2031-03-12", "2031-03-15", "2031-03-20", "2031-03-28"]
BACKGROUND = ["1921", "1988", "1991", "1991", "1994", "1994-05", "2016-04"]


def test_background_decades_before_the_news_gets_its_own_era():
    chart = timeline([point(k) for k in BACKGROUND + NEWS])
    assert chart.breaks  # the axis breaks
    x = {m.title: m.x for m in chart.markers}
    xs = sorted(m.x for m in chart.markers if m.label.startswith("2031"))
    assert xs[-1] - xs[0] > 150  # three weeks of news spread out, not one dot
    assert len(x) >= 1


def test_one_marker_per_date():
    chart = timeline([point("1991", title="a"), point("1991", title="b"), point("1994")])
    assert [(m.label, m.title) for m in chart.markers] == [("1991", "a; b"), ("1994", "x")]


def boxes(chart, font_px):
    found = []
    for m in chart.markers:
        if not m.label:
            continue
        size = label_width(m.label, font_px) - 6
        x = m.label_x if m.label_x is not None else m.x
        left = {"start": x, "end": x - size, "middle": x - size / 2}[m.anchor]
        found.append((left, left + size, m.label_y))
    return found


def test_labels_never_overlap_and_stay_in_the_picture():
    rng = random.Random(7)
    for _ in range(60):
        keys = [
            f"{rng.randint(1900, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            for _ in range(rng.randint(1, 40))
        ]
        for width, font in ((720, 13.0), (360, 14.0)):
            chart = timeline(
                [point(k, f"{k[8:]} Sep {k[:4]}") for k in keys], width=width, font_px=font
            )
            found = boxes(chart, font)
            for i, (a0, a1, ay) in enumerate(found):
                assert a0 >= 0 and a1 <= width
                for b0, b1, by in found[i + 1 :]:
                    assert ay != by or a1 <= b0 or b1 <= a0


def test_no_leader_line_crosses_a_label_below_it():
    """A label's line rises from the axis (the largest label_y is nearest the axis)."""
    rng = random.Random(11)
    for _ in range(60):
        keys = [f"{rng.randint(1900, 2030)}" for _ in range(rng.randint(2, 30))]
        for width, font in ((720, 13.0), (360, 14.0)):
            chart = timeline([point(k) for k in keys], width=width, font_px=font)
            found = boxes(chart, font)
            for m in (m for m in chart.markers if m.label):
                for left, right, y in found:
                    assert not (y > m.label_y and left - 1 <= m.x <= right + 1), (m, keys)
