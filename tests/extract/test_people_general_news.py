"""People as general news (courts, business, health, science) writes them: a role after
the name that starts with a participle ("founding director", "managing editor"), a long
role that ends in a relative clause, one man under a short given name, a full name with a
middle initial and one with "Jr." (invented people, towns and bodies)."""

from __future__ import annotations


def actor(sheet, actor_id: str):
    found = sheet.actor(actor_id)
    assert found is not None, [(a.id, a.name, a.kind, a.role) for a in sheet.actors]
    return found


def test_a_role_after_the_name_may_start_with_a_participle(sheet_of):
    sheet = sheet_of(
        '"We never saw this before," said Aseem Varn, founding director of the Center '
        "for Urban Policy.\n\n"
        "Sales rose, said Tom Reyes, the managing editor of the Lowford Star."
    )
    assert actor(sheet, "aseem-varn").role == "founding director of the Center for Urban Policy"
    assert actor(sheet, "tom-reyes").role == "managing editor of the Lowford Star"


def test_a_long_role_ended_by_a_relative_clause(sheet_of):
    sheet = sheet_of(
        "Ian Corrow, an expert in drug use and mental health at the Department of Health "
        "Sciences at the Lowford University School of Medicine who did not work on the "
        'study, told the Daily Post: "The risk is real."'
    )
    assert actor(sheet, "ian-corrow").role == (
        "expert in drug use and mental health at the Department of Health Sciences at the "
        "Lowford University School of Medicine"
    )


def test_one_man_under_a_short_given_name_a_middle_initial_and_a_suffix(sheet_of):
    sheet = sheet_of(
        "Peter Dorsal Jr., 55, could face ten years in prison after pleading guilty.\n\n"
        "Sonya Velt, Dorsal's attorney, said her client did not intend harm.\n\n"
        '"Pete Dorsal is passionate about his beliefs," she said in an email.\n\n'
        "Mayor Ana Ruiz wrote about the sentencing of Peter W. Dorsal, a man convicted of "
        "threatening her."
    )
    people = [a.name for a in sheet.actors if a.kind == "person"]
    assert sorted(people) == ["Ana Ruiz", "Peter Dorsal Jr.", "Sonya Velt"]
    assert set(actor(sheet, "peter-dorsal-jr").aliases) >= {"Pete Dorsal", "Peter W. Dorsal"}


def test_two_men_with_one_initial_stay_apart(sheet_of):
    sheet = sheet_of(
        "Jane Lorr said the plan would fail. John Lorr said it would work.\n\n"
        "J. Lorr did not answer."
    )
    assert {"jane-lorr", "john-lorr"} <= {a.id for a in sheet.actors}


def test_told_someone_in_a_statement_that_claims_the_clause(sheet_of):
    # the parser hangs the that-clause off "statement": what was told, not whom
    sheet = sheet_of(
        "Sonya Velt, the defendant's attorney, told the Lowford Star in a statement that "
        "her client did not intend to cause harm."
    )
    (claim,) = sheet.claims
    assert claim.by == ("sonya-velt",)
    assert claim.text.startswith("her client did not intend to cause harm")


def test_an_office_named_by_its_holder_is_one_body(sheet_of):
    sheet = sheet_of(
        "Dorsal pleaded guilty, the U.S. Attorney's Office announced Monday.\n\n"
        "The man was arrested at home, the Lowford County Sheriff's Office said."
    )
    bodies = {a.name: a.role for a in sheet.actors if a.kind == "organisation"}
    assert bodies == {"U.S. Attorney's Office": None, "Lowford County Sheriff's Office": None}


def test_a_long_role_ends_before_what_the_person_did(sheet_of):
    sheet = sheet_of(
        "Lawmakers questioned Dana Wirth, a top national security aide to Lieutenant Governor "
        "Sam Pell on the governor's July 25 phone call with Mayor Tomas Brenn of Lowford."
    )
    assert actor(sheet, "dana-wirth").role == (
        "top national security aide to Lieutenant Governor Sam Pell"
    )


def test_a_long_role_ends_before_a_participle_clause(sheet_of):
    sheet = sheet_of(
        "Voters in Lowford cheered Mara Quell, the 68-year-old former state senator from the "
        "north of the county bidding to make history as the first woman to lead the county."
    )
    assert actor(sheet, "mara-quell").role == (
        "68-year-old former state senator from the north of the county"
    )


def test_a_short_role_ends_before_a_participle_clause(sheet_of):
    sheet = sheet_of(
        "Listeners called Tom Reyes, a Lowford-based radio host considered one of the most "
        "influential in the county."
    )
    assert actor(sheet, "tom-reyes").role == "Lowford-based radio host"


def test_a_role_keeps_the_name_of_its_group(sheet_of):
    sheet = sheet_of(
        "Omar Tessel, head of a rebel group called the Western Brigade, said the town had fallen."
    )
    assert actor(sheet, "omar-tessel").role == "head of a rebel group called the Western Brigade"


def test_a_name_quoted_by_a_woman_is_not_made_a_woman(sheet_of):
    # "she said" after a quote naming a man says nothing of his gender
    sheet = sheet_of(
        "Patrick Dorsal Jr., 55, pleaded guilty on Monday.\n\n"
        "U.S. Attorney James Kell Jr. said in the release that free speech has limits.\n\n"
        "Sonya A. Velt, Dorsal’s attorney, said her client did not intend to cause harm.\n\n"
        "“Pat Dorsal is passionate about his political beliefs and his right to express "
        "them,” she said in an email. “He has taken responsibility.”\n\n"
        "Dorsal was arrested in April for a call he reportedly made to the mayor’s office, "
        "in which he said he’d put a bullet in her skull."
    )
    claim = next(c for c in sheet.claims if "bullet" in c.text)
    assert claim.by == ("patrick-dorsal-jr",)
