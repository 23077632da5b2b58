"""draft / draft_many: order, determinism, processes, errors."""

from __future__ import annotations

import pytest

from generator.extract import draft, draft_many
from generator.factsheet.model import Claim, FactSheet


def claim(sheet: FactSheet, by: str, words: str) -> Claim:
    found = [c for c in sheet.claims if by in c.by and words in c.text]
    assert found, f"no claim by {by} with {words!r}: {[(c.by, c.text) for c in sheet.claims]}"
    return found[0]


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


def test_a_failing_rule_is_an_extract_error_naming_the_article(article, nlp, monkeypatch):
    from generator.errors import ExtractError
    from generator.extract import claims as claims_module

    def broken(*_args):
        raise ValueError("boom")

    monkeypatch.setattr(claims_module, "find_claims", broken)
    with pytest.raises(ExtractError) as raised:
        draft(article("Armenia said it was ready.", file="content/articles/x.txt"), nlp)
    assert str(raised.value).startswith("content/articles/x.txt: could not draft a fact sheet")
