"""Claims on news in general: he/she read against gender, documents given to who issued
them, related-links lines, and a claim's text without the word tying it to the sentence
before.  Invented text only."""

from __future__ import annotations

from generator.factsheet.model import Claim, FactSheet


def by_words(sheet: FactSheet, words: str) -> Claim:
    found = [c for c in sheet.claims if words in c.text]
    assert found, [(c.by, c.text) for c in sheet.claims]
    return found[0]


def test_he_is_not_the_woman_the_sentence_called_she(sheet_of):
    sheet = sheet_of(
        "Tomas Brenn, the harbour master, met the council at the town hall on Monday.\n\n"
        "He thinks Ines Marr is capable but has no idea whether she will stay. He also "
        "believes the port will reopen by spring, he said."
    )
    assert by_words(sheet, "port will reopen").by == ("tomas-brenn",)


def test_a_paragraph_that_opens_on_he_keeps_him_over_a_person_asked_about(sheet_of):
    sheet = sheet_of(
        "Tomas Brenn has run the harbour board for ten years, and Brenn still runs it alone."
        "\n\nAs I sit opposite Tomas Brenn in his office by the harbour, I ask if Karl Oster "
        "can last two terms.\n\n"
        '"Yes, of course, he is only beginning," he snaps. "Give the man a chance."\n\n'
        "The look he gives me when I ask about Oster is the same one he gave me years ago "
        'when I asked him about the harbour. "How would I find the time to read that '
        'report?" he said.'
    )
    assert by_words(sheet, "find the time").by == ("tomas-brenn",)


def test_the_statement_is_the_body_that_issued_it_not_the_person_quoted_last(sheet_of):
    sheet = sheet_of(
        "The Harwick Port Authority said on Monday that the harbour would close for repairs. "
        "Tomas Brenn, a fisherman, said the closure would ruin the season.\n\n"
        '"The works cannot wait any longer," the statement said.'
    )
    assert by_words(sheet, "cannot wait").by == ("harwick-port-authority",)


def test_the_statement_is_who_spoke_in_a_statement(sheet_of):
    sheet = sheet_of(
        "Ines Marr, the mayor, said in a statement that the harbour would close. The Harwick "
        "Port Authority said the repairs were overdue.\n\n"
        "The statement added that the town would pay for the works."
    )
    assert by_words(sheet, "town would pay").by == ("ines-marr",)


def test_the_release_is_the_company_that_announced(sheet_of):
    sheet = sheet_of(
        "Velmor Shipping announced a new route to Ostrand. The mayor, Ines Marr, welcomed "
        "the news.\n\nAccording to the release, the route will create 200 jobs."
    )
    assert by_words(sheet, "200 jobs").by == ("velmor-shipping",)


def test_a_spokesperson_in_a_statement_speaks_for_the_body(sheet_of):
    sheet = sheet_of(
        "The Harwick Port Authority closed the harbour on Monday, angering Tomas Brenn and "
        "other fishermen.\n\nA spokesperson said in a statement that the works could not wait."
    )
    assert by_words(sheet, "could not wait").by == ("harwick-port-authority",)


def test_a_report_in_a_newspaper_is_the_newspapers(sheet_of):
    sheet = sheet_of(
        "Tomas Brenn, the harbour master, defended the closure on Monday.\n\n"
        "A report in the Harwick Gazette said the repairs would cost twice the estimate."
    )
    assert by_words(sheet, "twice the estimate").by == ("harwick-gazette",)


def test_a_related_links_line_gives_no_claim(sheet_of):
    sheet = sheet_of(
        "Tomas Brenn said the harbour would close for repairs.\n\n"
        "Read more: Port workers say the closure will ruin the season"
    )
    assert not [c for c in sheet.claims if "ruin the season" in c.text]


def test_a_claim_text_opens_without_its_but(sheet_of):
    sheet = sheet_of(
        "Tomas Brenn, the harbour master, spoke on Monday.\n\n"
        "But the harbour will close for a month, he said."
    )
    assert by_words(sheet, "close for a month").text == "The harbour will close for a month"
