"""Sources on news from any outlet: a possessive is no part of a name, and an office
named by its place is a person of that place, not the place.

Invented text only.  Each test names the rule it pins down.
"""

from __future__ import annotations

from generator.factsheet.model import FactSheet


def source_of(sheet: FactSheet, words: str):
    found = [c for c in sheet.claims if words in c.text]
    assert found, [(c.by, c.text) for c in sheet.claims]
    actor = sheet.actor(found[0].by[0])
    assert actor is not None, found[0].by
    return actor


def test_a_name_before_a_curly_contraction_keeps_no_apostrophe_s(sheet_of):
    sheet = sheet_of(
        "Governor Lena Dahl defended her running mate, Tomas Brenn, on Sunday.\n\n"
        "“Tomas Brenn’s not about that,” Dahl said. “He will focus on the budget.”"
    )
    names = {a.name for a in sheet.actors}
    assert "Tomas Brenn" in names and "Tomas Brenn’s" not in names, names


def test_a_broadcaster_before_its_programme_is_written_without_apostrophe_s(sheet_of):
    sheet = sheet_of(
        "“The budget is sound,” Dahl, a top Brenn ally, said Thursday morning on Velmar "
        "News’s “Morning Desk.”\n\n"
        "Velmar News did not say whether she would return."
    )
    names = {a.name for a in sheet.actors}
    assert "Velmar News" in names and "Velmar News’s" not in names, names


def test_an_office_named_by_its_place_is_a_person_of_that_place(sheet_of):
    sheet = sheet_of(
        "A man was found dead in Kessington on Friday.\n\n"
        "Kessington's chief medical examiner said the death was a homicide.\n\n"
        "Ostland's new police commissioner told reporters the suspect had fled."
    )
    examiner = source_of(sheet, "was a homicide")
    assert examiner.name == "Kessington's chief medical examiner", examiner
    assert examiner.kind == "person" and examiner.affiliation == "kessington"
    commissioner = source_of(sheet, "suspect had fled")
    assert commissioner.kind == "person" and commissioner.name.startswith("Ostland's new police")


def test_he_after_a_speech_is_its_speaker_not_the_person_his_words_name(sheet_of):
    sheet = sheet_of(
        "Karl Odum met Tomas Brenn in Oslo on Monday. Odum told reporters that Brenn had "
        "agreed to the plan. He said the deal would be signed in March.\n\n"
        "Mayor Lena Dahl thanked Ivo Sand on Tuesday. Dahl said Sand had saved the budget. "
        "She said the city owed him a debt."
    )
    assert source_of(sheet, "signed in March").name == "Karl Odum"
    assert source_of(sheet, "owed him a debt").name == "Lena Dahl"


def test_a_document_the_article_says_who_wrote_is_its_authors_claim(sheet_of):
    sheet = sheet_of(
        "Prosecutors charged two jail guards on Tuesday.\n\n"
        "Court documents filed by prosecutors say the guards slept through the night.\n\n"
        "The cells were unlocked, according to a review of the surveillance video by "
        "prosecutors.\n\n"
        "An audit by state inspectors found that the logbook had been altered."
    )
    assert source_of(sheet, "slept through").name == "Prosecutors"
    assert source_of(sheet, "cells were unlocked").name == "Prosecutors"
    assert source_of(sheet, "logbook had been altered").name == "State inspectors"


def test_the_filing_is_the_claim_of_who_said_something_in_it(sheet_of):
    sheet = sheet_of(
        "Prosecutors said in an indictment unsealed on Tuesday that the guards slept "
        "through the night. The indictment says the guards falsified records.\n\n"
        "The city has not said whether it will appeal. The lawsuit says the permit "
        "was revoked."
    )
    assert source_of(sheet, "falsified records").name == "Prosecutors"
    assert source_of(sheet, "permit was revoked").name != "Prosecutors"


def test_a_document_quoted_in_between_does_not_take_over_a_speakers_quotation(sheet_of):
    sheet = sheet_of(
        "Ivo Sand, the mayor of Kessington, defended the deal on Monday.\n\n"
        '"We have waited long enough," Sand said.\n\n'
        "The council's report, released in May, warned that the port was \"losing money "
        'every month."\n\n'
        '"The port needs this money, and it needs it now."'
    )
    assert source_of(sheet, "needs it now").name == "Ivo Sand"


def test_a_spokesperson_for_a_titled_person_is_not_that_person(sheet_of):
    sheet = sheet_of(
        "Attorney General Lena Dahl opened an inquiry on Monday.\n\n"
        "A spokesperson for Attorney General Lena Dahl said the office would appeal."
    )
    spokesperson = source_of(sheet, "would appeal")
    assert spokesperson.name.startswith("A spokesperson for"), spokesperson
    assert spokesperson.kind == "person" and spokesperson.affiliation == "lena-dahl"


def test_what_someone_wants_according_to_an_expert_is_the_experts_claim(sheet_of):
    sheet = sheet_of(
        "President Tomas Brenn wants a deal before the election, according to Karl Odum, "
        "a trade analyst at the Velmar Institute.\n\n"
        "According to Karl Odum, Brenn said the talks were close to a deal."
    )
    assert source_of(sheet, "deal before the election").name == "Karl Odum"
    assert source_of(sheet, "close to a deal").name == "Tomas Brenn"
