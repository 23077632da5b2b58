"""A scratch explainer project for end-to-end tests: the repo's theme, pages and config."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "content" / "articles" / "000_2926eab6d77f57bf.txt"


def scratch_project(root: Path, *articles: Path) -> Path:
    """Lay out ``root`` as a project (mkdocs.yml, theme/, content/pages/) with ``articles``."""
    (root / "content" / "articles").mkdir(parents=True, exist_ok=True)
    for article in articles:
        shutil.copy(article, root / "content" / "articles" / article.name)
    shutil.copytree(REPO / "content" / "pages", root / "content" / "pages")
    shutil.copytree(REPO / "theme", root / "theme")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root
