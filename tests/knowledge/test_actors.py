"""Merging actors across sheets: ids, aliases, spelling variants, titles; and not more."""

from __future__ import annotations

from generator import knowledge

from .handmade import actor, claim, sheet


def names_of(k: knowledge.Knowledge) -> dict[str, str]:
    return {a.id: a.name for a in k.actors}


def test_same_id_in_many_sheets_is_one_actor():
    k = knowledge.build(
        [
            sheet("one", actors=(actor("vladimir-putin", "Vladimir Putin"),)),
            sheet("two", actors=(actor("vladimir-putin", "Vladimir Putin"),)),
        ]
    )
    assert [a.id for a in k.actors] == ["vladimir-putin"]
    assert k.actors[0].articles == ("one", "two")
    assert k.actors[0].ids == ("one/vladimir-putin", "two/vladimir-putin")


def test_titles_spelling_variants_and_surnames_merge_into_one_entry():
    sheets = [
        sheet(
            "sky",
            published="2020-09-27",
            actors=(
                actor(
                    "armenian-prime-minister-nikol-pashinyan",
                    "Armenian Prime Minister Nikol Pashinyan",
                    role="Prime Minister of Armenia",
                ),
            ),
        ),
        sheet(
            "bbc",
            published="2020-09-28",
            actors=(actor("nikol-pashinyan", "Nikol Pashinyan", aliases=("Pashinyan",)),),
        ),
        sheet("reuters", published="2020-09-29", actors=(actor("nikol-pashinyan", "Pashinyan"),)),
        sheet("ap", published="2020-09-30", actors=(actor("nikol-pashinian", "Nikol Pashinian"),)),
        sheet("cnn", published="2020-10-01", actors=(actor("pashinyan", "Mr Pashinyan"),)),
    ]
    k = knowledge.build(sheets)
    assert len(k.actors) == 1
    entry = k.actors[0]
    assert entry.id == "nikol-pashinyan"  # the id most sheets use
    assert entry.name == "Nikol Pashinyan"
    assert set(entry.aliases) == {
        "Armenian Prime Minister Nikol Pashinyan",
        "Pashinyan",
        "Nikol Pashinian",
        "Mr Pashinyan",
    }
    assert entry.articles == ("sky", "bbc", "reuters", "ap", "cnn")
    for slug, local in [
        ("sky", "armenian-prime-minister-nikol-pashinyan"),
        ("ap", "nikol-pashinian"),
        ("cnn", "pashinyan"),
    ]:
        assert k.actor_id(slug, local) == "nikol-pashinyan"


def test_canonical_id_ties_break_by_fuller_name_then_alphabet():
    k = knowledge.build(
        [
            sheet("a", actors=(actor("putin", "Putin"),)),
            sheet("b", actors=(actor("vladimir-putin", "Vladimir Putin"),)),
        ]
    )
    assert [a.id for a in k.actors] == ["vladimir-putin"]
    assert k.actor_id("a", "putin") == "vladimir-putin"


def test_claims_by_about_and_affiliation_resolve_to_the_canonical_id():
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(
                    actor("armenia", "Armenia", "country"),
                    actor("nikol-pashinyan", "Nikol Pashinyan", affiliation="armenia"),
                ),
            ),
            sheet(
                "b",
                actors=(
                    actor("republic-of-armenia", "Armenia", "country", aliases=("Yerevan",)),
                    actor("pashinian", "Nikol Pashinian", affiliation="republic-of-armenia"),
                    actor("azerbaijan", "Azerbaijan", "country"),
                ),
                claims=(
                    claim("c1", "pashinian", "the army will hold", about=("republic-of-armenia",)),
                ),
            ),
        ]
    )
    entry = k.claim("b/c1")
    assert entry is not None
    assert entry.claim.by == ("nikol-pashinyan",)
    assert entry.claim.about == ("armenia",)
    pashinyan = k.actor("nikol-pashinyan")
    assert pashinyan is not None and pashinyan.affiliation == "armenia"
    assert pashinyan.claims == ("b/c1",)
    assert k.actor("armenia").about == ("b/c1",)  # type: ignore[union-attr]


def test_role_is_the_latest_and_every_role_is_kept_in_order():
    k = knowledge.build(
        [
            sheet(
                "late",
                published="2022-01-01",
                actors=(actor("boris-johnson", "Boris Johnson", role="Prime Minister"),),
            ),
            sheet(
                "early",
                published="2016-01-01",
                actors=(actor("boris-johnson", "Boris Johnson", role="Mayor of London"),),
            ),
        ]
    )
    entry = k.actors[0]
    assert entry.roles == ("Mayor of London", "Prime Minister")
    assert entry.role == "Prime Minister"


def test_two_people_sharing_a_surname_stay_two():
    k = knowledge.build(
        [
            sheet("a", actors=(actor("ilham-aliyev", "Ilham Aliyev"),)),
            sheet("b", actors=(actor("heydar-aliyev", "Heydar Aliyev"),)),
            # an ambiguous bare surname, with neither in its article: stays apart
            sheet("c", actors=(actor("aliyev", "Aliyev"),)),
            # a bare surname beside one of them in its own article: that one
            sheet(
                "d",
                actors=(
                    actor("ilham-aliyev", "Ilham Aliyev"),
                    actor("mr-aliyev", "Mr Aliyev"),
                ),
            ),
        ]
    )
    assert sorted(names_of(k)) == ["aliyev", "heydar-aliyev", "ilham-aliyev"]
    assert k.actor_id("d", "mr-aliyev") == "ilham-aliyev"
    assert k.actor_id("c", "aliyev") == "aliyev"


def test_a_surname_alone_joins_the_only_person_of_that_name():
    k = knowledge.build(
        [
            sheet("a", actors=(actor("ilham-aliyev", "Ilham Aliyev"),)),
            sheet("b", actors=(actor("aliyev", "President Aliyev"),)),
            sheet("c", actors=(actor("i-aliyev", "I. Aliyev"),)),
        ]
    )
    assert [a.id for a in k.actors] == ["ilham-aliyev"]


def test_first_names_one_letter_apart_merge_and_two_letters_do_not():
    k = knowledge.build(
        [
            sheet("a", actors=(actor("antony-blinken", "Antony Blinken"),)),
            sheet("b", actors=(actor("anthony-blinken", "Anthony Blinken"),)),
            sheet("c", actors=(actor("michael-obama", "Michael Obama"),)),
            sheet("d", actors=(actor("michelle-obama", "Michelle Obama"),)),
            sheet("e", actors=(actor("rob-kardashian", "Rob Kardashian"),)),
            sheet("f", actors=(actor("robert-kardashian", "Robert Kardashian"),)),
        ]
    )
    assert k.actor_id("a", "antony-blinken") == k.actor_id("b", "anthony-blinken")
    assert sorted(names_of(k)) == [
        "anthony-blinken",
        "michael-obama",
        "michelle-obama",
        "rob-kardashian",
        "robert-kardashian",
    ]


def test_a_surname_given_the_wrong_kind_beside_its_person_is_that_person():
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(
                    actor("narendra-modi", "Narendra Modi"),
                    actor("modi", "Modi", "place"),
                    actor("jordan", "Jordan", "country"),
                    actor("michael-jordan", "Michael Jordan"),
                ),
            ),
            sheet("b", actors=(actor("modi", "Modi", "place"),)),
        ]
    )
    modi = k.actor(k.actor_id("a", "narendra-modi"))
    assert modi is not None and modi.kind == "person" and modi.name == "Narendra Modi"
    assert k.actor_id("a", "modi") == k.actor_id("b", "modi") == modi.id
    assert k.actor_id("a", "jordan") == "jordan"  # a country keeps its kind


def test_an_initial_that_does_not_fit_stays_apart():
    k = knowledge.build(
        [
            sheet("a", actors=(actor("ilham-aliyev", "Ilham Aliyev"),)),
            sheet("b", actors=(actor("h-aliyev", "H. Aliyev"),)),
        ]
    )
    assert sorted(names_of(k)) == ["h-aliyev", "ilham-aliyev"]


def test_different_middle_names_stay_apart():
    k = knowledge.build(
        [
            sheet("a", actors=(actor("george-w-bush", "George W. Bush"),)),
            sheet("b", actors=(actor("george-h-w-bush", "George H. W. Bush"),)),
        ]
    )
    assert sorted(names_of(k)) == ["george-h-w-bush", "george-w-bush"]


def test_a_son_of_the_same_name_stays_apart():
    k = knowledge.build(
        [
            sheet("a", actors=(actor("donald-trump", "Donald Trump"),)),
            sheet("b", actors=(actor("donald-trump-jr", "Donald Trump Jr."),)),
            sheet("c", actors=(actor("donald-j-trump", "Donald J. Trump"),)),
        ]
    )
    assert len(k.actors) == 2
    assert k.actor_id("a", "donald-trump") == k.actor_id("c", "donald-j-trump")
    assert k.actor_id("b", "donald-trump-jr") == "donald-trump-jr"


def test_a_country_and_its_ministry_stay_apart():
    k = knowledge.build(
        [
            sheet(
                "a",
                actors=(
                    actor("armenia", "Armenia", "country"),
                    actor(
                        "armenian-defence-ministry",
                        "Armenian defence ministry",
                        "organisation",
                        aliases=("Armenia's defence ministry",),
                    ),
                ),
            ),
            sheet(
                "b",
                actors=(
                    actor("armenia", "Armenia", "country"),
                    actor("defence-ministry", "Armenia's defence ministry", "organisation"),
                ),
            ),
        ]
    )
    assert len(k.actors) == 2
    ministry = k.actor_id("a", "armenian-defence-ministry")
    assert k.actor_id("b", "defence-ministry") == ministry != "armenia"
    assert k.actor("armenia").ids == ("a/armenia", "b/armenia")  # type: ignore[union-attr]


def test_a_person_and_a_place_of_one_name_stay_apart():
    k = knowledge.build(
        [
            sheet("a", actors=(actor("jordan", "Jordan", "country"),)),
            sheet("b", actors=(actor("michael-jordan", "Jordan", "person"),)),
        ]
    )
    assert sorted(names_of(k)) == ["jordan", "michael-jordan"]


def test_a_place_named_as_an_alias_of_a_country_is_not_that_country():
    k = knowledge.build(
        [
            sheet("a", actors=(actor("azerbaijan", "Azerbaijan", "country", aliases=("Baku",)),)),
            sheet("b", actors=(actor("baku", "Baku", "place"),)),
            sheet("c", actors=(actor("azerbaijan-republic", "Baku", "country"),)),
        ]
    )
    assert k.actor_id("b", "baku") == "baku"
    assert k.actor_id("c", "azerbaijan-republic") == "azerbaijan"


def test_the_same_build_twice_is_identical():
    sheets = [
        sheet("a", actors=(actor("pashinyan", "Pashinyan"), actor("x", "Nikol Pashinian"))),
        sheet("b", actors=(actor("nikol-pashinyan", "Nikol Pashinyan"),)),
    ]
    assert knowledge.build(sheets) == knowledge.build(list(reversed(sheets)))


def test_unnamed_sources_stay_with_their_article_unless_pinned(tmp_path):
    officials = actor("officials", "Officials", "group", role="unnamed source")
    sheets = [
        sheet("one", actors=(officials, actor("armenia", "Armenia", "country"))),
        sheet("two", actors=(officials, actor("armenia", "Armenia", "country"))),
    ]
    k = knowledge.build(sheets)
    assert sorted(a.id for a in k.actors) == ["armenia", "officials", "officials-2"]
    assert {a.articles for a in k.actors if a.name == "Officials"} == {("one",), ("two",)}
    pins = tmp_path / "pins.yaml"
    pins.write_text("merge:\n  - [one/officials, two/officials]\n", encoding="utf-8")
    pinned = knowledge.build(sheets, pins=knowledge.load_pins(pins))
    assert sorted(a.id for a in pinned.actors) == ["armenia", "officials"]


def test_a_named_group_in_two_articles_is_one_actor():
    hamas = actor("hamas", "Hamas", "group")
    k = knowledge.build([sheet("one", actors=(hamas,)), sheet("two", actors=(hamas,))])
    assert [(a.id, a.articles) for a in k.actors] == [("hamas", ("one", "two"))]


def test_a_source_named_by_an_office_stays_with_its_article_too():
    spokesperson = actor(
        "the-spokesperson", "The spokesperson", "person", role="spokesperson, unnamed source"
    )
    sheets = [sheet("one", actors=(spokesperson,)), sheet("two", actors=(spokesperson,))]
    k = knowledge.build(sheets)
    assert {a.articles for a in k.actors} == {("one",), ("two",)}
