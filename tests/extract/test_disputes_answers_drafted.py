"""Answers that used to be lost before the dispute rules saw them, and what they answer.

"called the allegation 'complete nonsense'" (a quote the parser reads as two objects or
as a possessive), "X, which denies even owning any drones", "denied sending staff",
"..., which A and B have denied" after a reported clause, and a denial in other words
than the claim just before it that says what the one who denies did.
"""

from __future__ import annotations

from tests.extract.test_extract_disputes import claim, linked, reason


def test_called_the_allegation_complete_nonsense_after_however_is_an_answer(sheet_of):
    sheet = sheet_of(
        """Union lawyer Sam Ortiz said that Mayor Luis Ramos had hidden money from the pension fund.

However, an aide to Ramos called the allegation 'complete nonsense'."""
    )
    ortiz = claim(sheet, "sam-ortiz", "hidden money")
    answer = claim(sheet, "aide-to-ramos", "the allegation")
    assert linked(ortiz, answer)
    assert reason(ortiz, answer) == "calls “the allegation” “complete nonsense”"


def test_called_the_allegation_a_provocation_answers_the_claim_just_before_not_a_vow(sheet_of):
    sheet = sheet_of(
        """Councillor Joan Pike said Ramos would win complete support in the vote.

Analyst Kim Lee said turnout would be low in March.

The council clerk said twelve members would take part.

Professor Ann Wu said three of them were new.

Auditor Bo Chen said the pension fund held $40 million.

Union lawyer Sam Ortiz said that city funds had vanished from the pension fund.

However, an aide to Ramos called the allegation 'another provocation by the union and
complete nonsense'."""
    )
    vow = claim(sheet, "joan-pike", "complete support")
    ortiz = claim(sheet, "sam-ortiz", "funds had vanished")
    answer = claim(sheet, "aide-to-ramos", "the allegation")
    assert linked(ortiz, answer)
    assert not linked(vow, answer)  # what Ramos will do, said long before: no dispute


def test_a_short_denial_answers_a_claim_that_says_all_its_words_and_names_the_denier(sheet_of):
    sheet = sheet_of(
        """Senator Ana Ruiz said a drone from Velora had filmed the protest outside her office.

Velora has so far declined to comment - and denies even owning any drones."""
    )
    ruiz = claim(sheet, "ana-ruiz", "drone from Velora")
    velora = claim(sheet, "velora", "owning any drones")
    assert linked(ruiz, velora)


def test_which_denies_having_is_said_by_the_one_the_relative_stands_for(sheet_of):
    sheet = sheet_of(
        """Peru said an F-16 from Bolivia had shot down one of its planes near the border.

Chile has so far denied sending pilots to help Bolivia - which denies even having any
F-16s - but a Chilean minister warned today that Santiago would defend its ally."""
    )
    peru = claim(sheet, "peru", "shot down")
    denial = claim(sheet, "bolivia", "F-16s")
    assert denial.kind == "denial"
    assert "sending" not in denial.text
    assert linked(peru, denial)


def test_denied_sending_is_a_denial_of_what_it_sends(sheet_of):
    sheet = sheet_of(
        """Opposition leader Marta Quispe said the ruling party had sent officials to the count.

The ruling party denied sending any officials to the count."""
    )
    denial = claim(sheet, "ruling-party", "sending any officials")
    assert denial.kind == "denial"


def test_which_both_denied_after_a_reported_clause_denies_the_whole_clause(sheet_of):
    sheet = sheet_of(
        """Two Kurdish militia sources have said that Iran is sending Kurdish militia fighters
to support Iraq, which Iran and Iraq have denied."""
    )
    sources = claim(sheet, "kurdish-militia-sources", "sending Kurdish militia fighters")
    denial = claim(sheet, "iran", "Iran is sending Kurdish militia fighters")
    assert linked(sources, denial)


def test_numbered_plurals_are_the_word_they_count(nlp):
    from generator.extract.disputes.tokens import key

    doc = nlp("Peru has two F-35s and one F-35.")
    assert key(doc[3]) == key(doc[6]) == "f-35"


def test_a_denial_in_other_words_answers_the_claim_just_before_about_the_denier(sheet_of):
    sheet = sheet_of(
        """Coach Tim Berg said the Northern League had taken money from the betting firm
before the final.

The Northern League, which denies accepting any payments, said its referees were
independent."""
    )
    berg = claim(sheet, "tim-berg", "taken money")
    league = claim(sheet, "northern-league", "accepting any payments")
    assert linked(berg, league)


def test_a_denial_in_other_words_does_not_answer_a_claim_about_someone_else(sheet_of):
    sheet = sheet_of(
        """Coach Tim Berg said the referees' union had taken money from the betting firm
before the final.

The Northern League, which denies accepting any payments, said its referees were
independent."""
    )
    berg = claim(sheet, "tim-berg", "taken money")
    league = claim(sheet, "northern-league", "accepting any payments")
    assert not linked(berg, league)


def test_an_accusation_and_a_denial_after_a_semicolon_are_two_claims(sheet_of):
    sheet = sheet_of(
        """Peru accused Chile, Bolivia’s main ally, of shooting down one of its helicopters;
Chilean officials denied it."""
    )
    accusation = claim(sheet, "peru", "shooting down")
    denial = next(c for c in sheet.claims if c.kind == "denial")
    assert accusation.kind == "accusation"
    assert linked(accusation, denial)


def test_calling_the_comments_of_a_group_deeply_concerning_answers_the_group(sheet_of):
    sheet = sheet_of(
        """“The council must stop the demolitions now,” the housing rapporteur said in a
statement.

The city’s housing office called the rapporteur’s comments “deplorable and deeply
concerning”."""
    )
    group = next(c for c in sheet.claims if "demolitions" in c.text)
    office = next(c for c in sheet.claims if "comments" in c.text)
    assert linked(group, office)
    assert reason(group, office).endswith("“deplorable and deeply concerning”")


def test_a_figure_called_deeply_concerning_answers_the_one_who_gave_it(sheet_of):
    sheet = sheet_of(
        """Councillor Ann Wu said the new stadium would cost the city $40 million.

The mayor's office called Wu's figure "deeply concerning"."""
    )
    wu = claim(sheet, "ann-wu", "$40 million")
    office = next(c for c in sheet.claims if "figure" in c.text)
    assert linked(wu, office)
