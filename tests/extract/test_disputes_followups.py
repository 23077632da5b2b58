"""Follow-ups: the one who answered goes on against the side it answered ("'Bolivia is
spreading lies,' Ortiz said" after Ortiz's denial), and defences against a failed truce
or strikes "done by" the party.  Invented text only; each rule has a test that fails
without it, and the cases that must not link.
"""

from __future__ import annotations

from tests.extract.test_extract_disputes import claim, linked, reason

# -- a source that answered, still speaking ------------------------------------------


def test_calling_the_other_side_liars_after_a_denial_answers_what_the_denial_answered(
    sheet_of,
):
    sheet = sheet_of(
        """Bolivia has accused Chile of sending mercenaries to the border region.

Chile's foreign ministry said the harvest festival would go ahead in Arica.

Marco Ruiz, a spokesman for Chile's ruling party, denied reports that Chile had sent
arms or fighters across the border.

"Bolivia is jealous of our growth and is spreading lies against Chile," Ruiz said."""
    )
    bolivia = claim(sheet, "bolivia", "mercenaries")
    again = claim(sheet, "marco-ruiz", "spreading lies")
    assert linked(bolivia, again)
    assert reason(bolivia, again) == "answers again, calling it “lies”"


def test_blaming_the_other_side_after_rejecting_its_claim_answers_that_claim(sheet_of):
    sheet = sheet_of(
        """Russia's defence ministry accused U.S. forces of holding refugees in the desert
camp against their will.

Pentagon spokesman Dale Hutton rejected the accusations as "false."

"The refugees are hungry because Russia is blocking food deliveries to the camp,"
Hutton said."""
    )
    russia = claim(sheet, "russia-defence-ministry", "refugees in the desert")
    again = claim(sheet, "dale-hutton", "blocking food")
    assert linked(russia, again)
    assert reason(russia, again) == "answers again, blaming them: “blocking”"


def test_a_falsity_word_with_no_answer_before_it_is_no_follow_up(sheet_of):
    sheet = sheet_of(
        """Bolivia has accused Chile of sending mercenaries to the border region.

"Our farmers are spreading the word about the new harvest," Chilean farmer Marco Ruiz
said."""
    )
    ruiz = claim(sheet, "marco-ruiz", "harvest")
    assert not any(d.reason and "again" in d.reason for d in ruiz.disputes)


def test_a_follow_up_about_another_side_than_the_one_answered_does_not_link(sheet_of):
    sheet = sheet_of(
        """Bolivia has accused Chile of sending mercenaries to the border region.

Marco Ruiz, a spokesman for Chile's ruling party, denied reports that Chile had sent
arms or fighters across the border.

"Argentina is spreading lies about our trade deal," Ruiz said."""
    )
    bolivia = claim(sheet, "bolivia", "mercenaries")
    again = claim(sheet, "marco-ruiz", "trade deal")
    assert not linked(bolivia, again)


def test_a_follow_up_after_another_source_has_spoken_is_no_follow_up(sheet_of):
    sheet = sheet_of(
        """Bolivia has accused Chile of sending mercenaries to the border region.

Marco Ruiz, a spokesman for Chile's ruling party, denied reports that Chile had sent
arms or fighters across the border.

Bolivian farmers said the harvest had been poor this year.

"Bolivia is spreading lies about us," Ruiz said."""
    )
    bolivia = claim(sheet, "bolivia", "mercenaries")
    again = claim(sheet, "marco-ruiz", "spreading lies")
    assert not any(d.reason and "again" in d.reason for d in again.disputes)
    assert not any(d.reason and "again" in d.reason for d in bolivia.disputes)


# -- keeping a truce against those who say it failed --------------------------------


def test_abiding_by_the_truce_answers_who_blamed_the_party_and_says_the_truce_failed(
    sheet_of,
):
    sheet = sheet_of(
        """The National Coalition said government forces had shelled three villages, violating
the truce.

Lina Haddad, head of the National Coalition's delegation, said: "We are not facing a few
violations of the truce, we are facing its complete collapse."

The government has said it is abiding by the agreement."""
    )
    haddad = claim(sheet, "lina-haddad", "collapse")
    government = claim(sheet, "government", "abiding by the agreement")
    assert linked(haddad, government)
    assert reason(haddad, government).startswith("opposite assessments: “complete collapse”")


def test_a_truce_said_to_fail_by_who_blamed_nobody_does_not_answer_the_party(sheet_of):
    sheet = sheet_of(
        """Opposition negotiators said aid convoys were waiting at the border.

Lina Haddad, a United Nations envoy, said the truce faced complete collapse.

The government has said it is abiding by the agreement."""
    )
    haddad = claim(sheet, "lina-haddad", "collapse")
    government = claim(sheet, "government", "abiding by the agreement")
    assert not linked(haddad, government)


def test_strikes_done_by_the_regime_are_what_the_government_abiding_answers(sheet_of):
    sheet = sheet_of(
        """Opposition spokesman Omar Saleh said: "Today there were about 16 air strikes done
by the regime on the northern suburbs."

The Syrian government has said it is abiding by the agreement."""
    )
    saleh = claim(sheet, "omar-saleh", "air strikes")
    government = claim(sheet, "syria", "abiding by the agreement")
    assert linked(saleh, government)
