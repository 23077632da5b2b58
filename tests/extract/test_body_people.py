"""The plural word for a body's people is that body when the article names one such body
(invented bodies): "prosecutors said" after "the Lanmark Prosecution Authority"; with two
prosecution offices named, "prosecutors said" stays a group of its own."""

from __future__ import annotations


def source_of(sheet, words: str):
    claim = next(c for c in sheet.claims if words in c.text)
    return sheet.actor(claim.by[0])


def test_prosecutors_are_the_one_prosecution_authority_named(sheet_of):
    sheet = sheet_of(
        "The Lanmark Prosecution Authority said it had reopened the case against Tom "
        "Reller. Prosecutors said new evidence had emerged."
    )
    assert source_of(sheet, "new evidence").name == "Lanmark Prosecution Authority"
    assert "Prosecutors" not in {a.name for a in sheet.actors}


def test_prosecutors_with_two_prosecution_offices_named_stay_a_group(sheet_of):
    sheet = sheet_of(
        "The Varen Prosecution Authority and the Lesk Prosecution Service opened cases "
        "against Tom Reller. Prosecutors said new evidence had emerged."
    )
    prosecutors = source_of(sheet, "new evidence")
    assert prosecutors.kind == "group", prosecutors
