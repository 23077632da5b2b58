"""The build, top to bottom: extract -> check -> knowledge -> render.

This is the one place that calls every stage in order, like MkDocs'
``commands/build.py``.  Stages raise; this module collects their problems into a
:class:`Result` for the CLI to report.  :func:`build` owns what the stages share: the
project (``mkdocs.yml`` read once) and the store of parsed sheets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator import factsheet, ingest, lock, memory
from generator.errors import ExplainerError, ExtractError, FactSheetError, Problem
from generator.factsheet.model import FactSheet
from generator.project import Project, knowledge_of
from generator.slugs import sheet_slug

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


@dataclass
class Result:
    problems: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


def extract(
    articles: Sequence[Path],
    *,
    facts_dir: Path,
    cache_dir: Path,
    refresh: bool = False,
    only_missing: bool = False,
    store: factsheet.SheetStore | None = None,
    processes: int = 1,
    progress: Progress = _quiet,
) -> Result:
    """Draft a fact sheet for each article and write it (merging into hand edits).

    With ``only_missing`` (what ``explainer build`` does), an article is extracted only
    when it has no sheet yet, or when its bytes changed since its sheet was drafted; a
    changed article's new draft is merged into the sheet, so hand edits survive.  With
    a ``store`` (the build's), sheets are read through it, and each sheet written is
    parsed into it while the extraction processes draft the next articles.
    """
    result = Result()
    to_read: list[Path] = []
    merge: set[str] = set()
    owners: dict[str, Path] = {}
    if only_missing and store is not None:  # the sheets there are read below, and checked
        store.parse_all(factsheet.find_sheets(facts_dir), processes)
    for path in articles:
        slug = sheet_slug(path)
        if slug in owners:
            result.problems.append(
                Problem(
                    str(path),
                    f"has the same fact-sheet name as {owners[slug]} ({slug}.yaml)",
                    hint="rename one of the two article files",
                )
            )
            continue
        owners[slug] = path
        target = facts_dir / f"{slug}.yaml"
        if only_missing and target.exists():
            if not factsheet.article_changed(target, path, store):
                result.kept.append(target)
                continue
            merge.add(slug)
        to_read.append(path)
    todo: list[ingest.Article] = []
    for read in _read_articles(to_read, processes, meanwhile=_import_extractor):
        if isinstance(read, ingest.Article):
            todo.append(read)
        else:
            result.problems.extend(read)
    if not todo:
        return result
    progress(f"extracting {len(todo)} article(s) with {processes} process(es)")
    for n, draft in enumerate(_drafts(todo, processes, result), 1):
        target = facts_dir / f"{draft.slug}.yaml"
        try:
            outcome = factsheet.write_draft(
                draft, target, cache_dir=cache_dir, refresh=refresh or draft.slug in merge
            )
        except ExplainerError as error:
            result.problems.extend(error.problems)
            continue
        result.problems.extend(outcome.problems)
        (result.written if outcome.written else result.kept).append(target)
        if store is not None:  # its problems are the check's to report
            with contextlib.suppress(FactSheetError):
                store.read(target)
        progress(f"[{n}/{len(todo)}] {target}: {outcome.action}")
    return result


def _read_one(path: Path) -> ingest.Article | tuple[Problem, ...]:
    try:
        return ingest.read_article(path)
    except ExplainerError as error:
        return error.problems


def _import_extractor() -> None:
    """Import the extraction stage (spaCy with it: about a second), so that the
    drafting processes forked from this one start with it imported."""
    import generator.extract  # noqa: F401


def _read_articles(
    paths: Sequence[Path], processes: int, meanwhile: Callable[[], None] | None = None
) -> Iterator[ingest.Article | tuple[Problem, ...]]:
    """Each article read (or why not), in input order; saved web pages take a quarter
    of a second each to read, so many are read in a process pool, and this process
    runs ``meanwhile`` while the pool reads."""
    if processes <= 1 or len(paths) < 4 * processes:
        if meanwhile is not None and paths:
            meanwhile()
        yield from map(_read_one, paths)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=processes) as pool:
        read = pool.map(_read_one, paths, chunksize=4)  # the pool starts reading
        if meanwhile is not None:
            meanwhile()
        yield from read


def _drafts(
    articles: Sequence[ingest.Article], processes: int, result: Result
) -> Iterator[FactSheet]:
    """Drafts in input order; an article the extractor fails on is reported and skipped."""
    from generator import extract as extract_stage

    rest = list(articles)
    while rest:
        done = 0
        try:
            for draft in extract_stage.draft_many(rest, processes=processes):
                done += 1
                yield draft
            return
        except ExtractError as error:  # draft_many yields in order: rest[done] failed
            result.problems.extend(error.problems)
            rest = rest[done + 1 :]


def build(
    config_file: Path,
    *,
    content_dir: Path | None = None,
    strict: bool = False,
    reviewed_only: bool = False,
    processes: int = 1,
    progress: Progress = _quiet,
) -> Result:
    """``explainer build``: extract what is missing, check every sheet, merge them into
    the knowledge, draw the site.

    The site is drawn only when every sheet is valid; otherwise the previous ``site/``
    stays as it was.  ``content_dir`` overrides the one ``mkdocs.yml`` names;
    ``reviewed_only`` publishes only what editors have reviewed, whatever it says.
    """
    from generator import site

    project = site.open_project(
        config_file, strict=strict, content_dir=content_dir, reviewed_only=reviewed_only
    )
    with lock.exclusive(project.lock_file), memory.long_lived():
        return _build(project, processes, progress)


def _build(project: Project, processes: int, progress: Progress) -> Result:
    from generator import site

    store = factsheet.SheetStore(Path.cwd())  # every stage below reads sheets through it
    result = extract(
        ingest.find_articles(project.articles_dir),
        facts_dir=project.facts_dir,
        cache_dir=project.cache_dir,
        only_missing=True,
        store=store,
        processes=processes,
        progress=progress,
    )
    sheets = factsheet.find_sheets(project.facts_dir)
    problems = factsheet.check(sheets, root=Path.cwd(), store=store)
    result.problems.extend(problems)
    broken = dict.fromkeys(p.path for p in problems if p.severity == "error")
    if broken:
        result.problems.extend(Problem(path, _NOT_BUILT) for path in broken)
        return result
    memory.set_aside()  # the checked sheets live until the site is drawn
    try:
        known = knowledge_of(project, [store.load(path) for path in sheets])
    except ExplainerError as error:  # pins that contradict themselves
        result.problems.extend(error.problems)
        return result
    result.problems.extend(known.problems)
    if project.strict and known.problems:  # as MkDocs' own warnings do under --strict
        result.problems.append(Problem(str(project.config_file), _STRICT, hint=_STRICT_HINT))
        return result
    progress(f"building the site from {len(sheets)} fact sheet(s)")
    for leftover in site.clear_leftovers(project):  # we hold the lock: nobody's
        progress(f"removed {leftover}, left by a build that was stopped half-way")
    try:
        drawn = site.draw_site(project, known, processes=processes)
        result.problems.extend(drawn.warnings)
        del known, store  # drawn: the search indexer gets the memory they took
        memory.give_back()
        site.publish_site(project, drawn)
    except ExplainerError as error:
        result.problems.extend(error.problems)
    return result


_STRICT = "site not built: strict mode treats the warnings above as errors"
_STRICT_HINT = "fix them, or build without --strict (and without strict: true in mkdocs.yml)"
_NOT_BUILT = "site not built: fix the errors above in this fact sheet first"


def serve(
    config_file: Path,
    *,
    dev_addr: str,
    report: Callable[[Sequence[Problem]], None],
    progress: Progress = _quiet,
) -> None:
    """``explainer serve``: draft the sheets of the articles that have none (as a
    build does), then preview the site with live reload.  An article dropped into the
    articles folder while it runs gets its sheet drafted the same way, and the sheet
    written makes the preview draw its page (:mod:`generator.watching`).  ``report``
    is handed the problems of each round of drafting."""
    from generator import site
    from generator.watching import ArticleWatch

    project = site.open_project(config_file)

    def draft_new() -> None:
        try:
            with lock.exclusive(project.lock_file):
                result = extract(
                    ingest.find_articles(project.articles_dir),
                    facts_dir=project.facts_dir,
                    cache_dir=project.cache_dir,
                    only_missing=True,
                    progress=progress,
                )
        except ExplainerError as error:  # a build holds the lock: the next look retries
            report(error.problems)
            return
        except Exception as error:  # a bug: say so, and keep watching
            report([Problem("", f"internal error while drafting new articles: {error!r}")])
            return
        report(result.problems)
        for sheet in result.written:
            progress(f"{sheet}: drafted for a new or changed article; its page follows")

    watch = ArticleWatch(project.articles_dir, draft_new)  # what is there before drafting
    draft_new()
    with watch:
        site.serve(config_file, dev_addr=dev_addr)
