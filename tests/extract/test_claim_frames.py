"""A claim's verb is the verb of saying beside what is said, its text is what that verb
introduces, and what a verb outside the lexicon of claim verbs does is no claim.

Invented text only.  Each test names the rule it pins down.
"""

from __future__ import annotations

from generator.factsheet.model import FactSheet

OPENING = "Senator Dale Hume spoke at a fundraiser in Ohio on Tuesday.\n\n"


def said(sheet: FactSheet) -> list[tuple[str, str]]:
    return [(c.verb, c.text) for c in sheet.claims]


def test_the_verb_of_saying_next_to_the_quote_is_the_claims_verb(sheet_of):
    # the parse makes "joked" part of the object and hangs the quote on "adopted"
    sheet = sheet_of(
        OPENING + "He then adopted a fake Southern accent and joked, “But I’mma just gonna "
        "make it easier for them to laugh at me.”"
    )
    claims = [c for c in sheet.claims if "laugh at me" in c.text]
    assert claims, said(sheet)
    assert claims[0].verb == "jokes", said(sheet)


def test_by_saying_leaves_the_thing_explained_out_of_the_claim(sheet_of):
    sheet = sheet_of(
        "Governor Ruth Okafor spoke to reporters on Monday. She explained the sudden delay "
        "by saying: “It was because the budget office lost the forms.”"
    )
    claims = [c for c in sheet.claims if "budget office" in c.text]
    assert claims, said(sheet)
    assert claims[0].text == "“It was because the budget office lost the forms.”", said(sheet)


def test_a_learned_verb_with_a_thing_or_a_person_after_it_is_a_deed(sheet_of):
    sheet = sheet_of(
        "Mayor Lena Cruz campaigned against Tom Hardy in the spring. Cruz sued a sitting "
        "governor last year. Cruz spoke against the backdrop of a burning factory. Radio "
        "host Carl Benning doubled down on his fiery rhetoric by reading a long passage."
    )
    assert sheet.claims == (), said(sheet)


def test_a_learned_verb_with_a_deed_to_do_is_no_claim(sheet_of):
    sheet = sheet_of(
        "Radio host Carl Benning spoke to listeners on Friday. He proceeded to recite "
        '1 Corinthians 13:4-7 from the Bible, saying: "These are the days we were warned '
        'about."'
    )
    assert said(sheet) == [("says", '"These are the days we were warned about."')]


def test_hoping_is_read_as_hope(sheet_of):
    sheet = sheet_of(
        "Governor Ruth Okafor is hoping a late surge of voters will carry her to victory."
    )
    assert "hops" not in [c.verb for c in sheet.claims], said(sheet)
    assert "hopes" in [c.verb for c in sheet.claims], said(sheet)


def test_a_name_or_a_year_after_a_number_is_no_figure(sheet_of):
    sheet = sheet_of(
        'Pastor Ned Lyle read aloud from the Bible, saying: "I quote 2 Timothy here because '
        "40 families in this town need hope, as they did after the 1967 war. One Norwegian "
        'came to help."'
    )
    figures = [(f.value, f.unit) for c in sheet.claims for f in c.figures]
    assert figures == [(40, "families"), (1, "norwegian")], figures


def test_a_dateline_opening_the_sentence_is_not_part_of_the_claim(sheet_of):
    sheet = sheet_of(
        "SPRINGFIELD, Ill., March 4 (AP) — Young voters are drifting toward Mayor Lena Cruz, "
        "a new survey by the Civic Trust indicates."
    )
    claims = [c for c in sheet.claims if "Young voters" in c.text]
    assert claims, said(sheet)
    assert claims[0].text.startswith("Young voters"), said(sheet)


def test_a_dateline_of_a_place_and_its_region_in_capitals_is_not_part_of_the_claim(sheet_of):
    sheet = sheet_of(
        "NORTH BAY, TOLVIK — The storm has left the harbour in ruins, according to an "
        "investigation by the Harbour Trust."
    )
    claims = [c for c in sheet.claims if "harbour in ruins" in c.text]
    assert claims, said(sheet)
    assert claims[0].text.startswith("The storm"), said(sheet)


def test_by_saying_inside_an_accusation_stays_the_accused_deed(sheet_of):
    sheet = sheet_of(
        "Senator Dale Hume spoke on Monday. Hume accused the mayor of misleading voters by "
        "saying that the bridge was safe."
    )
    claims = [c for c in sheet.claims if "bridge was safe" in c.text]
    assert claims, said(sheet)
    assert "misleading voters" in claims[0].text, said(sheet)
