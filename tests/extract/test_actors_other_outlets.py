"""Actors as outlets nobody tuned on write them: a description with the name set beside
it ("The leader of the Farmers' League, Ana Ruiz,"), a place an office serves glued to
the name after it ("ambassador to Ukraine Ana Ruiz") (invented people and events)."""

from __future__ import annotations


def ids(sheet) -> set[str]:
    return {a.id for a in sheet.actors}


def test_a_description_with_the_name_beside_it_is_that_person(sheet_of):
    sheet = sheet_of(
        "Officials in Lisbon said the fire was the work of a small cell.\n\n"
        "The leader of Renova, Marco Bellini, condemned Monday's fire, saying in a "
        'statement that it "will not break our will."'
    )
    assert ids(sheet) == {"portugal", "marco-bellini", "officials-in-lisbon"}
    (will,) = [c for c in sheet.claims if "our will" in c.text]
    assert will.by == ("marco-bellini",)


def test_a_name_beside_a_description_of_someone_else_is_not_the_speaker(sheet_of):
    sheet = sheet_of(
        "The Harbour Union called a strike on Monday, led by Ana Ruiz.\n\n"
        "A spokesman for the union leader, Ana Ruiz, said the strike would go on."
    )
    (claim,) = sheet.claims
    assert claim.by != ("ana-ruiz",)


def test_the_place_an_office_serves_is_not_part_of_the_name(sheet_of):
    sheet = sheet_of(
        "On Friday, the former ambassador to Ukraine Marie Lindqvist testified before the "
        "committee. Lindqvist said she had been recalled without reason."
    )
    people = [a for a in sheet.actors if a.kind == "person"]
    assert [(a.name, a.role) for a in people] == [
        ("Marie Lindqvist", "former ambassador to Ukraine")
    ]
    assert {c.by for c in sheet.claims} == {("marie-lindqvist",)}


def test_a_name_set_beside_a_noun_for_one_person_is_a_person(sheet_of):
    sheet = sheet_of(
        "Lawmakers rejected Ms Okafor’s proposal on Tuesday.\n\n"
        '"It was a fair vote," said Adaeze Okafor’s rival, Tunde Bello.'
    )
    assert sheet.actor("tunde-bello").kind == "person"


def test_a_form_written_with_another_apostrophe_is_one_alias(sheet_of):
    sheet = sheet_of(
        "The Israeli parliament voted on Monday. Israel’s parliament has 120 members, and "
        "Israel's parliament rarely agrees."
    )
    (body,) = [a for a in sheet.actors if a.kind == "organisation"]
    forms = [f.replace("’", "'") for f in (body.name, *body.aliases)]
    assert len(forms) == len(set(forms))
