"""While ``explainer serve`` runs, an article dropped into ``content/articles/`` gets its
fact sheet drafted, and so its page.

MkDocs' own watcher rebuilds the site when a sheet changes, but a new article is no
sheet: the site engine draws sheets and never extracts (``site`` does not import
``extract``).  :class:`ArticleWatch` looks at the articles folder once a
second from a thread of its own and, when the files in it change (one added, replaced
or removed), calls back: ``pipeline.serve`` drafts the missing sheets there, and the
sheet written makes MkDocs rebuild.  Polling the folder listing costs a few system
calls a second and needs no extra package.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

Listing = frozenset[tuple[str, int, int]]  # (name, size, mtime in ns) of each file


def listing(folder: Path) -> Listing:
    """The files in ``folder`` as (name, size, mtime); empty when it does not exist."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return frozenset()
    found = set()
    for entry in entries:
        try:
            stat = entry.stat()
        except OSError:  # removed while we looked
            continue
        if entry.is_file() and not entry.name.startswith("."):
            found.add((entry.name, stat.st_size, stat.st_mtime_ns))
    return frozenset(found)


class ArticleWatch:
    """Calls ``changed()`` whenever the files of ``folder`` change from what they were
    when it was made, checked every ``every`` seconds while the ``with`` block runs.  A
    file still being written is waited for: the call comes once the listing holds still
    for one look."""

    def __init__(self, folder: Path, changed: Callable[[], None], *, every: float = 1.0):
        self.folder, self.changed, self.every = Path(folder), changed, every
        self._seen = listing(self.folder)  # now, not when the thread gets to run
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="explainer-articles", daemon=True)

    def __enter__(self) -> ArticleWatch:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=10 * self.every)

    def _run(self) -> None:
        seen = self._seen
        moving: Listing | None = None  # a listing that changed at the last look
        while not self._stop.wait(self.every):
            now = listing(self.folder)
            if now != seen and now == moving:
                seen, moving = now, None
                self.changed()
            elif now != seen:
                moving = now
