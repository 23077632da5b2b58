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
