"""Claims keep the source the article gives them (issue 14): people who share a
surname, "both men", a source described by a clause, reporting that is only asked
about.  Invented text only; each test names the rule it pins down.
"""

from __future__ import annotations

from generator.factsheet.model import Claim, FactSheet


def claim_with(sheet: FactSheet, words: str) -> Claim:
    found = [c for c in sheet.claims if words in c.text]
    assert found, [(c.by, c.text) for c in sheet.claims]
    return found[0]


def test_a_shared_surname_alone_is_the_one_named_in_full_last(sheet_of):
    sheet = sheet_of(
        "Prime Minister Talib Morsan praised the army on Monday. Morsan said the country "
        "was safe. Morsan also said the border would reopen.\n\n"
        "Army spokesman Gen. Idris Morsan said four drones were shot down.\n\n"
        "Morsan also accused the rebels of shelling a school near the dam."
    )
    assert claim_with(sheet, "country was safe").by == ("talib-morsan",)
    assert claim_with(sheet, "shelling a school").by == ("idris-morsan",)


def test_both_men_are_the_two_people_named_last_not_two_states(sheet_of):
    sheet = sheet_of(
        "Norway and Chile signed a trade pact. Norway said exports would grow. Chile "
        "said tariffs would fall. Norway and Chile will meet again.\n\n"
        "The two hostages, Carl Brenner and Tomas Uhl, were freed on Monday. Both men "
        "said they had been treated well."
    )
    assert claim_with(sheet, "treated well").by == ("carl-brenner", "tomas-uhl")


def test_a_name_in_a_clause_describing_the_source_is_not_whom_it_belongs_to(sheet_of):
    sheet = sheet_of(
        "Prime Minister Dana Whitcombe promised a new bridge.\n\n"
        "Norwegian farmers, who overwhelmingly form part of Whitcombe's rural base, said "
        "the plan paved the way for ruin."
    )
    source = sheet.actor(claim_with(sheet, "paved the way").by[0])
    assert source is not None and source.affiliation == "norway", source


def test_words_inside_a_question_are_no_claim(sheet_of):
    sheet = sheet_of(
        "A tank fired twice at the hill. The Herald could not independently determine if "
        "the Norwegian tank crew knew it was firing on journalists, nor whether it also "
        "shot at them."
    )
    assert not sheet.claims, [(c.by, c.text) for c in sheet.claims]


def test_casting_oneself_as_something_is_no_claim(sheet_of):
    sheet = sheet_of(
        "Norway has cast itself as a neutral broker in the dispute. Chile said the talks "
        "had failed."
    )
    assert [c.text for c in sheet.claims] == ["the talks had failed"]


def test_he_after_a_paragraph_about_someone_is_its_subject(sheet_of):
    sheet = sheet_of(
        "Senator Rob Kettering said the port deal was a mistake.\n\n"
        "Governor Paul Brandvik visited the harbour on Tuesday.\n\n"
        '"Here we are on a historic day for this town," he told dock workers.'
    )
    assert claim_with(sheet, "historic day").by == ("paul-brandvik",)


def test_he_is_the_person_quoted_last_in_the_paragraph_before(sheet_of):
    sheet = sheet_of(
        "Senator Rob Kettering met Ambassador Paul Brandvik on Monday.\n\n"
        "Kettering asked Brandvik about the port. Each time, Brandvik spoke of trade, "
        "which he said would double by spring.\n\n"
        '"If we need to build it again, we will build it again," he said.'
    )
    assert claim_with(sheet, "build it again").by == ("paul-brandvik",)


def test_the_network_is_the_outlet_quoted_last_not_a_charity_between(sheet_of):
    sheet = sheet_of(
        "Norwegian state TV said 14 people were killed in the port.\n\n"
        "At least nine patients died at the clinic, the charity Friends of Harbours "
        "said.\n\n"
        "Earlier, the government-run network said four people were killed by shelling."
    )
    source = sheet.actor(claim_with(sheet, "killed by shelling").by[0])
    assert source is not None and "TV" in source.name, source


def test_settlers_described_by_their_state_are_a_group_of_their_own(sheet_of):
    sheet = sheet_of("Norwegian settlers said the new road would cut them off.")
    source = sheet.actor(claim_with(sheet, "cut them off").by[0])
    assert source is not None and source.kind == "group" and source.affiliation == "norway"


def test_a_legislators_party_tag_is_no_place(sheet_of):
    sheet = sheet_of("Rep. John Dalton, R-Ohio, said the vote was rigged.")
    assert [a.id for a in sheet.actors] == ["john-dalton"], sheet.actors


def test_a_description_before_the_name_it_stands_for_is_that_person(sheet_of):
    sheet = sheet_of("The company's chief financial officer, Ruth Adler, said sales had slowed.")
    assert claim_with(sheet, "sales had slowed").by == ("ruth-adler",)
    assert [a.id for a in sheet.actors] == ["ruth-adler"]


def test_the_writers_own_first_person_belief_is_the_authors(sheet_of):
    sheet = sheet_of(
        "I grew up on a farm outside Tromso. I know that the new tariff will ruin the "
        "valley's orchards.\n\n"
        'Minister Dag Halvorsen says the tariff protects farmers. "I think we are doing '
        'the right thing," he said.'
    )
    source = sheet.actor(claim_with(sheet, "ruin the valley").by[0])
    assert source is not None and source.name == "The author", source
    assert claim_with(sheet, "right thing").by == ("dag-halvorsen",)


def test_an_interviewers_question_in_the_first_person_is_no_claim_of_theirs(sheet_of):
    sheet = sheet_of(
        "As I sit across from Dag Halvorsen in his office, I ask if the tariff will "
        'survive the winter. "It will," he says.'
    )
    assert all(sheet.actor(c.by[0]).name != "The author" for c in sheet.claims), [
        (c.by, c.text) for c in sheet.claims
    ]


def test_who_after_a_noun_for_no_known_kind_of_person_still_names_them(sheet_of):
    sheet = sheet_of("The council hired an architect who said the old library was unsafe.")
    source = sheet.actor(claim_with(sheet, "library was unsafe").by[0])
    assert source is not None and source.name == "An architect", source


def test_who_right_after_a_name_is_that_name_whatever_the_parse(sheet_of):
    sheet = sheet_of(
        "The minister hoped the swap would open talks between his government and the "
        "Northern Front, who have long said the border must move."
    )
    assert claim_with(sheet, "border must move").by == ("northern-front",)


def test_each_of_a_joint_subject_is_both_of_them(sheet_of):
    sheet = sheet_of(
        "Dana Whitcombe and Carl Brenner clashed over the dam on Wednesday, each saying "
        "the other had misled voters about its cost."
    )
    assert claim_with(sheet, "misled voters").by == ("dana-whitcombe", "carl-brenner")


def test_a_source_opening_with_their_or_my_is_named_without_it(sheet_of):
    sheet = sheet_of(
        "The family of Tomas Uhl saw the video on Friday, according to their lawyers.\n\n"
        "My father told us the government was lying about the flood."
    )
    lawyers = sheet.actor(claim_with(sheet, "saw the video").by[0])
    father = sheet.actor(claim_with(sheet, "lying about the flood").by[0])
    assert lawyers is not None and lawyers.name == "Lawyers", lawyers
    assert father is not None and father.name == "My father", father
