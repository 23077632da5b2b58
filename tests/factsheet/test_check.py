"""`check` across sheets, the article-file check, warnings, finding sheets."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from generator import factsheet
from generator.factsheet import model

from .sheet_fixtures import make_sheet


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "content" / "articles" / "river-dispute.txt").write_text("Dam breaks.\n")
    return tmp_path


def _save(project: Path, sheet: model.FactSheet, name: str) -> Path:
    path = project / "content" / "facts" / name
    factsheet.save(sheet, path)
    return path


def test_a_valid_sheet_has_only_the_published_date_warning(project: Path) -> None:
    path = _save(project, make_sheet(), "river-dispute.yaml")
    problems = factsheet.check([path], root=project)
    assert [str(p) for p in problems] == [
        "content/facts/river-dispute.yaml:18:14: article.published: warning: not set, so 1 "
        "relative date(s) stay unresolved (set article.published: YYYY-MM-DD)"
    ]


def test_a_published_date_silences_the_warning(project: Path) -> None:
    sheet = make_sheet()
    sheet = dataclasses.replace(
        sheet, article=dataclasses.replace(sheet.article, published="2024-03-02")
    )
    path = _save(project, sheet, "river-dispute.yaml")
    assert factsheet.check([path], root=project) == []


def test_paths_are_shown_relative_to_the_root(project: Path) -> None:
    path = _save(project, make_sheet(), "river-dispute.yaml")
    problem = factsheet.check([path], root=project)[0]
    assert problem.path == "content/facts/river-dispute.yaml"
    assert problem.line == 18


def test_a_sheet_whose_article_is_gone(project: Path) -> None:
    sheet = make_sheet()
    sheet = dataclasses.replace(
        sheet,
        article=dataclasses.replace(
            sheet.article, file="content/articles/gone.txt", published="2024-03-02"
        ),
    )
    path = _save(project, sheet, "river-dispute.yaml")
    assert [str(p) for p in factsheet.check([path], root=project)] == [
        "content/facts/river-dispute.yaml:16:9: article.file: article file "
        f"'content/articles/gone.txt' is gone (restore it, or fix article.file (a path "
        f"relative to {project}))"
    ]


def test_conflicting_actor_definitions_across_sheets(project: Path) -> None:
    first = _save(project, make_sheet(), "a.yaml")
    other = make_sheet()
    highmere = dataclasses.replace(other.actors[2], kind="organisation")
    second = _save(
        project, dataclasses.replace(other, actors=(*other.actors[:2], highmere)), "b.yaml"
    )
    problems = factsheet.check([first, second], root=project)
    conflicts = [p for p in problems if p.field == "actors[2].id"]
    # a warning, not an error: knowledge.build merges one id into one actor
    assert [str(p) for p in conflicts] == [
        "content/facts/b.yaml:35:7: actors[2].id: warning: actor 'highmere' is 'Highmere' "
        "(organisation) here but 'Highmere' (place) at content/facts/a.yaml:35 (one id is "
        "one actor in every sheet: make name and kind agree, or give one of them another id)"
    ]


def test_the_same_actor_in_two_sheets_is_fine(project: Path) -> None:
    first = _save(project, make_sheet(), "a.yaml")
    second = _save(project, make_sheet(), "b.yaml")
    problems = factsheet.check([first, second], root=project)
    assert all(p.severity == "warning" for p in problems)


def test_every_sheet_is_checked_even_after_a_broken_one(project: Path) -> None:
    broken = project / "content" / "facts" / "a.yaml"
    broken.parent.mkdir(parents=True)
    broken.write_text("article: [\n", encoding="utf-8")
    good = _save(project, make_sheet(summary=""), "b.yaml")
    missing = project / "content" / "facts" / "c.yaml"
    problems = factsheet.check([broken, good, missing], root=project)
    assert [(p.path, p.severity) for p in problems] == [
        ("content/facts/a.yaml", "error"),
        ("content/facts/b.yaml", "warning"),
        ("content/facts/c.yaml", "error"),
    ]
    assert problems[2].message == "no such fact sheet"


def test_find_sheets_is_sorted_and_skips_hidden_files(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.yml", ".draft.yaml", "notes.txt", ".a.yaml.123.tmp"):
        (tmp_path / name).write_text("x: 1\n")
    (tmp_path / "folder.yaml").mkdir()
    assert [p.name for p in factsheet.find_sheets(tmp_path)] == ["a.yml", "b.yaml"]
    assert factsheet.find_sheets(tmp_path / "absent") == []


def test_article_changed_compares_the_recorded_checksum(project: Path) -> None:
    article = project / "content" / "articles" / "river-dispute.txt"
    digest = hashlib.sha256(article.read_bytes()).hexdigest()
    sheet = make_sheet()
    sheet = dataclasses.replace(sheet, article=dataclasses.replace(sheet.article, sha256=digest))
    path = _save(project, sheet, "river-dispute.yaml")
    assert not factsheet.article_changed(path, article)
    article.write_text("Dam breaks again.\n")
    assert factsheet.article_changed(path, article)
    article.unlink()
    assert factsheet.article_changed(path, article)


def test_a_sheet_without_checksum_is_the_editors(project: Path) -> None:
    sheet = make_sheet()
    sheet = dataclasses.replace(sheet, article=dataclasses.replace(sheet.article, sha256=None))
    path = _save(project, sheet, "river-dispute.yaml")
    article = project / "content" / "articles" / "river-dispute.txt"
    assert not factsheet.article_changed(path, article)


def test_advice_on_shared_names_and_misquoted_evidence(project: Path) -> None:
    sheet = make_sheet()
    sheet = dataclasses.replace(
        sheet, article=dataclasses.replace(sheet.article, published="2024-03-02")
    )
    highmere = dataclasses.replace(sheet.actors[2], aliases=("the lower town",))
    claim = dataclasses.replace(
        sheet.claims[1], evidence=model.Evidence("p2", "Highmere admitted everything.")
    )
    sheet = dataclasses.replace(
        sheet, actors=(*sheet.actors[:2], highmere), claims=(sheet.claims[0], claim)
    )
    path = _save(project, sheet, "river-dispute.yaml")
    problems = factsheet.check([path], root=project)
    assert [str(p) for p in problems] == [
        "content/facts/river-dispute.yaml:39:5: actors[2].aliases[0]: warning: 'the lower "
        "town' also names actor 'lowford' (if they are one actor, merge them (see the "
        "editor's guide); otherwise remove the name from one of them)",
        "content/facts/river-dispute.yaml:65:15: claims[1].evidence.sentence: warning: the "
        "sentence is not in paragraph 'p2' (copy it verbatim from that paragraph, or fix "
        "evidence.paragraph)",
    ]


def test_a_folder_stands_for_its_sheets(project: Path) -> None:
    _save(project, make_sheet(), "a.yaml")
    _save(project, make_sheet(), "b.yaml")
    problems = factsheet.check([project / "content" / "facts"], root=project)
    assert [p.path for p in problems] == ["content/facts/a.yaml", "content/facts/b.yaml"]


def test_an_unnamed_source_belongs_to_its_own_sheet(project: Path) -> None:
    """ "The man" in one article and "A man" in another share an id but are never
    merged (knowledge keeps unnamed sources with their article): no conflict."""
    sheets = []
    for name, file in (("The man", "a.yaml"), ("A man", "b.yaml")):
        sheet = make_sheet()
        man = dataclasses.replace(
            sheet.actors[2], id="man", name=name, kind="person", role="unnamed source"
        )
        sheets.append(_save(project, dataclasses.replace(sheet, actors=(*sheet.actors, man)), file))
    problems = factsheet.check(sheets, root=project)
    assert not [p for p in problems if p.field and p.field.endswith(".id")]


def test_a_leading_article_is_no_conflict(project: Path) -> None:
    first = _save(project, make_sheet(), "a.yaml")
    other = make_sheet()
    highmere = dataclasses.replace(other.actors[2], name="The Highmere")
    second = _save(
        project, dataclasses.replace(other, actors=(*other.actors[:2], highmere)), "b.yaml"
    )
    problems = factsheet.check([first, second], root=project)
    assert not [p for p in problems if p.field == "actors[2].id"]
