"""``build_site``: a failed build leaves the previous ``site/`` byte-identical."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from generator.errors import ExplainerError, SiteError

from .conftest import build_site


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def project(tmp_path: Path, new_project) -> Path:
    root = new_project(tmp_path / "project", search=False)
    build_site(root / "mkdocs.yml", strict=True)
    return root


def test_build_writes_the_site_and_leaves_no_staging_folder(project: Path) -> None:
    assert (project / "site" / "actors" / "ana-kovel" / "index.html").is_file()
    assert sorted(p.name for p in project.iterdir()) == ["content", "mkdocs.yml", "site", "theme"]


def test_invalid_sheet_names_file_and_line_and_keeps_the_old_site(project: Path) -> None:
    before = fingerprint(project / "site")
    sheet = project / "content" / "facts" / "orlen-valley.yaml"
    sheet.write_text(
        sheet.read_text(encoding="utf-8").replace("by: tomas-brenn", "by: tomas-bren"),
        encoding="utf-8",
    )
    with pytest.raises(ExplainerError) as caught:
        build_site(project / "mkdocs.yml", strict=True)
    message = str(caught.value)
    assert "orlen-valley.yaml:" in message and "tomas-bren" in message
    assert "Traceback" not in message
    assert fingerprint(project / "site") == before
    assert sorted(p.name for p in project.iterdir()) == ["content", "mkdocs.yml", "site", "theme"]


def test_mkdocs_warning_in_strict_mode_fails_cleanly(project: Path) -> None:
    before = fingerprint(project / "site")
    about = project / "content" / "pages" / "about.md"
    about.write_text("# About\n\nSee [nowhere](missing.md).\n", encoding="utf-8")
    with pytest.raises(SiteError) as caught:
        build_site(project / "mkdocs.yml", strict=True)
    assert "missing.md" in str(caught.value)
    assert fingerprint(project / "site") == before


def test_second_build_replaces_the_site(project: Path) -> None:
    (project / "site" / "stale.html").write_text("old", encoding="utf-8")
    assert build_site(project / "mkdocs.yml") == ()
    assert not (project / "site" / "stale.html").exists()
    assert (project / "site" / ".nojekyll").exists()


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*.html")}


def test_a_rebuild_writes_only_what_changed_and_equals_a_fresh_build(
    project: Path, tmp_path: Path
) -> None:
    site_dir = project / "site"
    before = inodes(site_dir)
    (site_dir / "gone").mkdir()
    (site_dir / "gone" / "index.html").write_text("old", encoding="utf-8")
    about = project / "content" / "pages" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nA new line.\n", encoding="utf-8")
    assert build_site(project / "mkdocs.yml") == ()

    after = inodes(site_dir)
    changed = sorted(uri for uri, node in after.items() if before.get(uri) != node)
    assert "about/index.html" in changed
    assert "A new line." in (site_dir / "about" / "index.html").read_text(encoding="utf-8")
    assert len(changed) < len(after) / 2  # the actor pages, claims... kept as they were
    assert after["actors/ana-kovel/index.html"] == before["actors/ana-kovel/index.html"]
    assert not (site_dir / "gone").exists()  # no longer made: removed, with its folder
    assert sorted(p.name for p in project.iterdir()) == ["content", "mkdocs.yml", "site", "theme"]

    fresh = tmp_path / "fresh"
    shutil.copytree(project, fresh, ignore=shutil.ignore_patterns("site"))
    build_site(fresh / "mkdocs.yml")
    assert fingerprint(site_dir) == fingerprint(fresh / "site")


def test_warnings_of_a_lenient_build_are_returned(project: Path) -> None:
    about = project / "content" / "pages" / "about.md"
    about.write_text("# About\n\nSee [nowhere](missing.md).\n", encoding="utf-8")
    (warning,) = build_site(project / "mkdocs.yml")
    assert warning.severity == "warning" and "missing.md" in warning.message


def test_a_project_without_fact_sheets_builds_an_empty_site(tmp_path: Path, new_project) -> None:
    project = new_project(tmp_path / "empty", search=False)
    for sheet in (project / "content" / "facts").glob("*.yaml"):
        sheet.unlink()
    build_site(project / "mkdocs.yml", strict=True)
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "No fact sheets yet" in home
    assert not (project / "site" / "actors" / "ana-kovel").exists()


def test_missing_or_broken_config_is_a_site_error(tmp_path: Path) -> None:
    with pytest.raises(SiteError, match="no such MkDocs config"):
        build_site(tmp_path / "nowhere.yml")
    broken = tmp_path / "mkdocs.yml"
    broken.write_text("site_name: [unclosed\n", encoding="utf-8")
    with pytest.raises(SiteError, match="invalid MkDocs config"):
        build_site(broken)


def test_site_dir_from_the_config(tmp_path: Path, new_project) -> None:
    project = new_project(tmp_path / "p", search=False)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "site_dir: public\n", encoding="utf-8")
    build_site(config)
    assert (project / "public" / "index.html").is_file()
    assert not (project / "site").exists()


def test_leftovers_of_killed_builds_are_cleared(tmp_path: Path, new_project) -> None:
    from generator.site import clear_leftovers, open_project

    project = new_project(tmp_path / "p", search=False)
    stale = [project / ".site.new-abc123", project / ".site.old-def456"]
    for folder in stale:
        (folder / "actors").mkdir(parents=True)
        (folder / "actors" / "index.html").write_text("old", encoding="utf-8")
    keep = project / ".siteish.new-1"  # not a staging folder of site/
    keep.mkdir()
    assert clear_leftovers(open_project(project / "mkdocs.yml")) == sorted(stale)
    assert not any(folder.exists() for folder in stale) and keep.exists()
    build_site(project / "mkdocs.yml")
    assert not list(project.glob(".site.*"))


def test_a_theme_missing_a_template_is_named(tmp_path: Path, new_project) -> None:
    project = new_project(tmp_path / "p", search=False)
    (project / "theme" / "outlet.html").unlink()  # an own theme copied before outlets
    with pytest.raises(SiteError) as caught:
        build_site(project / "mkdocs.yml")
    assert "the theme has no template 'outlet.html'" in str(caught.value)
    assert not (project / "site").exists()


def test_a_first_site_whose_search_index_fails_is_not_put_in_place(
    tmp_path: Path, new_project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.errors import Problem
    from generator.site import search_index

    def broken(site: Path, output: Path | None = None) -> None:
        assert site.name.startswith(".site.new-")  # the drawn site, before it is in place
        raise SiteError(Problem("mkdocs.yml", "the Pagefind search index failed: disk full"))

    monkeypatch.setattr(search_index, "build_index", broken)
    project = new_project(tmp_path / "p", search=True)
    with pytest.raises(SiteError, match="disk full"):
        build_site(project / "mkdocs.yml")
    assert sorted(p.name for p in project.iterdir()) == ["content", "mkdocs.yml", "theme"]
