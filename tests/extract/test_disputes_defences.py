"""Disputes in general news: defences against charges, counter-accusations, opposite
accounts in different words, and the cases that must not link.

Invented text only; each rule has a test that fails without it.
"""

from __future__ import annotations

from tests.extract.test_extract_disputes import claim, linked, no_links, reason

# -- a defence against what another side says the defended did -----------------------


def test_a_lawyer_saying_her_client_will_fight_the_charges_answers_the_prosecutors(sheet_of):
    sheet = sheet_of(
        """Federal prosecutors in Ohio said Marcus Delaney, a former county treasurer, stole
$2 million from a pension fund between 2015 and 2019.

The indictment alleges that Delaney moved the money through three shell companies.

His lawyer, Karen Boyd, said he will fight the charges."""
    )
    prosecutors = claim(sheet, "federal-prosecutors-in-ohio", "stole")
    indictment = claim(sheet, "indictment", "shell companies")
    lawyer = claim(sheet, "karen-boyd", "fight the charges")
    assert linked(prosecutors, lawyer)
    assert linked(indictment, lawyer)
    assert reason(prosecutors, lawyer) == "answers the accusation: “fight the charges”"


def test_a_company_saying_it_acted_lawfully_answers_who_says_it_polluted(sheet_of):
    sheet = sheet_of(
        """Residents of Millbrook said the Brightline Chemical company dumped solvents into the
river for years.

Brightline said it had acted lawfully and that its permits were in order."""
    )
    residents = claim(sheet, "residents-of-millbrook", "dumped solvents")
    company = claim(sheet, "brightline-chemical", "acted lawfully")
    assert linked(residents, company)
    assert reason(residents, company) == "answers the accusation: “acted lawfully”"


def test_a_government_abiding_by_the_truce_answers_who_says_government_forces_broke_it(
    sheet_of,
):
    sheet = sheet_of(
        """An opposition negotiator said the truce was being violated by attacks from
government forces in the north.

Aid workers said convoys were waiting at the border.

The government has said it is abiding by the agreement."""
    )
    negotiator = claim(sheet, "opposition-negotiator", "violated")
    government = claim(sheet, "government", "abiding by the agreement")
    workers = claim(sheet, "aid-workers", "convoys")
    assert linked(negotiator, government)
    assert not linked(workers, government)


def test_who_says_a_state_did_wrong_does_not_speak_for_it_whatever_its_affiliation(
    sheet_of,
):
    sheet = sheet_of(
        """Syria's Defence Minister Omar Haddad said the government was abiding by the
truce.

Syria's former defence minister Karim Nassar said government forces had shelled four
villages near Idlib since the truce began."""
    )
    minister = claim(sheet, "omar-haddad", "abiding by the truce")
    former = claim(sheet, "karim-nassar", "shelled")
    assert linked(minister, former)


def test_a_wrong_said_not_done_answers_the_accusation_of_it(sheet_of):
    sheet = sheet_of(
        """Kenya's interior ministry accused the Halima militia of blocking aid convoys to the
Dadaab camp.

A camp elder said the Halima militia was not preventing deliveries to the camp and
that the roads had flooded."""
    )
    kenya = claim(sheet, "kenya-interior-ministry", "blocking aid convoys")
    elder = claim(sheet, "camp-elder", "not preventing")
    assert linked(kenya, elder)
    assert reason(kenya, elder) == "answers the accusation: “not preventing”"


def test_what_prosecutors_say_a_man_did_is_what_his_denial_answers(sheet_of):
    sheet = sheet_of(
        """Prosecutors say Gerald Finch diverted donations to his own accounts over six years.

Finch has denied any wrongdoing. His attorney, Maria Lopez, said Finch is innocent."""
    )
    prosecutors = claim(sheet, "prosecutors", "diverted donations")
    finch = claim(sheet, "gerald-finch", "wrongdoing")
    lawyer = claim(sheet, "maria-lopez", "innocent")
    assert linked(prosecutors, finch)
    assert linked(prosecutors, lawyer)
    assert reason(prosecutors, lawyer) == "answers the accusation: “is innocent”"


def test_officers_acting_within_policy_answers_a_claim_of_excessive_force(sheet_of):
    sheet = sheet_of(
        """The family of a man who died in custody said officers used excessive force during
his arrest.

The Atlanta Police Department said its officers acted within policy and followed all
procedures."""
    )
    family = claim(sheet, "family", "excessive force")
    police = claim(sheet, "atlanta-police-department", "within policy")
    assert linked(family, police)
    assert reason(family, police) == "answers the accusation: “acted within policy”"


def test_a_defence_of_one_party_answers_no_claim_against_another(sheet_of):
    sheet = sheet_of(
        """Federal prosecutors said Marcus Delaney stole $2 million from a pension fund.

Prosecutors also said a second treasurer, Ruth Vance, forged three audit reports.

Vance said she had done nothing wrong."""
    )
    delaney = claim(sheet, "federal-prosecutors", "stole")
    vance = claim(sheet, "ruth-vance", "nothing wrong")
    forged = claim(sheet, "federal-prosecutors", "forged")
    assert linked(forged, vance)
    assert not linked(delaney, vance)


def test_a_lawyer_defending_the_accused_never_answers_the_client(sheet_of):
    sheet = sheet_of(
        """Prosecutors said Marcus Delaney stole $2 million from a pension fund.

Delaney accused the county auditor, Ruth Vance, of forging the audit reports to frame
him.

His lawyer, Karen Boyd, said he will fight the charges."""
    )
    prosecutors = claim(sheet, "prosecutors", "stole")
    client = claim(sheet, "marcus-delaney", "forging")
    lawyer = claim(sheet, "karen-boyd", "fight the charges")
    assert linked(prosecutors, lawyer)
    assert not linked(client, lawyer)


def test_a_plea_only_supposed_is_no_defence(sheet_of):
    sheet = sheet_of(
        """Prosecutors said Marcus Delaney stole $2 million from a pension fund.

Delaney's lawyer, Karen Boyd, said the trial would be long if he pleads not guilty."""
    )
    assert no_links(sheet)


# -- counter-accusations -------------------------------------------------------------


def test_police_and_protesters_blaming_each_other_for_one_night_are_a_dispute(sheet_of):
    sheet = sheet_of(
        """Police in Portland said protesters were starting fires and throwing bottles at
officers outside the courthouse on Saturday night.

Protesters said there had been extraordinary police violence against peaceful
demonstrators, and that officers fired tear gas without warning."""
    )
    police = claim(sheet, "police-in-portland", "starting fires")
    protesters = claim(sheet, "protesters", "police violence")
    assert linked(police, protesters)
    assert reason(police, protesters) == "counter-accusation: each says the other did wrong"


def test_two_states_blaming_each_other_for_one_convoy_are_a_dispute(sheet_of):
    sheet = sheet_of(
        """The Ethiopian government blamed the Eritrean army for the collapse of the aid
convoy talks.

Eritrean officials said Ethiopia had sabotaged the convoy by refusing to open the
crossing."""
    )
    ethiopia = claim(sheet, "ethiopia", "Eritrean army")
    eritrea = claim(sheet, "eritrean-officials", "sabotaged")
    assert linked(ethiopia, eritrea)


# -- opposite accounts in different words ---------------------------------------------


def test_murdered_against_took_his_own_life_is_a_dispute(sheet_of):
    sheet = sheet_of(
        """The family of Daniel Okoro, a prison guard found dead on Friday, said he may have
been murdered.

The county coroner, Helen Marsh, said there was no sign of foul play and that Okoro
had taken his own life."""
    )
    family = claim(sheet, "family", "murdered")
    coroner = claim(sheet, "helen-marsh", "own life")
    assert linked(family, coroner)
    assert reason(family, coroner) == "opposite accounts: killed against died by their own hand"


def test_a_town_taken_against_fighting_still_going_on_is_a_dispute(sheet_of):
    sheet = sheet_of(
        """Syrian state media said the army had taken control of the town of Kafr Nabl after
the retreat of rebel fighters.

Rebel commanders said clashes were continuing on the southern edge of the town."""
    )
    army = claim(sheet, "syria", "taken control")
    rebels = claim(sheet, "rebel-commanders", "clashes were continuing")
    assert linked(army, rebels)
    assert reason(army, rebels) == "opposite accounts: taken against still fought over"


def test_an_attempt_to_halt_the_fighting_is_the_truce_an_assessment_judges(sheet_of):
    sheet = sheet_of(
        """An opposition negotiator said the attempt to halt the fighting was in danger of
total collapse.

The United Nations said the pause in the fighting was largely holding."""
    )
    negotiator = claim(sheet, "opposition-negotiator", "total collapse")
    un = claim(sheet, "united-nations", "largely holding")
    assert linked(negotiator, un)


# -- different figures without a unit word in common -----------------------------------


def test_a_death_toll_with_no_unit_disputes_a_count_of_the_dead(sheet_of):
    sheet = sheet_of(
        """The health ministry said 41 people had died in the floods.

Local officials said the real death toll was 67."""
    )
    ministry = claim(sheet, "health-ministry", "41 people")
    officials = claim(sheet, "local-officials", "death toll")
    assert linked(ministry, officials)
    assert reason(ministry, officials) == "different figures: “41 people” against “67”"


def test_a_turnout_does_not_dispute_a_count_of_the_dead(sheet_of):
    sheet = sheet_of(
        """The health ministry said 41 people had died in the floods.

Organisers of the memorial march said turnout was 5000."""
    )
    assert no_links(sheet)


def test_a_toll_as_it_grows_is_no_dispute(sheet_of):
    sheet = sheet_of(
        """The health ministry said 41 people had died in the floods.

Local officials said the death toll had climbed to 67."""
    )
    assert no_links(sheet)


# -- civilians against military targets ------------------------------------------------


def test_our_innocents_are_not_the_civilians_a_strike_hit(sheet_of):
    sheet = sheet_of(
        """Pakistan's army said Indian jets had deliberately targeted civilian homes in
Muzaffarabad.

India's defence minister Rajan Mehta said the strike killed only those who killed our
innocents and was restricted to terror targets."""
    )
    pakistan = claim(sheet, "pakistan-military", "civilian homes")
    india = claim(sheet, "rajan-mehta", "terror targets")
    assert linked(pakistan, india)


def test_terrorist_camps_called_imaginary_are_no_military_target(sheet_of):
    sheet = sheet_of(
        """India said its jets struck camps used by militants in Pakistan on Wednesday.

Pakistan said India had bombed imaginary terrorist camps and deliberately targeted
civilian homes."""
    )
    india = claim(sheet, "india", "militants")
    pakistan = claim(sheet, "pakistan", "civilian homes")
    assert linked(india, pakistan)


def test_civilians_in_what_is_said_of_the_militants_are_not_whom_a_strike_hit(sheet_of):
    sheet = sheet_of(
        """India said it struck camps used by militants linked to last month's massacre of
tourists.

Pakistan said Indian jets had deliberately targeted civilian homes in Muzaffarabad."""
    )
    india = claim(sheet, "india", "militants")
    pakistan = claim(sheet, "pakistan", "civilian homes")
    assert linked(india, pakistan)


def test_striking_militants_does_not_gainsay_a_civilian_toll(sheet_of):
    sheet = sheet_of(
        """India said it struck camps used by militants in Pakistan on Wednesday.

Pakistan said an Indian missile strike on a mosque in Bahawalpur killed 13 civilians."""
    )
    assert no_links(sheet)


# -- answers ----------------------------------------------------------------------------


def test_falsely_tried_to_implicate_answers_the_accusation_of_the_side_it_names(sheet_of):
    sheet = sheet_of(
        """India accused Pakistan of backing the attack on tourists in Pahalgam.

Pakistan's prime minister said India had falsely tried to implicate Pakistan in the
attack."""
    )
    india = claim(sheet, "india", "backing the attack")
    pakistan = claim(sheet, "pakistan-s-prime-minister", "implicate")
    assert linked(india, pakistan)


def test_a_claim_which_x_denies_answers_no_bystander_sharing_a_word(sheet_of):
    sheet = sheet_of(
        """Armenia has accused Turkey of sending mercenaries to back Azerbaijan, a claim which
Ankara denies.

Analyst Rita Moss said regional powers such as Turkey would keep backing proxies in
Azerbaijan on sectarian lines."""
    )
    denial = claim(sheet, "turkey", "sending mercenaries")
    accusation = claim(sheet, "armenia", "sending mercenaries")
    analyst = claim(sheet, "rita-moss", "backing proxies")
    assert linked(denial, accusation)
    assert not analyst.disputes


def test_a_plea_is_a_claim_and_not_guilty_answers_the_accusers(sheet_of):
    sheet = sheet_of(
        "Prosecutors said Tom Ruiz stole two million dollars from the city pension fund.\n\n"
        "Ruiz pleaded not guilty to charges of fraud on Monday. His partner, Ana Vell, "
        "pleaded guilty to one count of bribery."
    )
    by = {c.by: c for c in sheet.claims}
    plea = by[("tom-ruiz",)]
    assert (plea.kind, plea.verb) == ("denial", "pleads")
    assert plea.text.startswith("not guilty to charges of fraud")
    assert any(c.kind == "admission" and c.text.startswith("guilty") for c in sheet.claims)
    accusation = by[("prosecutors",)]
    assert [d.claim for d in plea.disputes] == [accusation.id]
