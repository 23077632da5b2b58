"""Disputes in other kinds of news: a risk played down, a position for against a
position against, a charge of lying against "told the truth", a denial by "no such",
and a spokesman on his minister's side.  Invented text only; each rule has a test that
fails without it, and the cases that must not link.
"""

from __future__ import annotations

from tests.extract.test_extract_disputes import claim, linked, no_links, reason


def test_a_risk_played_down_answers_the_warning(sheet_of):
    sheet = sheet_of(
        """The Water Standards Board warned on Monday that the spill posed a
serious danger to families living near the Corvo reservoir.

Tallis Chemicals said the risk to families was minimal."""
    )
    board = claim(sheet, "water-standards-board", "serious danger")
    company = claim(sheet, "tallis-chemicals", "minimal")
    assert linked(board, company)
    assert reason(board, company) == "opposite accounts: “serious danger” against “minimal”"


def test_no_risk_at_all_answers_the_warning(sheet_of):
    sheet = sheet_of(
        """Doctors at Fenwick Hospital warned that the new pesticide posed a grave threat to
farm workers.

The manufacturer, Orla Agritech, said the pesticide posed no risk to farm workers."""
    )
    doctors = claim(sheet, "doctors-at-fenwick-hospital", "grave threat")
    maker = claim(sheet, "orla-agritech", "no risk")
    assert linked(doctors, maker)


def test_sizes_of_things_that_are_no_risk_do_not_link(sheet_of):
    sheet = sheet_of(
        """Mayor Ines Varga said the festival would close major roads in the town
centre.

Councillor Piet Broek said the festival would close small roads near the river."""
    )
    assert no_links(sheet)


def test_one_side_judging_a_risk_two_ways_is_no_dispute(sheet_of):
    sheet = sheet_of(
        """Tallis Chemicals said the spill posed a serious danger to the reservoir's fish.

Tallis Chemicals said the risk to families was minimal."""
    )
    assert no_links(sheet)


def test_supporting_a_bill_against_voting_against_it(sheet_of):
    sheet = sheet_of(
        """Senator Ann Walsh said she supports the farm bill and expects it to pass.

Senator Mark Doyle said he will vote against the farm bill."""
    )
    walsh = claim(sheet, "ann-walsh", "supports the farm bill")
    doyle = claim(sheet, "mark-doyle", "vote against")
    assert linked(walsh, doyle)
    assert (
        reason(walsh, doyle)
        == "opposite accounts: “supports the farm bill” against “will vote against”"
    )


def test_two_senators_for_one_bill_do_not_link(sheet_of):
    sheet = sheet_of(
        """Senator Ann Walsh said she supports the farm bill.

Senator Mark Doyle said he will vote for the farm bill."""
    )
    assert no_links(sheet)


def test_told_the_truth_answers_a_charge_of_lying(sheet_of):
    sheet = sheet_of(
        """Councillor Jane Pike accused Mayor Robert Hale of lying to the council about
the budget.

Hale insisted he had told the truth about the budget."""
    )
    pike = claim(sheet, "jane-pike", "lying")
    hale = claim(sheet, "robert-hale", "told the truth")
    assert linked(pike, hale)
    assert reason(pike, hale) == "answers the accusation: “told the truth”"


def test_told_the_truth_answers_no_other_charge(sheet_of):
    sheet = sheet_of(
        """Councillor Jane Pike accused Mayor Robert Hale of wasting money on the new
stadium.

Hale insisted he had told the truth about the budget."""
    )
    pike = claim(sheet, "jane-pike", "wasting")
    hale = claim(sheet, "robert-hale", "told the truth")
    assert not linked(pike, hale)


def test_no_such_letter_denies_the_letter_just_before(sheet_of):
    sheet = sheet_of(
        """The Education Ministry said it had written to the National Teachers Union in
March to set out the new pay terms.

"We never received any such letter," said Ruth Adeyemi, who leads the National Teachers
Union."""
    )
    ministry = claim(sheet, "education-ministry", "written")
    union = claim(sheet, "ruth-adeyemi", "such letter")
    assert linked(ministry, union)
    assert reason(ministry, union) == "denies: “no such letter”"


def test_no_such_thing_said_by_the_same_side_links_nothing(sheet_of):
    sheet = sheet_of(
        """The Education Ministry said it had written to the National Teachers Union in
March.

The Education Ministry said no such letter had been sent to the nurses."""
    )
    assert no_links(sheet)


def test_that_never_happened_denies_the_claim_before(sheet_of):
    sheet = sheet_of(
        """Opposition leader Sara Blom said Prime Minister Karl Dorn had met the mining
chiefs in secret last month.

"That never happened," Dorn said on Tuesday."""
    )
    blom = claim(sheet, "sara-blom", "mining chiefs")
    denials = [c for c in sheet.claims if "karl-dorn" in c.by and "never happened" in c.text]
    assert denials and linked(blom, denials[0])


def test_his_spokesman_is_on_the_ministers_side(sheet_of):
    sheet = sheet_of(
        """Transport Minister David Osei said bus fares would rise next year.

His spokesman, Kofi Mensah, later said fares would fall for most passengers."""
    )
    assert no_links(sheet)


def test_a_spokesman_for_no_one_named_before_still_disputes(sheet_of):
    sheet = sheet_of(
        """Transport Minister David Osei said bus fares would rise next year.

Kofi Mensah, who heads the Passengers Association, said fares would fall for most
passengers."""
    )
    osei = claim(sheet, "david-osei", "rise")
    mensah = claim(sheet, "kofi-mensah", "fall")
    assert linked(osei, mensah)


def test_no_greater_danger_says_the_danger_is_great(sheet_of):
    sheet = sheet_of(
        """The Water Standards Board warned that the spill posed a serious danger to the
Corvo reservoir.

Professor Lena Marsh of Ardley University said there was no greater danger to the
reservoir than the spill."""
    )
    assert no_links(sheet)


def test_such_without_no_or_any_denies_nothing(sheet_of):
    sheet = sheet_of(
        """The Education Ministry said it had written to the National Teachers Union about
the new pay terms.

Ruth Adeyemi, who leads the National Teachers Union, said teachers should not have to
make such choices between pay and pensions."""
    )
    assert no_links(sheet)


def test_a_spokesman_named_first_then_his_is_on_the_ministers_side(sheet_of):
    sheet = sheet_of(
        """Transport Minister David Osei said bus fares would rise next year.

Kofi Mensah, his spokesman, later said fares would fall for most passengers."""
    )
    assert no_links(sheet)


def test_a_spokesman_for_the_minister_is_on_the_ministers_side(sheet_of):
    sheet = sheet_of(
        """Transport Minister David Osei said bus fares would rise next year.

Kofi Mensah, a spokesman for the minister, later said fares would fall for most
passengers."""
    )
    assert no_links(sheet)


def test_welcoming_a_ruling_against_condemning_it(sheet_of):
    sheet = sheet_of(
        """The Supreme Court on Tuesday struck down the permit for the Ridgeway pipeline.

Environmental group Green Rivers welcomed the ruling as a victory for the valley.

Ridgeway Energy condemned the decision and said it would appeal."""
    )
    greens = claim(sheet, "green-rivers", "ruling")
    company = claim(sheet, "ridgeway-energy", "decision")
    assert linked(greens, company)
    assert reason(greens, company) == (
        "opposite positions: “welcomes the ruling” against “condemns the decision”"
    )


def test_two_sides_welcoming_one_ruling_do_not_link(sheet_of):
    sheet = sheet_of(
        """The Supreme Court on Tuesday struck down the permit for the Ridgeway pipeline.

Environmental group Green Rivers welcomed the ruling as a victory for the valley.

Governor Tom Bale praised the decision."""
    )
    assert no_links(sheet)


def test_praising_and_criticising_the_police_is_no_position_on_one_thing(sheet_of):
    sheet = sheet_of(
        """Mayor Ines Varga praised the police for their work during the festival.

Councillor Piet Broek criticised the police over the arrests at the station."""
    )
    assert no_links(sheet)


def test_i_did_not_lie_answers_a_charge_of_lying(sheet_of):
    sheet = sheet_of(
        """Councillor Jane Pike accused Mayor Robert Hale of lying to the council about
the budget.

"I did not lie to anyone," Hale said on Friday."""
    )
    pike = claim(sheet, "jane-pike", "lying")
    hale = claim(sheet, "robert-hale", "did not lie")
    assert linked(pike, hale)


def test_answering_a_question_rebuts_no_one(sheet_of):
    sheet = sheet_of(
        """Party leader Nora Quist said the rally had been a turning point for the campaign.

Asked whether the rally had cost too much, rival candidate Leo Fenn responded: "I guess so.\""""
    )
    assert no_links(sheet)


def test_it_would_not_happen_is_a_forecast_not_a_denial(sheet_of):
    sheet = sheet_of(
        """Senator Ann Walsh said the rail plan would be finished within four years.

Senator Mark Doyle said it would not happen unless taxes went up."""
    )
    assert no_links(sheet)
