"""Rendering a site's pages in several processes, each drawing its share.

MkDocs renders pages one after another, so a big explainer (thousands of actor and
source pages) keeps one core busy while the others wait.  When every page's data is
ready (MkDocs' ``on_env``), :func:`fork` starts ``count - 1`` copies of the process;
each draws the generated pages whose position modulo ``count`` is its number and
skips the rest, writing into the same site folder (the shares are disjoint).  The
first process also draws the hand-written pages and the site-wide files (sitemap,
feed, static files).  A child keeps its warnings and sends them, with its error if it
failed, through a pipe when it is done; :meth:`Share.wait` repeats them in the first
process, so strict mode and the build's report see them as if one process drew
everything.

:class:`ParallelDraw` decides how many processes draw a build's pages and which pages
this process draws.  Only where ``os.fork`` exists (Linux, macOS); elsewhere the build
draws every page itself.  The pages are the same bytes either way (``tests/site/test_shares.py``).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from generator import memory

CAN_FORK = hasattr(os, "fork")


@dataclass
class Share:
    """The pages this process draws: those at ``position % count == index``."""

    index: int
    count: int
    pipe: int | None = None  # a child: where its report goes
    children: list[tuple[int, int]] = field(default_factory=list)  # (pid, pipe) of each
    records: list[tuple[str, int, str]] = field(default_factory=list)

    @property
    def in_child(self) -> bool:
        return self.index > 0

    def owns(self, position: int | None) -> bool:
        """Whether this process draws the page at ``position`` among the generated
        pages (``None``: a hand-written page, drawn by the first process)."""
        if position is None:
            return self.index == 0
        return position % self.count == self.index

    def exit_child(self, failure: BaseException | None = None) -> None:
        """A child is done (or failed with ``failure``): report, then end the process
        (never returns)."""
        assert self.pipe is not None
        error = None if failure is None else str(failure) or type(failure).__name__
        try:
            report = {"records": self.records, "error": error}
            data = json.dumps(report).encode("utf-8")
            view = memoryview(data)
            while view:
                view = view[os.write(self.pipe, view) :]
            os.close(self.pipe)
        finally:
            logging.shutdown()
            os._exit(1 if error else 0)

    def wait(self) -> list[str]:
        """In the first process: wait for every child, repeat its warnings here, and
        return the errors of those that failed."""
        errors: list[str] = []
        for pid, pipe in self.children:
            chunks = []
            while chunk := os.read(pipe, 1 << 16):
                chunks.append(chunk)
            os.close(pipe)
            _, status = os.waitpid(pid, 0)
            try:
                report = json.loads(b"".join(chunks) or b"{}")
            except ValueError:
                report = {}
            for name, level, message in report.get("records", ()):
                logging.getLogger(name).log(level, message)
            code = os.waitstatus_to_exitcode(status)
            if report.get("error") or code != 0:
                errors.append(report.get("error") or f"a page-drawing process ended with {code}")
        self.children = []
        memory.restore()
        return errors


class _Keep(logging.Handler):
    """A child's warnings, kept for its report."""

    def __init__(self, share: Share) -> None:
        super().__init__(logging.WARNING)
        self.share = share

    def emit(self, record: logging.LogRecord) -> None:
        self.share.records.append((record.name, record.levelno, record.getMessage()))


def fork(count: int, logger: str = "mkdocs") -> Share:
    """Start ``count - 1`` children; returns this process's share (index 0 in the
    parent).  In a child, ``logger``'s warnings are kept for the report instead of
    being written out."""
    memory.set_aside()  # objects shared with the children are not copied by the collector
    children: list[tuple[int, int]] = []
    for index in range(1, count):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read)
            for _, other in children:
                os.close(other)
            share = Share(index, count, pipe=write)
            target = logging.getLogger(logger)
            for handler in list(target.handlers):
                target.removeHandler(handler)
            target.addHandler(_Keep(share))
            target.propagate = False
            return share
        os.close(write)
        children.append((pid, read))
    return Share(0, count, children=children)


class Templates(Protocol):
    """One of the engine's collections of site-wide templates (a set or a list)."""

    def __len__(self) -> int: ...

    def clear(self) -> None: ...


class PageFiles(Protocol):
    """What :class:`ParallelDraw` uses of MkDocs' ``Files``."""

    def __iter__(self) -> Iterator[Any]: ...

    def documentation_pages(self) -> Sequence[Any]: ...

    def remove(self, file: Any) -> None: ...


class ParallelDraw:
    """How one build shares the drawing of its pages out, and this process's share.

    A build with at least ``FROM_PAGES`` generated pages is drawn by several processes,
    each with at least ``PAGES_PER_PROCESS`` of them, at most ``processes`` (default:
    one per core).  After :meth:`start`, :meth:`owns` says which pages this process
    draws.  The site-wide templates (sitemap, feed, 404) are drawn by the first process
    after every page has been listed; once they are drawn (:meth:`template_drawn`), the
    pages other processes draw can be left out of MkDocs' page loop.
    """

    FROM_PAGES = 400
    PAGES_PER_PROCESS = 100

    def __init__(self, processes: int | None = None) -> None:
        self.processes = processes
        self.pages: PageFiles | None = None  # the engine's list of this build's pages
        self.share: Share | None = None
        self.positions: dict[str, int] = {}  # generated page -> its position
        self.templates_left = 0  # site-wide templates the first process has to draw

    def count(self, pages: int) -> int:
        """How many processes draw ``pages`` generated pages (1: this one alone)."""
        if not CAN_FORK or pages < self.FROM_PAGES:
            return 1
        most = pages // self.PAGES_PER_PROCESS
        return max(1, min(self.processes or os.cpu_count() or 1, most))

    def share_out(self, uris: list[str], templates: Sequence[Templates], files: PageFiles) -> None:
        """Fork, when a build is big enough, the processes that draw the generated
        pages ``uris``; ``templates`` are the engine's collections of site-wide
        templates (the first process draws them: the others' are emptied), ``files``
        its files (the others keep only their own pages)."""
        count = self.count(len(uris))
        if count == 1:
            return
        if self.start(uris, count, sum(len(t) for t in templates)).in_child:
            for collection in templates:
                collection.clear()
            for file in [f for f in files if not f.is_documentation_page()]:
                files.remove(file)
        self.pages = files
        if not self.templates_left:
            self.prune()

    def start(self, uris: list[str], count: int, templates: int) -> Share:
        """Fork into ``count`` processes drawing the generated pages ``uris`` (in order)
        and ``templates`` site-wide templates."""
        self.positions = {uri: n for n, uri in enumerate(uris)}
        self.share = fork(count)
        self.templates_left = 0 if self.share.in_child else templates
        return self.share

    @property
    def in_child(self) -> bool:
        return self.share is not None and self.share.in_child

    def owns(self, uri: str) -> bool:
        """Whether this process draws the page of ``uri`` (a hand-written page: the
        first process)."""
        return self.share is None or self.share.owns(self.positions.get(uri))

    def template_drawn(self) -> bool:
        """Count a site-wide template drawn; True when it was the last one."""
        if self.share is None or not self.templates_left:
            return False
        self.templates_left -= 1
        return not self.templates_left

    def prune(self) -> None:
        """Leave out of the engine's page loop the pages another process draws (were
        they left in, each would still cost a Markdown conversion of nothing)."""
        if self.pages is not None:
            for file in self.pages.documentation_pages():
                if not self.owns(file.src_uri):
                    self.pages.remove(file)

    def finish(self) -> list[str]:
        """After the pages are drawn: a child reports and ends (never returns); the first
        process waits for the children and returns their errors."""
        share, self.share = self.share, None
        if share is None:
            return []
        if share.in_child:
            share.exit_child()
        return share.wait()

    def fail(self, error: BaseException) -> list[str]:
        """The build failed: a child reports ``error`` and ends (never returns); the
        first process waits for the children and returns their errors."""
        share, self.share = self.share, None
        if share is None:
            return []
        if share.in_child:
            share.exit_child(error)
        return share.wait()
