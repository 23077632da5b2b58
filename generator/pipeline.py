"""The build, top to bottom: articles -> fact sheets -> check -> site.

This is the one place that calls every stage in order, like MkDocs'
``commands/build.py``.  Stages raise; this module collects their problems into a
:class:`Result` for the CLI to report.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator import factsheet, ingest, lock
from generator.errors import ExplainerError, ExtractError, Problem
from generator.factsheet.model import FactSheet
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
    read_ahead: bool = False,
    processes: int = 1,
    progress: Progress = _quiet,
) -> Result:
    """Draft a fact sheet for each article and write it (merging into hand edits).

    With ``only_missing`` (what ``explainer build`` does), an article is extracted only
    when it has no sheet yet, or when its bytes changed since its sheet was drafted; a
    changed article's new draft is merged into the sheet, so hand edits survive.  With
    ``read_ahead`` (also the build's), each sheet written is analysed for the check
    that follows while the extraction processes work on the next articles.
    """
    result = Result()
    to_read: list[Path] = []
    merge: set[str] = set()
    owners: dict[str, Path] = {}
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
            if not factsheet.article_changed(target, path):
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
        if read_ahead:
            factsheet.read_ahead(target)
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
    *,
    content_dir: Path,
    config_file: Path,
    strict: bool = False,
    processes: int = 1,
    progress: Progress = _quiet,
) -> Result:
    """``explainer build``: extract what is missing, check every sheet, build ``site/``.

    The site is built only when every sheet is valid; otherwise the previous ``site/``
    stays as it was.
    """
    with lock.exclusive(content_dir / ".explainer-cache" / "build.lock"), _long_lived():
        return _build(content_dir, config_file, strict, processes, progress)


# Young objects are collected every this many allocations during a build (Python's
# default is 700).
_YOUNG_COLLECTED_EVERY = 10_000


@contextlib.contextmanager
def _long_lived() -> Iterator[None]:
    """A build keeps almost everything it makes until it ends: the sheets and their
    analyses, the knowledge, every page's data.  With Python's default settings the
    cycle collector walks that growing heap again and again and finds nothing.  During
    a build, young objects are collected less often, and the checked sheets are frozen
    (set aside from the collector) before the site is built; the page-drawing processes
    freeze again when they fork.  Both are undone at the end."""
    before = gc.get_threshold()
    gc.set_threshold(_YOUNG_COLLECTED_EVERY, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def _build(
    content_dir: Path, config_file: Path, strict: bool, processes: int, progress: Progress
) -> Result:
    from generator import site

    articles = ingest.find_articles(content_dir / "articles")
    result = extract(
        articles,
        facts_dir=content_dir / "facts",
        cache_dir=content_dir / ".explainer-cache",
        only_missing=True,
        read_ahead=True,
        processes=processes,
        progress=progress,
    )
    sheets = factsheet.find_sheets(content_dir / "facts")
    problems = factsheet.check(sheets, root=Path.cwd())
    result.problems.extend(problems)
    gc.freeze()  # the analysed sheets live until the site is built
    if any(p.severity == "error" for p in problems):
        result.problems.append(
            Problem(str(config_file), "site not built: fix the fact sheets above first")
        )
        return result
    progress(f"building the site from {len(sheets)} fact sheet(s)")
    for leftover in site.clear_leftovers(config_file):  # we hold the lock: nobody's
        progress(f"removed {leftover}, left by a build that was stopped half-way")
    try:
        result.problems.extend(site.build_site(config_file, strict=strict, processes=processes))
    except ExplainerError as error:
        result.problems.extend(error.problems)
    return result
