"""Names that are no actors, and one actor per body (invented people, places and events):
"the Ministry of Foreign Affairs" is the one state's ministry of that name, and the state
stays beside it; a place named only as where a photo was taken is no actor; capitalised
common words (a sentence's first participle, a hyphenated modifier, a fact-checker's
verdict) name no one; a name cut to its surname at a sentence's start is read whole; a
company read as a place that speaks is an organisation."""

from __future__ import annotations


def names(sheet) -> set[str]:
    return {a.name for a in sheet.actors}


def test_the_ministry_of_foreign_affairs_is_the_one_states_ministry(sheet_of):
    sheet = sheet_of(
        "Peru's Ministry of Foreign Affairs said on Monday it had summoned the ambassador.\n\n"
        "Peru has closed its border. The Ministry of Foreign Affairs later said talks would "
        "go ahead."
    )
    ministries = [a for a in sheet.actors if "ministry" in a.name.lower()]
    assert len(ministries) == 1
    assert "Ministry of Foreign Affairs" in ministries[0].aliases


def test_a_place_named_only_under_a_photo_is_no_actor(sheet_of):
    sheet = sheet_of(
        "The photographer Lena Voss was hurt in the blast near the border, officials said.\n\n"
        "Image: Lena Voss takes a picture in Kestrel, Norway, March 2, 2021.\n\n"
        "Officials said the inquiry would take months."
    )
    assert not names(sheet) & {"Kestrel", "Norway"}
    assert "Lena Voss" in names(sheet)


def test_a_sentences_first_participle_is_no_name(sheet_of):
    sheet = sheet_of(
        "Televised remarks by the minister drew criticism, said Mark Olsen, an analyst."
    )
    assert names(sheet) == {"Mark Olsen"}


def test_a_hyphenated_modifier_is_no_name(sheet_of):
    sheet = sheet_of("The Bush-era rules were scrapped last year, said Mark Olsen, an analyst.")
    assert names(sheet) == {"Mark Olsen"}


def test_a_fact_checkers_verdict_is_no_name(sheet_of):
    sheet = sheet_of(
        "The claim that the senator voted twice is Mostly True, said Mark Olsen, an analyst."
    )
    assert names(sheet) == {"Mark Olsen"}


def test_a_name_cut_to_its_surname_at_a_sentences_start_is_read_whole(sheet_of):
    sheet = sheet_of('Ana Lee said the vote was close. Lee added that it was "a surprise".')
    assert [(a.name, a.aliases) for a in sheet.actors] == [("Ana Lee", ("Lee",))]


def test_a_company_read_as_a_place_that_speaks_is_an_organisation(sheet_of):
    sheet = sheet_of(
        "The series will stream on Netflix from June. Netflix said the show had been renewed."
    )
    assert [(a.name, a.kind) for a in sheet.actors] == [("Netflix", "organisation")]
