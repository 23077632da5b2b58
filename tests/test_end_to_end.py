"""The seed article, end to end: two builds in a scratch project, real content checked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from tests.scratch import REPO, SEED, scratch_project

BASE = urlsplit(yaml.safe_load((REPO / "mkdocs.yml").read_text())["site_url"]).path

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return scratch_project(tmp_path_factory.mktemp("project"), SEED)


def explainer(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def built(project: Path) -> Path:
    result = explainer(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return project


def sheet_of(root: Path) -> dict:
    (path,) = sorted((root / "content" / "facts").glob("*.yaml"))
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_build_writes_one_sheet_with_the_seed_facts(built: Path) -> None:
    sheet = sheet_of(built)
    assert sheet["article"]["file"].endswith(SEED.name)
    assert sheet["article"]["published"] is None
    actors = {a["id"]: a for a in sheet["actors"]}
    for needed in ("vladimir-putin", "nikol-pashinyan", "armenia", "azerbaijan"):
        assert needed in actors, sorted(actors)
    assert "Kremlin" in actors["russia"]["aliases"] or any(
        "Kremlin" in a.get("aliases", []) for a in sheet["actors"]
    )
    assert not {"sunday", "twitter", "open-magazine"} & set(actors)
    by = {c["by"] if isinstance(c["by"], str) else c["by"][0] for c in sheet["claims"]}
    assert by <= set(actors), "every claim's source is a known actor"
    assert any(c.get("disputes") for c in sheet["claims"]), "the who-attacked-first dispute"
    years = {str(b["date"])[:4] for b in sheet["background"]}
    assert {"1991", "1994"} <= years
    (analysis,) = sheet["analysis"]
    assert analysis["by"] == "deborah-haynes"


def test_second_build_leaves_sheets_byte_identical(built: Path) -> None:
    paths = sorted((built / "content" / "facts").glob("*.yaml"))
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    result = explainer(built, "build", "--strict")
    assert result.returncode == 0, result.stderr
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    assert before == after


def test_site_has_actor_pages_and_no_broken_links(built: Path) -> None:
    site = built / "site"
    pages = sorted(site.rglob("*.html"))
    assert (site / "index.html").exists()
    texts = {p: p.read_text(encoding="utf-8") for p in pages}
    assert any("Nikol Pashinyan" in t for t in texts.values())
    broken = []
    for page, html in texts.items():
        for a in BeautifulSoup(html, "lxml").find_all("a", href=True):
            href = a["href"]
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "#")):
                continue
            path = unquote(parts.path)
            if path.startswith(BASE):  # absolute links (the 404 page) carry site_url's path
                target = (site / path[len(BASE) :]).resolve()
            else:
                target = (page.parent / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {href}")
    assert not broken, "\n".join(broken[:20])
