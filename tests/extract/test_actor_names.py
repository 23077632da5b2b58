"""Actors read as whole names, one per person or body, with kinds from their context.

Each test is a rule of issue 14, on invented text: no actor from a word inside another
name, a headline in Title Case, a dateline, a nickname or a bare title; every name of
one actor folded into it; a kind from the head noun and the words around the name.
"""

from __future__ import annotations


def ids(sheet) -> set[str]:
    return {a.id for a in sheet.actors}


def test_no_state_from_a_word_inside_a_longer_name(sheet_of):
    sheet = sheet_of(
        "The Latvian Observatory for Press Freedom said on Monday that the port deal broke "
        "the law, and the Moldova-Wallachia Trading Company agreed."
    )
    assert "latvian-observatory-for-press-freedom" in ids(sheet)
    assert not ids(sheet) & {"latvia", "moldova"}, ids(sheet)


def test_a_hyphenated_pair_of_states_as_a_noun_is_one_name(sheet_of):
    sheet = sheet_of("The war ended Austria-Hungary in 1918, said Ines Okafor, a historian.")
    assert not ids(sheet) & {"austria", "hungary"}, ids(sheet)
    # ... but states joined to modify a noun are both named
    sheet = sheet_of("The Armenia-Azerbaijan talks resumed on Monday, Ines Okafor said.")
    assert {"armenia", "azerbaijan"} <= ids(sheet), ids(sheet)


def test_names_keep_their_hyphenated_parts(sheet_of):
    sheet = sheet_of(
        "Secretary-General Ban Ki-moon called on the Organisation for Security and "
        "Co-operation in Europe (OSCE) to act. The OSCE said it would."
    )
    assert "ban-ki-moon" in ids(sheet), ids(sheet)
    assert sheet.actor("ban-ki-moon").role == "Secretary-General"
    assert "osce" in ids(sheet) and "europe" not in ids(sheet), ids(sheet)


def test_a_title_case_headline_names_no_one(sheet_of):
    sheet = sheet_of(
        "# Varga Warns Berzins Over Port Deal\n\n"
        "Tomas Berzins, the port's owner, said on Monday that he would sell."
    )
    assert ids(sheet) == {"tomas-berzins"}, ids(sheet)


def test_a_dateline_names_no_actor(sheet_of):
    sheet = sheet_of("RIGA — The port of Kell reopened on Monday, its owner Tomas Berzins said.")
    assert "latvia" not in ids(sheet), ids(sheet)


def test_nicknames_in_quotes_and_bare_titles_are_not_actors(sheet_of):
    sheet = sheet_of(
        'Tomas Berzins, whom rivals call "Little Tomas", disagreed. The Rear Admiral '
        "said nothing, and Ana Ruiz said the port would close."
    )
    names = {a.name for a in sheet.actors}
    assert not names & {"Little Tomas", "Rear Admiral", "Admiral"}, names


def test_title_and_surname_join_the_full_name(sheet_of):
    sheet = sheet_of(
        "Congressman Ozols said the vote was rigged.\n\n"
        "Peteris Ozols later said he would appeal the result in court."
    )
    people = [a for a in sheet.actors if a.kind == "person"]
    assert [a.id for a in people] == ["peteris-ozols"], people
    assert people[0].role == "Congressman"


def test_a_short_name_joins_the_person_introduced_before_it(sheet_of):
    sheet = sheet_of(
        "Photographer Dara Velin reached the village before dawn.\n\n"
        "Dara said soldiers kept journalists away from the wreckage.\n\n"
        "Later, Lusine Hovan Dara, a farmer, said the blast woke the village."
    )
    velin = sheet.actor("dara-velin")
    assert velin is not None and "Dara" in velin.aliases, sheet.actors
    assert "dara" not in ids(sheet)


def test_a_states_government_is_the_state_and_its_armed_forces_one_actor(sheet_of):
    sheet = sheet_of(
        "The Moldovan government said the border was calm.\n\n"
        "Moldova's army said two soldiers were wounded, and the Moldovan military later "
        "said a third had died."
    )
    assert "moldova-government" not in ids(sheet)
    assert any(c.by == ("moldova",) and "border was calm" in c.text for c in sheet.claims)
    forces = [a for a in sheet.actors if a.kind == "organisation"]
    assert [a.id for a in forces] == ["moldova-military"], forces
    assert "Moldovan military" in forces[0].aliases


def test_an_acronym_in_brackets_and_a_partys_short_name_join_the_full_name(sheet_of):
    sheet = sheet_of(
        "The Institute for Coastal Studies (KIST) said the dam was unsafe. KIST later "
        "said repairs had begun.\n\n"
        "The Liberty Party said it would call a vote. Liberty needs four more seats."
    )
    institutes = [a for a in sheet.actors if "KIST" in (a.name, *a.aliases)]
    assert len(institutes) == 1 and institutes[0].name == "Institute for Coastal Studies"
    parties = [a for a in sheet.actors if "Liberty" in a.name]
    assert len(parties) == 1, parties


def test_group_aliases_are_one_group(sheet_of):
    sheet = sheet_of("Islamic State fighters attacked the town. ISIS said it had taken the bridge.")
    groups = [a for a in sheet.actors if a.kind == "group"]
    assert [a.name for a in groups] == ["Islamic State"], groups


def test_a_one_word_name_keeps_its_regnal_title(sheet_of):
    sheet = sheet_of("Speaking on Sunday, Pope Tobias said that he was praying for peace.")
    assert "pope-tobias" in ids(sheet), ids(sheet)


def test_kinds_from_the_head_noun_and_context(sheet_of):
    sheet = sheet_of(
        "The Valdorian Empire collapsed in 1918. The opposition forces known as Kell al "
        "Harra said they would fight on. The mayor of Ostrava Falls, North Dakota, said the "
        "river had crested."
    )
    kinds = {a.name: a.kind for a in sheet.actors}
    assert kinds.get("Valdorian Empire") == "country", kinds
    assert kinds.get("Kell al Harra") == "group", kinds


def test_actors_named_only_in_a_rail_of_other_headlines_are_dropped(sheet_of):
    sheet = sheet_of(
        "Mayor Tomas Varga said the port would reopen on Monday.\n\n"
        "Image: Tomas Ek opens a bakery in Kell\n\n"
        "Image: Lina Berg wins the river race again"
    )
    assert ids(sheet) == {"tomas-varga"}, ids(sheet)


def test_names_the_tagger_missed_where_the_sentence_vouches_for_them(sheet_of):
    sheet = sheet_of(
        "Valdorian state energy company KELGAZ said on Monday that its pipelines were "
        "safe.\n\n"
        "Dravo Lenk, the region's interior minister, says an emergency has been declared."
    )
    kelgaz = sheet.actor("kelgaz")
    assert kelgaz is not None and kelgaz.kind == "organisation", sheet.actors
    assert kelgaz.role == "Valdorian state energy company"
    lenk = sheet.actor("dravo-lenk")
    assert lenk is not None and lenk.role == "region's interior minister", sheet.actors


def test_an_organisations_one_word_name_joins_its_full_name(sheet_of):
    sheet = sheet_of(
        "The Kell Observatory for Press Freedom said the law was unjust. The Observatory "
        "said it had written to the minister."
    )
    observatories = [a for a in sheet.actors if "Observatory" in a.name]
    assert len(observatories) == 1, observatories


def test_a_state_named_only_by_its_people_is_the_people(sheet_of):
    sheet = sheet_of(
        "Palestinians in the camp said the water had run out, and Ana Berg, a nurse, "
        "said Palestinian families were leaving."
    )
    people = sheet.actor("palestinians")
    assert people is not None and people.kind == "group", sheet.actors
    assert "palestine" not in ids(sheet)


def test_a_state_named_only_in_an_officials_title_is_not_an_actor(sheet_of):
    sheet = sheet_of(
        "Albanian prime minister Edi Kola said on Monday that both sides must stop fighting."
    )
    assert sheet.actor("edi-kola").role == "Prime Minister of Albania"
    assert "albania" not in ids(sheet), ids(sheet)


def test_a_facility_named_by_its_town_is_a_place_of_its_own(sheet_of):
    sheet = sheet_of(
        "Ambulances went through the Rafah crossing, and the Jabalia refugee camp was "
        "hit again, a British-based monitor said."
    )
    assert {"rafah-crossing", "jabalia-refugee-camp"} <= ids(sheet), ids(sheet)
    assert not ids(sheet) & {"rafah", "jabalia", "united-kingdom"}, ids(sheet)


def test_the_articles_own_description_of_a_person_is_that_person(sheet_of):
    sheet = sheet_of(
        "Valdorian Ambassador to Latvia Tomas Kellan told reporters the border was calm.\n\n"
        "The diplomat said shelling had stopped on Sunday.\n\n"
        "Peace was close, said the ambassador, adding that talks would resume."
    )
    people = [a for a in sheet.actors if a.kind in ("person", "group")]
    assert [a.id for a in people] == ["tomas-kellan"], people
    said = [c for c in sheet.claims if "shelling had stopped" in c.text]
    assert said and said[0].by == ("tomas-kellan",), sheet.claims


def test_a_headline_repeated_as_the_first_line_names_no_one(article, nlp):
    from generator.extract import draft

    title = "Lenk Slams Varga Over Harbour Deal"
    sheet = draft(
        article(
            f"{title}.\n\nTomas Varga, the harbour's owner, said on Monday that he would "
            "sell. Varga said the deal was fair, and the Kell Herald agreed.",
            title=title,
        ),
        nlp,
    )
    names = {a.name: a.kind for a in sheet.actors}
    assert not any("Slams" in n or n == "Lenk" for n in names), names
    assert names.get("Kell Herald") == "organisation", names


def test_a_leaders_government_is_the_state_and_a_possessive_description_the_person(sheet_of):
    sheet = sheet_of(
        "Latvian President Egils Kalns rejected the plan on Monday.\n\n"
        "Kalns's government said the border would stay shut.\n\n"
        "Latvia's president said later that talks could resume."
    )
    shut = [c for c in sheet.claims if "border would stay shut" in c.text]
    assert shut and shut[0].by == ("latvia",), sheet.claims
    resume = [c for c in sheet.claims if "talks could resume" in c.text]
    assert resume and resume[0].by == ("egils-kalns",), sheet.claims


def test_a_role_written_in_title_case_is_no_organisation(sheet_of):
    sheet = sheet_of(
        "The Kell Times Correspondent said the town was empty. Smoke rose over the city "
        "on Monday, AP Photographer said."
    )
    names = {a.name for a in sheet.actors}
    assert not {"Kell Times Correspondent", "AP Photographer"} & names, names


def test_a_surname_the_tagger_took_for_a_date_is_read_with_its_first_name(sheet_of):
    sheet = sheet_of(
        "American Kevin Kingsley and Australian Timothy Weeks, both professors at the "
        "American University of Kell, were freed.\n\n"
        "Weeks' family had asked to convey its relief."
    )
    weeks = sheet.actor("timothy-weeks")
    assert weeks is not None and weeks.kind == "person", [a.id for a in sheet.actors]
    assert "Weeks" in weeks.aliases
