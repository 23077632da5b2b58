"""site stage: the knowledge of all fact sheets -> a static explainer site (MkDocs).

``open_project`` reads ``mkdocs.yml`` once.  ``draw_site`` draws a project's knowledge
into a temporary folder next to ``site/``; ``publish_site`` indexes it for search and
puts it in place, so a failed build leaves the previous site as it was; a site that
exists is updated file by file (``updating.py``).  ``build_site`` does both.  ``serve``
previews with live reload.  The MkDocs plugin itself is
:class:`generator.site.plugin.ExplainerPlugin`.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.errors import Problem, SiteError
from generator.knowledge.model import Knowledge
from generator.project import Project
from generator.site import search_index
from generator.site.updating import LastSite, update

__all__ = [
    "DrawnSite",
    "SiteError",
    "build_site",
    "clear_leftovers",
    "draw_site",
    "open_project",
    "publish_site",
    "serve",
]


def open_project(
    config_file: Path,
    *,
    strict: bool = False,
    content_dir: Path | None = None,
    reviewed_only: bool = False,
) -> Project:
    """The project of ``config_file`` (``mkdocs.yml``, read once); ``strict`` makes
    MkDocs' warnings fail its build, ``content_dir`` overrides the plugin's option,
    ``reviewed_only`` publishes only what editors have reviewed (whatever it says).
    Raises :class:`SiteError` for a missing or invalid config, ``ExplainerError`` for
    the pins."""
    from generator.site.plugin import open_project as read

    return read(
        Path(config_file), strict=strict, content_dir=content_dir, reviewed_only=reviewed_only
    )


@dataclass(frozen=True)
class DrawnSite:
    """A site drawn into ``staging``, not yet in place (:func:`publish_site` puts it
    there); ``last`` is the site it updates, if there was one."""

    staging: Path
    last: LastSite | None
    warnings: tuple[Problem, ...]


def build_site(
    project: Project, knowledge: Knowledge, *, processes: int | None = None
) -> tuple[Problem, ...]:
    """Draw ``knowledge`` as the site of ``project`` and put it in place
    (:func:`draw_site`, then :func:`publish_site`); returns MkDocs' warnings.  A
    project opened once builds once."""
    drawn = draw_site(project, knowledge, processes=processes)
    publish_site(project, drawn)
    return drawn.warnings


def draw_site(project: Project, knowledge: Knowledge, *, processes: int | None = None) -> DrawnSite:
    """Draw ``knowledge`` as the site of ``project`` into a folder beside its
    ``site_dir``, the pages of a big site drawn by ``processes`` (default: one per
    core).  The drawing does not need ``knowledge`` afterwards: a caller that lets it
    go before :func:`publish_site` leaves the search indexer the memory it took.

    Raises :class:`SiteError` with a clear message when the build fails; ``site/`` is
    then untouched.
    """
    from generator.site.plugin import render

    config_file = project.config_file
    target = project.site_dir
    target.parent.mkdir(parents=True, exist_ok=True)
    last = LastSite(target) if target.is_dir() and any(target.iterdir()) else None
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        warnings = render(project, knowledge, staging, processes=processes, last=last)
    except RuntimeError as error:
        shutil.rmtree(staging, ignore_errors=True)
        lines = [line for line in str(error).splitlines() if line.strip()]
        raise SiteError(*(Problem(str(config_file), line) for line in lines)) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    problems = tuple(Problem(str(config_file), w, severity="warning") for w in warnings)
    return DrawnSite(staging, last, problems)


def publish_site(project: Project, drawn: DrawnSite) -> None:
    """Index a drawn site for search (when the project searches) and put it in place:
    a first site replaces ``site/`` whole once it is indexed, a site that exists is
    updated file by file and then indexed.  :class:`SiteError` when either fails; a
    first site that could not be indexed leaves ``site/`` untouched."""
    if drawn.last is not None:
        _update(project, drawn.staging, drawn.last)
        return
    try:
        if project.search:
            search_index.build_index(drawn.staging)
    except BaseException:
        shutil.rmtree(drawn.staging, ignore_errors=True)
        raise
    _swap(drawn.staging, project.site_dir)


def _update(project: Project, staging: Path, last: LastSite) -> None:
    """Bring the existing site up to date from ``staging``, then index it (the
    drawing left the search index to this, as it needs the whole site)."""
    target = project.site_dir
    spare = {search_index.BUNDLE} if project.search else set()
    try:
        update(staging, target, made=last.made, spare=spare)
    except OSError as error:
        raise SiteError(
            Problem(
                str(target),
                f"cannot update the site folder: {error}",
                hint="the folder may be half updated: fix the cause and build again",
            )
        ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if project.search:
        search_index.update_index(target)


def clear_leftovers(project: Project) -> list[Path]:
    """Remove the staging folders of builds that were killed half-way (``.site.new-*``,
    ``.site.old-*`` beside ``site/``); returns what it removed.  Call it only under the
    build lock, when no other build can be using them."""
    target = project.site_dir
    if not target.parent.is_dir():
        return []
    found = sorted(
        p
        for pattern in (f".{target.name}.new-*", f".{target.name}.old-*")
        for p in target.parent.glob(pattern)
        if p.is_dir() and not p.is_symlink()
    )
    for leftover in found:
        shutil.rmtree(leftover, ignore_errors=True)
    return found


def _swap(staging: Path, target: Path) -> None:
    """Put ``staging`` where ``target`` is, keeping ``target`` until the move succeeded."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        old.rmdir()
        target.rename(old)
    staging.chmod(0o755)
    try:
        staging.rename(target)
    except OSError as error:
        if old is not None:
            old.rename(target)
        shutil.rmtree(staging, ignore_errors=True)
        raise SiteError(Problem(str(target), f"cannot replace the site folder: {error}")) from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def serve(config_file: Path, dev_addr: str = "127.0.0.1:8000") -> None:
    """Preview the site with live reload; fact sheet and theme edits rebuild it."""
    from generator.site.plugin import run_serve

    run_serve(Path(config_file), dev_addr)
