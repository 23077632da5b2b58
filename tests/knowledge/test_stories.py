"""Stories: articles grouped into chains of events, named, pinned, summarised."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import knowledge
from generator.errors import KnowledgeError
from generator.knowledge import grouping

from .handmade import Analysis, Figure, actor, claim, sheet

VALDORIA = actor("valdoria", "Valdoria", "country")
KESSMARK = actor("kessmark", "Kessmark", "country")
ORLEN = actor("orlen-valley", "Orlen Valley", "region")
TARSK = actor("tarsk", "Tarsk", "place")
DOCKERS = actor("tarsk-dockers-union", "Tarsk Dockers' Union", "organisation")

RIVER = (
    "Valdoria and Kessmark traded artillery fire across the Orlen Valley on Sunday, "
    "and Kessmark said its border posts near the Orlen river were shelled.",
    "The Orlen Valley has been disputed by Valdoria and Kessmark since the border "
    "treaty collapsed, and villagers along the Orlen river fled the shelling.",
    "Valdoria's defence ministry denied shelling Kessmark's border posts in the Orlen "
    "Valley and accused Kessmark of firing first across the river.",
)
HARBOUR = (
    "Dockers in the port of Tarsk walked out on Monday over pay, leaving container ships "
    "anchored outside the Tarsk harbour and cranes idle along the quays.",
    "The Tarsk Dockers' Union said the strike at the harbour would go on until the port "
    "authority raised wages, and ships waited outside the Tarsk quays.",
    "Talks between the port authority and the dockers' union in Tarsk broke down as the "
    "harbour strike entered its third day and more ships anchored offshore.",
)


def river(slug: str, published: str, n: int, **more: object) -> object:
    return sheet(
        slug,
        actors=(VALDORIA, KESSMARK, ORLEN),
        published=published,
        title=f"Shelling in the Orlen Valley, day {n}",
        text=(RIVER[n % 3], RIVER[(n + 1) % 3]),
        **more,  # type: ignore[arg-type]
    )


def harbour(slug: str, published: str, n: int) -> object:
    return sheet(
        slug,
        actors=(TARSK, DOCKERS),
        published=published,
        title=f"Strike at the Tarsk harbour, day {n}",
        text=(HARBOUR[n % 3], HARBOUR[(n + 1) % 3]),
    )


def corpus() -> list:
    return [
        river("r1", "2031-03-09", 0),
        river("r2", "2031-03-10", 1),
        river("r3", "2031-03-12", 2),
        harbour("h1", "2031-03-10", 0),
        harbour("h2", "2031-03-11", 1),
        harbour("h3", "2031-03-13", 2),
        sheet(
            "lone",
            actors=(actor("mira-tallis", "Mira Tallis"),),
            published="2031-03-11",
            title="A museum in Brenn lends its paintings",
            text=("The Brenn museum lent its collection of miniature paintings to a gallery.",),
        ),
    ]


def groups(k: knowledge.Knowledge) -> list[list[str]]:
    return sorted(sorted(s.articles) for s in k.stories)


def test_articles_that_tell_one_chain_of_events_are_one_story():
    k = knowledge.build(corpus())
    assert groups(k) == [["h1", "h2", "h3"], ["lone"], ["r1", "r2", "r3"]]
    titles = {s.articles[0]: s.title for s in k.stories}
    assert titles["lone"] == "A museum in Brenn lends its paintings"  # one article: its title
    assert titles["r1"].endswith(", 2031")
    assert "Orlen Valley" in titles["r1"] or "Valdoria" in titles["r1"]
    assert k.actor("valdoria").stories == (next(s.id for s in k.stories if "r1" in s.articles),)


def test_the_same_conflict_years_later_is_another_story():
    k = knowledge.build(
        [
            river("old", "2027-04-02", 0),
            river("new1", "2031-03-09", 1),
            river("new2", "2031-03-10", 2),
        ]
    )
    assert groups(k) == [["new1", "new2"], ["old"]]


def test_time_scaling_is_what_keeps_them_apart(monkeypatch):
    monkeypatch.setattr(grouping, "TIME_SCALE", 1e9)
    k = knowledge.build(
        [
            river("older", "2027-04-02", 0),
            river("new1", "2031-03-09", 1),
            river("new2", "2031-03-10", 2),
        ]
    )
    assert groups(k) == [["new1", "new2", "older"]]


def pins(tmp_path: Path, text: str) -> knowledge.StoryPins:
    path = tmp_path / "stories.yaml"
    path.write_text(text, encoding="utf-8")
    return knowledge.load_story_pins(path)


def test_an_editor_names_a_story_and_pins_articles_to_it(tmp_path):
    named = pins(
        tmp_path,
        "stories:\n"
        "  - id: orlen-shelling\n"
        "    title: Shelling in the Orlen Valley\n"
        "    articles: [r1]\n"
        "  - id: museum-loans\n"
        "    articles: [h3]\n",
    )
    k = knowledge.build(corpus(), stories=named)
    by_id = {s.id: s for s in k.stories}
    assert sorted(by_id["orlen-shelling"].articles) == ["r1", "r2", "r3"]  # the rest follow
    assert by_id["orlen-shelling"].title == "Shelling in the Orlen Valley"
    assert by_id["orlen-shelling"].pinned
    assert "h3" in by_id["museum-loans"].articles
    assert not any("h3" in s.articles for s in k.stories if s.id != "museum-loans")


def test_articles_pinned_to_two_stories_are_never_grouped(tmp_path):
    named = pins(
        tmp_path,
        "stories:\n  - id: first\n    articles: [r1]\n  - id: second\n    articles: [r2]\n",
    )
    k = knowledge.build(corpus(), stories=named)
    by_id = {s.id: s.articles for s in k.stories}
    assert "r1" in by_id["first"] and "r2" in by_id["second"]


def test_a_pin_naming_no_sheet_is_a_warning(tmp_path):
    named = pins(tmp_path, "stories:\n  - id: gone\n    articles: [no-such-article]\n")
    k = knowledge.build(corpus(), stories=named)
    assert [str(p) for p in k.problems] == [
        f"{tmp_path / 'stories.yaml'}:2:5: warning: story 'gone': no fact sheet named "
        "'no-such-article' (name an article by its fact sheet's file name, without .yaml)"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "- a\n",
            "1:1: must be 'stories:' followed by a list of stories (for example: "
            "stories: [{id: river-dispute, articles: [article-1]}])",
        ),
        ("storys: []\n", "1:1: unknown key 'storys' (valid keys: stories)"),
        (
            "stories:\n  - id: Bad Id\n    articles: [a]\n",
            "2:9: stories[0].id: story id must be a slug (lower-case letters, digits, '-'), "
            "got 'Bad Id' (for example: bad-id)",
        ),
        (
            "stories:\n  - id: a\n",
            "2:5: stories[0].articles: a story needs the list of articles pinned to it (at "
            "least one) (an article is named by its fact sheet's name, without .yaml)",
        ),
        (
            "stories:\n  - id: a\n    articles: [x]\n  - id: b\n    articles: [x]\n",
            "4:5: stories[1].articles: article 'x' is pinned to 'a' on line 2 too (an "
            "article belongs to one story: remove one of the two pins)",
        ),
        (
            "stories:\n  - id: a\n    articles: [x]\n    colour: red\n",
            "4:5: stories[0]: unknown key 'colour' (valid: id, title, articles)",
        ),
        (
            "stories: [\n",
            "2:1: not valid YAML: expected the node content, but found '<stream end>'",
        ),
    ],
)
def test_story_pin_mistakes_are_reported_with_their_line(tmp_path, text, message):
    with pytest.raises(KnowledgeError) as raised:
        pins(tmp_path, text)
    assert str(raised.value.problems[0]) == f"{tmp_path / 'stories.yaml'}:{message}"


def test_the_summary_takes_news_sentences_only_in_date_order():
    opinion = sheet(
        "view",
        actors=(VALDORIA, KESSMARK, ORLEN),
        published="2031-03-11",
        title="Opinion: the Orlen Valley deserves better",
        text=RIVER,
        analysis=(Analysis("The Orlen Valley deserves better", ("x",), None, ("p1", "p2", "p3")),),
    )
    question = sheet(
        "q",
        actors=(VALDORIA, KESSMARK, ORLEN),
        published="2031-03-09",
        title="Orlen Valley questions",
        text=(
            "Why would Valdoria and Kessmark shell the Orlen Valley again after the treaty?",
            "We think Valdoria and Kessmark should stop shelling the Orlen Valley border posts.",
        ),
    )
    k = knowledge.build([*corpus()[:3], opinion, question])
    story = next(s for s in k.stories if "r1" in s.articles)
    assert "view" in story.articles and story.commentary == ("view",)
    assert story.summary
    assert {s.article for s in story.summary} <= {"r1", "r2", "r3"}
    dates = [s.published for s in story.summary]
    assert dates == sorted(dates)
    assert all(s.paragraph in ("p1", "p2") for s in story.summary)
    assert k.genres["view"] == "opinion"


def test_sides_disputes_and_figures_over_time():
    army = actor("valdoria-army", "Valdoria's army", "organisation", affiliation="valdoria")
    claims_r1 = (
        claim(
            "c1",
            "valdoria-army",
            "it destroyed four Kessmark tanks",
            figures=(Figure(4, "tanks", "kessmark"),),
        ),
        claim(
            "c2",
            "kessmark",
            "Valdoria shelled its posts",
            kind="accusation",
            about=("valdoria",),
            disputes=("c3",),
        ),
        claim("c3", "valdoria", "it did not shell the posts", kind="denial"),
        claim("c4", "kessmark", "it lost no tanks"),
    )
    claims_r2 = (
        claim(
            "c1",
            "valdoria-army",
            "it destroyed nine Kessmark tanks",
            figures=(Figure(9, "tanks", "kessmark"),),
        ),
    )
    k = knowledge.build(
        [
            sheet(
                "r1",
                actors=(VALDORIA, KESSMARK, ORLEN, army),
                published="2031-03-09",
                title="Shelling in the Orlen Valley, day 1",
                text=RIVER[:2],
                claims=claims_r1,
            ),
            sheet(
                "r2",
                actors=(VALDORIA, KESSMARK, ORLEN, army),
                published="2031-03-12",
                title="Shelling in the Orlen Valley, day 2",
                text=RIVER[1:],
                claims=claims_r2,
            ),
        ]
    )
    story = k.stories[0]
    assert [s.actor for s in story.sides] == ["valdoria", "kessmark"]  # the army speaks for it
    assert story.disputes == (("r1/c2", "r1/c3"),)
    assert [(f.published, f.value, f.side) for f in story.figures] == [
        ("2031-03-09", 4, "kessmark"),
        ("2031-03-12", 9, "kessmark"),
    ]


def test_figures_over_time_keep_only_what_the_story_counts_more_than_once():
    """A chart compares numbers: a count the story gives once (three chairs in an aside)
    is left off; a person is nobody's side; one number on one day is one point."""
    army = actor("valdoria-army", "Valdoria's army", "organisation", affiliation="valdoria")
    mayor = actor("ivo-sarn", "Ivo Sarn", "person", role="Mayor of Lisca")
    people = (VALDORIA, KESSMARK, ORLEN, army, mayor)

    def report(slug: str, published: str, n: int, *claims: object) -> object:
        return sheet(
            slug,
            actors=people,
            published=published,
            title=f"Shelling in the Orlen Valley, day {n}",
            text=(RIVER[n % 3], RIVER[(n + 1) % 3]),
            claims=claims,
        )

    def tanks(n: int) -> object:
        text = f"it destroyed {n} Kessmark tanks"
        return claim("tanks", "valdoria-army", text, figures=(Figure(n, "tanks", "kessmark"),))

    k = knowledge.build(
        [
            report(
                "r1",
                "2031-03-09",
                1,
                tanks(4),
                claim(
                    "chairs",
                    "kessmark",
                    "Valdoria's envoy left three chairs empty at the talks",
                    figures=(Figure(3, "chairs", "valdoria"),),
                ),
                claim(
                    "dead",
                    "ivo-sarn",
                    "twelve people died in Lisca",
                    figures=(Figure(12, "people", "ivo-sarn"),),
                ),
            ),
            report(
                "r2",
                "2031-03-12",
                2,
                tanks(9),
                claim("dead", "kessmark", "fifteen people died", figures=(Figure(15, "People"),)),
            ),
            report("r3", "2031-03-12", 3, tanks(9)),  # the same number, the same day
        ]
    )
    (story,) = k.stories
    shown = [(f.published, f.by, f.value, f.unit, f.side) for f in story.figures]
    assert shown == [
        ("2031-03-09", ("ivo-sarn",), 12, "people", None),
        ("2031-03-09", ("valdoria-army",), 4, "tanks", "kessmark"),
        ("2031-03-12", ("kessmark",), 15, "People", None),
        ("2031-03-12", ("valdoria-army",), 9, "tanks", "kessmark"),
    ]


def test_a_summary_leaves_out_a_sentence_that_mostly_repeats_it():
    """Two reports restate the same background in other words: the summary tells it
    once, even with room left for more."""
    from generator.knowledge.summary import Candidate, choose

    def said(text: str, article: str, day: str, n: int) -> Candidate:
        return Candidate(text, article, f"p{n + 1}", day, (n, 0), max(0.0, 1 - n / 3))

    pool = [
        said(
            "Fighting broke out again in the Orlen Valley, a border region claimed by "
            "Valdoria but mostly settled by Kessmarkian farmers.",
            "a1",
            "2031-03-09",
            0,
        ),
        said(
            "Valdoria said its artillery destroyed four Kessmark tanks near the river "
            "crossing at Tolm.",
            "a1",
            "2031-03-09",
            1,
        ),
        said(
            "Heavy fighting flared again on Monday in the Orlen Valley border region, which "
            "Valdoria claims and Kessmarkian farmers mostly settled.",
            "a2",
            "2031-03-10",
            0,
        ),
        said(
            "Kessmark recalled its ambassador from the Valdorian capital and closed the rail "
            "link to Lisca.",
            "a2",
            "2031-03-10",
            1,
        ),
        said(
            "Mediators from Norvik proposed a ceasefire along the Orlen river, to be watched "
            "by unarmed observers.",
            "a3",
            "2031-03-11",
            0,
        ),
    ]
    chosen = [s.text.split()[0] for s in choose(pool, most=5)]
    assert len(chosen) == 4
    assert ("Fighting" in chosen) != ("Heavy" in chosen)  # the background, once
    assert {"Valdoria", "Kessmark", "Mediators"} <= set(chosen)


def test_a_story_title_names_what_most_of_its_articles_name_and_says_each_once():
    """The title names the parties all three reports name, not a country one report
    mentions in passing, and not a body of a party it names already."""
    army = actor("kessmark-army", "Kessmark's army", "organisation", affiliation="kessmark")
    norvik = actor("norvik", "Norvik", "country")
    army_claims = tuple(
        claim(f"a{n}", "kessmark-army", f"it shelled {n} Valdorian posts") for n in range(4)
    )
    k = knowledge.build(
        [
            river("r1", "2031-03-09", 0, claims=army_claims),
            river("r2", "2031-03-10", 1, claims=army_claims),
            sheet(
                "r3",
                actors=(VALDORIA, KESSMARK, ORLEN, army, norvik),
                published="2031-03-12",
                title="Shelling in the Orlen Valley, day 3",
                text=(RIVER[2], RIVER[0]),
                claims=(*army_claims, claim("n1", "norvik", "it offered to mediate")),
            ),
            *corpus()[3:],  # other stories: Valdoria and Kessmark are no rarer than Norvik
        ]
    )
    (story,) = [s for s in k.stories if "r1" in s.articles]
    assert story.articles == ("r1", "r2", "r3")
    assert "Kessmark's army" not in story.title and "Norvik" not in story.title
    assert "Valdoria" in story.title and "Kessmark" in story.title


def test_a_story_title_leads_with_what_all_its_articles_name_even_if_others_do_too():
    """Valdoria is in both reports and in many other stories; Norvik in one report
    only: the story is Valdoria's."""
    from collections import Counter

    from generator.knowledge.stories import _title

    reports = {s: river(s, "2031-03-09", n) for n, s in enumerate(("r1", "r2"))}
    mentions = {
        "r1": Counter({"valdoria": 5, "kessmark": 1}),
        "r2": Counter({"valdoria": 4, "norvik": 4}),
        **{f"other{n}": Counter({"valdoria": 1}) for n in range(18)},
    }
    df = {"valdoria": 20, "kessmark": 10, "norvik": 1}
    names = {"valdoria": "Valdoria", "kessmark": "Kessmark", "norvik": "Norvik"}
    kinds = dict.fromkeys(names, "country")
    title, _ = _title(["r1", "r2"], mentions, df, names, kinds, {}, reports)
    assert title.startswith("Valdoria")
    assert "Kessmark" not in title  # in one report, named once, common elsewhere


def test_a_dispute_two_reports_tell_is_one_dispute_and_comes_first():
    """The same two contradicting claims reported again are the same dispute; a story
    lists its disputes once each, the most reported first."""

    said = {
        1: ("Valdoria shelled its border posts near Orlen", "it never fired on border posts"),
        2: ("Valdorian drones struck the Tolm power station", "no drone flew towards Tolm"),
    }

    def accusation(n: int) -> tuple:
        charge, denial = said[n]
        return (
            claim(f"c{n}", "kessmark", charge, kind="accusation", disputes=(f"d{n}",)),
            claim(f"d{n}", "valdoria", denial, kind="denial"),
        )

    k = knowledge.build(
        [
            river("r1", "2031-03-09", 0, claims=(*accusation(1), *accusation(2))),
            river("r2", "2031-03-10", 1, claims=accusation(2)),
        ]
    )
    (story,) = k.stories
    assert k.claim("r2/c2").also_reported == ("r1/c2",)  # the same claim, told again
    assert story.disputes == (("r1/c2", "r1/d2"), ("r1/c1", "r1/d1"))


def test_figures_over_time_are_counts_not_measures():
    """A calibre or a distance measures, it counts nothing; nor does half a round."""
    shells = (
        claim(
            "guns",
            "valdoria",
            "Kessmark fired 120 mm shells, two rounds of .5 calibre and 12 rockets",
            figures=(Figure(120, "mm"), Figure(0.5, "rounds"), Figure(12, "rockets")),
        ),
    )
    more = (
        claim(
            "guns",
            "valdoria",
            "Kessmark fired 155 mm shells and 30 rockets, 10 km from the border",
            figures=(Figure(155, "mm"), Figure(30, "rockets"), Figure(10, "km")),
        ),
        claim("rounds", "kessmark", "it fired 2 rounds", figures=(Figure(2, "rounds"),)),
    )
    k = knowledge.build(
        [river("r1", "2031-03-09", 0, claims=shells), river("r2", "2031-03-10", 1, claims=more)]
    )
    (story,) = k.stories
    assert [(f.value, f.unit) for f in story.figures] == [(12, "rockets"), (30, "rockets")]


def test_a_side_makes_each_main_claim_once_and_one_that_says_little_last():
    """A claim two reports tell is one of a side's main claims, not two; "denies those
    claims" says nothing a reader can follow and makes way for claims that do."""
    charge = claim(
        "charge",
        "kessmark",
        "Valdorian artillery shelled the Tolm crossing at dawn",
        kind="accusation",
        disputes=("reply",),
    )
    reply = claim("reply", "valdoria", "no Valdorian gun fired at Tolm", kind="denial")
    vague = claim("vague", "kessmark", "those claims", kind="denial", disputes=("reply",))
    more = (
        claim("posts", "kessmark", "its border posts near Orlen were hit twice overnight"),
        claim("talks", "kessmark", "it will join talks mediated by Norvik next week"),
    )
    k = knowledge.build(
        [
            river("r1", "2031-03-09", 0, claims=(charge, reply, vague)),
            river("r2", "2031-03-10", 1, claims=(charge, *more)),
        ]
    )
    (story,) = k.stories
    kessmark = next(s for s in story.sides if s.actor == "kessmark")
    assert k.claim("r2/charge").also_reported == ("r1/charge",)
    assert kessmark.claims[0] == "r1/charge" and "r2/charge" not in kessmark.claims
    assert "r1/vague" not in kessmark.claims and len(kessmark.claims) == 3


def test_a_story_title_writes_the_the_its_names_take_and_keeps_its_id_without():
    from collections import Counter

    from generator.knowledge.stories import _title

    reports = {s: river(s, "2031-03-09", n) for n, s in enumerate(("r1", "r2"))}
    mentions = {s: Counter({"un": 3, "valdoria": 3, "party": 2}) for s in ("r1", "r2")}
    df = {"un": 2, "valdoria": 2, "party": 2}
    names = {"un": "United Nations", "valdoria": "Valdoria", "party": "Valdorian Farmers Party"}
    kinds = {"un": "organisation", "valdoria": "country", "party": "organisation"}
    title, plain = _title(["r1", "r2"], mentions, df, names, kinds, {}, reports)
    assert title == "The United Nations, Valdoria and the Valdorian Farmers Party, 2031"
    assert plain == "United Nations, Valdoria and Valdorian Farmers Party, 2031"


def test_names_in_running_text():
    from generator.vocabulary import in_running_text

    assert in_running_text("United States", "country") == "the United States"
    assert in_running_text("Supreme Court", "organisation") == "the Supreme Court"
    assert in_running_text("Hamas", "group") == "Hamas"
    assert in_running_text("Valdoria's defence ministry", "organisation") == (
        "Valdoria's defence ministry"
    )
    assert in_running_text("Court", "person") == "Court"  # a person's name is a name
