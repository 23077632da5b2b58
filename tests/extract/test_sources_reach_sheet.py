"""Every attribution the extractor finds reaches the sheet with the source the article
gives it (issue 14): relative sources the parse hangs elsewhere, "many of whom", names
the cast lacks, quantifiers named with what they count.  Invented text only; each test
names the rule it pins down.
"""

from __future__ import annotations

from generator.factsheet.model import Claim, FactSheet


def claim_with(sheet: FactSheet, words: str) -> Claim:
    found = [c for c in sheet.claims if words in c.text]
    assert found, [(c.by, c.text) for c in sheet.claims]
    return found[0]


def test_many_of_whom_is_the_people_the_relative_stands_for(sheet_of):
    sheet = sheet_of(
        "Farmers in the valley met the minister on Monday. The Norwegian Farmers Union "
        "represents 4,000 growers, many of whom say the new tariff will ruin them."
    )
    assert claim_with(sheet, "tariff will ruin").by == ("growers",)


def _clauses_hung_on_the_verb(monkeypatch) -> None:
    """Parse as the parser sometimes does: a relative clause hung on the main verb."""
    import importlib

    from generator.extract import document

    drafting = importlib.import_module("generator.extract.draft")

    def parse(nlp, article):
        parsed = document.parse(nlp, article)
        for token in parsed.doc:
            if token.dep_ == "relcl":
                token.head, token.dep_ = token.sent.root, "advcl"
        return parsed

    monkeypatch.setattr(drafting, "parse", parse)


def test_which_hung_elsewhere_by_the_parse_is_the_name_right_before_it(sheet_of, monkeypatch):
    _clauses_hung_on_the_verb(monkeypatch)
    sheet = sheet_of(
        "To settle the question, the paper turned to the Oslo Police Department which "
        "reported 212 thefts in the city last year."
    )
    assert claim_with(sheet, "212 thefts").by == ("oslo-police-department",)


def test_many_of_whom_hung_elsewhere_is_the_noun_phrase_right_before_it(sheet_of, monkeypatch):
    _clauses_hung_on_the_verb(monkeypatch)
    sheet = sheet_of(
        "The ruling was criticised by relatives of the crash victims, many of whom say the airline "
        "hid the faults."
    )
    assert claim_with(sheet, "hid the faults").by == ("relatives-of-the-crash-victims",)


def test_a_body_the_actors_missed_is_named_as_written_without_a_role(sheet_of):
    sheet = sheet_of(
        "A new poll released on Friday shows Mayor Ana Holm leading by five points. This "
        "is “roughly the same lead she has held all month,” reported Reuters."
    )
    claim = claim_with(sheet, "same lead")
    source = sheet.actor(claim.by[0])
    assert source is not None and (source.name, source.kind, source.role) == (
        "Reuters",
        "organisation",
        None,
    ), source


def test_what_a_speaker_adds_after_her_quote_is_a_claim_of_its_own(sheet_of):
    sheet = sheet_of(
        "Mayor Ana Holm spoke on Monday. “We do not see a link to terrorism,” Holm said, "
        "adding that it would take more hours to know the motive."
    )
    texts = [(c.by, c.text) for c in sheet.claims]
    assert (("ana-holm",), "it would take more hours to know the motive") in texts, texts
    assert (("ana-holm",), "“We do not see a link to terrorism,”") in texts, texts


def test_a_bare_quantifier_is_the_people_named_just_before_it(sheet_of):
    sheet = sheet_of(
        "Ten economists reviewed the plan on Monday. All agreed that it would raise taxes. "
        "Some said it would also slow growth.\n\n"
        "The storm hit the coast on Tuesday. Some believe the town was not ready for it."
    )
    assert claim_with(sheet, "raise taxes").by == ("economists",)
    assert claim_with(sheet, "slow growth").by == ("economists",)
    # "Some" with no people named before: a group as written (session 10; it was dropped)
    some = sheet.actor(claim_with(sheet, "not ready").by[0])
    assert some is not None and (some.name, some.kind) == ("Some", "group"), some


def test_a_source_that_is_no_one_makes_no_claim(article, nlp):
    from generator.extract.claims import Dropped
    from generator.extract.draft import draft

    dropped: list[Dropped] = []
    sheet = draft(
        article(
            "Ten economists reviewed the plan on Monday. Not everyone agrees that the port "
            "should close, and no one expected the vote to pass."
        ),
        nlp,
        dropped,
    )
    assert not sheet.claims, [(c.by, c.text) for c in sheet.claims]
    assert "a source that is no one" in {d.reason for d in dropped}


def test_those_close_to_him_are_named_with_whom_he_stands_for(sheet_of):
    sheet = sheet_of(
        "Senator Ana Holm met party leaders on Monday. Those close to her say she will run "
        "for governor.\n\n"
        "Senator Paul Berg stayed away. People close to him said he would not run."
    )
    holm = sheet.actor(claim_with(sheet, "run for governor").by[0])
    berg = sheet.actor(claim_with(sheet, "would not run").by[0])
    assert holm is not None and (holm.name, holm.affiliation) == ("Those close to Holm", "ana-holm")
    assert berg is not None and (berg.name, berg.affiliation) == (
        "People close to Berg",
        "paul-berg",
    )


def test_a_quotation_signed_after_a_dash_is_its_signers_claim(sheet_of):
    sheet = sheet_of(
        "Readers sent us their views on the ferry deal.\n\n"
        "“The council has finally listened to the people on the island.” ― Beck Pimentel\n\n"
        "“Nobody asked the fishermen what they need.” ― Christina N Luis Olidem"
    )
    assert claim_with(sheet, "finally listened").by == ("beck-pimentel",)
    assert claim_with(sheet, "Nobody asked").by == ("christina-n-luis-olidem",)
    signer = sheet.actor("christina-n-luis-olidem")
    assert signer is not None and signer.kind == "person"


def test_shares_of_a_poll_are_different_groups(sheet_of):
    """ "9 percent" and "47 percent" are not one group named "percent"."""
    sheet = sheet_of(
        "Voters are split on the plan, according to a new poll by the Kell Institute. "
        "Twenty-four percent said they were more likely to back it, while 9 percent said it "
        "would put them off. In March, 47 percent said they would vote for it."
    )
    names = {a.id: a.name for a in sheet.actors}
    assert names.get("9-percent") == "9 percent", names
    assert names.get("47-percent") == "47 percent", names
    assert names.get("twenty-four-percent") == "Twenty-four percent", names
