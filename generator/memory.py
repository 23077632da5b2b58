"""The cycle collector during a build: every change to it is made here.

A build keeps almost everything it makes until it ends: the sheets and their analyses,
the knowledge, every page's data.  With Python's default settings the cycle collector
walks that growing heap again and again and finds nothing.  So during a build:

* young objects are collected every ``YOUNG_COLLECTED_EVERY`` allocations, not 700
  (:func:`long_lived`, around the whole build);
* what the build will keep is set aside from the collector (:func:`set_aside`): the
  checked sheets before the site is drawn, and everything before the page-drawing
  processes fork (a child that collected them would copy every page of memory they
  sit on);
* the end of the build (or of the drawing processes) undoes both (:func:`restore`);
* once the site is drawn, what the drawing kept is freed and handed back to the system
  (:func:`give_back`) before the search indexer runs: at 800 articles the indexer takes
  about 600 MB of its own, and the build's peak is the two together.

Under ``mkdocs serve`` each rebuild is such a stretch, entered and left in different
MkDocs hooks (:class:`Rebuild`): everything alive when it starts (the parsed sheets,
the last knowledge, what the linker found) is set aside at once, so the collections
during the rebuild walk only what it makes.  On a site of a few hundred articles the
collector otherwise took as long as the rest of the knowledge step.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
from collections.abc import Iterator

YOUNG_COLLECTED_EVERY = 10_000  # Python's default is 700


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """Collect young objects less often for the duration; undone at the end."""
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTED_EVERY, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        restore()


class Rebuild:
    """:func:`long_lived` for a stretch of work that starts in one call (:meth:`enter`)
    and ends in another (:meth:`leave`); leaving twice, or without entering, is fine."""

    def __init__(self) -> None:
        self._stack: contextlib.ExitStack | None = None

    def enter(self) -> None:
        self.leave()
        self._stack = contextlib.ExitStack()
        self._stack.enter_context(long_lived())
        set_aside()

    def leave(self) -> None:
        if self._stack is not None:
            stack, self._stack = self._stack, None
            stack.close()


def set_aside() -> None:
    """Everything alive now is kept until the build ends: the collector skips it."""
    gc.freeze()


def restore() -> None:
    """What :func:`set_aside` set aside is collected again."""
    gc.unfreeze()


def give_back() -> None:
    """Collect what is no longer used, set aside or not, empty explainer's own memo
    caches (``functools.lru_cache``: folded names, URL parts; refilled when next
    needed), and return the freed memory to the system (glibc keeps freed blocks for
    reuse otherwise; elsewhere, collecting is all there is)."""
    restore()
    for memo in gc.get_objects():  # the build's own memos refill when next needed
        if isinstance(memo, functools._lru_cache_wrapper) and _ours(memo):
            memo.cache_clear()
    gc.collect()
    try:  # glibc's, found among the symbols the interpreter already has
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        trim = None
    if trim is not None:
        trim(0)


def _ours(memo: object) -> bool:
    return str(getattr(memo, "__module__", "")).startswith("generator.")
