"""Sources that are no name but a plain word for someone (issue 14, session 10): a
family member ("his ex-wife"), a bloc, a news story; the writer saying something in
their own present ("I should say"); verbs that report no words ("enjoys support").
Invented text only; each test names the rule it pins down.
"""

from __future__ import annotations

from generator.factsheet.model import Claim, FactSheet


def claim_with(sheet: FactSheet, words: str) -> Claim | None:
    return next((c for c in sheet.claims if words in c.text), None)


def source_name(sheet: FactSheet, words: str) -> str | None:
    claim = claim_with(sheet, words)
    assert claim is not None, [(c.by, c.text) for c in sheet.claims]
    actor = sheet.actor(claim.by[0])
    return actor.name if actor is not None else None


def test_a_family_member_is_a_source_named_as_written(sheet_of):
    sheet = sheet_of(
        "Tomas Brenner sold the mill in 2019. His wife contended that the sale had been "
        "forced on them by the bank."
    )
    assert source_name(sheet, "forced on them") == "Brenner's wife"


def test_a_bloc_is_a_body(sheet_of):
    sheet = sheet_of(
        "Trade ministers met in Lisbon on Friday. The bloc said tariffs on steel would "
        "stay in place until March."
    )
    assert source_name(sheet, "tariffs on steel") == "The bloc"


def test_a_news_story_is_a_document(sheet_of):
    sheet = sheet_of(
        "A story in the weekly edition suggested that the harbour deal had collapsed "
        "after the last round of talks."
    )
    assert (source_name(sheet, "harbour deal") or "").endswith("story in the weekly edition")


def test_the_writer_saying_in_the_present_is_the_author(sheet_of):
    sheet = sheet_of(
        "My grandmother never finished school. I should say that she ran the village "
        "shop for forty years without a single loss."
    )
    assert source_name(sheet, "village shop") == "The author"


def test_the_writer_telling_of_what_they_said_is_no_claim_of_theirs(sheet_of):
    sheet = sheet_of(
        "I met the mayor at the station. I said that the bridge looked unsafe, and he "
        'laughed. "It will stand for a century," he said.'
    )
    claim = claim_with(sheet, "bridge looked unsafe")
    assert claim is None or sheet.actor(claim.by[0]).name != "The author"


def test_verbs_that_report_no_words_make_no_claim(nlp, article):
    # the learned cue table reads "enjoyed" and "experienced" as cues in some contexts;
    # whatever follows them, they report no words
    from generator.extract.attribution import Attribution, Span
    from generator.extract.deeds import not_a_claim
    from generator.extract.document import parse

    text = (
        "During the primary, Ms. Ruiz enjoyed tremendous support from teachers, who "
        "helped her win. Dorval experienced chaos on its streets as unrest gripped the "
        "town. Ms. Ruiz said the riots were over."
    )
    parsed = parse(nlp, article(text))

    def reading(source: str, cue: str, content: str) -> str | None:
        def at(words: str) -> Span:
            start = parsed.text.index(words)
            return Span(start, start + len(words), words)

        att = Attribution(at(source), at(cue), at(content), verb=f"{cue}s")
        return not_a_claim(att, parsed)

    assert reading("Ms. Ruiz", "enjoyed", "tremendous support from teachers") is not None
    assert reading("Dorval", "experienced", "chaos on its streets as unrest gripped the town")
    assert reading("Ms. Ruiz", "said", "the riots were over") is None


def test_some_with_no_people_named_before_are_a_group_as_written(sheet_of):
    sheet = sheet_of(
        "The ferry company cut two routes in May. Some believe the cuts show the company "
        "is close to selling its fleet."
    )
    source = sheet.actor(claim_with(sheet, "selling its fleet").by[0])
    assert source is not None and (source.name, source.kind) == ("Some", "group"), source


def test_an_interviewers_present_i_say_is_no_claim_of_theirs(sheet_of):
    sheet = sheet_of(
        "I sit with Dag Halvorsen in his office on a wet Monday.\n\n"
        '"The tariff will survive the winter," he says.\n\n'
        "But you have just written a book against tariffs, I say.\n\n"
        '"No, I wrote the book for farmers," he says.'
    )
    claim = claim_with(sheet, "written a book against")
    assert claim is None or sheet.actor(claim.by[0]).name != "The author", claim


def test_the_writer_telling_themself_is_the_author(sheet_of):
    sheet = sheet_of(
        "My mother worked the night shift for years. I tell myself that the new mayor "
        "will never close the clinic."
    )
    assert source_name(sheet, "close the clinic") == "The author"


def test_a_quoted_subheading_in_title_case_is_no_one_going_on(sheet_of):
    sheet = sheet_of(
        'Mayor Ines Brenn said the port would reopen in May. "We will rebuild it stone by '
        'stone," she said.\n\n'
        "'A Harbour Without Ships Again.'\n\n"
        "The harbour closed in 1990 after the last shipyard went bankrupt.\n\n"
        '"Nobody will leave this town while I am mayor," Brenn said.'
    )
    assert claim_with(sheet, "Harbour Without Ships") is None, [c.text for c in sheet.claims]
    assert claim_with(sheet, "Nobody will leave") is not None


def test_a_thing_seen_or_described_with_a_clause_inside_its_noun_is_no_claim(nlp, article):
    from generator.extract.attribution import Attribution, Span
    from generator.extract.deeds import not_a_claim
    from generator.extract.document import parse

    text = (
        "Farmer Ali Dost saw broken branches and roof sheets that the blast had torn off. "
        "The mayor described the panic that followed the blast. The mayor said that the "
        "school would reopen."
    )
    parsed = parse(nlp, article(text))

    def reading(source: str, cue: str, content: str) -> str | None:
        def at(words: str) -> Span:
            start = parsed.text.index(words)
            return Span(start, start + len(words), words)

        return not_a_claim(Attribution(at(source), at(cue), at(content)), parsed)

    assert reading("Ali Dost", "saw", "broken branches and roof sheets that the blast had torn off")
    assert reading("The mayor", "described", "the panic that followed the blast")
    assert reading("The mayor", "said", "that the school would reopen") is None


def test_they_with_no_source_before_is_the_documents_just_named(sheet_of):
    sheet = sheet_of(
        "Governor Ana Sole released her tax returns in May, even though they disclosed "
        "that she held a foreign bank account."
    )
    assert source_name(sheet, "foreign bank account") == "Tax returns"


def test_it_with_no_source_before_is_the_recording_just_named(sheet_of):
    sheet = sheet_of(
        "A video of the arrest was posted on Friday. It shows an officer pushing a man to "
        "the ground."
    )
    assert (source_name(sheet, "officer pushing") or "").startswith("A video")


def test_according_to_people_the_tagger_read_as_a_verb_phrase(sheet_of):
    sheet = sheet_of(
        "As a judge on the cooking show, Pavel Dorn routinely insulted young chefs, "
        "according to show insiders."
    )
    assert source_name(sheet, "insulted young chefs") == "Show insiders"
