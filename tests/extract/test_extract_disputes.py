"""Disputes: contradicting claims linked (with why), unrelated ones left alone.

One test per rule on invented text, and the cases that must not link: claims of one
side, claims that only share words, mutual accusations.
"""

from __future__ import annotations

from generator.factsheet.model import Claim, FactSheet


def claim(sheet: FactSheet, by: str, words: str) -> Claim:
    found = [c for c in sheet.claims if by in c.by and words in c.text]
    assert found, f"no claim by {by} with {words!r}: {[(c.by, c.text) for c in sheet.claims]}"
    return found[0]


def linked(a: Claim, b: Claim) -> bool:
    """Either claim names the other (as the site reads it), and neither unlinks it."""
    ids_a = {d.claim for d in a.disputes if not d.unlinked}
    ids_b = {d.claim for d in b.disputes if not d.unlinked}
    return b.id in ids_a or a.id in ids_b


def reason(a: Claim, b: Claim) -> str:
    """The reason written on whichever claim carries it."""
    for one, other in ((a, b), (b, a)):
        for link in one.disputes:
            if link.claim == other.id and link.reason:
                return link.reason
    raise AssertionError(f"no reason between {a.id} and {b.id}")


def no_links(sheet: FactSheet) -> bool:
    return all(not c.disputes for c in sheet.claims)


# -- different figures for one count -------------------------------------------------


def test_conflicting_tallies_are_disputes(sheet_of):
    sheet = sheet_of(
        """Armenia said it had shot down four Azerbaijani drones on Monday.

Azerbaijan said it had lost two Azerbaijani drones in the fighting."""
    )
    armenia = claim(sheet, "armenia", "four Azerbaijani drones")
    azerbaijan = claim(sheet, "azerbaijan", "two Azerbaijani drones")
    assert linked(armenia, azerbaijan)
    assert reason(armenia, azerbaijan).startswith("different figures: “four Azerbaijani drones”")


def test_tallies_in_singular_and_plural_are_the_same_losses(sheet_of):
    sheet = sheet_of(
        """Armenia said it had shot down three Azerbaijani helicopters.

Azerbaijan said it had lost one Azerbaijani helicopter."""
    )
    armenia = claim(sheet, "armenia", "three Azerbaijani helicopters")
    azerbaijan = claim(sheet, "azerbaijan", "one Azerbaijani helicopter")
    assert linked(armenia, azerbaijan)


def test_crowd_sizes_from_two_sides_are_a_dispute(sheet_of):
    sheet = sheet_of(
        """Peru's interior ministry said 3,000 protesters marched through central Lima.

Opposition leader Marta Quispe said 40,000 protesters had joined the march."""
    )
    police = claim(sheet, "peru-interior-ministry", "3,000 protesters")
    organisers = claim(sheet, "marta-quispe", "40,000 protesters")
    assert linked(police, organisers)


def test_a_toll_said_to_be_higher_than_announced_disputes_the_announced_count(sheet_of):
    sheet = sheet_of(
        """Peru's army said it had lost 12 soldiers since the ground operation began.

Ecuador said Peru's death toll was much higher than the army had announced."""
    )
    army = claim(sheet, "peru-military", "12 soldiers")
    ecuador = claim(sheet, "ecuador", "much higher")
    assert linked(army, ecuador)
    assert "higher than" in reason(army, ecuador)


def test_the_same_figure_from_both_sides_is_no_dispute(sheet_of):
    sheet = sheet_of(
        """Armenia said it had shot down four Azerbaijani drones on Monday.

Azerbaijan said it had lost four Azerbaijani drones in the fighting."""
    )
    assert no_links(sheet)


# -- answers ------------------------------------------------------------------------


def test_denials_dispute_what_they_deny(sheet_of):
    sheet = sheet_of(
        """Serbia said its police had arrested four armed men near the border crossing.

Kosovo denied that any armed men had been arrested near the border crossing.

The army said it had shot down three drones, which Croatia denied."""
    )
    arrest = claim(sheet, "serbia", "arrested four armed men")
    denial = claim(sheet, "kosovo", "armed men had been arrested")
    assert denial.kind == "denial"
    assert linked(arrest, denial)
    assert reason(arrest, denial).startswith("denies: “")
    relative = next(c for c in sheet.claims if c.by == ("croatia",))
    assert relative.kind == "denial" and "three drones" in relative.text


def test_a_denial_by_pointer_answers_the_claim_paragraphs_before(sheet_of):
    sheet = sheet_of(
        """Peru's defence ministry said Ecuadorian artillery had shelled the village of
Ostrel overnight.

Heavy fighting was reported along the front line for a second day.

Ecuador rejected the accusation."""
    )
    shelling = claim(sheet, "peru-defence-ministry", "shelled the village")
    answer = next(c for c in sheet.claims if c.by == ("ecuador",))
    assert linked(shelling, answer)
    assert reason(shelling, answer) == "rejects: “the accusation”"


def test_a_denial_of_this_gives_its_reason_without_quoting_this(sheet_of):
    sheet = sheet_of(
        """Kessmark has also claimed its forces seized control of a number of villages.

This is denied by Valdoria, but if it turns out to be true the fighting may spread."""
    )
    seized = claim(sheet, "kessmark", "seized control")
    answer = next(c for c in sheet.claims if c.by == ("valdoria",))
    assert linked(seized, answer)
    assert reason(seized, answer) == "denies it"


def test_a_plural_pointer_answers_every_claim_of_that_source_just_before(sheet_of):
    sheet = sheet_of(
        """Peru's defence ministry said Ecuadorian troops had tried to retake two hills.

The ministry said Ecuadorian artillery had shelled the Ostrel district.

Ecuador denied those claims, but said fighting continued through the night."""
    )
    hills = claim(sheet, "peru-defence-ministry", "retake two hills")
    shelling = claim(sheet, "peru-defence-ministry", "shelled the Ostrel")
    answer = next(c for c in sheet.claims if c.by == ("ecuador",) and c.kind == "denial")
    assert linked(hills, answer) and linked(shelling, answer)


def test_a_named_claim_is_answered_by_its_topic_not_the_latest_claim(sheet_of):
    sheet = sheet_of(
        """Ecuador said a Peruvian drone had struck its fuel depot near the border.

Ecuador also said its air defences were on high alert.

Peru dismissed the drone claim as "absolutely untrue"."""
    )
    drone = claim(sheet, "ecuador", "drone had struck")
    alert = claim(sheet, "ecuador", "high alert")
    answer = next(c for c in sheet.claims if c.by == ("peru",))
    assert linked(drone, answer)
    assert not linked(alert, answer)


def test_a_claim_called_false_is_answered(sheet_of):
    sheet = sheet_of(
        """Ecuador said Peruvian special forces had crossed into the Ostrel valley.

Peru's foreign minister Anton Brask called the report "a complete fabrication"."""
    )
    report = claim(sheet, "ecuador", "special forces")
    answer = next(c for c in sheet.claims if "anton-brask" in c.by)
    assert linked(report, answer)


def test_a_claim_which_its_target_denies_in_one_sentence(sheet_of):
    for text in (
        "Ecuador says Peru is sending mercenaries to the front, a claim which Peru denies.",
        "Ecuador has accused Peru of sending mercenaries to the front, a claim Peru denies.",
    ):
        sheet = sheet_of(text)
        accusation = next(c for c in sheet.claims if c.by == ("ecuador",))
        denial = next(c for c in sheet.claims if c.kind == "denial")
        assert accusation.text == "Peru is sending mercenaries to the front" or (
            accusation.text == "Peru of sending mercenaries to the front"
        )
        assert "a claim" not in denial.text
        assert linked(accusation, denial)


def test_a_reply_in_turn_answers_the_claim_before_it(sheet_of):
    for reply in ("in turn argued that", "countered that"):
        sheet = sheet_of(
            f"""Rosa Vento, the mayor of Lima, said the new bridge was safe for heavy traffic.

Tomas Arce, a senior engineer, {reply} the bridge needed urgent repairs."""
        )
        mayor = claim(sheet, "rosa-vento", "bridge was safe")
        engineer = claim(sheet, "tomas-arce", "urgent repairs")
        assert linked(mayor, engineer), reply


def test_a_denial_never_answers_a_claim_of_its_own_side(sheet_of):
    sheet = sheet_of(
        """Peru's defence ministry said its troops had taken the hill of Varn.

Peru denied that its troops had taken the hill of Varn."""
    )
    assert no_links(sheet)


def test_a_denial_of_a_report_disputes_that_sides_claim(sheet_of):
    sheet = sheet_of(
        """Azerbaijan's defence ministry said six Armenian tanks had been destroyed.

The Armenian government denied the Azeri report on the number of casualties."""
    )
    tally = claim(sheet, "azerbaijan-defence-ministry", "six Armenian tanks")
    denial = claim(sheet, "armenia", "the Azeri report")
    assert denial.kind == "denial"
    assert linked(tally, denial)
    assert [d.claim for d in denial.disputes] == [tally.id]


# -- opposite accounts --------------------------------------------------------------


def test_contrasting_accounts_in_one_sentence(sheet_of):
    sheet = sheet_of(
        """India's army said Pakistani troops opened fire first, while Pakistan said the
Indian side attacked first."""
    )
    india = claim(sheet, "india-military", "opened fire first")
    pakistan = claim(sheet, "pakistan", "attacked first")
    assert linked(india, pakistan)


def test_who_crossed_the_line_is_disputed_across_paragraphs(sheet_of):
    sheet = sheet_of(
        """Peru said Ecuadorian troops crossed the border first and attacked a post.

Shelling was reported in three villages.

Ecuador said Peruvian forces had started the clashes by crossing the line."""
    )
    peru = claim(sheet, "peru", "crossed the border")
    ecuador = claim(sheet, "ecuador", "started the clashes")
    assert linked(peru, ecuador)
    assert "each blames the other" in reason(peru, ecuador)


def test_civilians_hit_against_military_targets(sheet_of):
    sheet = sheet_of(
        """Peru said its strikes hit only militant camps in Ecuador, with no collateral
damage.

Ecuador said the Peruvian strikes killed civilians, including women and children."""
    )
    peru = claim(sheet, "peru", "militant camps")
    ecuador = claim(sheet, "ecuador", "killed civilians")
    assert linked(peru, ecuador)
    assert reason(peru, ecuador) == ("opposite accounts: civilians hit against military targets")


def test_shot_down_against_a_technical_fault(sheet_of):
    sheet = sheet_of(
        """Ecuador said it had shot down a Peruvian helicopter near the border.

Peru said the helicopter crashed because of a technical fault."""
    )
    ecuador = claim(sheet, "ecuador", "shot down")
    peru = claim(sheet, "peru", "technical fault")
    assert linked(ecuador, peru)


def test_a_but_sentence_sets_its_source_against_the_claim_before(sheet_of):
    sheet = sheet_of(
        """Peru said its forces had won back positions taken by Ecuador on Sunday.

But Ecuador claimed further advances, saying Peruvian units were retreating."""
    )
    peru = claim(sheet, "peru", "won back positions")
    ecuador = next(c for c in sheet.claims if "ecuador" in c.by)
    assert linked(peru, ecuador)


def test_unrelated_statements_are_not_disputes(sheet_of):
    sheet = sheet_of(
        """Germany said it would send medical supplies, while Italy said it was ready to host
talks."""
    )
    assert no_links(sheet)


def test_claims_that_share_words_without_opposing_are_not_disputes(sheet_of):
    sheet = sheet_of(
        """Germany said the talks in Geneva on the border dispute would resume on Monday.

France said the talks in Geneva on the border dispute were an important step."""
    )
    assert no_links(sheet)


def test_a_ministry_and_its_state_never_dispute_each_other(sheet_of):
    sheet = sheet_of(
        """Peru said Ecuadorian forces attacked first, while Peru's defence ministry
said Ecuadorian troops started the shelling."""
    )
    assert no_links(sheet)


def test_a_mutual_accusation_is_never_a_dispute(sheet_of):
    sheet = sheet_of(
        """Peru and Ecuador frequently accuse each other of attacks along the border.

Peru said Ecuadorian troops had shelled a border post."""
    )
    assert no_links(sheet)


# -- assessments --------------------------------------------------------------------


def test_a_truce_largely_holding_against_its_collapse(sheet_of):
    sheet = sheet_of(
        """The UN envoy said the truce was largely holding despite some incidents.

Rebel commanders said the ceasefire had completely collapsed."""
    )
    envoy = next(c for c in sheet.claims if "largely holding" in c.text)
    assert sheet.actor(envoy.by[0]).affiliation == "united-nations"  # the envoy, of the UN
    rebels = next(c for c in sheet.claims if "collapsed" in c.text)
    assert linked(envoy, rebels)
    assert (
        reason(envoy, rebels)
        == "opposite assessments: “largely holding” against “completely collapsed”"
    )


def test_two_sources_who_agree_the_truce_holds_are_not_a_dispute(sheet_of):
    sheet = sheet_of(
        """The UN envoy said the truce was largely holding despite some incidents.

The Red Cross said the ceasefire was holding in the north."""
    )
    assert no_links(sheet)


def test_a_bill_that_will_pass_against_one_that_persuaded_nobody(sheet_of):
    sheet = sheet_of(
        """Senator Ada Quill said the bill will pass the chamber next week.

Senator Bram Holt said the bill has persuaded precisely zero members of his party."""
    )
    quill = claim(sheet, "ada-quill", "will pass")
    holt = claim(sheet, "bram-holt", "precisely zero")
    assert linked(quill, holt)


def test_what_one_says_was_done_the_other_says_was_not(sheet_of):
    sheet = sheet_of(
        """Peru said Ecuadorian engineers had mined the Ostrel dam.

Ecuador said its engineers did not mine the Ostrel dam."""
    )
    peru = claim(sheet, "peru", "mined the Ostrel dam")
    ecuador = claim(sheet, "ecuador", "did not mine")
    assert linked(peru, ecuador)


def test_what_one_side_says_the_other_does_not_need_it_says_it_needs(sheet_of):
    sheet = sheet_of(
        """The White House said Peru does not need its own uranium enrichment.

Peru said it needs enrichment to make fuel for its reactors."""
    )
    white_house = claim(sheet, "united-states", "does not need")
    peru = claim(sheet, "peru", "needs enrichment")
    assert linked(white_house, peru)
    assert reason(white_house, peru) == "opposite accounts: “needs” against “does not need”"


def test_a_denial_in_a_clause_of_reason_is_no_opposite_account(sheet_of):
    sheet = sheet_of(
        """Senator Ada Quill said the budget speaks for the values of the party.

Senator Bram Holt said he would vote against it because the budget does not speak for
the values of the party's voters."""
    )
    assert no_links(sheet)


def test_two_sides_blaming_each_other_for_different_attacks_are_no_dispute(sheet_of):
    sheet = sheet_of(
        """Ecuador's prosecutor said five members of one family had been killed by shelling
from Peru's forces.

Peru's defence ministry said the fighting began with an Ecuadorian attack."""
    )
    assert no_links(sheet)


# -- general news: accusations and the accused's denials -------------------------------


def test_a_denial_answers_the_claim_that_called_the_denier_a_liar(sheet_of):
    sheet = sheet_of(
        """Senator Tom Harlow said the mayor of Brentfield had lied about the stadium's cost.

Mayor Lisa Verne denied the accusation on Tuesday."""
    )
    harlow = claim(sheet, "tom-harlow", "lied about")
    verne = claim(sheet, "lisa-verne", "")
    assert linked(harlow, verne)


def test_denying_wrongdoing_answers_what_the_denier_is_said_to_have_done(sheet_of):
    sheet = sheet_of(
        """Prosecutors said Daniel Okafor stole $4 million from the pension fund.

Okafor has denied any wrongdoing."""
    )
    prosecutors = claim(sheet, "prosecutors", "stole $4 million")
    okafor = claim(sheet, "daniel-okafor", "wrongdoing")
    assert linked(prosecutors, okafor)


def test_denying_wrongdoing_does_not_answer_claims_about_someone_else(sheet_of):
    sheet = sheet_of(
        """Prosecutors said Daniel Okafor stole $4 million from the pension fund.

Auditor Jane Pell said the fund had lost money on property deals.

Mark Estes, the fund's chairman, has denied any wrongdoing."""
    )
    estes = claim(sheet, "mark-estes", "wrongdoing")
    assert not estes.disputes


# -- general news: opposite predicates of one thing -------------------------------------


def test_opposite_predicates_of_one_thing_from_two_sides_are_a_dispute(sheet_of):
    sheet = sheet_of(
        """Velmont Foods said the merger would lower prices for shoppers.

The Competition Authority said the merger would raise prices for shoppers in rural towns."""
    )
    company = claim(sheet, "velmont-foods", "lower prices")
    regulator = claim(sheet, "competition-authority", "raise prices")
    assert linked(company, regulator)
    assert reason(company, regulator) == (
        "opposite accounts: “would lower prices” against “would raise prices”"
    )


def test_a_negated_opposite_is_the_same_account_not_a_dispute(sheet_of):
    sheet = sheet_of(
        """The Conservative Party said unemployment had fallen in every region.

The Liberal Party said unemployment had not risen in any region."""
    )
    assert no_links(sheet)


def test_not_illegal_against_illegal_is_a_dispute(sheet_of):
    sheet = sheet_of(
        """Attorney General Ross Lanner said the new border fence was not illegal.

The Human Rights League said the border fence was illegal under international law."""
    )
    lanner = claim(sheet, "ross-lanner", "not illegal")
    league = claim(sheet, "human-rights-league", "illegal under")
    assert linked(lanner, league)


def test_opposite_predicates_of_different_things_do_not_link(sheet_of):
    sheet = sheet_of(
        """Velmont Foods said its profits had risen sharply last year.

The Competition Authority said prices for shoppers had fallen in rural towns."""
    )
    assert no_links(sheet)


def test_opposite_predicates_from_one_side_do_not_link(sheet_of):
    sheet = sheet_of(
        """The Labour Party said hospital waiting lists had grown under the government.

Labour leader Anna Crewe said hospital waiting lists had fallen in Wales."""
    )
    assert no_links(sheet)


def test_a_party_word_in_a_role_is_the_party_s_side():
    from generator.extract.sides import named_party

    assert named_party("Anna Crewe Labour leader") == named_party("Labour Party")
    assert named_party("Mark Doyle Republican Senator") == "party:republican"
    assert named_party("Democratic Republic of the Congo") is None
    assert named_party("a group pushing democratic reforms") is None


def test_calling_a_report_inaccurate_answers_the_report(sheet_of):
    sheet = sheet_of(
        """The Daily Ledger reported that Harwell Bank had hidden losses of $200 million.

Harwell Bank said the report was inaccurate and that it would seek a correction."""
    )
    ledger = claim(sheet, "daily-ledger", "hidden losses")
    bank = claim(sheet, "harwell-bank", "inaccurate")
    assert linked(ledger, bank)


def test_a_witch_hunt_answers_the_allegations(sheet_of):
    sheet = sheet_of(
        """Former aide Rita Mons said the governor had ordered staff to delete emails.

A spokesperson for the governor called the allegations "a politically motivated witch hunt"."""
    )
    aide = claim(sheet, "rita-mons", "delete emails")
    spokesperson = claim(sheet, "spokesperson-for-the-governor", "witch hunt")
    assert linked(aide, spokesperson)


def test_no_plans_to_do_a_thing_disputes_that_it_will_be_done(sheet_of):
    sheet = sheet_of(
        """Union leaders said the factory in Dunmore would close by March.

The company said it had no plans to close the factory."""
    )
    union = claim(sheet, "union-leaders", "would close")
    company = claim(sheet, "company", "no plans")
    assert linked(union, company)


def test_a_polar_word_inside_a_thing_is_not_what_the_claim_says(sheet_of):
    sheet = sheet_of(
        """Economists at Harlan University said her plans to raise taxes on landlords
would make the code more complicated.

Senator Ola Brandt said cutting taxes on landlords had never worked."""
    )
    assert no_links(sheet)


def test_a_word_denied_of_another_thing_is_not_a_dispute(sheet_of):
    sheet = sheet_of(
        """Mayor Dana Pell said the council was working with residents on the parking plan.

Councillor Ray Osei said the parking scheme does not work for elderly residents near the
town centre."""
    )
    assert no_links(sheet)


def test_a_word_denied_of_the_same_thing_is_a_dispute(sheet_of):
    sheet = sheet_of(
        """Mayor Dana Pell said the new parking scheme works for residents of Eastfield.

Councillor Ray Osei said the new parking scheme does not work for residents."""
    )
    pell = claim(sheet, "dana-pell", "works")
    osei = claim(sheet, "ray-osei", "does not work")
    assert linked(pell, osei)


def test_a_falsity_word_deep_in_a_long_quote_answers_no_claim(sheet_of):
    sheet = sheet_of(
        """Mayor Dana Pell said the Eastfield stadium would reopen in June.

Coach Tom Carr said: "We trained hard all week and the players gave everything they had on
a cold night in front of our own fans, and it was ridiculous that the referee stopped it."
"""
    )
    assert no_links(sheet)


def test_a_law_broken_and_vote_counting_without_failure_are_no_assessments_of_a_bill(sheet_of):
    sheet = sheet_of(
        """Secretary of State Lina Ortiz said the county's vote counting systems had no
single point of failure.

Police union chief Dan Ruddock said the campaign had violated state law by using photos
of officers at work."""
    )
    assert no_links(sheet)


def test_far_more_of_a_quality_is_no_figure_against_another(sheet_of):
    sheet = sheet_of(
        """The governor's office said 3,000 new jobs were created in Dunmore last year.

Senator Elena Ruiz said the mayor had been far more effective than the governor."""
    )
    assert no_links(sheet)


def test_calling_a_lawsuit_frivolous_answers_what_the_lawsuit_says(sheet_of):
    sheet = sheet_of(
        """A lawsuit filed by former employees says Tarnwell Corp underpaid warehouse workers.

Tarnwell called the lawsuit frivolous."""
    )
    suit = claim(sheet, "lawsuit", "underpaid")
    company = claim(sheet, "tarnwell-corp", "frivolous")
    assert linked(suit, company)


def test_citing_an_unfounded_theory_answers_nobody(sheet_of):
    sheet = sheet_of(
        """Senator Ola Brandt said the governor had attacked her family.

Citing an unfounded conspiracy theory, Governor Alan Price accused Brandt's father of fraud."""
    )
    price = claim(sheet, "alan-price", "")
    brandt = claim(sheet, "ola-brandt", "attacked")
    assert not any(
        d.reason and "unfounded" in d.reason for d in (*price.disputes, *brandt.disputes)
    )


def test_a_denial_inside_what_a_speaker_says_answers_the_claim(sheet_of):
    sheet = sheet_of(
        """The union said managers had threatened workers who joined the strike.

In a statement, the company said it "categorically denies" that any worker was threatened."""
    )
    union = claim(sheet, "union", "threatened workers")
    company = claim(sheet, "company", "categorically denies")
    assert linked(union, company)
    assert reason(union, company).startswith("denies")


# -- answers in general news (0.4.1x) -------------------------------------------------


def test_an_account_named_by_whose_it_is_answers_that_source(sheet_of):
    sheet = sheet_of(
        """Clinic managers said on Monday that the outbreak was under control.

Nurses at the clinic said at least six patients had been infected since Friday.

The clinic's director, Martin Cole, said the nurses' account was inaccurate."""
    )
    nurses = claim(sheet, "nurses-at-the-clinic", "six patients")
    cole = next(c for c in sheet.claims if "account was inaccurate" in c.text)
    managers = claim(sheet, "clinic-managers", "under control")
    assert linked(nurses, cole)
    assert not linked(managers, cole)


def test_the_administration_s_figures_are_the_white_house_s(sheet_of):
    sheet = sheet_of(
        """The White House said the new tariffs had created 40,000 factory jobs since January.

An analysis by economist Paul Grant found that factory employment had fallen by 12,000 jobs over
the same period.

Democrats called the administration's figures misleading."""
    )
    white_house = claim(sheet, "united-states", "40,000 factory jobs")
    grant = claim(sheet, "paul-grant", "12,000 jobs")
    democrats = next(c for c in sheet.claims if "misleading" in c.text)
    assert linked(white_house, democrats)
    assert not linked(grant, democrats)


def test_a_company_that_strongly_disagrees_with_findings_answers_them(sheet_of):
    sheet = sheet_of(
        """Attorney General Rachel Moss accused Veltro Energy of overcharging customers by
$120 million over five years.

Veltro Energy said the company "strongly disagrees" with the attorney general's findings and
would fight the lawsuit in court."""
    )
    moss = claim(sheet, "rachel-moss", "overcharging")
    veltro = next(c for c in sheet.claims if "disagrees" in c.text)
    assert linked(moss, veltro)
    assert reason(moss, veltro).startswith("disagrees")


def test_a_counter_with_no_shared_words_answers_the_claim_just_before(sheet_of):
    sheet = sheet_of(
        """Governor Ellen Marsh said the bill would lower drug prices for millions of families.

Critics countered that it would do little for people without insurance."""
    )
    marsh = claim(sheet, "ellen-marsh", "lower drug prices")
    critics = claim(sheet, "critics", "without insurance")
    assert linked(marsh, critics)


def test_a_pointer_answers_the_claim_not_another_answer_s_grounds(sheet_of):
    sheet = sheet_of(
        """The transit workers union said Mayor Linda Harlow had cut bus maintenance budgets by
30 percent.

Harlow's office rejected the allegation, saying maintenance spending had risen every year.

"These claims are simply false," said deputy mayor Tom Reyes."""
    )
    grounds = claim(sheet, "harlow-s-office", "spending had risen")
    reyes = next(c for c in sheet.claims if "simply false" in c.text)
    union = claim(sheet, "transit-workers-union", "cut bus maintenance")
    assert linked(union, reyes)
    assert not linked(grounds, reyes)


def test_a_but_sentence_about_the_same_thing_is_an_opposite_account(sheet_of):
    sheet = sheet_of(
        """Clinic managers said on Monday that no new infections had been reported in a week.

But nurses at the clinic told reporters that six patients had caught infections since Friday."""
    )
    managers = claim(sheet, "clinic-managers", "no new infections")
    nurses = claim(sheet, "nurses-at-the-clinic", "six patients")
    assert linked(managers, nurses)
    assert "But" in reason(managers, nurses)


def test_a_denial_answers_the_source_s_claim_said_again(sheet_of):
    sheet = sheet_of(
        """Residents of Alder Creek said the Kestrel Mills paper plant had dumped chemical waste
into the Marrow River.

Kestrel Mills dismissed the claim as nonsense.

The residents said barrels of chemical waste had been seen floating in the Marrow River near
the plant at night."""
    )
    first = claim(sheet, "residents-of-alder-creek", "dumped chemical waste")
    again = next(c for c in sheet.claims if "barrels" in c.text)
    denial = next(c for c in sheet.claims if c.kind == "denial")
    assert linked(first, denial)
    assert linked(again, denial)
    assert "said again" in reason(again, denial)


def test_no_military_installations_targeted_is_no_clean_strike_account(sheet_of):
    sheet = sheet_of(
        """Peru's army said no military installations were targeted in the strikes on Ecuador.

Ecuador said five civilians were killed in the Peruvian strikes on the border town."""
    )
    assert no_links(sheet)


def test_a_however_after_the_subject_sets_its_source_against_the_claim_before(sheet_of):
    sheet = sheet_of(
        """Mayor Ana Pike said the new stadium would bring 3,000 permanent jobs to Harwell.

The builders' union, however, said the stadium would create few permanent jobs after
construction ends."""
    )
    pike = next(c for c in sheet.claims if "new stadium" in c.text)
    union = next(c for c in sheet.claims if "few permanent jobs" in c.text)
    assert linked(pike, union)
    assert "however" in reason(pike, union)


def test_calling_a_version_of_events_a_fabrication_answers_the_version(sheet_of):
    sheet = sheet_of(
        """Police Chief Ron Vega said officers had used minimal force to clear the encampment.

Protest organizers said officers had beaten demonstrators with batons.

Vega called their version of events "a complete fabrication"."""
    )
    organizers = claim(sheet, "protest-organizers", "beaten demonstrators")
    fabrication = next(c for c in sheet.claims if "version of events" in c.text)
    assert linked(organizers, fabrication)


def test_without_merit_is_shown_with_its_negation(sheet_of):
    sheet = sheet_of(
        """Prosecutors say Delgado steered $2.5 million in city contracts to a firm owned by his
brother-in-law.

Delgado's attorney, Sara Lin, said the allegations were without merit."""
    )
    prosecutors = claim(sheet, "prosecutors", "city contracts")
    lin = next(c for c in sheet.claims if "without merit" in c.text)
    assert "“without merit”" in reason(prosecutors, lin)


def test_a_report_called_flawed_is_answered_but_a_deplorable_attack_is_no_answer(sheet_of):
    sheet = sheet_of(
        """State Auditor Lena Marsh said the city had wasted $3 million on consultants who
produced no work.

Mayor Tom Reyes called the auditor's report deeply flawed and politically motivated.

The union said the factory had cut safety inspections by half this year.

The company called it a deplorable attack on its workers."""
    )
    marsh = claim(sheet, "lena-marsh", "wasted $3 million")
    reyes = claim(sheet, "tom-reyes", "report deeply flawed")
    assert linked(marsh, reyes)
    assert "flawed" in reason(marsh, reyes)
    union = next(c for c in sheet.claims if "safety inspections" in c.text)
    assert not union.disputes


def test_that_was_not_the_case_answers_the_claim_before(sheet_of):
    sheet = sheet_of(
        """Senator Joan Pratt said the governor had vetoed the school funding bill to punish rural
districts. The governor's spokesman, Dan Wills, said that was not the case and that the bill was
simply unaffordable."""
    )
    pratt = claim(sheet, "joan-pratt", "vetoed")
    wills = next(c for c in sheet.claims if "not the case" in c.text)
    assert linked(pratt, wills)
    assert "not the case" in reason(pratt, wills)


def test_the_grounds_an_answer_gives_dispute_what_it_answers(sheet_of):
    sheet = sheet_of(
        """Governor Mark Ellis claimed the new law would create 10,000 jobs. Economists at Halden
University disputed the estimate, saying the law would create fewer than 2,000."""
    )
    ellis = claim(sheet, "mark-ellis", "10,000 jobs")
    grounds = next(c for c in sheet.claims if "fewer than 2,000" in c.text)
    assert linked(ellis, grounds)
    assert reason(ellis, grounds).startswith("disputes it, saying")


def test_the_real_number_disputes_the_count_before(sheet_of):
    sheet = sheet_of(
        """Tollard Mills said the layoffs would affect about 200 workers. The machinists' union said
the real number was closer to 1,000."""
    )
    company = claim(sheet, "tollard-mills", "200 workers")
    union = next(c for c in sheet.claims if "real number" in c.text)
    assert linked(company, union)
    assert reason(company, union).startswith("different figures")


def test_rejected_accusations_of_what_no_claim_says_answer_the_accusation_before(sheet_of):
    sheet = sheet_of(
        """A former employee alleged in a complaint filed on Tuesday that Brightwater Bank had
opened accounts for customers without their consent.

Brightwater Bank has rejected accusations that it pressured staff to meet sales targets."""
    )
    complaint = claim(sheet, "former-employee", "without their consent")
    bank = next(c for c in sheet.claims if "sales targets" in c.text)
    assert linked(complaint, bank)


def test_arrests_counted_as_people_and_as_protesters_are_one_count(sheet_of):
    sheet = sheet_of(
        """Police said 14 people were arrested. Organizers said more than 60 protesters had been
detained."""
    )
    police = claim(sheet, "police", "14 people")
    organizers = claim(sheet, "organizers", "60 protesters")
    assert linked(police, organizers)
    assert reason(police, organizers) == "different figures: “14 people” against “60 protesters”"


def test_the_dead_and_the_injured_are_two_counts(sheet_of):
    sheet = sheet_of(
        """Peru's army said two Peruvian soldiers were killed near the border on Monday.

Ecuador said 12 Peruvian soldiers were wounded in the clash."""
    )
    assert no_links(sheet)
