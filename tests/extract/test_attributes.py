"""The remembered token attributes are the ones spaCy's own rule components give."""

from __future__ import annotations

import pytest

from generator.extract import attributes
from generator.extract.language import load_language, load_stock_language

# News-like text, and the shapes the ruler's two-token patterns read: "let 's",
# "there is", "gon na", "got ta", "ai n't", "c'm on", "y' all".
TEXTS = [
    "Armenian Prime Minister Nikol Pashinyan said on Sunday that Azerbaijan had attacked.",
    "“We will not retreat,” the ministry said in a statement, adding that 16 were killed.",
    "Let's be clear: there is no ceasefire, and there are reports of shelling.",
    "There was a time when they were gonna win. Y'all know it ain't over.",
    "C'mon, we gotta go, he told reporters, who've been waiting since 9 a.m.",
    "She's running; he'd said they're leaving. It's 2020's worst day — isn't it?",
    "The U.S. State Department's spokesman, Ned Price, declined to comment.\n\n",
    "Prices rose 3.5% to $1,200 in 1991-94, according to the IMF's data.",
    "   ",
    "",
    "Don't, won't, can't, shan't: the words kept coming as the talks broke down.",
    "\u201cWho said that?\u201d asked the Kremlin spokesman Dmitry Peskov.",
]


def annotations(doc):  # type: ignore[no-untyped-def]
    return [
        (t.text, t.tag_, t.dep_, t.pos_, str(t.morph), t.lemma_, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


def test_the_pipeline_runs_the_component_in_place_of_the_two_rules() -> None:
    nlp = load_language()
    assert attributes.NAME in nlp.pipe_names
    assert attributes.RULER in nlp.disabled and attributes.LEMMATIZER in nlp.disabled


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_is_annotated_as_spacy_annotates_it(text: str) -> None:
    stock, fast = load_stock_language(), load_language()
    assert annotations(fast(text)) == annotations(stock(text))


def test_the_same_after_the_memory_is_warm_and_in_batches() -> None:
    stock, fast = load_stock_language(), load_language()
    texts = TEXTS * 3
    assert [annotations(d) for d in fast.pipe(texts)] == [annotations(d) for d in stock.pipe(texts)]


def test_a_pipeline_without_the_two_rules_is_left_alone() -> None:
    import spacy

    blank = spacy.blank("en")
    assert attributes.install(blank).pipe_names == []
