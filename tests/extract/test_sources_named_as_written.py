"""Sources the cast has no actor for still reach the sheet, named as the article writes
them (issue 14): a wire service or body named in full, a share of a poll standing
alone, people counted "in 10", people and documents the word lists lacked.  Invented
text only; each test names the rule it pins down.
"""

from __future__ import annotations

from generator.factsheet.model import Claim, FactSheet


def claim_with(sheet: FactSheet, words: str) -> Claim:
    found = [c for c in sheet.claims if words in c.text]
    assert found, [(c.by, c.text) for c in sheet.claims]
    return found[0]


def source_of(sheet: FactSheet, words: str) -> tuple[str, str]:
    actor = sheet.actor(claim_with(sheet, words).by[0])
    assert actor is not None
    return actor.name, actor.kind


def test_a_body_named_in_several_words_is_an_organisation(sheet_of):
    sheet = sheet_of(
        "The ferry sank near the harbour on Sunday. Mayor Ana Holm led the count by about "
        "300 votes, according to the Associated Press. The Associated Press reported that "
        "the captain had been arrested."
    )
    assert source_of(sheet, "300 votes") == ("Associated Press", "organisation")
    assert source_of(sheet, "captain had been arrested") == ("Associated Press", "organisation")


def test_a_party_body_named_in_full_says_what_its_statement_says(sheet_of):
    sheet = sheet_of(
        "The Kell Valley Farmers Convention released a statement on Friday evening, saying "
        "the new tariff would ruin small growers."
    )
    name, kind = source_of(sheet, "ruin small growers")
    assert (name, kind) == ("Kell Valley Farmers Convention", "organisation")


def test_a_share_standing_alone_is_a_group_named_as_written(sheet_of):
    sheet = sheet_of(
        "A new poll of voters in Tolvik was published on Monday. Six in 10 say the mayor is "
        "decisive. Nearly half said they prefer a candidate with experience. About "
        "three-quarters support a ban on night ferries."
    )
    assert source_of(sheet, "mayor is decisive") == ("Six in 10", "group")
    assert source_of(sheet, "candidate with experience") == ("Nearly half", "group")
    assert source_of(sheet, "ban on night ferries") == ("About three-quarters", "group")


def test_people_counted_in_ten_are_those_people(sheet_of):
    sheet = sheet_of(
        "A survey of Tolvik voters was released on Tuesday. Nine in 10 registered voters say "
        "they think the mayor could win again."
    )
    assert source_of(sheet, "mayor could win") == ("Registered voters", "group")


def test_a_share_of_respondents_is_named_by_the_people_not_the_share(sheet_of):
    sheet = sheet_of(
        "Hundreds gathered at the harbour on Monday. Mourners say the crash has shaken the "
        "town. According to a new survey, 51 percent of respondents said they would avoid "
        "the ferry."
    )
    assert source_of(sheet, "shaken the town") == ("Mourners", "group")
    assert source_of(sheet, "avoid the ferry") == ("Respondents", "group")


def test_a_result_a_poll_gives_is_a_document_named_as_written(sheet_of):
    sheet = sheet_of(
        "Exit polls closed at eight in Tolvik. The early results showed the mayor ahead in "
        "every district."
    )
    assert source_of(sheet, "ahead in every district") == ("Early results", "group")


def test_a_transcript_label_is_the_person_it_names_and_then_its_surname(sheet_of):
    sheet = sheet_of(
        "The interview aired on Sunday night.\n\n"
        "MARTA OLSEN: The ferry company ignored every warning we gave them.\n\n"
        "OLSEN: We will take them to court if we have to."
    )
    assert source_of(sheet, "take them to court") == ("Marta Olsen", "person")
    assert source_of(sheet, "ignored every warning") == ("Marta Olsen", "person")


def test_an_age_stands_for_the_person_just_given_it(sheet_of):
    sheet = sheet_of(
        'Sophie Lind, 46, runs a bakery near the harbour. "The ferry was always '
        'overloaded," said the 46-year-old.'
    )
    assert source_of(sheet, "always overloaded") == ("Sophie Lind", "person")


def test_a_community_and_a_leadership_are_sources_a_relative_can_stand_for(sheet_of):
    sheet = sheet_of(
        "The ferry line has been courting the fishing community, which largely supports the "
        "new harbour plan. Mayor Ana Holm spoke on Thursday. The party leadership said the "
        "ferry company had hidden its data."
    )
    assert source_of(sheet, "harbour plan") == ("The fishing community", "group")
    assert source_of(sheet, "hidden its data") == ("The party leadership", "organisation")


def test_who_after_a_thing_of_people_named_just_before_is_those_people(sheet_of):
    sheet = sheet_of(
        "On Sunday, the host began taking calls from older listeners to his radio program "
        "who said they had doubts about the mayor."
    )
    assert source_of(sheet, "doubts about the mayor") == ("Older listeners", "group")


def test_they_with_no_source_before_is_the_body_the_sentence_before_is_about(sheet_of):
    sheet = sheet_of(
        "Following the debate, the Harbour Truth Project did a fact-check on the mayor's "
        "claim about ferry deaths. On Tuesday they published the results of their check, "
        'announcing that the mayor\'s statement was "true."'
    )
    assert source_of(sheet, "statement was") == ("Harbour Truth Project", "organisation")


def test_a_name_that_opens_with_a_number_keeps_it(sheet_of):
    sheet = sheet_of(
        "The harbour clinic is in near-total collapse, according to an investigation by "
        "+972 Magazine and The Intercept."
    )
    assert source_of(sheet, "near-total collapse") == ("+972 Magazine", "organisation")


def test_both_is_the_two_people_just_named(sheet_of):
    sheet = sheet_of(
        "Mayor Ana Holm and her rival Jonas Berg spoke at the harbour debate on Monday. Both "
        "want the ferry company to pay for the new safety checks."
    )
    claim = claim_with(sheet, "pay for the new safety checks")
    assert claim.by == ("ana-holm", "jonas-berg")


def test_both_with_no_two_people_near_is_no_source(sheet_of):
    sheet = sheet_of(
        "Mayor Ana Holm spoke on Monday.\n\nJonas Berg runs the harbour.\n\n"
        "The ferry sank last year.\n\nThe ferry company blamed the crew.\n\n"
        "Both want a new inquiry."
    )
    assert not [c for c in sheet.claims if "new inquiry" in c.text]


def test_a_quotation_after_a_paragraph_that_introduces_it_is_the_introduced_speakers(sheet_of):
    sheet = sheet_of(
        "The harbour debate turned sharp on Monday.\n\n"
        "Ferry captain Jonas Berg, who has sailed the route for twenty years, put it this "
        "way:\n\n"
        '"The boats are old and the crews are tired. Nobody listens to us."'
    )
    assert claim_with(sheet, "crews are tired").by == ("jonas-berg",)


def test_an_inverted_cue_is_no_part_of_the_name_after_it(sheet_of):
    sheet = sheet_of(
        "The harbour debate turned sharp on Monday, Mayor Ana Holm said.\n\n"
        "Holm was speaking in an interview on a local radio program.\n\n"
        "Stated Holm:\n\n"
        '"I think the ferry company would do anything to keep its licence."'
    )
    assert not [a for a in sheet.actors if a.name.startswith("Stated")], sheet.actors
    assert claim_with(sheet, "keep its licence").by == ("ana-holm",)


def test_an_epithet_is_the_person_the_story_just_named(sheet_of):
    sheet = sheet_of(
        "Singer Lena Voss returned to Tolvik on Friday for her first concert in ten years. "
        "The star recalled a night at the harbour that left her friend in tears."
    )
    assert source_of(sheet, "friend in tears") == ("Lena Voss", "person")
