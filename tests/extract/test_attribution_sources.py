"""Attribution: quotations and sources, constructions fixed after a second error analysis.

Invented sentences only.  Each test names the construction it pins down.
"""

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


def test_quotation_before_said_and_a_long_description_of_the_speaker(attribute):
    text = (
        "“The ferry company is in crisis mode. Full crisis mode,” said Arno Vesk, "
        "a Tallinn-based organiser of the Baltic Dockworkers Union."
    )
    a = with_cue(attribute(text), "said")
    assert a.content.text == "“The ferry company is in crisis mode. Full crisis mode,”"
    assert a.source is not None and a.source.text.startswith("Arno Vesk")


def test_quotation_continues_after_the_credit_although_the_parse_joins_paragraphs(attribute):
    # one Doc for the whole text, as the benchmark parses it: the sentence of the second
    # quotation may reach back into the paragraph before, whose cues are not in the way
    text = (
        "He recalled how rivals had mocked the mayor's claim that the bridge was safe as "
        "''the worst joke I have ever heard.''\n\n"
        "''I think she has become more cautious, more tentative, and less bold,'' said "
        "Edna Farrow, a former adviser to the mayor. ''Going negative just isn't her "
        "strength. Her strength is listening.''"
    )
    a = with_cue(attribute(text), "said")
    assert [f.text[:14] for f in a.fragments] == ["''I think she ", "''Going negati"]


def test_dash_credit_after_a_no_break_space(attribute):
    text = "“The tram line must not close.” ―\u00a0Ilse Marwood.\n"
    a = with_cue(attribute(text), "―")
    assert a.source is not None and a.source.text == "Ilse Marwood"
    assert a.content.text == "“The tram line must not close.”"


def test_in_a_statement_the_subject_is_the_source(attribute):
    text = "In a statement issued on Friday, the senator was more cautious than her colleagues."
    a = with_cue(attribute(text), "In")
    assert a.source is not None and a.source.text == "the senator"
    assert a.content.text == "was more cautious than her colleagues"


def test_in_a_poll_the_poll_is_the_source(attribute):
    text = "In the latest poll, the mayor led her rival by six points."
    a = with_cue(attribute(text), "In")
    assert a.source is not None and a.source.text == "the latest poll"


def test_issued_a_statement_calling_is_the_issuers_claim(attribute):
    text = (
        "After a short meeting, the council issued a statement calling the test a clear "
        "violation of its resolutions."
    )
    a = with_cue(attribute(text), "calling")
    assert a.source is not None and a.source.text == "the council"
    assert a.content.text == "the test a clear violation of its resolutions"


def test_british_spelling_is_read_with_the_american_frame_table(attribute):
    text = (
        "The ministry said the talks had been useful, and emphasised the need to halt all "
        "military action."
    )
    a = with_cue(attribute(text), "emphasised")
    assert a.content.text == "the need to halt all military action"


def test_the_filter_keeps_a_denial_of_this(attribute):
    text = (
        "The rebels claimed that two army helicopters were shot down, but the defence "
        "ministry denied this."
    )
    a = with_cue(attribute(text), "denied")
    assert a.kind == "denial" and a.content.text == "this"


def test_filter_features_are_readable_and_sorted(nlp):
    found = find_attributions(nlp("The mayor said the bridge would reopen in May."))
    (a,) = found
    assert a.features == tuple(sorted(a.features))
    assert {"form=verb", "lemma=say", "source=noun", "that_clause"} - set(a.features) == {
        "that_clause"
    }
    assert "lemma+frame=say+ccomp" in a.features
