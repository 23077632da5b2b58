"""A claim's text is the claimed content only: joined from its parts, without the
attribution; its quote is the speaker's words when the claim is given in them.

Invented text only.  Each test names the rule it pins down.
"""

from __future__ import annotations

from generator.extract.attribution.quotes import quote_regions
from generator.factsheet.model import Claim, FactSheet


def by_words(sheet: FactSheet, words: str) -> Claim:
    found = [c for c in sheet.claims if words in c.text]
    assert found, [(c.by, c.text) for c in sheet.claims]
    return found[0]


def test_a_quote_split_around_its_attribution_is_joined(sheet_of):
    sheet = sheet_of(
        '"We took only the positions that fired on us," Lerner said at a rally. "Our strike '
        'was planned with care."'
    )
    claim = by_words(sheet, "positions that fired")
    assert claim.text == (
        '"We took only the positions that fired on us. Our strike was planned with care."'
    )
    assert "said" not in claim.text


def test_a_sentence_split_by_its_attribution_reads_as_one(sheet_of):
    sheet = sheet_of('"We are ready," Anna Berg said, "and we will stay until the end."')
    assert by_words(sheet, "We are ready").text == '"We are ready, and we will stay until the end."'


def test_according_to_in_the_middle_is_not_part_of_the_claim(sheet_of):
    sheet = sheet_of(
        "The storm killed more than 300 people, according to the Red Cross, over the past month."
    )
    claim = by_words(sheet, "300 people")
    assert "according to" not in claim.text, claim.text
    assert claim.text.endswith("over the past month")


def test_single_quotes_are_quotations():
    text = "'We are left with little option,' the ministry's spokesman said. It's 'a lie'."
    assert [text[a:b] for a, b in quote_regions(text)] == [
        "'We are left with little option,'",
        "'a lie'",
    ]
    curly = "‘We are ready,’ he said, ‘and we won’t stop.’ The soldiers’ families agreed."
    assert [curly[a:b] for a, b in quote_regions(curly)] == [
        "‘We are ready,’",
        "‘and we won’t stop.’",
    ]


def test_a_single_quoted_claim_before_its_source_is_found(sheet_of):
    sheet = sheet_of(
        "'Our forces are left with little option but to defend themselves,' Moldova's "
        "foreign ministry claimed. 'Now Romania must act.'"
    )
    claim = by_words(sheet, "little option")
    assert claim.by == ("moldova-foreign-ministry",), claim.by
    assert claim.quote and "Now Romania must act" in claim.quote


def test_a_few_quoted_words_in_a_paraphrase_are_no_quote(sheet_of):
    sheet = sheet_of('Mayor Anna Berg said on Tuesday that the new bridge was "a disaster".')
    claim = by_words(sheet, "a disaster")
    assert claim.quote is None
    whole = sheet_of('"The new bridge is a disaster for the town," Mayor Anna Berg said.')
    assert by_words(whole, "disaster").quote == "The new bridge is a disaster for the town"


def test_a_claim_ends_where_a_second_speaker_comes_in_after_while(sheet_of):
    sheet = sheet_of(
        "Romania has said it stands by Moldova, while Russia – a long-standing ally of "
        "Transnistria – is striking a more balanced tone, urging an immediate ceasefire."
    )
    assert by_words(sheet, "stands by").text == "it stands by Moldova"


def test_troops_a_speaker_says_were_killed_by_an_attack_are_the_other_sides(sheet_of):
    sheet = sheet_of(
        "Romania's army said on Monday that it had destroyed two Moldovan tanks.\n\n"
        "Moldova said the Romanian shelling had damaged three villages.\n\n"
        "Romania said its shelling had killed as many as 550 separatist troops."
    )
    figure = next(f for c in sheet.claims for f in c.figures if f.value == 550)
    assert figure.side == "moldova", figure


def test_a_clause_before_a_nested_cue_is_not_cut_to_its_opening_words(sheet_of):
    """ "argues that as voters learned more, ...": "learned" is no end of the claim."""
    sheet = sheet_of(
        "Mayor Ana Holm is still ahead in the polls. Party leaders say that as her path to a "
        "second term continues to narrow, Holm will tone down her attacks against Berg."
    )
    texts = [c.text for c in sheet.claims]
    assert any("tone down her attacks" in t for t in texts), texts
    assert not any(t.strip() in ("that as", "as") for t in texts), texts
