"""A claim needs a verb of saying, believing or demanding with content: deeds, topics
and reporting that did not happen are not claims; cues a reader would call speech are.

Invented text only.  Each test names the rule it pins down.
"""

from __future__ import annotations

import pytest

from generator.extract.attribution.forms import past_lemma
from generator.factsheet.model import FactSheet


def texts(sheet: FactSheet) -> list[str]:
    return [c.text for c in sheet.claims]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Moldova has yet to announce military casualties in the fighting.", "casualties"),
        ("The ministry did not say how many soldiers were killed in the raid.", "how many"),
        ("Officials have not confirmed that the convoy was hit by a drone.", "convoy"),
        ("Mayor Anna Berg posted photos of herself at the opening on Sunday.", "photos"),
        ("Governor Anna Berg signed the water bill on Tuesday.", "water bill"),
        ("Mayor Anna Berg discussed the flooding in a phone call with Lukas Holm.", "flooding"),
        ("Fighting in Moldova has claimed the lives of at least 17 soldiers.", "17 soldiers"),
        ("President Maia Lungu ordered partial military mobilisation on Monday.", "mobilisation"),
        ("Armed men attacked bars and art galleries in the capital.", "galleries"),
        ("President Maia Lungu showed the minister the door on Friday.", "the door"),
        ("The Lowford Water Company declined to comment on the audit.", "comment"),
        ("Mayor Anna Berg refused to say whether the plant would close.", "the plant"),
        ("The Lowford Water Company agreed to pay a fine of 2 million lei.", "a fine"),
        ("The council decided to close the school in Lowford.", "the school"),
        ("The ministry plans to raise the water levy in May.", "water levy"),
        ("The Northern Front has long refused to negotiate with the government.", "negotiate"),
    ],
)
def test_deeds_topics_and_what_was_not_said_are_not_claims(sheet_of, text, words):
    sheet = sheet_of(text)
    assert not [t for t in texts(sheet) if words in t], [
        (c.by, c.verb, c.text) for c in sheet.claims
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mayor Anna Berg does not believe that the bridge will open in May.", "bridge"),
        ("Mayor Anna Berg described the new bridge as a disaster for the town.", "disaster"),
        ("Governor Anna Berg signed the bill, saying it would protect farmers.", "protect"),
        ("A Lowford poll shows Maia Lungu ahead by five points.", "five points"),
        ("Mayor Anna Berg attacked Lukas Holm for his support of the dam.", "his support"),
        ("Mayor Anna Berg found the new plan compelling.", "compelling"),
        ("Mayor Anna Berg agreed that the bridge was unsafe for lorries.", "unsafe"),
        ("Mayor Anna Berg refused to accept that the dam had failed.", "the dam had failed"),
    ],
)
def test_beliefs_assessments_and_speech_beside_a_deed_stay_claims(sheet_of, text, words):
    sheet = sheet_of(text)
    assert [t for t in texts(sheet) if words in t], [(c.by, c.verb, c.text) for c in sheet.claims]


def test_a_date_after_called_is_not_whom_it_called_on(sheet_of):
    sheet = sheet_of('Mayor Anna Berg on Wednesday called for a humanitarian "pause" in the raids.')
    claim = next(c for c in sheet.claims if "pause" in c.text)
    assert claim.by == ("anna-berg",) and claim.verb == "calls for", claim


def test_adding_after_a_quotation_is_the_speakers(sheet_of):
    sheet = sheet_of(
        'Mayor Anna Berg said in a statement, "We are pleased and relieved" at the release, '
        "adding that the family had asked to convey its gratitude."
    )
    claim = next(c for c in sheet.claims if "gratitude" in c.text)
    assert claim.by == ("anna-berg",), claim.by


def test_a_manner_of_speaking_is_a_cue(sheet_of):
    sheet = sheet_of(
        'Mayor Anna Berg met the council. "Of course the plan is just beginning," she snaps.'
    )
    claim = next(c for c in sheet.claims if "just beginning" in c.text)
    assert claim.by == ("anna-berg",)


def test_reports_rejected_by_someone_are_not_their_own_claim(nlp):
    from generator.extract.attribution import find_attributions

    found = find_attributions(
        nlp("Mayor Anna Berg rejected reports that the bridge was closed."), keep_all=True
    )
    reports = [a for a in found if a.cue.text == "reports"]
    assert all(a.source is None for a in reports), [(a.source, a.cue.text) for a in found]


@pytest.mark.parametrize(
    ("text", "words", "by"),
    [
        (
            "In a video posted online, Mayor Anna Berg can be heard saying that she has a "
            "personal grudge against the governor.",
            "personal grudge",
            "anna-berg",
        ),
        (
            "In an op-ed for the Lowford Herald, Senator Lukas Holm argued that the dam "
            "should be rebuilt.",
            "dam should be rebuilt",
            "lukas-holm",
        ),
        (
            "Governor Maia Lungu told CNN that the state would not pay for the repairs.",
            "not pay",
            "maia-lungu",
        ),
        ("The bridge will reopen in May, the Lowford Times reported.", "reopen", "lowford-times"),
    ],
)
def test_cues_of_speech_give_the_claim_to_the_speaker(sheet_of, text, words, by):
    sheet = sheet_of(text)
    claim = next((c for c in sheet.claims if words in c.text), None)
    assert claim is not None, [(c.by, c.text) for c in sheet.claims]
    assert claim.by == (by,), claim.by
    assert "reported" not in claim.text and "told" not in claim.text


def test_a_past_cue_shows_its_own_verb_not_a_lemmatizer_cut(sheet_of):
    sheet = sheet_of("Mayor Jane Roe hoped the new bridge would open by May.")
    assert [c.verb for c in sheet.claims] == ["hopes"]  # not "hops"


@pytest.mark.parametrize(
    "word, lemma, mended",
    [("hoped", "hop", "hope"), ("cited", "cit", "cite"), ("hopped", "hop", "hop"),
     ("opened", "open", "open"), ("claimed", "claim", "claim"), ("showed", "show", "show")],
)  # fmt: skip
def test_past_lemma_mends_only_a_cut_silent_e(word, lemma, mended):
    assert past_lemma(word, lemma) == mended
