"""The editor's guide is for editors: off the readers' navigation and search, or left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .conftest import REPO, make_project, mkdocs_build

pytestmark = pytest.mark.slow


def project_with_guide(root: Path, *, option: str = "") -> Path:
    make_project(root, search=False)
    guide = (REPO / "content" / "pages" / "editing.md").read_text(encoding="utf-8")
    (root / "content" / "pages" / "editing.md").write_text(guide, encoding="utf-8")
    if option:
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        (root / "mkdocs.yml").write_text(
            config.replace("content_dir: content", f"content_dir: content\n      {option}")
        )
    return root


def test_the_guide_is_published_off_the_navigation_and_search(tmp_path: Path) -> None:
    root = project_with_guide(tmp_path / "p")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    site = root / "site"
    guide = BeautifulSoup((site / "editing" / "index.html").read_text(), "lxml")
    assert guide.find("h1").get_text() == "Editing fact sheets"
    assert guide.select_one('meta[name="robots"]')["content"] == "noindex"
    assert guide.select_one("main").get("data-pagefind-body") is None  # not indexed
    home = BeautifulSoup((site / "index.html").read_text(), "lxml")
    assert not [a for a in home.select("nav a") if "editing" in a["href"]]
    assert [a for a in home.select("nav a") if "about" in a["href"]]
    about = BeautifulSoup((site / "about" / "index.html").read_text(), "lxml")
    assert about.select_one("main").get("data-pagefind-body") is not None  # readers' page


def test_the_guide_can_be_left_out(tmp_path: Path) -> None:
    root = project_with_guide(tmp_path / "p", option="editor_guide: false")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    assert not (root / "site" / "editing").exists()
