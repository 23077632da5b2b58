"""One actor per person or body, where news names them two ways: an epithet for a
state with an office ("the Jewish state's premier"), a definite "the group of ..." after
"a group of ...", a bare surname beside someone the text calls by a longer one, and
"rebel sources" beside "rebels" (invented people and events)."""

from __future__ import annotations


def ids(sheet) -> set[str]:
    return {a.id for a in sheet.actors}


def test_a_states_premier_by_epithet_is_its_prime_minister(sheet_of):
    sheet = sheet_of(
        "The United States changed its policy on Tuesday, while the Jewish state's premier "
        "cheered the move.\n\n"
        'Israeli Prime Minister Benjamin Netanyahu said the decision "righted a wrong".'
    )
    assert ids(sheet) == {"united-states", "israel", "benjamin-netanyahu"}
    assert {c.by for c in sheet.claims} == {("benjamin-netanyahu",)}


def test_the_group_of_after_a_group_of_is_that_group(sheet_of):
    sheet = sheet_of(
        "A group of independent United Nations experts warned on Monday that the reef was "
        "at grave risk.\n\n"
        '"We are running out of time," the group of U.N. special rapporteurs said in a '
        "statement."
    )
    groups = [a.id for a in sheet.actors if a.kind == "group"]
    assert groups == ["group-of-independent-united-nations-experts"]
    assert {c.by for c in sheet.claims} == {("group-of-independent-united-nations-experts",)}


def test_a_bare_surname_is_not_the_one_called_by_a_longer_one(sheet_of):
    sheet = sheet_of(
        "Abu Karim Haddad, 44, agreed that the war had to end.\n\n"
        "A deal was still possible, Nadim Abu Haddad told reporters. Abu Haddad is the head "
        "of the Dialogue Group in Cairo.\n\n"
        'Haddad, in Gaza, stressed the importance of diplomacy. "We need peace," said Haddad.'
    )
    assert "Haddad" in sheet.actor("abu-karim-haddad").aliases
    assert "Haddad" not in sheet.actor("nadim-abu-haddad").aliases
    (peace,) = [c for c in sheet.claims if "peace" in c.text]
    assert peace.by == ("abu-karim-haddad",)


def test_rebel_sources_are_the_rebels(sheet_of):
    sheet = sheet_of(
        "The army said it had taken the town. Rebel sources said clashes were continuing in "
        "the west.\n\n"
        "Rebels said drones had struck army positions near the frontline."
    )
    rebels = [a for a in sheet.actors if "rebel" in a.id]
    assert [(a.name, a.aliases) for a in rebels] == [("Rebel sources", ("Rebels",))]
