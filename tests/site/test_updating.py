"""``updating.update``: a site brought up to date file by file."""

from __future__ import annotations

from pathlib import Path

from generator.site.updating import LastSite, update


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def write(folder: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_changed_files_move_in_same_ones_stay_and_stale_ones_go(tmp_path: Path) -> None:
    site, new = tmp_path / "site", tmp_path / "new"
    write(site, {"a/index.html": "A", "b/index.html": "B", "old/index.html": "O", "c.css": "C"})
    write(new, {"a/index.html": "A", "b/index.html": "B2", "d/e/index.html": "E"})
    kept = (site / "a" / "index.html").stat().st_ino
    update(new, site, made={"c.css"})  # c.css made by the build, not written: kept
    assert tree(site) == {
        "a/index.html": "A",
        "b/index.html": "B2",
        "c.css": "C",
        "d/e/index.html": "E",
    }
    assert (site / "a" / "index.html").stat().st_ino == kept  # the same file, untouched
    assert not (site / "old").exists()


def test_a_file_where_a_folder_goes_and_the_other_way_round(tmp_path: Path) -> None:
    site, new = tmp_path / "site", tmp_path / "new"
    write(site, {"x": "file", "y/index.html": "folder"})
    write(new, {"x/index.html": "now a folder", "y": "now a file"})
    update(new, site)
    assert tree(site) == {"x/index.html": "now a folder", "y": "now a file"}


def test_spared_names_are_left_alone(tmp_path: Path) -> None:
    site, new = tmp_path / "site", tmp_path / "new"
    write(site, {"pagefind/index.pf": "I", "top.txt": "T", "a.html": "A"})
    write(new, {"a.html": "A"})
    update(new, site, spare={"pagefind", "top.txt"})
    assert tree(site) == {"a.html": "A", "pagefind/index.pf": "I", "top.txt": "T"}


def test_a_symlink_in_the_old_site_is_replaced_not_followed(tmp_path: Path) -> None:
    site, new, elsewhere = tmp_path / "site", tmp_path / "new", tmp_path / "elsewhere"
    write(elsewhere, {"index.html": "outside"})
    site.mkdir()
    (site / "linked").symlink_to(elsewhere)
    (site / "page.html").symlink_to(elsewhere / "index.html")
    write(new, {"page.html": "outside"})
    update(new, site)
    assert tree(site) == {"page.html": "outside"}
    assert not (site / "page.html").is_symlink() and not (site / "linked").exists()
    assert tree(elsewhere) == {"index.html": "outside"}  # never written through a link


def test_last_site_keeps_a_page_only_when_its_bytes_are_there(tmp_path: Path) -> None:
    write(tmp_path, {"a/index.html": "same", "b/index.html": "older"})
    last = LastSite(tmp_path)
    assert last.same("a.md", "a/index.html", b"same")
    assert not last.same("b.md", "b/index.html", b"newer")
    assert not last.same("c.md", "c/index.html", b"new")
    assert last.kept == {"a.md"}
