"""One small invented article per construction the extractor must read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.extract import draft, draft_many
from generator.factsheet.model import Claim, FactSheet


def claim(sheet: FactSheet, by: str, words: str) -> Claim:
    found = [c for c in sheet.claims if by in c.by and words in c.text]
    assert found, f"no claim by {by} with {words!r}: {[(c.by, c.text) for c in sheet.claims]}"
    return found[0]


@pytest.fixture()
def sheet_of(article, nlp):
    def make(text: str, **kwargs) -> FactSheet:
        return draft(article(text, **kwargs), nlp)

    return make


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
    assert claim(sheet, "ukraine-army", "repelled an attack")


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


def test_conflicting_tallies_are_disputes(sheet_of):
    sheet = sheet_of(
        """Armenia said it had shot down four Azerbaijani drones on Monday.

Azerbaijan said it had lost two Azerbaijani drones in the fighting."""
    )
    armenia = claim(sheet, "armenia", "four Azerbaijani drones")
    azerbaijan = claim(sheet, "azerbaijan", "two Azerbaijani drones")
    assert azerbaijan.id in armenia.disputes and armenia.id in azerbaijan.disputes


def test_denials_dispute_what_they_deny(sheet_of):
    sheet = sheet_of(
        """Serbia said its police had arrested four armed men near the border crossing.

Kosovo denied that any armed men had been arrested near the border crossing.

The army said it had shot down three drones, which Croatia denied."""
    )
    arrest = claim(sheet, "serbia", "arrested four armed men")
    denial = claim(sheet, "kosovo", "armed men had been arrested")
    assert denial.kind == "denial"
    assert denial.id in arrest.disputes and arrest.id in denial.disputes
    relative = next(c for c in sheet.claims if c.by == ("croatia",))
    assert relative.kind == "denial" and "three drones" in relative.text


def test_contrasting_accounts_in_one_sentence(sheet_of):
    sheet = sheet_of(
        """India's army said Pakistani troops opened fire first, while Pakistan said the
Indian side attacked first."""
    )
    india = claim(sheet, "india-army", "opened fire first")
    pakistan = claim(sheet, "pakistan", "attacked first")
    assert pakistan.id in india.disputes and india.id in pakistan.disputes


def test_unrelated_statements_are_not_disputes(sheet_of):
    sheet = sheet_of(
        """Germany said it would send medical supplies, while Italy said it was ready to host
talks."""
    )
    assert all(not c.disputes for c in sheet.claims)


def test_relative_dates_resolve_against_the_published_date(sheet_of):
    sheet = sheet_of(
        """Armenia and Azerbaijan fought a war over the region in the 1990s.

A ceasefire agreed two years ago collapsed in March, and talks broke down last month.""",
        published="2022-06-15",
    )
    found = {(b.date, b.precision, b.as_written) for b in sheet.background}
    assert ("1990s", "decade", None) in found
    assert ("2020", "year", "two years ago") in found
    assert ("2022-03", "month", "in March") in found
    assert ("2022-05", "month", "last month") in found


def test_weekdays_are_news_not_background(sheet_of):
    sheet = sheet_of(
        "Clashes broke out on Sunday and continued this weekend.", published="2020-09-29"
    )
    assert sheet.background == ()


def test_explainer_box_is_background(sheet_of):
    sheet = sheet_of(
        """Fighting resumed along the border.

# WHAT IS THE DISPUTE ABOUT?

The valley was part of Ruritania until 1921, when it was given to its neighbour.

Both countries have claimed it since the war of 1948."""
    )
    years = {b.date for b in sheet.background}
    assert {"1921", "1948"} <= years


def test_analysis_section_with_author(sheet_of):
    sheet = sheet_of(
        """Sweden said it would expel two diplomats.

# Analysis: A quiet expulsion with loud consequences

by Maria Lind, diplomatic editor

The expulsions mark a turning point. Few expected them this soon.

Stockholm has long preferred quiet diplomacy."""
    )
    (analysis,) = sheet.analysis
    assert analysis.title == "A quiet expulsion with loud consequences"
    assert analysis.by == "maria-lind"
    assert analysis.points == (
        "The expulsions mark a turning point.",
        "Stockholm has long preferred quiet diplomacy.",
    )
    assert sheet.actor("maria-lind").role == "diplomatic editor"
    assert sheet.summary == "Sweden said it would expel two diplomats."


def test_opinion_article_is_one_analysis(article, nlp):
    source = article(
        "Europe must act now. Delay will cost lives.",
        title="Opinion: Europe must act on Sudan",
    )
    source = replace(source, byline="By Lena Holm", authors=("Lena Holm",))
    sheet = draft(source, nlp)
    (analysis,) = sheet.analysis
    assert analysis.title == "Europe must act on Sudan"
    assert analysis.points == ("Europe must act now.",)
    assert analysis.by == "lena-holm"
    assert sheet.actor("lena-holm").role == "author"


def test_draft_is_deterministic_and_draft_many_keeps_order(article, nlp):
    texts = [
        "Armenia said it had shot down two drones.",
        "Azerbaijan denied losing any drones.",
        "Turkey urged both sides to talk.",
    ]
    articles = [article(t, file=f"{i}.txt") for i, t in enumerate(texts)]
    sheets = list(draft_many(articles))
    assert [s.slug for s in sheets] == ["0", "1", "2"]
    assert sheets == [draft(a, nlp) for a in articles]


@pytest.mark.slow
def test_draft_many_in_processes_matches_one_process(article):
    articles = [
        article(f"Armenia said it had shot down {n} drones.", file=f"{n}.txt") for n in (2, 3, 4)
    ]
    assert list(draft_many(articles, processes=2)) == list(draft_many(articles, processes=1))


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


def test_denial_of_a_report_disputes_that_sides_claim(sheet_of):
    sheet = sheet_of(
        """Azerbaijan's defence ministry said six Armenian tanks had been destroyed.

The Armenian government denied the Azeri report on the number of casualties."""
    )
    tally = claim(sheet, "azerbaijan-defence-ministry", "six Armenian tanks")
    denial = claim(sheet, "armenia-government", "the Azeri report")
    assert denial.kind == "denial"
    assert denial.disputes == (tally.id,) and tally.disputes == (denial.id,)


def test_a_title_never_runs_over_from_the_paragraph_before(sheet_of):
    sheet = sheet_of(
        """He will visit Norway, Croatia and the Netherlands

Prime Minister Ana Kovac said the visit was postponed."""
    )
    assert sheet.actor("ana-kovac").role == "Prime Minister"
    assert sheet.actor("ana-kovac").affiliation is None


def test_a_failing_rule_is_an_extract_error_naming_the_article(article, nlp, monkeypatch):
    from generator.errors import ExtractError
    from generator.extract import claims as claims_module

    def broken(*_args):
        raise ValueError("boom")

    monkeypatch.setattr(claims_module, "find_claims", broken)
    with pytest.raises(ExtractError) as raised:
        draft(article("Armenia said it was ready.", file="content/articles/x.txt"), nlp)
    assert str(raised.value).startswith("content/articles/x.txt: could not draft a fact sheet")


def test_title_before_and_state_after_the_name(sheet_of):
    sheet = sheet_of("President Emmanuel Macron of France said talks must resume.")
    macron = sheet.actor("emmanuel-macron")
    assert macron.role == "President of France" and macron.affiliation == "france"


def test_bare_analysis_label_with_a_title_heading_and_a_body_byline(article, nlp):
    source = article(
        """Chile said the border would reopen.

# ANALYSIS

# Why the border matters

By Tomas Reyes, South America correspondent

Trade across the pass has doubled in a decade."""
    )
    paragraphs = tuple(
        replace(p, kind="body") if p.text.startswith("By ") else p for p in source.paragraphs
    )
    sheet = draft(replace(source, paragraphs=paragraphs), nlp)
    (analysis,) = sheet.analysis
    assert analysis.title == "Why the border matters"
    assert analysis.by == "tomas-reyes"
    assert analysis.paragraphs == ("p2", "p3", "p4", "p5")
    assert analysis.points == ("Trade across the pass has doubled in a decade.",)


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
