"""``mkdocs serve``: what one rebuild keeps for the next, and redrawing only some pages.

Under ``mkdocs serve`` one plugin instance lives across every rebuild.  Its
:class:`ServeRedraw` holds what a rebuild hands to the next one:

* the last good knowledge, shown while an edit leaves a sheet broken, and handed to
  ``knowledge.build`` so that its unchanged steps are reused;
* what the last complete build drew (:class:`~generator.site.redraw.Drawn`), so that
  this one draws only the pages whose view changed (``redraw.py``);
* the last build's linker, which remembers the names it found in each text, and its
  Markdown renderer, which remembers what it rendered (both while the actors' names
  stay the same);
* the compiled templates (MkDocs makes a new Jinja environment for every build);
* the tuning of the cycle collector for the length of a rebuild (``memory.Rebuild``).

A partial rebuild sets the last build's files aside before MkDocs empties the site
folder (:meth:`ServeRedraw.set_aside`) and puts back those it did not draw
(:meth:`ServeRedraw.finish`); the search index is then rebuilt in the background.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from watchdog.observers import Observer

from generator import memory
from generator.knowledge.model import Knowledge
from generator.site import redraw, search_index
from generator.site.contexts import PageView
from generator.site.drawing import Drawing
from generator.site.pages import PageSpec
from generator.site.text import Linker, MarkdownRenderer

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
        self.templates = CompiledTemplates()
        self.renderer: MarkdownRenderer | None = None
        self.rebuild = memory.Rebuild()

    def begin(self) -> None:
        """A rebuild starts: what is alive now is kept through it (see memory.py)."""
        self.rebuild.enter()

    def end(self) -> None:
        """The rebuild is over, drawn or failed."""
        self.rebuild.leave()

    def renderer_for(self, linker: Linker) -> MarkdownRenderer:
        """The last build's Markdown renderer when it links with ``linker``, else a new one."""
        if self.renderer is None or self.renderer.linker is not linker:
            self.renderer = MarkdownRenderer(linker)
        return self.renderer

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
        self.last = redraw.Drawn(drawing.knowledge, self.shared, self.hashes, drawing.specs)
        if search:  # the page shows now; its search index follows
            if self.indexer.failure is not None:
                self.log.warning(f"explainer: {self.indexer.failure}")
            self.indexer.start(site)

    def stop(self) -> None:
        self.indexer.cancel()
        self.rebuild.leave()


class CompiledTemplates(BytecodeCache):
    """Compiled templates, kept in memory across rebuilds.  Jinja keys each by the
    template's name and checks the checksum of its source, so an edited template is
    compiled again."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


def listen_to_system(server: Any) -> None:
    """Let MkDocs' live-reload ``server`` hear of changes from the system (inotify...),
    not from its own watcher, which scans every watched file each half second
    (thousands of sheets and articles: the scan takes a good part of that, and an edit
    waits for the next one).  Called from the plugin's ``on_serve``, before the watcher
    starts; the paths MkDocs watched so far move over.  (It uses the server's
    ``watch``, ``unwatch``, ``observer`` and ``build_delay``, MkDocs 1.6's.)"""
    watched = dict(getattr(server, "_watched_paths", {}))  # path -> times watched
    for path, times in watched.items():
        for _ in range(times):
            server.unwatch(path)
    server.observer = Observer()
    for path, times in watched.items():
        for _ in range(times):
            server.watch(path)
    # Notifications come at once: a save is over well within this (MkDocs waits 0.1 s).
    server.build_delay = min(server.build_delay, _QUIET)


_QUIET = 0.05  # seconds without a change before a rebuild starts


def file_stamps(
    files: Iterable[str | None], folders: Iterable[str]
) -> tuple[tuple[str, int, int], ...]:
    """``(path, mtime, size)`` of the ``files`` and of every file in the ``folders``:
    what every page depends on besides the sheets (the config, the theme, the
    hand-written pages the navigation lists)."""
    paths = [Path(f) for f in files if f]
    for folder in folders:
        paths.extend(p for p in Path(folder).rglob("*") if p.is_file())
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
    search index (a fresh one follows).  The few files this build wrote move into the
    last build's tree, replacing their old selves, and that tree becomes the site: the
    work is the size of the redraw, not of the site."""
    stash = site / STASH
    if not stash.is_dir():
        return
    # MkDocs' sitemap lists only the pages this build drew; the set of pages is the
    # last build's (or every page would have been drawn), so its sitemap is right.
    for name in SITEMAPS:
        if (stash / name).is_file() and (site / name).is_file():
            (site / name).unlink()
    for top in [e for e in site.iterdir() if not e.name.startswith(".")]:
        if top.is_dir():
            for folder, _, files in os.walk(top):
                for name in files:
                    source = Path(folder) / name
                    _replace(source, stash, source.relative_to(site))
        else:
            _replace(top, stash, Path(top.name))
        if top.is_dir():
            shutil.rmtree(top)  # nothing left in it but folders
    for entry in stash.iterdir():
        entry.rename(site / entry.name)
    stash.rmdir()


def _replace(source: Path, root: Path, relative: Path) -> None:
    """Move the file ``source`` to ``root / relative``, in place of whatever is there
    (a folder of that name, or a file where one of its folders must be)."""
    for parent in reversed(relative.parents[:-1]):  # from the top folder down
        if (root / parent).is_file():
            (root / parent).unlink()
    target = root / relative
    if target.is_dir():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)
