"""Disputes outside war news: a side's answer to accusations it does not name, a
fact-check's verdict on the claim it checks, opposite assessments in other words; and the
cases that must not link.

Invented text only; each rule has a test that fails without it.
"""

from __future__ import annotations

from tests.extract.test_extract_disputes import claim, linked, reason

# -- an answer that names neither the accuser nor the accusation ---------------------

TRIAL = """Prosecutors said Dale Whitcombe, a former hospital administrator, took $900,000
in kickbacks from a medical supply firm.

They said Whitcombe hid the payments in an account opened under his brother's name.

Hospital trustees said the audit would be published next month.

Whitcombe said he had worked at the hospital for nineteen years.

"""


def test_a_defendant_denying_the_charges_answers_each_accusation(sheet_of):
    sheet = sheet_of(TRIAL + "Whitcombe has denied the charges.")
    kickbacks = claim(sheet, "prosecutors", "kickbacks")
    hid = claim(sheet, "prosecutors", "hid the payments")
    denial = claim(sheet, "dale-whitcombe", "charges")
    assert linked(kickbacks, denial)
    assert linked(hid, denial)


def test_a_defence_leaves_neutral_claims_and_the_answering_sides_own_claims(sheet_of):
    sheet = sheet_of(TRIAL + "Whitcombe has denied the charges.")
    denial = claim(sheet, "dale-whitcombe", "charges")
    trustees = claim(sheet, "hospital-trustees", "audit")
    own = claim(sheet, "dale-whitcombe", "nineteen years")
    assert not linked(trustees, denial)
    assert not linked(own, denial)


def test_a_lawyer_calling_the_allegations_false_answers_them(sheet_of):
    sheet = sheet_of(TRIAL + "His lawyer, Maria Ostrova, said the allegations were false.")
    kickbacks = claim(sheet, "prosecutors", "kickbacks")
    lawyer = claim(sheet, "maria-ostrova", "allegations")
    trustees = claim(sheet, "hospital-trustees", "audit")
    assert linked(kickbacks, lawyer)
    assert not linked(trustees, lawyer)


def test_counsel_saying_the_allegations_have_no_substance_answers_them(sheet_of):
    sheet = sheet_of(
        """The state attorney general alleged that Harrow Academy had defrauded 3,000
students with promises of jobs that never came.

Sandra Kell, general counsel for Harrow Academy, said the allegations had "no
substance."
"""
    )
    attorney = claim(sheet, "state-attorney-general", "defrauded")
    counsel = claim(sheet, "sandra-kell", "substance")
    assert linked(attorney, counsel)
    assert reason(attorney, counsel) == "calls “the allegations” “no substance”"


def test_calling_a_partys_allegation_debunked_answers_that_partys_charge(sheet_of):
    sheet = sheet_of(
        """Democrats allege that the governor's call with the contractor was an abuse of his
office.

The governor's spokeswoman, Lina Ortiz, said: "Today's hearing is over, and the
Democrats' central allegation in this sham has again been completely debunked."

Ortiz said the hearing had lasted six hours."""
    )
    democrats = claim(sheet, "democrats", "abuse")
    ortiz = claim(sheet, "lina-ortiz", "debunked")
    hours = claim(sheet, "lina-ortiz", "six hours")
    assert linked(democrats, ortiz)
    assert not linked(democrats, hours)


def test_a_spokeswoman_saying_he_is_absolutely_innocent_answers_the_charge(sheet_of):
    sheet = sheet_of(
        TRIAL + 'His spokeswoman, Hope Ruiz, said: "Mr. Whitcombe is absolutely innocent."'
    )
    kickbacks = claim(sheet, "prosecutors", "kickbacks")
    spokeswoman = claim(sheet, "hope-ruiz", "innocent")
    trustees = claim(sheet, "hospital-trustees", "audit")
    assert linked(kickbacks, spokeswoman)
    assert reason(kickbacks, spokeswoman) == "answers the accusation: “is absolutely innocent”"
    assert not linked(trustees, spokeswoman)


def test_a_company_disputing_the_regulators_findings_answers_them(sheet_of):
    sheet = sheet_of(
        """The Food Safety Agency said Norvale Dairies sold cheese contaminated with listeria
to schools in four counties.

The agency said Norvale had ignored two warnings from its inspectors.

Norvale Dairies disputes the agency's findings."""
    )
    sold = claim(sheet, "food-safety-agency", "listeria")
    ignored = claim(sheet, "food-safety-agency", "warnings")
    company = claim(sheet, "norvale-dairies", "findings")
    assert linked(sold, company)
    assert linked(ignored, company)


def test_a_campaign_calling_an_ad_misleading_answers_what_the_ad_says(sheet_of):
    sheet = sheet_of(
        """A television ad paid for by the Committee for Lower Taxes says Senator Ellen Marsh
voted to raise property taxes three times.

Marsh's campaign said the ad is misleading."""
    )
    ad = claim(sheet, "television-ad", "property taxes")
    campaign = claim(sheet, "marsh-s-campaign", "misleading")
    assert linked(ad, campaign)


# -- a fact-check and its verdict ------------------------------------------------------


def test_no_evidence_that_answers_the_claim_it_checks(sheet_of):
    sheet = sheet_of(
        """Mayor Tom Reddick said the new bridge had cut commuting times in half.

The transport board said the bridge cost $40 million.

An independent review found there is no evidence that the bridge has cut commuting
times."""
    )
    mayor = claim(sheet, "tom-reddick", "commuting times in half")
    board = claim(sheet, "transport-board", "cost")
    review = claim(sheet, "independent-review", "no evidence")
    assert linked(mayor, review)
    assert not linked(board, review)


def test_experts_saying_that_is_not_true_answer_the_claim_before(sheet_of):
    sheet = sheet_of(
        """Governor Alan Pryce said the state's flu vaccine causes fertility problems in young
women.

Doctors at Lakeside Medical Center said that is not true."""
    )
    governor = claim(sheet, "alan-pryce", "fertility")
    doctors = claim(sheet, "doctors-at-lakeside-medical-center", "not true")
    assert linked(governor, doctors)


def test_saying_a_claim_was_made_up_answers_it(sheet_of):
    sheet = sheet_of(
        """Senator Rita Vance said her opponent had taken money from a payday lender.

Her opponent, Greg Hollis, said she had made it up."""
    )
    vance = claim(sheet, "rita-vance", "payday")
    hollis = claim(sheet, "greg-hollis", "made it up")
    assert linked(vance, hollis)
    assert reason(vance, hollis) == "calls it “made it up”"


def test_saying_someone_made_up_the_story_answers_that_persons_claim(sheet_of):
    sheet = sheet_of(
        """Reporter Dana Ruiz said a campaign aide, Victor Lang, grabbed her arm at a rally.

Lang called Ruiz "totally confused" about the rally.

Candidate Paul Ferris said he thought Ruiz had made up the story."""
    )
    ruiz = claim(sheet, "dana-ruiz", "grabbed")
    ferris = claim(sheet, "paul-ferris", "made up")
    lang = claim(sheet, "victor-lang", "confused")
    assert linked(ruiz, ferris)
    assert not linked(lang, ferris)


def test_making_up_ones_own_words_and_making_up_a_share_answer_nothing(sheet_of):
    sheet = sheet_of(
        """The clinic's director said nurses were paid less than at other hospitals.

A former nurse, Amy Cole, said: "I just made it up as I went along." Women make up
two thirds of the staff, the union said."""
    )
    director = claim(sheet, "clinic-s-director", "paid less")
    cole = claim(sheet, "amy-cole", "made it up")
    union = claim(sheet, "union", "make up")
    assert not linked(director, cole)
    assert not linked(director, union)


def test_calling_a_post_false_answers_what_the_post_says(sheet_of):
    sheet = sheet_of(
        """A post shared on Facebook claims that Senator Ellen Marsh owns three yachts.

Marsh's office said the post was false."""
    )
    post = claim(sheet, "post", "yachts")
    office = claim(sheet, "marsh-s-office", "false")
    assert linked(post, office)


def test_a_verdict_alone_answers_the_claim_just_before(sheet_of):
    sheet = sheet_of(
        """Senator Rita Vance said her opponent had taken money from a payday lender.

"Nice try, not true," said Greg Hollis, her opponent."""
    )
    vance = claim(sheet, "rita-vance", "payday")
    hollis = claim(sheet, "greg-hollis", "not true")
    assert linked(vance, hollis)


def test_calling_a_person_a_liar_is_no_verdict_on_a_claim(sheet_of):
    sheet = sheet_of(
        """Senator Rita Vance said her opponent had taken money from a payday lender.

"She is lying," said Greg Hollis, her opponent."""
    )
    vance = claim(sheet, "rita-vance", "payday")
    hollis = claim(sheet, "greg-hollis", "lying")
    assert not linked(vance, hollis)


def test_calling_a_debate_misleading_is_no_verdict_on_a_claim(sheet_of):
    sheet = sheet_of(
        """Senator Rita Vance said her opponent would bomb the port.

Analyst Tom Reese said: "This debate is misleading."
"""
    )
    vance = claim(sheet, "rita-vance", "bomb")
    reese = claim(sheet, "tom-reese", "debate")
    assert not linked(vance, reese)


def test_denying_a_named_sides_accusation_answers_what_it_called_false(sheet_of):
    sheet = sheet_of(
        """Kestrel Oil called two long investigative reports by the Harbor Review "inaccurate
and deliberately misleading."

The Harbor Review's dean denied Kestrel Oil's accusation that articles about the company,
written by its students, were misleading."""
    )
    oil = claim(sheet, "kestrel-oil", "inaccurate")
    review = claim(sheet, "harbor-review-s-dean", "accusation")
    assert linked(oil, review)


def test_a_lede_disputing_accusations_by_a_side_answers_what_that_side_says_below(sheet_of):
    sheet = sheet_of(
        """The Harbor Review's dean disputed accusations by Kestrel Oil on Tuesday.

Kestrel Oil called two long investigative reports by the Review "inaccurate and
deliberately misleading."

Kestrel Oil said it had paid for a full-page advertisement in three newspapers."""
    )
    dean = claim(sheet, "harbor-review-s-dean", "accusations")
    oil = claim(sheet, "kestrel-oil", "inaccurate")
    advert = claim(sheet, "kestrel-oil", "advertisement")
    assert linked(oil, dean)
    assert not linked(advert, dean)


# -- opposite assessments of one thing by opposing sides --------------------------------


def test_safe_against_dangerous_said_of_one_thing_by_opposing_sides(sheet_of):
    sheet = sheet_of(
        """The manufacturer Orlin Pharma said its weight-loss pill Slimtra is safe for adults.

Consumer advocates said Slimtra is dangerous and should be withdrawn."""
    )
    maker = claim(sheet, "orlin-pharma", "safe")
    advocates = claim(sheet, "consumer-advocates", "dangerous")
    assert linked(maker, advocates)


def test_legal_against_illegal_said_of_one_thing_by_opposing_sides(sheet_of):
    sheet = sheet_of(
        """The city council said the new parking levy is legal.

Local shop owners said the levy is illegal and vowed to sue."""
    )
    council = claim(sheet, "city-council", "legal")
    owners = claim(sheet, "local-shop-owners", "illegal")
    assert linked(council, owners)


def test_will_pass_against_persuaded_nobody_on_one_bill(sheet_of):
    sheet = sheet_of(
        """Speaker Jane Orton said the housing bill will pass before the summer recess.

Opposition leader Carl Weiss said the bill has persuaded precisely zero members of his
party."""
    )
    speaker = claim(sheet, "jane-orton", "will pass")
    opposition = claim(sheet, "carl-weiss", "persuaded")
    assert linked(speaker, opposition)


# -- must not link ------------------------------------------------------------------------


def test_mutual_accusations_are_no_dispute(sheet_of):
    sheet = sheet_of(
        """The two candidates accuse each other of lying about the pension fund.

Candidate Rose Keller said the fund had lost $2 billion."""
    )
    assert all(not c.disputes for c in sheet.claims)


def test_shared_topic_words_without_opposition_do_not_link(sheet_of):
    sheet = sheet_of(
        """The Food Safety Agency said Norvale Dairies recalled cheese sold to schools.

Norvale Dairies said the cheese recall would be completed by Friday."""
    )
    assert all(not c.disputes for c in sheet.claims)


def test_same_sides_safe_and_dangerous_about_different_things_do_not_link(sheet_of):
    sheet = sheet_of(
        """The manufacturer Orlin Pharma said its weight-loss pill Slimtra is safe for adults.

Consumer advocates said crossing the highway near the plant is dangerous for children."""
    )
    maker = claim(sheet, "orlin-pharma", "safe")
    advocates = claim(sheet, "consumer-advocates", "dangerous")
    assert not linked(maker, advocates)
