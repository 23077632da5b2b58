"""generator.pipeline: what `explainer build` extracts, skips and merges."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from generator import pipeline

FIRST = """Floods close the river road

Heavy rain flooded three villages in the Lowland province on Monday, officials said.

The provincial governor, Maria Santos, said that 40 homes had been evacuated.
"""
ADDED = """
The interior minister, Tomas Berg, said the army would send 200 soldiers to help.
"""


def extract(content: Path, articles: list[Path]) -> pipeline.Result:
    return pipeline.extract(
        articles,
        facts_dir=content / "facts",
        cache_dir=content / ".explainer-cache",
        only_missing=True,
    )


@pytest.fixture()
def content(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    return tmp_path


def test_unchanged_article_is_not_extracted_twice(content: Path) -> None:
    article = content / "articles" / "floods.txt"
    article.write_text(FIRST, encoding="utf-8")
    first = extract(content, [article])
    assert [p.name for p in first.written] == ["floods.yaml"]
    sheet = content / "facts" / "floods.yaml"
    stamp = sheet.stat().st_mtime_ns
    second = extract(content, [article])
    assert second.written == [] and second.kept == [sheet]
    assert sheet.stat().st_mtime_ns == stamp


def test_changed_article_is_merged_into_the_edited_sheet(content: Path) -> None:
    article = content / "articles" / "floods.txt"
    article.write_text(FIRST, encoding="utf-8")
    extract(content, [article])
    sheet = content / "facts" / "floods.yaml"
    text = sheet.read_text(encoding="utf-8")
    assert "maria-santos" in text
    edited = text.replace("summary:", "# checked by the desk\nsummary:", 1)
    sheet.write_text(edited, encoding="utf-8")

    article.write_text(FIRST + ADDED, encoding="utf-8")
    result = extract(content, [article])
    assert not result.failed, result.problems
    merged = sheet.read_text(encoding="utf-8")
    assert "# checked by the desk" in merged, "the editor's comment survives"
    ids = {a["id"] for a in yaml.safe_load(merged)["actors"]}
    assert {"maria-santos", "tomas-berg"} <= ids, "the new finding is added"


def test_two_articles_with_one_sheet_name_are_reported(content: Path) -> None:
    one = content / "articles" / "floods.txt"
    two = content / "articles" / "floods.html"
    one.write_text(FIRST, encoding="utf-8")
    two.write_text(f"<html><body><p>{FIRST}</p></body></html>", encoding="utf-8")
    result = extract(content, [one, two])
    assert result.failed
    (problem,) = [p for p in result.problems if "same fact-sheet name" in p.message]
    assert problem.path == str(two) and "rename" in (problem.hint or "")


def test_article_gone_before_it_is_read_is_named_and_others_go_on(content: Path) -> None:
    kept = content / "articles" / "floods.txt"
    kept.write_text(FIRST, encoding="utf-8")
    gone = content / "articles" / "vanished.txt"  # listed, then deleted mid-build
    result = extract(content, [gone, kept])
    assert [p.name for p in result.written] == ["floods.yaml"]
    (problem,) = result.problems
    assert problem.path == str(gone) and problem.severity == "error"


def test_extractor_failure_on_one_article_skips_only_it(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import extract as extract_stage
    from generator.errors import ExtractError, Problem

    real = extract_stage.draft

    def fragile(article, nlp=None):  # type: ignore[no-untyped-def]
        if "cursed" in article.file:
            raise ExtractError(Problem(article.file, "extraction failed"))
        return real(article, nlp)

    draft_module = sys.modules["generator.extract.draft"]  # the package re-exports draft()
    monkeypatch.setattr(draft_module, "draft", fragile)
    paths = []
    for name in ("a.txt", "cursed.txt", "z.txt"):
        paths.append(content / "articles" / name)
        paths[-1].write_text(FIRST, encoding="utf-8")
    result = extract(content, paths)
    assert sorted(p.name for p in result.written) == ["a.yaml", "z.yaml"]
    (problem,) = result.problems
    assert problem.path.endswith("cursed.txt")


def test_many_articles_are_read_in_a_pool_in_order_with_their_problems(tmp_path: Path) -> None:
    from generator import ingest

    paths = []
    for n in range(9):
        path = tmp_path / f"a{n}.txt"
        path.write_text(f"---\ntitle: Article {n}\n---\nThe mayor said road {n} opens.\n")
        paths.append(path)
    paths.insert(4, tmp_path / "gone.txt")
    (tmp_path / "folder.txt").mkdir()
    paths.append(tmp_path / "folder.txt")
    read = list(pipeline._read_articles(paths, processes=2))
    assert [r.title if isinstance(r, ingest.Article) else None for r in read] == [
        *(f"Article {n}" for n in range(4)),
        None,
        *(f"Article {n}" for n in range(4, 9)),
        None,
    ]
    assert "no such file" in str(read[4][0]) and "gone.txt" in str(read[4][0])
    assert "is a directory" in str(read[-1][0])
    assert read == list(pipeline._read_articles(paths, processes=1))


def test_a_build_parses_each_sheet_it_writes_once(content: Path, monkeypatch) -> None:
    from generator import factsheet
    from generator.factsheet import store as store_module

    calls: list[str] = []
    parse_text = store_module.parse_text

    def counting(text: str, path: str):  # type: ignore[no-untyped-def]
        calls.append(path)
        return parse_text(text, path)

    monkeypatch.setattr(store_module, "parse_text", counting)
    article = content / "articles" / "floods-store.txt"
    article.write_text(FIRST + "\nParsed once.\n", encoding="utf-8")
    store = factsheet.SheetStore(content)
    result = pipeline.extract(
        [article],
        facts_dir=content / "facts",
        cache_dir=content / ".explainer-cache",
        only_missing=True,
        store=store,
    )
    assert len(result.written) == 1 and calls == ["facts/floods-store.yaml"]  # as written
    problems = factsheet.check([content / "facts"], root=content, store=store)
    assert [p for p in problems if p.severity == "error"] == [], problems
    sheet = store.load(content / "facts" / "floods-store.yaml")
    assert sheet.slug == "floods-store" and len(calls) == 1  # the check found it parsed
    again = pipeline.extract(
        [article],
        facts_dir=content / "facts",
        cache_dir=content / ".explainer-cache",
        only_missing=True,
        store=store,
    )
    assert again.kept and len(calls) == 1  # "has its article changed?" asked the store


def test_an_edited_sheet_is_parsed_again_and_a_deleted_one_forgotten(tmp_path: Path) -> None:
    from generator import factsheet

    store = factsheet.SheetStore(tmp_path)
    sheet = tmp_path / "broken.yaml"
    sheet.write_text("article: [unclosed\n", encoding="utf-8")
    first = store.read(sheet)
    assert first.sheet is None and "YAML syntax error" in first.problems[0].message
    assert store.read(sheet) is first  # same text: not parsed again
    sheet.write_text("article: {title: x}\n", encoding="utf-8")
    assert store.read(sheet) is not first  # new text: parsed again, one entry per file
    assert len(store) == 1
    store.keep_only([])
    assert len(store) == 0


def test_a_failed_build_names_each_broken_sheet_not_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.scratch import scratch_project
    from tests.site.conftest import SHEET

    project = scratch_project(tmp_path / "p")
    facts = project / "content" / "facts"
    facts.mkdir()
    text = SHEET.read_text(encoding="utf-8").replace("by: tomas-brenn", "by: nobody")
    (facts / "broken.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(project)
    result = pipeline.build(Path("mkdocs.yml"))
    assert result.failed
    said = [str(p) for p in result.problems]
    assert any(s.startswith("content/facts/broken.yaml:") and "nobody" in s for s in said)
    assert said[-1] == (
        "content/facts/broken.yaml: site not built: fix the errors above in this fact sheet first"
    )
    assert not any(p.path.endswith("mkdocs.yml") for p in result.problems)
    assert not (project / "site").exists()


@pytest.mark.slow
@pytest.mark.parametrize("strict", [False, True])
def test_strict_turns_the_knowledge_warnings_into_a_failed_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, strict: bool
) -> None:
    from tests.scratch import scratch_project

    root = scratch_project(tmp_path)
    (root / "content" / "articles" / "floods.txt").write_text(FIRST, encoding="utf-8")
    (root / "content" / "pins.yaml").write_text("merge:\n  - [nobody-here, maria-santos]\n")
    monkeypatch.chdir(root)
    result = pipeline.build(root / "mkdocs.yml", strict=strict)
    warned = [p for p in result.problems if "this pin does nothing" in p.message]
    assert warned and warned[0].severity == "warning", result.problems
    assert result.failed is strict, result.problems
    assert (root / "site" / "index.html").exists() is not strict
