"""Disputes outside wars: a policy said to work against said to fail, a company's
defence against a regulator's charge.  Invented text only; each rule has a test that
fails without it, and the cases that must not link.
"""

from __future__ import annotations

from tests.extract.test_extract_disputes import claim, linked, reason


def test_a_policy_said_to_work_against_said_to_fail_is_a_dispute(sheet_of):
    sheet = sheet_of(
        """Mayor Tom Reyes said the new curfew had worked, cutting burglaries across the city.

Opposition councillors said the curfew had failed and had only pushed crime into the
suburbs."""
    )
    mayor = claim(sheet, "tom-reyes", "curfew had worked")
    councillors = claim(sheet, "opposition-councillors", "curfew had failed")
    assert linked(mayor, councillors)
    assert reason(mayor, councillors) == "opposite accounts: “had worked” against “had failed”"


def test_failing_to_act_and_working_with_someone_judge_no_policy(sheet_of):
    sheet = sheet_of(
        """Mayor Tom Reyes said the council had worked with the police on the curfew.

Opposition councillors said the council had failed to publish the curfew figures."""
    )
    mayor = claim(sheet, "tom-reyes", "worked with the police")
    councillors = claim(sheet, "opposition-councillors", "failed to publish")
    assert not linked(mayor, councillors)


def test_the_same_policy_said_to_work_by_two_sources_is_no_dispute(sheet_of):
    sheet = sheet_of(
        """Mayor Tom Reyes said the new curfew had worked.

Opposition councillors said the curfew had succeeded, but at too high a cost."""
    )
    mayor = claim(sheet, "tom-reyes", "curfew had worked")
    councillors = claim(sheet, "opposition-councillors", "succeeded")
    assert not linked(mayor, councillors)


def test_a_company_that_followed_the_rules_answers_a_regulator_saying_it_misled(sheet_of):
    sheet = sheet_of(
        """The Financial Conduct Authority said Acme Bank had misled thousands of customers
about the fees on its savings accounts.

Acme Bank said its advertising had always been accurate and that it had followed the
rules."""
    )
    regulator = claim(sheet, "financial-conduct-authority", "misled")
    bank = claim(sheet, "acme-bank", "followed the rules")
    assert linked(regulator, bank)
    assert reason(regulator, bank) == "answers the accusation: “followed the rules”"
