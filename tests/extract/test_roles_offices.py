"""Roles as general news writes them: offices of courts, counties, prosecutors and
companies, before or after the name (invented people and bodies)."""

from __future__ import annotations


def actor(sheet, actor_id: str):
    found = sheet.actor(actor_id)
    assert found is not None, [(a.id, a.name, a.kind, a.role) for a in sheet.actors]
    return found


def ids(sheet) -> set[str]:
    return {a.id for a in sheet.actors}


def test_an_acting_office_after_the_name(sheet_of):
    # "acting" is tagged a verb; the appositive is still the role
    sheet = sheet_of("Tom Reyes, the acting director of the water board, said the dam was safe.")
    assert actor(sheet, "tom-reyes").role == "acting director of the water board"


def test_a_title_with_of_before_the_name_is_the_role_not_part_of_the_name(sheet_of):
    sheet = sheet_of(
        "Deputy Director of Public Prosecutions Eva Lind said the case was closed.\n\n"
        "Director of National Intelligence Tom Reyes said the threat was growing."
    )
    lind, reyes = actor(sheet, "eva-lind"), actor(sheet, "tom-reyes")
    assert (lind.kind, lind.role) == ("person", "Deputy Director of Public Prosecutions")
    assert (reyes.kind, reyes.role) == ("person", "Director of National Intelligence")
    assert ids(sheet) == {"eva-lind", "tom-reyes"}
    assert {c.by for c in sheet.claims} == {("eva-lind",), ("tom-reyes",)}


def test_a_name_in_apposition_to_a_title_with_of(sheet_of):
    sheet = sheet_of("The Director of Public Prosecutions, Eva Lind, said the case was closed.")
    lind = actor(sheet, "eva-lind")
    assert (lind.kind, lind.role) == ("person", "Director of Public Prosecutions")
    assert [c.by for c in sheet.claims] == [("eva-lind",)]


def test_offices_of_law_and_local_government_are_titles(sheet_of):
    sheet = sheet_of(
        "Chief Prosecutor Eva Lind said the case was closed.\n\n"
        "Lowford County Coroner Ana Ruiz said the death was accidental.\n\n"
        "Lowford Mayor Mara Quell said the budget was balanced.\n\n"
        "Lowford County Sheriff Tom Reyes said the suspect was in custody."
    )
    assert actor(sheet, "eva-lind").role == "Chief Prosecutor"
    assert actor(sheet, "ana-ruiz").role == "Lowford County Coroner"
    assert actor(sheet, "mara-quell").role == "Lowford Mayor"
    assert actor(sheet, "tom-reyes").role == "Lowford County Sheriff"
    assert ids(sheet) == {"eva-lind", "ana-ruiz", "mara-quell", "tom-reyes"}


def test_two_titles_joined_by_and_before_the_name(sheet_of):
    sheet = sheet_of(
        "Lowford Water founder and former chief executive Tom Reyes said the dam was safe.\n\n"
        "Lowford Water said it would appeal."
    )
    reyes = actor(sheet, "tom-reyes")
    assert reyes.role == "Lowford Water founder and former chief executive"
    assert reyes.affiliation == "lowford-water"
    assert actor(sheet, "lowford-water").kind == "organisation"
    assert ids(sheet) == {"tom-reyes", "lowford-water"}


def test_an_office_given_in_a_relative_clause(sheet_of):
    sheet = sheet_of(
        "Tom Reyes, who was named police chief in May, said the dam was safe.\n\n"
        "Eva Lind, who is a good leader, said the dam was not safe."
    )
    assert actor(sheet, "tom-reyes").role == "police chief"
    assert actor(sheet, "eva-lind").role is None  # a judgement, not an office


def test_the_body_a_titled_person_serves_written_after_the_name(sheet_of):
    sheet = sheet_of("Judge Tom Reyes of the Lowford District Court said the case was closed.")
    reyes = actor(sheet, "tom-reyes")
    assert reyes.role == "Judge of the Lowford District Court"
    assert reyes.affiliation == "lowford-district-court"


def test_a_rank_written_short_with_its_full_stop(sheet_of):
    sheet = sheet_of("Detective Sgt. Tom Reyes said the suspect was in custody.")
    assert actor(sheet, "tom-reyes").role == "Detective Sgt"  # as written (no closing stop)


def test_members_council_seats_and_agents_are_titles(sheet_of):
    sheet = sheet_of(
        "Lowford City Council member Eva Lind said the budget was balanced.\n\n"
        "Councilwoman Ana Ruiz said the budget was not balanced.\n\n"
        "Special Agent Tom Reyes said the suspect was in custody."
    )
    assert actor(sheet, "eva-lind").role == "Lowford City Council member"
    assert actor(sheet, "ana-ruiz").role == "Councilwoman"
    assert actor(sheet, "tom-reyes").role == "Special Agent"


def test_a_body_named_with_of_before_a_title(sheet_of):
    sheet = sheet_of(
        "Board of Education President Eva Lind said the schools would reopen.\n\n"
        "Lowford Schools Superintendent Tom Reyes said the buses would run."
    )
    assert actor(sheet, "eva-lind").role == "Board of Education President"
    assert actor(sheet, "tom-reyes").role == "Lowford Schools Superintendent"
    assert "lowford-schools" not in ids(sheet)  # named only in the title: no actor
