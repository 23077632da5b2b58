"""Claims: sources resolved through pronouns, descriptions, capitals and relays; figures."""

from __future__ import annotations

from generator.factsheet.model import Claim, FactSheet


def claim(sheet: FactSheet, by: str, words: str) -> Claim:
    found = [c for c in sheet.claims if by in c.by and words in c.text]
    assert found, f"no claim by {by} with {words!r}: {[(c.by, c.text) for c in sheet.claims]}"
    return found[0]


def test_pronoun_and_description_sources(sheet_of):
    sheet = sheet_of(
        """Moldova's interior ministry said the border crossing at Palanca had been closed.

It said three police officers had been injured by stones thrown from the crowd.

The ministry said the crossing would reopen once the area was secure."""
    )
    assert claim(sheet, "moldova-interior-ministry", "border crossing").by == (
        "moldova-interior-ministry",
    )
    assert claim(sheet, "moldova-interior-ministry", "three police officers")
    assert claim(sheet, "moldova-interior-ministry", "would reopen")
    assert sheet.actor("moldova-interior-ministry").affiliation == "moldova"


def test_spokeswoman_for_the_ministry(sheet_of):
    sheet = sheet_of(
        """Norwegian foreign minister Kari Dahl "is working to bring both delegations back to
the table", a spokeswoman for the ministry said."""
    )
    said = claim(sheet, "norway-foreign-ministry", "is working to bring")
    assert "kari-dahl" in said.about
    dahl = sheet.actor("kari-dahl")
    assert dahl.role == "Foreign Minister of Norway" and dahl.affiliation == "norway"


def test_figures_with_sides(sheet_of):
    sheet = sheet_of(
        """Georgia's defence ministry said it had destroyed 12 Russian tanks and three
helicopters in the fighting.

Russia's defence ministry said two of its tanks had been damaged."""
    )
    georgia = claim(sheet, "georgia-defence-ministry", "12 Russian tanks")
    assert [(f.value, f.unit, f.side) for f in georgia.figures] == [
        (12, "tanks", "russia"),
        (3, "helicopters", "russia"),
    ]


def test_relayed_source_is_kept_as_via(sheet_of):
    sheet = sheet_of(
        "Ilham Aliyev was quoted as saying by the Interfax news agency that the army would "
        "not stop."
    )
    relayed = claim(sheet, "ilham-aliyev", "the army would not stop")
    assert relayed.via == "interfax"
    assert sheet.actor("interfax").kind == "organisation"


def test_according_to_and_capital_admissions(sheet_of):
    sheet = sheet_of(
        """The ceasefire collapsed, according to Armenia's foreign ministry.

Baku admitted that two of its helicopters had been lost."""
    )
    assert claim(sheet, "armenia-foreign-ministry", "The ceasefire collapsed")
    admission = claim(sheet, "azerbaijan", "two of its helicopters")
    assert admission.kind == "admission"
    assert [(f.value, f.unit) for f in admission.figures] == [(2, "helicopters")]


def test_both_sides_are_the_two_main_states(sheet_of):
    sheet = sheet_of(
        """Fighting between Armenia and Azerbaijan continued on Monday, Armenia said.

Azerbaijan said its troops had advanced. Both sides have reported civilian deaths."""
    )
    assert claim(sheet, "armenia", "civilian deaths").by == ("armenia", "azerbaijan")


def test_coordinated_sources_but_not_an_and_inside_a_role(sheet_of):
    sheet = sheet_of(
        """Armenia and Azerbaijan accused each other of shelling the border villages.

Anna Berg, President Lars Holm's adviser on legal and international affairs, said the
case was strong."""
    )
    assert claim(sheet, "armenia", "shelling").by == ("armenia", "azerbaijan")
    assert claim(sheet, "anna-berg", "the case was strong").by == ("anna-berg",)


def test_she_said_is_the_person_just_named_in_the_paragraph(sheet_of):
    sheet = sheet_of(
        """Omar Haddad, a doctor at the hospital, said the ward was full.

One of those who fled was 30-year-old Lena Ortiz. “We left at night,” she said."""
    )
    assert claim(sheet, "lena-ortiz", "We left at night")


def test_a_passive_report_of_an_event_is_no_claim(sheet_of):
    sheet = sheet_of(
        "Although a truce was agreed in 2008, Georgia and Russia still accuse each other of "
        "provocations along the boundary line."
    )
    assert not [c for c in sheet.claims if "truce" in c.text], [
        (c.by, c.text) for c in sheet.claims
    ]
    assert claim(sheet, "georgia", "provocations").kind == "accusation"


def test_the_writers_guess_at_what_states_will_want_is_no_claim(sheet_of):
    sheet = sheet_of(
        "The two neighbours - Poland and Ukraine - will not want to see another dispute over "
        "grain, not least because of the harvest.\n\n"
        "Poland wants the border crossings to stay open, its foreign ministry said."
    )
    assert not [c for c in sheet.claims if "another dispute" in c.text], [
        (c.by, c.text) for c in sheet.claims
    ]


def test_members_of_a_family_are_counted_as_family_members(sheet_of):
    sheet = sheet_of(
        "Moldova's interior ministry said four members of the same family had been killed "
        "by a landslide near Orhei."
    )
    said = claim(sheet, "moldova-interior-ministry", "four members")
    assert [(f.value, f.unit) for f in said.figures] == [(4, "family members")]


def test_he_said_skips_the_woman_named_last(sheet_of):
    sheet = sheet_of(
        "Mr. Peter Holm was criticised at the council meeting by the mayor, Ms. Anna Berg. "
        "He said the harbour plan was unworkable."
    )
    assert claim(sheet, "peter-holm", "harbour plan")


def test_he_said_is_the_subject_before_the_object(sheet_of):
    sheet = sheet_of(
        "Peter Holm criticised Jonas Lind at the council meeting on Tuesday. He said the "
        "harbour plan was unworkable."
    )
    assert claim(sheet, "peter-holm", "harbour plan")


def test_a_spokeswoman_is_she(sheet_of):
    sheet = sheet_of(
        "Tomas Brandt questioned Marta Quell, a spokeswoman for the port authority, at the "
        "hearing. She said the ferries would run again in May."
    )
    assert claim(sheet, "marta-quell", "ferries would run")


def test_deeds_reported_as_news_are_not_claims(sheet_of):
    sheet = sheet_of(
        "Fighting resumed on Monday.\n\n"
        "The Moldovan army fired two shells at a clearly marked convoy of aid workers near "
        "the border.\n\n"
        "The war ended in 2008. Georgia embraced the private sector after the war, and "
        "Russia delivered a manual for good governance."
    )
    assert not [c for c in sheet.claims if c.verb in ("fires", "delivers")], [
        (c.by, c.verb, c.text) for c in sheet.claims
    ]


def test_declaring_a_state_is_an_act_but_urging_one_is_a_demand(sheet_of):
    sheet = sheet_of(
        "Moldova and Transnistria declared a state of emergency on Monday. Gagauzia "
        "declared independence from Moldova in 1990.\n\n"
        "The European Union urged an immediate ceasefire, and Romania's foreign ministry "
        "declared that the border would stay open."
    )
    texts = [c.text for c in sheet.claims]
    assert not [t for t in texts if "emergency" in t or "independence" in t], texts
    assert claim(sheet, "european-union", "ceasefire").kind == "demand"
    assert [c for c in sheet.claims if "border would stay open" in c.text], texts


def test_people_quoted_without_a_name_are_an_unnamed_source(sheet_of):
    sheet = sheet_of(
        "Shelling hit the port of Varen on Sunday, Corvian officials said.\n\n"
        "Witnesses told reporters that two of the three cranes were destroyed.\n\n"
        "Some of the analysts said the port would not reopen before spring.\n\n"
        "The storm flattened several warehouses, it was reported."
    )
    groups = {a.name: a for a in sheet.actors if a.role == "unnamed source"}
    assert set(groups) == {"Corvian officials", "Witnesses", "Analysts"}, groups
    assert all(a.kind == "group" for a in groups.values())
    assert claim(sheet, groups["Witnesses"].id, "cranes were destroyed")
    assert claim(sheet, groups["Corvian officials"].id, "Shelling hit the port")
    assert not [c for c in sheet.claims if "warehouses" in c.text]


def test_a_claim_reads_without_its_complementizer(sheet_of):
    sheet = sheet_of(
        "Moldova's army said that two bridges over the Varen had been blown up. "
        "Later the rebels denied that claim."
    )
    army = next(c for c in sheet.claims if "bridges" in c.text)
    assert army.text.startswith("two bridges"), army.text
    denial = next(c for c in sheet.claims if c.kind == "denial")
    assert denial.text == "that claim"


def test_he_said_after_a_paragraph_where_someone_spoke_is_that_speaker(sheet_of):
    sheet = sheet_of(
        "Mayor Tomas Brenn said the port of Varna would be rebuilt within a year.\n\n"
        "Marek Olsen, 61, a fisherman who watched the storm, said the moment he heard "
        "the siren he ran to his boat.\n\n"
        '"Then the second wave came and we lost everything. The boat was gone," he said.'
    )
    wave = next(c for c in sheet.claims if "second wave" in c.text)
    assert wave.by == ("marek-olsen",), wave.by
