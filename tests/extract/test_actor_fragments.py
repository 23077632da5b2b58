"""Names read whole and by the right kind on news from any outlet (invented people,
places and bodies): a Chinese surname that is an English pronoun ("He Wenlong") stays in
the name; "the Southern District" goes on "of Lanmark"; a dateline's state ("LANMARK,
Calif. (AP) —") names no actor and is no part of the source after it; "Inner Mongolia" is
no "Inner" beside Mongolia; "Questioning Marla Finchbrook, lawmakers asked" names Marla
Finchbrook; places named only in a list of places ("countries such as A, B and C")
are no actors."""

from __future__ import annotations


def actor_named(sheet, name: str):
    found = [a for a in sheet.actors if a.name == name]
    assert found, [(a.name, a.kind) for a in sheet.actors]
    return found[0]


def test_a_chinese_surname_that_is_a_pronoun_stays_in_the_name(sheet_of):
    sheet = sheet_of(
        "He Wenlong, a trader in Lanmark, said prices rose. He said the market was calm."
    )
    trader = actor_named(sheet, "He Wenlong")
    assert trader.kind == "person"
    assert "Wenlong" not in {a.name for a in sheet.actors}


def test_a_district_is_named_with_its_of_tail(sheet_of):
    sheet = sheet_of(
        "Prosecutors in the Southern District of Lanmark said on Monday that the case "
        "against Tom Reller was closed. The Southern District of Lanmark declined to comment."
    )
    district = actor_named(sheet, "Southern District of Lanmark")
    assert district.kind == "organisation"
    assert "Southern District" not in {a.name for a in sheet.actors}


def test_a_datelines_state_is_no_actor_and_no_part_of_the_source(sheet_of):
    sheet = sheet_of(
        "LANMARK, Calif. (AP) — Authorities say a man was stabbed on a train near Lanmark "
        "on Monday.\n\nPolice Chief Ed Varo said the suspect was arrested."
    )
    assert "Calif." not in {a.name for a in sheet.actors}
    claim = next(c for c in sheet.claims if "stabbed" in c.text)
    assert claim.by == ("authorities",), claim.by


def test_a_part_of_a_state_named_as_a_region_is_not_the_state(sheet_of):
    sheet = sheet_of(
        "Officials in Inner Mongolia said two herders had fallen ill. The Inner Mongolia "
        "health commission said the area was sealed off."
    )
    assert {a.name for a in sheet.actors if a.kind in ("place", "region", "country")} == {
        "Inner Mongolia"
    }


def test_a_sentences_first_participle_is_no_part_of_the_name_it_governs(sheet_of):
    sheet = sheet_of(
        "Questioning Marla Finchbrook, lawmakers asked why the fund was empty. "
        "Finchbrook said she had warned them."
    )
    assert actor_named(sheet, "Marla Finchbrook").kind == "person"
    assert not any(a.name.startswith("Questioning") for a in sheet.actors)


def test_places_named_only_in_a_list_of_places_are_no_actors(sheet_of):
    sheet = sheet_of(
        "The company exports to countries such as Peru, Chile and Bolivia. Peru's "
        "government said it welcomed the deal."
    )
    assert {a.name for a in sheet.actors} == {"Peru"}
