"""The search index built in the background under ``mkdocs serve``."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.site import search_index

pytest.importorskip("pagefind_bin")

PAGE = """<!doctype html><html lang="en"><head><title>{title}</title></head>
<body><main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>
"""


def site_with(root: Path, pages: int) -> Path:
    for n in range(pages):
        page = root / f"page-{n}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(PAGE.format(title=f"Page {n}", text=f"harbour ferry {n}"))
    return root


def test_the_background_index_replaces_the_old_one_when_complete(tmp_path: Path) -> None:
    site = site_with(tmp_path / "site", 3)
    old = site / search_index.BUNDLE
    old.mkdir()
    (old / "stale.txt").write_text("from the last build")
    index = search_index.BackgroundIndex()
    index.start(site)
    assert index._thread is not None
    index._thread.join(120)
    assert index.failure is None
    assert (site / search_index.BUNDLE / "pagefind.js").is_file()
    assert not (site / search_index.BUNDLE / "stale.txt").exists()


def test_a_cancelled_index_leaves_the_last_one_alone(tmp_path: Path) -> None:
    site = site_with(tmp_path / "site", 200)
    old = site / search_index.BUNDLE
    old.mkdir()
    (old / "pagefind.js").write_text("the last complete index")
    index = search_index.BackgroundIndex()
    index.start(site)
    index.cancel()  # a new edit came in: this index would be stale
    assert (old / "pagefind.js").read_text() == "the last complete index"
    assert index.failure is None


def test_a_failing_index_is_reported_not_raised(tmp_path: Path) -> None:
    index = search_index.BackgroundIndex()
    index.start(tmp_path / "no-such-site")
    if index._thread is not None:
        index._thread.join(120)
    assert index.failure is not None
    assert "Pagefind" in str(index.failure)


def test_an_index_brought_up_to_date_equals_a_fresh_one(tmp_path: Path) -> None:
    site = site_with(tmp_path / "site", 3)
    search_index.update_index(site)  # (no index yet: written whole)
    (site / search_index.BUNDLE / "stale.txt").write_text("from the last build")
    entry = site / search_index.BUNDLE / "pagefind.js"
    kept = entry.stat().st_ino
    (site / "page-1" / "index.html").write_text(PAGE.format(title="Page 1", text="lighthouse"))
    search_index.update_index(site)

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    for page in ("page-0", "page-1", "page-2"):
        (fresh / page).mkdir()
        (fresh / page / "index.html").write_bytes((site / page / "index.html").read_bytes())
    search_index.build_index(fresh)

    def files(folder: Path) -> dict[str, bytes]:
        index = folder / search_index.BUNDLE
        return {
            p.relative_to(index).as_posix(): p.read_bytes() for p in index.rglob("*") if p.is_file()
        }

    assert files(site) == files(fresh)
    assert entry.stat().st_ino == kept  # the same script as before: not rewritten
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh", "site"]  # no scratch left
