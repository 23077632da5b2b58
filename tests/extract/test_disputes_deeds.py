"""A denial of a deed answers every claim by another side that says the denier did it
(:mod:`generator.extract.disputes.deeds`), and nothing else: not a claim that the deed
was not done, not a claim that someone else did it, not a claim of the denier's side."""

from __future__ import annotations

from tests.extract.test_extract_disputes import claim, linked, reason

STORY = """Union leader Sam Ortiz said Brightline dumped waste oil into the river last spring.

Inspector Mia Lund said Velora had dumped paint into the canal.

Inspector Carl Berg said Brightline had not dumped anything.

The Green Party has accused Brightline of dumping chemicals near a school, a claim which
Brightline denies."""


def test_a_denied_deed_answers_another_claim_that_the_denier_did_it(sheet_of):
    sheet = sheet_of(STORY)
    ortiz = claim(sheet, "sam-ortiz", "dumped waste oil")
    denial = next(c for c in sheet.claims if c.by == ("brightline",) and c.kind == "denial")
    assert linked(ortiz, denial)
    assert reason(ortiz, denial) == "denies “dumping” (the same deed)"


def test_a_denied_deed_does_not_answer_the_deed_of_another_or_a_deed_not_done(sheet_of):
    sheet = sheet_of(STORY)
    denial = next(c for c in sheet.claims if c.by == ("brightline",) and c.kind == "denial")
    velora = claim(sheet, "mia-lund", "Velora had dumped")
    berg = claim(sheet, "carl-berg", "not dumped")
    assert not linked(velora, denial)
    assert not linked(berg, denial)


def test_a_denied_deed_does_not_answer_its_own_side(sheet_of):
    sheet = sheet_of(
        """Brightline spokesman Al Cruz said Brightline dumped its old trucks at an auction.

Velora has accused Brightline of dumping waste in the river, which Brightline denied."""
    )
    cruz = claim(sheet, "al-cruz", "old trucks")
    assert not cruz.disputes


def test_another_deed_of_the_denier_with_what_it_denies_sending_is_answered(sheet_of):
    sheet = sheet_of(
        """Two union sources said Brightline is sending replacement drivers to the depot.

Union lawyer Sam Ortiz said Brightline had hired the drivers through an agency.

Inspector Mia Lund said Brightline had hired the cleaners through an agency.

Brightline denied sending any drivers to the depot."""
    )
    denial = claim(sheet, "brightline", "sending any drivers")
    ortiz = claim(sheet, "sam-ortiz", "hired the drivers")
    lund = claim(sheet, "mia-lund", "hired the cleaners")
    assert linked(ortiz, denial)
    assert reason(ortiz, denial) == "denies “drivers” (the same deed)"
    assert not linked(lund, denial)  # another deed, done to others: no dispute
