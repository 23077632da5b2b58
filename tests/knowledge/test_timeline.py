"""One timeline: every sheet's background and publication, ordered on one scale."""

from __future__ import annotations

from generator import knowledge

from .handmade import Background, ReportedEvent, actor, sheet


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


def test_an_event_several_articles_tell_is_one_event_with_every_article():
    ceasefire = Background(
        date="1994",
        text="A ceasefire was agreed in 1994",
        evidence=None,
    )
    k = knowledge.build(
        [
            sheet("a", published="2031-03-09", background=(ceasefire,)),
            sheet("b", published="2031-03-10", background=(ceasefire,)),
            sheet(
                "c",
                published="2031-03-11",
                background=(
                    Background(
                        date="1994-05",
                        precision="month",
                        text="A ceasefire brokered by Tarsk was signed in May 1994.",
                    ),
                    Background(date="1994", text="The Orlen river flooded the valley in 1994."),
                ),
            ),
        ]
    )
    background = [e for e in k.events if e.kind == "background"]
    assert [(e.date, e.text, [t.article for t in e.told]) for e in background] == [
        ("1994", "The Orlen river flooded the valley in 1994.", ["c"]),
        ("1994-05", "A ceasefire was agreed in 1994", ["a", "b", "c"]),
    ]


def test_a_decade_is_not_one_event_with_a_year_in_it():
    k = knowledge.build(
        [
            sheet(
                "a",
                background=(
                    Background(
                        date="1990s",
                        text="Border skirmishes flared in the valley.",
                        precision="decade",
                    ),
                ),
            ),
            sheet(
                "b",
                background=(
                    Background(
                        date="1998", text="Valdoria and Kessmark signed the valley border treaty."
                    ),
                ),
            ),
        ]
    )
    assert len(k.events) == 2


def test_a_publication_timestamp_sorts_as_its_day():
    k = knowledge.build(
        [
            sheet("late", published="2020-10-13", title="Late"),
            sheet("early", published="2020-09-28T10:19:25", title="Early"),
        ]
    )
    assert [(e.date, e.text) for e in k.events] == [("2020-09-28", "Early"), ("2020-10-13", "Late")]


def test_reported_events_are_on_the_timeline_dated_from_publication():
    k = knowledge.build(
        [
            sheet(
                "a",
                published="2031-03-10",
                events=(
                    ReportedEvent(
                        date="on Sunday",
                        precision="unresolved",
                        as_written="on Sunday",
                        text="Shelling began on Sunday.",
                    ),
                ),
            )
        ]
    )
    assert [(e.kind, e.date) for e in k.events] == [
        ("event", "2031-03-09"),
        ("published", "2031-03-10"),
    ]


def test_an_event_retold_the_next_day_keeps_its_first_day_and_likeness_does_not_chain():
    said = "Kessmark's army said today that Valdoria shelled the bridge at Tarsk."
    k = knowledge.build(
        [
            sheet(
                "a",
                published="2031-03-09",
                events=(ReportedEvent(date="2031-03-09", precision="day", text=said),),
            ),
            sheet(
                "b",
                published="2031-03-10",
                events=(ReportedEvent(date="2031-03-10", precision="day", text=said),),
            ),
            sheet(
                "c",
                published="2031-03-11",
                background=(
                    Background(date="1994", text="A ceasefire was agreed in 1994."),
                    Background(
                        date="1994",
                        text="Both armies accused each other of breaking the 1994 ceasefire "
                        "and shelling villages near the river.",
                    ),
                ),
            ),
        ]
    )
    told = {
        e.text: (e.date, [t.article for t in e.told]) for e in k.events if e.kind != "published"
    }
    assert told[said] == ("2031-03-09", ["a", "b"])
    assert len([e for e in k.events if e.sort_key == "1994"]) == 2
