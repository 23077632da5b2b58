"""``mkdocs serve``: what one rebuild keeps for the next, and redrawing only some pages.

Under ``mkdocs serve`` one plugin instance lives across every rebuild.  Its
:class:`ServeRedraw` holds what a rebuild hands to the next one:

* the last good knowledge, shown while an edit leaves a sheet broken, and handed to
  ``knowledge.build`` so that its unchanged steps are reused;
* what the last complete build drew (:class:`~generator.site.redraw.Drawn`), so that
  this one draws only the pages whose view changed (``redraw.py``);
* the last build's linker, which remembers the names it found in each text.

A partial rebuild sets the last build's files aside before MkDocs empties the site
folder (:meth:`ServeRedraw.set_aside`) and puts back those it did not draw
(:meth:`ServeRedraw.finish`); the search index is then rebuilt in the background.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Hashable, Iterable
from pathlib import Path

from generator.knowledge.model import Knowledge
from generator.site import redraw, search_index
from generator.site.contexts import PageView
from generator.site.drawing import Drawing
from generator.site.pages import PageSpec
from generator.site.text import Linker

STASH = ".explainer-previous"  # hidden: MkDocs' clean-up of site_dir leaves it alone
SITEMAPS = ("sitemap.xml", "sitemap.xml.gz")


class ServeRedraw:
    """The serve state of one ``mkdocs serve`` session (see the module docstring)."""

    def __init__(self, log: logging.Logger) -> None:
        self.log = log  # where the editor is told what a rebuild did
        self.last_good: Knowledge | None = None  # of the last build that read good sheets
        self.last: redraw.Drawn | None = None  # what the last complete build drew
        self.linker: Linker | None = None  # the last build's
        self.drawn: set[str] | None = None  # what this build draws (None: every page)
        self.hashes: dict[str, int] = {}  # this build's page hashes, by source URI
        self.compared: dict[str, PageView] = {}  # views the redraw built, for their pages
        self.shared: Hashable = ()
        self.indexer = search_index.BackgroundIndex()

    def plan(self, drawing: Drawing, inputs: Hashable) -> None:
        """Which pages this build draws: every page the first time (or after a failed
        build), else those the edits since the last build changed."""
        self.linker = drawing.views.linker
        self.drawn, self.hashes, self.compared = None, {}, {}
        self.shared = redraw.shared_state(drawing.knowledge, inputs)
        if self.last is not None:
            self.drawn, self.hashes = redraw.redraw(
                self.last,
                drawing.knowledge,
                self.shared,
                drawing.specs.values(),
                lambda spec: self._compare(drawing, spec),
            )
        self.last = None  # until this build completes

    def _compare(self, drawing: Drawing, spec: PageSpec) -> PageView:
        view = self.compared[spec.src_uri] = drawing.view(spec)
        return view

    def keeps(self, uri: str) -> bool:
        """Whether this build leaves the generated page ``uri`` as the last one drew it."""
        return self.drawn is not None and uri not in self.drawn

    def view(self, drawing: Drawing, spec: PageSpec) -> PageView:
        """The view ``spec``'s page is drawn from (one the redraw compared is not built
        again); a build that draws every page records its hash."""
        view = self.compared.pop(spec.src_uri, None)
        if view is None:
            view = drawing.view(spec)
        if self.drawn is None:
            self.hashes[spec.src_uri] = redraw.page_hash(spec, view)
        return view

    def set_aside(self, site: Path) -> None:
        """Before MkDocs empties ``site``: move the last build's files aside when this
        build draws only some pages (they come back in :meth:`finish`)."""
        self.indexer.cancel()  # an index still being written would be stale
        stash = site / STASH
        if stash.exists():  # left by a build that failed half-way
            shutil.rmtree(stash)
        if self.drawn is not None and not site.is_dir():
            self.drawn, self.hashes = None, {}  # nothing to keep: draw every page
        if self.drawn is not None:
            stash.mkdir()
            for entry in site.iterdir():
                if not entry.name.startswith("."):
                    entry.rename(stash / entry.name)

    def finish(self, site: Path, drawing: Drawing, *, search: bool) -> None:
        """After a complete build: put back the pages it did not draw, remember what it
        drew, and start the search index."""
        if self.drawn is not None:
            _restore(site)
            pages = len(drawing.specs)
            self.log.info(f"explainer: redrew {len(self.drawn)} of {pages} generated pages")
        self.last = redraw.Drawn(drawing.knowledge, self.shared, self.hashes)
        if search:  # the page shows now; its search index follows
            if self.indexer.failure is not None:
                self.log.warning(f"explainer: {self.indexer.failure}")
            self.indexer.start(site)

    def stop(self) -> None:
        self.indexer.cancel()


def file_stamps(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """``(path, mtime, size)`` of each file: what every page depends on besides the
    sheets (the config, the theme, the hand-written pages the navigation lists)."""
    stamps = []
    for path in sorted(set(paths)):
        try:
            stat = path.stat()
        except OSError:
            continue
        stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


def _restore(site: Path) -> None:
    """Put back what this build did not write: the pages it did not draw, and the last
    search index (a fresh one follows)."""
    stash = site / STASH
    if not stash.is_dir():
        return
    # MkDocs' sitemap lists only the pages this build drew; the set of pages is the
    # last build's (or every page would have been drawn), so its sitemap is right.
    for name in SITEMAPS:
        if (stash / name).is_file():
            (stash / name).replace(site / name)
    _merge(stash, site)
    shutil.rmtree(stash, ignore_errors=True)


def _merge(source: Path, target: Path) -> None:
    """Move into ``target`` every entry of ``source`` it lacks; a folder both have is
    merged the same way, and a file both have keeps ``target``'s (it was just drawn)."""
    for entry in source.iterdir():
        into = target / entry.name
        if not into.exists():
            entry.rename(into)
        elif entry.is_dir() and into.is_dir():
            _merge(entry, into)
