"""``explainer serve`` drafts a sheet (and so a page) for an article dropped in while it
runs, and says so; before, a new article was ignored without a word."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator import pipeline, site
from generator.watching import ArticleWatch

from .scratch import scratch_project

ARTICLE = """Dam row deepens in the valley

Lowford's mayor Anna Berg said on Monday that the Highmere dam had flooded forty houses.

Highmere's council denied that its engineers had opened the sluices.
"""


def wait_for(check, seconds: float = 120.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_the_watch_calls_back_once_a_new_file_holds_still(tmp_path: Path) -> None:
    calls: list[int] = []
    watch = ArticleWatch(tmp_path, lambda: calls.append(1), every=0.05)
    (tmp_path / "early.txt").write_text("Added before the watch's thread runs.\n")
    with watch:
        assert wait_for(lambda: calls == [1], 5)  # seen, though its thread came later
        calls.clear()
        time.sleep(0.2)
        assert calls == []  # nothing changed
        (tmp_path / "new.txt").write_text("A story.\n")
        assert wait_for(lambda: calls == [1], 5)
        (tmp_path / ".hidden").write_text("not an article\n")
        time.sleep(0.3)
    assert calls == [1]


@pytest.mark.slow
def test_serve_drafts_the_sheet_of_an_article_added_while_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = scratch_project(tmp_path / "project")
    monkeypatch.chdir(root)
    said: list[str] = []
    sheet = root / "content" / "facts" / "dam-row.yaml"

    def fake_serve(config_file: Path, dev_addr: str = "") -> None:  # MkDocs' serve, stood in
        (root / "content" / "articles" / "dam-row.txt").write_text(ARTICLE, encoding="utf-8")
        drafted = wait_for(lambda: sheet.is_file() and any("dam-row.yaml" in s for s in said))
        assert drafted, (said, problems)

    monkeypatch.setattr(site, "serve", fake_serve)
    problems: list[object] = []
    pipeline.serve(
        Path("mkdocs.yml"), dev_addr="127.0.0.1:0", report=problems.extend, progress=said.append
    )
    assert sheet.is_file()
    assert "Anna Berg" in sheet.read_text(encoding="utf-8")
    assert any("dam-row.yaml: drafted for a new or changed article" in s for s in said)
    assert problems == []
