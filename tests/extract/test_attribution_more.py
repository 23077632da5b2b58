"""Attribution: constructions added after error analysis, on invented sentences."""

from __future__ import annotations

import pytest

from generator.extract.attribution import Attribution, find_attributions


@pytest.fixture(scope="module")
def attribute(nlp):
    def run(text: str) -> list[Attribution]:
        return find_attributions(nlp(text))

    return run


def with_cue(found: list[Attribution], cue: str) -> Attribution:
    hits = [a for a in found if a.cue.text == cue]
    assert len(hits) == 1, [(a.cue.text, a.content.text) for a in found]
    return hits[0]


def test_dash_credit_glued_to_the_closing_mark(attribute):
    text = (
        "“The bridge should be rebuilt before winter.”― Marta Quellen\n"
        "“Nobody asked the farmers.” ― Tobias Wrenfield\n"
    )
    found = attribute(text)
    marta = [a for a in found if a.source and a.source.text == "Marta Quellen"]
    assert len(marta) == 1, [(a.cue.text, a.content.text) for a in found]
    assert marta[0].cue.text == "―"
    assert "rebuilt before winter" in marta[0].content.text


def test_cue_with_colon_closing_a_paragraph_claims_the_next(attribute):
    text = (
        "The mayor spoke to reporters on Friday.\n\n"
        "The mayor added:\n\n"
        "The harbour will reopen next spring and the ferries will run again.\n\n"
        "Traffic was light."
    )
    a = with_cue(attribute(text), "added")
    assert a.source is not None and a.source.text == "The mayor"
    assert a.content.text == "The harbour will reopen next spring and the ferries will run again"


def test_source_without_a_relative_clause_that_claims_something(attribute):
    text = (
        "Ms. Kordell, who argued that the tax was unfair, told the council "
        "that the budget would not pass."
    )
    a = with_cue(attribute(text), "told")
    assert a.source is not None and a.source.text == "Ms. Kordell"
    assert a.content.text == "that the budget would not pass"


def test_source_keeps_a_descriptive_relative_clause(attribute):
    text = "Ms. Kordell, who chairs the budget committee, said the tax would pass."
    a = with_cue(attribute(text), "said")
    assert a.source is not None
    assert a.source.text.startswith("Ms. Kordell, who chairs the budget committee")


def test_claim_ends_before_a_participle_aside(attribute):
    found = attribute(
        "Senator Ilse Marrow is once again questioning the harbour budget, "
        "encouraging her supporters to write to the council."
    )
    a = with_cue(found, "is once again questioning")
    assert a.content.text == "the harbour budget"


def test_claim_ends_before_a_relative_clause(attribute):
    found = attribute(
        "The mayor praised the new ferry timetable, which will start in March and run every hour."
    )
    a = with_cue(found, "praised")
    assert a.content.text == "the new ferry timetable"


def test_a_quoted_infinitive_after_called_on_is_what_is_demanded(attribute):
    text = (
        'The envoy, meanwhile, called on both sides "to immediately stop shooting and to '
        'fully respect the truce."'
    )
    a = with_cue(attribute(text), "called on")
    assert a.source is not None and a.source.text == "The envoy"
    assert a.content.text.startswith("both sides")
    assert "respect the truce" in a.content.text
