"""site stage: the knowledge of all fact sheets -> a static explainer site (MkDocs).

``build_site`` builds into a temporary folder next to ``site/`` and swaps it in only
when the build succeeded, so a failed build leaves the previous site as it was.
``serve`` previews with live reload.  The MkDocs plugin itself is
:class:`generator.site.plugin.ExplainerPlugin`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.errors import ExplainerError, Problem, SiteError

__all__ = ["SiteError", "build_site", "clear_leftovers", "serve"]


def build_site(
    config_file: Path, *, strict: bool = False, processes: int | None = None
) -> tuple[Problem, ...]:
    """Build the site of ``config_file`` (``mkdocs.yml``) into its ``site_dir``, the
    pages of a big site drawn by ``processes`` (default: one per core).

    Returns MkDocs' warnings of a successful build (as warning problems, for the caller
    to report).  Raises :class:`SiteError` (or the sheets' own :class:`ExplainerError`)
    with a clear message when the build fails; ``site/`` is then untouched.
    """
    from generator.site.plugin import run_build, site_dir_of

    config_file = Path(config_file)
    target = site_dir_of(config_file)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        warnings = run_build(config_file, staging, strict=strict, processes=processes)
    except ExplainerError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except RuntimeError as error:
        shutil.rmtree(staging, ignore_errors=True)
        lines = [line for line in str(error).splitlines() if line.strip()]
        raise SiteError(*(Problem(str(config_file), line) for line in lines)) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap(staging, target)
    return tuple(Problem(str(config_file), w, severity="warning") for w in warnings)


def clear_leftovers(config_file: Path) -> list[Path]:
    """Remove the staging folders of builds that were killed half-way (``.site.new-*``,
    ``.site.old-*`` beside ``site/``); returns what it removed.  Call it only under the
    build lock, when no other build can be using them."""
    from generator.site.plugin import site_dir_of

    target = site_dir_of(Path(config_file))
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
