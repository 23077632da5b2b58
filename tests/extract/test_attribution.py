"""Attribution: who says what, on invented sentences, one construction per test."""

from __future__ import annotations

import pytest

from generator.extract.attribution import Attribution, find_attributions
from generator.factsheet.model import CLAIM_KINDS


@pytest.fixture(scope="module")
def attribute(nlp):
    def run(text: str) -> list[Attribution]:
        return find_attributions(nlp(text))

    return run


def one(found: list[Attribution], cue: str) -> Attribution:
    hits = [a for a in found if a.cue.text == cue]
    assert len(hits) == 1, [(a.cue.text, a.content.text) for a in found]
    return hits[0]


def src(a: Attribution) -> str | None:
    return a.source.text if a.source else None


def test_indirect_speech_with_that(attribute):
    a = one(
        attribute("The Freedonian interior ministry said that rebels had burned two bridges."),
        "said",
    )
    assert src(a) == "The Freedonian interior ministry"
    assert a.content.text == "that rebels had burned two bridges"
    assert a.kind == "statement" and a.verb == "says" and a.quote is None


def test_direct_quote_inverted_order(attribute):
    a = one(attribute("“We will not give up the valley,” the governor said on Monday."), "said")
    assert src(a) == "the governor"
    assert a.content.text == "“We will not give up the valley,”"
    assert a.quote == "We will not give up the valley"


def test_said_before_its_source(attribute):
    text = "The convoy was hit near the border, said a spokeswoman for the Lindavian army."
    a = one(attribute(text), "said")
    assert src(a) == "a spokeswoman for the Lindavian army"
    assert a.content.text == "The convoy was hit near the border"


def test_quote_running_over_several_sentences(attribute):
    text = "“We are ready,” Ms Okafor told reporters. “The talks are over. Now we wait.”"
    a = one(attribute(text), "told")
    assert src(a) == "Ms Okafor"
    assert a.content.text.startswith("“We are ready,”")
    assert a.content.text.endswith("Now we wait.”")
    assert [f.text for f in a.fragments] == [
        "“We are ready,”",
        "“The talks are over. Now we wait.”",
    ]


def test_quote_split_by_its_cue(attribute):
    a = one(attribute("“Okay,” she said, “the river is rising fast.”"), "said")
    assert src(a) == "she"
    assert [f.text for f in a.fragments] == ["“Okay,”", "“the river is rising fast.”"]


def test_mixed_quote(attribute):
    text = "The mayor said the plan was “a disaster for the harbour” and would be dropped."
    a = one(attribute(text), "said")
    assert a.content.text == "the plan was “a disaster for the harbour” and would be dropped"
    assert a.quote == "a disaster for the harbour"


def test_according_to(attribute):
    a = one(
        attribute("According to the health ministry, 14 people died in the flood."), "According to"
    )
    assert src(a) == "the health ministry"
    assert a.content.text == "14 people died in the flood"


def test_accused_of(attribute):
    a = one(attribute("Tarvonia accused its neighbour of massing troops on the border."), "accused")
    assert src(a) == "Tarvonia"
    assert a.content.text == "its neighbour of massing troops on the border"
    assert a.kind == "accusation" and a.verb == "accuses"


def test_denied(attribute):
    a = one(attribute("The army denied the report."), "denied")
    assert src(a) == "The army"
    assert a.content.text == "the report"
    assert a.kind == "denial"


def test_denied_that_clause(attribute):
    a = one(attribute("Colonel Brandt denied that his unit had fired first."), "denied")
    assert a.content.text == "that his unit had fired first"
    assert a.kind == "denial"


def test_admitted(attribute):
    a = one(attribute("Port Vell admitted that three of its soldiers were captured."), "admitted")
    assert src(a) == "Port Vell"
    assert a.kind == "admission" and a.verb == "admits"


def test_urged_and_demanded(attribute):
    found = attribute(
        "The council urged both sides to stop the shelling. The union demanded higher wages."
    )
    urged = one(found, "urged")
    assert src(urged) == "The council"
    assert urged.content.text == "both sides to stop the shelling"
    assert urged.kind == "demand" and urged.verb == "urges"
    demanded = one(found, "demanded")
    assert demanded.content.text == "higher wages" and demanded.kind == "demand"


def test_called_for(attribute):
    a = one(attribute("The foreign minister called for an immediate ceasefire."), "called for")
    assert src(a) == "The foreign minister"
    assert a.content.text == "an immediate ceasefire"
    assert a.kind == "demand"


def test_warned_and_insisted(attribute):
    found = attribute(
        "The agency warned that the dam could fail. Mr Haas insisted he had done nothing wrong."
    )
    assert one(found, "warned").content.text == "that the dam could fail"
    insisted = one(found, "insisted")
    assert src(insisted) == "Mr Haas"
    assert insisted.content.text == "he had done nothing wrong"


def test_believes_is_an_assessment(attribute):
    text = "Dr Lena Ortiz, a historian at Kelmar University, believes the truce will not hold."
    a = one(attribute(text), "believes")
    assert src(a) == "Dr Lena Ortiz, a historian at Kelmar University"
    assert a.content.text == "the truce will not hold"
    assert a.kind == "assessment"


def test_quoted_as_saying_by_keeps_the_relay(attribute):
    text = "The general was quoted as saying by the Vostok agency that the offensive had stalled."
    a = one(attribute(text), "was quoted as saying")
    assert src(a) == "The general"
    assert a.relayed_by is not None and a.relayed_by.text == "the Vostok agency"
    assert a.content.text == "that the offensive had stalled"


def test_according_to_b_a_said_is_relayed(attribute):
    text = "According to the Tessaly News agency, the president said the border would stay shut."
    found = attribute(text)
    a = one(found, "said")
    assert src(a) == "the president"
    assert a.relayed_by is not None and a.relayed_by.text == "the Tessaly News agency"
    assert a.content.text == "the border would stay shut"


def test_pronoun_source_is_kept_as_written(attribute):
    text = "The ministry issued a statement on Sunday. It said two villages had been shelled."
    a = one(attribute(text), "said")
    assert src(a) == "It"
    assert a.content.text == "two villages had been shelled"


def test_in_a_statement(attribute):
    text = "In a statement, the defence ministry said the drones were shot down."
    a = one(attribute(text), "said")
    assert src(a) == "the defence ministry"
    assert a.content.text == "the drones were shot down"


def test_statement_as_source(attribute):
    a = one(attribute("A statement from the palace said the king was recovering."), "said")
    assert src(a) == "A statement from the palace"


def test_reports_and_has_learned(attribute):
    found = attribute(
        "The Harbour Gazette reports that the mayor will resign. "
        "The newspaper has learned that the deal collapsed."
    )
    assert src(one(found, "reports")) == "The Harbour Gazette"
    learned = one(found, "has learned")
    assert src(learned) == "The newspaper"
    assert learned.content.text == "that the deal collapsed"


def test_noun_cue_claim_that(attribute):
    text = "Officials rejected Kovar's claim that the election had been rigged."
    a = one(attribute(text), "claim")
    assert src(a) == "Kovar's"
    assert a.content.text == "that the election had been rigged"


def test_headline_colon(attribute):
    a = one(attribute("Senator Vance: The Bridge Must Be Rebuilt\n\nThe story begins."), ":")
    assert src(a) == "Senator Vance"
    assert a.content.text == "The Bridge Must Be Rebuilt"


def test_cue_inside_a_quotation_is_not_an_attribution(attribute):
    text = "“I think they said the road was open,” the driver said."
    found = attribute(text)
    assert [a.cue.text for a in found] == ["said"]
    assert src(found[0]) == "the driver"


def test_sentence_span_and_kinds_are_valid(attribute):
    text = "Nobody was hurt, the police said. Then the storm passed."
    found = attribute(text)
    a = one(found, "said")
    assert a.sentence is not None and a.sentence.text == "Nobody was hurt, the police said."
    assert all(x.kind in CLAIM_KINDS for x in found)


def test_offsets_match_the_text_and_output_is_sorted(attribute, nlp):
    text = (
        "“The bridge is closed,” the engineer said.\n\n"
        "According to the mayor, repairs will take a month. The council denied it."
    )
    doc = nlp(text)
    found = find_attributions(doc)
    assert len(found) == 3
    for a in found:
        for span in (a.source, a.cue, a.content, *a.fragments):
            if span is not None:
                assert text[span.start : span.end] == span.text
    assert [a.content.start for a in found] == sorted(a.content.start for a in found)
    assert find_attributions(doc) == found


def test_content_does_not_cross_paragraphs(attribute):
    text = "Mayor Lind: Harbour Will Reopen\n\nThe harbour has been shut for a week."
    a = one(attribute(text), ":")
    assert "\n" not in a.content.text


def test_title_case_headline(attribute):
    found = attribute(
        "Harbour Could Reopen by May, Mayor Lind Says.\n\nThe harbour has been shut for a week."
    )
    a = one(found, "Says")
    assert src(a) == "Mayor Lind"
    assert a.content.text == "Harbour Could Reopen by May"


def test_name_dash_quote(attribute):
    a = one(attribute("Maria Olsen ― “We will rebuild the school by winter.”"), "―")
    assert src(a) == "Maria Olsen"
    assert a.quote == "We will rebuild the school by winter."


def test_poll_as_source(attribute):
    a = one(attribute("In a new poll, Smith leads Jones among likely voters."), "In")
    assert src(a) == "a new poll"
    assert a.content.text == "Smith leads Jones among likely voters"


def test_source_without_participle_aside(attribute):
    text = "Ms Varga, speaking to reporters in Kelmar, said the border would reopen."
    assert src(one(attribute(text), "said")) == "Ms Varga"


def test_by_saying_takes_the_subject_of_the_verb(attribute):
    text = "The minister began by saying that the budget was balanced."
    assert src(one(attribute(text), "saying")) == "The minister"


def test_quote_credited_after_a_dash(attribute):
    text = (
        "Voices from the rally:\n\n"
        "“The bridge must stay open.” ― Anna Berg\n“We want jobs.” ― Tom Ek."
    )
    found = attribute(text)
    assert [(src(a), a.quote) for a in found if a.cue.text == "―"] == [
        ("Anna Berg", "The bridge must stay open."),
        ("Tom Ek", "We want jobs."),
    ]


def test_transcript_speaker(attribute):
    a = one(attribute('"HOLM: The talks failed. We will try again next week."'), ":")
    assert src(a) == "HOLM"
    assert a.content.text.rstrip('"') == "The talks failed. We will try again next week."


def test_cue_keeps_its_auxiliaries(attribute):
    found = attribute("The army has not denied the report. Officials are calling for calm.")
    denied = one(found, "has not denied")
    assert (denied.kind, denied.verb) == ("statement", "does not deny")
    assert one(found, "are calling for").content.text == "calm"


def test_no_claim_in_a_bare_pronoun_but_denials_stay(attribute):
    found = attribute("That is what the minister said. The army denied it.")
    assert [a.cue.text for a in found] == ["denied"]
    assert found[0].kind == "denial"


def test_two_sides_in_one_sentence(attribute):
    text = (
        "Lindavia's army said the fighting began with a Tarvonian raid – while Tarvonia "
        "said the Lindavian side attacked first."
    )
    found = attribute(text)
    assert [(src(a), a.content.text) for a in found] == [
        ("Lindavia's army", "the fighting began with a Tarvonian raid"),
        ("Tarvonia", "the Lindavian side attacked first"),
    ]


def test_nested_cue_belongs_to_the_outer_claim(attribute):
    found = attribute("The mayor said the governor had accused the council of lying.")
    assert [a.cue.text for a in found] == ["said"]


def test_cue_set_off_by_commas(attribute):
    text = "Though the first handover was smooth, he said, replacing her would be much harder."
    a = one(attribute(text), "said")
    assert src(a) == "he"
    assert [f.text for f in a.fragments] == [
        "Though the first handover was smooth",
        "replacing her would be much harder",
    ]


def test_second_cue_joined_by_and(attribute):
    text = (
        "The minister said the border would reopen on Monday "
        "and warned that smugglers would be arrested."
    )
    found = attribute(text)
    assert [(src(a), a.cue.text) for a in found] == [
        ("The minister", "said"),
        ("The minister", "warned"),
    ]
    assert found[0].content.text == "the border would reopen on Monday"


def test_a_name_is_not_a_claim(attribute):
    found = attribute("Fighters from a group called the Northern Front crossed the river.")
    assert found == []


@pytest.mark.parametrize("text", ["", "\n\n", "“", "Said.", ": — ―", "“Unclosed quote, he said"])
def test_odd_inputs_do_not_break(attribute, text):
    for a in attribute(text):
        assert text[a.content.start : a.content.end] == a.content.text


def test_the_components_it_reads_are_enough(nlp):
    # The evaluation parses with only COMPONENTS_READ: the attributions must be those of
    # the whole pipeline (lemmas included: without them no verb is a cue).
    from generator.extract.attribution import COMPONENTS_READ

    text = (
        'The ministry said the troops had withdrawn. "We will not retreat," Pashinyan told '
        "reporters, while Baku denied the claim and accused Yerevan of shelling towns."
    )
    whole = [(a.cue.text, a.content.text) for a in find_attributions(nlp(text))]
    unread = [name for name in nlp.pipe_names if name not in COMPONENTS_READ]
    with nlp.select_pipes(disable=unread):
        part = [(a.cue.text, a.content.text) for a in find_attributions(nlp(text))]
    assert len(whole) >= 3
    assert part == whole
