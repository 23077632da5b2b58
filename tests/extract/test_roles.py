"""Roles: the whole title before a name, the description after it, never someone else's."""

from __future__ import annotations


def role(sheet, actor_id: str) -> str | None:
    actor = sheet.actor(actor_id)
    assert actor is not None, [a.id for a in sheet.actors]
    return actor.role


def test_the_whole_title_before_the_name_with_its_organisation(sheet_of):
    sheet = sheet_of(
        "Kell Radio North America editor Tomas Hale said the vote was close.\n\n"
        "Foreign Ministry spokeswoman Lina Varga said the talks would go on.\n\n"
        "Reuters Editor-in-Chief Anna Berg said the agency would appeal."
    )
    assert role(sheet, "tomas-hale") == "Kell Radio North America editor"
    assert role(sheet, "lina-varga") == "Foreign Ministry spokeswoman"
    assert role(sheet, "anna-berg") == "Reuters Editor-in-Chief"


def test_titles_of_several_words_and_with_a_place(sheet_of):
    sheet = sheet_of(
        "US Secretary of State Mara Quell said the deal held.\n\n"
        "The U.N. special envoy for Valdoria, Staffan de Kell, called for talks."
    )
    assert role(sheet, "mara-quell") == "US Secretary of State"
    # a state named only in an official's title is not an actor of the story
    assert "united-states" not in {a.id for a in sheet.actors}
    envoy = sheet.actor("staffan-de-kell")
    assert envoy is not None and envoy.kind == "person", sheet.actors
    assert envoy.role == "U.N. special envoy for Valdoria"


def test_the_description_after_the_name(sheet_of):
    sheet = sheet_of(
        "Avi Berg, a senior fellow at the Kell Policy Forum, said the plan was legal.\n\n"
        "Yevhen Marko, 74, a Kyiv resident who saw the attack, said he ran for cover.\n\n"
        "Nick Hale, a British-Israeli lawyer who served in the army, disagreed."
    )
    assert role(sheet, "avi-berg") == "senior fellow at the Kell Policy Forum"
    assert role(sheet, "yevhen-marko") == "Kyiv resident"
    assert role(sheet, "nick-hale") == "British-Israeli lawyer"


def test_a_title_before_and_a_description_after_are_one_role(sheet_of):
    sheet = sheet_of(
        "Colonel Fares Kellani, head of a rebel group called the Northern Brigade, said "
        "the strikes were heavy."
    )
    assert role(sheet, "fares-kellani") == (
        "Colonel, head of a rebel group called the Northern Brigade"
    )


def test_an_appositive_title_before_a_rank(sheet_of):
    sheet = sheet_of(
        "Valdoria's chief military spokesperson, Rear Admiral Dan Kellar, said the raid was over."
    )
    assert role(sheet, "dan-kellar") == "Valdoria's chief military spokesperson, Rear Admiral"


def test_a_role_never_comes_from_someone_elses_noun(sheet_of):
    sheet = sheet_of(
        "Through a spokesperson, Meadows' office declined to comment on the report.\n\n"
        "Hikmet Varga, senior adviser to Latvia's president, Egils Kalns, said the "
        "attack was deliberate."
    )
    assert all(a.role is None for a in sheet.actors if a.name == "Meadows"), sheet.actors
    assert role(sheet, "egils-kalns") == "President of Latvia"
    assert role(sheet, "hikmet-varga").startswith("senior adviser to Latvia")


def test_the_organisation_of_a_role_is_its_affiliation(sheet_of):
    sheet = sheet_of(
        "The Kell Institute for Peace said the talks had failed. Ana Berg, a senior "
        "fellow at the Kell Institute for Peace, said both sides were to blame."
    )
    institute = next(a for a in sheet.actors if a.name == "Kell Institute for Peace")
    assert sheet.actor("ana-berg").affiliation == institute.id


def test_a_relative_clause_of_office_and_a_description_two_names_share(sheet_of):
    sheet = sheet_of(
        "Damage was recorded across the region, according to Mykola Kellash, who heads "
        "the regional administration.\n\n"
        "American Kevin Kingsley and Australian Timothy Wees, both professors at the "
        "American University of Kell, were freed on Tuesday.\n\n"
        "Ana Ruiz, who founded the Kell Institute, said the deal was fair."
    )
    assert role(sheet, "mykola-kellash") == "head of the regional administration"
    assert role(sheet, "kevin-kingsley") == "professor at the American University of Kell"
    assert role(sheet, "timothy-wees") == "professor at the American University of Kell"
    assert role(sheet, "ana-ruiz") == "founder of the Kell Institute"


def test_the_office_a_sentence_gives_the_name(sheet_of):
    sheet = sheet_of(
        "Hours after Yahya Kellar was named the new leader of the group's political "
        "bureau on Tuesday, residents wondered.\n\n"
        "Tom Bergson became chairman of the board in 2019. Mark Dell was not the director."
    )
    assert role(sheet, "yahya-kellar") == "leader of the group's political bureau"
    assert role(sheet, "tom-bergson") == "chairman of the board"
    assert role(sheet, "mark-dell") is None


def test_the_office_given_at_a_later_mention_of_a_known_name(sheet_of):
    sheet = sheet_of(
        "Sir Keir Stammer met the king on Monday.\n\n"
        "The meeting went well, aides said. Stammer is the sixth prime minister in eight "
        "years."
    )
    assert role(sheet, "keir-stammer") == "sixth prime minister"


def test_a_judgement_is_no_office(sheet_of):
    sheet = sheet_of("Mark Dellow met voters on Monday. Dellow is a good leader, aides said.")
    assert role(sheet, "mark-dellow") is None
