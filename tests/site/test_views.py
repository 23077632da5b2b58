"""Views built straight from a Knowledge (no MkDocs): what each page is handed."""

from __future__ import annotations

import dataclasses

import pytest

from generator.knowledge import build
from generator.site.pages import PageSpec, plan
from generator.site.pictures import picture_src
from generator.site.views import Views


def source_view(sheet):
    views = Views(build([sheet]))
    return views.view(PageSpec(f"sources/{sheet.slug}.md", "source", "", "", sheet.slug))


def test_article_url_must_be_a_web_address(fixture_sheet) -> None:
    assert source_view(fixture_sheet).url == "https://courier.example/world/orlen-valley"
    hostile = dataclasses.replace(
        fixture_sheet,
        article=dataclasses.replace(fixture_sheet.article, url="javascript:alert(1)"),
    )
    assert source_view(hostile).url is None


def test_paragraph_back_links_and_marks(fixture_knowledge) -> None:
    views = Views(fixture_knowledge)
    view = views.view(PageSpec("sources/orlen-valley.md", "source", "", "", "orlen-valley"))
    p5 = next(p for p in view.paragraphs if p.id == "p5")
    assert [link.href for link in p5.claims] == [
        "sources/orlen-valley/#claim-kovel-losses",
        "sources/orlen-valley/#claim-kovel-urges-talks",
    ]
    marked = "".join(s.text for s in p5.text if s.mark)
    assert "Valdoria lost one drone" in marked and "return to talks" in marked


def test_actor_view_lists_claims_about_and_neighbours(fixture_knowledge) -> None:
    views = Views(fixture_knowledge)
    view = views.view(PageSpec("actors/kessmark.md", "actor", "", "", "kessmark"))
    assert [c.key for c in view.claims_about] == ["orlen-valley/valdoria-blames-kessmark"]
    assert {m.id for m in view.members} == {"kessmark-defence-ministry", "tomas-brenn"}
    assert view.previous is not None and view.next is not None


def test_plan_has_stable_paths(fixture_knowledge) -> None:
    uris = [s.src_uri for s in plan(fixture_knowledge)]
    assert uris == [s.src_uri for s in plan(fixture_knowledge)]
    assert "actors/ana-kovel.md" in uris and "sources/orlen-valley.md" in uris
    assert {s.url for s in plan(fixture_knowledge) if s.kind == "actor"} >= {"actors/ana-kovel/"}


def test_descriptions_are_plain_text(fixture_knowledge) -> None:
    home = next(s for s in plan(fixture_knowledge) if s.kind == "home")
    assert home.description.startswith("Fighting flared in the Orlen Valley as Valdoria")
    assert "*" not in home.description and "](" not in home.description
    assert len(home.description) <= 155


def test_home_timeline_keeps_first_and_last_of_many_events(fixture_knowledge) -> None:
    views = Views(fixture_knowledge)
    full = views.timeline_chart()
    two = views.timeline_chart(limit=2)
    assert [m.label for m in two.wide.markers] == [
        full.wide.markers[0].label,
        full.wide.markers[-1].label,
    ]


def test_event_permalinks_survive_another_article(fixture_sheet) -> None:
    from generator.factsheet.model import Background

    before = {e.date: e.anchor for e in Views(build([fixture_sheet])).event_views()}
    other = dataclasses.replace(
        fixture_sheet,
        slug="another",
        claims=(),
        analysis=(),
        background=(Background(date="2005", text="A new road opened.", precision="year"),),
    )
    after = {e.date: e.anchor for e in Views(build([fixture_sheet, other])).event_views()}
    assert after["2005"] == "2005-a-new-road-opened"
    for date, anchor in before.items():
        if date in after and "March 2031" not in date:  # publication events are per article
            assert after[date] == anchor


@pytest.mark.parametrize(
    ("src", "shown"),
    [
        ("https://img.example/a.jpg", "https://img.example/a.jpg"),
        (" http://img.example/a.jpg ", "http://img.example/a.jpg"),
        ("//cdn.example/a.jpg", "https://cdn.example/a.jpg"),
        ("/a.jpg", "https://news.example/a.jpg"),
        ("pics/a.jpg", "https://news.example/world/pics/a.jpg"),
        ("", None),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:image/svg+xml;base64,PHN2Zz4=", None),
        ("vbscript:msgbox", None),
        ("ftp://img.example/a.jpg", None),
    ],
)
def test_picture_src_is_http_or_nothing(src: str, shown: str | None) -> None:
    assert picture_src(src, "https://news.example/world/story") == shown


def test_relative_picture_without_a_web_article_address_is_not_shown() -> None:
    assert picture_src("/a.jpg", None) is None
    assert picture_src("/a.jpg", "javascript:alert(1)") is None


def test_outlet_page_says_who_said_what_oldest_first(fixture_sheet) -> None:
    later = dataclasses.replace(
        fixture_sheet,
        slug="orlen-valley-later",
        article=dataclasses.replace(fixture_sheet.article, published="2031-03-20"),
    )
    other = dataclasses.replace(
        fixture_sheet,
        slug="orlen-valley-elsewhere",
        article=dataclasses.replace(fixture_sheet.article, outlet="Kessmark Today"),
    )
    knowledge = build([later, fixture_sheet, other])
    specs = {s.key: s for s in plan(knowledge) if s.kind == "outlet"}
    assert set(specs) == {"the-harbour-courier", "kessmark-today"}
    assert specs["the-harbour-courier"].src_uri == "outlets/the-harbour-courier.md"
    view = Views(knowledge).view(specs["the-harbour-courier"])
    assert [a.title for a in view.articles] == [fixture_sheet.article.title] * 2
    assert [a.published for a in view.articles] == ["2031-03-20", "2031-03-14"]  # newest first
    assert view.claims == 10  # five claims in each of its two articles
    kovel = next(g for g in view.groups if g.actor.id == "ana-kovel")
    assert kovel.count == 4
    # each claimant's claims oldest first, dated: how the account changed over time
    assert [c.published for c in kovel.claims] == ["2031-03-14"] * 2 + ["2031-03-20"] * 2
    assert all(c.source.href.startswith("sources/orlen-valley") for c in kovel.claims)
    assert {c.key.split("/")[0] for c in kovel.claims} == {"orlen-valley", "orlen-valley-later"}
    sources = Views(knowledge).view(next(s for s in plan(knowledge) if s.kind == "sources"))
    assert [o.href for o in sources.outlets] == [
        "outlets/kessmark-today/",
        "outlets/the-harbour-courier/",
    ]
    card = next(a for a in view.articles)
    assert card.outlet_href == "outlets/the-harbour-courier/"


def test_a_mutual_accusation_draws_no_accuses_arrow() -> None:
    from generator.factsheet.model import Actor, ArticleMeta, Claim, FactSheet

    sheet = FactSheet(
        slug="border",
        article=ArticleMeta(title="Border", file="content/articles/border.txt"),
        actors=(
            Actor("valdoria", "Valdoria", "country"),
            Actor("kessmark", "Kessmark", "country"),
            Actor("orlen", "Orlen", "region"),
        ),
        claims=(
            Claim(  # one claim by both sides: no sides to take, no arrow
                "both-accuse",
                ("valdoria", "kessmark"),
                "accuses",
                "each other of attacks around Orlen",
                kind="accusation",
                about=("orlen",),
            ),
            Claim(
                "valdoria-accuses",
                ("valdoria",),
                "accuses",
                "Kessmark of shelling Orlen",
                kind="accusation",
                about=("kessmark",),
            ),
        ),
    )
    views = Views(build([sheet]))
    arrows = {(r.source, r.target) for r in views.relations() if r.kind == "accuses"}
    assert arrows == {("valdoria", "kessmark")}


def test_a_story_page_shows_its_most_reported_disputes_and_counts_the_rest(
    fixture_knowledge, monkeypatch
) -> None:
    from generator.site import stories

    story = fixture_knowledge.stories[0]
    spec = next(s for s in plan(fixture_knowledge) if s.kind == "story")
    view = Views(fixture_knowledge).view(spec)
    assert len(view.disputes) == len(story.disputes) == 1 and view.more_disputes == 0
    monkeypatch.setattr(stories, "DISPUTES", 0)
    view = Views(fixture_knowledge).view(spec)
    assert view.disputes == () and view.more_disputes == 1


def test_a_story_page_counts_its_articles_that_name_no_outlet(fixture_sheet) -> None:
    unnamed = dataclasses.replace(
        fixture_sheet,
        slug="orlen-valley-unnamed",
        article=dataclasses.replace(fixture_sheet.article, outlet=None),
    )
    knowledge = build([fixture_sheet, unnamed])
    (story,) = knowledge.stories
    assert set(story.articles) == {fixture_sheet.slug, unnamed.slug}
    spec = next(s for s in plan(knowledge) if s.kind == "story")
    view = Views(knowledge).view(spec)
    assert [o.text for o in view.outlets] == ["The Harbour Courier"]
    assert len(view.coverage) == 2 and view.unplaced == 1


def test_a_story_page_lists_its_news_under_the_news_and_its_background_apart(
    fixture_knowledge,
) -> None:
    spec = next(s for s in plan(fixture_knowledge) if s.kind == "story")
    view = Views(fixture_knowledge).view(spec)
    # the article is of 14 March 2031: what is from a month before it on is the news
    assert [e.date for e in view.events] == ["13 March 2031"]
    assert [e.date for e in view.past_events] == ["1990s", "1998", "July 2019"]
