"""Every attribution reaches the sheet: sources without a name become actors named as
the article writes them, and descriptions resolve to who they name.

Invented text only.  Each test names the rule it pins down.
"""

from __future__ import annotations

from generator.factsheet.model import UNNAMED_SOURCE, Claim, FactSheet


def by_words(sheet: FactSheet, words: str) -> Claim:
    found = [c for c in sheet.claims if words in c.text]
    assert found, [(c.by, c.text) for c in sheet.claims]
    return found[0]


def source_of(sheet: FactSheet, words: str):
    claim = by_words(sheet, words)
    actor = sheet.actor(claim.by[0])
    assert actor is not None, claim.by
    return actor


def test_officials_described_by_their_state_are_not_the_state(sheet_of):
    sheet = sheet_of("Moldovan security officials said the bridge at Varen had been shelled.")
    officials = source_of(sheet, "bridge at Varen")
    assert officials.name == "Moldovan security officials"
    assert officials.kind == "group" and officials.role == UNNAMED_SOURCE
    assert officials.affiliation == "moldova"


def test_an_office_named_by_its_state_is_a_person_of_that_state(sheet_of):
    sheet = sheet_of("Romania's ambassador to Moldova said the convoy crossed by mistake.")
    envoy = source_of(sheet, "convoy crossed")
    assert envoy.name == "Romania's ambassador to Moldova"
    assert envoy.kind == "person" and envoy.affiliation == "romania"


def test_a_spokesperson_of_a_person_speaks_as_their_own_actor(sheet_of):
    sheet = sheet_of(
        "President Tomas Brenn met the delegation on Monday. His spokesman said the talks "
        "had gone well."
    )
    spokesman = source_of(sheet, "talks had gone well")
    assert spokesman.name == "Brenn's spokesman", spokesman
    assert spokesman.kind == "person" and spokesman.affiliation == "tomas-brenn"


def test_groups_without_a_name_are_named_as_written(sheet_of):
    sheet = sheet_of(
        "Republicans argued that the budget would raise taxes on farmers.\n\n"
        "Some former employees said the factory had ignored safety warnings."
    )
    assert source_of(sheet, "raise taxes").name == "Republicans"
    employees = source_of(sheet, "ignored safety")
    assert employees.name == "Former employees" and employees.kind == "group"
    assert "Some former employees" in employees.aliases


def test_a_poll_or_a_report_is_a_source_named_as_written(sheet_of):
    sheet = sheet_of(
        "A Lowford poll found that most voters oppose the new tax.\n\n"
        "Court filings show that the company owed the city two million dollars."
    )
    poll = source_of(sheet, "oppose the new tax")
    assert poll.name == "A Lowford poll" and poll.kind == "group", poll
    assert source_of(sheet, "owed the city").name == "Court filings"


def test_the_newspaper_is_the_outlet_named_before_it(sheet_of):
    sheet = sheet_of(
        "The Lowford Herald said on Monday that the mayor would resign. The newspaper said "
        "he had lost the confidence of the council."
    )
    assert by_words(sheet, "lost the confidence").by == by_words(sheet, "would resign").by


def test_the_newspaper_with_no_outlet_before_it_is_the_newspaper(sheet_of):
    sheet = sheet_of("The newspaper said the mayor had lost the confidence of the council.")
    outlet = source_of(sheet, "lost the confidence")
    assert outlet.name == "The newspaper" and outlet.kind == "organisation"


def test_a_relative_source_is_the_phrase_it_stands_for(sheet_of):
    sheet = sheet_of(
        "Mayor Tomas Brenn, who said the port would reopen in May, left for the capital.\n\n"
        "The plan was criticised by some economists, who argue that the port will never pay."
    )
    assert by_words(sheet, "port would reopen").by == ("tomas-brenn",)
    assert source_of(sheet, "never pay").name == "Economists"


def test_the_official_is_the_senior_official_named_before(sheet_of):
    sheet = sheet_of(
        "A senior official said the talks had stalled. The official added that a new round "
        "was planned for June."
    )
    first, second = by_words(sheet, "talks had stalled"), by_words(sheet, "new round")
    assert first.by == second.by
    assert sheet.actor(first.by[0]).name == "A senior official"


def test_a_description_is_named_without_its_date_or_clause(sheet_of):
    sheet = sheet_of("An arbitration panel in 2001 ruled that the tariffs broke the treaty.")
    assert source_of(sheet, "tariffs broke").name == "An arbitration panel"


def test_his_aides_are_that_persons_aides(sheet_of):
    sheet = sheet_of(
        "Mayor Tomas Brenn left for the capital on Monday. His aides said the trip had been "
        "planned for months."
    )
    aides = source_of(sheet, "planned for months")
    assert aides.name == "Brenn's aides" and aides.affiliation == "tomas-brenn"


def test_words_that_name_no_one_are_no_source(sheet_of):
    sheet = sheet_of("Many cases suggest that the rules are not enforced.")
    assert not [c for c in sheet.claims if "not enforced" in c.text]


def test_a_quote_paragraph_with_no_attribution_continues_the_speaker(sheet_of):
    sheet = sheet_of(
        "Mayor Tomas Brenn said on Monday that the port would reopen in May.\n\n"
        '"We will rebuild it stone by stone. Nobody will be left behind."'
    )
    assert by_words(sheet, "stone by stone").by == ("tomas-brenn",)


def test_an_answer_to_a_question_is_the_interviewees(sheet_of):
    sheet = sheet_of(
        'Anna Berg says the bridge will open in May. "It is a good day," Berg says.\n\n'
        '"And the money is there," says Lukas Holm, her deputy.\n\n'
        "Is the plan affordable?\n\n"
        '"It is affordable if the government keeps its promises, and I believe it will."'
    )
    assert by_words(sheet, "keeps its promises").by == ("anna-berg",)


def test_a_quotation_far_from_any_speaker_is_no_claim(sheet_of):
    sheet = sheet_of(
        "Mayor Tomas Brenn said on Monday that the port would reopen in May.\n\n"
        "The council meets on Tuesday.\n\nThe vote is in June.\n\nThe budget is tight.\n\n"
        '"Nobody will be left behind in this town, ever."'
    )
    assert not [c for c in sheet.claims if "left behind" in c.text]


def test_a_long_description_is_named_by_its_first_words(sheet_of):
    sheet = sheet_of(
        "A Moldovan state television correspondent in the town of Varen said the army was "
        "combing the town."
    )
    reporter = source_of(sheet, "combing the town")
    assert reporter.name == "A Moldovan state television correspondent"
    assert reporter.affiliation == "moldova"


def test_a_name_the_cast_lacks_described_as_a_body_is_that_body(nlp):
    from generator.extract.actors import Cast
    from generator.extract.unnamed import unnamed_source

    doc = nlp("Azerbaijani state energy company SOCAR said the country's pipelines were safe.")
    company = unnamed_source(doc[0:5], Cast((), ()), {}, affiliation="azerbaijan")
    assert company is not None and company.name == "SOCAR", company
    assert company.kind == "organisation"
    assert company.role == "Azerbaijani state energy company"
    assert company.affiliation == "azerbaijan"


def test_a_report_by_a_body_is_that_bodys_claim(sheet_of):
    sheet = sheet_of(
        "A report by the Lowford Institute found that the tank had fired twice. The report "
        "said the crew could see the journalists."
    )
    assert source_of(sheet, "fired twice").name == "Lowford Institute"
    assert source_of(sheet, "could see the journalists").name == "Lowford Institute"


def test_the_name_written_out_beats_a_description_read_before(sheet_of):
    sheet = sheet_of(
        "India's home ministry announced drills on Monday, the ministry said.\n\n"
        "Pakistan summoned India's envoy to protest the strikes, the Ministry of Foreign "
        "Affairs said."
    )
    assert source_of(sheet, "summoned").name == "Ministry of Foreign Affairs"


def test_he_with_no_one_speaking_before_is_the_one_the_article_is_about(sheet_of):
    sheet = sheet_of(
        "As I sit opposite Sir Tomas Brenn in his office, I ask if Lukas Holm has done well.\n\n"
        '"Yes, of course, he is just beginning," he snaps.\n\n'
        "Brenn has known Holm for years. Brenn led the party for a decade."
    )
    assert by_words(sheet, "just beginning").by == ("tomas-brenn",)


def test_a_surname_in_capitals_without_its_particle_is_that_person(sheet_of):
    sheet = sheet_of(
        "HNC spokesman Salim al-Marun joined the talks on Monday.\n\n"
        "MODERATOR: What happens now?\n\n"
        "MARUN: There has to be a power that really stops the shelling."
    )
    assert by_words(sheet, "really stops").by == ("salim-al-marun",)


def test_a_speaker_the_actors_missed_is_still_the_source(sheet_of):
    sheet = sheet_of(
        "Waqar Noor, the region's interior minister, says authorities have declared an "
        "emergency in local hospitals."
    )
    noor = source_of(sheet, "emergency in local hospitals")
    assert noor.name == "Waqar Noor" and noor.kind == "person"


def test_a_quote_after_a_heading_and_a_question_in_prose_continues(sheet_of):
    sheet = sheet_of(
        '"We should give the farmers all the help we can," says Tomas Brenn.\n\n'
        "# The water question\n\n"
        "I ask Brenn whether the dams will hold; he has visited them many times.\n\n"
        '"The main challenge is really the old dams in the north of the valley."'
    )
    assert by_words(sheet, "old dams").by == ("tomas-brenn",)


def test_the_evidence_holds_a_quote_that_opens_before_its_attribution(sheet_of):
    sheet = sheet_of(
        "'We defend our land, our cause is right!' Moldova's president, Maia Lungu, said "
        "in an address to the nation."
    )
    claim = by_words(sheet, "our cause is right")
    assert claim.evidence is not None and "our cause is right" in claim.evidence.sentence


def test_it_in_a_states_words_is_that_state(sheet_of):
    sheet = sheet_of(
        "Russian-backed Moldova warned that it would deploy heavier weapons because of what "
        "it described as a Romanian offensive, saying the fighting had reached a new level."
    )
    assert by_words(sheet, "heavier weapons").by == ("moldova",)
    assert by_words(sheet, "new level").by == ("moldova",)


def test_the_defence_ministry_is_the_defence_ministry_not_the_last_one_named(sheet_of):
    sheet = sheet_of(
        "Romania's defence ministry said on Monday that its air defences were on alert.\n\n"
        "Russia's foreign ministry urged restraint on both sides.\n\n"
        "The defence ministry, which has posted videos of its strikes, said it had destroyed "
        "130 tanks."
    )
    assert by_words(sheet, "130 tanks").by == ("romania-defence-ministry",)


def test_the_ministry_is_the_ministry_quoted_last(sheet_of):
    sheet = sheet_of(
        "Romania's foreign ministry said its envoy had been summoned. It added that Moldova's "
        "interior ministry had closed the border. The ministry said the strikes had killed "
        "several civilians."
    )
    assert by_words(sheet, "killed several civilians").by == ("romania-foreign-ministry",)


def test_a_report_beside_another_after_with_is_its_own_claim(sheet_of):
    sheet = sheet_of(
        "Mayor Anna Berg discussed the floods in a phone call with Lukas Holm, with the "
        "regional council calling for urgent repairs to the dam."
    )
    repairs = by_words(sheet, "urgent repairs")
    assert repairs.verb == "calls for" and "anna-berg" not in repairs.by


def test_an_office_with_its_holder_named_without_a_state_is_that_holder(sheet_of):
    sheet = sheet_of(
        "Lukas Holm, the secretary of state, flew to Vienna on Monday.\n\n"
        "The Moldovan secretary of state said he was monitoring the situation closely."
    )
    assert by_words(sheet, "monitoring the situation").by == ("lukas-holm",)


def test_some_in_a_place_are_a_group_named_as_written(sheet_of):
    sheet = sheet_of("Some in Varen welcomed the news, saying they needed someone to defend them.")
    some = source_of(sheet, "defend them")
    assert some.name == "Some in Varen" and some.kind == "group"


def test_shares_data_and_a_persons_supporters_are_sources(sheet_of):
    sheet = sheet_of(
        "In the Lowford survey, 73 percent said the dam should be rebuilt.\n\n"
        "Federal data show that water use fell by a third.\n\n"
        "Mayor Tomas Brenn lost the vote. Many of his supporters said the count was unfair."
    )
    assert source_of(sheet, "should be rebuilt").name == "73 percent"
    assert source_of(sheet, "water use fell").name == "Federal data"
    supporters = source_of(sheet, "count was unfair")
    assert supporters.name == "Brenn's supporters", supporters


def test_the_senator_is_the_senator_named_before(sheet_of):
    sheet = sheet_of(
        "Vermont Senator Tomas Brenn said on Monday that the vote would be close.\n\n"
        "The council met on Tuesday.\n\nThe mayor was away.\n\nThe budget is tight.\n\n"
        "The Vermont senator said the dam should be rebuilt."
    )
    assert by_words(sheet, "dam should be rebuilt").by == ("tomas-brenn",)


def test_a_possessive_name_keeps_its_mark_and_spaces(sheet_of):
    sheet = sheet_of(
        "Lukas Holm’s campaign said the rally was full.\n\n"
        "The “Clean Water” ad says the senator lied about the dam."
    )
    assert source_of(sheet, "senator lied").name == "The Clean Water ad"
    assert "Holm" in source_of(sheet, "rally was full").name


def test_residents_after_local_residents_are_the_same_people(sheet_of):
    sheet = sheet_of(
        "Local residents said the water rose within an hour.\n\n"
        "Residents said the army arrived late."
    )
    assert by_words(sheet, "army arrived late").by == by_words(sheet, "water rose").by


def test_the_government_with_no_body_of_that_name_is_the_state_quoted(sheet_of):
    sheet = sheet_of(
        "Moldova said on Monday that the border would reopen.\n\n"
        "The government said the talks would resume in May."
    )
    assert by_words(sheet, "talks would resume").by == ("moldova",)


def test_one_unnamed_person_is_a_person_and_an_official_stays_a_group(sheet_of):
    sheet = sheet_of(
        "A judge said the hearing at Varen would resume in May. "
        "A woman who lives nearby said the lorry had been parked there for days. "
        "An official said the border post at Lesk was closed."
    )
    judge = source_of(sheet, "hearing at Varen")
    woman = source_of(sheet, "lorry had been parked")
    official = source_of(sheet, "border post at Lesk")
    assert judge.kind == "person" and woman.kind == "person", (judge, woman)
    assert official.kind == "group", official
