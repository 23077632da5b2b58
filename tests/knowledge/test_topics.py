"""Topics: automatic grouping by shared actors, and topics configured in mkdocs.yml."""

from __future__ import annotations

import pytest

from generator import knowledge
from generator.errors import KnowledgeError

from .handmade import actor, sheet

ARMENIA = actor("armenia", "Armenia", "country")
AZERBAIJAN = actor("azerbaijan", "Azerbaijan", "country")
KARABAKH = actor("nagorno-karabakh", "Nagorno-Karabakh", "region")
ISRAEL = actor("israel", "Israel", "country")
HAMAS = actor("hamas", "Hamas", "group")
GAZA = actor("gaza", "Gaza", "region")
USA = actor("united-states", "United States", "country")
NETANYAHU = actor("benjamin-netanyahu", "Benjamin Netanyahu")


def corpus():
    # the United States is in every story: it must not join them into one
    return [
        sheet("k1", actors=(ARMENIA, AZERBAIJAN, KARABAKH, USA), title="Fighting erupts"),
        sheet("k2", actors=(ARMENIA, AZERBAIJAN, USA), title="Shelling continues"),
        sheet("k3", actors=(AZERBAIJAN, KARABAKH), title="Stepanakert under fire"),
        sheet("g1", actors=(ISRAEL, HAMAS, GAZA, USA), title="Strikes on Gaza"),
        sheet("g2", actors=(ISRAEL, HAMAS, NETANYAHU), title="Hostage talks"),
        sheet("g3", actors=(GAZA, HAMAS, USA), title="Aid convoy"),
        sheet(
            "lone",
            actors=(actor("tunisia", "Tunisia", "country"),),
            title="A museum",
            summary="A museum in Tunis lends its Warsaw collection.",
        ),
    ]


def test_articles_group_automatically_by_shared_actors():
    k = knowledge.build(corpus())
    groups = sorted(sorted(t.articles) for t in k.topics)
    assert groups == [["g1", "g2", "g3"], ["k1", "k2", "k3"], ["lone"]]
    titles = {t.articles[0]: (t.id, t.title) for t in k.topics}
    # actors in most of the story's articles and few others first
    assert titles["g1"] == ("hamas-gaza-and-israel", "Hamas, Gaza and Israel")
    assert titles["k1"] == (
        "azerbaijan-armenia-and-nagorno-karabakh",
        "Azerbaijan, Armenia and Nagorno-Karabakh",
    )


def test_shared_actors_are_cross_linked_through_their_topics():
    k = knowledge.build(corpus())
    topic_of = {t.articles[0]: t.id for t in k.topics}
    shared = k.actor("united-states").topics  # type: ignore[union-attr]
    assert sorted(shared) == sorted([topic_of["k1"], topic_of["g1"]])
    assert k.actor("hamas").topics == (topic_of["g1"],)  # type: ignore[union-attr]
    gaza_topic = next(t for t in k.topics if "g1" in t.articles)
    assert gaza_topic.actors[0] == "hamas"  # most mentioned first


def test_automatic_topics_do_not_depend_on_input_order():
    assert knowledge.build(corpus()).topics == knowledge.build(corpus()[::-1]).topics


def test_lone_articles_beside_stories_go_to_other_articles():
    k = knowledge.build(corpus())
    assert (k.topics[-1].id, k.topics[-1].title, k.topics[-1].articles) == (
        "other",
        "Other articles",
        ("lone",),
    )


def test_unrelated_articles_alone_are_one_topic_each():
    k = knowledge.build([corpus()[0], corpus()[-1]])
    assert [(t.id, t.articles) for t in k.topics] == [
        ("armenia-azerbaijan-and-nagorno-karabakh", ("k1",)),
        ("tunisia", ("lone",)),
    ]


def test_one_story_is_one_topic():
    k = knowledge.build(corpus()[:3])
    assert [t.articles for t in k.topics] == [("k1", "k2", "k3")]


def test_configured_topics_take_articles_by_glob_actor_and_keyword():
    config = knowledge.TopicConfig.from_mapping(
        [
            {"id": "karabakh", "title": "Nagorno-Karabakh", "articles": ["k*"]},
            {"id": "gaza", "title": "Israel and Gaza", "actors": ["hamas"]},
            {"id": "war", "title": "Wars", "keywords": ["war"]},  # not "Warsaw"
            {"id": "museum", "title": "Tunis", "keywords": ["MUSEUM"]},
        ]
    )
    k = knowledge.build(corpus(), topics=config)
    assert [(t.id, t.title, t.articles) for t in k.topics] == [
        ("karabakh", "Nagorno-Karabakh", ("k1", "k2", "k3")),
        ("gaza", "Israel and Gaza", ("g1", "g2", "g3")),
        ("war", "Wars", ()),
        ("museum", "Tunis", ("lone",)),
    ]


def test_a_rule_may_name_an_actor_by_any_id_a_sheet_uses():
    sheets = [
        sheet("a", actors=(actor("nikol-pashinyan", "Nikol Pashinyan"),)),
        sheet("b", actors=(actor("nikol-pashinyan", "Nikol Pashinyan"),)),
        sheet("c", actors=(actor("pashinian", "Nikol Pashinian"),)),
        sheet("d", actors=(ISRAEL,)),
    ]
    config = knowledge.TopicConfig.from_mapping(
        {"auto": False, "topics": [{"id": "armenia", "title": "Armenia", "actors": ["pashinian"]}]}
    )
    k = knowledge.build(sheets, topics=config)
    assert [(t.id, t.articles) for t in k.topics] == [
        ("armenia", ("a", "b", "c")),
        ("other", ("d",)),
    ]


def test_articles_no_rule_takes_group_automatically_or_into_other():
    rules = [{"id": "gaza", "title": "Israel and Gaza", "actors": ["israel", "gaza"]}]
    auto = knowledge.build(corpus(), topics=knowledge.TopicConfig.from_mapping(rules))
    assert [t.id for t in auto.topics] == [
        "gaza",
        "azerbaijan-armenia-and-nagorno-karabakh",
        "other",
    ]
    config = knowledge.TopicConfig.from_mapping({"auto": False, "topics": rules})
    other = knowledge.build(corpus(), topics=config)
    assert [(t.id, t.articles) for t in other.topics] == [
        ("gaza", ("g1", "g2", "g3")),
        ("other", ("k1", "k2", "k3", "lone")),
    ]


@pytest.mark.parametrize(
    ("data", "messages"),
    [
        (
            "gaza",
            [
                "mkdocs.yml: topics: must be a list of topics (for example: topics: "
                "[{id: gaza, title: Gaza, actors: [israel]}])"
            ],
        ),
        (
            [{"id": "Gaza War", "articles": ["g*"]}],
            [
                "mkdocs.yml: topics[0].id: topic id must be a slug (lower-case letters, "
                "digits, '-'), got 'Gaza War' (for example: gaza-war)"
            ],
        ),
        (
            [{"id": "gaza", "title": "Gaza"}],
            ["mkdocs.yml: topics[0]: a topic needs at least one of articles, actors, keywords"],
        ),
        (
            [{"id": "gaza", "actors": "israel", "colour": "red"}, {"id": "gaza", "actors": ["x"]}],
            [
                "mkdocs.yml: topics[0]: unknown key 'colour' (valid: id, title, articles, "
                "actors, keywords)",
                "mkdocs.yml: topics[1].id: topic id 'gaza' used twice",
            ],
        ),
        (
            [{"id": "gaza", "articles": [1, 2]}],
            ["mkdocs.yml: topics[0].articles: must be a list of strings"],
        ),
        (
            {"auto": "yes", "topics": []},
            ["mkdocs.yml: topics.auto: must be true or false"],
        ),
    ],
)
def test_bad_topic_config_names_every_problem(data, messages):
    with pytest.raises(KnowledgeError) as caught:
        knowledge.TopicConfig.from_mapping(data)
    assert [str(p) for p in caught.value.problems] == messages


def test_no_topics_config_is_automatic():
    assert knowledge.TopicConfig.from_mapping(None) == knowledge.TopicConfig()
    assert knowledge.TopicConfig().auto


def test_a_bridging_article_does_not_chain_two_stories_into_one():
    karabakh = (
        ARMENIA,
        AZERBAIJAN,
        KARABAKH,
        actor("nikol-pashinyan", "Nikol Pashinyan"),
        actor("ilham-aliyev", "Ilham Aliyev"),
    )
    gaza = (
        ISRAEL,
        HAMAS,
        GAZA,
        NETANYAHU,
        actor("yahya-sinwar", "Yahya Sinwar"),
    )
    sheets = [sheet(f"k{n}", actors=karabakh[n:] + karabakh[:n] + (USA,)) for n in range(4)]
    sheets += [sheet(f"g{n}", actors=gaza[n:] + gaza[:n] + (USA,)) for n in range(4)]
    sheets.append(sheet("bridge", actors=(ARMENIA, AZERBAIJAN, ISRAEL, HAMAS, USA)))
    k = knowledge.build(sheets)
    groups = [set(t.articles) - {"bridge"} for t in k.topics]
    assert groups == [{"g0", "g1", "g2", "g3"}, {"k0", "k1", "k2", "k3"}]


def test_in_a_big_corpus_a_story_of_two_articles_joins_its_nearest_story_or_other():
    stories = {
        "karabakh": (ARMENIA, AZERBAIJAN, KARABAKH),
        "gaza": (ISRAEL, HAMAS, GAZA),
        "ukraine": (actor("ukraine", "Ukraine", "country"), actor("russia", "Russia", "country")),
    }
    sheets = [
        sheet(f"{story}-{n:03}", actors=(*members, actor(f"{story}-p{n}", f"Person {n}")))
        for story, members in stories.items()
        for n in range(100)
    ]
    # two articles about Stepanakert's mayor, also naming Armenia: part of Karabakh
    mayor = actor("mayor", "Mayor Smith")
    sheets += [sheet(f"mayor-{n}", actors=(mayor, ARMENIA)) for n in range(2)]
    # two articles about a chess match: their own small story, in a 304-article corpus
    chess = (actor("carlsen", "Magnus Carlsen"), actor("nepo", "Ian Nepomniachtchi"))
    sheets += [sheet(f"chess-{n}", actors=chess) for n in range(2)]
    k = knowledge.build(sheets)
    by_article = {slug: t.id for t in k.topics for slug in t.articles}
    assert len(k.topics) == 4
    assert by_article["mayor-0"] == by_article["mayor-1"] == by_article["karabakh-000"]
    assert by_article["chess-0"] == by_article["chess-1"] == "other"
