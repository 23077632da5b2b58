"""site stage: the knowledge of all fact sheets -> a static explainer site (MkDocs).

``open_project`` reads ``mkdocs.yml`` once.  ``build_site`` draws a project's knowledge
into a temporary folder next to ``site/`` and puts it in place only when the drawing
succeeded, so a failed build leaves the previous site as it was; a site that exists
is updated file by file (``updating.py``).  ``serve`` previews with live reload.
The MkDocs plugin itself is :class:`generator.site.plugin.ExplainerPlugin`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.errors import Problem, SiteError
from generator.knowledge.model import Knowledge
from generator.project import Project
from generator.site import search_index
from generator.site.updating import LastSite, update

__all__ = ["SiteError", "build_site", "clear_leftovers", "open_project", "serve"]


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


def build_site(
    project: Project, knowledge: Knowledge, *, processes: int | None = None
) -> tuple[Problem, ...]:
    """Draw ``knowledge`` as the site of ``project`` into its ``site_dir``, the pages of
    a big site drawn by ``processes`` (default: one per core).  A project opened once
    builds once.

    Returns MkDocs' warnings of a successful build (as warning problems, for the caller
    to report).  Raises :class:`SiteError` with a clear message when the build fails;
    ``site/`` is then untouched.
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
    if last is None:
        _swap(staging, target)
    else:
        _update(project, staging, last)
    return tuple(Problem(str(config_file), w, severity="warning") for w in warnings)


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
