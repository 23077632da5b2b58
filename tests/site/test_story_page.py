"""The story page as drawn: a long list of events folds away behind its count."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from .conftest import build_site

# ten more news events for the fixture's story (its article is of 14 March 2031)
MORE_NEWS = "".join(
    f"  - date: '2031-03-{day:02d}'\n"
    "    precision: day\n"
    f"    text: Convoy number {day} crossed the valley.\n"
    "    actors: [orlen-valley]\n"
    for day in range(1, 11)
)


def story_page(root: Path) -> BeautifulSoup:
    (page,) = (root / "site" / "stories").glob("*/index.html")
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def test_a_long_story_timeline_shows_eight_events_and_folds_the_rest(
    tmp_path: Path, new_project
) -> None:
    root = new_project(tmp_path / "project", search=False)
    sheet = root / "content" / "facts" / "orlen-valley.yaml"
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("analysis:\n", MORE_NEWS + "analysis:\n", 1), encoding="utf-8")
    build_site(root / "mkdocs.yml", strict=True)
    section = story_page(root).select_one("section[aria-labelledby=timeline]")
    assert section is not None
    lists = section.find_all("ol", class_="timeline", recursive=False)
    news, past = [len(ol.find_all("li")) for ol in lists]
    assert (news, past) == (8, 3)  # eleven news events: eight shown; three of background
    (fold,) = section.select("details.fold")
    assert fold.summary.get_text(strip=True) == "3 more events"
    assert len(fold.find_all("li")) == 3 and fold.ol["start"] == "9"
    dates = [p.get_text(" ", strip=True) for p in section.select(".timeline__date")]
    assert dates[:2] == ["1 March 2031", "2 March 2031"] and "1998" in dates


def test_a_short_story_timeline_folds_nothing(tmp_path: Path, new_project) -> None:
    root = new_project(tmp_path / "project", search=False)
    build_site(root / "mkdocs.yml", strict=True)
    section = story_page(root).select_one("section[aria-labelledby=timeline]")
    assert section is not None and not section.select("details")
    assert section.find("h3").get_text(strip=True) == "Background"
