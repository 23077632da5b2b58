"""Claims across articles: keys, also_reported, disputes within and across sheets."""

from __future__ import annotations

from generator import knowledge
from generator.factsheet.model import DisputeLink
from generator.knowledge.model import DisputeEntry

from .handmade import Figure, actor, claim, sheet

ARMENIA = actor("armenia", "Armenia", "country")
AZERBAIJAN = actor("azerbaijan", "Azerbaijan", "country")
MINISTRY = actor("armenian-defence-ministry", "Armenian defence ministry", "organisation")


def test_claim_keys_are_sheet_slash_id_and_hidden_claims_are_left_out():
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(ARMENIA,),
                claims=(
                    claim("c1", "armenia", "the border is calm"),
                    claim("c2", "armenia", "a wrong machine claim", hidden=True),
                ),
            ),
            sheet("b", actors=(ARMENIA,), claims=(claim("c1", "armenia", "talks resume"),)),
        ]
    )
    assert [c.key for c in k.claims] == ["a/c1", "b/c1"]
    assert k.actor("armenia").claims == ("a/c1", "b/c1")  # type: ignore[union-attr]


def test_the_same_claim_from_several_outlets_is_also_reported():
    text = "Azerbaijani forces shelled civilian settlements along the contact line"
    k = knowledge.build(
        [
            sheet(
                "sky",
                outlet="Sky News",
                published="2020-09-27",
                actors=(MINISTRY,),
                claims=(claim("c1", "armenian-defence-ministry", text),),
            ),
            sheet(
                "bbc",
                outlet="BBC",
                published="2020-09-27",
                actors=(
                    actor(
                        "armenia-s-defence-ministry",
                        "Armenian defence ministry",
                        "organisation",
                    ),
                ),
                claims=(
                    claim(
                        "c4",
                        "armenia-s-defence-ministry",
                        "Azerbaijani forces had shelled civilian settlements along the contact line"
                        ",",
                    ),
                    claim("c5", "armenia-s-defence-ministry", "its troops shot down two drones"),
                ),
            ),
            sheet(  # the same words from another source are not the same claim
                "ap",
                outlet="AP",
                published="2020-09-28",
                actors=(AZERBAIJAN,),
                claims=(claim("c1", "azerbaijan", text),),
            ),
        ]
    )
    assert k.claim("sky/c1").also_reported == ("bbc/c4",)  # type: ignore[union-attr]
    assert k.claim("bbc/c4").also_reported == ("sky/c1",)  # type: ignore[union-attr]
    assert k.claim("bbc/c5").also_reported == ()  # type: ignore[union-attr]
    assert k.claim("ap/c1").also_reported == ()  # type: ignore[union-attr]
    assert [(o.id, o.articles, o.claims) for o in k.outlets] == [
        ("ap", ("ap",), ("ap/c1",)),
        ("bbc", ("bbc",), ("bbc/c4", "bbc/c5")),
        ("sky-news", ("sky",), ("sky/c1",)),
    ]


def test_disputes_within_a_sheet_become_keys_in_both_directions():
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(ARMENIA, AZERBAIJAN),
                claims=(
                    claim("armenia-says", "armenia", "Azerbaijan attacked first"),
                    claim(
                        "azerbaijan-says",
                        "azerbaijan",
                        "Armenia attacked first",
                        disputes=("armenia-says",),
                    ),
                ),
            )
        ]
    )
    assert k.claim("a/armenia-says").disputes == ("a/azerbaijan-says",)  # type: ignore[union-attr]
    assert k.claim("a/azerbaijan-says").disputes == ("a/armenia-says",)  # type: ignore[union-attr]


def test_a_denial_in_one_article_disputes_the_claim_in_another():
    turkey = actor("turkey", "Turkey", "country")
    k = knowledge.build(
        [
            sheet(
                "a",
                published="2020-09-28",
                actors=(ARMENIA, turkey),
                claims=(
                    claim(
                        "c1",
                        "armenia",
                        "Turkey sent Syrian mercenaries to fight in Nagorno-Karabakh",
                        kind="accusation",
                        verb="accuses",
                        about=("turkey",),
                    ),
                    claim("c2", "armenia", "the front line held overnight"),
                ),
            ),
            sheet(
                "b",
                published="2020-09-29",
                actors=(turkey,),
                claims=(
                    claim(
                        "c1",
                        "turkey",
                        "it had sent Syrian mercenaries to Nagorno-Karabakh",
                        kind="denial",
                        verb="denies",
                    ),
                ),
            ),
        ]
    )
    assert k.claim("b/c1").disputes == ("a/c1",)  # type: ignore[union-attr]
    assert k.claim("a/c1").disputes == ("b/c1",)  # type: ignore[union-attr]
    assert k.claim("a/c2").disputes == ()  # type: ignore[union-attr]


def test_sides_that_speak_as_one_elsewhere_do_not_dispute_across_articles():
    northland = actor("northland", "Northland", "country")
    southland = actor("southland", "Southland", "country")
    accusation = claim(
        "c1",
        "southland",
        "Northland sent hired fighters to the Orlen valley",
        kind="accusation",
        verb="accuses",
        about=("northland",),
    )
    denial = claim(
        "c1",
        "northland",
        "it had sent hired fighters to the Orlen valley",
        kind="denial",
        verb="denies",
    )
    joint = claim("c2", ("northland", "southland"), "the two states will hold joint drills in May")

    def build(*extra):
        return knowledge.build(
            [
                sheet("a", published="2021-05-01", actors=(southland,), claims=(accusation,)),
                sheet(
                    "b",
                    published="2021-05-02",
                    actors=(northland, southland),
                    claims=(denial, *extra),
                ),
            ]
        )

    assert build().claim("b/c1").disputes == ("a/c1",)  # type: ignore[union-attr]
    allied = build(joint)
    assert allied.claim("b/c1").disputes == ()  # type: ignore[union-attr]


def test_opposing_sources_about_the_same_thing_dispute_across_articles():
    k = knowledge.build(
        [
            sheet(  # here the two sides dispute each other: they are opponents
                "a",
                actors=(ARMENIA, AZERBAIJAN),
                claims=(
                    claim("c1", "armenia", "Azerbaijan shelled Stepanakert"),
                    claim("c2", "azerbaijan", "Armenia shelled Ganja", disputes=("c1",)),
                ),
            ),
            sheet(
                "b",
                actors=(ARMENIA,),
                claims=(
                    claim("c1", "armenia", "the war began with an Azerbaijani attack at dawn"),
                ),
            ),
            sheet(
                "c",
                actors=(AZERBAIJAN,),
                claims=(
                    claim("c1", "azerbaijan", "the war began with an Armenian attack at dawn"),
                    claim("c2", "azerbaijan", "the harvest festival was cancelled"),
                ),
            ),
        ]
    )
    assert k.claim("b/c1").disputes == ("c/c1",)  # type: ignore[union-attr]
    assert k.claim("c/c1").disputes == ("b/c1",)  # type: ignore[union-attr]
    assert k.claim("c/c2").disputes == ()  # type: ignore[union-attr]


def test_conflicting_figures_of_one_unit_and_side_dispute():
    def helicopters(value: int, side: str = "azerbaijan") -> tuple[Figure, ...]:
        return (Figure(value=value, unit="helicopters", side=side),)

    karabakh = actor("karabakh-defence-ministry", "Karabakh defence ministry", "organisation")
    k = knowledge.build(
        [
            sheet(
                "a",
                published="2020-09-27",
                actors=(ARMENIA, AZERBAIJAN),
                claims=(
                    claim("c1", "armenia", "it shot down two helicopters", figures=helicopters(2)),
                ),
            ),
            sheet(
                "b",
                published="2020-09-27",
                actors=(karabakh, AZERBAIJAN, ARMENIA),
                claims=(
                    claim(
                        "c1",
                        "karabakh-defence-ministry",
                        "it destroyed four helicopters",
                        figures=(Figure(value=4, unit="helicopter", side="azerbaijan"),),
                    ),
                    claim(  # same number: no conflict
                        "c2", "karabakh-defence-ministry", "x", figures=helicopters(2)
                    ),
                    claim(  # another side's helicopters: no conflict
                        "c3", "azerbaijan", "y", figures=helicopters(9, side="armenia")
                    ),
                ),
            ),
        ]
    )
    assert k.claim("a/c1").disputes == ("b/c1",)  # type: ignore[union-attr]
    assert k.claim("b/c1").disputes == ("a/c1",)  # type: ignore[union-attr]
    assert k.claim("b/c2").disputes == ()  # type: ignore[union-attr]
    assert k.claim("b/c3").disputes == ()  # type: ignore[union-attr]
    assert [(f.claim, f.figure.value) for f in k.figures] == [
        ("a/c1", 2),
        ("b/c1", 4),
        ("b/c2", 2),
        ("b/c3", 9),
    ]


def test_an_actors_claims_are_ordered_by_article_date():
    k = knowledge.build(
        [
            sheet(
                "late",
                published="2020-10-10",
                actors=(actor("pashinyan", "Nikol Pashinyan"),),
                claims=(claim("c1", "pashinyan", "a ceasefire is possible"),),
            ),
            sheet(
                "early",
                published="2020-09-27",
                actors=(actor("nikol-pashinyan", "Nikol Pashinyan"),),
                claims=(claim("c1", "nikol-pashinyan", "we will not retreat"),),
            ),
            sheet(
                "undated",
                actors=(actor("nikol-pashinyan", "Nikol Pashinyan"),),
                claims=(claim("c1", "nikol-pashinyan", "talks are needed"),),
            ),
        ]
    )
    entry = k.actor("nikol-pashinyan")
    assert entry is not None
    assert entry.claims == ("early/c1", "late/c1", "undated/c1")
    assert [k.claim(key).published for key in entry.claims] == [  # type: ignore[union-attr]
        "2020-09-27",
        "2020-10-10",
        None,
    ]


def test_a_denial_disputes_an_accusation_about_the_denier_in_other_words():
    erdogan = actor("recep-tayyip-erdogan", "Recep Tayyip Erdogan", affiliation="turkey")
    turkey = actor("turkey", "Turkey", "country")
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(ARMENIA, turkey, AZERBAIJAN),
                claims=(
                    claim(
                        "c1",
                        "armenia",
                        "Turkey of sending mercenaries and fighters to back Azerbaijan",
                        kind="accusation",
                        about=("turkey", "azerbaijan"),
                    ),
                ),
            ),
            sheet(
                "b",
                actors=(erdogan, turkey),
                claims=(
                    claim(
                        "c1",
                        "recep-tayyip-erdogan",
                        "reports that Turkey had sent arms or foreign fighters to Azerbaijan",
                        kind="denial",
                    ),
                    # the same source's other claim in another article: never a dispute
                    claim("c2", "recep-tayyip-erdogan", "Turkey sent fighters to Azerbaijan"),
                ),
            ),
        ]
    )
    assert k.claim("b/c1").disputes == ("a/c1",)  # type: ignore[union-attr]
    assert k.claim("b/c2").disputes == ()  # type: ignore[union-attr]


def test_a_denial_sharing_only_names_with_a_claim_does_not_answer_it():
    turkey = actor("turkey", "Turkey", "country")
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(ARMENIA, turkey, AZERBAIJAN),
                claims=(
                    claim(
                        "c1",
                        "armenia",
                        "Turkey of helping Azerbaijan to wage a war of conquest against Armenia",
                        kind="accusation",
                        about=("turkey", "azerbaijan"),
                    ),
                ),
            ),
            sheet(
                "b",
                actors=(ARMENIA, turkey, AZERBAIJAN),
                claims=(
                    claim(
                        "c1",
                        "turkey",
                        "Armenia has accused Turkey of flying drones over Azerbaijan",
                        kind="denial",
                    ),
                ),
            ),
        ]
    )
    assert k.claim("b/c1").disputes == ()  # type: ignore[union-attr]


def test_a_denial_sharing_only_its_purpose_with_a_claim_does_not_answer_it():
    turkey = actor("turkey", "Turkey", "country")
    france = actor("france", "France", "country")
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(france, turkey, AZERBAIJAN),
                claims=(
                    claim(
                        "c1",
                        "france",
                        "Turkey's pledge of full support for Azerbaijan was reckless",
                        about=("turkey", "azerbaijan"),
                    ),
                ),
            ),
            sheet(
                "b",
                actors=(turkey, AZERBAIJAN),
                claims=(
                    claim(
                        "c1",
                        "turkey",
                        "Turkey is sending drones to support Azerbaijan",
                        kind="denial",
                    ),
                ),
            ),
        ]
    )
    assert k.claim("b/c1").disputes == ()  # type: ignore[union-attr]


def test_an_actor_and_its_country_are_one_side_not_opponents():
    minister = actor("ministry", "Armenian defence ministry", "organisation", affiliation="armenia")
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(ARMENIA, minister),
                claims=(
                    claim("c1", "armenia", "shelling hit the town of Martuni overnight"),
                    claim("c2", "ministry", "no shelling hit Martuni", disputes=("c1",)),
                ),
            ),
            sheet(
                "b",
                actors=(ARMENIA,),
                claims=(claim("c1", "armenia", "heavy shelling hit the town of Martuni"),),
            ),
            sheet(
                "c",
                actors=(minister,),
                claims=(claim("c1", "ministry", "light shelling hit the town of Martuni"),),
            ),
        ]
    )
    assert k.claim("b/c1").disputes == ()  # type: ignore[union-attr]
    assert k.claim("a/c1").disputes == ("a/c2",)  # type: ignore[union-attr]


def _accusation_and_denial(*denial_links: object) -> list:
    turkey = actor("turkey", "Turkey", "country")
    return [
        sheet(
            "a",
            published="2020-09-28",
            actors=(ARMENIA, turkey),
            claims=(
                claim(
                    "c1",
                    "armenia",
                    "Turkey sent Syrian mercenaries to fight in Nagorno-Karabakh",
                    kind="accusation",
                    verb="accuses",
                    about=("turkey",),
                ),
            ),
        ),
        sheet(
            "b",
            published="2020-09-29",
            actors=(turkey,),
            claims=(
                claim(
                    "c1",
                    "turkey",
                    "it had sent Syrian mercenaries to Nagorno-Karabakh",
                    kind="denial",
                    verb="denies",
                    disputes=denial_links,
                ),
            ),
        ),
    ]


def test_every_dispute_is_listed_once_with_its_reason():
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(ARMENIA, AZERBAIJAN),
                claims=(
                    claim("c1", "armenia", "Azerbaijan shelled Stepanakert"),
                    claim(
                        "c2",
                        "azerbaijan",
                        "this",
                        kind="denial",
                        verb="denies",
                        disputes=(DisputeLink("c1", reason="denies: “this”"),),
                    ),
                ),
            ),
        ]
    )
    assert k.disputes == (DisputeEntry("a/c1", "a/c2", "denies: “this”"),)
    assert k.claim("a/c1").disputes == ("a/c2",)  # type: ignore[union-attr]


def test_a_link_across_articles_says_why_and_is_marked_as_such():
    k = knowledge.build(_accusation_and_denial())
    (dispute,) = k.disputes
    assert (dispute.left, dispute.right, dispute.across) == ("a/c1", "b/c1", True)
    assert dispute.reason == "denies: “it had sent Syrian mercenaries to Nagorno-Karabakh”"


def test_an_editors_unlink_keeps_two_claims_apart_across_articles():
    k = knowledge.build(_accusation_and_denial(DisputeLink("a/c1", unlinked=True)))
    assert k.disputes == ()
    assert k.claim("a/c1").disputes == ()  # type: ignore[union-attr]
    assert k.problems == ()


def test_an_editor_links_claims_of_two_sheets_by_sheet_and_id():
    sheets = _accusation_and_denial()
    sheets[1] = sheet(
        "b",
        actors=(actor("turkey", "Turkey", "country"),),
        claims=(claim("c1", "turkey", "the weather was fine", disputes=("a/c1",)),),
    )
    k = knowledge.build(sheets)
    assert k.disputes == (DisputeEntry("a/c1", "b/c1", None, across=False),)
    broken = [*sheets[:1], sheet("b", claims=(claim("c1", "x", "y", disputes=("zz/c9",)),))]
    problems = knowledge.build(broken).problems
    assert [p.message for p in problems] == [
        "claims: 'c1' disputes 'zz/c9', which names no claim of another sheet"
    ]


def test_a_mutual_accusation_is_no_dispute_and_no_opponent_pair():
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(ARMENIA, AZERBAIJAN),
                claims=(
                    claim(
                        "c1",
                        ("azerbaijan", "armenia"),
                        "each other of attacks along the border",
                        kind="accusation",
                        verb="accuses",
                    ),
                ),
            ),
            sheet(
                "b",
                actors=(actor("turkey", "Turkey", "country"),),
                claims=(
                    claim(
                        "c1",
                        "turkey",
                        "attacks along the border",
                        kind="denial",
                        verb="denies",
                    ),
                ),
            ),
        ]
    )
    assert k.claim("a/c1").mutual  # type: ignore[union-attr]
    assert k.disputes == ()


def test_each_side_accusing_the_other_of_the_same_thing_on_one_day_is_a_dispute():
    def accusation(by: str, about: str, text: str):
        return claim("c1", by, text, kind="accusation", verb="accuses", about=(about,))

    k = knowledge.build(
        [
            sheet(
                "a",
                published="2020-09-27",
                actors=(ARMENIA, AZERBAIJAN),
                claims=(
                    accusation("armenia", "azerbaijan", "shelling civilian areas of Stepanakert"),
                ),
            ),
            sheet(
                "b",
                published="2020-09-27",
                actors=(ARMENIA, AZERBAIJAN),
                claims=(accusation("azerbaijan", "armenia", "its forces shelled homes in Tartar"),),
            ),
            sheet(  # another day: another exchange
                "c",
                published="2020-10-05",
                actors=(ARMENIA, AZERBAIJAN),
                claims=(accusation("azerbaijan", "armenia", "its forces shelled homes in Ganja"),),
            ),
        ]
    )
    assert [(d.left, d.right, d.reason) for d in k.disputes] == [
        ("a/c1", "b/c1", "opposite accounts: each accuses the other")
    ]


def test_accusations_that_share_only_a_place_name_are_no_mirrored_dispute():
    def accusation(by: str, about: str, text: str):
        return claim("c1", by, text, kind="accusation", verb="accuses", about=(about,))

    k = knowledge.build(
        [
            sheet(
                "a",
                published="2020-09-27",
                actors=(ARMENIA, AZERBAIJAN),
                claims=(
                    accusation(
                        "armenia", "azerbaijan", "hiring foreign fighters for the Orlen Valley"
                    ),
                ),
            ),
            sheet(
                "b",
                published="2020-09-27",
                actors=(ARMENIA, AZERBAIJAN),
                claims=(
                    accusation("azerbaijan", "armenia", "stalling the Orlen Valley peace talks"),
                ),
            ),
        ]
    )
    assert k.disputes == ()
