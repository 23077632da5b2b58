"""Disputes: contradicting claims linked both ways, unrelated ones left alone."""

from __future__ import annotations

from generator.factsheet.model import Claim, FactSheet


def claim(sheet: FactSheet, by: str, words: str) -> Claim:
    found = [c for c in sheet.claims if by in c.by and words in c.text]
    assert found, f"no claim by {by} with {words!r}: {[(c.by, c.text) for c in sheet.claims]}"
    return found[0]


def test_conflicting_tallies_are_disputes(sheet_of):
    sheet = sheet_of(
        """Armenia said it had shot down four Azerbaijani drones on Monday.

Azerbaijan said it had lost two Azerbaijani drones in the fighting."""
    )
    armenia = claim(sheet, "armenia", "four Azerbaijani drones")
    azerbaijan = claim(sheet, "azerbaijan", "two Azerbaijani drones")
    assert azerbaijan.id in armenia.disputes and armenia.id in azerbaijan.disputes


def test_denials_dispute_what_they_deny(sheet_of):
    sheet = sheet_of(
        """Serbia said its police had arrested four armed men near the border crossing.

Kosovo denied that any armed men had been arrested near the border crossing.

The army said it had shot down three drones, which Croatia denied."""
    )
    arrest = claim(sheet, "serbia", "arrested four armed men")
    denial = claim(sheet, "kosovo", "armed men had been arrested")
    assert denial.kind == "denial"
    assert denial.id in arrest.disputes and arrest.id in denial.disputes
    relative = next(c for c in sheet.claims if c.by == ("croatia",))
    assert relative.kind == "denial" and "three drones" in relative.text


def test_contrasting_accounts_in_one_sentence(sheet_of):
    sheet = sheet_of(
        """India's army said Pakistani troops opened fire first, while Pakistan said the
Indian side attacked first."""
    )
    india = claim(sheet, "india-military", "opened fire first")
    pakistan = claim(sheet, "pakistan", "attacked first")
    assert pakistan.id in india.disputes and india.id in pakistan.disputes


def test_unrelated_statements_are_not_disputes(sheet_of):
    sheet = sheet_of(
        """Germany said it would send medical supplies, while Italy said it was ready to host
talks."""
    )
    assert all(not c.disputes for c in sheet.claims)


def test_denial_of_a_report_disputes_that_sides_claim(sheet_of):
    sheet = sheet_of(
        """Azerbaijan's defence ministry said six Armenian tanks had been destroyed.

The Armenian government denied the Azeri report on the number of casualties."""
    )
    tally = claim(sheet, "azerbaijan-defence-ministry", "six Armenian tanks")
    denial = claim(sheet, "armenia", "the Azeri report")
    assert denial.kind == "denial"
    assert denial.disputes == (tally.id,) and tally.disputes == (denial.id,)


def test_tallies_in_singular_and_plural_are_the_same_losses(sheet_of):
    sheet = sheet_of(
        """Armenia said it had shot down three Azerbaijani helicopters.

Azerbaijan said it had lost one Azerbaijani helicopter."""
    )
    armenia = claim(sheet, "armenia", "three Azerbaijani helicopters")
    azerbaijan = claim(sheet, "azerbaijan", "one Azerbaijani helicopter")
    assert azerbaijan.id in armenia.disputes
