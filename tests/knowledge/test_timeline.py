"""One timeline: every sheet's background and publication, ordered on one scale."""

from __future__ import annotations

from generator import knowledge

from .handmade import Background, actor, sheet


def test_dates_of_every_precision_sort_on_one_scale_unresolved_last():
    k = knowledge.build(
        [
            sheet(
                "a",
                published="2020-09-28",
                background=(
                    Background(date="2020-09-27", text="fighting erupts", precision="day"),
                    Background(date="1991", text="independence", precision="year"),
                    Background(
                        date="recently",
                        text="talks stalled",
                        precision="unresolved",
                        as_written="recently",
                    ),
                ),
            ),
            sheet(
                "b",
                published="2016-04-02",
                background=(
                    Background(date="1990s", text="a war in the 1990s", precision="decade"),
                    Background(date="1991-12", text="the USSR dissolves", precision="month"),
                    Background(date="1994", text="a ceasefire", precision="year"),
                ),
            ),
        ]
    )
    assert [(e.sort_key, e.text) for e in k.events] == [
        ("1990", "a war in the 1990s"),
        ("1991", "independence"),
        ("1991-12", "the USSR dissolves"),
        ("1994", "a ceasefire"),
        ("2016-04-02", "B"),
        ("2020-09-27", "fighting erupts"),
        ("2020-09-28", "A"),
        ("~recently", "talks stalled"),
    ]
    assert [e.kind for e in k.events if e.text in ("A", "B")] == ["published", "published"]


def test_event_actors_are_canonical():
    k = knowledge.build(
        [
            sheet("a", actors=(actor("nikol-pashinyan", "Nikol Pashinyan"),)),
            sheet(
                "b",
                actors=(actor("pashinian", "Nikol Pashinian"),),
                background=(Background(date="2018", text="elected", actors=("pashinian",)),),
            ),
        ]
    )
    assert k.events[0].actors == ("nikol-pashinyan",)


def test_relative_dates_resolve_once_an_editor_sets_the_published_date():
    background = (
        Background(
            date="on Sunday", text="clashes", precision="unresolved", as_written="on Sunday"
        ),
        Background(date="in July", text="skirmishes", precision="unresolved", as_written="in July"),
        Background(date="once", text="long ago", precision="unresolved", as_written="once"),
    )
    undated = knowledge.build([sheet("a", background=background)])
    assert [(e.sort_key, e.precision) for e in undated.events] == [
        ("~in July", "unresolved"),
        ("~on Sunday", "unresolved"),
        ("~once", "unresolved"),
    ]
    dated = knowledge.build([sheet("a", published="2020-09-29", background=background)])
    assert [(e.date, e.precision, e.as_written, e.text) for e in dated.events] == [
        ("2020-07", "month", "in July", "skirmishes"),
        ("2020-09-27", "day", "on Sunday", "clashes"),
        ("2020-09-29", "day", None, "A"),
        ("once", "unresolved", "once", "long ago"),
    ]
