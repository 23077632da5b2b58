"""American news copy: abbreviated titles and party tags, departments and their
acronyms, bylines and credit lines, named committees (invented text)."""

from __future__ import annotations

from generator.factsheet.model import is_unnamed


def actor(sheet, actor_id: str):
    found = sheet.actor(actor_id)
    assert found is not None, [a.id for a in sheet.actors]
    return found


def test_party_tags_and_abbreviated_titles(sheet_of):
    sheet = sheet_of(
        "Sen. Ben Tasker, R-Neb., said the bill would fail.\n\n"
        'Rep. Lora Quint (D-Calif.) said the vote was "a disgrace."\n\n'
        "Lt. Gen. Omar Vell said the troops would stay.\n\n"
        "Gov. Sam Reed (R) signed the bill.\n\n"
        "Ann Lowe, R-Vt., voted against it."
    )
    # the title and the tag as the article writes them: a sheet states roles so
    assert actor(sheet, "ben-tasker").role == "Sen., R-Neb."
    assert actor(sheet, "lora-quint").role == "Rep., D-Calif."
    assert actor(sheet, "omar-vell").role == "Lt. Gen."
    assert actor(sheet, "sam-reed").role == "Gov. (R)"
    assert actor(sheet, "ann-lowe").role == "Republican from Vermont"  # a tag alone


def test_a_department_under_both_names_and_its_acronym_is_one_actor(sheet_of):
    sheet = sheet_of(
        "The Justice Department said it would review the case. A Department of Justice "
        "official said the review could take months.\n\n"
        "The FBI declined to comment. A Federal Bureau of Investigation spokesman said "
        "agents had interviewed witnesses."
    )
    ids = {a.id for a in sheet.actors}
    assert "department-of-justice" not in ids, ids
    assert "Department of Justice" in actor(sheet, "justice-department").aliases
    fbi = actor(sheet, "federal-bureau-of-investigation")
    assert "FBI" in fbi.aliases
    assert "fbi" not in ids and "federal-bureau" not in ids, ids


def test_writers_and_interviewers_who_say_nothing_are_no_actors(sheet_of):
    sheet = sheet_of(
        "by Jane Morrow\n\n"
        "Speaking to Kell News's Wolf Brenner, Ben Tasker said the bill was dead.\n\n"
        "Ellen Park contributed reporting from Omaha."
    )
    ids = {a.id for a in sheet.actors}
    assert "ben-tasker" in ids
    assert not ids & {"jane-morrow", "wolf-brenner", "ellen-park"}, ids


def test_a_named_committee_is_an_organisation(sheet_of):
    sheet = sheet_of("The House Oversight Committee said it would subpoena the records on Monday.")
    committee = actor(sheet, "house-oversight-committee")
    assert committee.kind == "organisation"
    assert committee.role is None


def test_one_word_outlets_are_organisations(sheet_of):
    sheet = sheet_of(
        "Axios reported that the talks had stalled.\n\n"
        "Politico said the deal was off, citing two aides."
    )
    assert actor(sheet, "axios").kind == "organisation"
    assert actor(sheet, "politico").kind == "organisation"
    assert [c.by for c in sheet.claims][:1] == [("axios",)]


def test_the_company_is_the_business_named_just_before(sheet_of):
    sheet = sheet_of(
        "Shares of Kellam Motors fell on Friday after Brandt Foods cut 3,000 jobs.\n\n"
        "The company said in a statement that costs had doubled."
    )
    sources = {c.by for c in sheet.claims}
    assert ("brandt-foods",) in sources, sheet.claims
    assert "company" not in {a.id for a in sheet.actors}


def test_a_campaign_is_not_the_outlet_that_reported_on_it(sheet_of):
    sheet = sheet_of(
        "The Kell Times reported that campaign officials were worried.\n\n"
        "The campaign said the report was false."
    )
    by = {c.text: c.by for c in sheet.claims}
    assert by["the report was false"] != ("kell-times",), by


def test_a_person_familiar_with_the_matter_is_named_whole(sheet_of):
    sheet = sheet_of(
        "The regulator is investigating the trades, according to a person familiar with the matter."
    )
    names = {a.name for a in sheet.actors}
    assert "A person familiar with the matter" in names, names


def test_court_and_counsel_titles_and_a_party_after_the_name(sheet_of):
    sheet = sheet_of(
        "Special counsel Jack Sorrel said the request was meritless.\n\n"
        "Chief Justice John Halden wrote that the law was clear.\n\n"
        "Gov. Gavin Marl, a Democrat, said the state would join the suit.\n\n"
        "Senate Minority Leader Chuck Amber (D-N.Y.) said the ruling was wrong."
    )
    assert actor(sheet, "jack-sorrel").role == "Special counsel"
    assert actor(sheet, "john-halden").role == "Chief Justice"
    assert actor(sheet, "gavin-marl").role == "Gov., Democrat"
    assert actor(sheet, "chuck-amber").role == "Senate Minority Leader, D-N.Y."


def test_a_spokesman_named_by_his_principal_s_surname_is_the_named_spokesman(sheet_of):
    sheet = sheet_of(
        "Former President Donald Hale asked the court to pause the case.\n\n"
        "Hale's spokesman, Steven Roe, said the ruling was a victory."
    )
    assert actor(sheet, "steven-roe").affiliation == "donald-hale"
    by = {c.text: c.by for c in sheet.claims}
    assert by["the ruling was a victory"] == ("steven-roe",), by


def test_a_platform_posted_on_is_no_actor(sheet_of):
    sheet = sheet_of("Donald Hale said on Truth Social that the case was a witch hunt.")
    assert "truth-social" not in {a.id for a in sheet.actors}


def test_a_company_named_for_people_is_read_whole(nlp):
    """The tagger may cut "Acme Martin" into a company "Acme" and a person "Martin"."""
    from spacy.tokens import Span

    from generator.extract import phrases

    doc = nlp("Acme Martin said it would hire 500 workers.")
    assert doc[0].dep_ == "compound" and doc[0].head.i == 1
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 1, 2, label="PERSON")]
    whole = phrases.whole(doc.ents[0])
    assert (whole.text, whole.label_) == ("Acme Martin", "ORG")


def test_a_description_with_a_modifier_is_the_body_named_just_before(sheet_of):
    sheet = sheet_of(
        "Doctors Without Borders said its hospital in the city was hit twice. Local "
        "officials said the raid lasted an hour. Witnesses said two jets flew over. The "
        "Valdorian army said it had hit a depot. The aid group said three staff were "
        "killed.\n\n"
        "Brandt Foods cut 3,000 jobs. The other company said costs had doubled."
    )
    by = {c.text: c.by for c in sheet.claims}
    assert by["three staff were killed"] == ("doctors-without-borders",), by
    assert by.get("costs had doubled") not in (("brandt-foods",), ("doctors-without-borders",))


def test_a_surname_two_people_share_is_the_one_named_just_before(sheet_of):
    sheet = sheet_of(
        "Sadeq Abu Rami told reporters that a deal was possible. Abu Rami heads a "
        "dialogue group in Turkey.\n\n"
        "Later, in Gaza, Hassan Rami, 44, agreed. Rami, a teacher, said the talks "
        "should go on."
    )
    assert "rami" not in {a.id for a in sheet.actors}
    assert "Rami" in actor(sheet, "hassan-rami").aliases


def test_people_of_a_department_named_by_its_field_belong_to_it(sheet_of):
    sheet = sheet_of(
        "The State Department said visas would be reviewed.\n\n"
        "Later, State officials said the talks would continue."
    )
    by = {c.text: c.by for c in sheet.claims}
    source = actor(sheet, by["the talks would continue"][0])
    assert "state-department" in (source.id, source.affiliation), source


def test_names_with_joining_words_and_a_possessive_are_read_whole(sheet_of):
    sheet = sheet_of(
        "Everytown for Gun Safety said the law would save lives. The Ways and Means "
        "Committee said it would release the returns.\n\n"
        "Kellby's said the outlook was negative. Kellby's analysts said the debt was safe."
    )
    names = {a.name for a in sheet.actors}
    assert {"Everytown for Gun Safety", "Ways and Means Committee"} <= names, names
    assert "Gun Safety" not in names and "Means Committee" not in names, names
    assert "Kellby's" in names and "Kellby" not in names, names


def test_several_unnamed_bodies_are_a_group(sheet_of):
    sheet = sheet_of("Rights groups said the strikes broke the law.")
    assert actor(sheet, "rights-groups").kind == "group"


def test_a_party_alone_a_home_state_and_a_plural_title(sheet_of):
    sheet = sheet_of(
        "Gov. Ron Desmond (R) signed the bill on Tuesday.\n\n"
        "Sens. Elizabeth Warring and Bernie Sandler wrote to the company.\n\n"
        "Tom Kell, an Ohio Republican, said the bill went too far."
    )
    assert actor(sheet, "ron-desmond").role == "Gov. (R)"
    assert actor(sheet, "tom-kell").role == "Republican from Ohio"
    assert "sens" not in {a.id for a in sheet.actors}


def test_the_senator_and_the_governor_are_the_abbreviated_titles_holders(sheet_of):
    sheet = sheet_of(
        "Sen. Ben Tasker, R-Neb., said the bill would fail on Tuesday. The senator added "
        "that the vote had been delayed twice.\n\n"
        "Gov. Sam Reed (R) signed the bill. The governor said it would cut taxes."
    )
    by = {c.text: c.by for c in sheet.claims}
    assert by["the vote had been delayed twice"] == ("ben-tasker",), by
    assert by["it would cut taxes"] == ("sam-reed",), by
    assert not {"senator", "governor"} & {a.id for a in sheet.actors}


def test_a_source_named_only_by_an_office_has_that_office_as_its_role(sheet_of):
    sheet = sheet_of(
        "The chairman of the Harbour Party said the video was a joke.\n\n"
        "Officials said the road would reopen."
    )
    chair = next(a for a in sheet.actors if a.name.startswith("The chairman"))
    assert chair.role == "chairman of the Harbour Party, unnamed source"
    assert is_unnamed(chair.role)  # still a source of its article only
    officials = next(a for a in sheet.actors if a.name == "Officials")
    assert officials.role == "unnamed source"
