"""Actors: people with roles, states and their other names, organisations, non-actors."""

from __future__ import annotations

from dataclasses import replace

from generator.extract import draft
from generator.factsheet.model import Claim, FactSheet


def claim(sheet: FactSheet, by: str, words: str) -> Claim:
    found = [c for c in sheet.claims if by in c.by and words in c.text]
    assert found, f"no claim by {by} with {words!r}: {[(c.by, c.text) for c in sheet.claims]}"
    return found[0]


def test_demonyms_and_capitals_merge_into_the_state(sheet_of):
    sheet = sheet_of(
        """Ukrainian troops held the line near the river, while Kyiv said reinforcements were
on their way.

The Kremlin denied that Russian units had crossed the river. Moscow said the reports were
false."""
    )
    ids = {a.id for a in sheet.actors}
    assert {"ukraine", "russia"} <= ids
    assert not ids & {"kyiv", "kremlin", "moscow", "ukrainian", "russian"}
    assert {"Ukrainian", "Kyiv"} <= set(sheet.actor("ukraine").aliases)
    assert {"Kremlin", "Russian", "Moscow"} <= set(sheet.actor("russia").aliases)
    assert claim(sheet, "ukraine", "reinforcements")
    denial = claim(sheet, "russia", "Russian units had crossed the river")
    assert denial.kind == "denial"


def test_roles_before_and_after_names(sheet_of):
    sheet = sheet_of(
        """Latvia's president, Egils Berzins, met Prime Minister Anna Kalnina on Monday.

Tomas Grey, a former British ambassador to Latvia, said the meeting was overdue.

Defence ministry spokesman Peteris Ozols said the exercises would continue."""
    )
    berzins = sheet.actor("egils-berzins")
    assert berzins.role == "President of Latvia" and berzins.affiliation == "latvia"
    grey = sheet.actor("tomas-grey")
    assert grey.role == "former British ambassador to Latvia"
    assert grey.affiliation == "united-kingdom"
    assert sheet.actor("anna-kalnina").role == "Prime Minister"
    assert claim(sheet, "tomas-grey", "the meeting was overdue")


def test_surnames_honorifics_and_spelling_variants_merge(sheet_of):
    sheet = sheet_of(
        """Sergei Volkov, the Russian deputy foreign minister, arrived in Baku on Tuesday.

Mr Volkov said talks would go on.

Deputy foreign minister Sergey Volkov told reporters he was hopeful.

The Azerbaijani defense ministry said the ceasefire held. The Azerbaijani defence ministry
later said two soldiers had been wounded."""
    )
    people = [a for a in sheet.actors if a.kind == "person"]
    assert [a.id for a in people] == ["sergey-volkov"]
    assert {"Mr Volkov", "Sergey Volkov"} <= set(people[0].aliases)
    ministries = [a.id for a in sheet.actors if a.kind == "organisation"]
    assert ministries == ["azerbaijan-defence-ministry"]


def test_reporters_and_photo_credits_are_not_actors(article, nlp):
    text = """Image: Soldiers at a checkpoint near Kharkiv. Photo: Pat Snapper/Reuters

Ukraine's army said it had repelled an attack overnight."""
    source = article(text)
    source = type(source)(
        **{**source.__dict__, "byline": "By Sam Writer", "authors": ("Sam Writer",)}
    )
    sheet = draft(source, nlp)
    names = {a.name for a in sheet.actors}
    assert "Pat Snapper" not in names and "Sam Writer" not in names
    assert claim(sheet, "ukraine-military", "repelled an attack")


def test_a_title_never_runs_over_from_the_paragraph_before(sheet_of):
    sheet = sheet_of(
        """He will visit Norway, Croatia and the Netherlands

Prime Minister Ana Kovac said the visit was postponed."""
    )
    assert sheet.actor("ana-kovac").role == "Prime Minister"
    assert sheet.actor("ana-kovac").affiliation is None


def test_title_before_and_state_after_the_name(sheet_of):
    sheet = sheet_of("President Emmanuel Macron of France said talks must resume.")
    macron = sheet.actor("emmanuel-macron")
    assert macron.role == "President of France" and macron.affiliation == "france"


def test_prune_drops_one_off_one_word_organisations_nobody_speaks_for():
    from generator.extract.actors import Cast, Mention
    from generator.extract.draft import prune
    from generator.factsheet.model import Actor, Background, Claim

    actors = (
        Actor("ukraine", "Ukraine", "country"),
        Actor("oreshnik", "Oreshnik", "organisation"),
        Actor("tass", "TASS", "organisation"),
        Actor("osce", "OSCE", "organisation"),
    )
    mentions = (
        Mention(0, 7, "ukraine", "Ukraine"),
        Mention(10, 18, "oreshnik", "Oreshnik"),
        Mention(20, 24, "tass", "TASS"),
        Mention(30, 34, "osce", "OSCE"),
    )
    claim = Claim("tass-struck", ("tass",), "says", "the Oreshnik struck", about=("oreshnik",))
    dated = (Background("2024", "Oreshnik", actors=("oreshnik", "ukraine")),)
    kept, claims, background = prune(Cast(actors, mentions), (claim,), dated, ())
    assert [a.id for a in kept] == ["ukraine", "tass", "osce"]
    assert claims[0].about == ()
    assert background[0].actors == ("ukraine",)


def test_people_in_credit_lines_are_not_actors(article, nlp):
    source = article(
        "Moldova's army said the border was calm. Larry Kingsley, an editor, disagreed."
    )
    source = replace(source, credits=("Reporting by Ana Popa; Editing by Larry Kingsley",))
    sheet = draft(source, nlp)
    assert "larry-kingsley" not in {a.id for a in sheet.actors}


def test_surname_without_its_article_is_the_same_person(sheet_of):
    sheet = sheet_of(
        """President Omar Hassan al-Bashir rejected the charges.

Mr Bashir said the court had no authority."""
    )
    assert [a.id for a in sheet.actors if a.kind == "person"] == ["omar-hassan-al-bashir"]


def test_named_institutions_are_organisations_not_places(sheet_of):
    sheet = sheet_of("Doctors at the Al-Shifa Hospital in Gaza said the power was out.")
    assert sheet.actor("al-shifa-hospital").kind == "organisation"
    assert sheet.actor("gaza").kind == "region"


def test_a_name_cut_at_its_particle_is_one_person(sheet_of):
    sheet = sheet_of(
        "European Commission President Ursula von der Leyen said on Monday that the bloc would act."
    )
    ids = {a.id for a in sheet.actors}
    assert "ursula-von-der-leyen" in ids and not ids & {"ursula", "leyen"}


def test_weapon_models_are_not_actors(sheet_of):
    sheet = sheet_of(
        "Witnesses said the rounds were of the type used by Browning machine guns mounted "
        "on armoured vehicles.\n\n"
        "The army said the Harop, an Israeli-made loitering munition, struck a bus."
    )
    ids = {a.id for a in sheet.actors}
    assert not ids & {"browning", "harop"}, ids


def test_a_reporters_first_name_alone_is_not_an_actor(article, nlp):
    source = article("Mark said the crossing was closed, the border police told reporters.")
    source = replace(source, byline="By Mark Feldon", authors=("Mark Feldon",))
    ids = {a.id for a in draft(source, nlp).actors}
    assert "mark" not in ids and "mark-feldon" not in ids


def test_a_name_with_a_title_is_a_person_whatever_the_tagger_says(article, nlp):
    from spacy.tokens import Span

    from generator.extract.document import parse
    from generator.extract.entities import Readings

    parsed = parse(nlp, article("Officials said PM Tavish Orlov monitored the raid."))
    doc = parsed.doc
    name = Span(doc, 3, 5, label="GPE")  # the tagger's mistake, forced
    assert name.text == "Tavish Orlov"
    assert Readings(parsed).kind(name, name, name.text) == "person"


def test_kickers_in_capitals_and_hashtags_are_not_actors(sheet_of):
    sheet = sheet_of(
        "BITTER HARVEST\n\n"
        "Farmers in Valmora blocked the road to Sarlin on Tuesday, backing the "
        "#FarmersFirst campaign that Ines Okafor, the union's leader, began in May.\n\n"
        "NEW ROUND OF TALKS\n\n"
        "Okafor said the union would meet the agriculture ministry on Friday."
    )
    names = {a.name for a in sheet.actors}
    assert not {"BITTER HARVEST", "NEW ROUND OF TALKS", "FarmersFirst"} & names, names
    assert "Ines Okafor" in names


def test_the_leader_of_a_states_government_leads_the_state(sheet_of):
    sheet = sheet_of(
        "The government of Moldovan Premier Ana Kovel has rejected the plan, and the "
        "administration of US President John Harlow said it would wait."
    )
    kovel = sheet.actor("ana-kovel")
    harlow = sheet.actor("john-harlow")
    assert kovel is not None and kovel.role == "Premier of Moldova", kovel
    assert harlow is not None and harlow.role == "President of the United States", harlow


def test_names_are_one_line_and_never_markup(sheet_of):
    sheet = sheet_of(
        "Talks between Moldova and Romania ended on Friday in Chisinau "
        "[File: Hugo Marsh/Reuters via Getty Images]\n\n"
        "Officials from both countries said a new round would follow.\n\n"
        "Pregnant Women and Infants\n\n"
        "Doctors in Chisinau said the clinic would stay open."
    )
    for actor in sheet.actors:
        for name in (actor.name, *actor.aliases):
            assert name == " ".join(name.split()), name
            assert not set(name) & set("[]{}<>|"), name


def test_a_name_once_used_for_a_weapon_is_the_weapon_throughout(sheet_of):
    sheet = sheet_of(
        "Russia fired its new Kestrel cruise missile at the port overnight, the army said.\n\n"
        "The Kestrel, which can fly low over the sea, struck a warehouse.\n\n"
        "Officials said the use of the Kestrel was a warning."
    )
    assert "kestrel" not in {a.id for a in sheet.actors}, [a.name for a in sheet.actors]


def test_a_maker_that_speaks_stays_an_actor(sheet_of):
    sheet = sheet_of(
        "The army bought forty Tarvos drones last year.\n\n"
        "Tarvos said the drones had been delivered on time."
    )
    assert "tarvos" in {a.id for a in sheet.actors}, [a.name for a in sheet.actors]


def test_a_name_is_the_kind_the_tagger_read_most_often(sheet_of):
    # spaCy's small model reads "Obama" in the list "exposé of Obama, Hillary, and ..." as
    # a place; in the other sentences as a person.  One odd reading must not decide.
    sheet = sheet_of(
        """Crime syndicates and the state

My experience with criminal gangs taught me about Obama, Hillary, and the progressive left,
the author writes.

He waited to see if Obama would appoint a new prosecutor. Holder would have to tell Obama
first.

This book is an exposé of Obama, Hillary, and modern progressivism. "I have to thank
Obama," he said."""
    )
    assert sheet.actor("obama").kind == "person"


def test_readings_vote_ties_go_to_place_groups_always_win():
    from generator.extract.entities import most_read as _most_read

    assert _most_read(["person", "person", "place"]) == "person"
    assert _most_read(["person", "place"]) == "place"  # a tie: the surer reading
    assert _most_read(["place", "person"]) == "place"
    assert _most_read(["organisation", "person"]) == "organisation"  # a tie: the first
    assert _most_read(["person", "group", "person"]) == "group"
