"""Actors on general news, from issue 14: companies named like states, short forms of
companies, names the tagger ran together, and kinds the article states (invented text)."""

from __future__ import annotations


def kinds(sheet) -> dict[str, str]:
    return {a.id: a.kind for a in sheet.actors}


def test_a_states_short_name_before_a_company_word_is_the_company(sheet_of):
    sheet = sheet_of(
        "Emirates President Lena Varga said on Tuesday that the carrier would add routes. "
        "Emirates airline has cut 900 jobs this year, she said. The United Arab Emirates "
        "said it would support the carrier."
    )
    varga = sheet.actor("lena-varga")
    assert varga.role == "President of Emirates", varga.role
    assert kinds(sheet).get("emirates") == "organisation", kinds(sheet)
    uae = sheet.actor("united-arab-emirates")
    assert "Emirates" not in uae.aliases, uae.aliases


def test_the_states_short_name_stays_the_state_without_a_company_word(sheet_of):
    sheet = sheet_of("The Emirates said on Monday that it would open an embassy in Lima.")
    assert "united-arab-emirates" in kinds(sheet), kinds(sheet)
    assert "emirates" not in kinds(sheet), kinds(sheet)


def test_a_companys_short_name_folds_into_its_full_name(sheet_of):
    sheet = sheet_of(
        "Kelbrook Capital, a private equity firm, bought the Lowford Courier in May. "
        "Kelbrook has cut jobs at every paper it owns, the union said. Ines Okafor, an "
        "analyst, said Kelbrook would sell the building."
    )
    ids = kinds(sheet)
    assert "kelbrook-capital" in ids and "kelbrook" not in ids, ids
    assert "Kelbrook" in sheet.actor("kelbrook-capital").aliases


def test_a_name_listed_after_a_noun_for_companies_is_a_company(sheet_of):
    sheet = sheet_of(
        "Public companies such as Dravenport and Corvallo Media have cut staff, said Ines "
        "Okafor, an analyst. Dravenport said it had no choice."
    )
    assert kinds(sheet).get("dravenport") == "organisation", kinds(sheet)


def test_a_town_described_as_one_is_a_place(sheet_of):
    sheet = sheet_of(
        "The weekly paper in Hope will close next month, its owner said. Hope, a town of "
        '9,000 people, has had a paper since 1901. "Hope deserves better," said Mayor '
        "Steve Jones, who has led Hope since 2010."
    )
    assert kinds(sheet).get("hope") == "place", kinds(sheet)


def test_a_name_the_tagger_ran_over_a_comma_is_two_names(sheet_of):
    sheet = sheet_of(
        "While rivals have tried smaller services, such as Velto Plus, Kordia has made an "
        "enormous bet, said Ines Okafor, an analyst. Kordia said the bet would pay."
    )
    ids = kinds(sheet)
    assert not any("velto-plus-kordia" in i for i in ids), ids
    # ... but a town with its state is one name
    sheet = sheet_of("Ines Okafor, who lives in Bismarck, North Dakota, said the plan failed.")
    assert "north-dakota" not in kinds(sheet) or "bismarck" in kinds(sheet), kinds(sheet)


def test_a_party_after_fellow_is_not_a_person(sheet_of):
    sheet = sheet_of(
        "The plan drew harsh criticism from fellow GOP hopefuls on Monday. Ines Okafor, "
        "a pollster, said fellow GOP contenders would attack it."
    )
    assert kinds(sheet).get("gop") != "person", kinds(sheet)


def test_an_associations_acronym_does_not_make_it_a_place(sheet_of):
    sheet = sheet_of(
        "The National Kettle Association (NKA) said the rule was wrong. Critics say the "
        "NKA's opposition is well known, and the NKA's members agree. Ines Okafor said the "
        "NKA would sue."
    )
    found = kinds(sheet)
    assert found.get("national-kettle-association") == "organisation", found
