"""The same name gets the same kind in every sheet (issue 14): kinds the words around a
name settle where the tagger reads it now as a person, now as a company or a place
(invented text)."""

from __future__ import annotations


def kinds(sheet) -> dict[str, str]:
    return {a.name: a.kind for a in sheet.actors}


def test_a_name_after_a_noun_for_a_body_is_an_organisation(sheet_of):
    sheet = sheet_of(
        "Dara Holm, president of the conservative advocacy group Voters United, said "
        "on Monday that the ruling had to be overturned."
    )
    assert kinds(sheet).get("Voters United") == "organisation", kinds(sheet)
    assert kinds(sheet).get("Dara Holm") == "person", kinds(sheet)


def test_a_name_listed_with_people_is_a_person(sheet_of):
    sheet = sheet_of(
        "The columnist went on to mock Donald Trump, Ben Carson, and Carly Fiorina for "
        "their remarks on refugees. Rand Paul and Carly Fiorina did not make the cut for "
        "the main debate stage on Thursday."
    )
    assert kinds(sheet).get("Carly Fiorina") == "person", kinds(sheet)


def test_a_titled_name_read_as_a_place_elsewhere_is_a_person(sheet_of):
    sheet = sheet_of(
        "Voters near Chicago were as keen on Cruz and Kasich as on anyone, the poll found. "
        "Kasich, like Trump, is not an ideologue. The moderate Governor Kasich spent heavily "
        "in New Hampshire."
    )
    assert kinds(sheet).get("Kasich") == "person", kinds(sheet)


def test_a_name_before_a_comma_and_the_state_of_its_office_is_no_town(sheet_of):
    sheet = sheet_of(
        "College debater-turned-pro Ted Cruz, the Texas senator whom even other senators "
        "hate, won the caucuses."
    )
    assert kinds(sheet).get("Ted Cruz") == "person", kinds(sheet)


def test_an_untagged_one_word_speaker_the_sentence_calls_his_is_a_person(sheet_of):
    sheet = sheet_of(
        "Cruz openly admitted that his pick was politically motivated, looking to the "
        "February 20 primary in South Carolina."
    )
    assert kinds(sheet).get("Cruz") == "person", kinds(sheet)


def test_a_body_that_gives_him_something_stays_a_body(sheet_of):
    sheet = sheet_of(
        "Obama has not spent the billions of dollars that Congress allotted to him for "
        "foreclosure relief, the senator said. Congress said it would act."
    )
    assert kinds(sheet).get("Congress") == "organisation", kinds(sheet)
