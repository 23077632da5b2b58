"""draft() never fails and never writes a dangling reference, whatever the text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract import draft

WORDS = [
    "Armenia", "said", "the", "ministry", "It", "denied", "which", "Baku", "Kremlin", "2",
    "helicopters", "–", "while", "Mr", "Putin", "\"", "“", "”", "'s", "’s", ",", ".", "in",
    "1991", "July", "two years ago", "by", "Analysis:", "WHAT", "?", "<script>", "&amp;",
    "Azeri", "Stepankert", "according", "to", "a", "spokeswoman", "for", "The", "both", "sides",
    "was", "quoted", "as", "saying", "accused", "of", "attacks", "é", "ß", "\u200b", "@POTUS",
]  # fmt: skip

paragraph = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)
text = st.lists(paragraph, min_size=1, max_size=6).map("\n\n".join)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=text, published=st.sampled_from([None, "2020-09-29", "2020-09-29T08:00:00Z", "x"]))
def test_any_text_gives_a_consistent_sheet(article, nlp, body, published):
    sheet = draft(article(body, published=published), nlp)
    ids = {a.id for a in sheet.actors}
    assert len(ids) == len(sheet.actors)
    claim_ids = [c.id for c in sheet.claims]
    assert len(set(claim_ids)) == len(claim_ids)
    paragraphs = {p.id: p.text for p in sheet.paragraphs}
    for actor in sheet.actors:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", actor.id)
        assert actor.affiliation is None or actor.affiliation in ids
    for c in sheet.claims:
        assert c.by and set(c.by) <= ids and set(c.about) <= ids
        assert set(c.disputes) <= set(claim_ids) and c.id not in c.disputes
        assert c.evidence.paragraph in paragraphs
    for b in sheet.background:
        assert b.precision in ("year", "month", "day", "decade", "unresolved")
        assert set(b.actors) <= ids
    for a in sheet.analysis:
        assert a.by is None or a.by in ids
    assert draft(article(body, published=published), nlp) == sheet


def test_empty_and_caption_only_articles(article, nlp):
    for body in ("Image: A file picture", "# Analysis: nothing\n\nby Someone Else"):
        sheet = draft(article(body), nlp)
        assert sheet.claims == ()
