"""The search index: Pagefind run over the built site, offline.

A build runs it to the end (:func:`build_index`).  ``mkdocs serve`` shows the edited
page first and indexes afterwards (:class:`BackgroundIndex`): Pagefind runs at low
priority into a folder of its own, its index replaces ``site/pagefind/`` only when it
is complete, and the next rebuild cancels an index still being written (it would be
stale), so search never blocks a page from showing.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from generator.errors import Problem, SiteError
from generator.site.updating import update

BUNDLE = "pagefind"  # the index's folder in the site


def _command(site: Path, output: Path | None = None) -> list[str]:
    try:
        from pagefind_bin import get_executable

        executable = str(get_executable())
    except (ImportError, OSError) as error:
        raise SiteError(
            Problem(
                "mkdocs.yml",
                f"cannot run Pagefind to build the search index ({error})",
                hint="install it with `pip install 'pagefind[bin]'`, or set `search: false` "
                "under the explainer plugin in mkdocs.yml",
            )
        ) from None
    command = [executable, "--site", str(site), "--quiet"]
    if output is not None:
        command += ["--output-path", str(output)]
    return command


def _failure(output: str) -> SiteError:
    detail = output.strip().splitlines()[-3:]
    message = "the Pagefind search index failed: " + " | ".join(detail)
    return SiteError(Problem("mkdocs.yml", message))


def build_index(site: Path, output: Path | None = None) -> None:
    """Index ``site`` into ``output`` (default ``site/pagefind/``); :class:`SiteError`
    says why it failed."""
    try:
        result = subprocess.run(_command(site, output), capture_output=True, text=True, check=False)
    except OSError as error:
        raise _failure(str(error)) from None
    if result.returncode != 0:
        raise _failure(result.stderr or result.stdout)


def update_index(site: Path) -> None:
    """Index ``site`` into a folder beside it, then bring ``site/pagefind/`` up to date
    from it file by file (``updating.py``: most of an index stays the same)."""
    scratch = Path(tempfile.mkdtemp(prefix=f".{site.name}.new-", dir=site.parent))
    try:
        build_index(site, scratch / BUNDLE)
        update(scratch / BUNDLE, site / BUNDLE)
    except OSError as error:
        raise SiteError(
            Problem(str(site / BUNDLE), f"cannot update the search index: {error}")
        ) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _niced(command: list[str]) -> list[str]:
    """``command`` run at a low priority, by ``nice`` where there is one.  (A function
    run in the child before the command would make Python copy this whole process to
    start it, which takes a noticeable time after a big build; the ``nice`` program
    lets it start the child the light way.)"""
    nice = shutil.which("nice")
    return [nice, "-n", "10", *command] if nice else command


class BackgroundIndex:
    """Indexes a served site after each rebuild without holding the rebuild up."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self._cancelled = threading.Event()
        self.failure: SiteError | None = None  # the last run's problem, if any

    def start(self, site: Path) -> None:
        """Cancel any run in progress and index ``site`` anew."""
        self.cancel()
        self._cancelled = threading.Event()
        scratch = Path(tempfile.mkdtemp(prefix="explainer-index-"))
        try:
            self._process = subprocess.Popen(
                _niced(_command(site, scratch / BUNDLE)),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        except (OSError, SiteError) as error:
            shutil.rmtree(scratch, ignore_errors=True)
            self.failure = error if isinstance(error, SiteError) else _failure(str(error))
            return
        self._thread = threading.Thread(
            target=self._finish,
            args=(self._process, site, scratch, self._cancelled),
            daemon=True,
        )
        self._thread.start()

    def _finish(
        self,
        process: subprocess.Popen[bytes],
        site: Path,
        scratch: Path,
        cancelled: threading.Event,
    ) -> None:
        _, stderr = process.communicate()
        try:
            if cancelled.is_set():
                return
            if process.returncode != 0:
                self.failure = _failure(stderr.decode("utf-8", "replace"))
                return
            self.failure = None
            target = site / BUNDLE
            if target.exists():
                target.rename(scratch / "old")
            (scratch / BUNDLE).rename(target)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    def cancel(self) -> None:
        """Stop a run in progress; its half-written index is thrown away."""
        self._cancelled.set()
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
        if self._thread is not None:
            self._thread.join()
        self._process = self._thread = None
