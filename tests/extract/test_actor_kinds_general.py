"""Actors on general news, from issue 14: companies named like states, short forms of
companies, names the tagger ran together, and kinds the article states (invented text)."""

from __future__ import annotations

from generator.extract.roles import Role


def kinds(sheet) -> dict[str, str]:
    return {a.id: a.kind for a in sheet.actors}


def test_a_states_short_name_before_a_company_word_is_the_company(sheet_of):
    sheet = sheet_of(
        "Emirates President Lena Varga said on Tuesday that the carrier would add routes. "
        "Emirates airline has cut 900 jobs this year, she said. The United Arab Emirates "
        "said it would support the carrier."
    )
    varga = sheet.actor("lena-varga")
    assert varga.role == "President of Emirates", varga.role
    assert kinds(sheet).get("emirates") == "organisation", kinds(sheet)
    uae = sheet.actor("united-arab-emirates")
    assert "Emirates" not in uae.aliases, uae.aliases


def test_the_states_short_name_stays_the_state_without_a_company_word(sheet_of):
    sheet = sheet_of("The Emirates said on Monday that it would open an embassy in Lima.")
    assert "united-arab-emirates" in kinds(sheet), kinds(sheet)
    assert "emirates" not in kinds(sheet), kinds(sheet)


def test_a_companys_short_name_folds_into_its_full_name(sheet_of):
    sheet = sheet_of(
        "Denholm Capital, a private equity firm, bought the Lowford Courier in May. "
        "Denholm on Tuesday announced that it had become the largest owner of papers, "
        "said Ines Okafor, an analyst."
    )
    found = kinds(sheet)
    assert "denholm-capital" in found and "denholm" not in found, found
    assert "Denholm" in sheet.actor("denholm-capital").aliases
    assert found["denholm-capital"] == "organisation", found  # (the tagger read a person)


def test_a_companys_short_name_read_as_a_place_folds_into_it(sheet_of):
    from generator.extract.cast import Entry
    from generator.extract.merging import merge_entries

    full = Entry("name:denholm-capital", "Denholm Capital", "organisation", 0)
    short = Entry("name:denholm", "Denholm", "place", 90)  # "firms such as Denholm"
    person = Entry("name:ann-lee", "Ann Lee", "person", 40)
    person.role = Role("chairman of Denholm", "name:denholm", 3)
    entries = {e.key: e for e in (full, short, person)}
    merge_entries(entries)
    assert set(entries) == {"name:denholm-capital", "name:ann-lee"}, set(entries)
    assert person.role.affiliation == "name:denholm-capital"


def test_a_name_listed_after_a_noun_for_companies_is_a_company(sheet_of):
    sheet = sheet_of(
        "Public companies such as Harwell and Corvallo Media have cut staff, said Ines "
        "Okafor, an analyst. Harwell said it had no choice."
    )
    assert kinds(sheet).get("harwell") == "organisation", kinds(sheet)


def test_a_town_described_as_one_is_a_place(sheet_of):
    sheet = sheet_of(
        "The weekly paper in Hope will close next month, its owner said. Hope, a town of "
        '9,000 people, has had a paper since 1901. "Hope deserves better," said Mayor '
        "Steve Jones, who has led Hope since 2010."
    )
    assert kinds(sheet).get("hope") == "place", kinds(sheet)


def test_a_name_the_tagger_ran_over_a_comma_is_two_names(nlp):
    from spacy.tokens import Span

    from generator.extract import names

    doc = nlp("Rivals tried small services, such as Velto All Access, Kordia has made a bet.")
    start = [t.text for t in doc].index("Velto")
    _, name = names.clean(Span(doc, start, start + 5, label="ORG"))
    assert name == "Velto All Access", name
    # ... but a town with its state, and a company with its suffix, are one name
    doc = nlp("Ines Okafor lives in Bismarck, North Dakota, and works for Kordia, Inc. there.")
    words = [t.text for t in doc]
    town = Span(doc, words.index("Bismarck"), words.index("Bismarck") + 4, label="GPE")
    assert names.clean(town)[1] == "Bismarck, North Dakota"
    firm = Span(doc, words.index("Kordia"), words.index("Kordia") + 3, label="ORG")
    assert names.clean(firm)[1] == "Kordia, Inc.", names.clean(firm)[1]


def test_a_party_after_fellow_is_not_a_person(sheet_of):
    sheet = sheet_of(
        "The plan drew harsh criticism from fellow GOP hopefuls on Monday. Ines Okafor, "
        "a pollster, said fellow GOP contenders would attack it."
    )
    assert kinds(sheet).get("gop") != "person", kinds(sheet)


def test_an_associations_head_noun_outweighs_its_acronyms_readings(sheet_of, article, nlp):
    from generator.extract.cast import Entry
    from generator.extract.document import parse
    from generator.extract.name_kinds import settle_kinds

    # the tagger read "the NKA" as a place at most of its mentions
    entry = Entry("name:national-kettle-association", "National Kettle Association", "place", 0)
    entry.readings = ["organisation", "place", "place"]
    parsed = parse(nlp, article("The National Kettle Association said the rule was wrong."))
    settle_kinds(parsed, {entry.key: entry})
    assert entry.kind == "organisation"


def test_a_title_ending_the_sentence_before_is_not_the_next_names(sheet_of):
    sheet = sheet_of(
        "Prices rose in May, said Ines Okafor, an analyst. Tom Reyes said on Monday that "
        "they would fall."
    )
    assert sheet.actor("tom-reyes").role is None, sheet.actor("tom-reyes").role
    # ... while an abbreviated title before a name is the name's
    sheet = sheet_of("Detective Sgt. Tom Reyes said on Monday that prices would fall.")
    assert "Sergeant" in (sheet.actor("tom-reyes").role or "") or "Sgt" in (
        sheet.actor("tom-reyes").role or ""
    ), sheet.actor("tom-reyes").role


def test_a_title_before_the_next_name_of_a_list_is_that_names(sheet_of):
    sheet = sheet_of(
        "Ines Okafor will meet Tomas Brandt, Lowford mayor Ruth Adler and council chief "
        "Ana Ruiz during her visit, her office said."
    )
    assert sheet.actor("tomas-brandt").role is None, sheet.actor("tomas-brandt").role
    assert sheet.actor("ruth-adler").role, sheet.actor("ruth-adler")


def test_where_someone_works_is_an_organisation(sheet_of):
    sheet = sheet_of(
        '"They cannot move freely," says Tahseen Marrow, a legal researcher at Kassem, '
        "over coffee in Ramallah. Kassem has documented the killings since May."
    )
    assert kinds(sheet).get("kassem") == "organisation", kinds(sheet)


def test_a_name_modifying_a_museum_is_the_museums(sheet_of):
    sheet = sheet_of(
        "Gunmen stormed the Harper National Museum on Wednesday, officials said. The "
        "Harper museum hosts one of the finest collections of mosaics, said Ines Okafor."
    )
    found = kinds(sheet)
    assert "harper" not in found, found
    assert "Harper" in sheet.actor("harper-national-museum").aliases


def test_names_listed_after_companies_with_a_clause_are_companies(sheet_of):
    sheet = sheet_of(
        "Exports doubled thanks to companies producing surveillance systems, like Ortel, "
        "Candor, and Rafiq, Ines Okafor said. Candor said on Monday that sales rose."
    )
    assert kinds(sheet).get("candor") == "organisation", kinds(sheet)


def test_a_name_read_as_a_person_where_someone_works_is_an_organisation(article, nlp):
    from generator.extract.cast import Entry
    from generator.extract.document import parse
    from generator.extract.name_kinds import settle_kinds

    body = Entry("name:kassem", "Kassem", "person", 0)  # read as a person at each mention
    body.readings = ["person", "person"]
    worker = Entry("name:tahseen-marrow", "Tahseen Marrow", "person", 10)
    worker.role = Role("legal researcher at Kassem", None, 3)
    parsed = parse(nlp, article("Kassem said on Monday that the killings went on."))
    settle_kinds(parsed, {body.key: body, worker.key: worker})
    assert body.kind == "organisation"
    assert worker.kind == "person"


def test_a_state_that_is_a_first_name_stays_in_the_persons_name(sheet_of):
    sheet = sheet_of("Virginia Harlow said on Monday that the prince had lied, her lawyer said.")
    found = kinds(sheet)
    assert "virginia-harlow" in found and "virginia" not in found, found


def _read(nlp, article, text: str, first: str, words: int, label: str):
    """The tagger's reading of ``words`` tokens from ``first``, labelled ``label``."""
    from spacy.tokens import Span

    from generator.extract.document import parse
    from generator.extract.entities import Readings

    parsed = parse(nlp, article(text))
    tokens = [t.text for t in parsed.doc]
    start = tokens.index(first)
    ent = Span(parsed.doc, start, start + words, label=label)
    return Readings(parsed), ent


def test_a_name_with_half_a_bracket_is_markup_not_a_name(nlp, article):
    read, ent = _read(
        nlp, article, "Lowford (Kell Business)A muddled view weighs on investors.", "Kell", 2, "ORG"
    )
    assert ent.text.endswith(")A"), ent.text
    assert read.junk(ent, ent.text)


def test_a_papers_name_is_an_organisation(nlp, article):
    read, ent = _read(
        nlp,
        article,
        "Ines Okafor told the Wheeling Intelligencer that it would fail.",
        "Wheeling",
        2,
        "PERSON",
    )
    assert read.kind(ent, ent, ent.text) == "organisation"


def test_an_acronym_read_as_a_place_folds_into_its_organisation():
    from generator.extract.cast import Entry
    from generator.extract.merging import merge_entries

    full = Entry(
        "name:national-kettle-association", "National Kettle Association", "organisation", 0
    )
    short = Entry("name:nka", "NKA", "place", 90)  # "the NKA won't allow it", read as a place
    entries = {e.key: e for e in (full, short)}
    merge_entries(entries)
    assert set(entries) == {"name:national-kettle-association"}, set(entries)


def test_a_parliament_after_in_is_not_a_place(nlp, article):
    read, ent = _read(
        nlp,
        article,
        "He will work closely with leaders in Congress, he said.",
        "Congress",
        1,
        "ORG",
    )
    assert read.kind(ent, ent, ent.text) == "organisation"


def test_a_title_word_used_as_an_adjective_makes_no_person(sheet_of):
    """ "the major Kell PAC" is a big committee, not a Major called Kell PAC; a title
    word after a bare verb still titles ("said general Omar Fadel")."""
    sheet = sheet_of(
        "The head of the major Kell PAC, Dana Morrow, praised the donors on Friday. "
        '"We will win," Morrow said. Police said general Omar Fadel was held.'
    )
    found = kinds(sheet)
    assert found.get("kell-pac") != "person", found
    assert all(a.role != "Major" for a in sheet.actors), [(a.id, a.role) for a in sheet.actors]


def test_an_agency_whose_verb_takes_him_as_object_is_no_person(sheet_of):
    """ "the FBI recorded him": "him" is who the agency recorded, not the agency."""
    sheet = sheet_of(
        "The FBI recorded him telling a witness to lie, prosecutors said. The FBI said "
        "the inquiry was over. Ferrand told him to stay quiet, and he said he would."
    )
    assert kinds(sheet).get("fbi") == "organisation", kinds(sheet)
