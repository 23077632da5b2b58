"""generator.site.filters: the theme's own Jinja filters."""

from __future__ import annotations

import pytest

from generator.site.filters import agree


@pytest.mark.parametrize(
    ("verb", "speakers", "shown"),
    [
        ("says", 1, "says"),
        ("says", 2, "say"),
        ("accuses", 2, "accuse"),
        ("denies", 2, "deny"),
        ("calls for", 2, "call for"),
        ("pushes", 3, "push"),
        ("has warned", 2, "have warned"),
        ("stresses", 2, "stress"),
        ("", 2, ""),
    ],
)
def test_a_claim_of_two_speakers_has_its_verb_agree(verb: str, speakers: int, shown: str) -> None:
    assert agree(verb, speakers) == shown
