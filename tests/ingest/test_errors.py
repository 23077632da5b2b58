"""Files too large to be one article are refused before they are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import IngestError
from generator.ingest import read_article
from generator.ingest.reader import MAX_BYTES


def test_oversized_page_is_refused_with_size_and_fix(tmp_path: Path) -> None:
    page = tmp_path / "dump.html"
    with page.open("wb") as handle:  # sparse: no need to write the bytes
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(IngestError) as caught:
        read_article(page)
    (problem,) = caught.value.problems
    assert problem.path == str(page)
    assert "MB" in problem.message and "more than" in problem.message
    assert problem.hint == "save just the article page, or copy its text into a .txt file"
