"""Publishing only what editors have reviewed: ``explainer build --reviewed-only`` and the
plugin's ``reviewed_only`` option leave every draft out of the site."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator import cli, factsheet
from generator.factsheet import model

from .conftest import make_project, mkdocs_build

pytestmark = pytest.mark.slow

# What the fixture sheet leaves a draft: a claim (with its two figures), a figure of a
# reviewed claim, an actor.  The article's own text, which quotes the claim and names
# the actor in its byline, is published all the same.
DRAFT_CLAIM = "six of their drones"
DRAFT_ACTOR = "actors/mira-tallis/"


def test_reviewed_only_keeps_what_is_reviewed_and_cuts_references(fixture_sheet) -> None:
    published = factsheet.reviewed_only(fixture_sheet)
    assert "mira-tallis" not in {a.id for a in published.actors}
    assert "brenn-losses" not in {c.id for c in published.claims}
    kovel = next(c for c in published.claims if c.id == "kovel-losses")
    assert [(f.value, f.side) for f in kovel.figures] == [(3, "kessmark")]
    assert published.summary == fixture_sheet.summary  # the sheet is reviewed as a whole
    assert published.paragraphs == fixture_sheet.paragraphs


def test_a_draft_sheet_publishes_only_its_reviewed_items_and_its_text(fixture_sheet) -> None:
    sheet = dataclasses.replace(fixture_sheet, review=model.DRAFT)
    reviewed = next(c for c in sheet.claims if c.id == "valdoria-blames-kessmark")
    sheet = dataclasses.replace(
        sheet,
        claims=(dataclasses.replace(reviewed, review=model.REVIEWED),),
        actors=tuple(
            dataclasses.replace(a, review=model.REVIEWED if a.id == "valdoria" else None)
            for a in sheet.actors
        ),
    )
    published = factsheet.reviewed_only(sheet)
    assert [a.id for a in published.actors] == ["valdoria"]
    claim = published.claims[0]
    assert claim.about == () and claim.disputes == ()  # kessmark and its claim are drafts
    assert published.summary == "" and published.background == () and published.analysis == ()
    assert published.paragraphs == sheet.paragraphs  # the article's own words stay


def _no_drafts_in(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        soup = BeautifulSoup(text, "lxml")
        where = page.relative_to(site)
        assert not soup.select(".draft-mark, .bar--draft, .edge--draft, .dot--draft"), where
        assert "machine draft" not in soup.get_text().lower(), where
        claims = " ".join(c.get_text() for c in soup.select(".claim, .claim-index li"))
        assert DRAFT_CLAIM not in claims, where
        assert not soup.select(f'a[href$="{DRAFT_ACTOR}"]'), where
        assert "1 drones" not in " ".join(t.get_text() for t in soup.select(".figures, svg")), where
    claims = BeautifulSoup((site / "claims" / "index.html").read_text(), "lxml")
    assert "every item on this page" in claims.select_one(".review-state").get_text()
    assert not (site / "actors" / "mira-tallis").exists()


def test_the_plugin_option_publishes_no_draft(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project", search=False)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        config.replace("content_dir: content", "content_dir: content\n      reviewed_only: true")
    )
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    _no_drafts_in(root / "site")


def test_explainer_build_reviewed_only_publishes_no_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path / "project", search=False)
    (root / "content" / "articles").mkdir()
    (root / "content" / "articles" / "orlen-valley.txt").write_text("Shelling in the valley.\n")
    monkeypatch.chdir(root)
    assert cli.main(["build", "--reviewed-only", "--processes", "1"]) == 0
    _no_drafts_in(root / "site")
    # without the flag, the drafts are there, marked
    assert cli.main(["build", "--processes", "1"]) == 0
    claims = (root / "site" / "claims" / "index.html").read_text(encoding="utf-8")
    assert DRAFT_CLAIM in claims and "draft-mark" in claims
