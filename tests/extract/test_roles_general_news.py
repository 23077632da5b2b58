"""Roles and affiliations as general news writes them, beyond offices of state:
academic and school titles, an office newly taken, a body named by what it is, a
state's mission to an international body, "the government" in a story about two
states; and kinds general news needs: streets, a paper by its last word, a city one letter
from a state, a person the tagger read as a body; occupations as roles ("Acme's principal
meteorologist", "Varen Corp investor Leo Amsel"), "who was serving as the governor's
physician" (invented people, towns and companies)."""

from __future__ import annotations


def actor(sheet, actor_id: str):
    found = sheet.actor(actor_id)
    assert found is not None, [(a.id, a.name, a.kind, a.role) for a in sheet.actors]
    return found


def ids(sheet) -> set[str]:
    return {a.id for a in sheet.actors}


def test_dean_before_a_full_name_is_a_title(sheet_of):
    sheet = sheet_of(
        "Dean Jane Roe said the college would reopen in the fall.\n\n"
        '"We are ready," said Dean of Students Tom Reyes.'
    )
    assert actor(sheet, "jane-roe").role == "Dean"
    assert actor(sheet, "tom-reyes").role == "Dean of Students"
    assert ids(sheet) == {"jane-roe", "tom-reyes"}


def test_dean_before_a_one_word_name_is_a_first_name(sheet_of):
    sheet = sheet_of("Dean Phillips said the race was not over.")
    assert ids(sheet) == {"dean-phillips"}
    assert actor(sheet, "dean-phillips").role is None


def test_a_newly_appointed_local_office_before_the_name(sheet_of):
    # the tagger reads "Lowford" as a person: whose office it is, not an actor
    sheet = sheet_of(
        "Lowford's newly appointed superintendent, Mara Quell, said the schools would stay open."
    )
    assert ids(sheet) == {"mara-quell"}
    assert actor(sheet, "mara-quell").role == "Lowford's newly appointed superintendent"


def test_a_town_named_only_in_the_office_after_the_name_is_no_actor(sheet_of):
    sheet = sheet_of(
        "Teachers walked out on Monday, and Mara Quell, Lowford's newly appointed "
        "superintendent, said the strike was illegal."
    )
    assert "lowford" not in ids(sheet)
    assert actor(sheet, "mara-quell").role == "Lowford's newly appointed superintendent"


def test_the_company_of_a_role_is_the_company_named_before(sheet_of):
    sheet = sheet_of(
        "Pemberton Mills said it would fight the ruling.\n\n"
        "The company's general counsel, Ruth Adler, said the contract was void."
    )
    adler = actor(sheet, "ruth-adler")
    assert (adler.role, adler.affiliation) == ("company's general counsel", "pemberton-mills")


def test_a_states_mission_to_the_un_is_the_states(sheet_of):
    sheet = sheet_of(
        "The Israeli mission to the UN called the report deeply biased.\n\n"
        "The UN said it stood by the report."
    )
    (mission,) = [a for a in sheet.actors if "mission" in a.id]
    assert mission.affiliation == "israel"


def test_the_government_is_the_state_the_paragraph_just_named(sheet_of):
    sheet = sheet_of(
        "Peru accused Chile of violating the fishing accord on Monday, and Peruvian officials "
        "said 14 boats had been seized.\n\n"
        "Ana Ruiz, a fisheries expert, said the dispute would go to court.\n\n"
        "Chilean officials could not be reached for comment. The government, whose ships were "
        "stopped by Peruvian patrols, has said it is abiding by the accord."
    )
    (claim,) = [c for c in sheet.claims if "abiding" in c.text]
    assert claim.by == ("chile",)


def test_streets_are_places(sheet_of):
    sheet = sheet_of("Police arrested Tom Reyes, 34, of Jolinda Drive, on Tuesday.")
    assert actor(sheet, "jolinda-drive").kind == "place"


def test_the_paper_by_its_last_word_is_the_paper(sheet_of):
    sheet = sheet_of(
        "The Lowford Chronicle says police are looking into the attack. The Chronicle says "
        "the man was arrested a block away."
    )
    assert ids(sheet) == {"lowford-chronicle"}
    assert {c.by for c in sheet.claims} == {("lowford-chronicle",)}


def test_a_city_is_not_a_state_misspelt(sheet_of):
    sheet = sheet_of("The candidate spoke to voters in Columbia on Tuesday.")
    assert ids(sheet) == {"columbia"}


def test_a_person_the_tagger_read_as_a_body_joins_their_surname(sheet_of):
    sheet = sheet_of(
        "Eyamba Sowers didn't know the candidate was coming to the gathering.\n\n"
        '"He has me thinking now," said Sowers, who is also considering two other candidates.'
    )
    sowers = actor(sheet, "eyamba-sowers")
    assert (sowers.kind, sowers.aliases) == ("person", ("Sowers",))
    assert ids(sheet) == {"eyamba-sowers"}


def test_occupations_after_and_before_a_name_are_roles(sheet_of):
    sheet = sheet_of(
        "The drought was the worst in a century, said Tom Reller, Acme's principal "
        "meteorologist.\n\nVaren Corp investor Leo Amsel said the payout was wrong."
    )
    assert actor(sheet, "tom-reller").role == "Acme's principal meteorologist"
    amsel = actor(sheet, "leo-amsel")
    assert amsel.kind == "person" and amsel.role == "Varen Corp investor"


def test_who_was_serving_as_gives_the_office(sheet_of):
    sheet = sheet_of(
        "Kessing Ardway, who was then serving as the governor's physician, said the "
        "governor was healthy."
    )
    assert actor(sheet, "kessing-ardway").role == "governor's physician"
